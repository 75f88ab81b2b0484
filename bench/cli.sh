#!/usr/bin/env bash
# One-off commands end to end (JVM start to exit), on the bundled data: median wall time and CPU time of several runs
# of each command, for this build's jar run as `java -jar`, the same jar run by bin/plenum (extracted, with a class
# data sharing archive and a one-off command's JVM options: decision 0030), and, side by side, another jar (e.g. one
# built from an earlier commit).
#
#   bench/cli.sh                                   # this build only
#   BASE_JAR=/tmp/plenum-main.jar bench/cli.sh     # side by side with another jar
#   BASE_JAR=/tmp/plenum-main.jar BASE_LAUNCHER=/tmp/main-bin/plenum bench/cli.sh
#                                                  # ... and that jar run by its own bin/plenum too
#   RUNS=7 bench/cli.sh
#   LAUNCHER=0 bench/cli.sh                        # without the bin/plenum column
#   ONLY='ranking' bench/cli.sh                    # only the commands that match (grep -E)
#
# Each jar gets its own copy of a data directory in which that jar loaded the bundled dataset once (not measured), so
# the first run finds the database as a user's second command does. The columns' runs alternate (run 1 of each
# column, then run 2...), so that a busy moment of a shared machine falls on all of them. Mistakes (a wrong option)
# are measured too.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/plenum.jar}
BASE_JAR=${BASE_JAR:-}
# the launcher (a copy of bin/plenum) that runs the base jar; empty: the base jar only as `java -jar`
BASE_LAUNCHER=${BASE_LAUNCHER:-}
RUNS=${RUNS:-5}
LAUNCHER=${LAUNCHER:-1}
[ -f "$JAR" ] || ./mvnw -q -ntp -DskipTests package
TMP=$(mktemp -d /tmp/plenum-cli-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
RANKING=src/main/resources/dataset/ipu/women-ranking-2025-11.csv

echo "Preparing a data directory (first start: loads the bundled dataset, not measured)..." >&2
java -jar "$JAR" export women-ranking --year=2025 --month=11 --format=csv --out="$TMP/warm.csv" \
    --PLENUM_DATA_DIR="$TMP/data" > /dev/null 2>&1
# the base jar gets a data directory of its own: its migrations may differ (a newer schema is refused by an older jar)
if [ -n "$BASE_JAR" ]; then
    java -jar "$BASE_JAR" export women-ranking --year=2025 --month=11 --format=csv --out="$TMP/warm.csv" \
        --PLENUM_DATA_DIR="$TMP/base-data" > /dev/null 2>&1
fi
if [ "$LAUNCHER" = 1 ]; then
    echo "Preparing bin/plenum's extracted jar and class data sharing archive (once per jar, not measured)..." >&2
    PLENUM_JAR="$JAR" PLENUM_CACHE_DIR="$TMP/cache" bin/plenum help > /dev/null 2>&1
fi
if [ -n "$BASE_JAR" ] && [ -n "$BASE_LAUNCHER" ]; then
    PLENUM_JAR="$BASE_JAR" PLENUM_CACHE_DIR="$TMP/cache" "$BASE_LAUNCHER" help > /dev/null 2>&1
fi

# The columns: "name|how it runs|its prepared data directory". "launcher:JAR" is bin/plenum with that jar,
# "base-launcher:JAR" the base's own launcher.
COLUMNS=("this jar|$JAR|$TMP/data")
[ "$LAUNCHER" = 1 ] && COLUMNS+=("bin/plenum|launcher:$JAR|$TMP/data")
[ -n "$BASE_JAR" ] && COLUMNS+=("base jar|$BASE_JAR|$TMP/base-data")
[ -n "$BASE_JAR" ] && [ -n "$BASE_LAUNCHER" ] && COLUMNS+=("base bin/plenum|base-launcher:$BASE_JAR|$TMP/base-data")

# one run: $1 how it runs, $2 data dir, the rest the command; prints "wall cpu" (CPU = user + system)
run_once() {
    local how=$1 dir=$2; shift 2
    local run=(java -jar "$how")
    if [[ $how == launcher:* ]]; then
        run=(env PLENUM_JAR="${how#launcher:}" PLENUM_CACHE_DIR="$TMP/cache" bin/plenum)
    elif [[ $how == base-launcher:* ]]; then
        run=(env PLENUM_JAR="${how#base-launcher:}" PLENUM_CACHE_DIR="$TMP/cache" "$BASE_LAUNCHER")
    fi
    /usr/bin/time -f "%e %U %S" -o "$TMP/time" "${run[@]}" "$@" --PLENUM_DATA_DIR="$dir" > /dev/null 2>&1 || true
    # the last line: /usr/bin/time writes "Command exited with non-zero status N" first for a refused command
    read -r wall user sys < <(tail -n 1 "$TMP/time")
    echo "$wall $(echo "$user + $sys" | bc)"
}

median() {
    tr ' ' '\n' | grep . | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

COMMANDS=(
    "export women-ranking --year=2025 --month=11 --format=ipu-csv --out=$TMP/ranking.csv"
    "export women-averages --year=2025 --month=11 --format=csv --out=$TMP/averages.csv"
    "import ipu-ranking $RANKING"
    "export women-ranking --year=2025 --month=13 --format=ipu-csv"
    "help"
)
printf '%-70s' "command (median of $RUNS runs: wall s / CPU s)"
for column in "${COLUMNS[@]}"; do printf ' %16s' "${column%%|*}"; done
printf '\n'
for command in "${COMMANDS[@]}"; do
    if [ -n "${ONLY:-}" ] && ! grep -qE -- "$ONLY" <<< "$command"; then
        continue
    fi
    # each column on a fresh copy of its data directory; the columns' runs alternate (run 1 of each, then run 2...),
    # so that a busy moment of the machine falls on all of them
    walls=(); cpus=()
    for i in "${!COLUMNS[@]}"; do
        rm -rf "$TMP/run$i"; cp -r "$(cut -d'|' -f3 <<< "${COLUMNS[$i]}")" "$TMP/run$i"
        walls[i]=""; cpus[i]=""
    done
    for _ in $(seq "$RUNS"); do
        for i in "${!COLUMNS[@]}"; do
            # shellcheck disable=SC2086
            read -r wall cpu < <(run_once "$(cut -d'|' -f2 <<< "${COLUMNS[$i]}")" "$TMP/run$i" $command)
            walls[i]+=" $wall"; cpus[i]+=" $cpu"
        done
    done
    printf '%-70s' "${command//$TMP\//}"
    for i in "${!COLUMNS[@]}"; do
        printf ' %16s' "$(median <<< "${walls[i]}") / $(median <<< "${cpus[i]}")"
        rm -rf "$TMP/run$i"
    done
    printf '\n'
    echo "  (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
