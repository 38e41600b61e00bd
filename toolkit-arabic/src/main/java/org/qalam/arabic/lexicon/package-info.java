/**
 * The Arabic lexicon: a thread-safe "is this a word?" oracle compiled at build time from the
 * Ayaspell Hunspell dictionary, used by clitic segmentation and fused-word repair. Its answers are
 * those of Lucene's Hunspell {@code spell()}, checked by a differential test.
 */
package org.qalam.arabic.lexicon;
