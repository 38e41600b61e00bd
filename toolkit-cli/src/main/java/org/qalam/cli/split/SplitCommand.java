package org.qalam.cli.split;

import java.io.IOException;
import java.io.Writer;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.cli.LineFilterCommand;
import picocli.CommandLine.Command;

/**
 * {@code qalam split}: fused-word repair as a filter. Prints every input line with a space
 * inserted wherever words were fused ({@code الولاياتالمتحدةوروسيا} → {@code الولايات المتحدة
 * وروسيا}) and nothing else changed; line ends are written as {@code \n}.
 *
 * <p>Why a filter: repair is the first step of many corpus pipelines (indexing, counting), which
 * want plain text in and out, streamed line by line in bounded memory.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Restore the spaces lost between fused Arabic words, line by line.")
public final class SplitCommand extends LineFilterCommand {

    private FusedWordSplitter splitter;

    @Override
    protected void start() {
        splitter = FusedWordSplitter.create();
    }

    @Override
    protected void line(String text, String source, long number, Writer out) throws IOException {
        out.append(splitter.insertSpaces(text)).append('\n');
    }
}
