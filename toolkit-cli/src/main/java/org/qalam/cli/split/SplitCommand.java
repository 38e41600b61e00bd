package org.qalam.cli.split;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.cli.io.InputSource;
import org.qalam.cli.io.InvalidInputException;
import org.qalam.cli.io.LineReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
public final class SplitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Input files; '-' or none for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    FusedWordSplitter splitter = FusedWordSplitter.create();
    List<InputSource> sources = inputs.isEmpty()
        ? List.of(InputSource.stdin())
        : inputs.stream().map(InputSource::parse).toList();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        1 << 16);
    int failures = 0;
    for (InputSource source : sources) {
      try (InputStream in = flushingBeforeBlocking(source.open(), out)) {
        LineReader reader = new LineReader(in, source.name(), false);
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
          out.append(splitter.insertSpaces(line.text())).append('\n');
        }
      } catch (InvalidInputException e) {
        failures++;
        report(e.getMessage());
      } catch (IOException e) {
        failures++;
        report(source.name() + ": cannot read: "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
      out.flush();
    }
    return failures == 0 ? 0 : 1;
  }

  private void report(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("qalam split: " + message);
    err.flush();
  }

  /** The input, flushing {@code out} before a read that would wait: interactive use streams. */
  private static InputStream flushingBeforeBlocking(InputStream in, Writer out) {
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (super.available() == 0) {
          out.flush();
        }
        return super.read(buffer, offset, length);
      }
    };
  }
}
