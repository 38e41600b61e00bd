package org.qalam.arabic.clitic;

import java.util.Set;

/**
 * Closed-class words that decide clitic cuts before any lexicon is asked: particles, pronouns,
 * prepositions and auxiliaries that take و ف ب ل ك and enclitic pronouns (وفي, فيه, لأنها,
 * وكان), and words that look cliticized but are not (كما, لكن, الذي, الله).
 *
 * <p>Why a list: these few hundred tokens make up a large part of running text, and a spelling
 * lexicon lists many of their cliticized forms (وقد, فيها) as entries of their own. Written by us.
 */
final class FunctionWords {

    /** Function words that are the stem of a cliticized token (و+في, ب+أن, من+ها). */
    static final Set<String> STEMS = Set.of(
            // prepositions
            "في", "من", "عن", "على", "إلى", "مع", "عند", "منذ", "حتى", "بين", "بعد", "قبل",
            "حول", "ضد", "دون", "خلال", "عبر", "نحو", "فوق", "تحت", "أمام", "وراء", "لدى",
            "مثل", "غير", "سوى", "ضمن", "عدا",
            // particles and conjunctions
            "قد", "لقد", "لم", "لن", "لا", "ما", "أن", "إن", "أنما", "إنما", "لكن", "ليس",
            "ليست", "سوف", "ثم", "أو", "أم", "إذا", "إذ", "لو", "كي", "أي", "أيضا", "حيث",
            "كيف", "متى", "أين", "هل", "بل", "عدم", "كل", "بعض", "جميع", "نفس", "ذات",
            "إلا", "إما", "لما", "ماذا", "لماذا", "كلما", "فيما", "عندما", "حينما", "بينما",
            // nouns of fixed prepositional phrases (بحسب, وحسب, باسم)
            "حسب", "اسم",
            // pronouns and demonstratives
            "هو", "هي", "هم", "هما", "هن", "نحن", "أنا", "أنت", "أنتم", "أنتما", "هذا", "هذه",
            "هذان", "هاتان", "هؤلاء", "ذلك", "تلك", "ذلكم", "أولئك", "هناك", "هنا", "الذي",
            "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
            "اللائي",
            // auxiliaries (kana and her sisters)
            "كان", "كانت", "كانوا", "يكون", "تكون", "يكن", "تكن", "أصبح", "أصبحت", "ظل",
            "ظلت", "مازال", "مازالت", "لايزال");

    /** Function words that take an enclitic pronoun (فيه, لكنها, بعضهم, أنني). */
    static final Set<String> PRONOUN_TAKING = Set.of(
            "في", "من", "عن", "مع", "عند", "منذ", "بين", "بعد", "قبل", "حول", "ضد", "دون",
            "خلال", "عبر", "نحو", "فوق", "تحت", "أمام", "وراء", "مثل", "غير", "سوى", "ضمن",
            "أن", "إن", "لكن", "كأن", "ليت", "لعل", "كل", "بعض", "جميع", "نفس", "ذات", "عدم",
            "ليس", "إيا");

    /** Prepositions whose final alef maqsura is written ي before a pronoun (عليه, إليها, لديهم). */
    static final Set<String> PRONOUN_HOSTS = Set.of("علي", "إلي", "لدي", "حتي");

    /** Tokens never cut although they start or end like a clitic, names included. */
    static final Set<String> UNSPLIT = Set.of(
            "كما", "لكن", "لكي", "لكنما", "كلما", "كأن", "كأنما", "لقد", "لدى", "ليس", "ليست",
            "الله", "اللهم", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
            "اللواتي", "اللاتي", "اللائي", "الا", "الى", "بل", "لو", "لولا", "كي",
            "كيف", "كلا", "كلتا", "فقط", "سوى", "سوف", "لن", "لم", "لا", "هنا", "هناك", "ذلك",
            "تلك", "هذا", "هذه", "ماذا", "لماذا", "إذا", "بينما", "ربما", "طالما", "إنما",
            "أنما", "مهما", "هكذا", "فيما", "عندما", "حينما", "مما", "ممن",
            // frequent names in the news that a spelling lexicon reads as clitic + word
            "بشار", "بوتين", "فلوريدا", "بعقوبة", "ليبرمان", "فرانك",
            "فورد", "كيا", "وجدي", "مارك", "بعلبك",
            // verbs that read as a clitic + function word
            "فتحت");

    private FunctionWords() {
    }
}
