#!/usr/bin/env bash
# Test stage: no acknowledged write is lost when a process dies (issue 13). On an embedded
# PostgreSQL of its own, with the services started here by `java -jar` (no gateway, so each can die
# alone), while infra/e2e/faults/driver.mjs keeps FAULTS_CLIENTS (12) clients creating records:
#   command-kill  kill -9 of command-service, started again: every 201 is in the event store once
#                 and reads back by id through query-service, its unique value still claimed;
#   query-kill    kill -9 of query-service, started again: the same, and its read model equals a
#                 fresh replay of every projection (checksums of every rm_* table);
#   db-restart    PostgreSQL stopped (immediate) and started: both /health/ready answer 503 DOWN,
#                 then 200 UP without a restart, writes are acknowledged again, none lost;
#   replicas      a second command-service and query-service: writers update the same records
#                 through both command replicas and read their writes through both query replicas;
#                 the final state is the one the acknowledged writes make, and equals a replay.
# Checks: infra/e2e/faults/<fault>.test.mjs (node --test). Ports FAULTS_PORT_BASE (39000) + 32
# (PostgreSQL), +81/+83 (command-service A/B), +82/+84 (query-service A/B); RUN_DIR .run/faults-e2e,
# removed at the end (FAULTS_KEEP_LOGS=DIR copies its logs and state there first). FAULTS="query-kill
# replicas" runs only some faults. Stops exactly what it started, by PID, whatever happens; never
# touches the machine's PostgreSQL.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=embedded-pg.sh
source "$(dirname "$0")/embedded-pg.sh"
cd "$REPO_ROOT"
# Short-lived JVMs: the C1 compiler only and the serial collector start faster and take less CPU from
# the rest of the test run than the defaults tuned for long-running services.
JAVA_OPTS="${STAGE_JAVA_OPTS:--Xms128m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

base="${FAULTS_PORT_BASE:-39000}"
export EMBEDDED_DB_PORT=$((base + 32))
export RUN_DIR="${FAULTS_RUN_DIR:-$REPO_ROOT/.run/faults-e2e}"
COMMAND_JAR="${COMMAND_JAR:-$REPO_ROOT/command-service/target/command-service.jar}"
QUERY_JAR="${QUERY_JAR:-$REPO_ROOT/query-service/target/query-service.jar}"
WAIT_TIMEOUT="${WAIT_TIMEOUT:-180}"
export COMMAND_URL="http://127.0.0.1:$((base + 81))" QUERY_URL="http://127.0.0.1:$((base + 82))"
export COMMAND_B_URL="http://127.0.0.1:$((base + 83))" QUERY_B_URL="http://127.0.0.1:$((base + 84))"
export BASE_URL="$COMMAND_URL" FAULTS_DIR="$RUN_DIR/state"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@metabuilder.local}" ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin-password}"
SERVICES=(command-a query-a command-b query-b)
load_pid=""
failed=()

cleanup() {
  local rc=$? name
  if pid_alive "$load_pid"; then kill -TERM "$load_pid" 2>/dev/null || true; fi
  for name in "${SERVICES[@]}"; do stop_pid_file "$RUN_DIR/$name.pid" 10; done
  embedded_pg_stop || true
  if ((rc != 0)); then tail_logs "$RUN_DIR" 30; fi
  if [[ -n "${FAULTS_KEEP_LOGS:-}" ]]; then mkdir -p "$FAULTS_KEEP_LOGS" && cp -r "$RUN_DIR/logs" "$RUN_DIR/state" "$FAULTS_KEEP_LOGS/"; fi
  rm -rf "${RUN_DIR:?}"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

# command-a / query-b …: the jar and the port follow from the name.
start() {
  local name="$1" jar="$COMMAND_JAR" url="$COMMAND_URL"
  [[ "$name" == query-* ]] && jar="$QUERY_JAR" url="$QUERY_URL"
  [[ "$name" == command-b ]] && url="$COMMAND_B_URL"
  [[ "$name" == query-b ]] && url="$QUERY_B_URL"
  [[ -f "$jar" ]] || die "$jar not found: build with 'mvn -B -DskipTests package'"
  ! port_in_use "${url##*:}" || die "port ${url##*:} ($name) is already in use; set FAULTS_PORT_BASE"
  log "starting $name on ${url##*:}"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM options
  PORT="${url##*:}" DATABASE_URL="$DATABASE_URL" ENVIRONMENT=development LOGIN_ATTEMPTS_PER_CLIENT=100000 \
    nohup java $JAVA_OPTS -jar "$jar" >>"$RUN_DIR/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
  echo "$url" >"$RUN_DIR/$name.url"
}

ready() {
  local name deadline=$((SECONDS + WAIT_TIMEOUT))
  for name in "$@"; do
    until curl -fsS -o /dev/null -m 5 "$(cat "$RUN_DIR/$name.url")/health/ready" 2>/dev/null; do
      pid_alive "$(cat "$RUN_DIR/$name.pid")" || die "$name exited before it became ready"
      ((SECONDS < deadline)) || die "$name was not ready within ${WAIT_TIMEOUT}s"
      sleep 0.5
    done
  done
}

kill9() {
  local pid
  pid="$(cat "$RUN_DIR/$1.pid")"
  log "kill -9 $1 (pid $pid)"
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$RUN_DIR/$1.pid"
}

# The time (epoch ms) a step of a fault happened, for its checks.
mark() { date +%s%3N >"$FAULTS_DIR/$1.at"; }

driver() { node infra/e2e/faults/driver.mjs "$@"; }

start_load() {
  driver load "$1" &
  load_pid=$!
  sleep "${FAULTS_LOAD_WARMUP:-3}"
}

stop_load() {
  sleep "${FAULTS_LOAD_AFTER:-3}"
  touch "$FAULTS_DIR/$1.stop"
  wait "$load_pid"
  load_pid=""
}

check() {
  log "checking $1"
  node --test --test-reporter=spec "infra/e2e/faults/$1.test.mjs" || failed+=("$1")
}

pg_stop_now() {
  log "stopping PostgreSQL (immediate: no checkpoint, clients cut off)"
  embedded_pg_as_owner "$(embedded_pg_dir)/dist-$EMBEDDED_PG_VERSION/bin/pg_ctl" -D "$(embedded_pg_data)" \
    -m immediate -w -t 30 stop >/dev/null
}

rm -rf "${RUN_DIR:?}"
mkdir -p "$RUN_DIR/logs" "$FAULTS_DIR"
embedded_pg_start
DATABASE_URL="$(embedded_database_url)"
export PSQL_DATABASE_URL="$DATABASE_URL"
start command-a
ready command-a # it migrates the event store query-service reads
start query-a
ready query-a
driver setup

command_kill() {
  start_load command-kill
  mark command-kill.killed
  kill9 command-a
  start command-a
  ready command-a
  mark command-kill.ready
  stop_load command-kill
  check command-kill
}

# The load stops before query-service is back, so it starts from its tokens with events to catch up.
query_kill() {
  start_load query-kill
  mark query-kill.killed
  kill9 query-a
  stop_load query-kill
  start query-a
  ready query-a
  mark query-kill.ready
  check query-kill
}

db_restart() {
  start_load db-restart
  mark db-restart.stopped
  pg_stop_now
  driver health db-restart.down DOWN
  embedded_pg_start
  driver health db-restart.up UP
  mark db-restart.ready
  stop_load db-restart
  check db-restart
}

replicas() {
  start command-b
  start query-b
  ready command-b query-b
  driver updates
  check replicas
}

for fault in ${FAULTS:-command-kill query-kill db-restart replicas}; do
  "${fault//-/_}"
done

if ((${#failed[@]} > 0)); then die "faults that lost or doubled data: ${failed[*]}"; fi
echo "faults: no acknowledged write lost, none stored twice, under every fault"
