/**
 * The {@code entities} extractor: persons, locations and organizations in Arabic text, found by
 * gazetteers (CLDR place names read from ICU4J at build time, and the team's own reviewable word
 * lists next to these classes) and by context rules (titles, organization heads, place cues,
 * given names, consistency within a document). Precision first; no statistical model.
 *
 * <p>Entry point: {@link org.qalam.extractors.entities.EntitiesProvider}, registered in
 * {@code META-INF/services}. It reads the {@code words} layer, so names inside fused tokens
 * (الأممالمتحدة) are found with spans on the original text.
 */
package org.qalam.extractors.entities;
