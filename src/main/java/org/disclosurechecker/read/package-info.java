/**
 * Stage <b>read</b>: one reader per file format turns a file into a {@link org.disclosurechecker.model.Document}.
 * Encoding detection and character normalisation happen here, once. May use the model package only.
 * Readers never write to the files they read; a file that cannot be read raises {@link ReadException}
 * with a message for the user, never a bare runtime exception.
 */
package org.disclosurechecker.read;
