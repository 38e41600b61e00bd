/**
 * The {@code dates} extractor: date and time expressions of Arabic text as {@code date}
 * mentions, resolved against the pipeline's reference time.
 *
 * <p>Values are ISO-8601 at the grain of the expression: {@code 2025} (year), {@code 2020-01}
 * (month), {@code 2026-W49} (ISO week), {@code 2020-01-15} (day), {@code 2026-11-24T15:00} (hour
 * or minute), {@code 2013-02-12T15:23:24} (second). An interval is {@code start/last} with both
 * ends inclusive at the grain: من 13 إلى 15 تموز is {@code 2013-07-13/2013-07-15} and خلال الأيام
 * الثلاثة الماضية, said on 2018-06-21, is {@code 2018-06-18/2018-06-20}. Attributes: {@code grain},
 * {@code calendar} ({@code gregorian} or {@code hijri}), {@code relative} (whether the value
 * depends on the reference time), {@code hijri} (the Hijri date as written), {@code holiday}, and
 * {@code open} for an interval with one end left open: منذ 2011 is {@code 2011/..} ({@code
 * open=end}), حتى نهاية الشهر {@code ../2021-09-30} ({@code open=start}). Lengths of time are
 * {@code duration} mentions with an ISO 8601 value: ثلاث ساعات is {@code PT3H}, أسبوعين {@code
 * P2W}, سنة ونص {@code P1Y6M}.
 *
 * <p>The words the grammar knows are the data file {@code vocabulary.txt}; dialect spellings
 * (بكرا, مبارح, الجاي, الفايتة, هاد, دلوقتي) reach it as those words through the data file
 * {@code dialect-variants.txt}; see {@code toolkit-extractors/docs/dates.md}.
 *
 * <p>Conventions, shared with Duckling where it has one: weeks start on Monday; a bare weekday
 * is the next one after the reference day and a month without a year is this year's unless it has
 * passed (config keys {@code weekday} and {@code month}: {@code next}, {@code past}, {@code
 * this}); numeric dates are day first (١٠/٥/٢٠٢٣ is 10 May) unless the year leads; an hour
 * without a part of the day is its next occurrence; offsets in days, weeks, months and years are
 * days (منذ عامين), in hours and minutes they are minutes. Hijri dates go through the JDK's
 * Umm al-Qura calendar; outside its years the mention keeps the Hijri date as its value with
 * {@code resolved=false} and the reason in {@code problem}.
 *
 * <p>Number words (ثلاثة, الثالثة, الحادي والعشرين) are read by the language library's
 * {@link org.qalam.language.numbers.ArabicNumberParser}; dual units (يومين, عامين) are date
 * vocabulary and read here. The grammar reads one atom per clitic group of the {@code words}
 * layer (digits and separators are cut from their tokens). Config key {@code zone}: the time zone
 * the reference time is read in.
 *
 * <p>Spans follow the toolkit's one rule, {@link org.qalam.core.model.CliticGroup#coreSpan()}, at
 * a mention's first and last word: conjunctions, prepositions and the future particle before it
 * and a pronoun after it stay outside, the article inside (in لل the span starts at the second ل,
 * which realizes ال): للعام 2025 gives the date لعام 2025; see
 * {@code toolkit-extractors/docs/spans.md}.
 */
package org.qalam.extractors.dates;
