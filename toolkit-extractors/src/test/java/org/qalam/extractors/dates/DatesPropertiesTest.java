package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;

class DatesPropertiesTest {

    private static final Pipeline PIPELINE =
            Dates.pipeline(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC));

    /** One spelling per month and family: Egyptian/Gulf, Levantine/Iraqi, Maghreb. */
    private static final String[][] MONTHS = {
        {"يناير", "كانون الثاني", "جانفي"}, {"فبراير", "شباط", "فيفري"}, {"مارس", "آذار", "مارس"},
        {"أبريل", "نيسان", "أفريل"}, {"مايو", "أيار", "ماي"}, {"يونيو", "حزيران", "جوان"},
        {"يوليو", "تموز", "جويلية"}, {"أغسطس", "آب", "أوت"}, {"سبتمبر", "أيلول", "سبتمبر"},
        {"أكتوبر", "تشرين الأول", "أكتوبر"}, {"نوفمبر", "تشرين الثاني", "نوفمبر"},
        {"ديسمبر", "كانون الأول", "ديسمبر"}};

    private static final String[] HIJRI_MONTHS = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر",
        "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};

    @Property(tries = 300)
    void everyMonthFamilyReadsTheSameDay(@ForAll("days") LocalDate day,
                                         @ForAll @IntRange(min = 0, max = 2) int family,
                                         @ForAll boolean arabicIndic) {
        String text = "جرى ذلك في " + digits(day.getDayOfMonth(), arabicIndic) + " "
                + MONTHS[day.getMonthValue() - 1][family] + " " + digits(day.getYear(), arabicIndic)
                + " كما قيل";
        assertThat(Dates.find(PIPELINE, text)).singleElement()
                .extracting(Mention::value).isEqualTo(day.toString());
    }

    @Property(tries = 200)
    void hijriDatesRoundTripThroughUmmAlQura(@ForAll("days") LocalDate day) {
        HijrahDate hijri = HijrahDate.from(day);
        String text = "في " + hijri.get(ChronoField.DAY_OF_MONTH) + " "
                + HIJRI_MONTHS[hijri.get(ChronoField.MONTH_OF_YEAR) - 1] + " "
                + hijri.get(ChronoField.YEAR) + " هـ";
        List<Mention> found = Dates.find(PIPELINE, text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo(day.toString());
            assertThat(m.attributes()).containsEntry("calendar", "hijri");
        });
    }

    @Property(tries = 1000)
    void anyMixOfDateWordsGivesMentionsThatFitTheText(@ForAll("phrases") String text) {
        List<Mention> found = Dates.find(PIPELINE, text);
        int previousEnd = 0;
        for (Mention mention : found) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(mention.value()).isNotBlank();
            previousEnd = mention.end();
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1940, 1, 1).toEpochDay(),
                LocalDate.of(2070, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of("في", "من", "إلى", "حتى", "و", "بين", "الساعة", "الثالثة", "عصرا",
                        "صباحاً", "3", "١٥", "2020", "1445", "هـ", "/", "-", ":", "،", "رمضان",
                        "كانون", "الثاني", "الأول", "أمس", "غداً", "بعد", "قبل", "منذ", "خلال",
                        "أيام", "الأيام", "الثلاثة", "الماضية", "الأسبوع", "المقبل", "الخميس",
                        "يوم", "عام", "سنة", "شهر", "آخر", "أول", "ربع", "إلا", "نصف", "عيد",
                        "الفطر", "ثلاثة", "عشر", "محرم", "2/2013", "10:30", "31", "0", "99999",
                        "شوال", "ذو", "الحجة", "٣٠", "1200", "9999", "الـ", "منتصف", "الليل", "(",
                        ")", "حزيران/يونيو", "2014-2018", "عامي", "الأحد", "الثاني", "الماضي",
                        "صباح", "مساء", "ليلة", "أكثر", "30/02/2020", "29", "فبراير", "1445هـ")
                .list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
    }

    private static String digits(int value, boolean arabicIndic) {
        String ascii = Integer.toString(value);
        if (!arabicIndic) {
            return ascii;
        }
        StringBuilder text = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            text.append((char) ('\u0660' + (c - '0')));
        }
        return text.toString();
    }
}
