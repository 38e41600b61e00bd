#!/usr/bin/env bash
# Throughput of `qalam analyze --lines --format jsonl` on a generated corpus: MB/s with one
# thread and with all cores, peak RSS (GNU time), and a check that the output has exactly one
# line per non-empty input line. Not part of `mvn verify`.
#
#   toolkit-cli/scripts/throughput.sh [SIZE_MB] [WORK_DIR]     (defaults: 100, a temp folder)
#   QALAM_JAVA_OPTS=-Xmx256m toolkit-cli/scripts/throughput.sh   # prove the memory bound
#
# The corpus is the synthetic news-like Arabic of corpus.sh (fixed seed, so runs are comparable).
set -euo pipefail

size_mb="${1:-100}"
work="${2:-$(mktemp -d)}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="$work/corpus-${size_mb}mb.txt"
mkdir -p "$work"

source "$root/toolkit-cli/scripts/corpus.sh"
make_corpus "$size_mb" "$corpus"

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
  wall=$(wall_seconds "$log")
  rss=$(peak_rss_kb "$log")
  lines=$(wc -l < "$out")
  awk -v l="$label" -v b="$bytes" -v s="$wall" -v r="$rss" -v n="$lines" -v d="$docs" 'BEGIN {
    printf "%-10s %8.1f MB in %6.1f s = %6.2f MB/s, peak RSS %5.0f MB, %d output lines for %d documents %s\n",
      l, b / 1e6, s, b / 1e6 / s, r / 1024, n, d, (n == d ? "(ok)" : "(MISMATCH)") }'
  grep -h '^qalam: [0-9]' "$log" | sed 's/^/           /' || true
  [[ "$lines" == "$docs" ]]
}

run "1-thread" --threads 1
run "$(nproc)-cores"
