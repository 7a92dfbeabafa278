#!/usr/bin/env bash
# Step 7's benchmark: step 7's connection machinery against the JDK's own HTTP server
# (com.sun.net.httpserver, with virtual threads and with a 16-thread pool), Jetty 12 and Netty 4,
# all answering GET / with the same 13-byte "Hello, World!"; and step 7's full Main, middleware
# and all, on the same GET /.
#
#   step7-threads/bench/run.sh              # everything, 2 rounds, about 11 minutes
#   step7-threads/bench/run.sh --quick      # one short round: a smoke test, not a result (2 minutes)
#   step7-threads/bench/run.sh throughput   # only the wrk runs
#   step7-threads/bench/run.sh idle         # only the 10,000 idle connections
#   step7-threads/bench/run.sh inmemory     # only one request's HTTP work, without a socket
#   step7-threads/bench/run.sh race         # step 6's store and step 7's under concurrent writers
#   step7-threads/bench/run.sh --busy-ok    # measure even though other work keeps the CPUs busy
#
# Each server is pinned to one core (taskset -c 0) and the load generator, wrk, to another
# (taskset -c 1), so they don't steal each other's CPU. Needs wrk and taskset (Debian packages
# wrk and util-linux), a JDK 21+ and two cores. Not part of the build: run it on purpose, on a
# quiet machine. It refuses to start on a busy one, because a benchmark there measures the others.
#
# For every server and load it reports requests per second, the 50th and 99th percentile of the
# latency, the server's CPU time per request (user + system time of the server process, from
# /proc, over the measured seconds, divided by the requests served), how busy wrk kept its own
# core (near 100 %, the client is the limit, not the server), and how much CPU other processes
# took meanwhile. Then the means over the rounds, and the goals of the comparison, checked.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-2}          # each round starts every server afresh
WARMUP=${WARMUP:-8}          # seconds of load after a server starts, so the JIT has compiled the hot path
SETTLE=${SETTLE:-2}          # seconds of load at each connection count before measuring it
DURATION=${DURATION:-5}      # seconds measured
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PORT=${PORT:-9870}
IDLE_CONNECTIONS=${IDLE_CONNECTIONS:-10000}
MIN_IDLE_PERCENT=${MIN_IDLE_PERCENT:-90} # below this, the machine is busy
WHAT=all
BUSY_OK=false
for arg in "$@"; do
  case "$arg" in
    --quick) ROUNDS=1 WARMUP=2 SETTLE=1 DURATION=2 ;;
    --busy-ok) BUSY_OK=true ;;
    all|throughput|idle|inmemory|race) WHAT=$arg ;;
    *) echo "unknown argument '$arg'; see the top of $0" >&2; exit 2 ;;
  esac
done

for tool in wrk taskset; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (Debian: apt install wrk util-linux)" >&2; exit 1; }
done

# The CPU time of all cores so far, from the first line of /proc/stat: "busy idle", in clock ticks.
machine_ticks() {
  awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= 9; i++) total += $i; print total - idle, idle }' /proc/stat
}

# How idle all cores were over 2 s, in percent.
idle_percent() {
  local before after
  before=$(machine_ticks)
  sleep 2
  after=$(machine_ticks)
  awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " ");
    busy = y[1] - x[1]; idle = y[2] - x[2]; printf "%d", 100 * idle / (busy + idle + 1e-9) }'
}

busy_warning=
idle=$(idle_percent)
if [ "$idle" -lt "$MIN_IDLE_PERCENT" ]; then
  seen="the CPUs were only $idle % idle over 2 s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ "$BUSY_OK" != true ]; then
    echo "The machine is busy: $seen; a benchmark now would measure the other work." >&2
    echo "Wait until it is quiet (at least $MIN_IDLE_PERCENT % idle), or measure anyway with --busy-ok." >&2
    exit 3
  fi
  busy_warning="WARNING: run on a busy machine (--busy-ok): $seen before it began. Compare CPU time per request, not requests/s."
fi

. .mvn/find-jdk.sh # sets JAVA_HOME to a JDK 21+ when the default java is older, as ./mvnw does
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The steps' classes, and step 7's libraries (Jackson) for its full Main, straight from the reactor.
./mvnw -q compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-class-path.txt -pl step7-threads -am
CLASSES="step7-threads/target/classes:$(cat step7-threads/target/bench-class-path.txt)"
# Jetty and Netty, from a small build of their own: the course does not depend on them.
./mvnw -q -f step7-threads/bench/pom.xml package
OTHERS="step7-threads/target/bench-others/classes:$(cat step7-threads/target/bench-others/class-path.txt)"
# Compiled ahead, so no server spends memory or start-up time compiling its own source.
BENCH=step7-threads/target/bench-classes
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$BENCH" -cp "$CLASSES" step7-threads/bench/*.java
LOG=$(mktemp)
RESULTS=$(mktemp)
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
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
trap 'stop_server; rm -f "$LOG" "$RESULTS" "$RESULTS.wrk"' EXIT

# The peak resident memory of the running server (VmHWM: "high water mark"), in MiB.
peak_rss_mib() {
  awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$server_pid/status"
}

# CPU time the server has used so far (user + system, all its threads), in clock ticks.
server_cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$server_pid/stat"
}

# CPU time of this script's finished children (wrk among them), in clock ticks.
children_cpu_ticks() {
  awk '{ print $16 + $17 }' "/proc/$$/stat"
}

# wrk on its own core; output to a file, not through $( ), so that wrk is this shell's own child
# and its CPU time lands in children_cpu_ticks.
load() {
  taskset -c "$LOAD_CPU" wrk -t1 "$@" "http://127.0.0.1:$PORT/" > "$RESULTS.wrk"
}

# wrk writes latencies as 850.00us, 1.25ms or 1.02s: in milliseconds.
to_ms() {
  awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /[0-9]s$/ && t !~ /ms$/) v *= 1000;
    printf "%.2f", v }'
}

# One row of the table: settle at this connection count, then measure; extra arguments go to wrk
# (such as a header). Requests per second depend on whatever else the machine is doing; the
# server's CPU time per request depends on it much less, so we print both.
measure() {
  local key=$1 server=$2 round=$3 connections=$4 kind=$5
  shift 5
  load -c"$connections" -d"${SETTLE}s" "$@"
  local server_before wrk_before machine_before
  server_before=$(server_cpu_ticks)
  wrk_before=$(children_cpu_ticks)
  machine_before=$(machine_ticks)
  load -c"$connections" -d"${DURATION}s" --latency "$@"
  local server_ticks wrk_ticks machine_busy
  server_ticks=$(($(server_cpu_ticks) - server_before))
  wrk_ticks=$(($(children_cpu_ticks) - wrk_before))
  machine_busy=$(awk -v b="$machine_before" -v a="$(machine_ticks)" 'BEGIN { split(b, x, " "); split(a, y, " "); print y[1] - x[1] }')
  local out rps p50 p99 requests errors hz cpu wrk_percent others_percent
  out=$(cat "$RESULTS.wrk")
  hz=$(getconf CLK_TCK)
  rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' <<< "$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  requests=$(awk '/requests in/ { print $1 }' <<< "$out")
  cpu=$(awk -v t="$server_ticks" -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  wrk_percent=$(awk -v t="$wrk_ticks" -v hz="$hz" -v s="$DURATION" 'BEGIN { printf "%d", 100 * t / hz / s }')
  # Everything else the machine did meanwhile, as a share of one core.
  others_percent=$(awk -v m="$machine_busy" -v t="$((server_ticks + wrk_ticks))" -v hz="$hz" -v s="$DURATION" \
    'BEGIN { o = 100 * (m - t) / hz / s; printf "%d", o < 0 ? 0 : o }')
  errors=$(grep -E 'Socket errors|Non-2xx' <<< "$out" | tr -s ' ' | paste -sd ';' - || true)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$server" "$connections" "$kind" \
    "$rps" "$p50" "$p99" "$cpu" "$wrk_percent" "$others_percent" "${errors:-none}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$kind $connections" "$round" "$rps" "$(to_ms "$p99")" "$cpu" >> "$RESULTS"
}

# One server, started afresh: warm up, then every load in turn.
throughput() {
  local key=$1 server=$2 round=$3
  shift 3
  start_server "$@"
  load -c64 -d"${WARMUP}s"
  for connections in 1 16 64 256; do
    measure "$key" "$server" "$round" "$connections" keep-alive
  done
  measure "$key" "$server" "$round" 64 close -H 'Connection: close'
  echo "| $server | peak RSS $(peak_rss_mib) MiB | | | | | | | | |"
  stop_server
}

# Means over the rounds: requests/s, p99 and CPU per request per server and load; then the goals
# of the comparison (issue 12), each with the ratio it rests on.
summary() {
  awk -F'\t' '
    function mean(k, field) { return sum[k, field] / count[k] }
    function cell(server, load, field) { k = server SUBSEP load; return (k in count) ? mean(k, field) : -1 }
    function ratio(a, b) { return b > 0 ? a / b : 0 }
    function goal(ok, text) { printf "- %s: %s\n", ok ? "met   " : "MISSED", text; if (!ok) missed++ }
    { k = $1 SUBSEP $2; count[k]++; sum[k, "rps"] += $4; sum[k, "p99"] += $5; sum[k, "cpu"] += $6 }
    END {
      split("step7 main jdk-virtual jdk-pool jetty netty", servers, " ")
      names["step7"] = "step 7 (HelloStep7)"; names["main"] = "step 7, full Main"
      names["jdk-virtual"] = "JDK, virtual threads"; names["jdk-pool"] = "JDK, 16 threads"
      names["jetty"] = "Jetty 12.1"; names["netty"] = "Netty 4.2"
      split("keep-alive 1,keep-alive 16,keep-alive 64,keep-alive 256,close 64", loads, ",")
      split("requests/s,p99 (ms),server CPU µs/request", titles, ",")
      split("rps p99 cpu", fields, " ")
      for (t = 1; t <= 3; t++) {
        printf "\n%s, mean of the rounds:\n\n| server | c=1 | c=16 | c=64 | c=256 | close, c=64 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n", titles[t]
        for (s = 1; s <= 6; s++) {
          printf "| %s |", names[servers[s]]
          for (l = 1; l <= 5; l++) {
            v = cell(servers[s], loads[l], fields[t])
            printf (v < 0 ? " - |" : (t == 1 ? " %d |" : " %.1f |")), v
          }
          printf "\n"
        }
      }
      printf "\nGoals (step 7 against the others, same run):\n\n"
      for (j = 1; j <= 2; j++) {
        jdk = j == 1 ? "jdk-virtual" : "jdk-pool"
        a = cell("step7", "keep-alive 64", "cpu"); b = cell(jdk, "keep-alive 64", "cpu")
        goal(a <= b, sprintf("CPU per request at c=64 <= %s: %.1f vs %.1f µs (%.2fx)", names[jdk], a, b, ratio(a, b)))
        for (c = 16; c <= 256; c *= 4) {
          a = cell("step7", "keep-alive " c, "rps"); b = cell(jdk, "keep-alive " c, "rps")
          goal(a >= b, sprintf("requests/s at c=%d >= %s: %d vs %d (%.2fx)", c, names[jdk], a, b, ratio(a, b)))
        }
        a = cell("step7", "keep-alive 256", "p99"); b = cell(jdk, "keep-alive 256", "p99")
        goal(a <= 3 * b, sprintf("p99 at c=256 within 3x %s: %.1f vs %.1f ms (%.1fx)", names[jdk], a, b, ratio(a, b)))
      }
      split("jdk-virtual jdk-pool jetty netty", others, " ")
      for (o = 1; o <= 4; o++) {
        a = cell("step7", "close 64", "rps"); b = cell(others[o], "close 64", "rps")
        goal(a > b, sprintf("Connection: close ahead of %s: %d vs %d requests/s (%.2fx)", names[others[o]], a, b, ratio(a, b)))
      }
      a = cell("main", "keep-alive 64", "rps"); b = cell("step7", "keep-alive 64", "rps")
      goal(a >= 0.75 * b, sprintf("full Main within 25 %% of HelloStep7 at c=64: %d vs %d requests/s (%.2fx)", a, b, ratio(a, b)))
      a = cell("main", "keep-alive 64", "cpu"); b = cell("step7", "keep-alive 64", "cpu")
      printf "  (CPU per request at c=64: full Main %.1f µs, HelloStep7 %.1f µs, %.2fx; Netty %.1f µs)\n", a, b, ratio(a, b), cell("netty", "keep-alive 64", "cpu")
      printf "\n%d goal(s) missed.\n", missed
    }' "$RESULTS"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# $("$JAVA" -version 2>&1 | head -1); $ROUNDS round(s); warm-up ${WARMUP} s per server, ${SETTLE} s per load, measured ${DURATION} s; server on CPU $SERVER_CPU, wrk (one thread) on CPU $LOAD_CPU"
echo "# before: CPUs $idle % idle over 2 s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$busy_warning" ]; then
  echo "# $busy_warning"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = inmemory ]; then
  echo
  echo "## One request's HTTP work in memory (parse, handle, write; no socket), on CPU $SERVER_CPU"
  taskset -c "$SERVER_CPU" "$JAVA" -cp "$BENCH:$CLASSES" InMemory
fi

if [ "$WHAT" = all ] || [ "$WHAT" = throughput ]; then
  echo
  echo "| server | connections | kind | requests/s | p50 | p99 | server CPU µs/request | wrk CPU % | others' CPU % | errors |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for round in $(seq 1 "$ROUNDS"); do
    throughput step7 "step 7 (HelloStep7)" "$round" "$JAVA" -cp "$BENCH:$CLASSES" HelloStep7 "$PORT"
    # The access log goes to the server's output, a file here, as it would in production.
    throughput main "step 7, full Main" "$round" "$JAVA" -cp "$CLASSES" httpfromscratch.concurrency.Main --port "$PORT"
    throughput jdk-virtual "JDK, virtual threads" "$round" "$JAVA" -cp "$BENCH" HelloJdk "$PORT" virtual
    throughput jdk-pool "JDK, 16 threads" "$round" "$JAVA" -cp "$BENCH" HelloJdk "$PORT" 16
    throughput jetty "Jetty 12.1" "$round" "$JAVA" -cp "$OTHERS" HelloJetty "$PORT"
    # Without the leak detector, which samples buffers and records where they came from: every
    # published Netty benchmark turns it off.
    throughput netty "Netty 4.2" "$round" "$JAVA" -Dio.netty.leakDetection.level=disabled -cp "$OTHERS" HelloNetty "$PORT"
  done
  summary
fi

# Many idle connections held by one server: what each costs it in memory, and whether a new
# client still gets a quick answer meanwhile.
idle_connections() {
  local server=$1
  shift
  echo
  echo "## $IDLE_CONNECTIONS idle keep-alive connections to $server"
  start_server "$@"
  taskset -c "$LOAD_CPU" "$JAVA" -cp "$BENCH" IdleConnections "$PORT" "$server_pid" "$IDLE_CONNECTIONS"
  echo "server peak RSS: $(peak_rss_mib) MiB"
  stop_server
}

if [ "$WHAT" = all ] || [ "$WHAT" = idle ]; then
  idle_connections "step 7" "$JAVA" -cp "$BENCH:$CLASSES" HelloStep7 "$PORT" 0 $((IDLE_CONNECTIONS * 2))
  idle_connections "Netty 4.2" "$JAVA" -Dio.netty.leakDetection.level=disabled -cp "$OTHERS" HelloNetty "$PORT"
  idle_connections "Jetty 12.1" "$JAVA" -cp "$OTHERS" HelloJetty "$PORT"
fi

if [ "$WHAT" = race ]; then
  echo
  "$JAVA" -Xmx1g -cp "$BENCH:$CLASSES" StoreRace
fi

echo
echo "# after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$busy_warning" ]; then
  echo "# $busy_warning"
fi
