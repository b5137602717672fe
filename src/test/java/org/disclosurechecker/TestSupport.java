package org.disclosurechecker;

import java.nio.file.Path;
import java.util.List;

import org.disclosurechecker.core.CheckException;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.core.Checker;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.rules.RuleBase;

/** Shared test helpers: one compiled bundled rulebase per test JVM (compiling takes seconds). */
public final class TestSupport {

    public static final Path RESOURCES = Path.of("src/test/resources");
    public static final Path SAMPLES = Path.of("sample-reports");
    public static final Path CLEAN = RESOURCES.resolve("drafts/clean");

    private static Checker checker;

    private TestSupport() {
    }

    public static synchronized Checker checker() {
        if (checker == null) {
            checker = new Checker(RuleBase.bundled());
        }
        return checker;
    }

    public static ReportResult check(Path file) {
        return check(CheckRequest.builder().input(file).build()).reports().get(0);
    }

    public static CheckResult check(CheckRequest request) {
        try {
            return checker().check(request);
        } catch (CheckException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static List<Finding> findings(Path file, String ruleId) {
        return check(file).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
