package org.qalam.extractors.dates;

import java.util.Map;
import java.util.Set;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.extractors.provider.BundledProvider;

/**
 * Registers the {@code dates} extractor: Gregorian and Hijri dates, holidays, seasons, weekdays,
 * relative days and periods, offsets and times of day, as {@code date} mentions with ISO-8601
 * values, and lengths of time as {@code duration} mentions. Reading the
 * {@code tokens} and {@code words} layers lets it share the tokenizer's and the word segmenter's
 * view of the text instead of re-splitting it.
 */
public final class DatesProvider extends BundledProvider {

    /** The config key of the reference time zone. */
    public static final String ZONE = "zone";
    /** The config key of the occurrence a month name alone names: next, past or this. */
    public static final String MONTH = "month";
    /** The config key of the occurrence a weekday alone names: next, past or this. */
    public static final String WEEKDAY = "weekday";
    /** The config key of the first day of the weekend: thursday, friday or saturday. */
    public static final String WEEKEND = "weekend";

    /** Declares the step; the grammar's word lists load with the class. */
    public DatesProvider() {
        super("dates",
                "Gregorian and Hijri dates, holidays, seasons, weekdays, relative days and periods, "
                        + "offsets, times of day, lengths of time",
                Set.of(DatesExtractor.TYPE, DatesExtractor.DURATION),
                Map.of(ZONE, "time zone of the reference time, e.g. Asia/Riyadh or +03:00 "
                        + "(default: the pipeline's reference time as given)",
                        MONTH, "which month a month name alone (في مارس) names: next (default: "
                        + "this year's unless it has passed), past (the last one, this month "
                        + "included; for news) or this (this year's)",
                        WEEKDAY, "which day a weekday alone (يوم الخميس) names: next (default: the "
                        + "next one after the reference day), past (the last one before it; for "
                        + "news) or this (this week's, Monday to Sunday)",
                        WEEKEND, "the first of the weekend's two days (عطلة نهاية الأسبوع): "
                        + "friday (default: Friday and Saturday), saturday or thursday"));
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new DatesExtractor(DateSettings.of(config));
    }
}
