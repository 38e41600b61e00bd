package org.qalam.extractors.entities;

import org.qalam.language.names.ArabicKey;
import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * Turns a document's tokens and their words into the {@link Unit}s entity matching walks: one
 * unit per {@link CliticGroup} of the words layer, starting at its core span, so that the parts of
 * a fused token (الأممالمتحدة) are separate units and the proclitics of وروسيا stay outside the
 * name.
 *
 * <p>Fused tokens (الأممالمتحدة، جنوبسوريا) arrive cut by the words step's fused-word repair. A
 * listed name overrides the segmenter: a token that is itself a listed name word keeps its letters
 * (بشار is not ب + شار), and a cut into stems none of which is a listed name word (أديامان →
 * أديا + مان) is undone.
 */
final class Units {

    private static final String ARTICLE = ArabicLetters.ARTICLE;
    /** Quotation marks and parentheses: a common word between them may be a name ("الحياة"). */
    private static final String QUOTES = "\"'«»“”„‘’`()";

    private final String text;
    private final EntityModel model;
    private final List<Unit> units = new ArrayList<>();

    private Units(String text, EntityModel model) {
        this.text = text;
        this.model = model;
    }

    /** The units of the document, in text order. */
    static List<Unit> of(Document document, EntityModel model) {
        List<Token> tokens = document.select(Layers.TOKENS);
        Units builder = new Units(document.text(), model);
        for (Token token : tokens) {
            if (token.kind() == TokenKind.WORD) {
                builder.addToken(token, document.selectCovered(Layers.WORDS, token));
            } else {
                boolean quote = token.text().length() == 1
                        && QUOTES.indexOf(token.text().charAt(0)) >= 0;
                builder.units.add(Unit.barrier(token.span().start(), token.span().end(), quote));
            }
        }
        return builder.units;
    }

    private void addToken(Token token, List<Word> words) {
        int start = token.span().start();
        int end = token.span().end();
        String whole = ArabicKey.clean(token.text());
        if (words.size() <= 1 || model.nameWord(ArabicKey.of(whole))
                || splitsAnUnknownName(words)) {
            units.add(unit(start, end, whole, "", start, whole, false, true));
            return;
        }
        // وبشار: when the segmenter cut a listed name word after و (و + ب + شار), keep it whole.
        if (words.size() >= 3 && words.get(0).role() == WordRole.CONJUNCTION) {
            int from = words.get(1).span().start();
            String rest = ArabicKey.clean(text.substring(from, end));
            if (model.nameWord(ArabicKey.of(rest))) {
                add(from, end, rest, ArabicKey.clean(words.get(0).form()), start, false, true);
                return;
            }
        }
        boolean first = true;
        for (CliticGroup group : CliticGroup.of(words)) {
            Word stemWord = group.stem();
            String prefix = "";
            int prefixStart = -1;
            for (Word word : group.words()) {
                if (word != stemWord && word.role().isProclitic()
                        && word.role() != WordRole.ARTICLE) {
                    prefixStart = prefixStart < 0 ? word.start() : prefixStart;
                    prefix = prefix.concat(ArabicKey.clean(word.form()));
                }
            }
            int stemStart = group.coreSpan().start();
            String form = ArabicKey.clean(stemWord.form());
            String stemForm = group.isDefinite() && stemWord.role() != WordRole.ARTICLE
                    && !form.startsWith(ARTICLE) ? ARTICLE + form : form;
            Unit stem = add(stemStart, stemWord.end(), stemForm, prefix,
                    prefixStart >= 0 ? prefixStart : stemStart, false, first);
            if (stemWord.role() == WordRole.STEM && group.has(WordRole.PRONOUN)) {
                markSuffixed(stem);
            }
            first = false;
        }
    }

    /**
     * Whether the segmenter cut the token into two or more stems none of which is a listed name
     * word (أديامان → أديا + مان): a fused split that helps no name, likely of a foreign name.
     */
    private boolean splitsAnUnknownName(List<Word> words) {
        if (stems(words) < 2) {
            return false;  // one stem: nothing was split, and no look-up is needed to say so
        }
        int stems = 0;
        String article = "";
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean last = i == words.size() - 1;
            if (!last && word.role() == WordRole.ARTICLE) {
                article = ARTICLE;
                continue;
            }
            if (!stem(word, last, stems)) {
                continue;
            }
            String form = ArabicKey.clean(word.form());
            String stem = form.startsWith(ARTICLE) ? form : article + form;
            if (model.nameWord(ArabicKey.of(stem))) {
                return false;
            }
            article = "";
            stems++;
        }
        return stems >= 2;
    }

    /** The number of stems among a token's {@code words}, counted as splitsAnUnknownName does. */
    private static int stems(List<Word> words) {
        int stems = 0;
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            if ((last || words.get(i).role() != WordRole.ARTICLE)
                    && stem(words.get(i), last, stems)) {
                stems++;
            }
        }
        return stems;
    }

    /**
     * Whether {@code word} counts as a stem of its token: no proclitic before the last word, and
     * no pronoun after a stem ({@code stems} found before it).
     */
    private static boolean stem(Word word, boolean last, int stems) {
        return !(!last && word.role().isProclitic()
                || stems > 0 && word.role() == WordRole.PRONOUN);
    }

    private void markSuffixed(Unit stem) {
        int last = units.size() - 1;
        if (last >= 0 && units.get(last) == stem) {
            units.set(last, new Unit(stem.start(), stem.end(), stem.surface(), stem.form(),
                    stem.key(), stem.prefix(), stem.prefixStart(), stem.whole(), true, true,
                    false, stem.tokenFirst(), stem.lists(), stem.classes()));
        }
    }

    private Unit add(int start, int end, String form, String prefix, int prefixStart,
                     boolean suffixed, boolean tokenFirst) {
        String whole = ArabicKey.clean(text.substring(prefixStart, end));
        Unit unit = unit(start, end, form, prefix, prefixStart, whole, suffixed, tokenFirst);
        units.add(unit);
        return unit;
    }

    /**
     * The unit of the stem {@code [start, end)}, {@code whole} being its token's clean letters
     * from {@code prefixStart} on.
     */
    private Unit unit(int start, int end, String form, String prefix, int prefixStart,
                      String whole, boolean suffixed, boolean tokenFirst) {
        EntityModel.Lexeme lexeme = model.lexeme(form);
        return new Unit(start, end, text.substring(start, end), form, lexeme.key(), prefix,
                prefixStart, whole, suffixed, true, false, tokenFirst, lexeme.lists(),
                lexeme.classes());
    }
}
