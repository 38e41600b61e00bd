/**
 * The {@code numbers} extractor: cardinals, ordinals, percentages, fractions and decimals as
 * {@code number} mentions, read from the clitic groups of the {@code words} layer with the
 * library's {@link org.qalam.language.numbers.ArabicNumberParser}; config key {@code min-value}.
 *
 * <p>Spans follow the toolkit's one rule, {@link org.qalam.core.model.CliticGroup#coreSpan()}, at
 * a mention's first and last word: conjunctions, prepositions and the future particle before it
 * and a pronoun after it stay outside, the article inside (in لل the span starts at the second ل,
 * which realizes ال): وبثلاثة آلاف covers ثلاثة آلاف; see
 * {@code toolkit-extractors/docs/spans.md}.
 */
package org.qalam.extractors.numbers;
