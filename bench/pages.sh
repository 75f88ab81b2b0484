#!/usr/bin/env bash
# Server time of the website's pages under load: p50 and p95 of wrk's latencies on the loopback interface.
#
# Run from the repository root:   bench/pages.sh
# Quick run:                       DURATION=10s WARMUP=5s bench/pages.sh
# Before and after, in one run:    BASELINE_JAR=/tmp/plenum-before.jar bench/pages.sh
# Reuse a loaded data directory:   DATA_DIR=/tmp/web-data bench/pages.sh   (else a fresh one: the first start loads
#                                  the bundled dataset, a few minutes on a small machine)
#
# What it does: builds target/plenum.jar if missing; installs wrk from Debian's packages if missing; starts Plenum on
# a free loopback port; checks that every page answers 200; warms each page up, then runs wrk on it with a Lua script
# that prints the 50th and 95th percentiles (wrk's --latency has no p95); prints a table. The target of issue 11 is a
# p95 under 20 ms for a profile page and for the ranking page. Plain requests (no Accept-Encoding), one language.
#
# Settings (environment variables):
#   DURATION     wrk duration of each measured run   (default 20s)
#   WARMUP       wrk duration of each warm-up        (default 10s)
#   CONNECTIONS  wrk connections                     (default 16)
#   THREADS      wrk threads                         (default 2)
#   JAVA_OPTS    options for Plenum's JVM            (default none)
#   JAR          the jar to run                      (default target/plenum.jar)
#   DATA_DIR     data directory to use               (default a fresh temporary one)
#   BASELINE_JAR another jar to measure in the same run (e.g. one built from an earlier commit): every page on the
#                baseline, then every page on JAR, one server at a time on the same data directory; the table gets
#                the ratio of the medians and of the p95s (after / before)
#   PAGES_ONLY   a space-separated list of pages to measure instead of the default list
#   PORT         the port of the server(s), one at a time (default a free one)
set -euo pipefail

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-target/plenum.jar}
BASELINE_JAR=${BASELINE_JAR:-}

# The pages measured: a profile (country with two chambers), a chamber page with a long history, the home page, a
# search, the ranking (also filtered by region), the averages, the compare tool and a data dictionary entry. Add a
# page here to measure it; every page must answer 200 before anything is measured.
PAGES=("/parliament/FR/" "/parliament/RW/RW-LC01/" "/" "/search?q=guinea"
    "/women-ranking?month=11&year=2025" "/women-ranking?month=11&year=2025&region=europe"
    "/women-averages?month=11&year=2025"
    "/compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010"
    "/data-dictionary/current_women_percent")
if [[ -n ${PAGES_ONLY:-} ]]; then read -r -a PAGES <<<"$PAGES_ONLY"; fi

say() { printf '[bench] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
[[ -f pom.xml && -x mvnw ]] || die "run from the repository root (where pom.xml and mvnw are)"

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi; }
if ! command -v wrk >/dev/null; then
    command -v apt-get >/dev/null || die "please install wrk (no apt-get here)"
    say "installing wrk from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [[ ! -f $JAR ]]; then
    say "building $JAR"
    ./mvnw -q -ntp -DskipTests package
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/plenum-pages.XXXXXX")
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "no free port found"
}

DATA=${DATA_DIR:-$TMP/data}
PIDS=()
cleanup() {
    local status=$?
    set +e
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

# start JAR NAME: starts a server, waits until it is healthy; sets URL and SERVER_PID
start() {
    local jar=$1 name=$2 port=${PORT:-$(free_port)}
    say "starting $name ($jar) on 127.0.0.1:$port (data in $DATA)"
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$jar" --PLENUM_DATA_DIR="$DATA" --server.port="$port" --server.address=127.0.0.1 \
        --plenum.publications.enabled=false --plenum.bulk.enabled=false >"$TMP/$name.log" 2>&1 &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    for i in $(seq 1 600); do
        if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$TMP/$name.log" >&2; die "$name exited"; }
        ((i == 600)) && die "$name not healthy after 600 s"
        sleep 1
    done
    say "$name is up"
    URL="http://127.0.0.1:$port"
    for page in "${PAGES[@]}"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$URL$page")
        [[ $status == 200 ]] || die "$name: $page answers $status, not 200"
    done
}

stop() {
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null || true
}

cat >"$TMP/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("PERCENTILES %.3f %.3f %.3f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout))
end
LUA

ROW='%-40s %-7s %8s %8s %8s %10s %8s %7s\n'
# measure_all LABEL: warms up and measures every page on URL; one row per page in $TMP/rows-LABEL
measure_all() {
    local label=$1 page out p50 p95 p99 requests errors rps
    : >"$TMP/rows-$label"
    for page in "${PAGES[@]}"; do
        curl -s -o "$TMP/body" "$URL$page"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$URL$page" >/dev/null 2>&1
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$TMP/percentiles.lua" "$URL$page" 2>&1)
        read -r _ p50 p95 p99 requests errors <<<"$(grep '^PERCENTILES' <<<"$out")"
        rps=$(grep '^Requests/sec' <<<"$out" | awk '{print $2}')
        printf "$ROW" "$page" "$label" "$(stat -c %s "$TMP/body")" "$p50" "$p95" "$p99" "$rps" "$errors" | tee -a "$TMP/rows-$label" >&2
    done
}

say "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per page after $WARMUP warm-up"
# The baseline first (one server at a time, on the same data directory: the first start loads a fresh one).
if [[ -n $BASELINE_JAR ]]; then
    [[ -f $BASELINE_JAR ]] || die "no baseline jar at $BASELINE_JAR"
    start "$BASELINE_JAR" before
    measure_all before
    stop
fi
start "$JAR" after
measure_all after
stop

printf "$ROW" "page" "jar" "bytes" "p50 ms" "p95 ms" "p99 ms" "req/s" "errors"
if [[ -n $BASELINE_JAR ]]; then
    paste -d'\n' "$TMP/rows-before" "$TMP/rows-after" | while IFS= read -r before && IFS= read -r after; do
        echo "$before"
        echo "$after"
        read -r _ _ _ b50 b95 _ <<<"$before"
        read -r _ _ _ a50 a95 _ <<<"$after"
        printf '%-40s %-7s %8s %8s %8s\n' "" "ratio" "" "$(awk -v a="$a50" -v b="$b50" 'BEGIN{printf "%.2f", a/b}')" \
            "$(awk -v a="$a95" -v b="$b95" 'BEGIN{printf "%.2f", a/b}')"
    done
else
    cat "$TMP/rows-after"
fi
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (shared machines inflate the tail)"
