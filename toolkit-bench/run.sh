#!/usr/bin/env bash
# Builds and runs the whole Qalam benchmark suite (about 10 minutes on 2 cores):
#   1. JMH (toolkit-bench/target/benchmarks.jar) with -prof gc: tokenize vs Lucene, split, analyze,
#      and AnalyzerBenchmark (QalamArabicAnalyzer vs ArabicAnalyzer, whole-analyzer MB/s);
#   2. paired CPU-time ratios to Lucene; 3. the CLI cold-start script; 4. the peak-heap check of
#   the full pipeline under -Xmx256m.
# Results go to toolkit-bench/target/results/ (jmh.json, jmh.log, summary.md).
# Usage: bash toolkit-bench/run.sh [extra JMH arguments, e.g. a benchmark regex or -i 3]
# Quick smoke run: QUICK=1 bash toolkit-bench/run.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/toolkit-bench/target/results"
jar="$root/toolkit-bench/target/benchmarks.jar"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "run.sh: building benchmarks.jar and qalam.jar..." >&2
  mvn -B -q -DskipTests -pl toolkit-bench,toolkit-cli -am package >&2
fi
mkdir -p "$out"

export QALAM_SHARED_DATA="${QALAM_SHARED_DATA:-$root/../shared/data}"
corpora="news,synthetic10mb"
texts="news"
split_texts="synthetic256kb,synthetic256kb-fused5"
if [[ -f "$QALAM_SHARED_DATA/wikinews/WikiNewsTruth.txt" ]]; then
  corpora="news,wikinews,synthetic10mb"
  texts="news,wikinews"
  split_texts="$split_texts,wikinews,wikinews-fused5"
else
  echo "run.sh: no WikiNews under $QALAM_SHARED_DATA; benchmarking without it" >&2
fi

steps=$(java -cp "$jar" org.qalam.bench.tools.Steps 2>/dev/null)

if [[ "${QUICK:-0}" == 1 ]]; then
  timing=(-wi 1 -w 1s -i 2 -r 1s)
else
  timing=(-wi 3 -w 1s -i 5 -r 1s)
fi

java -jar "$jar" -f 1 "${timing[@]}" -prof gc -p corpus="$corpora" -p text="$texts" \
  -p splitText="$split_texts" -p step="$steps" \
  -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.log" >&2

{
  echo "# Qalam benchmark results"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- Machine: nproc=$(nproc), CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "- JVM: $(java -version 2>&1 | sed -n 2p)"
  echo "- JMH: forks 1, ${timing[*]}, -prof gc; medians of the measurement iterations"
  echo
  java -cp "$jar" org.qalam.bench.report.Summary "$out/jmh.json"
  echo
  echo "Paired CPU-time ratios to Lucene (same methods, alternating, median of 15 rounds):"
  echo
  java -cp "$jar" org.qalam.bench.tools.PairedRatio 2>/dev/null
  echo
  echo "Indexing throughput, QalamArabicAnalyzer vs ArabicAnalyzer (paired CPU time, median of 9 rounds):"
  echo
  java -cp "$jar" org.qalam.bench.tools.AnalyzerPairedRatio 2>/dev/null
  echo
  bash "$root/toolkit-bench/coldstart.sh" "${COLDSTART_RUNS:-5}"
  echo
  echo "Peak heap, full pipeline under -Xmx256m (the goal), then the smallest heap that still runs it:"
  echo
  echo '```'
  java -Xmx256m -cp "$jar" org.qalam.bench.tools.PeakHeap 2>/dev/null \
    || echo "FAILED under -Xmx256m (run it without 2>/dev/null to see why)"
  for heap in 128 64 32 16; do
    if java -Xmx${heap}m -cp "$jar" org.qalam.bench.tools.PeakHeap >/dev/null 2>&1; then
      echo "runs with -Xmx${heap}m"
    else
      echo "fails with -Xmx${heap}m"
      break
    fi
  done
  echo '```'
} | tee "$out/summary.md"
