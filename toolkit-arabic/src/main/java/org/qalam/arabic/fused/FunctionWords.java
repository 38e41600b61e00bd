package org.qalam.arabic.fused;

import java.util.Set;

/**
 * Closed-class words written by the Qalam team: particles, pronouns, demonstratives, prepositions.
 *
 * <p>Why: they make up most short pieces of fused text (ما هو, يا رب, على الأرض), while Hunspell
 * accepts hundreds of meaningless two-letter strings; only these earn a short piece its place.
 */
final class FunctionWords {

    /** Particles that real text most often fuses with the next word (لوكان, ماهو, يارب, لايوجد). */
    static final Set<String> LEADING_PARTICLES = Set.of("ما", "لا", "يا", "لو", "ها");

    /** Free-standing closed-class words, in their usual spellings. */
    static final Set<String> WORDS =
            Set.of(
                    // particles and conjunctions
                    "ما", "لا", "يا", "لو", "لم", "لن", "قد", "أن", "إن", "ان", "أو", "او", "بل", "ثم", "هل",
                    "كي", "لكي", "لكن", "لكنه", "لكنها", "حتى", "إذا", "اذا", "إذ", "إلا", "الا", "ليس", "ليست",
                    "كان", "كانت", "سوف", "عندما", "بينما", "كما", "مثل", "غير", "بعد", "قبل", "عند", "كل",
                    "بعض", "أي", "اي", "أين", "كيف", "متى", "لماذا", "ماذا", "منذ", "أمام", "خلال", "حول",
                    "بين", "ضد", "دون", "نحو", "لدى", "عبر", "فوق", "تحت", "هنا", "هناك", "أيضا", "فقط", "جدا",
                    "يجب", "ها", "إنه", "انه", "إنها", "انها", "أنه", "أنها", "لأن", "لان", "شيء", "شي",
                    // particles compounded with ما, never a word + ما (وانما, not وان ما)
                    "إنما", "انما", "أنما", "ربما", "كأنما", "كانما", "طالما", "كلما", "مهما",
                    // prepositions, alone and with pronouns
                    "في", "من", "عن", "على", "علي", "إلى", "الى", "مع", "له", "لها", "لهم", "لنا", "لك", "لي",
                    "لكم", "به", "بها", "بهم", "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عنه", "عنها",
                    "عليه", "عليها", "عليهم", "إليه", "اليه", "معه", "معها", "معهم", "عليكم", "منكم", "فيكم",
                    // pronouns and demonstratives
                    "هو", "هي", "هم", "هن", "نحن", "أنا", "انا", "أنت", "انت", "أنتم", "انتم", "هذا", "هذه",
                    "ذلك", "تلك", "هؤلاء", "أولئك", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي",
                    // dialect function words of reader comments (Levantine, Egyptian, Gulf): of two
                    // letters only the question شو (مو, مش open words: مونتاج, مشعل); not مين (مينمار)
                    "ليش", "وين", "هيك", "هلق", "بدي", "بدك", "بده", "بدهم", "عشان", "علشان", "كده", "كدا",
                    "دول", "اللي", "ايش", "إيش", "فين", "ازاي", "إزاي", "امتى", "كمان", "هاد", "هادا",
                    "هيدا", "لسه", "برضه", "يعني", "منشان", "مشان", "ريت", "شو",
                    // the most frequent nouns of religious and political formulas
                    "الله", "لله", "بالله", "والله", "عبد", "رب", "الحمد", "شاء");

    /**
     * Two-letter words that may close a fused run (الحذرمن, مافي, ماهو, قلناله, افعلواما); others
     * at the end of a run are usually the tail of an unknown name (الجبالي, الويكي, الملا).
     */
    static final Set<String> FINAL_SHORT =
            Set.of("من", "في", "عن", "هو", "هي", "مع", "قد", "لم", "أن", "إن", "أو", "له", "ما", "شو");

    /** Pronouns that are also object suffixes (يخرجونهم): a piece like this explains nothing. */
    static final Set<String> SUFFIX_PRONOUNS = Set.of("ها", "هم", "هن", "هما", "نا", "كم", "كن");

    /**
     * Words that look like particle + word but are single words or fixed spellings: a particle rule
     * must leave them whole (مازال, لولا, ياسين, مافيا).
     */
    static final Set<String> LEXICALIZED =
            Set.of(
                    "مازال", "مازالت", "مازالوا", "مازلت", "مازلنا", "مازلتم", "لازال", "لازالت", "لازالوا",
                    "لازلت", "لازلنا", "لازلتم", "مادام", "مادامت", "لولا", "لولاه", "لولاها", "لولاهم",
                    "لوحده", "لوحدها", "لوحدهم", "لوحدك", "لوحدكم", "لوحدي", "ياسين", "ياسر", "ياسمين",
                    "يابان", "ياقوت", "ياهو", "مافيا", "مافيات", "ماليزيا", "مالي", "مالك", "مالكي", "مارس",
                    "ماركس", "ماجد", "مازن", "ماهر", "هارون", "هاشم", "هامان", "لاسيما", "لابد", "كيلا",
                    "لكيلا", "هالك",
                    // لأن with its pronoun, written without the hamza (no لا + word)
                    "لانها", "لانهم", "لانهما", "لانهن", "لاننا", "لانني", "لانكم", "لانكما", "لانكن");

    /** Nouns that head a name and are often fused with it (جنوبسوريا, عبدالله). */
    static final Set<String> NAME_HEADS =
            Set.of("جنوب", "شمال", "شرق", "غرب", "وسط", "عبد", "أبو", "ابو", "بن", "بنت", "أم", "دير");

    private FunctionWords() {}
}
