#!/usr/bin/env bash
# Subscription load run on loopback: builds the load tool, starts players + social (+ router) from
# their built jars on ports 4600-4604, waits until they answer, runs the load, stops what it
# started (by PID) and prints the report. See bench/subscriptions/README.md.
#
#   bench/subscriptions/run.sh [--target router|social] [--base-port N] [--repeat N] [-- load options...]
#
#   --target router   subscribers connect to the router's WebSocket (enriched selection, the benchmark)
#   --target social   no router: subscribers connect to the social subgraph and posts go to it
#                     directly (author { id } only); players serves login
#   --base-port N     router N, players N+1, social N+4 (default 4600); matches/store URLs point at
#                     N+2/N+3 where nothing is started (the load does not use them)
#   --repeat N        run the load N times against the same services (the first warms their JIT up;
#                     each run uses its own channels); exit status of the last
#   everything after -- goes to the load tool (e.g. --connections 200 --duration 30)
#
# Environment: JAVA_HOME (default temurin 25), SERVICE_JAVA_OPTS (JVM options of the three services,
# default none), TOOL_JAVA_OPTS (default -Xms512m -Xmx1g), LOAD_TIMEOUT (seconds the load may take in
# all, default 900), READY_TIMEOUT (seconds each service may take to start, default 600; a loaded
# 2-core machine needs minutes), BUILD_SERVICES=1 to package players, social and router first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

TARGET=router
BASE=4600
REPEAT=1
LOAD_ARGS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --target) TARGET="$2"; shift 2 ;;
    --base-port) BASE="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --) shift; LOAD_ARGS=("$@"); break ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (load options go after --)" >&2; exit 2 ;;
  esac
done
[[ "$TARGET" == router || "$TARGET" == social ]] || { echo "--target is router or social" >&2; exit 2; }
[[ "$BASE" =~ ^[0-9]+$ ]] || { echo "--base-port must be a number" >&2; exit 2; }
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { echo "--repeat must be a positive number" >&2; exit 2; }

ROUTER_PORT=$BASE; PLAYERS_PORT=$((BASE + 1)); MATCHES_PORT=$((BASE + 2)); STORE_PORT=$((BASE + 3)); SOCIAL_PORT=$((BASE + 4))
CONNECTIONS=1000
for ((i = 0; i < ${#LOAD_ARGS[@]}; i++)); do
  [[ "${LOAD_ARGS[$i]}" == --connections ]] && CONNECTIONS="${LOAD_ARGS[$((i + 1))]}"
done

# File descriptors: the tool and social each hold one socket per connection, the router one per
# client connection plus its upstream ones. Raise the soft limit to the hard one (inherited by
# everything started below) and refuse to start when that is still too low.
NEED_FDS=$((2 * CONNECTIONS + 1024))
HARD=$(ulimit -Hn)
if [[ "$HARD" != unlimited ]] && (( HARD < NEED_FDS )); then
  echo "ulimit -Hn is $HARD; $CONNECTIONS connections need at least $NEED_FDS open files per process" >&2
  exit 2
fi
ulimit -n "$HARD"
echo "open files limit: $(ulimit -n) (need $NEED_FDS)"

if [[ "${BUILD_SERVICES:-0}" == 1 ]]; then
  ./mvnw -q -B -o -pl subgraphs/players,subgraphs/social,router package -DskipTests
fi
for jar in subgraphs/players/target/players.jar subgraphs/social/target/social.jar router/target/router.jar; do
  [[ -f "$jar" ]] || { echo "$jar is missing: ./mvnw -q -B -o -pl subgraphs/players,subgraphs/social,router package -DskipTests (or BUILD_SERVICES=1)" >&2; exit 2; }
done
./mvnw -q -B -o -f bench/subscriptions/pom.xml package -DskipTests

for port in $ROUTER_PORT $PLAYERS_PORT $SOCIAL_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; pick another --base-port" >&2
    exit 2
  fi
done

OUT="bench/subscriptions/target/run-$(date -u +%Y%m%dT%H%M%SZ)-$TARGET"
mkdir -p "$OUT/jars"
# Run from copies: others may rebuild the jars or edit the supergraph while the load runs.
cp subgraphs/players/target/players.jar subgraphs/social/target/social.jar router/target/router.jar "$OUT/jars/"
git show HEAD:schema/supergraph.graphql > "$OUT/supergraph.graphql" 2>/dev/null || cp schema/supergraph.graphql "$OUT/supergraph.graphql"
mkdir -p "$OUT/tool" && cp -r bench/subscriptions/target/classes bench/subscriptions/target/lib "$OUT/tool/"
PIDS=()
stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

read -r -a SERVICE_OPTS <<< "${SERVICE_JAVA_OPTS:-}"
start() { # name, log, command...
  local name="$1"; shift
  "$@" > "$OUT/$name.log" 2>&1 &
  PIDS+=("$!")
  eval "${name^^}_PID=$!"
  echo "started $name (pid $!), log $OUT/$name.log"
}
start players "$JAVA" "${SERVICE_OPTS[@]}" -jar "$OUT/jars/players.jar" \
  --server.port=$PLAYERS_PORT --server.address=127.0.0.1
# BoundedDelivery logs (at debug) each event it drops for a subscriber that fell behind: counted below.
start social "$JAVA" "${SERVICE_OPTS[@]}" -jar "$OUT/jars/social.jar" \
  --server.port=$SOCIAL_PORT --server.address=127.0.0.1 \
  --logging.level.gg.arena.subgraph.events.BoundedDelivery=DEBUG
if [[ "$TARGET" == router ]]; then
  start router "$JAVA" "${SERVICE_OPTS[@]}" -jar "$OUT/jars/router.jar" \
    --supergraph "$OUT/supergraph.graphql" --port $ROUTER_PORT \
    --subgraph-url players=http://127.0.0.1:$PLAYERS_PORT/graphql \
    --subgraph-url social=http://127.0.0.1:$SOCIAL_PORT/graphql \
    --subgraph-url matches=http://127.0.0.1:$MATCHES_PORT/graphql \
    --subgraph-url store=http://127.0.0.1:$STORE_PORT/graphql
fi

ready() { # name, pid, url, curl args...
  local name="$1" pid="$2" url="$3"; shift 3
  local tries=$(( ${READY_TIMEOUT:-600} * 2 ))
  for _ in $(seq 1 "$tries"); do
    kill -0 "$pid" 2>/dev/null || { echo "$name exited during start-up; last lines of its log:" >&2; tail -20 "$OUT/$name.log" >&2; exit 1; }
    if curl -fsS -o /dev/null --max-time 2 "$@" "$url" 2>/dev/null; then echo "$name ready"; return 0; fi
    sleep 0.5
  done
  echo "$name not ready after ${READY_TIMEOUT:-600} s" >&2; exit 1
}
TYPENAME=(-H 'Content-Type: application/json' -d '{"query":"{ __typename }"}')
ready players "$PLAYERS_PID" "http://127.0.0.1:$PLAYERS_PORT/graphql" "${TYPENAME[@]}"
ready social "$SOCIAL_PID" "http://127.0.0.1:$SOCIAL_PORT/graphql" "${TYPENAME[@]}"
[[ "$TARGET" == router ]] && ready router "$ROUTER_PID" "http://127.0.0.1:$ROUTER_PORT/health"

if [[ "$TARGET" == router ]]; then
  WS="ws://127.0.0.1:$ROUTER_PORT/graphql"; ENRICH=true; LABEL="through the router, enriched (author handle and rating from players)"
  HTTP="http://127.0.0.1:$ROUTER_PORT/graphql"; LOGIN_HTTP="$HTTP"
  PIDARGS=(--router-pid "$ROUTER_PID" --pid "social=$SOCIAL_PID" --pid "players=$PLAYERS_PID")
else
  # No router at all: subscribe and post on social, log in on players.
  WS="ws://127.0.0.1:$SOCIAL_PORT/graphql"; ENRICH=false; LABEL="direct to social, no router (author { id } only)"
  HTTP="http://127.0.0.1:$SOCIAL_PORT/graphql"; LOGIN_HTTP="http://127.0.0.1:$PLAYERS_PORT/graphql"
  PIDARGS=(--pid "social=$SOCIAL_PID" --pid "players=$PLAYERS_PID")
fi
read -r -a TOOL_OPTS <<< "${TOOL_JAVA_OPTS:--Xms512m -Xmx1g}"
set +e
for ((run = 1; run <= REPEAT; run++)); do
  SUFFIX=""; (( REPEAT > 1 )) && SUFFIX=" [run $run/$REPEAT]"
  timeout --signal=TERM --kill-after=10 "${LOAD_TIMEOUT:-900}" \
    "$JAVA" "${TOOL_OPTS[@]}" -cp "$OUT/tool/classes:$OUT/tool/lib/*" \
    gg.arena.bench.subscriptions.SubscriptionLoad \
    --ws "$WS" --http "$HTTP" --login-http "$LOGIN_HTTP" --enrich "$ENRICH" --label "$LABEL$SUFFIX" \
    "${PIDARGS[@]}" --json-out "$OUT/report-$run.json" "${LOAD_ARGS[@]}" 2> >(tee "$OUT/load-$run.log" >&2)
  STATUS=$?
  echo "report: $OUT/report-$run.json (service logs beside it); load exit status $STATUS"
done
echo "social's event bus dropped $(grep -c 'dropped its oldest' "$OUT/social.log" || true) events for subscribers behind by a full buffer;" \
  "WebSocket sessions closed for an exception: $(grep -c 'Closing session due to exception' "$OUT/social.log" || true)"
set -e
exit $STATUS
