#!/usr/bin/env bash
# The charts' rendering time (ChartBenchmark): world map, hemicycle, line and bar chart from the bundled data,
# RUNS (2000) renders each after a warm-up, in one JVM: median and 99th percentile, and the SVG's size.
#
# Run from the repository root:   bench/charts.sh
set -euo pipefail
RUNS=${RUNS:-2000}
[[ -f pom.xml && -x mvnw ]] || { echo "[bench] run from the repository root" >&2; exit 1; }
./mvnw -q test -Dtest=ChartBenchmark -Dplenum.bench.runs="$RUNS" -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/bench-charts.txt
