package org.qalam.cli.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.qalam.cli.json.AnalysisJsonWriter;
import org.qalam.core.pipeline.Analysis;

/** The JSON document object of the design brief, indented or one per line. */
final class JsonFormatter implements DocumentFormatter {

    private final AnalysisJsonWriter writer;

    JsonFormatter(boolean compact) {
        this.writer = compact ? AnalysisJsonWriter.compact() : AnalysisJsonWriter.pretty();
    }

    @Override
    public String format(Analysis analysis) {
        StringWriter out = new StringWriter(256 + Math.min(analysis.document().text().length() * 4,
                1 << 20));
        try {
            writer.write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void write(Analysis analysis, Writer out) throws IOException {
        writer.write(analysis, out);
    }
}
