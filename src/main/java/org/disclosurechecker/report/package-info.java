/**
 * Stage <b>report</b>: writes a {@link org.disclosurechecker.findings.CheckResult} in the five output
 * formats of DESIGN.md (console, JSON, SARIF 2.1.0, JUnit XML, a self-contained HTML page). Pick one
 * with {@link Reporters#get(String)}, write it to a stream or whole-or-nothing to a file with
 * {@link ReportFiles#writeAtomically}. Reporters only present the result: the pass/fail decision was
 * made by the core and is read from the result, never recomputed here. User-visible words are Chinese.
 */
package org.disclosurechecker.report;
