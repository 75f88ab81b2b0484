#!/usr/bin/env bash
# Times the AI use-case library's search (decision 0067) against a running Plenum, one request at a time.
#
# Run:   BASE=http://localhost:8080 bench/ai-use-cases.sh
# Settings: BASE (the running server, required), N (requests per address, default 200).
# Prints, per address, the median and 95th percentile of curl's total time in milliseconds. The index itself logs
# "AI use-case index built: <n> use cases in <ms> ms" at each rebuild.
set -euo pipefail
: "${BASE:?set BASE to the running server, e.g. http://localhost:8080}"
N="${N:-200}"
paths=(
  "/api/v1/ai-use-cases?q=chatbot"
  "/api/v1/ai-use-cases?q=amendements&lang=fr&category=legislative-drafting"
  "/api/v1/ai-use-cases?q=%22unclosed%20(chatbot"
  "/ai/use-cases?q=transcription"
  "/ai/use-cases"
  "/ai/use-cases/016"
)
printf '%-80s %8s %8s\n' "address" "p50 ms" "p95 ms"
for path in "${paths[@]}"; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "$BASE$path"; done
  times=$(for _ in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n)
  p50=$(echo "$times" | awk -v n="$N" 'NR == int(n * 0.50) { printf "%.1f", $1 * 1000 }')
  p95=$(echo "$times" | awk -v n="$N" 'NR == int(n * 0.95) { printf "%.1f", $1 * 1000 }')
  printf '%-80s %8s %8s\n' "$path" "$p50" "$p95"
done
