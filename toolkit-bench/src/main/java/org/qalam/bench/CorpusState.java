package org.qalam.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qalam.bench.corpus.Corpora;
import org.qalam.bench.corpus.Corpus;

/**
 * The corpus a benchmark runs on, chosen by the JMH parameter {@code corpus}.
 *
 * <p>Why a shared state: the corpus is built once per trial, outside the measured code, and the
 * same documents go to every chain in the run. {@code run.sh} drops {@code wikinews} from the
 * parameter list when the shared data folder lacks it.
 */
@State(Scope.Benchmark)
public class CorpusState {

    /** Corpus name, see {@link Corpora}. */
    @Param({Corpora.NEWS, Corpora.WIKINEWS, Corpora.SYNTHETIC_10MB})
    public String corpus;

    /** The loaded corpus. */
    public Corpus loaded;
    /** Its documents. */
    public List<String> documents;

    /** Loads the corpus named by {@link #corpus}. */
    @Setup
    public void load() {
        loaded = Corpora.byName(corpus);
        documents = loaded.documents();
    }
}
