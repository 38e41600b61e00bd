#!/usr/bin/env bash
# Scaling of the Spark job against the CLI on one machine, back to back on the same generated
# corpus: `qalam analyze --lines --threads 2` (JSON Lines), then AnalyzeJob in local[1] and
# local[2] (Parquet), each with GNU time for wall time and peak RSS. Not part of `mvn verify`.
#
#   toolkit-spark/scripts/scaling.sh [SIZE_MB] [WORK_DIR] [HEAP]   (defaults: 200, a temp folder, 1g)
#   RUNS="2 1" toolkit-spark/scripts/scaling.sh ...    # which runs, in order (default: "cli 1 2";
#                                                      # cli1 is the CLI on one thread)
#
# HEAP is the -Xmx of every run; 1g for local[2] means 512 MB per executor core. The corpus is
# the synthetic news-like Arabic of toolkit-cli/scripts/corpus.sh, as throughput.sh measures.
set -euo pipefail

size_mb="${1:-200}"
work="${2:-$(mktemp -d)}"
heap="${3:-1g}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="$work/corpus-${size_mb}mb.txt"
mkdir -p "$work"

source "$root/toolkit-cli/scripts/corpus.sh"
make_corpus "$size_mb" "$corpus"

# Build both jars before any timing (each launcher rebuilds when sources are newer).
"$root/bin/qalam" --version > /dev/null
"$root/bin/qalam-spark" --version > /dev/null 2>&1

bytes=$(stat -c %s "$corpus")
docs=$(grep -c '[^[:space:]]' "$corpus")
echo "corpus: $corpus, $bytes bytes, $docs non-empty lines; heap -Xmx$heap; $(date -u +%H:%M) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Largest heap left after a garbage collection (MB): what the run really holds.
live_heap() {
  grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/.*->//; s/M//' | sort -n | tail -1
}

report() {
  local label="$1" log="$2" out="$3" gc="$4"
  local wall rss size live
  wall=$(wall_seconds "$log")
  live=$(live_heap "$gc")
  rss=$(peak_rss_kb "$log")
  size=$(du -sb "$out" | cut -f1)
  awk -v l="$label" -v b="$bytes" -v s="$wall" -v r="$rss" -v d="$docs" -v o="$size" -v h="$live" 'BEGIN {
    printf "| %s | %.1f s | %.0f | %.2f | %.0f MB | %d MB | %.1f MB |\n", l, s, d / s, b / 1e6 / s, r / 1024, h, o / 1e6 }'
}

echo "| run | wall time | documents/s | MB/s | peak RSS | max heap after GC | output |"
echo "|---|---|---|---|---|---|---|"

cli() {
  local threads="$1" out="$work/cli$1.jsonl" log="$work/time-cli$1.log"
  QALAM_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-cli$threads.log" /usr/bin/time -v "$root/bin/qalam" analyze --lines --format jsonl \
    --no-progress --no-summary --threads "$threads" --reference-date 2026-12-01 --output "$out" \
    "$corpus" 2> "$log"
  report "qalam analyze --threads $threads" "$log" "$out" "$work/gc-cli$threads.log"
}

spark() {
  local cores="$1" out="$work/spark-local$1" log="$work/time-spark-local$1.log"
  # Input split sizes: the job's own defaults (docs/spark.md).
  QALAM_SPARK_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-local$cores.log" \
    /usr/bin/time -v "$root/bin/qalam-spark" --master "local[$cores]" --input "$corpus" \
    --input-format text --output "$out" --output-format parquet --overwrite \
    --reference-date 2026-12-01 > "$work/summary-local$cores.txt" 2> "$log"
  report "Spark local[$cores]" "$log" "$out" "$work/gc-local$cores.log"
  sed 's/^/    /' "$work/summary-local$cores.txt" >&2
}

for run in ${RUNS:-cli 1 2}; do
  case "$run" in
    cli) cli 2 ;;
    cli1) cli 1 ;;
    *) spark "$run" ;;
  esac
done
