package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;

/**
 * Turns a document's tokens and their words into the {@link Unit}s entity matching walks: one
 * unit per stem, so that the parts of a fused token (الأممالمتحدة) are separate units and the
 * proclitics of وروسيا stay outside the name.
 */
final class Units {

    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك", "س", "لل");
    private static final Set<String> ENCLITICS =
            Set.of("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا", "ني");
    private static final String ARTICLE = "ال";
    private static final String QUOTES = "\"'«»“”„‘’`";

    private Units() {
    }

    /** The units of the document, in text order. */
    static List<Unit> of(Document document) {
        List<Token> tokens = document.select(Layers.TOKENS);
        List<Unit> units = new ArrayList<>(tokens.size() + tokens.size() / 4);
        for (Token token : tokens) {
            if (token.kind() == TokenKind.WORD) {
                addStems(document.text(), token, units);
            } else {
                boolean quote = token.text().length() == 1 && QUOTES.indexOf(token.text().charAt(0)) >= 0;
                units.add(Unit.barrier(token.span().start(), token.span().end(), quote));
            }
        }
        return units;
    }

    private static void addStems(String text, Token token, List<Unit> units) {
        List<Word> words = token.words();
        int tokenStart = token.span().start();
        if (words.size() <= 1) {
            units.add(stem(text, tokenStart, token.span().end(), ArabicKey.clean(token.text()), "",
                    tokenStart, true));
            return;
        }
        StringBuilder prefix = new StringBuilder();
        int prefixStart = tokenStart;
        int articleStart = -1;
        boolean stemSeen = false;
        boolean first = true;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String form = ArabicKey.clean(word.form());
            boolean last = i == words.size() - 1;
            if (stemSeen && prefix.isEmpty() && articleStart < 0 && ENCLITICS.contains(form)
                    && (last || ENCLITICS.contains(ArabicKey.clean(words.get(i + 1).form())))) {
                continue;
            }
            if (!last && form.equals(ARTICLE)) {
                articleStart = word.span().start();
                continue;
            }
            if (!last && PROCLITICS.contains(form)) {
                if (prefix.isEmpty()) {
                    prefixStart = word.span().start();
                }
                prefix.append(form);
                continue;
            }
            int start = articleStart >= 0 ? articleStart : word.span().start();
            String stem = articleStart >= 0 && !form.startsWith(ARTICLE) ? ARTICLE + form : form;
            if (prefix.length() > 0 && prefix.charAt(prefix.length() - 1) == 'ل'
                    && stem.startsWith(ARTICLE) && start > prefixStart
                    && ArabicKey.of(text.substring(start, start + 1)).charAt(0) != 'ا') {
                start--;  // ل + ال written لل: the letters do not allow the clitic outside
            }
            units.add(stem(text, start, word.span().end(), stem, prefix.toString(),
                    prefix.length() > 0 ? prefixStart : start, first));
            prefix.setLength(0);
            articleStart = -1;
            stemSeen = true;
            first = false;
        }
    }

    private static Unit stem(String text, int start, int end, String form, String prefix,
                             int prefixStart, boolean tokenFirst) {
        return new Unit(start, end, text.substring(start, end), form, ArabicKey.of(form), prefix,
                prefixStart, true, false, tokenFirst);
    }
}
