package org.qalam.cli.it.plugin;

import java.util.List;
import org.qalam.cli.testing.FindingProvider;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;

/**
 * A plugin that spins forever, deaf to interrupts, on every document containing "loop" and
 * finds nothing in the others; packed into a jar by {@code StepTimeoutIT} to show that
 * {@code --step-timeout} keeps the run going.
 */
public final class LoopProvider extends FindingProvider {

    /** Read by the loop so that the JIT cannot prove it endless and drop it. */
    private static volatile boolean forever = true;

    /** The step {@code loop}. */
    public LoopProvider() {
        super("loop");
    }

    @Override
    protected List<Mention> find(Document document) {
        while (document.text().contains("loop") && forever) {
            Thread.onSpinWait();
        }
        return List.of();
    }
}
