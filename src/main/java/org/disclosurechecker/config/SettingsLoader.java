package org.disclosurechecker.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.disclosurechecker.findings.Severity;

/**
 * Reads the configuration file (YAML; see docs/configuration.md). Unknown keys, unknown rule ids,
 * suppressions without justification and impossible dates are errors with a message naming the
 * place, so a typo never silently disables a check. Several files (the user's configuration, a
 * baseline, the HTML page's exported decisions) are merged in the order given: suppressions add up, a
 * later file's {@code severity} or {@code enabled} of a rule and its scalar settings replace an earlier
 * file's, and what a later file does not set is kept.
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

    /** What one file sets; null / absent = not set there. */
    private record Part(Map<String, Severity> severities, Map<String, Boolean> enabled, MonthDay township,
                        Double threshold, List<Suppression> suppressions) {
    }

    private SettingsLoader() {
    }

    /**
     * The files merged in order (see the class comment); no file: the defaults.
     *
     * @param files   the YAML files, earlier first
     * @param knownId whether a rule id exists (bundled or user rules)
     */
    public static Settings load(List<Path> files, Predicate<String> knownId) throws ConfigException {
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        MonthDay township = null;
        double threshold = Settings.DEFAULT_SIMILARITY;
        List<Suppression> suppressions = new ArrayList<>();
        for (Path file : files) {
            Part p = part(file, knownId);
            severities.putAll(p.severities());
            enabled.putAll(p.enabled());
            township = p.township() != null ? p.township() : township;
            threshold = p.threshold() != null ? p.threshold() : threshold;
            suppressions.addAll(p.suppressions());
        }
        Set<String> disabled = new HashSet<>();
        enabled.forEach((id, on) -> {
            if (!on) {
                disabled.add(id);
            }
        });
        return new Settings(severities, disabled, township, threshold, suppressions);
    }

    /**
     * @param file    the YAML file
     * @param knownId whether a rule id exists (bundled or user rules)
     */
    public static Settings load(Path file, Predicate<String> knownId) throws ConfigException {
        return load(List.of(file), knownId);
    }

    private static Part part(Path file, Predicate<String> knownId) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("配置文件不存在：" + file);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FileModel model;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "：" + e.getMessage(), e);
        }
        String text = text(file, bytes);
        try {
            model = text.isBlank() ? null : yaml.readValue(text, FileModel.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("配置文件 " + file + whereKey(text, e.getPropertyName()) + "有无法识别的设置项“"
                    + e.getPropertyName() + "”（可用：" + e.getKnownPropertyIds() + "）");
        } catch (MismatchedInputException e) {
            throw new ConfigException("配置文件 " + file + where(tokenLocation(e)) + "的设置项"
                    + (path(e).isEmpty() ? "" : "“" + path(e) + "”") + "取值类型不对（见 docs/configuration.md 的示例）");
        } catch (JsonProcessingException e) {
            throw new ConfigException("配置文件 " + file + where(e.getLocation()) + "不是有效的 YAML，请检查该处的缩进、冒号后的空格和引号是否成对（解析器原文："
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip() + "）", e);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "：" + e.getMessage(), e);
        }
        if (model == null) {
            return new Part(Map.of(), Map.of(), null, null, List.of());
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Boolean> enabled = new LinkedHashMap<>();
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
                if (rc.enabled() != null) {
                    enabled.put(id, rc.enabled());
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
        Double threshold = null;
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
        return new Part(severities, enabled, township, threshold, suppressions);
    }

    /**
     * The file's text: UTF-8 (a BOM, as Windows Notepad writes it, is dropped), else GB18030 — a file
     * saved as "ANSI" on a Chinese Windows machine is GBK. Never the platform's default charset.
     */
    static String text(Path file, byte[] bytes) throws ConfigException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        throw new ConfigException("配置文件 " + file + " 既不是 UTF-8 也不是 GBK/GB18030 编码的文本，请另存为 UTF-8");
    }

    /** " 第3行第7列" for a parser location (1-based, as an editor shows it), or " 中" when unknown. */
    static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return " 中";
        }
        return " 第" + at.getLineNr() + "行" + (at.getColumnNr() >= 1 ? "第" + at.getColumnNr() + "列" : "");
    }

    /**
     * Where an unknown key is: the records are read through a token buffer that has no locations, so
     * the key is looked up in the text (its first occurrence as a key).
     */
    static String whereKey(String yaml, String key) {
        List<String> lines = yaml.lines().toList();
        Pattern p = Pattern.compile("^(\\s*(?:-\\s+)?)[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = p.matcher(lines.get(i));
            if (m.find()) {
                return " 第" + (i + 1) + "行第" + (m.group(1).length() + 1) + "列";
            }
        }
        return " 中";
    }

    /**
     * Where the offending key or value starts: the parser's current location may already be past it
     * (YAML reads ahead), so the start of its current token is preferred.
     */
    private static JsonLocation tokenLocation(JsonMappingException e) {
        if (e.getProcessor() instanceof JsonParser p && p.currentTokenLocation() != null
                && p.currentTokenLocation().getLineNr() >= 1) {
            return p.currentTokenLocation();
        }
        return e.getLocation();
    }

    /** The setting's path, e.g. "rules.PUNCTUATION.severity" or "suppressions[2].rule". */
    private static String path(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return b.toString();
    }
}
