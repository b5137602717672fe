/**
 * Stage <b>rules</b>: compiles the Drools rulebase (the DRL files of rules/, bundled in the jar, plus
 * a user's rules directory) once per run, checks it against the rule catalogue, and runs it over the
 * facts of one report at a time. DRL consequences create findings through {@link Emit}.
 * Depends on facts and findings; knows nothing of files or front ends.
 */
package org.disclosurechecker.rules;
