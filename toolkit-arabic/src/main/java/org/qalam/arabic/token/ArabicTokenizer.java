package org.qalam.arabic.token;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.CharClasses;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;

/**
 * Splits text into tokens: Arabic words with their diacritics and tatweel, numbers in any digit
 * script with Arabic or Latin separators and a sign (١٢٫٥, ١٬٢٥٠, -3.5), percentages (٥٠٪),
 * Latin words, URLs, e-mail addresses, hashtags, @mentions, emoji sequences, punctuation
 * (، ؛ ؟ « » and quotes) and symbols.
 *
 * <p>Why hand-written: one left-to-right pass over chars, no regular expressions, so time is
 * linear in the input whatever it contains. White space, bidi controls and stray zero-width
 * chars are gaps; tokens plus gaps rebuild the input exactly. A token never ends between a
 * surrogate pair, nor between a letter and its combining marks. Each {@link Token} carries the
 * {@link org.qalam.arabic.normalize.NormalizationProfile#SEARCH search} normalization of its
 * surface as {@code norm} (the surface itself when normalization would leave nothing, as for a
 * tatweel used as a dash). Instances are immutable and thread-safe.
 */
public final class ArabicTokenizer {

    private static final ArabicTokenizer STANDARD = new ArabicTokenizer(Normalizer.search());

    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_THOUSANDS = '\u066C';
    private static final char ARABIC_PERCENT = '\u066A';
    private static final char PER_MILLE = '\u2030';
    private static final char ARABIC_PER_MILLE = '\u0609';
    private static final char ARABIC_PER_TEN_THOUSAND = '\u060A';
    private static final char MINUS = '\u2212';
    private static final String REPEATABLE_PUNCT = ".!?\u061F-_*=~\u2026";
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of(
            "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "ai", "co",
            "me", "tv", "app", "dev", "news", "online", "site", "uk", "us", "de", "fr", "ca",
            "au", "ru", "cn", "jp", "in", "sa", "ae", "eg", "qa", "kw", "bh", "om", "jo", "lb",
            "sy", "iq", "ps", "ye", "ma", "dz", "tn", "ly", "sd", "mr", "so", "dj", "km", "tr",
            "ir", "pk");

    private final Normalizer normalizer;

    private ArabicTokenizer(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The standard tokenizer, whose tokens carry the search normalization as {@code norm}. */
    public static ArabicTokenizer standard() {
        return STANDARD;
    }

    /** A tokenizer whose tokens carry {@code normalizer}'s output as {@code norm}. */
    public static ArabicTokenizer withNormalizer(Normalizer normalizer) {
        return new ArabicTokenizer(requireNonNull(normalizer, "normalizer"));
    }

    /** The tokens of {@code text}, in order. */
    public List<Token> tokenize(CharSequence text) {
        String source = text.toString();
        List<Token> tokens = new ArrayList<>(source.length() / 5 + 4);
        StringBuilder norm = new StringBuilder(32);
        scan(source, (start, end, kind) -> {
            String surface = source.substring(start, end);
            String normalized = surface;
            if (!normalizer.isNormalized(source, start, end)) {
                norm.setLength(0);
                normalizer.appendNormalized(source, start, end, norm);
                normalized = norm.length() == 0 ? surface : norm.toString();
            }
            tokens.add(new Token(new Span(start, end), surface, normalized, kind));
        });
        return tokens;
    }

    /** Reports every token of {@code text} to {@code handler}, allocating nothing per token. */
    public void scan(CharSequence text, TokenHandler handler) {
        requireNonNull(handler, "handler");
        new Scanner(requireNonNull(text, "text").toString(), handler).run();
    }

    /** One pass over one text; holds the text and the limits learned so far. */
    private static final class Scanner {
        private final String s;
        private final int n;
        private final TokenHandler handler;
        /** No bare domain starts before this offset: keeps the scan linear. */
        private int domainBarrier;
        /** No e-mail address starts before this offset: keeps the scan linear. */
        private int emailBarrier;

        Scanner(String s, TokenHandler handler) {
            this.s = s;
            this.n = s.length();
            this.handler = handler;
        }

        void run() {
            int i = 0;
            while (i < n) {
                int cp = Character.codePointAt(s, i);
                if (isGap(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                i = token(i, cp);
            }
        }

        /** Emits the token starting at {@code start} and returns its end. */
        private int token(int start, int cp) {
            if (ArabicLetters.isArabicLetter(cp) || ArabicMarks.isDiacritic(cp)
                    || cp == ArabicLetters.TATWEEL) {
                return arabicWord(start);
            }
            int end;
            if (CharClasses.isDigit(cp) || (isSign(cp) && signsNumber(start))) {
                return number(start);
            }
            if (cp < 0x80 && isAsciiAlnum(cp)) {
                end = url(start);
                if (end > start) {
                    return emit(start, end, TokenKind.URL);
                }
                end = email(start);
                if (end > start) {
                    return emit(start, end, TokenKind.EMAIL);
                }
            }
            if (Character.isLetter(cp)) {
                return emit(start, latinWord(start), TokenKind.LATIN);
            }
            if ((cp == '#' || cp == '@') && start + 1 < n) {
                end = handle(start + 1, cp == '@');
                if (end > start + 1) {
                    return emit(start, end, cp == '#' ? TokenKind.HASHTAG : TokenKind.MENTION);
                }
            }
            if (CharClasses.isEmoji(cp) || CharClasses.isEmojiModifier(cp)) {
                return emit(start, emoji(start), TokenKind.EMOJI);
            }
            int width = Character.charCount(cp);
            if (isPunctuation(cp)) {
                end = start + width;
                if (REPEATABLE_PUNCT.indexOf(cp) >= 0) {
                    while (end < n && s.charAt(end) == cp) {
                        end++;
                    }
                }
                return emit(start, end, TokenKind.PUNCT);
            }
            if (isSymbol(cp)) {
                return emit(start, start + width, TokenKind.SYMBOL);
            }
            return emit(start, start + width, TokenKind.OTHER);
        }

        /** Reports {@code [start, end)} plus any combining marks that follow; returns the end. */
        private int emit(int start, int end, TokenKind kind) {
            int stop = end;
            while (stop < n) {
                int cp = Character.codePointAt(s, stop);
                if (!ArabicMarks.isDiacritic(cp) && !CharClasses.isCombiningMark(cp)
                        && !CharClasses.isEmojiModifier(cp)) {
                    break;
                }
                stop += Character.charCount(cp);
            }
            handler.token(start, stop, kind);
            return stop;
        }

        private int arabicWord(int start) {
            int i = start;
            boolean letter = false;
            while (i < n) {
                char c = s.charAt(i);
                if (ArabicLetters.isArabicLetter(c)) {
                    letter = true;
                } else if (!ArabicMarks.isDiacritic(c) && c != ArabicLetters.TATWEEL
                        && !((c == CharClasses.ZWNJ || c == CharClasses.ZWJ) && i + 1 < n
                        && ArabicLetters.isArabicLetter(s.charAt(i + 1)))) {
                    break;
                }
                i++;
            }
            return emit(start, i, letter ? TokenKind.WORD : kindWithoutLetters(start, i));
        }

        /** A run of tatweel alone is a dash (القاهرة ـ أعلن); stray marks are other. */
        private TokenKind kindWithoutLetters(int start, int end) {
            for (int i = start; i < end; i++) {
                if (s.charAt(i) != ArabicLetters.TATWEEL) {
                    return TokenKind.OTHER;
                }
            }
            return TokenKind.PUNCT;
        }

        private int number(int start) {
            int i = start;
            if (isSign(Character.codePointAt(s, i))) {
                i++;
            }
            i = digits(i);
            while (i + 1 < n && isNumberSeparator(s.charAt(i))
                    && CharClasses.isDigit(Character.codePointAt(s, i + 1))) {
                i = digits(i + 1);
            }
            if (i < n) {
                char next = s.charAt(i);
                if (next == '%' || next == ARABIC_PERCENT || next == PER_MILLE
                        || next == ARABIC_PER_MILLE || next == ARABIC_PER_TEN_THOUSAND) {
                    return emit(start, i + 1, TokenKind.PERCENT);
                }
                if (i == start + 1 && isKeycap(i)) {
                    return emit(start, i, TokenKind.EMOJI);
                }
            }
            return emit(start, i, TokenKind.NUMBER);
        }

        private int digits(int from) {
            int i = from;
            while (i < n) {
                int cp = Character.codePointAt(s, i);
                if (!CharClasses.isDigit(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            return i;
        }

        /** Whether a keycap sequence (digit, optional VS16, U+20E3) continues at {@code i}. */
        private boolean isKeycap(int i) {
            int j = s.charAt(i) == CharClasses.VS16 ? i + 1 : i;
            return j < n && s.charAt(j) == '\u20E3';
        }

        /** Whether the sign at {@code start} belongs to a number: a digit follows, no word precedes. */
        private boolean signsNumber(int start) {
            if (start + 1 >= n || !CharClasses.isDigit(Character.codePointAt(s, start + 1))) {
                return false;
            }
            if (start == 0) {
                return true;
            }
            int before = Character.codePointBefore(s, start);
            return !Character.isLetterOrDigit(before) && !ArabicMarks.isDiacritic(before)
                    && before != ArabicLetters.TATWEEL && before != ')' && before != ']'
                    && before != '%' && before != ARABIC_PERCENT;
        }

        private int latinWord(int start) {
            int i = start;
            while (i < n) {
                int cp = Character.codePointAt(s, i);
                if (Character.isLetter(cp) && !ArabicLetters.isArabicLetter(cp)
                        || (cp < 0x80 && cp >= '0' && cp <= '9')
                        || (i > start && CharClasses.isCombiningMark(cp))) {
                    i += Character.charCount(cp);
                } else if ((cp == '\'' || cp == '\u2019') && i > start && i + 1 < n
                        && isLatinLetter(Character.codePointAt(s, i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        /** End of a URL starting at {@code start}, or {@code start} if there is none. */
        private int url(int start) {
            int hostStart = start + schemeLength(start);
            if (hostStart == start && !startsWithIgnoreCase(start, "www.")) {
                if (start < domainBarrier) {
                    return start;
                }
                int hostEnd = bareDomain(start);
                return hostEnd == start ? start : urlRest(hostEnd, start);
            }
            int i = hostStart;
            while (i < n && (isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-'
                    || s.charAt(i) == '.' || s.charAt(i) == ':' || s.charAt(i) == '@')) {
                i++;
            }
            return i == hostStart ? start : urlRest(i, start);
        }

        /** Length of the {@code http://}, {@code https://} or {@code ftp://} at {@code start}. */
        private int schemeLength(int start) {
            char first = s.charAt(start);
            if (first == 'h' || first == 'H') {
                return startsWithIgnoreCase(start, "https://") ? 8
                        : startsWithIgnoreCase(start, "http://") ? 7 : 0;
            }
            return (first == 'f' || first == 'F') && startsWithIgnoreCase(start, "ftp://") ? 6 : 0;
        }

        /** End of a host with a known top-level domain ({@code example.com}), or {@code start}. */
        private int bareDomain(int start) {
            int i = hostEnd(start);
            domainBarrier = Math.max(domainBarrier, i);
            int lastDot = lastDot(start, i);
            if (lastDot < 0 || (i < n && (s.charAt(i) == '@'))) {
                return start;
            }
            String tld = s.substring(lastDot + 1, i).toLowerCase(Locale.ROOT);
            return TOP_LEVEL_DOMAINS.contains(tld) ? i : start;
        }

        /** Extends a URL over its path, query and fragment, minus trailing punctuation. */
        private int urlRest(int from, int start) {
            int i = from;
            if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
                return trimUrl(start, i);
            }
            while (i < n) {
                int cp = Character.codePointAt(s, i);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '<'
                        || cp == '>' || cp == '"' || cp == '\u00AB' || cp == '\u00BB'
                        || cp == '\u060C' || cp == '\u061B' || cp == '\u061F'
                        || CharClasses.isBidiControl(cp) || CharClasses.isEmoji(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            return trimUrl(start, i);
        }

        private int trimUrl(int start, int end) {
            int e = end;
            while (e > start) {
                char c = s.charAt(e - 1);
                if (".,;:!?'\"]}".indexOf(c) >= 0 || c == '\u2019') {
                    e--;
                } else if (c == ')' && !hasOpenParen(start, e - 1)) {
                    e--;
                } else {
                    break;
                }
            }
            return e;
        }

        private boolean hasOpenParen(int start, int end) {
            int depth = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
            }
            return depth > 0;
        }

        /** End of an e-mail address starting at {@code start}, or {@code start}. */
        private int email(int start) {
            if (start < emailBarrier) {
                return start;
            }
            int i = start;
            while (i < n && isLocalPartChar(s.charAt(i))) {
                i++;
            }
            if (i == n || s.charAt(i) != '@' || s.charAt(i - 1) == '.') {
                emailBarrier = Math.max(emailBarrier, i);
                return start;
            }
            int j = hostEnd(i + 1);
            int lastDot = lastDot(i + 1, j);
            if (lastDot < 0 || j - lastDot < 3) {
                emailBarrier = Math.max(emailBarrier, i);
                return start;
            }
            return j;
        }

        /**
         * End of the host name starting at {@code start}: ASCII letters, digits and hyphens, in
         * labels joined by single dots.
         */
        private int hostEnd(int start) {
            int i = start;
            while (i < n) {
                char c = s.charAt(i);
                if (isAsciiAlnum(c) || c == '-' || c == '.' && i > start && i + 1 < n
                        && isAsciiAlnum(s.charAt(i + 1)) && s.charAt(i - 1) != '.') {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        /** The offset of the last dot of the host {@code [start, end)}, or -1 for one label. */
        private int lastDot(int start, int end) {
            int dot = s.lastIndexOf('.', end - 1);
            return dot >= start ? dot : -1;
        }

        /** End of a hashtag or mention name starting at {@code from} (after # or @). */
        private int handle(int from, boolean mention) {
            int i = from;
            while (i < n) {
                int cp = Character.codePointAt(s, i);
                boolean part = mention
                        ? isAsciiAlnum(cp) || cp == '_' || cp == '.' && i > from && i + 1 < n
                                && isAsciiAlnum(s.charAt(i + 1)) || ArabicLetters.isArabicLetter(cp)
                        : Character.isLetterOrDigit(cp) || cp == '_' || cp == ArabicLetters.TATWEEL
                                || ArabicMarks.isDiacritic(cp) || CharClasses.isCombiningMark(cp)
                                || cp == CharClasses.ZWNJ && i > from;
                if (!part) {
                    break;
                }
                i += Character.charCount(cp);
            }
            return i;
        }

        private int emoji(int start) {
            int cp = Character.codePointAt(s, start);
            int i = start + Character.charCount(cp);
            if (isRegionalIndicator(cp) && i < n && isRegionalIndicator(Character.codePointAt(s, i))) {
                return i + 2;
            }
            while (i < n) {
                int next = Character.codePointAt(s, i);
                if (CharClasses.isEmojiModifier(next)) {
                    i += Character.charCount(next);
                } else if (next == CharClasses.ZWJ && i + 1 < n
                        && CharClasses.isEmoji(Character.codePointAt(s, i + 1))) {
                    i += 1 + Character.charCount(Character.codePointAt(s, i + 1));
                } else {
                    break;
                }
            }
            return i;
        }

        private boolean startsWithIgnoreCase(int start, String prefix) {
            return s.regionMatches(true, start, prefix, 0, prefix.length());
        }
    }

    /** Whether {@code cp} separates tokens and belongs to none. */
    static boolean isGap(int cp) {
        if (cp >= 0x0621 && cp <= 0x06FF) {
            return false;
        }
        if (cp < 0x80) {
            return cp <= ' ' || cp == 0x7F;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || CharClasses.isBidiControl(cp) || CharClasses.isZeroWidth(cp)
                || Character.getType(cp) == Character.CONTROL;
    }

    private static boolean isSign(int cp) {
        return cp == '-' || cp == '+' || cp == MINUS;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ARABIC_DECIMAL || c == ARABIC_THOUSANDS;
    }

    private static boolean isAsciiAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLocalPartChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && !ArabicLetters.isArabicLetter(cp);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static boolean isSymbol(int cp) {
        switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
