/**
 * Stage <b>facts</b>: the fact types the Drools rules reason about (this package) and the extractors
 * that derive them from a {@link org.disclosurechecker.model.Document} ({@code facts.extract}),
 * guided by the edition templates ({@code facts.template}). Facts describe what the report says;
 * they never decide whether it is wrong: that is the rules' job.
 */
package org.disclosurechecker.facts;
