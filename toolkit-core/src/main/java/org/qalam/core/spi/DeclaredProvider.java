package org.qalam.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A base for providers whose declaration is fixed: name, description, what the step requires,
 * writes and emits, given once to the constructor. A subclass still implements
 * {@link #apiVersion()} (returning {@link ExtractorApi#VERSION}, so the constant is compiled into
 * it), {@link #create} and, if it takes any, {@link #configKeys()}.
 *
 * <p>Why: a provider is a declaration plus a factory; this keeps the declaration to one
 * constructor call instead of five overridden methods per provider.
 */
public abstract class DeclaredProvider implements ExtractorProvider {

    private final String name;
    private final String description;
    private final Set<String> requires;
    private final Set<String> writes;
    private final Set<String> emits;

    /**
     * A provider called {@code name} that reads {@code requires}, writes the layers
     * {@code writes} and emits the mention types {@code emits}.
     */
    protected DeclaredProvider(String name, String description, Set<String> requires,
                               Set<String> writes, Set<String> emits) {
        this.name = requireNonNull(name, "name");
        this.description = requireNonNull(description, "description");
        this.requires = Set.copyOf(requires);
        this.writes = Set.copyOf(writes);
        this.emits = Set.copyOf(emits);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Set<String> requires() {
        return requires;
    }

    @Override
    public final Set<String> writes() {
        return writes;
    }

    @Override
    public final Set<String> emits() {
        return emits;
    }
}
