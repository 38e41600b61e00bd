package org.qalam.cli.it.plugin;

import org.qalam.cli.testing.FindingProvider;

/**
 * A plugin that takes the name of the bundled {@code numbers} extractor; packed into a jar by
 * {@code PluginLoadFailuresIT}, where the registry must refuse it and say so.
 */
public final class NumbersAgainProvider extends FindingProvider {

    /** A step that finds nothing, called {@code numbers}. */
    public NumbersAgainProvider() {
        super("numbers");
    }
}
