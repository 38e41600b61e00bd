package org.qalam.core.pipeline;

import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorProvider;

/** A provider's name together with the extractor it created, as the pipeline runs it. */
record Step(String name, ExtractorProvider provider, Extractor extractor) {
}
