package org.qalam.bench.tools;

import java.util.stream.Collectors;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;

/**
 * Prints the names of the extractor providers on the class path, comma-separated, in discovery
 * order: the values {@code run.sh} gives {@code StepsBenchmark}'s {@code step} parameter.
 *
 * <p>Why: which steps exist depends on which modules are built; the suite measures those.
 */
public final class Steps {

    private Steps() {
    }

    /** Prints e.g. {@code tokens,sentences,words,numbers,dates,entities}. */
    public static void main(String[] args) {
        System.out.println(ExtractorRegistry.load(Steps.class.getClassLoader()).providers().stream()
                .map(RegisteredProvider::name)
                .collect(Collectors.joining(",")));
    }
}
