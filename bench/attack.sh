#!/usr/bin/env bash
# A reduced but real re-run of the attack of issue 9 on the built jar, in four parts, each with its figures:
#   1. corrupted files: SYNTHETIC corruptions of the bundled real files (bytes flipped, a cell made hostile, rows
#      repeated, cut short, UTF-16, garbage) imported one by one: how many imported, refused cleanly (exit 1, one
#      message, nothing changed), or ended otherwise (stack trace, other exit status, facts changed by a refusal);
#   2. fuzzed requests against a running server: malformed paths, filters, pages, bytes (how many 5xx, stack traces);
#   3. kill -9 of an import at several moments: the state afterwards (the file's facts all there or none, no key with
#      two current facts), and an import run again afterwards;
#   4. two processes importing the same file together: both exit 0, the facts recorded once, no stack trace.
#
#   bench/attack.sh                            # from the repository root
#   FILES=40 REQUESTS=5000 KILLS=6 bench/attack.sh
#   PORT=18092 WORK=/tmp/reliab9-data/attack bench/attack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/plenum.jar}
[ -f "$JAR" ] || ./mvnw -q -ntp -DskipTests package
FILES=${FILES:-24}
REQUESTS=${REQUESTS:-3000}
KILLS=${KILLS:-5}
PORT=${PORT:-18092}
HEAP=${HEAP:-512m}
WORK=${WORK:-$(mktemp -d /tmp/plenum-attack.XXXXXX)}
mkdir -p "$WORK"
H2=$(ls ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar 2>/dev/null || ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | tail -1)
SERVER_PID=
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true' EXIT

plenum() { java -Xmx"$HEAP" -jar "$JAR" "$@"; }
# the same in the background, so that $! (what kill -9 kills) is the JVM itself, not a subshell waiting for it;
# the last argument is the file that takes its output
plenum_bg() { local out=${*: -1}; set -- "${@:1:$#-1}"; (exec java -Xmx"$HEAP" -jar "$JAR" "$@" >"$out" 2>&1) & }

# facts, current facts, publications and keys with more than one current fact in the data directory $1
state() {
  local dir=$1
  java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$dir/plenum;AUTO_SERVER=TRUE" -user sa \
    -password "$(cat "$dir/plenum.password")" -sql "select (select count(*) from fact) facts,
      (select count(*) from fact where superseded_at is null) current_facts, (select count(*) from publication) pubs,
      (select count(*) from (select 1 from fact where superseded_at is null
        group by entity_type, entity_code, field, valid_from having count(*) > 1) d) duplicate_keys" \
    | awk 'NR==2 {gsub(/ /, ""); print}'
}

stack_trace() { grep -Eq '^\s+at [a-z]|[a-z]+\.[a-z.]+\.[A-Z][A-Za-z]*(Exception|Error)\b' "$@"; }

echo "Preparing a data directory (first start: loads the bundled dataset)..." >&2
BASE="$WORK/base"
rm -rf "$BASE"
plenum import ipu-ranking src/main/resources/dataset/ipu/women-ranking-2025-11.csv --PLENUM_DATA_DIR="$BASE" >/dev/null 2>&1

# ---- 1. corrupted files
echo
echo "## 1. Corrupted files (synthetic corruptions of the bundled files), imported one by one"
mkdir -p "$WORK/corrupt"
python3 - "$WORK/corrupt" "$FILES" <<'PY'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
sources = [("ipu-ranking", "src/main/resources/dataset/ipu/women-ranking-2025-11.csv"),
           ("ipu-compare", "src/main/resources/dataset/ipu/compare-upper-chambers-women-percent-2020.csv"),
           ("ipu-historical", "src/main/resources/dataset/ipu/women-in-parliament-historical-1945-2018.xlsx"),
           ("popolo", "src/main/resources/dataset/everypolitician/Liechtenstein-Landtag-ep-popolo-v1.0.json"),
           ("reference", "src/main/resources/dataset/reference/chambers.csv"),
           ("parlgov", "src/main/resources/dataset/parlgov/parties__Party.csv")]
hostile = ["-1", "=HYPERLINK(\"http://x\")", "999999999999999999999", "", "\"", "2025-13-45", "R" * 25000, "@A1", "a,b"]
kinds = ["flip", "hostile", "repeat", "truncate", "utf16", "garbage", "empty", "hostile+repeat"]
random.seed(9)
for i in range(n):
    fmt, path = sources[i % len(sources)]
    kind = kinds[(i // len(sources)) % len(kinds)]
    data = open(path, "rb").read()
    binary = path.endswith(".xlsx")
    if kind == "flip" or (binary and kind in ("hostile", "repeat", "hostile+repeat", "utf16")):
        data = bytearray(data)
        for _ in range(random.randint(1, 8)):
            data[random.randrange(len(data))] ^= 1 << random.randrange(8)
        data = bytes(data)
    elif kind == "truncate":
        data = data[:random.randrange(len(data))]
    elif kind == "garbage":
        data = os.urandom(random.randint(10, 100000))
    elif kind == "empty":
        data = b""
    elif kind == "utf16":
        data = data.decode("utf-8-sig").encode("utf-16")
    else:
        text = data.decode("utf-8-sig")
        if "hostile" in kind:
            for _ in range(random.randint(1, 6)):
                at = random.randrange(len(text))
                start = max(text.rfind(",", 0, at), text.rfind('"', 0, at)) + 1
                end = min([j for j in (text.find(",", at), text.find('"', at), text.find("\n", at)) if j >= 0] or [len(text)])
                text = text[:start] + random.choice(hostile) + text[max(start, end):]
        if "repeat" in kind:
            lines = text.split("\n")
            a = random.randrange(len(lines)); b = min(len(lines), a + random.randint(1, 30))
            lines[b:b] = lines[a:b]
            text = "\n".join(lines)
        data = text.encode("utf-8")
    name = os.path.basename(path)
    with open(os.path.join(out, f"{i:03d}-{kind}-{fmt}-{name}"), "wb") as f:
        f.write(data)
PY
imported=0; refused=0; bad=0
for f in "$WORK"/corrupt/*; do
  base=$(basename "$f"); fmt=$(echo "$base" | cut -d- -f3-4); case "$fmt" in ipu-*) ;; *) fmt=$(echo "$base" | cut -d- -f3);; esac
  others=()  # a ParlGov import takes its six tables together: the five others unchanged
  [ "$fmt" = parlgov ] && others=($(ls src/main/resources/dataset/parlgov/*.csv | grep -v parties__Party.csv))
  before=$(state "$BASE")
  status=0; plenum import "$fmt" "$f" "${others[@]}" --PLENUM_DATA_DIR="$BASE" >"$WORK/out.txt" 2>"$WORK/err.txt" || status=$?
  after=$(state "$BASE")
  if stack_trace "$WORK/out.txt" "$WORK/err.txt"; then bad=$((bad + 1)); echo "  stack trace: $base";
  elif [ "$status" = 0 ]; then imported=$((imported + 1));
  elif [ "$status" = 1 ] && [ "$before" = "$after" ]; then refused=$((refused + 1));
  else bad=$((bad + 1)); echo "  exit $status, state $before -> $after: $base: $(head -c 200 "$WORK/err.txt")"; fi
  printf '  %-60s exit %s  %s\n' "$base" "$status" "$(grep -m1 -E 'rejected:|plenum import' "$WORK/out.txt" "$WORK/err.txt" | cut -d: -f2- | cut -c1-110)"
done
echo "corrupted files: $FILES; imported (bad rows rejected): $imported; refused cleanly (exit 1, nothing changed): $refused; other: $bad"
echo "state after: $(state "$BASE")  (facts,current_facts,publications,duplicate_keys)"

# ---- 2. fuzzed requests
echo
echo "## 2. Fuzzed requests against a running server (port $PORT)"
java -Xmx"$HEAP" -jar "$JAR" --PLENUM_DATA_DIR="$BASE" --SERVER_PORT="$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 240); do curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
python3 - "$PORT" "$REQUESTS" <<'PY'
import random, socket, sys, collections
port, n = int(sys.argv[1]), int(sys.argv[2])
random.seed(11)
paths = ["/api/v1/countries", "/api/v1/chambers", "/api/v1/parliaments", "/api/v1/elections", "/api/v1/chambers/ES-LC01",
         "/api/v1/countries/RW/chambers", "/publications", "/publications/women-ranking/2025-11", "/downloads",
         "/api/v1/rankings/women", "/actuator/health", "/error", "/", "/api/v1/chambers/%20", "/api/v1/nothing"]
params = ["filter=%ff%fe", "%", "page[number]=2147483647", "page[number]=858995&page[size]=5000", "filter=x:in:,",
          "page[size]=-1", "page[size]=abc", "sort=-", "sort=,,,", "fields[chambers]=", "known_at=2025-13-01",
          "known_at=" + "9" * 30, "filter=country_code:eq:RW", "filter=" + "(" * 500, "include=" + "a." * 300,
          "filter[women]=%00", "lang=\u00e9", "format=../../etc/passwd", "q=%E2%80%AE", "a=" + "x" * 9000]
def fuzz():
    p = random.choice(paths)
    r = random.random()
    if r < 0.3:
        p += "?" + "&".join(random.sample(params, random.randint(1, 3)))
    elif r < 0.5:
        p += "/" + "".join(random.choice("%/.;:~!$&'()*+,=@[]{}|\\^`<>\" abcXYZ09\x7f") for _ in range(random.randint(1, 40)))
    elif r < 0.7:
        p += "?" + "".join("%%%02x" % random.randrange(256) for _ in range(random.randint(1, 30)))
    elif r < 0.85:
        b = bytearray(p.encode()); i = random.randrange(len(b)); b[i] = random.randrange(33, 256); p = b.decode("latin-1")
    else:
        p = p + "?page[number]=" + str(random.randint(-2**40, 2**40)) + "&page[size]=" + str(random.randint(-10, 10**7))
    return p
statuses = collections.Counter(); traces = 0; errors = 0; five = []
for _ in range(n):
    path = fuzz()
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").encode("latin-1"))
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
        line = data.split(b"\r\n", 1)[0].decode("latin-1")
        status = int(line.split()[1]) if len(line.split()) > 1 else 0
        statuses[status // 100 * 100] += 1
        if status >= 500:
            five.append((status, path))
        if b"\tat org." in data or b"Exception:" in data:
            traces += 1
    except Exception as e:
        errors += 1
print("requests: %d; by class: %s; 5xx: %d; stack traces in bodies: %d; connection errors: %d"
      % (n, dict(sorted(statuses.items())), sum(v for k, v in statuses.items() if k >= 500), traces, errors))
for status, path in five[:10]:
    print("  %d %r" % (status, path[:120]))
PY
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
echo "server log: $(grep -c -E '^\s+at ' "$WORK/server.log" || true) stack-trace lines"

# ---- 3. kill -9 during an import
echo
echo "## 3. kill -9 during an import (IPU's March 2023 ranking re-stated as of 1 April 2023: derived from real data for this test only)"
RESTATED="$WORK/women-ranking-2023-04-restated.csv"
sed 's/Ranking as of 1st March 2023/Ranking as of 1st April 2023/' src/main/resources/dataset/ipu/women-ranking-2023-03.csv >"$RESTATED"
KDIR="$WORK/kill"
for k in $(seq "$KILLS"); do
  rm -rf "$KDIR"; cp -a "$BASE" "$KDIR"; rm -f "$KDIR"/*.lock.db
  delay=$(awk -v k="$k" -v n="$KILLS" 'BEGIN { printf "%.1f", 4 + (k - 1) * 16 / (n > 1 ? n - 1 : 1) }')
  plenum_bg import ipu-ranking "$RESTATED" --PLENUM_DATA_DIR="$KDIR" "$WORK/kill.out"
  pid=$!; sleep "$delay"; kill -9 "$pid" 2>/dev/null && killed=yes || killed="no (had ended)"; wait "$pid" 2>/dev/null || true
  sleep 1
  file_facts=$(java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$KDIR/plenum" -user sa -password "$(cat "$KDIR/plenum.password")" \
    -sql "select count(*) from fact where source like 'women-ranking-2023-04-restated.csv row %'" | awk 'NR==2 {gsub(/ /,""); print}')
  after=$(state "$KDIR")
  status=0; plenum import ipu-ranking "$RESTATED" --PLENUM_DATA_DIR="$KDIR" >"$WORK/again.out" 2>&1 || status=$?
  echo "  kill at ${delay}s: killed $killed; the file's facts after: $file_facts; state $after;" \
       "import again: exit $status, $(grep -m1 'facts added' "$WORK/again.out" | tr -s ' '), stack trace: $(stack_trace "$WORK/again.out" && echo yes || echo no)"
done

# ---- 4. two processes importing together
echo
echo "## 4. Two processes importing the same file together"
TDIR="$WORK/two"; rm -rf "$TDIR"; cp -a "$BASE" "$TDIR"; rm -f "$TDIR"/*.lock.db
plenum_bg import ipu-ranking "$RESTATED" --PLENUM_DATA_DIR="$TDIR" "$WORK/a.out"; a=$!
plenum_bg import ipu-ranking "$RESTATED" --PLENUM_DATA_DIR="$TDIR" "$WORK/b.out"; b=$!
sa=0; wait $a || sa=$?; sb=0; wait $b || sb=$?
echo "  process A: exit $sa, $(grep -m1 'facts added' "$WORK/a.out" | tr -s ' '), $(grep -m1 -E 'published as|nothing new' "$WORK/a.out" | tr -s ' ')"
echo "  process B: exit $sb, $(grep -m1 'facts added' "$WORK/b.out" | tr -s ' '), $(grep -m1 -E 'published as|nothing new' "$WORK/b.out" | tr -s ' ')"
echo "  stack trace: $(stack_trace "$WORK/a.out" "$WORK/b.out" && echo yes || echo no); state $(state "$TDIR") (facts,current_facts,publications,duplicate_keys)"
echo
echo "work directory: $WORK"
