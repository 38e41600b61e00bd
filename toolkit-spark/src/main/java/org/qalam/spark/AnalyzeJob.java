package org.qalam.spark;

import java.io.File;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.qalam.core.pipeline.OverlapPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The ready Spark job: reads text, JSON Lines or Parquet, analyzes one column with Qalam and
 * writes the rows with their {@link QalamSchema} columns as Parquet or JSON Lines; prints a
 * summary line at the end.
 *
 * <p>Why a job besides the library: most corpora are processed once, end to end; the job gives
 * {@code spark-submit} (and {@code bin/qalam-spark} in local mode) the options of {@code qalam
 * analyze} without a line of code. Usage: {@code AnalyzeJob --input PATH --input-format
 * text|jsonl|parquet [--text-column C] --output PATH --output-format parquet|jsonl
 * [--extractors ...] [--reference-date ...] [--config name.key=value ...]}.
 */
@Command(name = "qalam-spark", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = AnalyzeJob.Version.class,
        description = {"Analyze a corpus with Qalam on Apache Spark.",
            "Text input: every non-blank line is a row (column 'text', and 'source' = its file)."})
public final class AnalyzeJob implements Callable<Integer> {

    /** The column a line of text input is read into, and the default text column. */
    public static final String TEXT = "text";
    /** The column holding the file a line of text input came from. */
    public static final String SOURCE = "source";

    /** The column {@code --repair} adds. */
    public static final String REPAIRED = "repaired";

    /** Largest input split by default (Spark's is 128 MB): about a minute of one core's analysis. */
    static final String MAX_SPLIT = "32m";
    /** Input splits per core, at least, by default (Spark makes one per core of a small input). */
    static final int SPLITS_PER_CORE = 4;
    static final String MAX_SPLIT_KEY = "spark.sql.files.maxPartitionBytes";
    static final String MIN_SPLITS_KEY = "spark.sql.files.minPartitionNum";

    private static final double MILLION = 1e6;

    /** Input formats. */
    enum InputFormat { TEXT, JSONL, PARQUET }

    /** Output formats. */
    enum OutputFormat { PARQUET, JSONL }

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: what spark-submit sets).")
    private String master;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Files or folders to read (comma-separated or repeated).")
    private List<String> inputs;

    @Option(names = "--input-format", defaultValue = "text", paramLabel = "FORMAT",
            converter = LowerEnum.InputConverter.class,
            description = "text, jsonl or parquet (default: ${DEFAULT-VALUE}).")
    private InputFormat inputFormat;

    @Option(names = "--text-column", defaultValue = TEXT, paramLabel = "C",
            description = "Column holding the text (default: ${DEFAULT-VALUE}).")
    private String textColumn;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Folder to write (Spark writes part files into it).")
    private String output;

    @Option(names = "--output-format", defaultValue = "parquet", paramLabel = "FORMAT",
            converter = LowerEnum.OutputConverter.class,
            description = "parquet or jsonl (default: ${DEFAULT-VALUE}).")
    private OutputFormat outputFormat;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    private boolean overwrite;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME[,NAME...]",
            description = "Extractors to run (default: all discovered).")
    private List<String> extractors;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Day relative dates resolve against (default: today, UTC, on the driver).")
    private LocalDate referenceDate;

    @Option(names = "--config", paramLabel = "NAME.KEY=VALUE",
            description = "Configure an extractor (repeatable), e.g. numbers.min-value=10.")
    private Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--overlap", defaultValue = "drop-nested", paramLabel = "POLICY",
            description = "drop-nested (default) or keep.")
    private String overlap;

    @Option(names = "--step-timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Longest one extractor may take on one row: 500ms, 10s, 2m or off "
                    + "(default: ${DEFAULT-VALUE}).")
    private String stepTimeout;

    @Option(names = "--max-chars", defaultValue = "" + QalamOptions.DEFAULT_MAX_CHARS,
            paramLabel = "N",
            description = "Rows with longer text are kept unanalyzed, with an errors entry, and "
                    + "counted (default: ${DEFAULT-VALUE}).")
    private int maxChars;

    @Option(names = "--plugins", split = ",", paramLabel = "JAR",
            description = "Plugin jars to ship to the executors (as spark-submit --jars does).")
    private List<File> plugins = new ArrayList<>();

    @Option(names = "--repair", paramLabel = "MODE",
            description = {"Add column 'repaired': the text with lost spaces restored, by the "
                    + "default splitter (default) or by one adapted to the corpus (adaptive: a "
                    + "first pass counts the corpus's words, which are broadcast)."})
    private String repair;

    @Option(names = "--analyze", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Add the analysis columns (default; --no-analyze with --repair "
                    + "only repairs).")
    private boolean analyze;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Repartition the input into N partitions before analysis.")
    private Integer partitions;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private SparkSession session;

    /** Runs the job in its own session and exits with its code (0 success, 1 failure, 2 usage). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new AnalyzeJob()).execute(args));
    }

    /** Runs the job in {@code spark}, which stays open; returns the exit code. */
    public static int run(SparkSession spark, String... args) {
        AnalyzeJob job = new AnalyzeJob();
        job.session = spark;
        return new CommandLine(job).execute(args);
    }

    @Override
    public Integer call() {
        QalamOptions options = options();
        boolean own = session == null;
        SparkSession spark = own ? withSplitDefaults(newSession()) : session;
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try {
            for (File plugin : plugins) {
                spark.sparkContext().addJar(plugin.getAbsolutePath());
            }
            if (!plugins.isEmpty()) {
                // The driver checks names and keys too, so it must see the plugins as well.
                Thread.currentThread().setContextClassLoader(withPlugins(before));
            }
            long started = System.nanoTime();
            Dataset<Row> input = read(spark);
            if (partitions != null) {
                input = input.repartition(partitions);
            }
            QalamCounters counters = QalamCounters.register(spark);
            Dataset<Row> result = input;
            if (repair != null) {
                result = repaired(result);
            }
            if (analyze) {
                result = QalamSpark.analyze(result, textColumn, options, counters);
            }
            write(result);
            double seconds = (System.nanoTime() - started) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            if (analyze) {
                out.printf(Locale.ROOT, "qalam-spark: %d rows (%d skipped as too large, %d with "
                                + "errors), %.2f M chars analyzed in %.1f s: %.0f rows/s, "
                                + "%.3f M chars/s -> %s%n",
                        counters.rows(), counters.skipped(), counters.withErrors(),
                        counters.chars() / MILLION, seconds, counters.rows() / seconds,
                        counters.chars() / MILLION / seconds, output);
            } else {
                out.printf(Locale.ROOT, "qalam-spark: repaired in %.1f s -> %s%n", seconds,
                        output);
            }
            out.flush();
            return 0;
        } finally {
            Thread.currentThread().setContextClassLoader(before);
            if (own) {
                spark.stop();
            }
        }
    }

    private Dataset<Row> repaired(Dataset<Row> input) {
        return switch (repair) {
            case "default" -> QalamSpark.repairFusedWords(input, textColumn, REPAIRED, null);
            case "adaptive" -> QalamSpark.repairFusedWords(input, textColumn, REPAIRED,
                    QalamSpark.vocabulary(input, textColumn));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--repair is default or adaptive, not '" + repair + "'");
        };
    }

    private SparkSession newSession() {
        SparkSession.Builder builder = SparkSession.builder().appName("qalam-analyze");
        if (master != null) {
            builder.master(master);
        }
        return builder.getOrCreate();
    }

    /**
     * Sizes the input splits of the job's own session for analysis unless the user set them.
     * Analysis reads a few hundred KB per second per core: Spark cuts a small input into one split
     * per core and a large one into 128 MB splits, so one core may work alone on the last split
     * for minutes; at least {@value #SPLITS_PER_CORE} splits per core of at most
     * {@value #MAX_SPLIT} keep every core busy to nearly the end.
     */
    static SparkSession withSplitDefaults(SparkSession spark) {
        RuntimeConfig conf = spark.conf();
        setIfAbsent(conf, MAX_SPLIT_KEY, MAX_SPLIT);
        setIfAbsent(conf, MIN_SPLITS_KEY, String.valueOf((long) SPLITS_PER_CORE
                * spark.sparkContext().defaultParallelism()));
        return spark;
    }

    private static void setIfAbsent(RuntimeConfig conf, String key, String value) {
        if (!conf.contains(key)) {
            conf.set(key, value);
        }
    }

    private ClassLoader withPlugins(ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (File plugin : plugins) {
            try {
                urls.add(plugin.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--plugins " + plugin + ": " + e.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private QalamOptions options() {
        QalamOptions.Builder builder = QalamOptions.builder().maxChars(maxChars);
        try {
            if (extractors != null) {
                builder.extractors(extractors);
            }
            if (referenceDate != null) {
                builder.referenceDate(referenceDate);
            }
            config.forEach(builder::config);
            builder.overlap(switch (overlap) {
                case "drop-nested" -> OverlapPolicy.DROP_NESTED;
                case "keep" -> OverlapPolicy.KEEP_ALL;
                default -> throw new IllegalArgumentException("--overlap is drop-nested or keep, "
                        + "not '" + overlap + "'");
            });
            builder.stepTimeout(duration(stepTimeout));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return builder.build();
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m} or {@code off} (null). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("off")) {
            return null;
        }
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--step-timeout: expected 500ms, 30s, 2m or off, "
                    + "not '" + text + "'");
        }
    }

    private Dataset<Row> read(SparkSession spark) {
        String[] paths = inputs.toArray(String[]::new);
        return switch (inputFormat) {
            case TEXT -> readLines(spark, paths);
            case JSONL -> spark.read().json(paths);
            case PARQUET -> spark.read().parquet(paths);
        };
    }

    /**
     * Every non-blank line of the text files as a row of {@link #TEXT} and {@link #SOURCE}, as
     * {@code qalam analyze --lines} reads them.
     */
    static Dataset<Row> readLines(SparkSession spark, String... paths) {
        return spark.read().text(paths)
                .filter((FilterFunction<Row>) row -> !row.getString(0).isBlank())
                .select(functions.col("value").as(TEXT),
                        functions.input_file_name().as(SOURCE));
    }

    private void write(Dataset<Row> analyzed) {
        var writer = analyzed.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        switch (outputFormat) {
            case PARQUET -> writer.parquet(output);
            case JSONL -> writer.json(output);
            default -> throw new IllegalStateException(outputFormat.name());
        }
    }

    /** The version of the jar's manifest ({@code unknown} when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AnalyzeJob.class.getPackage().getImplementationVersion();
            return new String[] {"qalam-spark " + (version == null ? "unknown" : version)};
        }
    }

    /** Case-insensitive enum values as users type them (text, jsonl, parquet). */
    static final class LowerEnum {
        private LowerEnum() {
        }

        /** For {@code --input-format}. */
        static final class InputConverter implements CommandLine.ITypeConverter<InputFormat> {
            @Override
            public InputFormat convert(String value) {
                return InputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            }
        }

        /** For {@code --output-format}. */
        static final class OutputConverter implements CommandLine.ITypeConverter<OutputFormat> {
            @Override
            public OutputFormat convert(String value) {
                return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            }
        }
    }
}
