package org.disclosurechecker.facts;

/**
 * How much of this year's prose repeats last year's: the share (0–1, by characters) of the body in
 * sentences last year's body has too (years and numbers masked, small edits tolerated), and the
 * configured threshold at or above which the report counts as copied.
 */
public record ProseSimilarity(double score, double threshold) {

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
