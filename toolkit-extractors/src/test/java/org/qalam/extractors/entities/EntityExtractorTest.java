package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.PipelineException;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.ExtractorConfig;

class EntityExtractorTest {

    private static EntityExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = (EntityExtractor) new EntitiesProvider().create(ExtractorConfig.empty());
    }

    private static List<String> found(String text) {
        return describe(Pipelines.mentions(Pipelines.entities(), text));
    }

    /** The entities of {@code text} by the rules alone, without the tagger. */
    private static List<String> foundByRules(String text) {
        return describe(Pipelines.mentions(rulesAlone(), text));
    }

    /** What the extractor finds in {@code text} with the bundled tagger, then without it. */
    private static List<List<String>> foundWithAndWithoutTheTagger(String text) {
        return List.of(found(text), foundByRules(text));
    }

    private static Pipeline rulesAlone() {
        return Pipelines.entities(Map.of(EntitiesProvider.MODEL, EntitiesProvider.NO_MODEL));
    }

    private static List<String> describe(List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (Mention mention : mentions) {
            out.add(mention.type() + ":" + mention.text() + "=" + mention.value());
        }
        return out;
    }

    @Test
    void leavesProcliticsOutsideTheSpanWhereTheLettersAllow() {
        assertThat(found("زار الوفد دمشق وروسيا وبالأردن."))
                .containsExactly("location:دمشق=دمشق", "location:روسيا=روسيا", "location:الأردن=الأردن");
    }

    @Test
    void shedsTheProcliticsOfAWordListedOnlyInsideALongerName() {
        // بالقاهرة is a word of the listed الجامعة الأمريكية بالقاهرة, not a name of its own
        assertThat(found("اجتمع الوزراء بالقاهرة أمس."))
                .containsExactly("location:القاهرة=القاهرة");
    }

    @Test
    void shedsAPrepositionRareBeforeNamesOnlyBeforeAWholeName() {
        // يني begins only the listed يني شفق, which the text does not go on to: كيني is one word
        assertThat(found("وسجل المهاجم كيني ميلر هدفا."))
                .anyMatch(mention -> mention.contains("=كيني ميلر"))
                .noneMatch(mention -> mention.contains("=يني"));
        assertThat(found("تدعم دول كفرنسا وألمانيا الاتفاق."))
                .contains("location:فرنسا=فرنسا", "location:ألمانيا=ألمانيا");
    }

    @Test
    void startsAfterThePrepositionOfLamLam() {
        assertThat(found("قال الأمين العام للأمم المتحدة إن"))
                .containsExactly("organization:لأمم المتحدة=الأمم المتحدة");
    }

    @Test
    void findsNamesInsideFusedWordsWithSpansOnTheOriginalText() {
        String text = "اتفقت عليها الولاياتالمتحدةوروسيا أمس.";
        assertThat(found(text)).containsExactly(
                "location:الولاياتالمتحدة=الولايات المتحدة", "location:روسيا=روسيا");
    }

    @Test
    void readsTheWordsLayerOfAFusedToken() {
        String text = "في الأممالمتحدة";
        Token fused = new Token(Span.of(3, 15), "الأممالمتحدة", "الاممالمتحده", TokenKind.WORD);
        List<Word> words = List.of(
                new Word(Span.of(3, 5), "ال", WordRole.ARTICLE, "ال", true),
                new Word(Span.of(5, 8), "أمم", WordRole.STEM, "امم", true),
                new Word(Span.of(8, 10), "ال", WordRole.ARTICLE, "ال", true),
                new Word(Span.of(10, 15), "متحدة", WordRole.STEM, "متحده", true));
        Document document = Document.of(text)
                .withLayer(Layers.TOKENS, List.of(new Token(Span.of(0, 2), "في", "في", TokenKind.WORD), fused))
                .withLayer(Layers.WORDS, words);
        List<Mention> mentions = extractor.extract(document, ExtractionContext.now());
        assertThat(describe(mentions)).containsExactly("organization:الأممالمتحدة=الأمم المتحدة");
        assertThat(mentions.get(0).span()).isEqualTo(Span.of(3, 15));
    }

    @Test
    void findsPersonsAfterTitlesAndAgainLaterInTheDocument() {
        assertThat(found("التقى الرئيس السوري بشار الأسد وفدا. وقال الأسد إن بلاده منفتحة."))
                .containsExactly("person:بشار الأسد=بشار الأسد", "person:الأسد=الأسد");
        assertThat(found("اتهمت المندوبة الأمريكية الدائمة لدى الأمم المتحدة نيكي هايلي دمشق. وطالبت هايلي بالهدنة."))
                .containsExactly("organization:الأمم المتحدة=الأمم المتحدة", "person:نيكي هايلي=نيكي هايلي",
                        "location:دمشق=دمشق", "person:هايلي=هايلي");
    }

    @Test
    void keepsAListedNameWholeWhenTheSegmenterCutsIt() {
        assertThat(found("اجتمع الرئيس التركي وبشار الأسد في موسكو."))
                .containsExactly("person:بشار الأسد=بشار الأسد", "location:موسكو=موسكو");
    }

    @Test
    void buildsOrganizationsFromHeadsAndModifiers() {
        assertThat(found("نفت وزارة الدفاع الأمريكية الخبر، وقال المرصد السوري لحقوق الإنسان إن القصف استمر."))
                .containsExactly("organization:وزارة الدفاع الأمريكية=وزارة الدفاع الأمريكية",
                        "organization:المرصد السوري لحقوق الإنسان=المرصد السوري لحقوق الإنسان");
        assertThat(found("ازدادت حركة السفر وناقشت لجنة التحكيم الأعمال.")).isEmpty();
    }


    @Test
    void takesTheHeadIntoAListedOrganizationUnlessTheNameStandsAloneAfterIt() {
        assertThat(foundByRules("فاز حزب الليكود، وقالت حركة حماس إن شركة نوكيا تعمل."))
                .containsExactly("organization:حزب الليكود=حزب الليكود",
                        "organization:حماس=حماس", "organization:نوكيا=نوكيا");
    }

    @Test
    void leavesTheHeadOfATitleOutsideItWithOrWithoutTheTagger() {
        String text = "نقلت صحيفة الجارديان البريطانية عن قناة الجزيرة أن نادي الوحدة فاز، "
                + "وكتبت صحيفة القدس أن السفن عبرت قناة السويس.";
        for (List<String> mentions : foundWithAndWithoutTheTagger(text)) {
            assertThat(mentions)
                    .contains("organization:الجارديان=الجارديان",
                            "organization:الجزيرة=الجزيرة", "organization:الوحدة=الوحدة",
                            "organization:القدس=القدس")
                    .noneMatch(m -> m.contains("صحيفة") || m.contains("قناة الجزيرة")
                            || m.contains("نادي"));
        }
    }
    @Test
    void keepsARegnalNumberOfTwoWordsWithOrWithoutTheTagger() {
        String text = "وحكم الملك لويس الرابع عشر فرنسا، وزار البابا بنديكت السادس عشر تركيا.";
        for (List<String> mentions : foundWithAndWithoutTheTagger(text)) {
            assertThat(mentions)
                    .anyMatch(m -> m.startsWith("person:") && m.endsWith("لويس الرابع عشر"))
                    .anyMatch(m -> m.startsWith("person:") && m.endsWith("بنديكت السادس عشر"));
        }
    }

    @Test
    void startsAnotherPersonAtAGivenNameAfterAnd() {
        assertThat(found("استقبل الوزير بمحمد وعلي وأحمد ووليد في مكتبه."))
                .containsExactly("person:محمد=محمد", "person:علي=علي", "person:أحمد=أحمد",
                        "person:وليد=وليد");
        assertThat(found("خلفه عثمان بن عفان وعلي بن أبي طالب."))
                .containsExactly("person:عثمان بن عفان=عثمان بن عفان",
                        "person:علي بن أبي طالب=علي بن أبي طالب");
    }

    @Test
    void endsNoPersonWithAParticle() {
        assertThat(found("عاش أبو العلاء المعري في الشام."))
                .anyMatch(m -> m.startsWith("person:أبو العلاء"))
                .noneMatch(m -> m.equals("person:أبو=أبو"));
    }

    @Test
    void givesANameBackAFirstLetterReadAsAProclitic() {
        assertThat(found("التقى الرئيس الكوبي فيدل كاسترو في هافانا."))
                .contains("person:فيدل كاسترو=فيدل كاسترو");
        assertThat(found("سجل فان باستن هدفين."))
                .containsExactly("person:فان باستن=فان باستن");
        assertThat(found("وصل سولانا إلى بيروت، والتقى وسولانا وزير الخارجية."))
                .containsExactly("person:سولانا=سولانا", "location:بيروت=بيروت",
                        "person:سولانا=سولانا");
    }

    @Test
    void leavesAStatesInstitutionToTheTaggerWithOrWithoutIt() {
        String text = "قالت الحكومة العراقية إن الجيش الأميركي انسحب، وقال التحالف الدولي إنه باق.";
        for (List<String> mentions : foundWithAndWithoutTheTagger(text)) {
            assertThat(mentions)
                    .contains("organization:التحالف الدولي=التحالف الدولي")
                    .noneMatch(m -> m.contains("الحكومة") || m.contains("الجيش"));
        }
    }

    @Test
    void leavesADefiniteHeadWithADomesticAdjectiveAloneOut() {
        String text = "أعلن المجلس العسكري أن الوكالة الوطنية للطاقة ستتعاون مع الحكومة المركزية.";
        for (List<String> mentions : foundWithAndWithoutTheTagger(text)) {
            assertThat(mentions)
                    .noneMatch(m -> m.contains("المجلس العسكري") || m.contains("المركزية"));
        }
        assertThat(foundByRules(text))
                .contains("organization:الوكالة الوطنية للطاقة=الوكالة الوطنية للطاقة");
    }

    @Test
    void dropsARuleOrganizationTheTaggerRejectsUnlessItsGentilicNamesIt() {
        String text = "قالت وزارة الخارجية إن الوزير سافر، ونفت وزارة الدفاع الأمريكية الخبر.";
        assertThat(foundByRules(text))
                .containsExactly("organization:وزارة الخارجية=وزارة الخارجية",
                        "organization:وزارة الدفاع الأمريكية=وزارة الدفاع الأمريكية");
        assertThat(found(text))
                .containsExactly("organization:وزارة الدفاع الأمريكية=وزارة الدفاع الأمريكية");
    }

    @Test
    void takesNoCommonWordForAGivenNameOnTheRulesWordAlone() {
        String text = "وقال بيان صادر عن الوزارة إن الهجوم فشل.";
        assertThat(foundByRules(text)).anyMatch(m -> m.startsWith("person:بيان"));
        assertThat(found(text)).noneMatch(m -> m.startsWith("person:"));
    }

    @Test
    void findsPlacesAfterCuesKeepingOnlyGeographicCues() {
        assertThat(found("قصفت الطائرات بلدة الهري في محافظة دير الزور قرب هضبة الجولان."))
                .containsExactly("location:الهري=الهري", "location:دير الزور=دير الزور",
                        "location:هضبة الجولان=هضبة الجولان");
    }

    @Test
    void keepsAListedPlaceWholeWhereTheTaggerFoundOnlyItsLastWords() {
        assertThat(found("وفاز منتخب جنوب أفريقيا على مصر، ووصل الوفد إلى أم درمان ثم إلى جنوب لبنان."))
                .containsExactly("location:جنوب أفريقيا=جنوب أفريقيا", "location:مصر=مصر",
                        "location:أم درمان=أم درمان", "location:لبنان=لبنان");
    }

    @Test
    void nationalityAdjectivesAreNoPlaces() {
        assertThat(found("قال المسؤول السوري إن الحكومة الأمريكية والمعارضة السورية اجتمعت."))
                .noneMatch(m -> m.startsWith("location:"));
    }

    @Test
    void decidesAmbiguousWordsByContext() {
        assertThat(found("وصل الوزير إلى عمان أمس.")).containsExactly("location:عمان=عمان");
        assertThat(found("قال إنه يعيش على الأمل.")).isEmpty();
        assertThat(found("على الرغم من ذلك")).isEmpty();
    }

    @Test
    void marksWhatFoundEachMention() {
        String text = "زار بلدة الهري ثم دمشق.";
        assertThat(Pipelines.mentions(Pipelines.entities(), text))
                .extracting(m -> m.attributes().get(EntityExtractor.METHOD))
                .containsExactly("model", "model");
        assertThat(Pipelines.mentions(rulesAlone(), text))
                .extracting(m -> m.attributes().get(EntityExtractor.METHOD))
                .containsExactly("rule", "gazetteer");
    }

    @Test
    void handlesAWordLongerThanAnyName() {
        // the tagger may read it as a name after قال; what matters is that it does not fail
        assertThat(found("قال " + "ب".repeat(500) + " أمس.")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void handlesTextWithoutWords() {
        assertThat(found("")).isEmpty();
        assertThat(found("... 12 ، ؟ !!")).isEmpty();
        assertThat(found("ال و ب")).isEmpty();
    }

    @Test
    void providerDeclaresItsContractAndRejectsUnknownConfig() {
        EntitiesProvider provider = new EntitiesProvider();
        assertThat(provider.name()).isEqualTo("entities");
        assertThat(provider.requires()).containsExactlyInAnyOrder("tokens", "words");
        assertThat(provider.emits()).containsExactlyInAnyOrder("person", "location", "organization");
        assertThat(provider.configKeys()).containsOnlyKeys(EntitiesProvider.GAZETTEER,
                EntitiesProvider.MODEL);
        assertThatThrownBy(() -> Pipelines.entities(Map.of("foo", "bar")))
                .isInstanceOf(PipelineException.class).hasMessageContaining("foo");
    }

    @Test
    void readsExtraGazetteerFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places.txt");
        Files.writeString(file, "# my places\nكفر زيتا\tlocation\nشركة نسيم للنقل|organization\n");
        Pipeline pipeline = Pipelines.entities(Map.of(EntitiesProvider.GAZETTEER, file.toString()));
        assertThat(describe(Pipelines.mentions(pipeline, "وصل إلى كفر زيتا وشركة نسيم للنقل")))
                .containsExactly("location:كفر زيتا=كفر زيتا",
                        "organization:شركة نسيم للنقل=شركة نسيم للنقل");
    }

    @Test
    void rejectsABadGazetteerFileNamingTheKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "كفر زيتا\tvillage\n");
        for (String paths : List.of(file.toString(), dir.resolve("missing.txt").toString())) {
            assertThatThrownBy(() -> Pipelines.entities(Map.of(EntitiesProvider.GAZETTEER, paths)))
                    .isInstanceOf(PipelineException.class).hasMessageContaining("gazetteer");
        }
    }
}
