package org.qalam.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates news-like Modern Standard Arabic paragraphs from word lists written for this project.
 *
 * <p>Why generated: a 10 MB corpus that anyone can rebuild bit for bit from a seed, with the mix
 * the toolkit meets in news (clitics, numbers in two digit scripts, percentages, dates, names,
 * quotes, a few diacritics and Latin acronyms), without shipping or copying anyone's text.
 * Not thread-safe: one generator per thread.
 */
final class SyntheticText {

    private static final String[] VERBS = {
        "أعلن", "أكد", "قال", "أضاف", "أوضح", "كشف", "نفى", "حذّر", "طالب", "دعا", "رفض",
        "وافق", "ناقش", "بحث", "افتتح", "زار", "استقبل", "وقّع", "أطلق", "قرر", "توقع", "أشار",
    };
    private static final String[] SUBJECTS = {
        "الوزير", "رئيس الحكومة", "المتحدث الرسمي", "وزارة الصحة", "البنك المركزي", "المجلس البلدي",
        "الأمين العام", "السفير", "مدير المستشفى", "نقابة المعلمين", "الاتحاد الأوروبي",
        "جامعة الدول العربية", "منظمة الصحة العالمية", "البرلمان", "الجيش", "الشرطة", "المحافظ",
        "رئيس الجامعة", "غرفة التجارة", "الهيئة العامة للإحصاء", "وكالة الأنباء الرسمية",
    };
    private static final String[] OBJECTS = {
        "خطة جديدة", "مشروعًا للطاقة الشمسية", "اتفاقية تعاون", "قانون الاستثمار", "ميزانية العام",
        "برنامجًا لدعم الشباب", "حملة تطعيم", "مبادرة لحماية البيئة", "تقريرًا مفصلًا",
        "نتائج الانتخابات", "أسعار الوقود", "خطة لإعادة الإعمار", "مفاوضات السلام",
        "إجراءات التقشف", "مشروع السكك الحديدية", "مناهج التعليم", "قرض الصندوق",
        "مستشفى الأطفال", "محطة تحلية المياه", "معرض الكتاب", "خدمات النقل العام",
    };
    private static final String[] PLACES = {
        "القاهرة", "عمّان", "بيروت", "دمشق", "بغداد", "الرياض", "الدوحة", "تونس", "الرباط",
        "الجزائر", "الخرطوم", "مسقط", "الكويت", "المنامة", "صنعاء", "طرابلس", "نواكشوط",
        "الإسكندرية", "حلب", "البصرة", "جدة", "مراكش", "صفاقس", "إربد", "الموصل", "وهران",
    };
    private static final String[] PERSONS = {
        "سامي العلي", "ليلى حسن", "يوسف الخطيب", "مريم السعدي", "عمر الفاسي", "هدى النجار",
        "خالد بن سعيد", "نور الهدى عثمان", "طارق زيدان", "رنا الشامي", "فيصل القاسم",
        "آمنة الكبيسي", "محمود عبد الله", "سارة المنصوري", "إبراهيم التونسي",
    };
    private static final String[] CONNECTIVES = {
        "وذلك", "في حين", "بينما", "كما", "إلا أن", "ومن جهة أخرى", "وفي السياق ذاته",
        "وبحسب", "ووفقًا لما", "غير أن", "علمًا بأن", "حيث",
    };
    private static final String[] TIMES = {
        "أمس", "اليوم", "مساء الأحد", "صباح الاثنين", "الأسبوع الماضي", "الشهر المقبل",
        "العام الماضي", "منذ عامين", "خلال الأيام الثلاثة الماضية", "بعد غد", "نهاية العام",
        "مطلع الشهر الجاري", "قبل أسبوعين", "في الربع الأول",
    };
    private static final String[] MONTHS = {
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    };
    private static final String[] UNITS = {
        "شخصًا", "طالبًا", "مليون دولار", "ألف طن", "كيلومترًا", "مليار ريال", "أسرة", "موظفًا",
        "ميغاواط", "مليون جنيه", "مدرسة", "سريرًا",
    };
    private static final String[] FILLERS = {
        "في إطار", "على صعيد", "بالتعاون مع", "لصالح", "من أجل", "على هامش", "بمشاركة",
        "تحت رعاية", "بالإضافة إلى", "في ظل",
    };
    private static final String[] ACRONYMS = {"UNICEF", "WHO", "IMF", "OPEC", "FIFA", "NATO"};
    private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0652', '\u0651'};

    private final SplittableRandom random;

    SyntheticText(SplittableRandom random) {
        this.random = random;
    }

    /** Paragraphs of 3 to 8 sentences until their UTF-8 size reaches {@code utf8Bytes}. */
    List<String> paragraphs(long utf8Bytes) {
        List<String> out = new ArrayList<>();
        long size = 0;
        StringBuilder paragraph = new StringBuilder(2048);
        while (size < utf8Bytes) {
            paragraph.setLength(0);
            int sentences = 3 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    paragraph.append(' ');
                }
                sentence(paragraph);
            }
            String text = paragraph.toString();
            out.add(text);
            size += text.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return out;
    }

    private void sentence(StringBuilder out) {
        word(out, pick(VERBS));
        out.append(' ').append(pick(SUBJECTS));
        if (random.nextInt(3) == 0) {
            out.append(' ').append(pick(PERSONS));
        }
        out.append(' ').append(pick(TIMES)).append(' ');
        word(out, pick(OBJECTS));
        out.append(' ').append(pick(FILLERS)).append(' ').append(pick(SUBJECTS))
                .append(" في ").append(pick(PLACES));
        int clauses = random.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            out.append("، ").append(pick(CONNECTIVES)).append(' ');
            clause(out);
        }
        out.append(random.nextInt(8) == 0 ? "؟" : ".");
    }

    private void clause(StringBuilder out) {
        switch (random.nextInt(6)) {
            case 0 -> out.append("بلغ عدد المستفيدين ").append(number()).append(' ').append(pick(UNITS));
            case 1 -> out.append("ارتفعت النسبة إلى ").append(number()).append(random.nextBoolean() ? "%" : "٪");
            case 2 -> out.append("في ").append(1 + random.nextInt(28)).append(' ').append(pick(MONTHS))
                    .append(' ').append(1990 + random.nextInt(40));
            case 3 -> out.append("قال ").append(pick(PERSONS)).append(" إن «").append(pick(OBJECTS))
                    .append(" ").append(pick(FILLERS)).append(' ').append(pick(PLACES)).append('»');
            case 4 -> out.append("بحسب تقرير ").append(pick(ACRONYMS)).append(" الصادر ").append(pick(TIMES));
            default -> {
                out.append("والتقى ");
                word(out, pick(PERSONS));
                out.append(" ب").append(pick(SUBJECTS)).append(" في ").append(pick(PLACES));
            }
        }
    }

    /** A number in ASCII or Arabic-Indic digits, sometimes with a decimal or thousands mark. */
    private String number() {
        int value = random.nextInt(5) == 0 ? 1000 + random.nextInt(90_000) : 2 + random.nextInt(98);
        String digits = random.nextInt(4) == 0 && value > 999
                ? String.format(java.util.Locale.ROOT, "%,d", value)
                : Integer.toString(value);
        if (random.nextInt(6) == 0) {
            digits = digits + "." + random.nextInt(10);
        }
        if (random.nextInt(4) != 0) {
            return digits;
        }
        StringBuilder indic = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            indic.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0'))
                    : c == '.' ? '\u066B' : '\u066C');
        }
        return indic.toString();
    }

    /** Appends {@code text}, giving one word in twelve a diacritic after its first letter. */
    private void word(StringBuilder out, String text) {
        if (random.nextInt(12) != 0 || text.length() < 3) {
            out.append(text);
            return;
        }
        out.append(text.charAt(0)).append(HARAKAT[random.nextInt(HARAKAT.length)])
                .append(text, 1, text.length());
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
