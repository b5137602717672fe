package org.disclosurechecker.findings;

/**
 * One flagged issue in one report. Field names are a contract (the JSON report carries them).
 *
 * @param ruleId     catalogue id, e.g. {@code SUM-MISMATCH}
 * @param severity   after configuration overrides
 * @param line       1-based line in the source text (extracted text for .docx/.pdf); 0 = the whole file
 * @param location   a human locator in structured formats ("表2 第4行", "第3页"), empty for plain text
 * @param section    the part of the report, e.g. "三、收到和处理政府信息公开申请情况", or null
 * @param row        table row label, or null
 * @param column     table column label, or null
 * @param message    what is wrong, in Chinese
 * @param expected   the expected value, or null
 * @param actual     the value found, or null
 * @param excerpt    the source text around the problem
 * @param basis      the legal or format basis (article, notice), in Chinese
 * @param hint       how to fix it, in Chinese
 * @param suppressed true when a configured suppression covers it (it never fails the check)
 * @param justification why it was suppressed (from the suppression), or null
 */
public record Finding(String ruleId, Severity severity, int line, String location, String section, String row,
                      String column, String message, String expected, String actual, String excerpt, String basis,
                      String hint, boolean suppressed, String justification) {

    public Finding {
        location = location == null ? "" : location;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, line, location, section, row, column, message, expected, actual, excerpt, basis,
                hint, suppressed, justification);
    }

    public Finding withExcerpt(String e) {
        return new Finding(ruleId, severity, line, location, section, row, column, message, expected, actual, e, basis,
                hint, suppressed, justification);
    }

    public Finding withLocation(String l) {
        return new Finding(ruleId, severity, line, l, section, row, column, message, expected, actual, excerpt, basis,
                hint, suppressed, justification);
    }

    public Finding withCatalogue(String b, String h) {
        return new Finding(ruleId, severity, line, location, section, row, column, message, expected, actual, excerpt,
                basis == null ? b : basis, hint == null ? h : hint, suppressed, justification);
    }

    public Finding suppress(String why) {
        return new Finding(ruleId, severity, line, location, section, row, column, message, expected, actual, excerpt,
                basis, hint, true, why);
    }
}
