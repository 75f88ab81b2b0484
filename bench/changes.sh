#!/bin/bash
# Pages through the whole change feed of a running Plenum, following links.next, and prints the number of pages,
# the bytes received and the time taken (decision 0047). Run it twice: the first pass computes the pages, the second
# is answered from the response cache.
#
#   bench/changes.sh [base-url] [page-size] [identity|gzip] [extra query]
#   bench/changes.sh http://localhost:8080 5000 gzip
#   bench/changes.sh http://localhost:8080 1000 identity 'filter%5Bcountry%5D=ES'
set -euo pipefail
base=${1:-http://localhost:8080}
size=${2:-5000}
encoding=${3:-identity}
extra=${4:-}
page=$(mktemp)
trap 'rm -f "$page" "$page.json"' EXIT
url="/api/v1/changes?page%5Bsize%5D=$size${extra:+&$extra}"
pages=0
bytes=0
start=$(date +%s%N)
while [ -n "$url" ]; do
  received=$(curl -sf -H "Accept-Encoding: $encoding" -o "$page" -w '%{size_download}' "$base$url")
  bytes=$((bytes + received))
  pages=$((pages + 1))
  if [ "$encoding" = gzip ]; then zcat "$page" > "$page.json"; else cp "$page" "$page.json"; fi
  # links.next is near the end of the document, after data
  url=$(tail -c 4000 "$page.json" | grep -o '"next":"[^"]*"' | cut -d'"' -f4 || true)
done
echo "pages=$pages bytes=$bytes ms=$(( ($(date +%s%N) - start) / 1000000 ))"
