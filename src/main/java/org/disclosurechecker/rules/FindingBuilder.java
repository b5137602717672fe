package org.disclosurechecker.rules;

import java.math.BigDecimal;

import org.kie.api.runtime.rule.RuleContext;

import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.Severity;

/**
 * Builds one finding inside a DRL consequence and inserts it into the session. Severity, basis and
 * hint default to the catalogue's (filled in by the core); a rule sets a severity only where the
 * catalogue says it depends on the edition or the organ.
 */
public final class FindingBuilder {

    private final RuleContext drools;
    private final String ruleId;
    private Severity severity;
    private int line;
    private String location;
    private String section;
    private String row;
    private String column;
    private String message;
    private String expected;
    private String actual;
    private String excerpt;

    FindingBuilder(RuleContext drools, String ruleId) {
        this.drools = drools;
        this.ruleId = ruleId;
    }

    public FindingBuilder line(int line) {
        this.line = line;
        return this;
    }

    public FindingBuilder location(String locator) {
        this.location = locator;
        return this;
    }

    public FindingBuilder section(String section) {
        this.section = section;
        return this;
    }

    public FindingBuilder row(String row) {
        this.row = row;
        return this;
    }

    public FindingBuilder column(String column) {
        this.column = column;
        return this;
    }

    public FindingBuilder severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public FindingBuilder message(String message) {
        this.message = message;
        return this;
    }

    public FindingBuilder expected(Object expected) {
        this.expected = text(expected);
        return this;
    }

    public FindingBuilder actual(Object actual) {
        this.actual = text(actual);
        return this;
    }

    public FindingBuilder excerpt(String excerpt) {
        this.excerpt = excerpt;
        return this;
    }

    public void emit() {
        if (message == null) {
            throw new IllegalStateException("finding of " + ruleId + " has no message");
        }
        drools.getKieRuntime().insert(new Finding(ruleId, severity, line, location, section, row, column, message, expected, actual,
                excerpt, null, null, false, null));
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return o.toString();
    }
}
