/**
 * Numbers in Arabic text: {@link org.qalam.extractors.numbers.ArabicNumberParser}, the number
 * grammar other extractors reuse, and the {@code numbers} extractor that reports cardinals,
 * ordinals, percentages, fractions and decimals as {@code number} mentions.
 */
package org.qalam.extractors.numbers;
