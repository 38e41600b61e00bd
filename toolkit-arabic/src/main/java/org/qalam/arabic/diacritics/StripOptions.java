package org.qalam.arabic.diacritics;

/**
 * Which diacritics survive stripping: by default none; optionally shadda, which carries lexical
 * information (عَلَّمَ vs عَلِمَ), and tanween on a word's last letter, which marks indefiniteness
 * and the adverbial accusative (شكرًا).
 *
 * @param keepShadda keep U+0651 SHADDA
 * @param keepFinalTanween keep tanween (U+064B–U+064D) on the last letter of a word, including
 *     the fathatan written on or before a final alef or alef maqsura (كتابًا, كتاباً)
 */
public record StripOptions(boolean keepShadda, boolean keepFinalTanween) {

    /** Strip every diacritic. */
    public static final StripOptions ALL = new StripOptions(false, false);

    /** These options, keeping shadda or not. */
    public StripOptions withKeepShadda(boolean keep) {
        return new StripOptions(keep, keepFinalTanween);
    }

    /** These options, keeping final tanween or not. */
    public StripOptions withKeepFinalTanween(boolean keep) {
        return new StripOptions(keepShadda, keep);
    }

    /** Whether every diacritic is stripped. */
    public boolean stripsAll() {
        return !keepShadda && !keepFinalTanween;
    }
}
