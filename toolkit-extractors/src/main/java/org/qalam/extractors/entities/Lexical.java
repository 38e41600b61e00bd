package org.qalam.extractors.entities;

/**
 * Word tests the entity rules share: stop words, cue words, name-like words, family names, words
 * the lexicon lacks. Each reads the unit's {@link WordLists} mask; stateless apart from the model.
 */
final class Lexical {

    /** The key of عشر, the second word of the ordinals from 11 to 19 (السادس عشر). */
    private static final String TEEN = "عشر";

    private final EntityModel model;

    Lexical(EntityModel model) {
        this.model = model;
    }

    boolean stop(Unit unit) {
        return unit.in(WordLists.STOP);
    }

    boolean cueWord(Unit unit) {
        return unit.in(WordLists.CUE_WORD);
    }

    /** Not a stop word, cue, title, modifier or nationality: a word that can be a name. */
    boolean nameLike(Unit unit) {
        return unit.word() && unit.key().length() > 1 && !unit.in(WordLists.STOP
                | WordLists.CUE_WORD | WordLists.NATIONALITY | WordLists.TITLE_MODIFIER);
    }

    boolean feminine(String key) {
        return key.endsWith("ه");
    }

    /** للوكالة، للمنظمة: the preposition ل fused with the article of a definite noun. */
    boolean isLamArticle(Unit unit) {
        return unit.word() && (unit.prefix().equals("ل") && unit.definite()
                || !unit.prefixed() && unit.key().startsWith("لل") && unit.key().length() > 3);
    }

    /** An indefinite title that takes a complement: وزير، رئيس، نائب. */
    boolean constructTitle(Unit unit) {
        return unit.word() && !unit.prefixed() && !unit.definite()
                && unit.in(WordLists.TITLE);
    }

    /** عشر after an ordinal: the regnal number السادس عشر is two words. */
    boolean ordinalTeen(Unit unit) {
        return unit.word() && !unit.prefixed() && unit.key().equals(TEEN);
    }

    /** A definite relative adjective that is no nationality: الكوني، الصفدي. */
    boolean nisba(Unit unit) {
        return nameLike(unit) && unit.key().length() >= 5 && unit.key().endsWith("ي");
    }

    /** A definite family name the lexicon does not know: الصفدي، الغنوشي. */
    boolean surnameLike(Unit unit) {
        // a feminine relative adjective (ـية) describes the noun before it: no family name
        return nameLike(unit) && unit.key().length() >= 4 && unit.key().length() <= 14
                && !unit.key().endsWith("يه") && !unit.in(WordLists.KNOWN);
    }

    /**
     * An indefinite word after a given name that reads as its family name (تيم كلارك، سامح
     * شكري): a name-like word, unless the lexicon knows it as an imperfect verb (محمد يقول) or an
     * accusative noun (جزءا).
     */
    boolean familyName(Unit unit) {
        if (!nameLike(unit) || unit.definite() || unit.key().length() < 3) {
            return false;
        }
        char first = unit.key().charAt(0);
        String form = unit.form();
        boolean verb = (first == 'ي' || first == 'ت') && unit.in(WordLists.KNOWN);
        boolean accusative = form.endsWith("ا") && form.length() <= 5
                && (model.lexeme(form.substring(0, form.length() - 1)).lists()
                        & WordLists.KNOWN) != 0;
        return foreignLike(unit) || !verb && !accusative;
    }

    /** An indefinite word the lexicon does not know: هايلي، جوتيريش. */
    boolean foreignLike(Unit unit) {
        return nameLike(unit) && !unit.definite()
                && unit.key().length() >= 3 && !unit.in(WordLists.KNOWN);
    }
}
