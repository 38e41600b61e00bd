package org.qalam.extractors.entities;

import java.util.List;

/**
 * The tag set of the sequence tagger: {@code O}, then {@code B-} and {@code I-} for each corpus
 * type (PERS, LOC, ORG, MISC), and which tag may follow which.
 *
 * <p>MISC is learned so that the tagger does not push other names into the three scored types,
 * but a MISC entity becomes no mention.
 */
final class Bio {

    /** The corpus types, in tag order; {@code null} where the product has no mention type. */
    static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    private static final EntityType[] PRODUCT_TYPES =
            {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, null};

    /** The outside tag. */
    static final int O = 0;
    /** The number of tags. */
    static final int COUNT = 1 + 2 * TYPES.size();

    private Bio() {
    }

    /** The begin tag of type number {@code type}. */
    static int begin(int type) {
        return 1 + 2 * type;
    }

    /** The inside tag of type number {@code type}. */
    static int inside(int type) {
        return 2 + 2 * type;
    }

    /** Whether {@code tag} begins an entity. */
    static boolean isBegin(int tag) {
        return tag != O && tag % 2 == 1;
    }

    /** The type number of a tag other than {@code O}. */
    static int type(int tag) {
        return (tag - 1) / 2;
    }

    /** The mention type of type number {@code type}, or null (MISC). */
    static EntityType productType(int type) {
        return PRODUCT_TYPES[type];
    }

    /** The type number of mention type {@code type}. */
    static int typeNumber(EntityType type) {
        for (int t = 0; t < PRODUCT_TYPES.length; t++) {
            if (PRODUCT_TYPES[t] == type) {
                return t;
            }
        }
        throw new IllegalArgumentException("no tag type for " + type);
    }

    /** The tag written {@code text} (B-PERS, I-LOC, O), or -1 if it is none of the tag set. */
    static int parse(String text) {
        if (text.equals("O")) {
            return O;
        }
        if (text.length() < 3 || text.charAt(1) != '-') {
            return -1;
        }
        int type = TYPES.indexOf(text.substring(2));
        if (type < 0) {
            return -1;
        }
        return switch (text.charAt(0)) {
            case 'B' -> begin(type);
            case 'I' -> inside(type);
            default -> -1;
        };
    }

    /** The tag as the corpus writes it. */
    static String name(int tag) {
        return tag == O ? "O" : (isBegin(tag) ? "B-" : "I-") + TYPES.get(type(tag));
    }

    /** Whether {@code tag} may follow {@code previous} ({@code -1}: the sequence start). */
    static boolean allowed(int previous, int tag) {
        if (tag == O || isBegin(tag)) {
            return true;
        }
        return previous > O && type(previous) == type(tag);
    }
}
