package org.qalam.cli.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qalam.cli.testing.FindingProvider;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;

/**
 * A test extractor that sleeps {@code N} ms on a document containing {@code sleep:N}, and spins,
 * deaf to interrupts, on one containing {@code spin} until {@link #release()}: busy workers for
 * the queue, time-limit and shutdown tests.
 */
public final class SlowProvider extends FindingProvider {

    private static final Pattern SLEEP = Pattern.compile("sleep:(\\d+)");
    private static volatile boolean spinning = true;

    /** The step {@code slow}. */
    public SlowProvider() {
        super("slow");
    }

    /** Lets every spinning step end. */
    static void release() {
        spinning = false;
    }

    @Override
    protected List<Mention> find(Document document) {
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
}
