package org.qalam.arabic.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Sentence;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.standard();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.span().coveredText(text)).toList();
    }

    @Test
    void splitsAtStopsAndQuestionMarks() {
        assertThat(sentences("ذهب الولد إلى المدرسة. هل عاد؟ نعم! لقد عاد… ثم نام"))
                .containsExactly("ذهب الولد إلى المدرسة.", "هل عاد؟", "نعم!", "لقد عاد…", "ثم نام");
    }

    @Test
    void keepsRunsOfMarksAndClosingQuotesTogether() {
        assertThat(sentences("حقا؟! لا أصدق... \"انتهى.\" بدأ"))
                .containsExactly("حقا؟!", "لا أصدق...", "\"انتهى.\"", "بدأ");
    }

    @Test
    void decimalsAndAbbreviationsDoNotEndSentences() {
        assertThat(sentences("ارتفع المؤشر 3.5 نقطة و١٢٫٥ بالمئة. قال د. أحمد إن Dr. Smith وصل."))
                .containsExactly("ارتفع المؤشر 3.5 نقطة و١٢٫٥ بالمئة.",
                        "قال د. أحمد إن Dr. Smith وصل.");
    }

    @Test
    void anEraLetterAfterAYearEndsTheSentence() {
        assertThat(sentences("ولد عام 1950 م. وتوفي عام 1435 هـ. قال م. أحمد"))
                .containsExactly("ولد عام 1950 م.", "وتوفي عام 1435 هـ.", "قال م. أحمد");
    }

    @Test
    void quotedSpeechStaysInItsSentence() {
        assertThat(sentences("قال الوزير: «سنبدأ غدا. ونحن مستعدون» ثم غادر. وصل الوفد."))
                .containsExactly("قال الوزير: «سنبدأ غدا. ونحن مستعدون» ثم غادر.", "وصل الوفد.");
    }

    @Test
    void unclosedQuotesDoNotSwallowTheText() {
        assertThat(sentences("قال «سنبدأ. ونحن مستعدون. وصل الوفد."))
                .containsExactly("قال «سنبدأ.", "ونحن مستعدون.", "وصل الوفد.");
    }

    @Test
    void lineBreaksEndSentences() {
        assertThat(sentences("العنوان الرئيسي\n1. النقطة الأولى\r\nالثانية"))
                .containsExactly("العنوان الرئيسي", "1. النقطة الأولى", "الثانية");
    }

    @Test
    void emptyTextHasNoSentence() {
        assertThat(splitter.split("  \n ")).isEmpty();
    }

    @Test
    void providerAddsTokensThenSentences() {
        ExtractorRegistry registry = ExtractorRegistry.load(getClass().getClassLoader());
        Document document = Pipeline.builder(registry).use("sentences").build()
                .analyze("جملة أولى. جملة ثانية").document();
        assertThat(document.select(Layers.SENTENCES))
                .containsExactly(Sentence.of(0, 10), Sentence.of(11, 21));
    }
}
