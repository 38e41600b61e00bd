/**
 * Fused-word repair: finds the spaces that Arabic web text lost (الأممالمتحدة, لوكان, 2006كانت)
 * and returns the pieces with their spans in the original text.
 *
 * <p>How it decides: a run of letters the lexicon accepts is only cut by the particle rule
 * (ما, لا, يا, لو, ها + word, checked by the letter model); a rejected run is cut by a dynamic
 * program whose pieces must be dictionary words or function words, where every cut must be earned
 * by evidence on one side (a function word, the article ال, a word-final letter such as ة) or by
 * letters that rarely meet inside a word (the character n-gram model), and the whole split must
 * cost less than leaving the run as one unknown word. Before it, a run ending with the divine name
 * is cut before the name (عبدالله); after it, a split into content words only is dropped when one
 * deleted letter makes the run a word (a misspelling, not a fusion). Pieces are at most
 * {@value org.qalam.arabic.fused.SplitModel#MAX_PIECE} letters, so the cost is linear in the run.
 */
package org.qalam.arabic.fused;
