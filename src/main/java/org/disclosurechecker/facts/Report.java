package org.disclosurechecker.facts;

/**
 * The report as a whole: one per check.
 *
 * @param file          path as shown to the user
 * @param year          report year, or null when it cannot be determined
 * @param yearSource    where the year came from (标题/统计期限/表头/参数)
 * @param edition       the edition the year requires (or the user's override), null when unknown
 * @param layoutEdition the edition the report's tables are laid out in, null when no table says
 * @param layoutLine    line of the table that gave {@code layoutEdition}
 * @param layoutEvidence the label that gave it away, e.g. "本年新制作数量"
 * @param title         the title (lines joined), or null
 * @param titleLine     line of the title, 0 when none
 * @param organ         the reporting organ's name (from the 落款 or the title), or null
 * @param organInTitle  true when the title names the organ
 * @param organKind     kind of organ
 * @param fullText      all paragraph text joined by newlines (for whole-text keyword checks)
 * @param lastLine      last line number of the document
 */
public record Report(String file, Integer year, String yearSource, Edition edition, Edition layoutEdition,
                     int layoutLine, String layoutEvidence, String title, int titleLine, String organ,
                     boolean organInTitle, OrganKind organKind, String fullText, int lastLine) {

    /** The same report without its full text: what a run keeps of a report to match and pair it. */
    public Report withoutText() {
        return new Report(file, year, yearSource, edition, layoutEdition, layoutLine, layoutEvidence, title, titleLine,
                organ, organInTitle, organKind, "", lastLine);
    }

    public boolean isGovernment() {
        return organKind.isPeoplesGovernment();
    }
}
