#!/usr/bin/env bash
# Benchmarks Plenum's read API against nginx serving the very same bytes as static files.
#
# Run from the repository root:   bench/api.sh
# Quick run:                       DURATION=5s WARMUP=3s CONNECTIONS=16 bench/api.sh
#
# What it does: builds target/plenum.jar if missing; installs nginx and wrk from Debian's packages if
# missing; starts Plenum on a free loopback port with a fresh data directory; fetches the exact
# response bytes of each URL below; writes them as static files for an nginx started with its own
# minimal configuration on another loopback port (same Content-Type); warms both up; runs wrk against
# Plenum and nginx, one after the other, for each URL; prints a table. Everything it started is
# stopped on exit. Plain requests (no Accept-Encoding) for both servers, so both send identical bytes.
#
# Settings (environment variables):
#   DURATION     wrk duration of each measured run            (default 20s)
#   CONNECTIONS  wrk connections                               (default 64)
#   THREADS      wrk threads                                   (default 2)
#   WARMUP       wrk duration of the warm-up of each server/URL (default 10s)
#   JAVA_OPTS    options for Plenum's JVM                      (default none)
#   JAR          the jar to run                                (default target/plenum.jar)
#   KEEP_TMP=1   keep the temporary directory (logs, nginx.conf, wrk outputs)
set -euo pipefail

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-target/plenum.jar}
URLS=("/api/v1/chambers/ES-LC01" "/api/v1/chambers?page[size]=1000")

say() { printf '[bench] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[[ -f pom.xml && -x mvnw ]] || die "run from the repository root (where pom.xml and mvnw are)"

# --- prerequisites -------------------------------------------------------------------------------
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
    command -v apt-get >/dev/null || die "please install: ${missing[*]} (no apt-get here)"
    say "installing ${missing[*]} from Debian's packages"
    # Do not let the package start a system-wide nginx on port 80: a policy-rc.d that refuses every start,
    # only for the time of the installation and only if the machine has none (containers usually have one).
    policy_created=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
        policy_created=1
    fi
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    ((policy_created)) && as_root rm -f /usr/sbin/policy-rc.d
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [[ ! -f $JAR ]]; then
    say "building $JAR"
    ./mvnw -q -DskipTests package
fi

# --- clean-up ------------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/plenum-bench.XXXXXX")
PLENUM_PID=
NGINX_PID=
cleanup() {
    local status=$?
    set +e
    if [[ -n $PLENUM_PID ]]; then kill "$PLENUM_PID" 2>/dev/null; wait "$PLENUM_PID" 2>/dev/null; fi
    if [[ -n $NGINX_PID ]]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; fi
    if [[ ${KEEP_TMP:-0} == 1 ]]; then say "kept $TMP"; else rm -rf "$TMP"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A loopback port nothing listens on.
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "no free port found"
}

# --- Plenum --------------------------------------------------------------------------------------
PLENUM_PORT=$(free_port)
say "starting Plenum on 127.0.0.1:$PLENUM_PORT (data in $TMP/data; log in $TMP/plenum.log)"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --PLENUM_DATA_DIR="$TMP/data" --server.port="$PLENUM_PORT" --server.address=127.0.0.1 \
    >"$TMP/plenum.log" 2>&1 &
PLENUM_PID=$!
PLENUM="http://127.0.0.1:$PLENUM_PORT"
for i in $(seq 1 300); do
    if curl -fsS "$PLENUM/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    kill -0 "$PLENUM_PID" 2>/dev/null || { tail -30 "$TMP/plenum.log" >&2; die "Plenum exited"; }
    ((i == 300)) && die "Plenum not healthy after 300 s (see $TMP/plenum.log)"
    sleep 1
done
say "Plenum is up"

# --- the bytes, and nginx serving them -----------------------------------------------------------
mkdir -p "$TMP/www" "$TMP/nginx"
chmod 755 "$TMP" "$TMP/www"   # nginx's workers run as an unprivileged user when started by root
NGINX_PORT=$(free_port)
locations=""
for n in "${!URLS[@]}"; do
    url=${URLS[$n]}
    file="$TMP/www/body$n"
    status=$(curl -gsS -o "$file" -D "$TMP/headers$n" -w '%{http_code}' "$PLENUM$url")
    [[ $status == 200 ]] || die "GET $url answered $status"
    grep -qi '^content-encoding:' "$TMP/headers$n" && die "GET $url came back compressed"
    type=$(grep -i '^content-type:' "$TMP/headers$n" | head -1 | cut -d' ' -f2- | tr -d '\r')
    chmod 644 "$file"
    say "$url: $(stat -c %s "$file") bytes, $type"
    path=${url%%\?*}
    locations+="
        location = $path {
            default_type \"$type\";
            add_header Cache-Control \"max-age=60, public\";
            alias $file;
        }"
done
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events {
    worker_connections 1024;
}
http {
    types { }
    access_log off;
    sendfile on;
    client_body_temp_path $TMP/nginx/body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        $locations
    }
}
CONF
say "starting nginx on 127.0.0.1:$NGINX_PORT ($TMP/nginx/nginx.conf)"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
for i in $(seq 1 50); do
    curl -gsf -o /dev/null "$NGINX_URL${URLS[0]}" && break
    ((i == 50)) && die "nginx did not start (see $TMP/nginx/error.log)"
    sleep 0.2
done
for n in "${!URLS[@]}"; do
    curl -gsS -o "$TMP/nginx-body$n" "$NGINX_URL${URLS[$n]}"
    cmp -s "$TMP/www/body$n" "$TMP/nginx-body$n" || die "nginx does not serve the same bytes for ${URLS[$n]}"
    curl -gsS -o "$TMP/plenum-body$n" "$PLENUM${URLS[$n]}"
    cmp -s "$TMP/www/body$n" "$TMP/plenum-body$n" || die "Plenum's answer to ${URLS[$n]} changed during the run"
done

# --- load ----------------------------------------------------------------------------------------
# wrk's figures in ms: "1.23ms" / "456.78us" / "1.02s" -> milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
# CPU time (user + system, in clock ticks) used so far by a process and its children (nginx's workers).
TICKS_PER_S=$(getconf CLK_TCK)
cpu_ticks() {
    local total=0 pid
    for pid in "$1" $(ps -o pid= --ppid "$1" 2>/dev/null); do
        # fields 14 and 15 of /proc/PID/stat, counted after the command name in parentheses
        total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
    done
    echo "$total"
}
run_wrk() { # name url duration -> output file
    local out="$TMP/wrk-$1"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "$2" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed on $2"; }
    echo "$out"
}

say "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per run, $WARMUP warm-up per server and URL"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
for n in "${!URLS[@]}"; do
    url=${URLS[$n]}
    declare -A rps=() p50=() p99=() cpu=() notes=()
    for server in plenum nginx; do
        base=$PLENUM pid=$PLENUM_PID
        [[ $server == nginx ]] && base=$NGINX_URL pid=$NGINX_PID
        say "warming up $server on $url"
        run_wrk "warmup-$server-$n" "$base$url" "$WARMUP" >/dev/null
        say "measuring $server on $url"
        before=$(cpu_ticks "$pid")
        out=$(run_wrk "$server-$n" "$base$url" "$DURATION")
        after=$(cpu_ticks "$pid")
        requests=$(awk '/requests in/ { print $1 }' "$out")
        rps[$server]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
        p50[$server]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
        p99[$server]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
        cpu[$server]=$(awk -v t=$((after - before)) -v r="$requests" -v hz="$TICKS_PER_S" \
            'BEGIN { printf "%.0f", (r > 0 ? t * 1e6 / hz / r : 0) }')
        notes[$server]=$( (grep -E 'Non-2xx|Socket errors' "$out" || true) | tr -s ' ' | paste -sd';' -)
    done
    ratio=$(awk -v a="${rps[plenum]}" -v b="${rps[nginx]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    for server in plenum nginx; do
        rows+=("$(printf '%-34s %-7s %9s %8s %8s %10s %8s  %s' "$url" "$server" "${rps[$server]}" "${p50[$server]}" \
            "${p99[$server]}" "${cpu[$server]}" "$([[ $server == plenum ]] && echo "$ratio" || echo '')" "${notes[$server]}")")
    done
    unset rps p50 p99 cpu notes
done

echo
echo "Plenum vs nginx, same bytes: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after $WARMUP warm-up), $(nproc) CPUs," \
    "load average $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "Plenum: $JAR (working tree $(git describe --always --dirty 2>/dev/null || echo unknown)); nginx $("$NGINX" -v 2>&1 | sed 's|.*/||'); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
printf '%-34s %-7s %9s %8s %8s %10s %8s\n' "URL" "server" "req/s" "p50 ms" "p99 ms" "CPU us/req" "P/nginx"
printf '%s\n' "${rows[@]}"
echo "(CPU us/req: CPU time of the server process, user + system, per request served; wrk's own CPU is not counted.)"
