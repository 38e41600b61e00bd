package org.qalam.spark;

import java.io.Serializable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark accumulators that count what {@link QalamSpark#analyze} did: rows seen, characters
 * analyzed, rows skipped for their size, and rows with an {@code errors} entry.
 *
 * <p>Why accumulators: a bad or oversized row never fails the job, so the counts are how the
 * driver (and the Spark UI, where they appear by name) learns how many there were. Like every
 * accumulator updated in a transformation, they count again when a task is retried or the
 * dataset is computed twice; read them after one action.
 */
public final class QalamCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator rows;
    private final LongAccumulator chars;
    private final LongAccumulator skipped;
    private final LongAccumulator failed;

    private QalamCounters(LongAccumulator rows, LongAccumulator chars, LongAccumulator skipped,
                          LongAccumulator failed) {
        this.rows = rows;
        this.chars = chars;
        this.skipped = skipped;
        this.failed = failed;
    }

    /** New accumulators registered with the session's context, named {@code qalam.*}. */
    public static QalamCounters register(SparkSession spark) {
        var context = spark.sparkContext();
        return new QalamCounters(context.longAccumulator("qalam.rows"),
                context.longAccumulator("qalam.chars"),
                context.longAccumulator("qalam.skipped.too-large"),
                context.longAccumulator("qalam.rows.with-errors"));
    }

    /** Rows seen (analyzed, skipped or failed). */
    public long rows() {
        return rows.value();
    }

    /** UTF-16 chars of the rows analyzed. */
    public long chars() {
        return chars.value();
    }

    /** Rows longer than {@link QalamOptions#maxChars()}, kept but not analyzed. */
    public long skipped() {
        return skipped.value();
    }

    /** Rows whose {@code errors} column is not empty (a failed step, a skipped row, a crash). */
    public long withErrors() {
        return failed.value();
    }

    void row(int length, boolean analyzed, boolean hasErrors, boolean tooLarge) {
        rows.add(1);
        if (analyzed) {
            chars.add(length);
        }
        if (tooLarge) {
            skipped.add(1);
        }
        if (hasErrors) {
            failed.add(1);
        }
    }

    @Override
    public String toString() {
        return "rows=" + rows() + ", chars=" + chars() + ", skipped=" + skipped()
                + ", withErrors=" + withErrors();
    }
}
