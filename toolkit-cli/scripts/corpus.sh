# Shared by throughput.sh and toolkit-spark/scripts/scaling.sh (sourced, not run): the
# synthetic corpus both measure, and the readings of a GNU `time -v` log.
#
# The corpus is synthetic news-like Arabic made up here (common words, about 4% numbers in both
# digit scripts and numeric dates, 3% month, relative-day and number words), generated with a
# fixed seed, so runs are comparable.

# make_corpus SIZE_MB FILE: writes FILE (SIZE_MB million bytes, whole lines) unless it exists.
make_corpus() {
  local size_mb="$1" corpus="$2"
  [[ -s "$corpus" ]] && return 0
  echo "generating $corpus ..." >&2
  awk -v target=$((size_mb * 1000 * 1000)) 'BEGIN {
    srand(42)
    n = split("في من على إلى أن التي الذي وقال قالت الحكومة الرئيس الوزراء المدينة القوات " \
      "مجلس الأمن العاصمة دمشق القاهرة بغداد الرياض عمان بيروت الخرطوم تونس الجزائر الرباط " \
      "نحو أكثر أقل حوالي وذلك وفقا بحسب مصادر مسؤول محمد أحمد علي فاطمة عائشة الاقتصاد السوق " \
      "النفط الغاز الانتخابات البرلمان المعارضة الجيش الشرطة المستشفى الجامعة المدرسة الطلاب " \
      "وزارة الصحة التعليم والخارجية للأمم المتحدة بالمدينة وبالقرب فسيكون سيارة طائرة مطار " \
      "ميناء شركة البنك المركزي الأسعار ارتفعت انخفضت اجتماع مؤتمر صحفي وأكد وأضاف أشار " \
      "المتحدث باسم خلال بين حيث كما هذا هذه ذلك تلك عن مع بعد قبل حتى منذ لدى أيضا كان كانت " \
      "يكون تكون الدولة الدولي العربية الأمريكية السورية المصرية العراقية الفلسطينية الإسرائيلية " \
      "المنطقة الحدود الأزمة الحرب السلام المفاوضات الاتفاق القرار الوضع الأمني السياسي " \
      "الإنساني المساعدات اللاجئين السكان المواطنين العمال المشروع التنمية الاستثمار التجارة " \
      "الصادرات الواردات الميزانية العجز الديون الفقر البطالة الشباب النساء الأطفال", w, " ")
    m = split("أمس اليوم غدا الأسبوع الماضي المقبل العام الشهر يناير فبراير مارس أبريل مايو " \
      "يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ألف مليون مليار دولار دينار بالمئة", v, " ")
    bytes = 0
    while (bytes < target) {
      len = 5 + int(rand() * 35); line = ""
      for (i = 0; i < len; i++) {
        r = rand()
        if (r < 0.03) tok = int(rand() * 100000)
        else if (r < 0.035) tok = sprintf("%d/%d/%d", 1 + int(rand() * 28), 1 + int(rand() * 12), 1990 + int(rand() * 40))
        else if (r < 0.04) tok = "٢٠٢" int(rand() * 10)
        else if (r < 0.07) tok = v[1 + int(rand() * m)]
        else tok = w[1 + int(rand() * n)]
        line = line (i ? " " : "") tok
      }
      line = line (rand() < 0.5 ? "." : "،")
      print line
      bytes += length(line) + 1   # characters; Arabic takes two bytes, so the file ends larger
    }
  }' | head -c $((size_mb * 1000 * 1000)) | sed '$d' > "$corpus"
}

# wall_seconds LOG: the elapsed wall-clock time of a `time -v` log, in seconds.
wall_seconds() {
  grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }'
}

# peak_rss_kb LOG: the maximum resident set size of a `time -v` log, in KB.
peak_rss_kb() {
  grep 'Maximum resident set size' "$1" | awk '{print $NF}'
}
