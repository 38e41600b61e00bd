package org.qalam.spark;

import org.qalam.arabic.fused.FusedWordSplitter;

/**
 * The fused-word splitter of one JVM, loaded on first use.
 *
 * <p>Why a holder: the splitter loads the lexicon and the letter model (about 10 MB); every task
 * and SQL call of an executor shares one.
 */
final class Splitters {

    private Splitters() {
    }

    private static final class Standard {
        static final FusedWordSplitter INSTANCE = FusedWordSplitter.create();
    }

    static FusedWordSplitter standard() {
        return Standard.INSTANCE;
    }
}
