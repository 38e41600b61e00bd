package org.qalam.cli.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.qalam.core.pipeline.OverlapPolicy;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that shape a pipeline beyond which extractors run: extractor configuration
 * ({@code --config}, {@code --config-file}), the overlap policy ({@code --overlap}) and the
 * per-step time limit ({@code --step-timeout}).
 *
 * <p>Why a mixin: every option here maps onto one {@link Pipeline.Builder} call, and a command
 * that runs the pipeline gets all of them, checked the same way.
 */
public final class PipelineOptions {

    /** The limit a step has per document unless {@code --step-timeout} says otherwise. */
    public static final String DEFAULT_STEP_TIMEOUT = "30s";

    @Option(names = "--config", paramLabel = "NAME.KEY=VALUE",
            description = {"Configure an extractor, bundled or plugin (repeatable), e.g. "
                    + "--config numbers.min-value=10; `qalam extractors` lists every "
                    + "extractor's keys."})
    private Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--config-file", paramLabel = "FILE",
            description = "Java properties file of NAME.KEY=VALUE lines (UTF-8); --config "
                    + "entries override it.")
    private Path configFile;

    @Option(names = "--overlap", defaultValue = "drop-nested", paramLabel = "POLICY",
            converter = OverlapChoice.class, completionCandidates = OverlapChoice.class,
            description = {"Mentions inside a longer mention of another extractor (the number "
                    + "in a date, the ordinal in a name): drop-nested drops them (default), "
                    + "keep keeps every mention."})
    private OverlapPolicy overlap;

    @Option(names = "--step-timeout", defaultValue = DEFAULT_STEP_TIMEOUT, paramLabel = "DURATION",
            converter = StepTimeout.class,
            description = {"Longest time one extractor may take on one document, e.g. 500ms, "
                    + "10s, 2m, or off (default: ${DEFAULT-VALUE}). A step past it is reported "
                    + "with the document id, its result is dropped and the run goes on."})
    private Duration stepTimeout;

    /**
     * Sets the configuration, overlap policy and step time limit on {@code builder}.
     *
     * @return the names of the extractors given settings, which the pipeline must run
     * @throws CommandLine.ParameterException for an unreadable config file, an unknown
     *     extractor or key, naming the accepted ones
     */
    public Set<String> applyTo(Pipeline.Builder builder, ExtractorRegistry registry,
                               CommandLine commandLine) {
        Map<String, ExtractorConfig> configs;
        try {
            configs = ExtractorSettings.byExtractor(ExtractorSettings.merge(configFile, config),
                    registry);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--config-file " + configFile
                    + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        configs.forEach(builder::config);
        builder.overlapPolicy(overlap);
        if (!stepTimeout.isZero()) {
            builder.stepTimeout(stepTimeout);
        }
        return configs.keySet();
    }
}
