package org.qalam.language.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArabicNumberParserTest {

    private final ArabicNumberParser parser = ArabicNumberParser.instance();

    private NumberMatch whole(String phrase) {
        Optional<NumberMatch> match = parser.parsePhrase(phrase);
        assertThat(match).as("parse of '%s'", phrase).isPresent();
        return match.orElseThrow();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            صفر | 0
            واحد | 1
            ثلاثة | 3
            ثلاث | 3
            اربعه | 4
            ثمانية | 8
            ثماني | 8
            عشرة | 10
            أحد عشر | 11
            إحدى عشرة | 11
            اثنا عشر | 12
            اثني عشر | 12
            اثنتا عشرة | 12
            ثلاثة عشر | 13
            تسع عشرة | 19
            عشرون | 20
            عشرين | 20
            خمسة وعشرون | 25
            واحدة و عشرون | 21
            تسعة وتسعون | 99
            مائة | 100
            مئة | 100
            مائة وستة عشر | 116
            مائتان | 200
            مئتين | 200
            ثلاثمائة | 300
            ثلاث مئة | 300
            ثلاثة مائة | 300
            ثلاثمائة وخمسين | 350
            خمسمائة و خمسة و عشرون | 525
            ألف | 1000
            ألفان | 2000
            ألفين | 2000
            ثلاثة آلاف | 3000
            عشرة آلاف | 10000
            أحد عشر ألفا | 11000
            مائة ألف | 100000
            مائة وواحد ألف | 101000
            مائتين وإثنين ألف | 202000
            مليون | 1000000
            مليونان | 2000000
            ثلاثة ملايين | 3000000
            إثنان مليون | 2000000
            مليونين وخمسمائة ألف | 2500000
            مليار | 1000000000
            بليون | 1000000000
            اثني عشر مليار | 12000000000
            مليون وألفين وثلاثة | 1002003
            ألفين وخمسة مائة | 2500
            تسعة مائة وتسعة وتسعون ألف وتسعة مائة وتسعة وتسعون | 999999
            واحد وعشرون تريليون وثلاث مائة | 21000000000300
            12 ألف | 12000
            ١٢ ألف | 12000
            100 الف | 100000
            10 آلاف | 10000
            3.5 مليار | 3500000000
            3 ملايين | 3000000
            نصف مليون | 500000
            ربع مليون | 250000
            مليون ونصف | 1500000
            ٣ مئة و ٢١ | 321
            ٤ آلاف ٣ مائة و ٢١ | 4321
            حداشر | 11
            إتناشر | 12
            ستاشر | 16
            تلتمية | 300
            خمسميت | 500
            سبعميت وخمسين | 750
            متين | 200
            متين تلاتة وستين | 263
            خمسمية خمسة و عشرين | 525
            اتنين مليون | 2000000
            دزينة | 12
            ثلاث دزينات | 36
            نصف دزينة | 6
            ثلاثة دستات | 36
            مائة و ثلاثة و ثلثين | 103.666666666667
            ثلاث مائة ودزينتين | 324
            """)
    void cardinals(String phrase, String value) {
        NumberMatch match = whole(phrase);
        assertThat(match.plainValue()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الأول | 1
            الاول | 1
            أول | 1
            الأولى | 1
            الثاني | 2
            الثان | 2
            ثالث | 3
            الثالثة | 3
            العاشر | 10
            الحادي عشر | 11
            الحادية عشرة | 11
            الأحد عشر | 11
            الإحدى عشرة | 11
            الثاني عشرة | 12
            الاثنى عشر | 12
            الثالثة عشرة | 13
            العشرون | 20
            التسعين | 90
            الحادي والعشرين | 21
            الواحد و العشرون | 21
            الخامس والعشرين | 25
            الثان والسبعون | 72
            المئة والخامسة والعشرون | 125
            """)
    void ordinals(String phrase, String value) {
        NumberMatch match = whole(phrase);
        assertThat(match.plainValue()).isEqualTo(value);
        assertThat(match.kind()).isEqualTo(NumberKind.ORDINAL);
    }

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ١٢٫٥ | 12.5 | DECIMAL
            ١٬٢٥٠٬٠٠٠ | 1250000 | CARDINAL
            1,250,000 | 1250000 | CARDINAL
            1,234.5 | 1234.5 | DECIMAL
            ٠,٠٨ | 0.08 | DECIMAL
            .77 | 0.77 | DECIMAL
            01.10 | 1.1 | DECIMAL
            -1.2 | -1.2 | DECIMAL
            -١٢/١٠ | -1.2 | FRACTION
            ٣/٤ | 0.75 | FRACTION
            ۱۲۳ | 123 | CARDINAL
            70% | 70 | PERCENT
            ٧٠٪ | 70 | PERCENT
            70 % | 70 | PERCENT
            عشرين في المئة | 20 | PERCENT
            ١٠٠ بالمئة | 100 | PERCENT
            سالب خمسة بالمئة | -5 | PERCENT
            سالب واحد | -1 | CARDINAL
            واحد فاصلة واحد | 1.1 | DECIMAL
            1 فاصلة 1 | 1.1 | DECIMAL
            ثلاثة فاصلة خمسة وعشرون | 3.25 | DECIMAL
            نصف | 0.5 | FRACTION
            ثلث | 0.333333333333333 | FRACTION
            ثلثان | 0.666666666666667 | FRACTION
            ثلاثة أرباع | 0.75 | FRACTION
            خمسة أثمان | 0.625 | FRACTION
            واحد ونصف | 1.5 | FRACTION
            خمسة وربع | 5.25 | FRACTION
            مئة وثلاثة ارباع | 100.75 | FRACTION
            عشرون وثلاثة اخماس | 20.6 | FRACTION
            """)
    void otherKinds(String phrase, String value, NumberKind kind) {
        NumberMatch match = whole(phrase);
        assertThat(match.plainValue()).isEqualTo(value);
        assertThat(match.kind()).isEqualTo(kind);
    }

    @Test
    void cliticsAreReportedAsPrefix() {
        assertThat(whole("وخمسة").prefix()).isEqualTo("و");
        assertThat(whole("بثلاثة").prefix()).isEqualTo("ب");
        NumberMatch definite = whole("والثلاثة");
        assertThat(definite.prefix()).isEqualTo("و");
        assertThat(definite.definite()).isTrue();
        assertThat(definite.plainValue()).isEqualTo("3");
        assertThat(definite.kind()).isEqualTo(NumberKind.CARDINAL);
        assertThat(whole("بألفين ومائتين").plainValue()).isEqualTo("2200");
        assertThat(whole("للثلاثة").prefix()).isEqualTo("ل");
        assertThat(whole("ال١٩٢").plainValue()).isEqualTo("192");
    }

    @Test
    void stopsBeforeCountedNouns() {
        List<String> words = List.of("قبل", "ثلاثة", "أيام");
        assertThat(parser.parse(words, 0)).isEmpty();
        NumberMatch three = parser.parse(words, 1).orElseThrow();
        assertThat(three.wordCount()).isEqualTo(1);
        assertThat(three.kind()).isEqualTo(NumberKind.CARDINAL);

        NumberMatch thousands = parser.parse(List.of("نزح", "أكثر", "من", "12", "ألف", "شخص"), 3)
                .orElseThrow();
        assertThat(thousands.wordCount()).isEqualTo(2);
        assertThat(thousands.plainValue()).isEqualTo("12000");
        assertThat(thousands.digits()).isTrue();
    }

    @Test
    void definiteCountedFormIsCardinalAndHourIsOrdinal() {
        NumberMatch three = parser.parse(List.of("الأيام", "الثلاثة", "الماضية"), 1).orElseThrow();
        assertThat(three.plainValue()).isEqualTo("3");
        assertThat(three.kind()).isEqualTo(NumberKind.CARDINAL);
        assertThat(three.definite()).isTrue();
        NumberMatch hour = parser.parse(List.of("الساعة", "الثالثة"), 1).orElseThrow();
        assertThat(hour.kind()).isEqualTo(NumberKind.ORDINAL);
        assertThat(hour.plainValue()).isEqualTo("3");
    }

    @Test
    void doesNotJoinSeparateNumbers() {
        assertThat(parser.parsePhrase("ثلاثة أربعة")).isEmpty();
        assertThat(parser.parsePhrase("خمسة عشرون")).isEmpty();
        assertThat(parser.parsePhrase("ألف ألف")).isEmpty();
        assertThat(parser.parse(List.of("مائة", "ألف", "وخمسون", "ألف"), 0).orElseThrow()
                .wordCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"أحد", "لست", "الاثنين", "آلاف", "بالمئة", "192.168.1.2", "و"})
    void rejectsPhrasesThatAreNotNumbers(String phrase) {
        assertThat(parser.parsePhrase(phrase)).isEmpty();
    }

    @Test
    void aFractionWordNeedsAMeasure() {
        assertThat(parser.parse(List.of("ثمن", "حجرة"), 0)).isEmpty();
        assertThat(parser.parse(List.of("ثمن", "الوزن"), 0).orElseThrow().plainValue())
                .isEqualTo("0.125");
    }

    @Test
    void firstStandsAlone() {
        NumberMatch first = parser.parse(List.of("أول", "عشرة", "آلاف"), 0).orElseThrow();
        assertThat(first.wordCount()).isEqualTo(1);
        assertThat(first.kind()).isEqualTo(NumberKind.ORDINAL);
        assertThat(whole("الحادي والعشرين").plainValue()).isEqualTo("21");
        assertThat(whole("الحادي و العشرين").plainValue()).isEqualTo("21");
    }

    @Test
    void constructFormsNeedTheirTeen() {
        assertThat(parser.parsePhrase("أثنى")).isEmpty();
        assertThat(parser.parsePhrase("ألفا")).isEmpty();
        assertThat(whole("عشرين ألفًا").plainValue()).isEqualTo("20000");
    }

    @Test
    void ordinalHourWithAFraction() {
        NumberMatch hour = parser.parse(List.of("الثالثة", "وربع"), 0).orElseThrow();
        assertThat(hour.wordCount()).isEqualTo(2);
        assertThat(hour.plainValue()).isEqualTo("3.25");
        assertThat(hour.kind()).isEqualTo(NumberKind.ORDINAL);
    }

    @Test
    void looseFractionsNeedAnIndefiniteWordBeforeADefiniteNoun() {
        assertThat(parser.parse(List.of("خمس", "الفطيرة"), 0).orElseThrow().plainValue())
                .isEqualTo("0.2");
        NumberMatch ten = parser.parse(List.of("العشر", "الأوائل"), 0).orElseThrow();
        assertThat(ten.plainValue()).isEqualTo("10");
        assertThat(ten.kind()).isEqualTo(NumberKind.CARDINAL);
    }

    @Test
    void rateWordMakesAPercentage() {
        NumberMatch rate = parser.parse(List.of("بنسبة", "10", "نقاط"), 0).orElseThrow();
        assertThat(rate.kind()).isEqualTo(NumberKind.PERCENT);
        assertThat(rate.prefix()).isEqualTo("ب");
        assertThat(rate.wordCount()).isEqualTo(2);
        assertThat(parser.parse(List.of("بنسبة", "10", "%"), 0)).isEmpty();
    }

    @Test
    void mixedFractionInDigits() {
        assertThat(whole("-١ ٤/٥").plainValue()).isEqualTo("-1.8");
        assertThat(whole("2 1/2").plainValue()).isEqualTo("2.5");
    }

    @Test
    void rejectsBadStart() {
        assertThatThrownBy(() -> parser.parse(List.of("ثلاثة"), 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
