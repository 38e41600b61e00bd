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

    private WordLists() {
    }

    /** The mask of a barrier. */
    static int barrier(boolean quote) {
        return BARRIER | (quote ? QUOTE : 0);
    }

    /** The mask of a word with matching key {@code key} and form {@code form}. */
    static int of(EntityModel model, String key, String form) {
        int mask = 0;
        Boolean common = model.givenNames.get(key);
        if (common != null) {
            mask |= common ? GIVEN_COMMON : GIVEN;
        }
        mask |= model.titles.contains(key) ? TITLE : 0;
        mask |= model.titleModifiers.contains(key) ? TITLE_MODIFIER : 0;
        Boolean weak = model.orgHeads.get(key);
        if (weak != null) {
            mask |= weak ? ORG_HEAD_WEAK : ORG_HEAD;
        }
        Boolean inside = model.locationCues.get(key);
        if (inside != null) {
            mask |= inside ? CUE_INSIDE : CUE_OUTSIDE;
        }
        mask |= model.genericCues.contains(key) ? GENERIC_CUE : 0;
        mask |= model.nationalities.contains(key) ? NATIONALITY : 0;
        mask |= model.stopwords.contains(key) ? STOP : 0;
        mask |= model.particles.contains(key) ? PARTICLE : 0;
        mask |= model.placeParticles.contains(key) ? PLACE_PARTICLE : 0;
        mask |= model.ordinals.contains(key) ? ORDINAL : 0;
        mask |= model.speechVerbs.contains(key) ? SPEECH : 0;
        mask |= model.gazetteer.hasWord(key) ? NAME_WORD : 0;
        mask |= model.orgComplements.contains(key) ? ORG_COMPLEMENT : 0;
        mask |= model.known(form) ? KNOWN : 0;
        return mask;
    }
}
