package org.qalam.cli.testing;

import java.util.List;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;

/**
 * A test step declared in one constructor call whose extractor is one method, {@link #find}: the
 * plugins the integration tests pack into jars and the in-process providers of unit tests.
 *
 * <p>Why: a test provider then says only what it does to a document, not the SPI around it;
 * {@code PluginJars.ofTestClass} packs this class into a plugin jar beside its subclass.
 */
public abstract class FindingProvider extends DeclaredProvider {

    /** A step called {@code name} that reads nothing and may emit the mention types {@code emits}. */
    protected FindingProvider(String name, String... emits) {
        super(name, "", Set.of(), Set.of(), Set.of(emits));
    }

    @Override
    public final int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public final Extractor create(ExtractorConfig config) {
        return new Extractor() {
            @Override
            public List<Mention> extract(Document document, ExtractionContext context) {
                return find(document);
            }
        };
    }

    /** The mentions of {@code document}; none unless a subclass says otherwise. */
    protected List<Mention> find(Document document) {
        return List.of();
    }
}
