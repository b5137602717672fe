package org.disclosurechecker.facts;

import java.time.LocalDate;

/** The stated 统计期限; either date may be null when the sentence gives only one. */
public record Period(LocalDate start, LocalDate end, String text, int line) {
}
