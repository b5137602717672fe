package org.disclosurechecker.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;

/**
 * A baseline: every finding of a run written as a suppression in the configuration format
 * (docs/configuration.md), so a province can switch the gate on for new problems first and work off
 * the old ones (the Maven quality plugins' baseline convention). Each suppression names the rule, the
 * report's exact path (glob characters escaped) and the finding's excerpt (else its message), so read
 * back with --config it suppresses those findings and no new one. Findings already suppressed keep
 * their justification, so the file alone reproduces the run's suppressions.
 */
public final class Baseline {

    private Baseline() {
    }

    /** "基线：采用检查前已有的问题（2026-12-03）". */
    public static String defaultJustification(LocalDate date) {
        return "基线：采用检查前已有的问题（" + date + "）";
    }

    /** The baseline as YAML text. */
    public static String yaml(CheckResult result, String justification) {
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("基线的理由（justification）不能为空");
        }
        List<Map<String, String>> entries = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (ReportResult r : result.reports()) {
            for (Finding f : r.findings()) {
                String match = f.excerpt() != null && !f.excerpt().isBlank() ? f.excerpt() : f.message();
                if (!seen.add(List.of(f.ruleId(), r.file(), String.valueOf(match)))) {
                    continue;
                }
                Map<String, String> e = new LinkedHashMap<>();
                e.put("rule", f.ruleId());
                e.put("files", glob(r.file()));
                if (match != null && !match.isBlank()) {
                    e.put("excerpt", match);
                }
                e.put("justification", f.suppressed() && f.justification() != null && !f.justification().isBlank()
                        ? f.justification() : justification.strip());
                entries.add(e);
            }
        }
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
        try {
            return "# disclosure-checker 基线：本次检查的全部 " + entries.size() + " 个问题，作为豁免写出（"
                    + LocalDate.now() + "）。\n"
                    + "# 用作配置文件（再加一个 --config 本文件；Maven 加进 configLocation，逗号分隔）：这些问题仍会列出、标为已豁免，新出现的问题照常判定。\n"
                    + yaml.writeValueAsString(Map.of("suppressions", entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the baseline whole or not at all (a temporary file beside it, then a move). */
    public static void write(Path target, CheckResult result, String justification) throws IOException {
        String text = yaml(result, justification);
        Path abs = target.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A path as a glob matching only itself. */
    static String glob(String path) {
        return path.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
