package org.disclosurechecker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.disclosurechecker.findings.Severity;

/**
 * Reads the configuration file (YAML; see docs/configuration.md). Unknown keys, unknown rule ids,
 * suppressions without justification and impossible dates are errors with a message naming the
 * place, so a typo never silently disables a check.
 */
public final class SettingsLoader {

    @JsonIgnoreProperties(ignoreUnknown = false)
    record RuleConfig(String severity, Boolean enabled) {
    }

    record Deadlines(String township) {
    }

    record SuppressionConfig(String rule, String files, String excerpt, String justification) {
    }

    record FileModel(Map<String, RuleConfig> rules, Deadlines deadlines, Double similarityThreshold,
                     List<SuppressionConfig> suppressions) {
    }

    private SettingsLoader() {
    }

    /**
     * @param file    the YAML file
     * @param knownId whether a rule id exists (bundled or user rules)
     */
    public static Settings load(Path file, Predicate<String> knownId) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("配置文件不存在：" + file);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FileModel model;
        try {
            model = yaml.readValue(Files.readAllBytes(file), FileModel.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("配置文件 " + file + " 中有无法识别的设置项“" + e.getPropertyName() + "”（可用："
                    + e.getKnownPropertyIds() + "）");
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "：" + e.getMessage(), e);
        }
        if (model == null) {
            return Settings.defaults();
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        Set<String> disabled = new HashSet<>();
        if (model.rules() != null) {
            for (Map.Entry<String, RuleConfig> e : model.rules().entrySet()) {
                String id = e.getKey();
                if (!knownId.test(id)) {
                    throw new ConfigException("配置文件 " + file + " 中的规则编号“" + id + "”不存在（见 docs/rules.md）");
                }
                RuleConfig rc = e.getValue();
                if (rc == null) {
                    continue;
                }
                if (rc.severity() != null) {
                    try {
                        severities.put(id, Severity.parse(rc.severity()));
                    } catch (IllegalArgumentException ex) {
                        throw new ConfigException("配置文件 " + file + " 中规则 " + id + " 的 severity：" + ex.getMessage());
                    }
                }
                if (Boolean.FALSE.equals(rc.enabled())) {
                    disabled.add(id);
                }
            }
        }
        MonthDay township = null;
        if (model.deadlines() != null && model.deadlines().township() != null) {
            try {
                township = MonthDay.parse("--" + model.deadlines().township().strip());
            } catch (DateTimeException ex) {
                throw new ConfigException("配置文件 " + file + " 中 deadlines.township 应为“月-日”，如 \"02-20\"，实为“"
                        + model.deadlines().township() + "”");
            }
        }
        double threshold = Settings.DEFAULT_SIMILARITY;
        if (model.similarityThreshold() != null) {
            threshold = model.similarityThreshold();
            if (threshold <= 0 || threshold > 1) {
                throw new ConfigException("配置文件 " + file + " 中 similarityThreshold 应在 0 到 1 之间，实为 " + threshold);
            }
        }
        List<Suppression> suppressions = new ArrayList<>();
        if (model.suppressions() != null) {
            int n = 0;
            for (SuppressionConfig s : model.suppressions()) {
                n++;
                if (s == null || s.rule() == null || !knownId.test(s.rule())) {
                    throw new ConfigException("配置文件 " + file + " 第" + n + "条抑制的规则编号"
                            + (s == null || s.rule() == null ? "缺失" : "“" + s.rule() + "”不存在"));
                }
                if (s.justification() == null || s.justification().isBlank()) {
                    throw new ConfigException("配置文件 " + file + " 第" + n + "条抑制（" + s.rule() + "）缺少 justification（理由），理由必填");
                }
                suppressions.add(new Suppression(s.rule(), s.files(), s.excerpt(), s.justification().strip()));
            }
        }
        return new Settings(severities, disabled, township, threshold, suppressions);
    }
}
