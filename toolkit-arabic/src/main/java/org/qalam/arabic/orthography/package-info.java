/**
 * The one definition of Arabic orthography the toolkit reads: letters and hamza forms
 * ({@link org.qalam.arabic.orthography.ArabicLetters}), marks and silent chars
 * ({@link org.qalam.arabic.orthography.ArabicMarks}), other code point classes
 * ({@link org.qalam.arabic.orthography.CharClasses}), the clitic inventory with roles
 * ({@link org.qalam.arabic.orthography.Clitics}) and the map from letters back to char offsets
 * ({@link org.qalam.arabic.orthography.LetterIndex}). The search folding key is the
 * {@code search} profile of {@link org.qalam.arabic.normalize.Normalizer}, which is built on
 * these classes.
 */
package org.qalam.arabic.orthography;
