/**
 * Stage <b>findings</b>: what the rules produce and the reporters consume: {@link Finding},
 * {@link Severity}, the per-report {@link ReportResult} and the run's {@link CheckResult}.
 * Plain data; depends on nothing else in the project.
 */
package org.disclosurechecker.findings;
