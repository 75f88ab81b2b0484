#!/usr/bin/env bash
# Server time of the statistics pages (issue 11: a ranking page at p95 under 20 ms).
#
# Run from the repository root:   bench/stats-pages.sh
# Settings: PORT (default 18096), DATA_DIR (default a fresh temporary directory; give a loaded one to skip the first
# start's import), REQUESTS per page (default 300), JAR (default target/plenum.jar, built if missing).
#
# Starts Plenum, waits until it answers, warms each page up, then requests each page REQUESTS times one after the
# other over loopback with curl and prints p50, p95 and max of the time to the first byte (the server's time plus
# loopback), in milliseconds. Stops what it started on exit. Add a page to PAGES to measure it.
set -euo pipefail

PORT=${PORT:-18096}
REQUESTS=${REQUESTS:-300}
JAR=${JAR:-target/plenum.jar}
PAGES=(
    "/women-ranking?month=11&year=2025"
    "/women-ranking?month=11&year=2025&region=europe"
    "/women-averages?month=11&year=2025"
    "/compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010"
    "/data-dictionary/current_women_percent"
)

[[ -f pom.xml ]] || { echo "run from the repository root" >&2; exit 1; }
[[ -f $JAR ]] || ./mvnw -q -ntp -DskipTests package
TMP=$(mktemp -d "${TMPDIR:-/tmp}/plenum-stats-bench.XXXXXX")
DATA_DIR=${DATA_DIR:-$TMP/data}
PID=
cleanup() { [[ -n $PID ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

java -jar "$JAR" --SERVER_PORT="$PORT" --PLENUM_DATA_DIR="$DATA_DIR" >"$TMP/plenum.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/women-ranking" && break
    kill -0 "$PID" 2>/dev/null || { cat "$TMP/plenum.log" >&2; exit 1; }
    sleep 1
done

printf '%-100s %8s %8s %8s\n' page p50_ms p95_ms max_ms
for page in "${PAGES[@]}"; do
    url="http://127.0.0.1:$PORT$page"
    for _ in $(seq 1 50); do curl -fs -o /dev/null "$url"; done
    for _ in $(seq 1 "$REQUESTS"); do curl -fs -o /dev/null -w '%{time_starttransfer}\n' "$url"; done | sort -n > "$TMP/times"
    n=$(wc -l < "$TMP/times")
    pick() { sed -n "$(( ($1 * n + 99) / 100 ))p" "$TMP/times" | awk '{printf "%.1f", $1 * 1000}'; }
    printf '%-100s %8s %8s %8s\n' "$page" "$(pick 50)" "$(pick 95)" "$(tail -1 "$TMP/times" | awk '{printf "%.1f", $1 * 1000}')"
done
