package org.qalam.extractors.entities;

import org.qalam.language.names.ArabicKey;
import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.LetterIndex;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * Turns a document's tokens and their words into the {@link Unit}s entity matching walks: one
 * unit per stem, so that the parts of a fused token (الأممالمتحدة) are separate units and the
 * proclitics of وروسيا stay outside the name.
 *
 * <p>Two repairs on top of the word segmenter: a token that is itself a listed name word keeps
 * its letters (بشار is not ب + شار); and a stem the lexicon does not know that reads as listed
 * name words run together (الأممالمتحدة، جنوبسوريا) is cut into them.
 */
final class Units {

    private static final String ARTICLE = ArabicLetters.ARTICLE;
    /** Quotation marks and parentheses: a common word between them may be a name ("الحياة"). */
    private static final String QUOTES = "\"'«»“”„‘’`()";
    private static final int MIN_FUSED = 7;
    private static final int MAX_FUSED = 40;
    private static final int MIN_PIECE = 3;

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
        if (words.size() <= 1 || model.nameWord(ArabicKey.of(whole))) {
            addStem(start, end, whole, "", start, false, true);
            return;
        }
        if (splitsAnUnknownName(words)) {
            addStem(start, end, whole, "", start, false, true);
            return;
        }
        // وبشار: when the segmenter cut a listed name word after و (و + ب + شار), keep it whole.
        if (words.size() >= 3 && words.get(0).role() == WordRole.CONJUNCTION) {
            int from = words.get(1).span().start();
            String rest = ArabicKey.clean(text.substring(from, end));
            if (model.nameWord(ArabicKey.of(rest))) {
                addStem(from, end, rest, ArabicKey.clean(words.get(0).form()), start, false, true);
                return;
            }
        }
        StringBuilder prefix = new StringBuilder();
        int prefixStart = start;
        int articleStart = -1;
        Unit stem = null;
        boolean first = true;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String form = ArabicKey.clean(word.form());
            boolean last = i == words.size() - 1;
            if (stem != null && prefix.isEmpty() && articleStart < 0
                    && word.role() == WordRole.PRONOUN) {
                markSuffixed(stem);
                continue;
            }
            if (!last && word.role() == WordRole.ARTICLE) {
                articleStart = word.span().start();
                continue;
            }
            if (!last && word.role().isProclitic()) {
                if (prefix.isEmpty()) {
                    prefixStart = word.span().start();
                }
                prefix.append(form);
                continue;
            }
            int stemStart = articleStart >= 0 ? articleStart : word.span().start();
            String stemForm = articleStart >= 0 && !form.startsWith(ARTICLE) ? ARTICLE + form : form;
            stem = addStem(stemStart, word.span().end(), stemForm, prefix.toString(),
                    prefix.length() > 0 ? prefixStart : stemStart, false, first);
            prefix.setLength(0);
            articleStart = -1;
            first = false;
        }
    }

    /**
     * Whether the segmenter cut the token into two or more stems none of which is a listed name
     * word (أديامان → أديا + مان): a fused split that helps no name, likely of a foreign name.
     */
    private boolean splitsAnUnknownName(List<Word> words) {
        int stems = 0;
        String article = "";
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String form = ArabicKey.clean(word.form());
            boolean last = i == words.size() - 1;
            if (!last && word.role() == WordRole.ARTICLE) {
                article = ARTICLE;
                continue;
            }
            if (!last && word.role().isProclitic()
                    || stems > 0 && word.role() == WordRole.PRONOUN) {
                continue;
            }
            String stem = form.startsWith(ARTICLE) ? form : article + form;
            if (model.nameWord(ArabicKey.of(stem))) {
                return false;
            }
            article = "";
            stems++;
        }
        return stems >= 2;
    }

    private void markSuffixed(Unit stem) {
        int last = units.size() - 1;
        if (last >= 0 && units.get(last) == stem) {
            units.set(last, new Unit(stem.start(), stem.end(), stem.surface(), stem.form(),
                    stem.key(), stem.prefix(), stem.prefixStart(), stem.whole(), true, true,
                    false, stem.tokenFirst()));
        }
    }

    /** Adds the stem, cut into listed name words when it is an unknown run of them. */
    private Unit addStem(int start, int end, String form, String prefix, int prefixStart,
                         boolean suffixed, boolean tokenFirst) {
        if (form.length() >= MIN_FUSED && form.length() <= MAX_FUSED
                && form.equals(ArabicKey.clean(text.substring(start, end)))) {
            String key = ArabicKey.of(form);
            List<int[]> pieces = model.nameWord(key) ? null : fusedNameWords(key);
            if (pieces != null && !model.known(form)) {
                Unit piece = null;
                LetterIndex letters = LetterIndex.of(text, start, end);
                for (int[] cut : pieces) {
                    int pieceStart = letters.charStart(cut[0]);
                    int pieceEnd = letters.charEnd(cut[1]);
                    String pieceForm = form.substring(cut[0], cut[1]);
                    boolean firstPiece = piece == null;
                    piece = add(pieceStart, pieceEnd, pieceForm, firstPiece ? prefix : "",
                            firstPiece ? prefixStart : pieceStart, false, firstPiece && tokenFirst);
                }
                return piece;
            }
        }
        return add(start, end, form, prefix, prefixStart, suffixed, tokenFirst);
    }

    private Unit add(int start, int end, String form, String prefix, int prefixStart,
                     boolean suffixed, boolean tokenFirst) {
        String surface = text.substring(start, end);
        String whole = prefixStart == start ? ArabicKey.clean(surface)
                : ArabicKey.clean(text.substring(prefixStart, end));
        Unit unit = new Unit(start, end, surface, form, ArabicKey.of(form), prefix, prefixStart,
                whole, suffixed, true, false, tokenFirst);
        units.add(unit);
        return unit;
    }

    /**
     * The cut of {@code key} (a clean form's key, letter for letter) into listed name words (a و may open a piece), fewest pieces first,
     * as {from, to} letter ranges with the و left out; null when there is none of two or more.
     */
    private List<int[]> fusedNameWords(String key) {
        int n = key.length();
        int[] best = new int[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int from = 0; from < n; from++) {
            if (best[from] == Integer.MAX_VALUE) {
                continue;
            }
            int body = from > 0 && key.charAt(from) == 'و' ? from + 1 : from;
            for (int bodyStart : body == from ? new int[] {from} : new int[] {from, body}) {
                for (int to = bodyStart + MIN_PIECE; to <= n; to++) {
                    if (best[from] + 1 < best[to]
                            && model.gazetteer.hasWord(key.substring(bodyStart, to))) {
                        best[to] = best[from] + 1;
                        back[to] = bodyStart == from ? from : -from - 1;
                    }
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2) {
            return null;
        }
        List<int[]> pieces = new ArrayList<>();
        for (int to = n; to > 0; ) {
            int from = back[to] >= 0 ? back[to] : -back[to] - 1;
            int bodyStart = back[to] >= 0 ? from : from + 1;
            pieces.add(0, new int[] {bodyStart, to});
            to = from;
        }
        return pieces;
    }
}
