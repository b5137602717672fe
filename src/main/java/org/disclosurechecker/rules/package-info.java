/**
 * Stage <b>rules</b>: loads the Drools rulebase once per run (the DRL files of rules/, compiled at build time
 * to Drools' executable model by {@link RuleBasePrecompiler}, plus a user's rules directory, compiled at
 * run time as classic DRL into the same KieBase), checks it against the rule catalogue, and runs it over
 * the facts of one report at a time. DRL consequences create findings through {@link Emit}.
 * Depends on facts and findings; knows nothing of files or front ends.
 *
 * <p>Writing bundled DRL for the executable model: conditions are parsed by its stricter parser (DRLX).
 * {@code unit} is a keyword there: never use it as a property name in a condition (TableCell has
 * {@code writtenUnit} for it; the build refuses {@code unit}). A rule the executable model rejects fails the
 * build ({@code ./mvnw process-classes} shows the file, line and rule).
 */
package org.disclosurechecker.rules;
