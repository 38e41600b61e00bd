package org.qalam.extractors.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code entities} extractor: persons, locations and organizations found by a
 * trained sequence tagger that weighs gazetteers (ICU4J CLDR place names and the team's own
 * lists) and context rules as its features.
 *
 * <p>It reads the {@code words} layer, so names inside fused words (الأممالمتحدة) are found. The
 * bundled model was trained on ANERcorp; {@code model=PATH} loads one a user trained with
 * {@code qalam train entities}, {@code model=none} keeps the rules alone.
 */
public final class EntitiesProvider extends DeclaredProvider {

    /** The provider's name, as {@code --extractors entities} selects it. */
    public static final String NAME = "entities";

    /** The config key naming extra gazetteer files. */
    public static final String GAZETTEER = "gazetteer";

    /** The config key naming a model file, or {@value #NO_MODEL} for the rules alone. */
    public static final String MODEL = "model";

    /** The {@link #MODEL} value that turns the tagger off. */
    public static final String NO_MODEL = "none";

    /** The bundled model, a resource next to this class. */
    static final String BUNDLED_MODEL = "entities-model.bin";

    /** Declares the step. */
    public EntitiesProvider() {
        super(NAME,
                "persons, locations and organizations (trained tagger over gazetteers and context"
                        + " rules)",
                Set.of(Layers.TOKENS.name(), Layers.WORDS.name()), Set.of(),
                Set.of(EntityType.PERSON.label(), EntityType.LOCATION.label(),
                        EntityType.ORGANIZATION.label()));
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Map<String, String> configKeys() {
        return Map.of(GAZETTEER, "comma-separated paths of extra gazetteer files: one name per "
                + "line, a tab and its type (person, location, organization); # comments",
                MODEL, "path of an entity model trained with 'qalam train entities' (default: the"
                + " bundled ANERcorp model), or 'none' for gazetteers and rules alone");
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        List<ExtraName> extra = config.get(GAZETTEER)
                .map(paths -> ExtraName.read(GAZETTEER, paths)).orElse(List.of());
        ArabicLexicon lexicon = ArabicLexicon.load();
        Optional<SequenceTagger> tagger = config.get(MODEL)
                .map(EntitiesProvider::tagger).orElseGet(() -> Bundled.TAGGER);
        return new EntityExtractor(EntityModel.load(lexicon, extra), tagger);
    }

    private static Optional<SequenceTagger> tagger(String value) {
        if (value.strip().equals(NO_MODEL)) {
            return Optional.empty();
        }
        Path path = Path.of(value.strip());
        try (InputStream in = Files.newInputStream(path)) {
            return Optional.of(SequenceTagger.read(in, path.toString()));
        } catch (IOException e) {
            throw new IllegalArgumentException("config key '" + MODEL + "': cannot read " + path
                    + " (" + e + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("config key '" + MODEL + "': " + e.getMessage(), e);
        }
    }

    /** The bundled model, read once; a build without it (none trained yet) has the rules alone. */
    private static final class Bundled {
        static final Optional<SequenceTagger> TAGGER = read();

        private static Optional<SequenceTagger> read() {
            try (InputStream in = EntitiesProvider.class.getResourceAsStream(BUNDLED_MODEL)) {
                return in == null ? Optional.empty()
                        : Optional.of(SequenceTagger.read(in, BUNDLED_MODEL));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled " + BUNDLED_MODEL, e);
            }
        }
    }
}
