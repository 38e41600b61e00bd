package org.qalam.cli.format;

/**
 * Makes text safe and measurable for a terminal: control, format (bidi, zero-width) and line
 * separator characters become visible escapes such as {@code <U+200F>} (no input can move the
 * cursor or reorder a line), and widths count what a terminal draws: combining marks such as
 * Arabic diacritics take no column, East Asian wide characters and emoji take two.
 */
final class DisplayText {

    private DisplayText() {
    }

    /** {@code text} with every invisible or controlling character made visible. */
    static String visible(String text) {
        return Escaping.replace(text, DisplayText::replacement);
    }

    /** The escape of an invisible or controlling code point, or null for any other. */
    private static String replacement(int c) {
        if (c == ' ') {
            return null;
        }
        int type = Character.getType(c);
        boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || Character.isWhitespace(c);
        if (!hidden || c == 0x200D) {
            // ZERO WIDTH JOINER is kept so that emoji sequences still draw as one picture.
            return null;
        }
        return switch (c) {
            case '\n' -> "⏎";
            case '\t' -> "⇥";
            default -> String.format("<U+%04X>", c);
        };
    }

    /** Terminal columns taken by {@code text}, which must already be {@link #visible}. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT || c == 0x200D) {
                continue;
            }
            width += isWide(c) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** {@code text} followed by spaces up to {@code columns}. */
    static String pad(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }
}
