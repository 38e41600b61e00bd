package org.qalam.extractors.entities;

/**
 * The cue lists a unit belongs to, as the bits of one int (its list mask): given names, titles,
 * organization heads, place cues, nationalities, stop words, particles, ordinals, verbs of saying,
 * words of listed names, words the lexicon knows; and for a barrier, whether it is a quotation
 * mark.
 *
 * <p>Why one mask: the rules and the tagger's features ask these questions of every unit many
 * times; computed once per distinct form ({@link EntityModel#lexeme}), each answer is a bit test.
 * The bit numbers are features of trained models: changing them needs a new
 * {@link Features#VERSION}.
 */
final class WordLists {

    static final int GIVEN = 1;
    static final int GIVEN_COMMON = 1 << 1;
    static final int TITLE = 1 << 2;
    static final int TITLE_MODIFIER = 1 << 3;
    static final int ORG_HEAD = 1 << 4;
    static final int ORG_HEAD_WEAK = 1 << 5;
    static final int CUE_INSIDE = 1 << 6;
    static final int CUE_OUTSIDE = 1 << 7;
    static final int GENERIC_CUE = 1 << 8;
    static final int NATIONALITY = 1 << 9;
    static final int STOP = 1 << 10;
    static final int PARTICLE = 1 << 11;
    static final int PLACE_PARTICLE = 1 << 12;
    static final int ORDINAL = 1 << 13;
    static final int SPEECH = 1 << 14;
    static final int NAME_WORD = 1 << 15;
    static final int KNOWN = 1 << 16;
    static final int ORG_COMPLEMENT = 1 << 17;
    static final int QUOTE = 1 << 18;
    static final int BARRIER = 1 << 19;
    /** The number of bits. */
    static final int COUNT = 20;

    /** A given name, also when it is a common word. */
    static final int GIVEN_NAME = GIVEN | GIVEN_COMMON;
    /** An organization head, weak or not. */
    static final int ORG_HEADS = ORG_HEAD | ORG_HEAD_WEAK;
    /** A place cue, kept in the name or not. */
    static final int PLACE_CUE = CUE_INSIDE | CUE_OUTSIDE;
    /** A title, an organization head or a place cue. */
    static final int CUE_WORD = TITLE | ORG_HEADS | PLACE_CUE;
    /** A word of a listed name, a given name, or a cue word. */
    static final int NAME_WORDS = NAME_WORD | GIVEN_NAME | CUE_WORD;

    private WordLists() {
    }

    /** The mask of a barrier. */
    static int barrier(boolean quote) {
        return BARRIER | (quote ? QUOTE : 0);
    }
}
