package org.qalam.extractors.dates;

import java.time.YearMonth;

/**
 * A month a rule named, with its resolved year.
 *
 * @param month    the month
 * @param end      the atom after the words that named it
 * @param relative whether the year came from the reference time
 */
record MonthRef(YearMonth month, int end, boolean relative) {
}
