package org.qalam.cli.format;

import java.util.function.IntFunction;

/**
 * Replaces the characters of a field one by one and copies the text only from the first one
 * replaced: the escaping of the terminal view, of TSV and of CoNLL-U fields.
 *
 * <p>Why one loop: most fields need no escape, so each format must get its text back unchanged
 * and without a copy; only which characters become what differs between formats.
 */
final class Escaping {

    private Escaping() {
    }

    /**
     * {@code text} with every code point for which {@code replacement} returns a string replaced
     * by it ({@code null} keeps the code point); {@code text} itself when nothing is replaced.
     */
    static String replace(String text, IntFunction<String> replacement) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String replaced = replacement.apply(c);
            if (replaced != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replaced != null) {
                    out.append(replaced);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }
}
