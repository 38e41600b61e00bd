package org.qalam.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;
import org.qalam.core.spi.ReferenceTime;

/**
 * An ordered list of extractors run over documents; immutable and thread-safe.
 *
 * <p>The builder checks every {@code requires()} when the pipeline is built: a required layer
 * that no chosen step supplies is added from the registry when exactly one provider supplies it,
 * and otherwise fails with a message naming the layer and who could provide it. Steps run in an
 * order where every layer and mention type is supplied before it is read. At run time a step
 * that throws (or runs past the {@linkplain Builder#stepTimeout step time limit}) is recorded as a
 * {@link StepFailure} on the {@link Analysis}, the steps that require what it supplies are
 * skipped and recorded too, and the other steps' results are kept. The finished mentions pass the
 * {@link OverlapPolicy}.
 */
public final class Pipeline {

    private final List<Step> steps;
    private final List<StepFailure> skipped;
    private final Supplier<ReferenceTime> referenceTime;
    private final OverlapPolicy overlapPolicy;
    private final StepTimeLimit timeLimit;

    private Pipeline(List<Step> steps, List<StepFailure> skipped, Builder builder) {
        this.steps = List.copyOf(steps);
        this.skipped = List.copyOf(skipped);
        this.referenceTime = builder.referenceTime;
        this.overlapPolicy = builder.overlapPolicy;
        this.timeLimit = builder.stepTimeout == null ? null : new StepTimeLimit(builder.stepTimeout);
    }

    /** Starts a pipeline over the providers of {@code registry}. */
    public static Builder builder(ExtractorRegistry registry) {
        return new Builder(registry);
    }

    /** Names of the steps in the order they run. */
    public List<String> stepNames() {
        return steps.stream().map(Step::name).toList();
    }

    /**
     * Steps added by {@link Builder#useAll()} that could not be created, or whose requirements no
     * available step supplies, and were left out, with the steps that depended on them.
     * Explicitly requested steps never land here: they fail the build instead.
     */
    public List<StepFailure> skipped() {
        return skipped;
    }

    /** Analyzes {@code text} as a document with id {@code doc-1}. */
    public Analysis analyze(String text) {
        return analyze(Document.of(text));
    }

    /** Analyzes the document with the pipeline's reference time. */
    public Analysis analyze(Document document) {
        return analyze(document, new ExtractionContext(referenceTime.get()));
    }

    /** Analyzes the document; relative expressions resolve against the context's reference time. */
    public Analysis analyze(Document document, ExtractionContext context) {
        requireNonNull(context, "context");
        return run(List.of(newRun(document, context))).get(0);
    }

    /**
     * Analyzes the documents in order, each as {@link #analyze(Document)} would, with the same
     * results; with a step time limit, the documents are handed to a worker thread together
     * instead of one by one, which saves a thread handoff per document when documents are short
     * (lines, posts, rows).
     */
    public List<Analysis> analyzeAll(List<Document> documents) {
        List<DocumentRun> runs = new ArrayList<>(documents.size());
        for (Document document : documents) {
            runs.add(newRun(document, new ExtractionContext(referenceTime.get())));
        }
        return run(runs);
    }

    private DocumentRun newRun(Document document, ExtractionContext context) {
        return new DocumentRun(steps, requireNonNull(document, "document"), context, timeLimit);
    }

    private List<Analysis> run(List<DocumentRun> runs) {
        if (timeLimit == null) {
            for (DocumentRun run : runs) {
                run.runFrom(0, 0);
            }
        } else {
            timeLimit.drive(runs);
        }
        List<Analysis> analyses = new ArrayList<>(runs.size());
        for (DocumentRun run : runs) {
            Document current = run.document();
            List<Mention> mentions = current.select(Layers.MENTIONS);
            List<Mention> kept = overlapPolicy.apply(mentions);
            if (kept != mentions) {
                current = current.withLayer(Layers.MENTIONS, kept);
            }
            analyses.add(new Analysis(current, run.failures()));
        }
        return analyses;
    }

    @Override
    public String toString() {
        return "Pipeline" + stepNames();
    }

    /** Chooses extractors and their configuration, then checks and orders them. */
    public static final class Builder {
        private final ExtractorRegistry registry;
        private final Set<String> chosen = new LinkedHashSet<>();
        private final Set<String> explicit = new LinkedHashSet<>();
        private final Map<String, ExtractorConfig> configs = new LinkedHashMap<>();
        private Supplier<ReferenceTime> referenceTime = ReferenceTime::now;
        private OverlapPolicy overlapPolicy = OverlapPolicy.DROP_NESTED;
        private Duration stepTimeout;

        private Builder(ExtractorRegistry registry) {
            this.registry = requireNonNull(registry, "registry");
        }

        /** Adds the named extractors (and, at build time, the steps they require). */
        public Builder use(String... names) {
            return use(List.of(names));
        }

        /** Adds the named extractors (and, at build time, the steps they require). */
        public Builder use(List<String> names) {
            for (String name : names) {
                registry.get(requireNonNull(name, "name"));
                chosen.add(name);
                explicit.add(name);
            }
            return this;
        }

        /** Adds every provider of the registry. */
        public Builder useAll() {
            for (RegisteredProvider provider : registry.providers()) {
                chosen.add(provider.name());
            }
            return this;
        }

        /** Settings for one extractor, checked against its provider's {@code configKeys()}. */
        public Builder config(String name, ExtractorConfig config) {
            configs.put(requireNonNull(name, "name"), requireNonNull(config, "config"));
            return this;
        }

        /** A fixed reference time for relative dates; by default, now at each call. */
        public Builder referenceTime(ReferenceTime fixed) {
            requireNonNull(fixed, "fixed");
            this.referenceTime = () -> fixed;
            return this;
        }

        /** What to do with a mention inside a longer one of another extractor; by default drop it. */
        public Builder overlapPolicy(OverlapPolicy policy) {
            this.overlapPolicy = requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The longest a step may run on one document; past it the step's result for that document
         * is dropped and recorded as {@link StepFailure#TIMED_OUT}. By default steps run on the
         * caller's thread without a limit; with one, each step runs on a worker thread.
         */
        public Builder stepTimeout(Duration limit) {
            requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("step timeout must be positive: " + limit);
            }
            this.stepTimeout = limit;
            return this;
        }

        /**
         * Checks requirements, orders the steps and creates the extractors.
         *
         * @throws PipelineException naming the missing layer, the cycle or the failing extractor
         */
        public Pipeline build() {
            Map<String, ExtractorProvider> selected = new LinkedHashMap<>();
            List<StepFailure> unplaced = new ArrayList<>();
            for (String name : chosen) {
                Map<String, ExtractorProvider> attempt = new LinkedHashMap<>(selected);
                try {
                    addWithRequirements(registry.get(name).provider(), attempt,
                            new LinkedHashSet<>());
                    selected.putAll(attempt);
                } catch (PipelineException e) {
                    if (explicit.contains(name)) {
                        throw e;
                    }
                    unplaced.add(StepFailure.of(name, e));
                }
            }
            for (String configured : configs.keySet()) {
                if (!selected.containsKey(configured)) {
                    throw new PipelineException("config given for extractor '" + configured
                            + "', which is not in the pipeline " + selected.keySet());
                }
            }
            List<Step> steps = new ArrayList<>();
            List<StepFailure> skipped = new ArrayList<>(unplaced);
            Set<String> lost = new LinkedHashSet<>();
            for (ExtractorProvider provider : order(selected)) {
                boolean wanted = explicit.contains(provider.name());
                Set<String> needed = new TreeSet<>(provider.requires());
                needed.retainAll(lost);
                if (!needed.isEmpty() && wanted) {
                    throw new PipelineException("extractor '" + provider.name() + "' needs "
                            + needed + ", but its producer could not be created: " + skipped);
                }
                if (!needed.isEmpty()) {
                    skipped.add(new StepFailure(provider.name(), PipelineException.class.getName(),
                            "needs " + needed + ", whose producer was left out"));
                    lost.addAll(supplies(provider));
                    continue;
                }
                try {
                    steps.add(new Step(provider.name(), provider, create(provider)));
                } catch (PipelineException e) {
                    if (wanted) {
                        throw e;
                    }
                    skipped.add(StepFailure.of(provider.name(), e));
                    lost.addAll(supplies(provider));
                }
            }
            return new Pipeline(steps, skipped, this);
        }

        private void addWithRequirements(ExtractorProvider provider,
                                         Map<String, ExtractorProvider> selected,
                                         Set<String> visiting) {
            if (selected.containsKey(provider.name()) || !visiting.add(provider.name())) {
                return;
            }
            for (String layer : provider.requires()) {
                if (producedBy(layer, selected.values()) || producedBy(layer, List.of(provider))) {
                    continue;
                }
                List<RegisteredProvider> candidates = registry.providers().stream()
                        .filter(p -> supplies(p.provider()).contains(layer))
                        .toList();
                if (candidates.size() == 1) {
                    addWithRequirements(candidates.get(0).provider(), selected, visiting);
                } else if (candidates.isEmpty()) {
                    throw new PipelineException("extractor '" + provider.name()
                            + "' requires '" + layer
                            + "', which no available extractor writes or emits");
                } else {
                    throw new PipelineException("extractor '" + provider.name()
                            + "' requires '" + layer + "', supplied by several extractors "
                            + candidates.stream().map(RegisteredProvider::name).toList()
                            + ": choose one explicitly");
                }
            }
            selected.put(provider.name(), provider);
        }

        private static Set<String> supplies(ExtractorProvider provider) {
            Set<String> supplies = new HashSet<>(provider.writes());
            supplies.addAll(provider.emits());
            return supplies;
        }

        private static boolean producedBy(String layer, Iterable<ExtractorProvider> providers) {
            for (ExtractorProvider provider : providers) {
                if (supplies(provider).contains(layer)) {
                    return true;
                }
            }
            return false;
        }

        /** Orders the providers so that each runs after the producers of what it requires. */
        private static List<ExtractorProvider> order(Map<String, ExtractorProvider> selected) {
            List<ExtractorProvider> ordered = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            Set<String> produced = new LinkedHashSet<>();
            while (ordered.size() < selected.size()) {
                boolean progress = false;
                for (ExtractorProvider provider : selected.values()) {
                    if (done.contains(provider.name())) {
                        continue;
                    }
                    Set<String> missing = missingInputs(provider, selected, produced);
                    if (missing.isEmpty()) {
                        ordered.add(provider);
                        done.add(provider.name());
                        produced.addAll(supplies(provider));
                        progress = true;
                    }
                }
                if (!progress) {
                    Set<String> stuck = new TreeSet<>(selected.keySet());
                    stuck.removeAll(done);
                    throw new PipelineException("extractors " + stuck
                            + " require each other's layers in a cycle");
                }
            }
            return ordered;
        }

        private static Set<String> missingInputs(ExtractorProvider provider,
                                                 Map<String, ExtractorProvider> selected,
                                                 Set<String> produced) {
            Set<String> missing = new TreeSet<>();
            for (String layer : provider.requires()) {
                if (produced.contains(layer)) {
                    continue;
                }
                boolean producedByOther = selected.values().stream()
                        .anyMatch(p -> p != provider && supplies(p).contains(layer));
                if (producedByOther) {
                    missing.add(layer);
                }
            }
            return missing;
        }

        private Extractor create(ExtractorProvider provider) {
            ExtractorConfig config = configs.getOrDefault(provider.name(), ExtractorConfig.empty());
            Set<String> unknown = new TreeSet<>(config.asMap().keySet());
            unknown.removeAll(provider.configKeys().keySet());
            if (!unknown.isEmpty()) {
                throw new PipelineException("extractor '" + provider.name()
                        + "' does not accept config key(s) " + unknown + "; accepted: "
                        + new TreeSet<>(provider.configKeys().keySet()));
            }
            try {
                Extractor extractor = provider.create(config);
                if (extractor == null) {
                    throw new PipelineException("extractor '" + provider.name()
                            + "' created null");
                }
                return extractor;
            } catch (PipelineException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new PipelineException("extractor '" + provider.name()
                        + "' rejected its config: " + e.getMessage(), e);
            } catch (RuntimeException | LinkageError e) {
                throw new PipelineException("extractor '" + provider.name()
                        + "' could not be created: " + e, e);
            }
        }
    }
}
