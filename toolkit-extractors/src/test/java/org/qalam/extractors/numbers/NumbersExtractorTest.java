package org.qalam.extractors.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.PipelineException;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.extractors.testing.Steps;

class NumbersExtractorTest {

    static final Pipeline PIPELINE = Steps.pipeline("numbers").build();

    /** The number mentions of {@code text}; fails when a step failed. */
    static List<Mention> numbers(String text) {
        return Steps.mentions(PIPELINE, NumbersExtractor.TYPE, text);
    }

    private static Mention only(String text) {
        return Steps.only(PIPELINE, NumbersExtractor.TYPE, text);
    }

    @Test
    void acceptanceSentence() {
        Mention mention = only("نزح أكثر من 12 ألف شخص");
        assertThat(mention.text()).isEqualTo("12 ألف");
        assertThat(mention.value()).isEqualTo("12000");
        assertThat(mention.source()).isEqualTo("numbers");
        assertThat(mention.attributes())
                .containsExactlyInAnyOrderEntriesOf(Map.of("kind", "cardinal", "unit", "شخص"));
    }

    @Test
    void aDecimalWithAScaleIsOneNumber() {
        Mention mention = only("ثلاثة فاصلة اثنين مليار");
        assertThat(mention.value()).isEqualTo("3200000000");
        assertThat(mention.text()).isEqualTo("ثلاثة فاصلة اثنين مليار");
    }

    @Test
    void dialectTeensHundredsAndOrdinalsPastTen() {
        assertThat(only("اربعتعش").value()).isEqualTo("14");
        assertThat(only("سبعطعش").value()).isEqualTo("17");
        assertThat(only("تسعتعش").value()).isEqualTo("19");
        assertThat(only("تسعمية").value()).isEqualTo("900");
        assertThat(only("ربعمية").value()).isEqualTo("400");
        assertThat(only("الخامس بعد الألف").value()).isEqualTo("1005");
        assertThat(only("الثالث والثلاثون").value()).isEqualTo("33");
    }

    @Test
    void numbersGluedToPunctuation() {
        assertThat(only("(12,").value()).isEqualTo("12");
        assertThat(only(".خمسة،").value()).isEqualTo("5");
    }

    @Test
    void aPhoneNumberIsOnePhoneMentionAndNoCardinal() {
        for (String phone : List.of("0501234567", "+966 11 234 5678")) {
            Analysis analysis = PIPELINE.analyze("اتصل على " + phone + " اليوم");
            assertThat(numbers("اتصل على " + phone + " اليوم")).isEmpty();
            assertThat(analysis.mentions()).singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo("phone");
                assertThat(m.text()).isEqualTo(phone);
            });
        }
    }

    @Test
    void digitsInEveryScriptWithArabicSeparators() {
        assertThat(only("بلغ الدين ١٬٢٥٠٬٠٠٠ دولار").value()).isEqualTo("1250000");
        Mention decimal = only("نما الاقتصاد ١٢٫٥ في العام");
        assertThat(decimal.value()).isEqualTo("12.5");
        assertThat(decimal.attributes()).containsEntry("kind", "decimal");
        assertThat(only("العدد ۱۲۳ فقط").value()).isEqualTo("123");
        assertThat(only("السكان ١،٢٣٤،٥٦٧ نسمة").value()).isEqualTo("1234567");
        assertThat(only("الكسر ٣/٤ من الكأس").value()).isEqualTo("0.75");
        assertThat(only("درجة الحرارة -5 اليوم").value()).isEqualTo("-5");
        Mention newswire = only("بلغت الصادرات 3ر5 مليار دولار");
        assertThat(newswire.value()).isEqualTo("3500000000");
        assertThat(newswire.text()).isEqualTo("3ر5 مليار");
    }

    @Test
    void percentages() {
        for (String text : List.of("على قرابة 70% من المنطقة", "على قرابة ٧٠٪ من المنطقة",
                "على قرابة 70 في المئة من المنطقة", "على قرابة سبعين بالمئة من المنطقة")) {
            Mention mention = only(text);
            assertThat(mention.value()).as(text).isEqualTo("70");
            assertThat(mention.attributes()).as(text).containsEntry("kind", "percent");
        }
    }

    @Test
    void wordsWithCliticsKeepTheCliticOutOfTheSpan() {
        List<Mention> mentions = numbers("اشترى ثلاثة كتب وخمسة أقلام بثلاثين دينارًا");
        assertThat(mentions).extracting(Mention::text).containsExactly("ثلاثة", "خمسة", "ثلاثين");
        assertThat(mentions).extracting(Mention::value).containsExactly("3", "5", "30");
        assertThat(mentions.get(2).attributes()).containsEntry("unit", "دينار");
    }

    @Test
    void compoundsAndMixedForms() {
        assertThat(only("خصصت الحكومة مليونين وخمسمائة ألف دولار").value()).isEqualTo("2500000");
        assertThat(only("بلغت الخسائر 3.5 مليار دولار").value()).isEqualTo("3500000000");
        Mention half = only("يعيش فيها نصف مليون نسمة");
        assertThat(half.value()).isEqualTo("500000");
        assertThat(half.attributes()).containsEntry("kind", "cardinal").containsEntry("unit", "نسمة");
    }

    @Test
    void ordinalsAndDefiniteCountedForms() {
        Mention ordinal = only("فاز في المرة الحادية عشرة");
        assertThat(ordinal.value()).isEqualTo("11");
        assertThat(ordinal.attributes()).containsEntry("kind", "ordinal");
        Mention hour = only("عند الساعة السادسة والنصف مساء");
        assertThat(hour.text()).isEqualTo("السادسة");
        assertThat(hour.value()).isEqualTo("6");
        Mention days = only("خلال الأيام الثلاثة الماضية");
        assertThat(days.text()).isEqualTo("الثلاثة");
        assertThat(days.value()).isEqualTo("3");
        assertThat(days.attributes()).containsEntry("kind", "cardinal");
    }

    @Test
    void yearsWithEraMarkersAndDigitOrdinals() {
        assertThat(numbers("في عام 2018م و1439هـ")).extracting(Mention::value)
                .containsExactly("2018", "1439");
        Mention session = only("افتتحت الدورة الـ15 للمؤتمر");
        assertThat(session.text()).isEqualTo("15");
        assertThat(session.attributes()).containsEntry("kind", "ordinal");
    }

    @Test
    void digitsGluedToLettersAreNoNumber() {
        assertThat(numbers("١مليون ليست رقم")).isEmpty();
        assertThat(numbers("20دولار أمريكي")).isEmpty();
    }

    @Test
    void datesWithSlashesGiveTheirParts() {
        assertThat(numbers("في يوم ٥/١٧/٢٠١٨")).extracting(Mention::value)
                .containsExactly("5", "17", "2018");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "قُتِلَ خَمْسَةٌ وَعِشْرُونَ شخصًا";
        Mention mention = only(text);
        assertThat(mention.value()).isEqualTo("25");
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        assertThat(mention.text()).isEqualTo("خَمْسَةٌ وَعِشْرُونَ");
    }

    @Test
    void digitsOfAnAddressOrSpacedGroups() {
        assertThat(numbers("العنوان ١٩٢.١٦٨.١.٢")).extracting(Mention::value)
                .containsExactly("192", "168", "1", "2");
        assertThat(only("عدد السكان ١ ٢٣٤ ٥٦٧").value()).isEqualTo("1234567");
        assertThat(only("عدد السكان 12\u00A0500 نسمة").value()).isEqualTo("12500");
        assertThat(numbers("الفصل 3 100 مرة")).extracting(Mention::value).containsExactly("3", "100");
    }

    @Test
    void wordsThatAreNotNumbersHere() {
        assertThat(numbers("أي واحد تفضل؟")).isEmpty();
        assertThat(numbers("وصل في كانون الأول")).isEmpty();
        assertThat(numbers("تأهل إلى ربع النهائي")).isEmpty();
        assertThat(numbers("بناء متين")).isEmpty();
        assertThat(numbers("ارتفعت في المئة الأخيرة")).isEmpty();
        assertThat(numbers("في النصف الأول من العام")).extracting(Mention::text)
                .containsExactly("الأول");
        assertThat(numbers("في الربع الأخير من العام")).isEmpty();
        assertThat(numbers("أثنى الوزير على الجهود")).isEmpty();
    }

    private static Pipeline.Builder configured(String key, String value) {
        return Steps.pipeline("numbers").config("numbers", ExtractorConfig.of(Map.of(key, value)));
    }

    @Test
    void pipelineRejectsUnknownConfig() {
        assertThat(new NumbersProvider().configKeys()).containsOnlyKeys(NumbersProvider.MIN_VALUE);
        assertThatThrownBy(() -> configured("x", "1").build())
                .isInstanceOf(PipelineException.class).hasMessageContaining("x");
    }

    @Test
    void minValueDropsSmallerNumbers() {
        Pipeline pipeline = configured(NumbersProvider.MIN_VALUE, "10").build();
        List<Mention> mentions = pipeline.analyze("جاء ثلاثة رجال ومعهم 12 ألف شخص و10 سيارات")
                .mentions();
        assertThat(mentions).extracting(Mention::value).containsExactly("12000", "10");
    }

    @Test
    void badMinValueNamesTheKey() {
        assertThatThrownBy(() -> configured(NumbersProvider.MIN_VALUE, "ten").build())
                .isInstanceOf(PipelineException.class).hasMessageContaining("min-value");
    }
}
