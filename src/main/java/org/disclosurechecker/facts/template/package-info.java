/**
 * Edition templates (rules/templates/*.json) as Java data: the sections, tables, row labels,
 * indicator keys, deadlines and arithmetic identities of each format edition. Part of the
 * <b>facts</b> stage; read-only data, loaded once per run.
 */
package org.disclosurechecker.facts.template;
