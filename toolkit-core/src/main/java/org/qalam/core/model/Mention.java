package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Something an extractor found: a typed span of the original text with a normalized {@code value}
 * ({@code "12000"} for {@code 12 ألف}, {@code "2020-01-15"} for a date, the clean name of an
 * entity), string attributes, the name of the extractor that produced it, and an optional
 * confidence in {@code [0, 1]}.
 *
 * <p>Build one with {@link #builder(Document, String, int, int)}, which takes the surface text from
 * the document so that {@code text} always equals {@code original.substring(start, end)}.
 */
public record Mention(
        String type,
        Span span,
        String text,
        String value,
        Map<String, String> attributes,
        String source,
        OptionalDouble confidence) implements Annotation {

    /** Checks every part; attributes are copied into a sorted, unmodifiable map. */
    public Mention {
        requireNonNull(type, "type");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(value, "value");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (type.isBlank()) {
            throw new IllegalArgumentException("a mention needs a type");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException(
                    "mention text '" + text + "' does not fit span " + span);
        }
        if (confidence.isPresent()
                && !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        attributes = Map.copyOf(attributes);
    }

    /** The attributes in key order, as output formats print them. */
    public Map<String, String> sortedAttributes() {
        return new TreeMap<>(attributes);
    }

    /** This mention credited to {@code newSource}. */
    public Mention withSource(String newSource) {
        return new Mention(type, span, text, value, attributes, newSource, confidence);
    }

    /** Starts a mention of {@code type} over {@code [start, end)} of the document's text. */
    public static Builder builder(Document document, String type, int start, int end) {
        Span span = Span.of(start, end);
        return new Builder(type, span, span.coveredText(document.text()));
    }

    /** Assembles a {@link Mention}; the value defaults to the surface text. */
    public static final class Builder {
        private final String type;
        private final Span span;
        private final String text;
        private String value;
        private final Map<String, String> attributes = new TreeMap<>();
        private String source = "";
        private OptionalDouble confidence = OptionalDouble.empty();

        private Builder(String type, Span span, String text) {
            this.type = type;
            this.span = span;
            this.text = text;
            this.value = text;
        }

        /** The normalized value, always a string. */
        public Builder value(String newValue) {
            this.value = requireNonNull(newValue, "value");
            return this;
        }

        /** Adds one attribute. */
        public Builder attribute(String key, String attributeValue) {
            attributes.put(requireNonNull(key, "key"), requireNonNull(attributeValue, "value"));
            return this;
        }

        /** The extractor credited; the pipeline sets it to the provider's name anyway. */
        public Builder source(String newSource) {
            this.source = requireNonNull(newSource, "source");
            return this;
        }

        /** A confidence in {@code [0, 1]}. */
        public Builder confidence(double newConfidence) {
            this.confidence = OptionalDouble.of(newConfidence);
            return this;
        }

        /** The mention. */
        public Mention build() {
            return new Mention(type, span, text, value, attributes, source, confidence);
        }
    }
}
