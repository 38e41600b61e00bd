#!/usr/bin/env bash
# Throughput of `qalam analyze --lines --format jsonl` on a generated corpus: MB/s with one
# thread and with all cores, peak RSS (GNU time), and a check that the output has exactly one
# line per non-empty input line. Not part of `mvn verify`.
#
#   toolkit-cli/scripts/throughput.sh [SIZE_MB] [WORK_DIR]     (defaults: 100, a temp folder)
#   QALAM_JAVA_OPTS=-Xmx256m toolkit-cli/scripts/throughput.sh   # prove the memory bound
#
# The corpus is synthetic news-like Arabic made up here (common words, about 4% numbers in both
# digit scripts and numeric dates, 3% month, relative-day and number words), generated with a
# fixed seed, so runs are comparable.
set -euo pipefail

size_mb="${1:-100}"
work="${2:-$(mktemp -d)}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="$work/corpus-${size_mb}mb.txt"
mkdir -p "$work"

if [[ ! -s "$corpus" ]]; then
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
fi

bytes=$(stat -c %s "$corpus")
docs=$(grep -c '[^[:space:]]' "$corpus")
echo "corpus: $corpus, $bytes bytes, $docs non-empty lines" >&2
"$root/bin/qalam" --version >&2

run() {
  local label="$1"; shift
  local out="$work/out-$label.jsonl" log="$work/time-$label.log"
  /usr/bin/time -v "$root/bin/qalam" analyze --lines --format jsonl --no-progress "$@" \
    "$corpus" > "$out" 2> "$log"
  local wall rss lines
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  lines=$(wc -l < "$out")
  awk -v l="$label" -v b="$bytes" -v s="$wall" -v r="$rss" -v n="$lines" -v d="$docs" 'BEGIN {
    printf "%-10s %8.1f MB in %6.1f s = %6.2f MB/s, peak RSS %5.0f MB, %d output lines for %d documents %s\n",
      l, b / 1e6, s, b / 1e6 / s, r / 1024, n, d, (n == d ? "(ok)" : "(MISMATCH)") }'
  grep -h '^qalam: [0-9]' "$log" | sed 's/^/           /' || true
  [[ "$lines" == "$docs" ]]
}

run "1-thread" --threads 1
run "$(nproc)-cores"
