package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting a corpus's words, serializing the counts, and splitting with them. */
class CorpusVocabularyTest {

    @Test
    void wordsAreRunsOfArabicLettersWithoutMarks() {
        assertThat(CorpusVocabulary.words("وقالَ: الولاياتالمتحدة2020 CNN ـ"))
                .containsExactly("وقال", "الولاياتالمتحدة");
    }

    @Test
    void countsMergeAndCutOff() {
        CorpusVocabulary.Counter a = CorpusVocabulary.counter().add("كتب كتب قرأ");
        CorpusVocabulary.Counter b = CorpusVocabulary.counter().add("كتب قرأ سافر");
        CorpusVocabulary vocabulary = a.merge(b).build();
        assertThat(vocabulary.count("كتب")).isEqualTo(3);
        assertThat(vocabulary.count("قرأ")).isEqualTo(2);
        assertThat(vocabulary.count("سافر")).isZero();
        assertThat(vocabulary.total()).isEqualTo(6);
        assertThat(a.build(1, 1).size()).isEqualTo(1);
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        CorpusVocabulary vocabulary = CorpusVocabulary.count(List.of("قرطاج قرطاج قرطاج تونس"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(vocabulary);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            CorpusVocabulary copy = (CorpusVocabulary) in.readObject();
            assertThat(copy.count("قرطاج")).isEqualTo(3);
            assertThat(copy.total()).isEqualTo(4);
            assertThat(copy.size()).isEqualTo(vocabulary.size());
        }
    }

    @Test
    void aNameTheCorpusWritesAloneBecomesAPiece() {
        FusedWordSplitter standard = FusedWordSplitter.create();
        String fused = "فيقرطاج";
        List<String> corpus = new ArrayList<>(Collections.nCopies(5, "مهرجان قرطاج الدولي"));
        corpus.add(fused);
        FusedWordSplitter adapted = standard.adaptedTo(CorpusVocabulary.count(corpus));
        assertThat(standard.insertSpaces(fused)).isEqualTo(fused);
        assertThat(adapted.insertSpaces(fused)).isEqualTo("في قرطاج");
        assertThat(adapted.insertSpaces("الولاياتالمتحدةوروسيا"))
                .isEqualTo(standard.insertSpaces("الولاياتالمتحدةوروسيا"));
    }
}
