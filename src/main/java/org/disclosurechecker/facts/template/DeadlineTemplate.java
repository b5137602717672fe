package org.disclosurechecker.facts.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The publication deadline for one kind of organ: month-day of the year after the report year. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadlineTemplate(String monthDay, String severity, String who, String basis, boolean configurable) {
}
