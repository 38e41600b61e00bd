package org.qalam.arabic.orthography;

import java.util.List;

/**
 * The inflectional endings written after a dictionary entry: the duals تين تان ان, the plurals ات
 * ون ين, the feminine ة, the accusative alef and the nisba ي.
 *
 * <p>Why one list: the clitic segmenter and the fused-word splitter both ask whether a form is an
 * entry plus one of these endings (كبيرة, أوكارا), and two lists drift. Immutable.
 */
public final class Inflections {

    /** The endings, longest first. */
    public static final List<String> ENDINGS =
            List.of("تين", "تان", "ات", "ون", "ين", "ان", "ة", "ا", "ي");

    private Inflections() {
    }
}
