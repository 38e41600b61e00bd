/**
 * The number grammar of Arabic: {@link org.qalam.language.numbers.ArabicNumberParser} reads
 * digits and number words (ثلاثة آلاف وخمسمائة, الحادي عشر, ٣/٤) into a
 * {@link org.qalam.language.numbers.NumberMatch}.
 *
 * <p>Why in the library: the numbers and dates extractors, and any plugin that reads amounts,
 * durations or times, share one parser without depending on another extractor.
 */
package org.qalam.language.numbers;
