package org.qalam.extractors.dates;

/**
 * The smallest piece the date grammar reads: a run of letters, a run of digits or one other
 * character, with its span in the original text. Tokens are cut into atoms so that
 * {@code 2023/05/10}, {@code 10:30} and {@code 2019م} read the same whatever the tokenizer kept
 * together.
 *
 * <p>Not a record: an atom keeps the spellings of its key without a proclitic, and whether any word
 * list has one of them, once the first list asks, since every list of the grammar asks at the same
 * atom. An atom belongs to one document and is read by one thread.
 */
final class Atom {

    /** What an atom is made of. */
    enum Kind {
        /** Letters of any script, with their diacritics. */
        WORD,
        /** Digits of any script. */
        DIGITS,
        /** One punctuation mark or symbol. */
        MARK
    }

    /** The most digits read as a number: longer runs are no date part. */
    private static final int MAX_NUMBER_DIGITS = 9;

    private final int start;
    private final int end;
    private final String key;
    private final Kind kind;
    private final boolean joined;
    /** {@link BareForms#of} of the key, once asked; null before. */
    private String[] bareForms;
    /** Whether a word list has the key or one of its bare forms, once asked; null before. */
    private Boolean listed;

    /**
     * An atom.
     *
     * @param start  first char, an index into the original text
     * @param end    one past the last char
     * @param key    the matching form: diacritics and tatweel dropped, letters unified, Latin in
     *               lower case, digits of every script as ASCII
     * @param kind   what the atom is made of
     * @param joined whether the atom touches the previous one (no white space between)
     */
    Atom(int start, int end, String key, Kind kind, boolean joined) {
        this.start = start;
        this.end = end;
        this.key = key;
        this.kind = kind;
        this.joined = joined;
    }

    /** The first char, an index into the original text. */
    int start() {
        return start;
    }

    /** One past the last char. */
    int end() {
        return end;
    }

    /** The matching form of the atom. */
    String key() {
        return key;
    }

    /** What the atom is made of. */
    Kind kind() {
        return kind;
    }

    /** Whether the atom touches the previous one (no white space between). */
    boolean joined() {
        return joined;
    }

    /** Whether this atom is made of digits. */
    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    /** The spellings of a word's key without a proclitic ({@link BareForms}); empty for others. */
    String[] bareForms() {
        if (bareForms == null) {
            bareForms = kind == Kind.WORD ? BareForms.of(key) : BareForms.NONE;
        }
        return bareForms;
    }

    /**
     * Whether some word list of the grammar has the key or a spelling of it without a proclitic:
     * no phrase starts at an atom without one ({@link ListedWords}).
     */
    boolean listed() {
        if (listed == null) {
            listed = ListedWords.has(key) || anyListed(bareForms());
        }
        return listed;
    }

    private static boolean anyListed(String[] keys) {
        for (String key : keys) {
            if (ListedWords.has(key)) {
                return true;
            }
        }
        return false;
    }

    /** The value of a run of digits, or -1 for other atoms and runs too long to be a date part. */
    int number() {
        if (kind != Kind.DIGITS || key.length() > MAX_NUMBER_DIGITS) {
            return -1;
        }
        return Integer.parseInt(key);
    }

    @Override
    public String toString() {
        return kind + " " + key + " [" + start + ", " + end + ")";
    }
}
