package org.qalam.core.registry;

import static java.util.Objects.requireNonNull;

/**
 * A provider the registry could not accept: a services entry naming a missing class, a
 * constructor that threw, a provider built against another SPI version, a duplicate name.
 *
 * @param origin the jar or folder the provider came from, or {@code "unknown"}
 * @param provider the provider's class name (or its name, for duplicates)
 * @param reason a one-line explanation for people
 */
public record LoadFailure(String origin, String provider, String reason) {

    /** Rejects null parts. */
    public LoadFailure {
        requireNonNull(origin, "origin");
        requireNonNull(provider, "provider");
        requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return provider + " (" + origin + "): " + reason;
    }
}
