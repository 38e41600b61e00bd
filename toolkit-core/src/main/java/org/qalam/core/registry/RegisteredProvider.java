package org.qalam.core.registry;

import static java.util.Objects.requireNonNull;

import org.qalam.core.spi.ExtractorProvider;

/**
 * A provider the registry accepted, with where it came from: a jar path, a class folder, or
 * {@code "explicit"} for providers handed to {@link ExtractorRegistry#of}.
 */
public record RegisteredProvider(ExtractorProvider provider, String origin) {

    /** Rejects null parts. */
    public RegisteredProvider {
        requireNonNull(provider, "provider");
        requireNonNull(origin, "origin");
    }

    /** The provider's name. */
    public String name() {
        return provider.name();
    }
}
