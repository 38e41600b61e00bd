#!/usr/bin/env bash
# Cold start of the qalam CLI, measured as whole processes: the median wall time of several runs
# of `qalam tokenize|split|analyze` on one sentence, of SplitOnce (a bare JVM that loads the lexicon
# and splits: the floor of `qalam split`), the same with start-up JVM options (C1 only + Serial GC,
# and an AppCDS class archive made by a first run), and the median lexicon and pipeline load times
# in a fresh JVM. Prints a Markdown table on stdout.
# Usage: bash toolkit-bench/coldstart.sh [RUNS]   (expects the jars built by run.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/toolkit-cli/target/qalam.jar"
bench="$root/toolkit-bench/target/benchmarks.jar"
work="$root/toolkit-bench/target/coldstart"
runs="${1:-10}"
sentence='قال وزير المالية سامي العلي أمس إن البنكالدولي سيقدّم 3 ملايين دولار لمدينةحلب قبل نهاية العام.'
fast_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

for jar in "$cli" "$bench"; do
  [[ -f "$jar" ]] || { echo "coldstart: missing $jar; run toolkit-bench/run.sh first" >&2; exit 1; }
done
mkdir -p "$work"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a";
  else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median wall milliseconds of `java ARGS...` reading the sentence on stdin; "n/a" if it fails.
time_java() {
  if ! printf '%s\n' "$sentence" | java "$@" >/dev/null 2>&1; then
    echo "n/a"; return
  fi
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(now_ms)
    printf '%s\n' "$sentence" | java "$@" >/dev/null 2>&1
    end=$(now_ms)
    echo $(( end - start ))
  done | median
}

# An AppCDS archive of the classes that `java ARGS...` loads, made by one run; prints its path.
archive() {
  local file="$work/$1.jsa"; shift
  rm -f "$file"
  printf '%s\n' "$sentence" | java -XX:ArchiveClassesAtExit="$file" "$@" >/dev/null 2>&1 || true
  echo "$file"
}

# LoadTime's report, one line per fresh JVM; load_ms KEY takes the median of KEY over them.
load_lines=$(for ((i = 0; i < runs / 2 + 1; i++)); do
  java -cp "$bench" org.qalam.bench.tools.LoadTime 2>/dev/null || true
done)
load_ms() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$load_lines" | median; }

split_jsa=$(archive split -cp "$bench" org.qalam.bench.tools.SplitOnce)
analyze_jsa=$(archive analyze -jar "$cli" analyze)

echo "| Cold start (median of $runs processes) | ms |"
echo "|---|---:|"
echo "| \`java -version\` (JVM floor) | $(time_java -version) |"
echo "| \`qalam tokenize\` one sentence (no lexicon) | $(time_java -jar "$cli" tokenize) |"
echo "| \`qalam split\` one sentence | $(time_java -jar "$cli" split) |"
echo "| \`qalam analyze\` one sentence | $(time_java -jar "$cli" analyze) |"
echo "| \`qalam analyze\` with ${fast_opts[*]} | $(time_java "${fast_opts[@]}" -jar "$cli" analyze) |"
echo "| \`qalam analyze\` with an AppCDS archive | $(time_java -XX:SharedArchiveFile="$analyze_jsa" -jar "$cli" analyze) |"
echo "| SplitOnce: bare JVM, lexicon load + split (floor of \`qalam split\`) | $(time_java -cp "$bench" org.qalam.bench.tools.SplitOnce) |"
echo "| SplitOnce with ${fast_opts[*]} | $(time_java "${fast_opts[@]}" -cp "$bench" org.qalam.bench.tools.SplitOnce) |"
echo "| SplitOnce with an AppCDS archive | $(time_java -XX:SharedArchiveFile="$split_jsa" -cp "$bench" org.qalam.bench.tools.SplitOnce) |"
echo "| \`ArabicLexicon.load()\` in a fresh JVM (Ayaspell via Lucene Hunspell) | $(load_ms lexicon-load-ms) |"
echo "| first \`boundaries\` (split) of the sentence after the load | $(load_ms first-split-ms) |"
echo "| \`Qalam.defaultPipeline()\` build after the lexicon (discovery, gazetteers) | $(load_ms pipeline-build-ms) |"
echo "| first \`analyze\` of the sentence after the build | $(load_ms first-analyze-ms) |"
echo
echo "Pipeline steps: $(sed -n '1s/.*steps=\(.*\)/\1/p' <<< "$load_lines")"
