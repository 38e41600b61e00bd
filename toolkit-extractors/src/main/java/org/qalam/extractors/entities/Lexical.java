package org.qalam.extractors.entities;

/**
 * Word tests the entity rules share: stop words, cue words, name-like words, family names, words
 * the lexicon lacks. Each is a few hash look-ups on one unit; stateless apart from the model.
 */
final class Lexical {

    private final EntityModel model;

    Lexical(EntityModel model) {
        this.model = model;
    }

    boolean stop(Unit unit) {
        return model.stopwords.contains(unit.key());
    }

    boolean cueWord(Unit unit) {
        return model.titles.contains(unit.key()) || model.orgHeads.containsKey(unit.key())
                || model.locationCues.containsKey(unit.key());
    }

    /** Not a stop word, cue, title, modifier or nationality: a word that can be a name. */
    boolean nameLike(Unit unit) {
        return unit.word() && unit.key().length() > 1 && !stop(unit) && !cueWord(unit)
                && !model.nationalities.contains(unit.key())
                && !model.titleModifiers.contains(unit.key());
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
                && model.titles.contains(unit.key());
    }

    /** A definite relative adjective that is no nationality: الكوني، الصفدي. */
    boolean nisba(Unit unit) {
        return nameLike(unit) && unit.key().length() >= 5 && unit.key().endsWith("ي");
    }

    /** A definite family name the lexicon does not know: الصفدي، الغنوشي. */
    boolean surnameLike(Unit unit) {
        // a feminine relative adjective (ـية) describes the noun before it: no family name
        return nameLike(unit) && unit.key().length() >= 4 && unit.key().length() <= 14
                && !unit.key().endsWith("يه") && !model.known(unit.form());
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
        boolean verb = (first == 'ي' || first == 'ت') && model.known(form);
        boolean accusative = form.endsWith("ا") && form.length() <= 5
                && model.known(form.substring(0, form.length() - 1));
        return foreignLike(unit) || !verb && !accusative;
    }

    /** An indefinite word the lexicon does not know: هايلي، جوتيريش. */
    boolean foreignLike(Unit unit) {
        return nameLike(unit) && !unit.definite()
                && unit.key().length() >= 3 && !model.known(unit.form());
    }
}
