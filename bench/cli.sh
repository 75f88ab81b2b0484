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
# every run finds the database as a user's second command does. Mistakes (a wrong option) are measured too.
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

# median of the runs' wall seconds and CPU seconds (user + system) of: $1 jar ("launcher:JAR" for bin/plenum with
# that jar), $2 data dir, the rest the command
measure() {
    local jar=$1 dir=$2; shift 2
    local walls=() cpus=() run=(java -jar "$jar")
    if [[ $jar == launcher:* ]]; then
        run=(env PLENUM_JAR="${jar#launcher:}" PLENUM_CACHE_DIR="$TMP/cache" bin/plenum)
    elif [[ $jar == base-launcher:* ]]; then
        run=(env PLENUM_JAR="${jar#base-launcher:}" PLENUM_CACHE_DIR="$TMP/cache" "$BASE_LAUNCHER")
    fi
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %U %S" -o "$TMP/time" "${run[@]}" "$@" --PLENUM_DATA_DIR="$dir" > /dev/null 2>&1 || true
        # the last line: /usr/bin/time writes "Command exited with non-zero status N" first for a refused command
        read -r wall user sys < <(tail -n 1 "$TMP/time")
        walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
    done
    printf '%s %s' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" \
                   "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
}

COMMANDS=(
    "export women-ranking --year=2025 --month=11 --format=ipu-csv --out=$TMP/ranking.csv"
    "export women-averages --year=2025 --month=11 --format=csv --out=$TMP/averages.csv"
    "import ipu-ranking $RANKING"
    "export women-ranking --year=2025 --month=13 --format=ipu-csv"
    "help"
)
printf '%-70s %16s %16s %16s %16s\n' "command (median of $RUNS runs: wall s / CPU s)" "this jar" \
    "$([ "$LAUNCHER" = 1 ] && echo bin/plenum)" "${BASE_JAR:+base jar}" "${BASE_LAUNCHER:+base bin/plenum}"
for command in "${COMMANDS[@]}"; do
    if [ -n "${ONLY:-}" ] && ! grep -qE -- "$ONLY" <<< "$command"; then
        continue
    fi
    cp -r "$TMP/data" "$TMP/this"
    # shellcheck disable=SC2086
    this=$(measure "$JAR" "$TMP/this" $command)
    launched=""
    if [ "$LAUNCHER" = 1 ]; then
        rm -rf "$TMP/this"; cp -r "$TMP/data" "$TMP/this"
        # shellcheck disable=SC2086
        launched=$(measure "launcher:$JAR" "$TMP/this" $command)
    fi
    base=""
    if [ -n "$BASE_JAR" ]; then
        cp -r "$TMP/base-data" "$TMP/base"
        # shellcheck disable=SC2086
        base=$(measure "$BASE_JAR" "$TMP/base" $command)
        rm -rf "$TMP/base"
    fi
    base_launched=""
    if [ -n "$BASE_JAR" ] && [ -n "$BASE_LAUNCHER" ]; then
        cp -r "$TMP/base-data" "$TMP/base"
        # shellcheck disable=SC2086
        base_launched=$(measure "base-launcher:$BASE_JAR" "$TMP/base" $command)
        rm -rf "$TMP/base"
    fi
    rm -rf "$TMP/this"
    printf '%-70s %16s %16s %16s %16s\n' "${command//$TMP\//}" "${this/ / / }" "${launched/ / / }" "${base/ / / }" \
        "${base_launched/ / / }"
    echo "  (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
