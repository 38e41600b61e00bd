package org.qalam.cli.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        StringWriter out = new StringWriter(256 + analysis.document().text().length() * 8);
        try {
            writer.write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
