package org.qalam.cli.it.plugin;

import java.util.List;
import org.qalam.cli.testing.FindingProvider;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;

/**
 * A plugin that throws on every document containing "boom"; packed into a jar by
 * {@code ThrowingPluginIT} to show that one bad plugin loses no other result.
 */
public final class BoomProvider extends FindingProvider {

    /** The step {@code boom}. */
    public BoomProvider() {
        super("boom", "boom");
    }

    @Override
    protected List<Mention> find(Document document) {
        if (document.text().contains("boom")) {
            throw new IllegalStateException("cannot stand " + document.id());
        }
        return List.of();
    }
}
