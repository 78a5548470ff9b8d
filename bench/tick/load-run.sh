#!/usr/bin/env bash
# A load run with the tick server and the bots in two JVMs on this machine (127.0.0.1), each optionally
# pinned to CPUs and given a scheduling priority. Prints the server's and the bots' JSON lines and the
# kernel's UDP counters (/proc/net/snmp) before and after.
#
#   bench/tick/load-run.sh [--server-cpus 1] [--bot-cpus 0] [--prio rt|nice|none] \
#       [--matches 100] [--players 10] [--warmup 10] [--seconds 60] [--loss 0] [--port 7900]
#
# Needs `./mvnw -q -B -o -f bench/tick/pom.xml package` first. JAVA_HOME defaults to Temurin 25.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
CP="bench/tick/target/classes:bench/tick/target/lib/*"
server_cpus="" bot_cpus="" prio="none" matches=100 players=10 warmup=10 seconds=60 loss=0 port=7900
server_gc="${SERVER_GC:-}" bot_gc="${BOT_GC:-}" bot_threads=1 sockets=""
while [ $# -gt 0 ]; do
  case "$1" in
    --server-cpus) server_cpus="$2" ;; --bot-cpus) bot_cpus="$2" ;; --prio) prio="$2" ;;
    --matches) matches="$2" ;; --players) players="$2" ;; --warmup) warmup="$2" ;; --seconds) seconds="$2" ;;
    --loss) loss="$2" ;; --port) port="$2" ;; --bot-threads) bot_threads="$2" ;; --sockets) sockets="$2" ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
pin() { if [ -n "$1" ]; then echo "taskset -c $1"; fi; }
# nice: both JVMs at nice -20 (the strongest weight the ordinary scheduler gives).
# rt: both JVMs at SCHED_FIFO priority 10 (every thread of them). On a machine shared with other work
# (each with its own cgroup, where nice does not reach across), this is what keeps the tick and the bots
# from being starved by unrelated processes; the kernel's RT throttling still leaves others 5 % of each
# CPU. With rt the JVMs use the serial GC unless SERVER_GC says otherwise (concurrent GC threads, as
# ZGC's, are put at priority 5: below the tick loop, above ordinary processes), and the
# JIT compiler threads get priority 20: a FIFO thread is never time-sliced, so a busy event loop at the
# same priority on the same CPU would otherwise keep the compiler from ever compiling it.
case "$prio" in
  rt) server_prefix="chrt -f 10"; bot_prefix="chrt -f 10" ;;
  nice) server_prefix="nice -n -20"; bot_prefix="nice -n -20" ;;
  none) server_prefix=""; bot_prefix="" ;;
  *) echo "--prio is rt, nice or none" >&2; exit 2 ;;
esac
if [ -z "$server_gc" ]; then server_gc="$([ "$prio" = rt ] && echo -XX:+UseSerialGC || echo -XX:+UseZGC)"; fi
if [ -z "$bot_gc" ]; then bot_gc="-XX:+UseSerialGC"; fi
out="$(mktemp -d /tmp/tick-load.XXXXXX)"
udp() { awk '/^Udp:/ { if (h) { print "InDatagrams=" $2, "RcvbufErrors=" $6, "SndbufErrors=" $7, "InErrors=" $4; exit } h=1 }' /proc/net/snmp; }
# Pauses: a probe per CPU that wakes every 2 ms and logs wake-ups more than 10 ms late (pauses-cpuN.log). A gap
# on every CPU at once is the host not running this VM; the server's trace of missed ticks (server.err)
# is printed next to them at the end.
probes=()
for cpu in $(seq 0 $(($(nproc) - 1))); do
  nice -n -20 taskset -c "$cpu" python3 bench/tick/pause-probe.py $((warmup + seconds + 30)) "cpu$cpu" \
    >"$out/pauses-cpu$cpu.log" 2>/dev/null &
  probes+=($!)
done
trap 'kill "${probes[@]}" 2>/dev/null' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); udp before: $(udp)"
common=(--matches "$matches" --players "$players" --warmup "$warmup" --seconds "$seconds" --port "$port")
server_extra=()
if [ -n "$sockets" ]; then server_extra=(--sockets "$sockets"); fi
# shellcheck disable=SC2086
$server_prefix $(pin "$server_cpus") "$JAVA" $server_gc -XX:-UseDynamicNumberOfCompilerThreads -Xlog:gc:file="$out/server-gc.log" -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "$CP" \
  gg.arena.bench.tick.LoadRun --role server "${common[@]}" "${server_extra[@]}" >"$out/server.json" 2>"$out/server.err" &
server_pid=$!
compilers_first() { # $1: pid of the JVM (or of its launcher)
  local jvm; jvm="$(pgrep -P "$1" java || echo "$1")"
  for task in /proc/"$jvm"/task/*; do
    if grep -q 'CompilerThre' "$task/comm" 2>/dev/null; then chrt -f -p 20 "$(basename "$task")" >/dev/null; fi
    # Concurrent GC threads (ZGC) below the tick loop but above every ordinary process.
    if grep -qE '^(Z|GC Thread|G1 )' "$task/comm" 2>/dev/null; then chrt -f -p 5 "$(basename "$task")" >/dev/null; fi
  done
}
sleep 0.5
if [ "$prio" = rt ]; then compilers_first "$server_pid"; fi
for _ in $(seq 100); do grep -q '^ready' "$out/server.err" 2>/dev/null && break; sleep 0.2; done
# shellcheck disable=SC2086
$bot_prefix $(pin "$bot_cpus") "$JAVA" $bot_gc -XX:-UseDynamicNumberOfCompilerThreads -Xms512m -Xmx512m -cp "$CP" gg.arena.bench.tick.LoadRun --role bots \
  "${common[@]}" --loss "$loss" --bot-threads "$bot_threads" >"$out/bots.json" 2>"$out/bots.err" &
bots_pid=$!
sleep 0.5
if [ "$prio" = rt ]; then compilers_first "$bots_pid"; fi
wait "$server_pid" "$bots_pid"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg); udp after:  $(udp)"
kill "${probes[@]}" 2>/dev/null || true
echo "probe gaps of 20 ms or more (a CPU not available even to a nice -20 process; on both CPUs at once: the machine):"
sort "$out"/pauses-cpu*.log | awk '$4 + 0 >= 20 { print "  " $0 }'
grep 'missed ticks' "$out/server.err" || echo "no missed ticks"
cat "$out/server.json" "$out/bots.json"
echo "(logs in $out)"
