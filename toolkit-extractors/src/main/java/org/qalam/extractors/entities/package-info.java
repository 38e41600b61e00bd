/**
 * The {@code entities} extractor: persons, locations and organizations in Arabic text, found by
 * a trained sequence tagger (a structured averaged perceptron over BIO tags, Viterbi decoding,
 * {@link org.qalam.extractors.entities.EntityTraining} to train one) whose features include
 * gazetteers (CLDR place names read from ICU4J at build time, and the team's own reviewable word
 * lists next to these classes) and context rules (titles, organization heads, place cues, given
 * names, consistency within a document); the rules' names count where the tagger found none.
 *
 * <p>Entry point: {@link org.qalam.extractors.entities.EntitiesProvider}, registered in
 * {@code META-INF/services}. It reads the {@code words} layer (word roles, fused-word repair),
 * so names inside fused tokens (الأممالمتحدة) are found with spans on the original text. Config
 * keys {@code gazetteer}: extra name files; {@code model}: a model file, or {@code none}.
 *
 * <p>Spans follow the toolkit's one rule, {@link org.qalam.core.model.CliticGroup#coreSpan()}, at
 * a mention's first and last word: conjunctions, prepositions and the future particle before it
 * and a pronoun after it stay outside, the article inside (in لل the span starts at the second ل,
 * which realizes ال): للأمم المتحدة gives لأمم المتحدة; see
 * {@code toolkit-extractors/docs/spans.md}.
 */
package org.qalam.extractors.entities;
