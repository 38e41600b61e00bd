package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

/**
 * The name and element type of a document layer, for type-safe access:
 * {@code document.select(Layers.TOKENS)} returns {@code List<Token>}.
 *
 * @param name lower-case layer name, as written in {@code requires()} and {@code produces()}
 * @param type the annotation type the layer holds
 */
public record LayerKey<T extends Annotation>(String name, Class<T> type) {

    /** Checks the name: lower-case letters, digits, '-' and '.'. */
    public LayerKey {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        if (!name.matches("[a-z][a-z0-9.-]*")) {
            throw new IllegalArgumentException("invalid layer name '" + name + "'");
        }
    }

    /** A key for layer {@code name} holding {@code type}. */
    public static <T extends Annotation> LayerKey<T> of(String name, Class<T> type) {
        return new LayerKey<>(name, type);
    }
}
