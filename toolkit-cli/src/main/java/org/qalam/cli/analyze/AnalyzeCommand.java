package org.qalam.cli.analyze;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qalam.cli.PluginOptions;
import org.qalam.cli.io.InputSource;
import org.qalam.cli.io.InvalidInputException;
import org.qalam.cli.io.LineReader;
import org.qalam.cli.io.Utf8;
import org.qalam.cli.json.AnalysisJsonWriter;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ReferenceTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qalam analyze}: runs the pipeline over files or standard input and writes one JSON
 * document object per document. A file that cannot be read or is not valid UTF-8 is reported on
 * stderr, the other inputs are still processed, and the exit code is 1.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Tokenize, segment and extract mentions; JSON on stdout.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Layers every analysis shows when their providers are available. */
    static final List<String> TEXT_LAYERS = List.of("tokens", "sentences", "words");

    @Mixin
    private PluginOptions plugins;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--lines", description = "Treat every non-empty input line as its own document.")
    private boolean lines;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME[,NAME...]",
            description = "Extractors to run (default: all discovered), e.g. numbers,dates,entities.")
    private List<String> extractors;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Day that relative dates (أمس, العام الماضي) resolve against (default: today).")
    private LocalDate referenceDate;

    @Option(names = "--on-invalid", defaultValue = "fail", paramLabel = "ACTION",
            description = "Invalid UTF-8: fail (report file and byte offset) or replace with U+FFFD.")
    private InvalidInputAction onInvalid;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files; '-' or none for standard input.")
    private List<String> inputs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private int failures;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = buildPipeline(plugins.registry());
        AnalysisJsonWriter writer = format == OutputFormat.JSONL
                ? AnalysisJsonWriter.compact() : AnalysisJsonWriter.pretty();
        List<InputSource> sources = inputs.isEmpty() ? List.of(InputSource.stdin())
                : inputs.stream().map(InputSource::parse).toList();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (InputSource source : sources) {
            try (InputStream in = source.open()) {
                if (lines) {
                    analyzeLines(source, in, pipeline, writer, out);
                } else {
                    analyzeWhole(source, in, pipeline, writer, out);
                }
            } catch (InvalidInputException e) {
                fail(e.getMessage() + (onInvalid == InvalidInputAction.FAIL
                        ? " (use --on-invalid replace to substitute U+FFFD)" : ""));
            } catch (IOException e) {
                fail(source.name() + ": cannot read: " + describe(e));
            }
            out.flush();
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private Pipeline buildPipeline(ExtractorRegistry registry) {
        Pipeline.Builder builder = Pipeline.builder(registry);
        if (referenceDate != null) {
            builder.referenceTime(ReferenceTime.of(referenceDate));
        }
        if (extractors == null) {
            builder.useAll();
        } else {
            for (String name : extractors) {
                if (registry.find(name).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "unknown extractor '" + name + "'; available: " + registry.providers()
                                    .stream().map(p -> p.name()).toList());
                }
            }
            TEXT_LAYERS.stream().filter(name -> registry.find(name).isPresent())
                    .forEach(builder::use);
            builder.use(extractors);
        }
        Pipeline pipeline = builder.build();
        for (StepFailure skipped : pipeline.skipped()) {
            warn("extractor " + skipped.extractor() + " left out: " + skipped.message());
        }
        return pipeline;
    }

    private void analyzeWhole(InputSource source, InputStream in, Pipeline pipeline,
                              AnalysisJsonWriter writer, Writer out) throws IOException {
        byte[] bytes = in.readAllBytes();
        String text = onInvalid == InvalidInputAction.REPLACE
                ? Utf8.decodeReplacing(bytes, 0, bytes.length).text()
                : Utf8.decode(bytes, 0, bytes.length, source.name(), 0);
        emit(pipeline.analyze(Document.of(source.name(), text)), writer, out);
    }

    private void analyzeLines(InputSource source, InputStream in, Pipeline pipeline,
                              AnalysisJsonWriter writer, Writer out) throws IOException {
        LineReader reader = new LineReader(in, source.name(),
                onInvalid == InvalidInputAction.REPLACE);
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            if (line.text().isBlank()) {
                continue;
            }
            Document document = Document.of(source.name() + ":" + line.number(), line.text());
            emit(pipeline.analyze(document), writer, out);
        }
    }

    private void emit(Analysis analysis, AnalysisJsonWriter writer, Writer out) throws IOException {
        for (StepFailure failure : analysis.failures()) {
            fail(analysis.document().id() + ": extractor " + failure);
        }
        writer.write(analysis, out);
    }

    private void fail(String message) {
        failures++;
        warn(message);
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("qalam: " + message);
        err.flush();
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }

    /** What to do with bytes that are not UTF-8. */
    enum InvalidInputAction {
        /** Report the file and byte offset; skip the rest of that input. */
        FAIL,
        /** Substitute U+FFFD and go on. */
        REPLACE
    }
}
