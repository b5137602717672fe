package org.disclosurechecker.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

import org.disclosurechecker.findings.Finding;

/**
 * A deliberate acceptance of a finding: rule id, a glob over report paths (as shown in findings,
 * forward slashes), optionally a piece of the excerpt, and the required justification. A suppressed
 * finding stays in the output, marked, and never fails the check.
 */
public record Suppression(String rule, String files, String excerpt, String justification) {

    public boolean matches(String file, Finding f) {
        if (!rule.equals(f.ruleId())) {
            return false;
        }
        if (files != null && !files.isBlank()) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + files);
            if (!m.matches(Path.of(file)) && !m.matches(Path.of(file).getFileName())) {
                return false;
            }
        }
        if (excerpt != null && !excerpt.isBlank()) {
            String text = (f.excerpt() == null ? "" : f.excerpt()) + "\n" + f.message();
            return text.contains(excerpt);
        }
        return true;
    }
}
