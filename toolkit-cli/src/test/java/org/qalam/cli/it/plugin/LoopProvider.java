package org.qalam.cli.it.plugin;

import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * A plugin that spins forever, deaf to interrupts, on every document containing "loop" and
 * finds nothing in the others; packed into a jar by {@code StepTimeoutIT} to show that
 * {@code --step-timeout} keeps the run going.
 */
public final class LoopProvider implements ExtractorProvider {

    /** Read by the loop so that the JIT cannot prove it endless and drop it. */
    private static volatile boolean forever = true;

    @Override
    public String name() {
        return "loop";
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new Extractor() {
            @Override
            public List<Mention> extract(Document document, ExtractionContext context) {
                while (document.text().contains("loop") && forever) {
                    Thread.onSpinWait();
                }
                return List.of();
            }
        };
    }
}
