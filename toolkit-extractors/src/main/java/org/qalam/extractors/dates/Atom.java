package org.qalam.extractors.dates;

/**
 * The smallest piece the date grammar reads: a run of letters, a run of digits or one other
 * character, with its span in the original text. Tokens are cut into atoms so that
 * {@code 2023/05/10}, {@code 10:30} and {@code 2019م} read the same whatever the tokenizer kept
 * together.
 *
 * @param start  first char, an index into the original text
 * @param end    one past the last char
 * @param key    the matching form: diacritics and tatweel dropped, letters unified, Latin in lower
 *               case, digits of every script as ASCII
 * @param kind   what the atom is made of
 * @param joined whether the atom touches the previous one (no white space between)
 */
record Atom(int start, int end, String key, Kind kind, boolean joined) {

    /** What an atom is made of. */
    enum Kind {
        /** Letters of any script, with their diacritics. */
        WORD,
        /** Digits of any script. */
        DIGITS,
        /** One punctuation mark or symbol. */
        MARK
    }

    /** Whether this atom is made of digits. */
    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    /** The value of a run of digits, or -1 for other atoms and runs too long to be a date part. */
    int number() {
        if (kind != Kind.DIGITS || key.length() > 9) {
            return -1;
        }
        return Integer.parseInt(key);
    }
}
