package org.qalam.cli.split;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.fused.CorpusVocabulary;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.cli.LineFilterCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qalam split}: fused-word repair as a filter. Prints every input line with a space
 * inserted wherever words were fused ({@code الولاياتالمتحدةوروسيا} → {@code الولايات المتحدة
 * وروسيا}) and nothing else changed; line ends are written as {@code \n}. With {@code --adapt},
 * the whole input is read first to count its words, and then split with those counts as extra
 * evidence ({@link FusedWordSplitter#adaptedTo}).
 *
 * <p>Why a filter: repair is the first step of many corpus pipelines (indexing, counting), which
 * want plain text in and out, streamed line by line in bounded memory.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Restore the spaces lost between fused Arabic words, line by line.")
public final class SplitCommand extends LineFilterCommand {

    @Option(names = "--adapt",
            description = {"Adapt to the input: count its words first, then split with the "
                    + "counts as extra evidence (names the lexicon does not know). Holds the "
                    + "whole input in memory and writes at the end."})
    private boolean adapt;

    private FusedWordSplitter splitter;
    private final List<String> held = new ArrayList<>();
    private final CorpusVocabulary.Counter counter = CorpusVocabulary.counter();

    @Override
    protected void start() {
        splitter = FusedWordSplitter.create();
    }

    @Override
    protected void line(String text, String source, long number, Writer out) throws IOException {
        if (adapt) {
            held.add(text);
            counter.add(text);
        } else {
            out.append(splitter.insertSpaces(text)).append('\n');
        }
    }

    @Override
    protected void finish(Writer out) throws IOException {
        if (!adapt) {
            return;
        }
        FusedWordSplitter adapted = splitter.adaptedTo(counter.build());
        for (String text : held) {
            out.append(adapted.insertSpaces(text)).append('\n');
        }
        held.clear();
    }
}
