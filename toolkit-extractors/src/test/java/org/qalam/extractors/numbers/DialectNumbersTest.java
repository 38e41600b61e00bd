package org.qalam.extractors.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.extractors.testing.Steps;

/**
 * Numbers as people write them in each dialect: Egyptian (EGY), Levantine (LEV), Gulf (GLF),
 * Maghrebi (MAG); and words that look like dialect numbers but are everyday words. Our own
 * phrases.
 */
class DialectNumbersTest {

    private static final Pipeline PIPELINE = Steps.pipeline("numbers").build();

    /** Each text gives one number over the covered words, with the value. */
    @ParameterizedTest(name = "{0} {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EGY | عندي تلاتين سنة        | تلاتين           | 30
            EGY | دفعت تمنين جنيه        | تمنين            | 80
            EGY | تلتمية وخمسين          | تلتمية وخمسين    | 350
            EGY | حداشر لاعب             | حداشر            | 11
            EGY | تلات تلاف              | تلات تلاف        | 3000
            EGY | دفعت نص مليون جنيه     | نص مليون         | 500000
            EGY | مليون ونص              | مليون ونص        | 1500000
            LEV | خمسة ونص كيلو          | خمسة ونص         | 5.5
            EGY | عطيني نص كيلو لحمة     | نص               | 0.5
            LEV | ونص ليرة للولد         | نص               | 0.5
            LEV | تنتين قهوة             | تنتين            | 2
            LEV | ربعمية ليرة            | ربعمية           | 400
            LEV | خمستعش شخص             | خمستعش           | 15
            GLF | ثمنية وثلاثين ألف      | ثمنية وثلاثين ألف | 38000
            GLF | ثنعش ريال              | ثنعش             | 12
            MAG | جوج دراهم              | جوج              | 2
            MAG | ربعة ديال الناس        | ربعة             | 4
            MAG | طناش                   | طناش             | 12
            MAG | تلطاش                  | تلطاش            | 13
            MAG | ربعطاش                 | ربعطاش           | 14
            MAG | خمسطاش                 | خمسطاش           | 15
            MAG | الصولد تلاتين فالمية   | تلاتين فالمية    | 30
            MAG | سطاش                   | سطاش             | 16
            MAG | سبعطاش                 | سبعطاش           | 17
            MAG | تمنطاش درهم            | تمنطاش           | 18
            MAG | تسعطاش                 | تسعطاش           | 19
            MAG | حداش                   | حداش             | 11
            """)
    void eachPhraseIsOneNumber(String dialect, String text, String covered, String value) {
        assertThat(Steps.mentions(PIPELINE, NumbersExtractor.TYPE, text)).singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo(covered);
                    assertThat(m.value()).isEqualTo(value);
                });
    }

    /** نص (alone, or before no unit of measure) a text, تلت a verb, وحدة a unit, زوج a husband, ميت dead: no numbers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نص القرار واضح
            بعتلي نص رسالة بس
            قرأت النص ونص القرار
            تلت الجلسة كلمة الرئيس
            وحدة الصف أولا
            سافر مع زوج أخته
            وجد الرجل ميت في بيته
            """)
    void everydayWordsAreNoNumbers(String sentence) {
        assertThat(Steps.mentions(PIPELINE, NumbersExtractor.TYPE, sentence)).isEmpty();
    }
}
