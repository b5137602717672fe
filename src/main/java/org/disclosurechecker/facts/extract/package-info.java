/**
 * The extractors of the <b>facts</b> stage: each derives one kind of fact from a
 * {@link org.disclosurechecker.model.Document} ({@link org.disclosurechecker.facts.extract.FactExtractor} runs them all).
 * They describe the report; judging it is left to the rules.
 */
package org.disclosurechecker.facts.extract;
