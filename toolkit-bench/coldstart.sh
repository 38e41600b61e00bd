#!/usr/bin/env bash
# Cold start of the qalam CLI, measured as whole processes: the median wall and CPU time of several
# runs of `qalam tokenize|split|analyze` on one sentence, of `qalam split` with start-up JVM options
# (C1 only + Serial GC; an AppCDS class archive made by a first run), of SplitOnce (a bare JVM that
# loads the lexicon and splits: the floor of `qalam split`), and the median lexicon and pipeline
# load times in a fresh JVM. Prints a Markdown table on stdout.
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

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a";
  else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# "wall | cpu": median wall and median CPU (user + sys) milliseconds of `java ARGS...` reading the
# sentence on stdin; CPU time is the steadier figure when other processes share the cores.
time_java() {
  if ! printf '%s\n' "$sentence" | java "$@" >/dev/null 2>&1; then
    echo "n/a | n/a"; return
  fi
  local samples="" i
  for ((i = 0; i < runs; i++)); do
    samples+=$( { TIMEFORMAT='%R %U %S'; time printf '%s\n' "$sentence" | java "$@" >/dev/null 2>&1; } 2>&1 )$'\n'
  done
  local wall cpu
  wall=$(awk 'NF == 3 { print int($1 * 1000) }' <<< "$samples" | median)
  cpu=$(awk 'NF == 3 { print int(($2 + $3) * 1000) }' <<< "$samples" | median)
  echo "$wall | $cpu"
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

split_jsa=$(archive split -jar "$cli" split)

echo "| Cold start (median of $runs processes) | wall ms | CPU ms |"
echo "|---|---:|---:|"
echo "| \`java -version\` (JVM floor) | $(time_java -version) |"
echo "| \`qalam tokenize\` one sentence (no lexicon) | $(time_java -jar "$cli" tokenize) |"
echo "| \`qalam split\` one sentence | $(time_java -jar "$cli" split) |"
echo "| \`qalam split\` with ${fast_opts[*]} | $(time_java "${fast_opts[@]}" -jar "$cli" split) |"
echo "| \`qalam split\` with an AppCDS archive | $(time_java -XX:SharedArchiveFile="$split_jsa" -jar "$cli" split) |"
echo "| SplitOnce: bare JVM, lexicon load + split (floor of \`qalam split\`) | $(time_java -cp "$bench" org.qalam.bench.tools.SplitOnce) |"
echo "| \`qalam analyze\` one sentence | $(time_java -jar "$cli" analyze) |"
echo "| \`ArabicLexicon.load()\` in a fresh JVM (compiled Ayaspell lexicon) | $(load_ms lexicon-load-ms) | – |"
echo "| first \`boundaries\` (split) of the sentence after the load | $(load_ms first-split-ms) | – |"
echo "| \`Qalam.defaultPipeline()\` build after the lexicon (discovery, gazetteers) | $(load_ms pipeline-build-ms) | – |"
echo "| first \`analyze\` of the sentence after the build | $(load_ms first-analyze-ms) | – |"
echo
echo "Pipeline steps: $(sed -n '1s/.*steps=\(.*\)/\1/p' <<< "$load_lines")"
