package org.qalam.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The texts every benchmark runs on, by name: {@code news} (a news article written for this
 * project), {@code wikinews} (QCRI's WikiNews, read from the shared data folder at run time and
 * never copied into the project) and {@code synthetic10mb} (10 MB generated deterministically).
 *
 * <p>Why names: JMH parameters are strings, and naming the corpora keeps one result table
 * readable across benchmarks. The shared data folder is the system property
 * {@code qalam.shared.data}, else the environment variable {@code QALAM_SHARED_DATA}, else
 * {@code ../shared/data} relative to the working directory (the repository root).
 */
public final class Corpora {

    /** The article written for the benchmarks. */
    public static final String NEWS = "news";
    /** WikiNews (QCRI), one document per line, diacritized as published. */
    public static final String WIKINEWS = "wikinews";
    /** Ten megabytes of generated news-like paragraphs. */
    public static final String SYNTHETIC_10MB = "synthetic10mb";

    private static final String NEWS_RESOURCE = "news-sample.txt";
    private static final long SEED = 0x9A1A_2026L;

    private Corpora() {
    }

    /**
     * The corpus called {@code name}; fails with a clear message when it is unknown or absent.
     * Besides the three base names, {@code syntheticNmb} ({@code syntheticNkb}) is N megabytes
     * (kilobytes) of generated text and a
     * suffix {@code -fusedP} deletes P% of the spaces between Arabic words (see
     * {@link #withFusedWords}), e.g. {@code wikinews-fused5}.
     */
    public static Corpus byName(String name) {
        int fused = name.lastIndexOf("-fused");
        if (fused > 0) {
            int percent = Integer.parseInt(name.substring(fused + "-fused".length()));
            return withFusedWords(byName(name.substring(0, fused)), percent / 100.0);
        }
        if (name.matches("synthetic[0-9]{1,4}[km]b")) {
            long size = Long.parseLong(name.substring("synthetic".length(), name.length() - 2));
            long unit = name.endsWith("mb") ? 1024 * 1024 : 1024;
            return Corpus.of(name, synthetic(size * unit).documents());
        }
        return switch (name) {
            case NEWS -> news();
            case WIKINEWS -> wikinews().orElseThrow(() -> new IllegalStateException(
                    "WikiNews not found at " + sharedData().resolve("wikinews")
                            + "; set -Dqalam.shared.data or QALAM_SHARED_DATA, or leave it out"
                            + " of the corpus parameter"));
            default -> throw new IllegalArgumentException("unknown corpus '" + name
                    + "'; expected one of " + NEWS + ", " + WIKINEWS + ", " + SYNTHETIC_10MB
                    + ", syntheticNmb, syntheticNkb, optionally followed by -fusedP");
        };
    }

    /** The project's own news article: one document. */
    public static Corpus news() {
        return Corpus.of(NEWS, List.of(newsText()));
    }

    /** The text of the project's own news article. */
    public static String newsText() {
        try (InputStream in = Corpora.class.getResourceAsStream(NEWS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NEWS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WikiNews, one document per non-empty line, when the shared data folder has it. */
    public static Optional<Corpus> wikinews() {
        Path file = sharedData().resolve("wikinews").resolve("WikiNewsTruth.txt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return Optional.of(Corpus.of(WIKINEWS, lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** About {@code utf8Bytes} of generated paragraphs; the same bytes on every run. */
    public static Corpus synthetic(long utf8Bytes) {
        String name = "synthetic" + utf8Bytes;
        return Corpus.of(name, new SyntheticText(new SplittableRandom(SEED)).paragraphs(utf8Bytes));
    }

    /**
     * The same documents with the space between two Arabic words deleted at {@code rate} of
     * the word boundaries, as when a writer or an OCR step loses spaces; deterministic.
     */
    public static Corpus withFusedWords(Corpus corpus, double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
        }
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<String> fused = new ArrayList<>(corpus.documents().size());
        for (String document : corpus.documents()) {
            fused.add(fuse(document, rate, random));
        }
        return Corpus.of(corpus.name() + "-fused" + Math.round(rate * 100), fused);
    }

    private static String fuse(String text, double rate, SplittableRandom random) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < n && isArabicLetter(text.charAt(i - 1))
                    && isArabicLetter(text.charAt(i + 1)) && random.nextDouble() < rate) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }

    /** The shared data folder (see the class comment); it may not exist. */
    public static Path sharedData() {
        String property = System.getProperty("qalam.shared.data");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("QALAM_SHARED_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }
}
