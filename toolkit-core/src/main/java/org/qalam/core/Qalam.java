package org.qalam.core;

import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

/**
 * Convenience entry point: {@code Qalam.defaultPipeline().analyze("...")}.
 *
 * <p>Discovers every extractor on the class path with {@link java.util.ServiceLoader}. Libraries
 * that want no discovery build a {@link Pipeline} from {@link ExtractorRegistry#of} instead.
 * Building a pipeline loads lexicons and gazetteers: build one and reuse it (it is thread-safe).
 */
public final class Qalam {

    private Qalam() {
    }

    /** A pipeline of every extractor found on this library's class path. */
    public static Pipeline defaultPipeline() {
        return Pipeline.builder(ExtractorRegistry.load(Qalam.class.getClassLoader()))
                .useAll()
                .build();
    }
}
