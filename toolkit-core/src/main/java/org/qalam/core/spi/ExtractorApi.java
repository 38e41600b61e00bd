package org.qalam.core.spi;

/**
 * The version of the extractor SPI. A provider returns {@link #VERSION} from
 * {@link ExtractorProvider#apiVersion()}; the constant is compiled into the provider, so the
 * registry can tell a plugin built against another SPI version and refuse it with a clear message.
 */
public final class ExtractorApi {

    /** The SPI version this toolkit implements. */
    public static final int VERSION = 2;

    private ExtractorApi() {
    }
}
