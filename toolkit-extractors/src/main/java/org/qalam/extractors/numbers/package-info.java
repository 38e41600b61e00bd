/**
 * The {@code numbers} extractor: cardinals, ordinals, percentages, fractions and decimals as
 * {@code number} mentions, read with the library's
 * {@link org.qalam.language.numbers.ArabicNumberParser}.
 */
package org.qalam.extractors.numbers;
