#!/usr/bin/env bash
# Cold start of the qalam CLI, measured as whole processes: the median wall time of several runs
# of `qalam split` and `qalam analyze` on one sentence, and the median pipeline load time
# (lexicons, gazetteers) in a fresh JVM. Prints a Markdown table on stdout.
# Usage: bash toolkit-bench/coldstart.sh [RUNS]   (expects the jars built by run.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/toolkit-cli/target/qalam.jar"
bench="$root/toolkit-bench/target/benchmarks.jar"
runs="${1:-10}"
java_cmd=(java ${QALAM_JAVA_OPTS:-})
sentence='قال وزير المالية سامي العلي أمس إن البنكالدولي سيقدّم 3 ملايين دولار لمدينةحلب قبل نهاية العام.'

for jar in "$cli" "$bench"; do
  [[ -f "$jar" ]] || { echo "coldstart: missing $jar; run toolkit-bench/run.sh first" >&2; exit 1; }
done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a";
  else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median wall milliseconds of `qalam ARGS...` reading the sentence on stdin; "n/a" if it fails.
time_cli() {
  if ! printf '%s\n' "$sentence" | "${java_cmd[@]}" -jar "$cli" "$@" >/dev/null 2>&1; then
    echo "n/a"; return
  fi
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(now_ms)
    printf '%s\n' "$sentence" | "${java_cmd[@]}" -jar "$cli" "$@" >/dev/null 2>&1
    end=$(now_ms)
    echo $(( end - start ))
  done | median
}

# Median wall milliseconds of the bench jar's main class $1 reading the sentence on stdin.
time_main() {
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(now_ms)
    printf '%s\n' "$sentence" | "${java_cmd[@]}" -cp "$bench" "$1" >/dev/null 2>&1
    end=$(now_ms)
    echo $(( end - start ))
  done | median
}

# LoadTime's report, one line per fresh JVM; load_ms KEY takes the median of KEY over them.
load_lines=$(for ((i = 0; i < runs / 2 + 1; i++)); do
  "${java_cmd[@]}" -cp "$bench" org.qalam.bench.tools.LoadTime 2>/dev/null || true
done)
load_ms() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$load_lines" | median; }

echo "| Cold start (median of $runs processes) | ms |"
echo "|---|---:|"
echo "| \`java -version\` (JVM floor) | $( for ((i = 0; i < runs; i++)); do s=$(now_ms); java -version 2>/dev/null; echo $(( $(now_ms) - s )); done | median ) |"
echo "| \`qalam tokenize\` one sentence (no lexicon) | $(time_cli tokenize) |"
echo "| \`qalam split\` one sentence | $(time_cli split) |"
echo "| \`qalam analyze\` one sentence | $(time_cli analyze) |"
echo "| floor of \`qalam split\`: a bare JVM that loads the lexicon and splits stdin (SplitOnce) | $(time_main org.qalam.bench.tools.SplitOnce) |"
echo "| \`ArabicLexicon.load()\` in a fresh JVM (Ayaspell via Lucene Hunspell) | $(load_ms lexicon-load-ms) |"
echo "| first \`boundaries\` (split) of the sentence after the load | $(load_ms first-split-ms) |"
echo "| \`Qalam.defaultPipeline()\` build after the lexicon (discovery, gazetteers) | $(load_ms pipeline-build-ms) |"
echo "| first \`analyze\` of the sentence after the build | $(load_ms first-analyze-ms) |"
steps=$(sed -n '1s/.*steps=\(.*\)/\1/p' <<< "$load_lines")
echo
echo "Pipeline steps: $steps"
