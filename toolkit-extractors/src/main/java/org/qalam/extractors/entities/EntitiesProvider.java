package org.qalam.extractors.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Registers the {@code entities} extractor: persons, locations and organizations found with
 * gazetteers (ICU4J CLDR place names and the team's own lists) and context rules.
 *
 * <p>It reads the {@code words} layer, so names inside fused words (الأممالمتحدة) are found.
 */
public final class EntitiesProvider implements ExtractorProvider {

    /** The provider's name, as {@code --extractors entities} selects it. */
    public static final String NAME = "entities";

    /** The config key naming extra gazetteer files. */
    public static final String GAZETTEER = "gazetteer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public String description() {
        return "persons, locations and organizations (gazetteers and context rules)";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Layers.TOKENS.name(), Layers.WORDS.name());
    }

    @Override
    public Set<String> emits() {
        return Set.of(EntityType.PERSON.label(), EntityType.LOCATION.label(),
                EntityType.ORGANIZATION.label());
    }

    @Override
    public Map<String, String> configKeys() {
        return Map.of(GAZETTEER, "comma-separated paths of extra gazetteer files: one name per "
                + "line, a tab and its type (person, location, organization); # comments");
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        List<ExtraName> extra = config.get(GAZETTEER)
                .map(paths -> ExtraName.read(GAZETTEER, paths)).orElse(List.of());
        ArabicLexicon lexicon = ArabicLexicon.load();
        return new EntityExtractor(EntityModel.load(lexicon::isWord, extra));
    }
}
