package org.qalam.cli.it.plugin;

import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * A plugin that takes the name of the bundled {@code numbers} extractor; packed into a jar by
 * {@code PluginLoadFailuresIT}, where the registry must refuse it and say so.
 */
public final class NumbersAgainProvider implements ExtractorProvider {

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new Extractor() {
        };
    }
}
