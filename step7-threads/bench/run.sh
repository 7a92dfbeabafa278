#!/usr/bin/env bash
# Step 7's benchmark: step 7's connection machinery against the JDK's own HTTP server
# (com.sun.net.httpserver, with virtual threads and with a 16-thread pool), all answering
# GET / with the same 13-byte "Hello, World!".
#
#   step7-threads/bench/run.sh              # everything, about 5 minutes
#   step7-threads/bench/run.sh throughput   # only the wrk runs
#   step7-threads/bench/run.sh idle         # only the 10,000 idle connections
#   step7-threads/bench/run.sh race         # step 6's store and step 7's under concurrent writers
#
# Each server is pinned to one core (taskset -c 0) and the load generator, wrk, to another
# (taskset -c 1), so they don't steal each other's CPU. Needs wrk and taskset (Debian packages
# wrk and util-linux), a JDK 21+ and two cores. Not part of the build: run it on purpose, on a
# quiet machine (it prints the load average before and after), and run it twice to see the noise.
set -euo pipefail
cd "$(dirname "$0")/../.."

WARMUP=${WARMUP:-5}          # seconds of load before each measurement, so the JIT has compiled the hot path
DURATION=${DURATION:-10}     # seconds measured
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PORT=${PORT:-9870}
IDLE_CONNECTIONS=${IDLE_CONNECTIONS:-10000}
WHAT=${1:-all}

for tool in wrk taskset; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (Debian: apt install wrk util-linux)" >&2; exit 1; }
done

. .mvn/find-jdk.sh # sets JAVA_HOME to a JDK 21+ when the default java is older, as ./mvnw does
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
./mvnw -q compile -pl step7-threads -am
CLASSES=$(printf '%s/target/classes:' step1-socket step2-parser step3-router step4-static step5-middleware \
  step6-json-crud step7-threads)
# Compiled ahead, so no server spends memory or start-up time compiling its own source.
BENCH=step7-threads/target/bench-classes
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$BENCH" -cp "$CLASSES" step7-threads/bench/*.java
LOG=$(mktemp)
server_pid=

# Every connection is a file descriptor at each end: the idle test needs twice 10,000.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

start_server() {
  : > "$LOG" # empty it now: the last server's banner names the same port
  taskset -c "$SERVER_CPU" "$@" >> "$LOG" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    grep -qE "listening on http://(localhost|127\.0\.0\.1|\[::1\]):$PORT/" "$LOG" && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.25
  done
  echo "the server did not start:" >&2
  cat "$LOG" >&2
  exit 1
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap 'stop_server; rm -f "$LOG"' EXIT

# The peak resident memory of the running server (VmHWM: "high water mark"), in MiB.
peak_rss_mib() {
  awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$server_pid/status"
}

# CPU time the server has used so far (user + system, all its threads), in clock ticks.
server_cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$server_pid/stat"
}

# One row of the table: warm up, then measure; extra arguments go to wrk (such as a header).
# Requests per second depend on whatever else the machine is doing; the server's CPU time per
# request depends on it much less, so we print both.
measure() {
  local server=$1 connections=$2 kind=$3
  shift 3
  taskset -c "$LOAD_CPU" wrk -t1 -c"$connections" -d"${WARMUP}s" "$@" "http://127.0.0.1:$PORT/" > /dev/null
  local out cpu_before cpu_after
  cpu_before=$(server_cpu_ticks)
  out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$connections" -d"${DURATION}s" --latency "$@" "http://127.0.0.1:$PORT/")
  cpu_after=$(server_cpu_ticks)
  local rps p50 p99 requests cpu errors
  rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' <<< "$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  requests=$(awk '/requests in/ { print $1 }' <<< "$out")
  cpu=$(awk -v ticks=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "%.1f", ticks * 1000000 / hz / n }')
  errors=$(grep -E 'Socket errors|Non-2xx' <<< "$out" | tr -s ' ' | paste -sd ';' - || true)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$server" "$connections" "$kind" "$rps" "$p50" "$p99" "$cpu" "${errors:-none}"
}

throughput() {
  local server=$1
  shift
  start_server "$@"
  for connections in 1 16 64 256; do
    measure "$server" "$connections" keep-alive
  done
  measure "$server" 64 "Connection: close" -H 'Connection: close'
  echo "| $server | peak RSS $(peak_rss_mib) MiB | | | | | | |"
  stop_server
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# $("$JAVA" -version 2>&1 | head -1); warm-up ${WARMUP} s, measured ${DURATION} s; server on CPU $SERVER_CPU, wrk on CPU $LOAD_CPU"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$WHAT" = all ] || [ "$WHAT" = throughput ]; then
  echo
  echo "| server | connections | kind | requests/s | p50 | p99 | server CPU µs/request | errors |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |"
  throughput "step 7 (virtual threads)" "$JAVA" -cp "$BENCH:$CLASSES" HelloStep7 "$PORT"
  throughput "JDK HttpServer (virtual threads)" "$JAVA" -cp "$BENCH" HelloJdk "$PORT" virtual
  throughput "JDK HttpServer (16 threads)" "$JAVA" -cp "$BENCH" HelloJdk "$PORT" 16
fi

if [ "$WHAT" = all ] || [ "$WHAT" = idle ]; then
  echo
  echo "## $IDLE_CONNECTIONS idle keep-alive connections to step 7"
  start_server "$JAVA" -cp "$BENCH:$CLASSES" HelloStep7 "$PORT" 0 $((IDLE_CONNECTIONS * 2))
  taskset -c "$LOAD_CPU" "$JAVA" -cp "$BENCH" IdleConnections "$PORT" "$server_pid" "$IDLE_CONNECTIONS"
  echo "server peak RSS: $(peak_rss_mib) MiB"
  stop_server
fi

if [ "$WHAT" = race ]; then
  echo
  "$JAVA" -Xmx1g -cp "$BENCH:$CLASSES" StoreRace
fi

echo
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
