package org.qalam.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.LoadFailure;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;
import org.qalam.core.spi.ReferenceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipelines of one JVM (an executor, or the driver in local mode), built lazily on first use
 * and reused by every later task: one per {@link QalamOptions} and class loader.
 *
 * <p>Why a static holder: building a pipeline loads lexicons, letter models and gazetteers (about
 * a second and tens of MB); a closure carries only the small options, and every task of the
 * executor finds the pipeline already built. The class loader is part of the key because Spark
 * runs tasks under a loader that also sees the jars shipped with {@code --jars}: plugins in those
 * jars are discovered through it.
 */
final class ExecutorPipelines {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);

    /** Layers every analysis shows when their providers are available, as in {@code qalam analyze}. */
    static final List<String> TEXT_LAYERS = List.of("tokens", "sentences", "words");

    private record Key(QalamOptions options, ClassLoader loader) {}

    private static final Map<Key, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** The pipeline for {@code options} under the calling thread's context class loader. */
    static Pipeline get(QalamOptions options) {
        return PIPELINES.computeIfAbsent(new Key(options, contextLoader()), ExecutorPipelines::build);
    }

    /** The loader Spark gives its task threads (it sees {@code --jars}), else this library's. */
    static ClassLoader contextLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ExecutorPipelines.class.getClassLoader();
    }

    /** How many pipelines this JVM holds; for tests. */
    static int size() {
        return PIPELINES.size();
    }

    /**
     * Checks on the driver, before any task runs, the extractors and config keys it can see;
     * builds nothing heavy. A name the driver does not know is only logged: its plugin may ship
     * to the executors alone ({@code sc.addJar}), and an executor that cannot find it either
     * fails the task with the same message.
     *
     * @throws IllegalArgumentException for an unknown config key of a known extractor
     */
    static void check(QalamOptions options) {
        ExtractorRegistry registry = ExtractorRegistry.load(contextLoader());
        Map<String, String> known = new LinkedHashMap<>();
        options.config().forEach((qualified, value) -> {
            if (registry.find(qualified.substring(0, qualified.indexOf('.'))).isPresent()) {
                known.put(qualified, value);
            }
        });
        byExtractor(known, registry);
        List<String> unknown = new ArrayList<>();
        options.extractors().orElse(List.of()).stream()
                .filter(name -> registry.find(name).isEmpty()).forEach(unknown::add);
        options.config().keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .filter(name -> registry.find(name).isEmpty()).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            LOG.warn("qalam: the driver sees no extractor named {}; executors must find them in "
                    + "the jars shipped with --jars (available here: {})", unknown,
                    names(registry));
        }
    }

    private static Pipeline build(Key key) {
        long started = System.nanoTime();
        QalamOptions options = key.options();
        ExtractorRegistry registry = ExtractorRegistry.load(key.loader());
        for (LoadFailure failure : registry.failures()) {
            LOG.warn("qalam: plugin not loaded: {}: {}: {}", failure.origin(), failure.provider(),
                    failure.reason());
        }
        Pipeline.Builder builder = Pipeline.builder(registry)
                .referenceTime(ReferenceTime.of(options.referenceDate()))
                .overlapPolicy(options.overlap());
        options.stepTimeout().ifPresent(builder::stepTimeout);
        Map<String, ExtractorConfig> configs = byExtractor(options.config(), registry);
        configs.forEach(builder::config);
        if (options.extractors().isEmpty()) {
            builder.useAll();
            configs.keySet().forEach(builder::use);
        } else {
            for (String name : options.extractors().get()) {
                if (registry.find(name).isEmpty()) {
                    throw new IllegalArgumentException("unknown extractor '" + name
                            + "'; available: " + names(registry));
                }
            }
            TEXT_LAYERS.stream().filter(name -> registry.find(name).isPresent())
                    .forEach(builder::use);
            builder.use(options.extractors().get());
        }
        Pipeline pipeline = builder.build();
        for (StepFailure skipped : pipeline.skipped()) {
            LOG.warn("qalam: extractor {} left out: {}", skipped.extractor(), skipped.message());
        }
        LOG.info("qalam: pipeline {} built in {} ms", pipeline.stepNames(),
                (System.nanoTime() - started) / 1_000_000);
        return pipeline;
    }

    /**
     * Groups {@code NAME.KEY=VALUE} settings by extractor, checked against the registry.
     *
     * @throws IllegalArgumentException for an unknown extractor or key, naming the accepted ones
     */
    static Map<String, ExtractorConfig> byExtractor(Map<String, String> settings,
                                                    ExtractorRegistry registry) {
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        settings.forEach((qualified, value) -> {
            int dot = qualified.indexOf('.');
            String name = qualified.substring(0, dot);
            String key = qualified.substring(dot + 1);
            ExtractorProvider provider = registry.find(name).map(RegisteredProvider::provider)
                    .orElseThrow(() -> new IllegalArgumentException("config '" + qualified
                            + "' names no extractor '" + name + "'; available: "
                            + names(registry)));
            if (!provider.configKeys().containsKey(key)) {
                throw new IllegalArgumentException("extractor '" + name + "' has no config key '"
                        + key + "'; accepted: " + provider.configKeys().keySet());
            }
            grouped.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
        });
        Map<String, ExtractorConfig> configs = new LinkedHashMap<>();
        grouped.forEach((name, values) -> configs.put(name, ExtractorConfig.of(values)));
        return configs;
    }

    private static List<String> names(ExtractorRegistry registry) {
        return registry.providers().stream().map(RegisteredProvider::name).toList();
    }
}
