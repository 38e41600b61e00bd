package org.qalam.core.spi;

import java.util.Set;

/**
 * The service a plugin implements and lists in
 * {@code META-INF/services/org.qalam.core.spi.ExtractorProvider}; the registry finds it with
 * {@link java.util.ServiceLoader}.
 *
 * <p>A provider describes one pipeline step (its name, the layers it reads, what it produces) and
 * creates the {@link Extractor} that does the work. It needs a public no-argument constructor that
 * does no heavy work: load resources in {@link #create}.
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

    /** Names of the layers this step reads ({@code tokens}, {@code words}); checked at build time. */
    default Set<String> requires() {
        return Set.of();
    }

    /** Layers this step adds and mention types it produces ({@code tokens}, {@code number}). */
    Set<String> produces();

    /** Configuration keys {@link #create} accepts; any other key is rejected. */
    default Set<String> configKeys() {
        return Set.of();
    }

    /** Builds the extractor; may load resources. Throws {@link IllegalArgumentException} on bad config. */
    Extractor create(ExtractorConfig config);
}
