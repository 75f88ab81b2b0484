#!/usr/bin/env bash
# Imports large generated files with the heap capped at 512 MB and reports, for each, the exit status, the peak
# resident set size, the peak heap used (from the GC log), the wall time, the number of lines printed and the first
# lines of the output. SYNTHETIC DATA: the files are generated here
# from the bundled real files (see bench/README.md); they are not real IPU exports.
#
#   bench/import-memory.sh                       # from the repository root
#   SIZES_MB="16 30 200" bench/import-memory.sh  # ranking CSV sizes to try (default: 30 200)
#   ROWS="150000 1000000" bench/import-memory.sh # historical workbook rows (default: 150000 600000)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/plenum.jar}
[ -f "$JAR" ] || ./mvnw -q -ntp -DskipTests package
HEAP=${HEAP:-512m}
SIZES_MB=${SIZES_MB:-"30 200"}
ROWS=${ROWS:-"150000 600000"}
WORK=$(mktemp -d /tmp/plenum-import-memory.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"

run() { # label, then the import arguments
  local label=$1; shift
  local out="$WORK/out.txt" timing="$WORK/time.txt" status=0
  rm -f "$WORK/gc.log"
  /usr/bin/time -v java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" import "$@" --PLENUM_DATA_DIR="$DATA" \
    >"$out" 2>"$timing" || status=$?
  local rss heap wall lines verdict
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$timing")
  heap=$(grep -oE '[0-9]+M->' "$WORK/gc.log" | tr -d 'M->' | sort -n | tail -1)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$timing")
  lines=$(($(wc -l <"$out") + $(grep -vc -e '^\s' -e 'Command being timed' "$timing" || true)))
  if grep -q OutOfMemoryError "$out" "$timing"; then verdict="OutOfMemoryError";
  elif [ "$status" = 0 ]; then verdict="imported ($(grep -m1 'rejected:' "$out" | tr -s ' '))";
  else verdict="refused: $(grep -m1 'plenum import' "$timing" | cut -c1-110)"; fi
  printf '| %s | %s | %s MB | %s MB | %s | %s | %s |\n' "$label" "$status" "$rss" "${heap:-?}" "$wall" "$lines" "$verdict"
  { sed -n 1,8p "$out"; grep -v -e '^\s' -e 'Command being timed' "$timing" | head -3; } | sed 's/^/    /' >>"$WORK/first-lines.txt"
  echo "  ($label)" >>"$WORK/first-lines.txt"
}

echo "Preparing the data directory (first start: bundled dataset)..." >&2
java -Xmx"$HEAP" -jar "$JAR" import ipu-ranking src/main/resources/dataset/ipu/women-ranking-2025-11.csv \
  --PLENUM_DATA_DIR="$DATA" >/dev/null 2>&1

echo "| file | exit | peak RSS | peak heap used | wall | lines printed | result |"
echo "|---|---|---|---|---|---|---|"
for mb in $SIZES_MB; do
  f="$WORK/women-ranking-synthetic-${mb}mb.csv"
  python3 bench/generate_ranking.py src/main/resources/dataset/ipu/women-ranking-2025-11.csv "$f" "$mb"
  run "ranking CSV ${mb} MB (synthetic)" ipu-ranking "$f"
  rm -f "$f"
done
for rows in $ROWS; do
  f="$WORK/historical-synthetic-${rows}.xlsx"
  python3 bench/generate_workbook.py "$f" "$rows"
  run "historical workbook ${rows} rows, $(($(stat -c %s "$f") / 1048576)) MB (synthetic)" ipu-historical "$f"
  rm -f "$f"
done
echo
echo "First lines of each output:"
cat "$WORK/first-lines.txt"
