package org.qalam.cli.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * A test extractor that sleeps {@code N} ms on a document containing {@code sleep:N}, and spins,
 * deaf to interrupts, on one containing {@code spin} until {@link #release()}: busy workers for
 * the queue, time-limit and shutdown tests.
 */
public final class SlowProvider implements ExtractorProvider {

    private static final Pattern SLEEP = Pattern.compile("sleep:(\\d+)");
    private static volatile boolean spinning = true;

    /** Lets every spinning step end. */
    static void release() {
        spinning = false;
    }

    @Override
    public String name() {
        return "slow";
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
                Matcher sleep = SLEEP.matcher(document.text());
                if (sleep.find()) {
                    try {
                        Thread.sleep(Long.parseLong(sleep.group(1)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                while (document.text().contains("spin") && spinning) {
                    Thread.onSpinWait();
                }
                return List.of();
            }
        };
    }
}
