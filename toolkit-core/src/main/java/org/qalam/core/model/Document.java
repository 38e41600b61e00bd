package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable text with named layers of stand-off annotations.
 *
 * <p>The original text is never changed: every annotation points into it with a {@link Span} of
 * UTF-16 indices, and {@code document.text(annotation)} is always
 * {@code text().substring(start, end)}. Adding a layer returns a new document, so documents are
 * safe to share between threads.
 *
 * <p>Queries follow uimaFIT's vocabulary: {@link #select}, {@link #selectCovered},
 * {@link #selectCovering}.
 */
public final class Document {

    private static final Comparator<Annotation> BY_SPAN = Comparator.comparing(Annotation::span);

    private final String id;
    private final String text;
    private final Map<String, String> metadata;
    private final Map<String, Layer<?>> layers;

    private Document(String id, String text, Map<String, String> metadata,
                     Map<String, Layer<?>> layers) {
        this.id = id;
        this.text = text;
        this.metadata = metadata;
        this.layers = layers;
    }

    /** A document over {@code text} with id {@code "doc-1"} and no layers. */
    public static Document of(String text) {
        return of("doc-1", text);
    }

    /** A document over {@code text} with the given id and no layers. */
    public static Document of(String id, String text) {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        return new Document(id, text, Map.of(), Map.of());
    }

    /** The document's identifier (file name and line, or a caller's choice). */
    public String id() {
        return id;
    }

    /** The original text, exactly as given. */
    public String text() {
        return text;
    }

    /** The chars of the original text under {@code annotation}. */
    public String text(Annotation annotation) {
        return annotation.span().coveredText(text);
    }

    /** Free-form metadata (source file, line number). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** This document with one more metadata entry. */
    public Document withMetadata(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(metadata);
        copy.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
        return new Document(id, text, Collections.unmodifiableMap(copy), layers);
    }

    /** Names of the layers present, in the order they were added. */
    public Set<String> layerNames() {
        return layers.keySet();
    }

    /** Whether a layer of that name is present (it may be empty). */
    public boolean hasLayer(String name) {
        return layers.containsKey(name);
    }

    /**
     * Names of the layers this document holds that {@code earlier} did not hold, or held with
     * other contents: what a pipeline step wrote. Compares layer identity, so it costs nothing.
     */
    public Set<String> layersChangedSince(Document earlier) {
        requireNonNull(earlier, "earlier");
        if (earlier.layers == layers) {
            return Set.of();
        }
        Set<String> changed = new LinkedHashSet<>();
        for (Map.Entry<String, Layer<?>> layer : layers.entrySet()) {
            if (earlier.layers.get(layer.getKey()) != layer.getValue()) {
                changed.add(layer.getKey());
            }
        }
        return changed;
    }

    /**
     * This document with layer {@code key} set to {@code annotations}, replacing any layer of the
     * same name. Annotations are sorted by span (a stable sort, run only when they come out of
     * order, which steps that write in reading order never do); each must lie inside the text,
     * and a mention's text must equal the text it covers.
     */
    public <T extends Annotation> Document withLayer(LayerKey<T> key, List<? extends T> annotations) {
        requireNonNull(key, "key");
        List<T> sorted = new ArrayList<>(annotations.size());
        Span previous = null;
        boolean inOrder = true;
        for (T annotation : annotations) {
            Span span = checkInside(key, requireNonNull(annotation, "annotation")).span();
            inOrder &= previous == null || previous.compareTo(span) <= 0;
            previous = span;
            sorted.add(annotation);
        }
        if (!inOrder) {
            sorted.sort(BY_SPAN);
        }
        Map<String, Layer<?>> copy = new LinkedHashMap<>(layers);
        copy.put(key.name(), new Layer<>(key, List.copyOf(sorted)));
        return new Document(id, text, metadata, Collections.unmodifiableMap(copy));
    }

    /** This document with {@code mentions} added to those already in the mentions layer. */
    public Document withMentions(List<Mention> mentions) {
        if (mentions.isEmpty() && hasLayer(Layers.MENTIONS.name())) {
            return this;
        }
        List<Mention> all = new ArrayList<>(select(Layers.MENTIONS));
        all.addAll(mentions);
        return withLayer(Layers.MENTIONS, all);
    }

    /** Every annotation of the layer in span order, or an empty list if the layer is absent. */
    public <T extends Annotation> List<T> select(LayerKey<T> key) {
        Layer<?> layer = layers.get(key.name());
        if (layer == null) {
            return List.of();
        }
        return layer.as(key).annotations();
    }

    /** The layer's annotations, if the layer is present. */
    public <T extends Annotation> Optional<List<T>> layer(LayerKey<T> key) {
        return hasLayer(key.name()) ? Optional.of(select(key)) : Optional.empty();
    }

    /**
     * Annotations of the layer that start at or after {@code offset}, in span order: the token
     * after a mention is {@code selectFollowing(Layers.TOKENS, mention.end())}, first element.
     */
    public <T extends Annotation> List<T> selectFollowing(LayerKey<T> key, int offset) {
        List<T> all = select(key);
        return all.subList(firstStartingAtOrAfter(all, offset), all.size());
    }

    /**
     * Annotations of the layer that lie inside {@code span} (boundaries included): a binary
     * search to the first that starts in it, then a walk to the last that does.
     */
    public <T extends Annotation> List<T> selectCovered(LayerKey<T> key, Span span) {
        List<T> sorted = select(key);
        List<T> covered = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(sorted, span.start()); i < sorted.size(); i++) {
            T annotation = sorted.get(i);
            if (annotation.start() > span.end()) {
                break;
            }
            if (annotation.end() <= span.end()) {
                covered.add(annotation);
            }
        }
        return covered;
    }

    /** Annotations of the layer that lie inside {@code annotation}'s span. */
    public <T extends Annotation> List<T> selectCovered(LayerKey<T> key, Annotation annotation) {
        return selectCovered(key, annotation.span());
    }

    /** Annotations of the layer whose span contains {@code span}. */
    public <T extends Annotation> List<T> selectCovering(LayerKey<T> key, Span span) {
        return startingUpTo(select(key), span.start(),
                annotation -> annotation.span().contains(span));
    }

    /** Annotations of the layer whose span contains {@code annotation}'s span. */
    public <T extends Annotation> List<T> selectCovering(LayerKey<T> key, Annotation annotation) {
        return selectCovering(key, annotation.span());
    }

    /** The {@code sorted} annotations that start at or before {@code last} and {@code keep} accepts. */
    private static <T extends Annotation> List<T> startingUpTo(List<T> sorted, int last,
                                                               Predicate<T> keep) {
        List<T> kept = new ArrayList<>();
        for (T annotation : sorted) {
            if (annotation.start() > last) {
                break;
            }
            if (keep.test(annotation)) {
                kept.add(annotation);
            }
        }
        return kept;
    }

    private static int firstStartingAtOrAfter(List<? extends Annotation> sorted, int offset) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private <T extends Annotation> T checkInside(LayerKey<T> key, T annotation) {
        if (!key.type().isInstance(annotation)) {
            throw new IllegalArgumentException("layer '" + key.name() + "' holds "
                    + key.type().getSimpleName() + ", not " + annotation.getClass().getName());
        }
        Span span = annotation.span();
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("annotation " + annotation + " of layer '"
                    + key.name() + "' ends after the text (length " + text.length() + ")");
        }
        if (annotation instanceof Mention mention && !text.regionMatches(
                span.start(), mention.text(), 0, span.length())) {
            throw new IllegalArgumentException("mention text '" + mention.text()
                    + "' differs from the text at " + span);
        }
        if (annotation instanceof Token token && !text.regionMatches(
                span.start(), token.text(), 0, span.length())) {
            throw new IllegalArgumentException("token text '" + token.text()
                    + "' differs from the text at " + span);
        }
        return annotation;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, layers " + layers.keySet() + "]";
    }

    /** One named, sorted, immutable list of annotations. */
    private record Layer<T extends Annotation>(LayerKey<T> key, List<T> annotations) {

        @SuppressWarnings("unchecked")
        <U extends Annotation> Layer<U> as(LayerKey<U> wanted) {
            if (!wanted.type().isAssignableFrom(key.type())) {
                throw new IllegalArgumentException("layer '" + key.name() + "' holds "
                        + key.type().getSimpleName() + ", not " + wanted.type().getSimpleName());
            }
            return (Layer<U>) this;
        }
    }
}
