package org.qalam.extractors.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

/**
 * Trains the entity tagger from annotated text in CoNLL layout (token, tab, BIO tag over PERS,
 * LOC, ORG, MISC) and writes a model file that {@code entities.model=PATH} loads.
 *
 * <p>So that users adapt Qalam to their own domain; the bundled model is made the same way. The
 * text passes through the same tokens, words and rule steps as at run time, gold tags are carried
 * onto the words layer's units (clitics outside, so وبالأردن teaches الأردن), and a structured
 * averaged perceptron learns from them, four times in different orders, the four models'
 * weights averaged. The training text is read twice, the second time with
 * half of the bundled names hidden from the lists ({@link EntityModel#hidingHalfOfTheNames}), so
 * that the tagger learns to find the names the lists do not know from their context and letters.
 * Same input and settings give the same model: the orders of examples are shuffled with fixed
 * seeds.
 */
public final class EntityTraining {

    /** Passes over the training set when none is given. */
    public static final int DEFAULT_ITERATIONS = 12;

    /**
     * Perceptrons trained over the same examples in different orders, whose weights are
     * averaged: one order's model swings by a point or more from any small change of the text or
     * the lists, and the mean of four is steadier and a little better (5-fold cross-validation
     * over the first 90% of ANERcorp's training split: 0.7924 for one order, 0.7948 for four).
     */
    static final int ORDERS = 4;

    private static final long SEED = 13L;
    /** Features seen fewer times in training are left out: they cannot generalize. */
    private static final int MIN_COUNT = 2;
    /** Averaged weights smaller than this are left out of the model file. */
    private static final double MIN_WEIGHT = 1e-3;
    private static final int PERCENT = 100;
    private static final int SCORED_TYPES = 3;
    /** Consecutive sentences read as one document. */
    private static final int DOCUMENT_SENTENCES = 10;

    /**
     * What to train on.
     *
     * @param train the training file
     * @param dev a development file scored after each pass, if any
     * @param holdOutPercent the share of the training file's last sentences kept out of training
     *     and scored as the development set (0 for none)
     * @param iterations passes over the training set
     */
    public record Settings(Path train, Optional<Path> dev, int holdOutPercent, int iterations) {

        /** Checks the values. */
        public Settings {
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
            }
            if (holdOutPercent < 0 || holdOutPercent >= PERCENT) {
                throw new IllegalArgumentException("hold-out percent must be in [0, 100): "
                        + holdOutPercent);
            }
            if (holdOutPercent > 0 && dev.isPresent()) {
                throw new IllegalArgumentException("give a development file or a hold-out share,"
                        + " not both");
            }
        }
    }

    /**
     * What training did.
     *
     * @param sentences training sentences
     * @param devSentences development sentences (0 if none)
     * @param features features in the model
     * @param devF1 F1 over persons, locations and organizations on the development set (exact
     *     spans of words-layer units), or NaN without one
     * @param seconds the time taken
     */
    public record Result(int sentences, int devSentences, int features, double devF1,
                         double seconds) {
    }

    /** One sentence-like segment as the tagger sees it, with its gold tags. */
    private record Example(long[][] features, int[] gold, List<Unit> units) {
    }

    /** A way of reading the text: the lists, and the rules over them. */
    private record Reading(EntityModel model, Recognizer recognizer) {

        Reading(EntityModel model) {
            this(model, new Recognizer(model));
        }
    }

    private final Pipeline words;

    private EntityTraining() {
        this.words = Pipeline.builder(ExtractorRegistry.load(EntityTraining.class.getClassLoader()))
                .use("words").build();
    }

    /**
     * Trains a model as {@code settings} say and writes it to {@code output}, reporting progress
     * and the development score of each pass to {@code progress}.
     *
     * @throws IOException if a file cannot be read or the model cannot be written
     * @throws IllegalArgumentException if a file is not in the CoNLL layout
     */
    public static Result train(Settings settings, Path output, Consumer<String> progress)
            throws IOException {
        long begin = System.nanoTime();
        List<Conll.Sentence> trainSentences = Conll.read(settings.train());
        List<Conll.Sentence> devSentences = List.of();
        if (settings.dev().isPresent()) {
            devSentences = Conll.read(settings.dev().get());
        } else if (settings.holdOutPercent() > 0) {
            int cut = trainSentences.size()
                    - (int) Math.round(trainSentences.size() * settings.holdOutPercent() / 100.0);
            devSentences = trainSentences.subList(cut, trainSentences.size());
            trainSentences = trainSentences.subList(0, cut);
        }
        progress.accept(String.format(Locale.ROOT, "%d training sentences, %d development "
                + "sentences; reading features, the training sentences twice (the second time with"
                + " half of the listed names hidden)", trainSentences.size(),
                devSentences.size()));
        ArabicLexicon lexicon = ArabicLexicon.load();
        Reading whole = new Reading(EntityModel.load(lexicon, List.of()));
        Reading hiding = new Reading(EntityModel.hidingHalfOfTheNames(lexicon));
        EntityTraining training = new EntityTraining();
        List<Example> train = training.examples(trainSentences, List.of(whole, hiding)).stream()
                .flatMap(List::stream).toList();
        List<Example> dev = training.examples(devSentences, List.of(whole)).get(0);

        Map<Long, Integer> counts = new HashMap<>();
        for (Example example : train) {
            for (long[] position : example.features()) {
                for (long key : position) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        Map<Long, Integer> ids = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (Example example : train) {
            for (long[] position : example.features()) {
                for (long key : position) {
                    if (counts.get(key) >= MIN_COUNT && !ids.containsKey(key)) {
                        ids.put(key, keys.size());
                        keys.add(key);
                    }
                }
            }
        }
        List<int[][]> trainIds = new ArrayList<>(train.size());
        for (Example example : train) {
            trainIds.add(numbered(example.features(), ids));
        }
        long[] keyArray = keys.stream().mapToLong(Long::longValue).toArray();
        progress.accept(String.format(Locale.ROOT, "%d features (seen at least %d times) in %.1f s",
                keyArray.length, MIN_COUNT, seconds(begin)));

        Course course = new Course(trainIds, train, dev, settings.iterations(), progress, begin);
        List<Perceptron> members = new ArrayList<>(ORDERS);
        for (int member = 0; member < ORDERS; member++) {
            Perceptron perceptron = new Perceptron(keyArray);
            members.add(perceptron);
            course.run(perceptron, new Random(SEED + member),
                    String.format(Locale.ROOT, "order %d/%d, ", member + 1, ORDERS));
        }
        SequenceTagger tagger = Perceptron.meanOf(members, MIN_WEIGHT);
        double devF1 = Double.NaN;
        if (!dev.isEmpty()) {
            int[][] counted = score(tagger, dev);
            devF1 = f1(total(counted));
            progress.accept(String.format(Locale.ROOT, "the %d orders averaged: dev F1 %s",
                    ORDERS, scores(counted)));
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            tagger.write(out);
        }
        progress.accept(String.format(Locale.ROOT, "wrote %s: %d features, %d bytes, %.1f s",
                output, tagger.features(), Files.size(output), seconds(begin)));
        return new Result(trainSentences.size(), devSentences.size(), tagger.features(), devF1,
                seconds(begin));
    }

    /**
     * The passes one perceptron makes over the training examples, with the development set
     * scored after each.
     *
     * @param trainIds per training example, the numbers of its features by position
     * @param train the training examples, for their gold tags
     * @param dev the development examples, empty for none
     * @param iterations the number of passes
     * @param progress where each pass is reported
     * @param begin when training began ({@link System#nanoTime})
     */
    private record Course(List<int[][]> trainIds, List<Example> train, List<Example> dev,
                          int iterations, Consumer<String> progress, long begin) {

        /**
         * Runs the passes over the examples in orders drawn from {@code random}, reporting each
         * under {@code label}.
         */
        void run(Perceptron perceptron, Random random, String label) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                order.add(i);
            }
            for (int pass = 1; pass <= iterations; pass++) {
                java.util.Collections.shuffle(order, random);
                int wrong = 0;
                int positions = 0;
                for (int index : order) {
                    wrong += perceptron.learn(trainIds.get(index), train.get(index).gold());
                    positions += train.get(index).gold().length;
                }
                String score = dev.isEmpty() ? ""
                        : "; dev F1 " + scores(score(perceptron.tagger(MIN_WEIGHT), dev));
                progress.accept(String.format(Locale.ROOT, "%spass %d/%d: %.2f%% of units tagged"
                        + " wrong%s; %.1f s", label, pass, iterations, 100.0 * wrong / positions,
                        score, seconds(begin)));
            }
        }
    }

    /** The overall and per-type F1 of development counts, as the progress lines print them. */
    private static String scores(int[][] counted) {
        return String.format(Locale.ROOT, "%.3f (person %.3f, location %.3f, organization %.3f)",
                f1(total(counted)), f1(counted[0]), f1(counted[1]), f1(counted[2]));
    }

    /**
     * The examples of {@code sentences} as each of {@code readings} reads them, read in documents
     * of {@value #DOCUMENT_SENTENCES} consecutive sentences (the corpus marks no articles), as
     * names recur within an article. The words step runs once per document for all readings.
     */
    private List<List<Example>> examples(List<Conll.Sentence> sentences, List<Reading> readings) {
        List<Conll.Sentence> documents = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += DOCUMENT_SENTENCES) {
            List<String> tokens = new ArrayList<>();
            List<Integer> tags = new ArrayList<>();
            for (Conll.Sentence sentence
                    : sentences.subList(from, Math.min(sentences.size(), from + DOCUMENT_SENTENCES))) {
                tokens.addAll(sentence.tokens());
                for (int tag : sentence.tags()) {
                    tags.add(tag);
                }
            }
            documents.add(new Conll.Sentence(tokens, tags.stream().mapToInt(t -> t).toArray()));
        }
        List<List<List<Example>>> byDocument =
                documents.parallelStream().map(document -> examples(document, readings)).toList();
        List<List<Example>> byReading = new ArrayList<>();
        for (int r = 0; r < readings.size(); r++) {
            int reading = r;
            byReading.add(byDocument.stream().flatMap(read -> read.get(reading).stream()).toList());
        }
        return byReading;
    }

    /**
     * The segments of one document as each of {@code readings} reads it, with gold tags carried
     * from tokens onto units.
     */
    private List<List<Example>> examples(Conll.Sentence sentence, List<Reading> readings) {
        StringBuilder text = new StringBuilder();
        List<int[]> entities = new ArrayList<>();
        int entityTag = Bio.O;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(sentence.tokens().get(i));
            int tag = sentence.tags()[i];
            boolean continues = tag != Bio.O && !Bio.isBegin(tag) && entityTag != Bio.O
                    && Bio.type(tag) == Bio.type(entityTag);
            if (continues) {
                entities.get(entities.size() - 1)[1] = text.length();
            } else if (tag != Bio.O) {
                entities.add(new int[] {start, text.length(), Bio.type(tag)});
            }
            entityTag = tag;
        }
        String plain = text.toString();
        Analysis analysis = words.analyze(plain);
        Document document = analysis.document();
        List<List<Example>> read = new ArrayList<>(readings.size());
        for (Reading reading : readings) {
            read.add(examples(plain, document, entities, reading));
        }
        return read;
    }

    /**
     * The segments of one analyzed document as {@code reading} reads it, with the gold entities
     * ({@code [start, end, type]} over the text) carried onto units.
     */
    private static List<Example> examples(String plain, Document document, List<int[]> entities,
                                          Reading reading) {
        List<Unit> units = Units.of(document, reading.model());
        Chart chart = reading.recognizer().chart(units);
        List<Found> rules = reading.recognizer().recognize(chart);
        int[] gold = new int[units.size()];
        int previousEntity = -1;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (int e = 0; e < entities.size(); e++) {
                int[] entity = entities.get(e);
                if (unit.start() >= entity[0] && unit.start() < entity[1]) {
                    gold[u] = e == previousEntity ? Bio.inside(entity[2]) : Bio.begin(entity[2]);
                    previousEntity = e;
                    break;
                }
            }
        }
        Features.Prepared prepared = Features.prepare(plain, chart, rules);
        int[] bounds = prepared.bounds();
        List<Example> examples = new ArrayList<>(bounds.length - 1);
        for (int s = 0; s + 1 < bounds.length; s++) {
            int from = bounds[s];
            int to = bounds[s + 1];
            if (to > from) {
                examples.add(new Example(prepared.keys(from, to),
                        java.util.Arrays.copyOfRange(gold, from, to), units.subList(from, to)));
            }
        }
        return examples;
    }

    private static int[][] numbered(long[][] features, Map<Long, Integer> ids) {
        int[][] numbered = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            int[] row = new int[features[i].length];
            int k = 0;
            for (long key : features[i]) {
                Integer id = ids.get(key);
                if (id != null) {
                    row[k++] = id;
                }
            }
            numbered[i] = java.util.Arrays.copyOf(row, k);
        }
        return numbered;
    }

    /** Per scored type, true positives, false positives and false negatives over exact units. */
    private static int[][] score(SequenceTagger tagger, List<Example> dev) {
        int[][] counts = new int[SCORED_TYPES][3];
        for (Example example : dev) {
            List<Found> gold = ModelTagging.entities(example.gold(), example.units());
            List<Found> guess = ModelTagging.entities(tagger.tag(example.features()),
                    example.units());
            for (Found found : guess) {
                counts[found.type().ordinal()][gold.contains(found) ? 0 : 1]++;
            }
            for (Found found : gold) {
                if (!guess.contains(found)) {
                    counts[found.type().ordinal()][2]++;
                }
            }
        }
        return counts;
    }

    private static int[] total(int[][] counts) {
        int[] total = new int[3];
        for (int[] c : counts) {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        return total;
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }
}
