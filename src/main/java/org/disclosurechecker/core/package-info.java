/**
 * The <b>core</b>: {@link CheckRequest} → {@link Checker} → {@link org.disclosurechecker.findings.CheckResult}.
 * Finds the files, runs read → facts → rules for each, completes and sorts the findings, applies the
 * configuration and suppressions, and makes the one pass/fail decision. Both front ends (CLI and the
 * Maven goal) are thin shells over this package; no Maven or CLI types here.
 */
package org.disclosurechecker.core;
