package org.qalam.bench.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.qalam.arabic.fused.FusedWordSplitter;

/**
 * The least a {@code qalam split} process must do: load the lexicon, read stdin, print each line
 * with its fused words split. The cold-start script times it as the floor of {@code qalam split}.
 *
 * <p>Why: it separates the cost of the lexicon from the CLI's own start-up (picocli, logging,
 * service discovery), and stands in for {@code qalam split} in builds whose CLI lacks it.
 */
public final class SplitOnce {

    private SplitOnce() {
    }

    /** Splits stdin line by line to stdout. */
    public static void main(String[] args) throws IOException {
        FusedWordSplitter splitter = FusedWordSplitter.create();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.println(splitter.insertSpaces(line));
        }
        out.flush();
    }
}
