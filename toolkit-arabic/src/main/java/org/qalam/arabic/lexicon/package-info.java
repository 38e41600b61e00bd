/**
 * The Arabic lexicon: a thread-safe "is this a word?" oracle built at build time from the Ayaspell
 * Hunspell dictionary, used by clitic segmentation and fused-word repair.
 */
package org.qalam.arabic.lexicon;
