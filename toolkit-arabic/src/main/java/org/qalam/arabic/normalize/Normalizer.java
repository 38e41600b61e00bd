package org.qalam.arabic.normalize;

import static java.util.Objects.requireNonNull;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_MADDA;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_MAKSURA;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_WASLA;
import static org.qalam.arabic.orthography.ArabicLetters.FARSI_YEH;
import static org.qalam.arabic.orthography.ArabicLetters.HEH;
import static org.qalam.arabic.orthography.ArabicLetters.KAF;
import static org.qalam.arabic.orthography.ArabicLetters.KEHEH;
import static org.qalam.arabic.orthography.ArabicLetters.TEH_MARBUTA;
import static org.qalam.arabic.orthography.ArabicLetters.WAW;
import static org.qalam.arabic.orthography.ArabicLetters.WAW_HAMZA;
import static org.qalam.arabic.orthography.ArabicLetters.YEH;
import static org.qalam.arabic.orthography.ArabicLetters.YEH_HAMZA;
import static org.qalam.arabic.orthography.ArabicMarks.HAMZA_ABOVE;

import java.util.Optional;
import org.qalam.arabic.diacritics.Diacritics;
import org.qalam.arabic.diacritics.StripOptions;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.CharClasses;

/**
 * Normalizes Arabic text according to a {@link NormalizationProfile}, optionally stripping
 * diacritics, either to a plain string (fast path) or to a {@link NormalizedText} that maps every
 * output char back to the original offsets.
 *
 * <p>Why a class and not a static method: the profile and the diacritics policy are chosen once
 * and the instance is shared; it is immutable and thread-safe. The inner loop is a single pass
 * over chars with a switch, no regular expressions and no per-char allocation.
 */
public final class Normalizer {

    private static final char DECIMAL_SEPARATOR = '\u066B';
    private static final char THOUSANDS_SEPARATOR = '\u066C';
    private static final char PERCENT = '\u066A';

    private static final int DROP = -1;
    private static final int FB_START = 0xFB50;
    private static final int FE_START = 0xFE70;
    private static final String[] FB_FORMS = compatibilityForms(FB_START, 0xFDFF);
    private static final String[] FE_FORMS = compatibilityForms(FE_START, 0xFEFE);

    private final NormalizationProfile profile;
    private final StripOptions strip;
    private final boolean search;

    private Normalizer(NormalizationProfile profile, StripOptions strip) {
        this.profile = profile;
        this.strip = strip;
        this.search = profile == NormalizationProfile.SEARCH;
    }

    /**
     * The normalizer of {@code profile} with its default diacritics policy: {@code SEARCH} strips
     * every diacritic, {@code DISPLAY} keeps them.
     */
    public static Normalizer of(NormalizationProfile profile) {
        requireNonNull(profile, "profile");
        return new Normalizer(profile,
                profile == NormalizationProfile.SEARCH ? StripOptions.ALL : null);
    }

    /** The search normalizer: see {@link NormalizationProfile#SEARCH}. */
    public static Normalizer search() {
        return of(NormalizationProfile.SEARCH);
    }

    /** The display normalizer: see {@link NormalizationProfile#DISPLAY}. */
    public static Normalizer display() {
        return of(NormalizationProfile.DISPLAY);
    }

    /** This normalizer, also stripping the diacritics that {@code options} do not keep. */
    public Normalizer stripDiacritics(StripOptions options) {
        return new Normalizer(profile, requireNonNull(options, "options"));
    }

    /** This normalizer, keeping every diacritic. */
    public Normalizer keepDiacritics() {
        return new Normalizer(profile, null);
    }

    /** The profile. */
    public NormalizationProfile profile() {
        return profile;
    }

    /** How diacritics are stripped, or empty when they are kept. */
    public Optional<StripOptions> diacritics() {
        return Optional.ofNullable(strip);
    }

    /** The normalized text. */
    public String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        appendNormalized(text, 0, text.length(), out);
        return out.toString();
    }

    /**
     * Appends the normalization of {@code text[start, end)} to {@code out}; lets a caller reuse
     * one builder for many tokens.
     */
    public void appendNormalized(CharSequence text, int start, int end, StringBuilder out) {
        int from = out.length();
        run(text, start, end, out, null);
        if (!search) {
            composeNfc(out, from, null);
        }
    }

    /**
     * Whether normalizing {@code text[start, end)} would leave it unchanged; a cheap check that
     * lets callers reuse the original string. May answer false for a text that happens to come
     * out the same (a display run that is already NFC but contains combining marks).
     */
    public boolean isNormalized(CharSequence text, int start, int end) {
        boolean checkNfc = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x0600) {
                if (c == 0x00AD || search && lowerCase(c) != c) {
                    return false;
                }
                checkNfc |= c >= 0x0300;
            } else if (search && c >= 0x0621 && c <= 0x064A) {
                if (c == ArabicLetters.TATWEEL || fold(c) != c) {
                    return false;
                }
            } else if (c == ArabicLetters.TATWEEL || CharClasses.isBidiControl(c)
                    || CharClasses.isZeroWidth(c)
                    || ArabicMarks.isDiacritic(c) && (strip != null || !search)) {
                return false;
            } else if (search && (c == HAMZA_ABOVE || fold(c) != c || CharClasses.isPresentationForm(c))) {
                return false;
            } else {
                checkNfc |= c > 0x06FF;
            }
        }
        return search || !checkNfc || java.text.Normalizer.isNormalized(
                text.subSequence(start, end), java.text.Normalizer.Form.NFC);
    }

    /** The normalized text with its map back to original offsets. */
    public NormalizedText normalizeWithOffsets(CharSequence text) {
        String original = text.toString();
        StringBuilder out = new StringBuilder(original.length());
        OffsetBuilder offsets = new OffsetBuilder(original.length());
        run(original, 0, original.length(), out, offsets);
        if (!search) {
            composeNfc(out, 0, offsets);
        }
        return new NormalizedText(original, out.toString(), offsets.starts(), offsets.ends());
    }

    private void run(CharSequence src, int start, int end, StringBuilder out, OffsetBuilder rec) {
        int i = start;
        while (i < end) {
            char c = src.charAt(i);
            if (c < 0x0600) {
                if (c == 0x00AD) {
                    i++;
                    continue;
                }
                emit(search ? lowerCase(c) : c, i, i + 1, out, rec);
                i++;
                continue;
            }
            if (ArabicMarks.isDiacritic(c)) {
                if (strip != null && !Diacritics.keeps(src, i, strip)) {
                    absorb(i, rec);
                } else {
                    emit(c, i, i + 1, out, rec);
                }
                i++;
                continue;
            }
            if (c == ArabicLetters.TATWEEL) {
                absorb(i, rec);
                i++;
                continue;
            }
            if (CharClasses.isBidiControl(c) || CharClasses.isZeroWidth(c)) {
                if (c == CharClasses.ZWJ && joinsEmoji(src, i, start, end)) {
                    emit(c, i, i + 1, out, rec);
                }
                i++;
                continue;
            }
            if (!search) {
                emit(c, i, i + 1, out, rec);
                i++;
                continue;
            }
            if ((c == WAW || c == YEH) && i + 1 < end && src.charAt(i + 1) == HAMZA_ABOVE) {
                emit(c == WAW ? WAW_HAMZA : YEH_HAMZA, i, i + 2, out, rec);
                i += 2;
                continue;
            }
            String expansion = CharClasses.isPresentationForm(c) ? compatibilityForm(c) : null;
            if (expansion != null) {
                for (int k = 0; k < expansion.length(); k++) {
                    int folded = foldExpanded(expansion.charAt(k));
                    if (folded != DROP) {
                        emit((char) folded, i, i + 1, out, rec);
                    }
                }
            } else {
                emit(fold(c), i, i + 1, out, rec);
            }
            i++;
        }
    }

    private static void emit(char c, int start, int end, StringBuilder out, OffsetBuilder rec) {
        out.append(c);
        if (rec != null) {
            rec.add(start, end);
        }
    }

    /** A dropped diacritic or tatweel belongs to the letter just before it. */
    private static void absorb(int at, OffsetBuilder rec) {
        if (rec != null) {
            rec.absorb(at, at + 1);
        }
    }

    /** The search folding of one char of the Arabic blocks and beyond. */
    private static char fold(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA, FARSI_YEH:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            case DECIMAL_SEPARATOR:
                return '.';
            case THOUSANDS_SEPARATOR:
                return ',';
            case PERCENT:
                return '%';
            default:
                if (CharClasses.isArabicIndicDigit(c) || CharClasses.isPersianDigit(c)) {
                    return CharClasses.asciiDigit(c);
                }
                return c;
        }
    }

    /** Folding of a char that came out of a presentation-form decomposition. */
    private int foldExpanded(char c) {
        if (ArabicMarks.isDiacritic(c)) {
            boolean keep = strip == null || (c == ArabicMarks.SHADDA && strip.keepShadda());
            return keep ? c : DROP;
        }
        if (c == ArabicLetters.TATWEEL) {
            return DROP;
        }
        return c < 0x0600 ? lowerCase(c) : fold(c);
    }

    private static char lowerCase(char c) {
        if (c <= 'Z') {
            return c >= 'A' ? (char) (c + ('a' - 'A')) : c;
        }
        return c < 0xC0 ? c : Character.toLowerCase(c);
    }

    /** Whether the ZWJ at {@code index} joins two parts of an emoji sequence. */
    private static boolean joinsEmoji(CharSequence src, int index, int start, int end) {
        if (index == start || index + 1 >= end) {
            return false;
        }
        int before = Character.codePointBefore(src, index);
        int after = Character.codePointAt(src, index + 1);
        return (CharClasses.isEmoji(before) || CharClasses.isEmojiModifier(before))
                && CharClasses.isEmoji(after);
    }

    private static String compatibilityForm(char c) {
        return c >= FE_START ? FE_FORMS[c - FE_START] : FB_FORMS[c - FB_START];
    }

    private static String[] compatibilityForms(int first, int last) {
        String[] forms = new String[last - first + 1];
        for (int c = first; c <= last; c++) {
            String single = String.valueOf((char) c);
            String nfkc = java.text.Normalizer.normalize(single, java.text.Normalizer.Form.NFKC);
            forms[c - first] = nfkc.equals(single) ? null : nfkc;
        }
        return forms;
    }

    /**
     * Rewrites {@code out[from..]} to NFC, one base char and its combining marks at a time, so
     * that each composed run maps to the span of the chars it came from (NFC expands a run by a
     * factor of three at most).
     */
    private static void composeNfc(StringBuilder out, int from, OffsetBuilder rec) {
        if (from == out.length()) {
            return;
        }
        String part = out.substring(from);
        if (java.text.Normalizer.isNormalized(part, java.text.Normalizer.Form.NFC)) {
            return;
        }
        StringBuilder composed = new StringBuilder(part.length());
        int[] starts = new int[part.length() * 3];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < part.length()) {
            int runStart = i;
            i += Character.charCount(part.codePointAt(i));
            while (i < part.length() && continuesRun(part.codePointAt(i))) {
                i += Character.charCount(part.codePointAt(i));
            }
            String run = part.substring(runStart, i);
            boolean same = java.text.Normalizer.isNormalized(run, java.text.Normalizer.Form.NFC);
            String nfc = same ? run : java.text.Normalizer.normalize(run,
                    java.text.Normalizer.Form.NFC);
            composed.append(nfc);
            if (rec != null) {
                for (int k = 0; k < nfc.length(); k++) {
                    int source = from + (same ? runStart + k : runStart);
                    int last = from + (same ? runStart + k : i - 1);
                    starts[count] = rec.start(source);
                    ends[count] = rec.end(last);
                    count++;
                }
            }
        }
        out.setLength(from);
        out.append(composed);
        if (rec != null) {
            rec.truncate(from);
            for (int k = 0; k < count; k++) {
                rec.add(starts[k], ends[k]);
            }
        }
    }

    private static boolean continuesRun(int c) {
        return CharClasses.isCombiningMark(c) || (c >= 0x1160 && c <= 0x11FF);
    }

    @Override
    public String toString() {
        return "Normalizer[" + profile + (strip == null ? ", keep diacritics" : ", strip " + strip)
                + "]";
    }
}
