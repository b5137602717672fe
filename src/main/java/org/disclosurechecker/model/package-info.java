/**
 * Stage <b>model</b>: the format-neutral {@link org.disclosurechecker.model.Document} that every reader
 * produces and every later stage reads. Plain data; depends on nothing else in the project.
 */
package org.disclosurechecker.model;
