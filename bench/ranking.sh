#!/usr/bin/env bash
# The women ranking's speed: (1) every monthly ranking and its averages, from the first data to today, computed
# cold in one process (RankingBenchmark, on the bundled dataset, several rounds: median and min); (2) the time a
# server takes to answer a cached ranking request (time to first byte minus time to send the request, over
# keep-alive requests from one curl, on loopback: median and 99th percentile).
#
# Run from the repository root:   bench/ranking.sh
# Settings: ROUNDS (7) rounds of (1); REQUESTS (1000) requests of (2); JAR (target/plenum.jar); KEEP_TMP=1.
set -euo pipefail

ROUNDS=${ROUNDS:-7}
REQUESTS=${REQUESTS:-1000}
JAR=${JAR:-target/plenum.jar}
URL_PATH="/api/v1/reports/women-ranking?year=2025&month=11"

say() { printf '[bench] %s\n' "$*" >&2; }
[[ -f pom.xml && -x mvnw ]] || { say "run from the repository root"; exit 1; }

say "1. every monthly ranking, cold, $ROUNDS rounds (RankingBenchmark)"
./mvnw -q test -Dtest=RankingBenchmark -Dplenum.bench.rounds="$ROUNDS" -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/bench-ranking.txt

[[ -f $JAR ]] || { say "building $JAR"; ./mvnw -q package -DskipTests; }
TMP=$(mktemp -d)
cleanup() { [[ -n ${PID:-} ]] && kill "$PID" 2>/dev/null; [[ ${KEEP_TMP:-0} == 1 ]] || rm -rf "$TMP"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
say "2. starting Plenum on port $PORT (fresh data directory: the bundled dataset loads first)"
PLENUM_DATA_DIR="$TMP/data" SERVER_PORT=$PORT java -jar "$JAR" >"$TMP/plenum.log" 2>&1 &
PID=$!
for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    sleep 1
done
URL="http://127.0.0.1:$PORT$URL_PATH"
curl -sf -o /dev/null "$URL" || { say "Plenum did not answer; see $TMP/plenum.log"; KEEP_TMP=1; exit 1; }
args=()
for _ in $(seq 1 "$REQUESTS"); do args+=(-o /dev/null "$URL"); done
curl -s -w '%{time_starttransfer} %{time_pretransfer}\n' "${args[@]}" >/dev/null # warm-up
curl -s -w '%{time_starttransfer} %{time_pretransfer}\n' "${args[@]}" \
    | awk '{ printf "%.1f\n", ($1 - $2) * 1e6 }' | sort -n > "$TMP/us.txt"
BYTES=$(curl -s "$URL" | wc -c)
awk -v n="$REQUESTS" -v bytes="$BYTES" -v path="$URL_PATH" '{ v[NR] = $1 } END {
    printf "Cached ranking request %s (%d bytes), %d keep-alive requests from one curl on loopback:\n", path, bytes, n;
    printf "  server time (first byte - request sent): median %.0f us, p90 %.0f us, p99 %.0f us, max %.0f us\n",
        v[int(n * 0.5)], v[int(n * 0.9)], v[int(n * 0.99)], v[n] }' "$TMP/us.txt"
