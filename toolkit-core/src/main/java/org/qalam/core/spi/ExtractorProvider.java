package org.qalam.core.spi;

import java.util.Map;
import java.util.Set;

/**
 * The service a plugin implements and lists in
 * {@code META-INF/services/org.qalam.core.spi.ExtractorProvider}; the registry finds it with
 * {@link java.util.ServiceLoader}.
 *
 * <p>A provider describes one pipeline step: its name, what it reads ({@link #requires()}: layers
 * such as {@code words} and mention types such as {@code number}), the layers it writes and the
 * mention types it emits, and the configuration keys it accepts. It creates the
 * {@link Extractor} that does the work. It needs a public no-argument constructor that does no
 * heavy work: load resources in {@link #create}.
 */
public interface ExtractorProvider {

    /** Unique lower-case identifier, such as {@code numbers}; used by {@code --extractors}. */
    String name();

    /** Must return {@link ExtractorApi#VERSION}, so that the value is compiled into the plugin. */
    int apiVersion();

    /** One line for {@code qalam extractors}. */
    default String description() {
        return "";
    }

    /** The provider's own version: by default its jar's {@code Implementation-Version}. */
    default String version() {
        String version = getClass().getPackage().getImplementationVersion();
        return version == null ? "unversioned" : version;
    }

    /**
     * What this step reads: layer names ({@code tokens}, {@code words}) and mention types of other
     * steps ({@code number}). The pipeline runs the steps that write or emit them first, and skips
     * this step on a document where one of them failed.
     */
    default Set<String> requires() {
        return Set.of();
    }

    /** Layers this step adds to the document ({@code tokens}, {@code words}); nothing else. */
    default Set<String> writes() {
        return Set.of();
    }

    /** Mention types this step emits ({@code number}, {@code person}); no others. */
    default Set<String> emits() {
        return Set.of();
    }

    /**
     * Configuration keys {@link #create} accepts, each with a one-line description for
     * {@code qalam extractors}; the pipeline rejects any other key before {@code create} runs.
     */
    default Map<String, String> configKeys() {
        return Map.of();
    }

    /**
     * Builds the extractor; may load resources. The keys are already checked; a bad value throws
     * {@link IllegalArgumentException} with a message naming the key, which the pipeline reports
     * as a {@code PipelineException}.
     */
    Extractor create(ExtractorConfig config);
}
