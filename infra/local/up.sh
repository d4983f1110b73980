#!/usr/bin/env bash
# Builds and starts MetaBuilder locally: command-service, query-service and the nginx gateway
# (which also serves the web app), each in the background with its log and PID file in RUN_DIR.
# Idempotent: what a previous run started from the same RUN_DIR is stopped first.
# Database: DATABASE_URL when set; else the local server at the default address when it answers;
# else (or with --embedded-db) an embedded PostgreSQL with its data under RUN_DIR/embedded-pg.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=embedded-pg.sh
source "$(dirname "$0")/embedded-pg.sh"
cd "$REPO_ROOT"

EMBEDDED_DB="${EMBEDDED_DB:-0}"
for arg in "$@"; do
  case "$arg" in
    --embedded-db) EMBEDDED_DB=1 ;;
    -h | --help)
      echo "usage: infra/local/up.sh [--embedded-db]   (settings: see README, Configuration)"
      exit 0
      ;;
    *) die "unknown option: $arg (try --help)" ;;
  esac
done

GATEWAY_PORT="${GATEWAY_PORT:-8000}"
COMMAND_PORT="${COMMAND_PORT:-8081}"
QUERY_PORT="${QUERY_PORT:-8082}"
RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"
ADMIN_EMAIL="${ADMIN_EMAIL:-admin@metabuilder.local}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin-password}"
WAIT_TIMEOUT="${WAIT_TIMEOUT:-180}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx768m}"
COMMAND_JAR="${COMMAND_JAR:-$REPO_ROOT/command-service/target/command-service.jar}"
QUERY_JAR="${QUERY_JAR:-$REPO_ROOT/query-service/target/query-service.jar}"
export GATEWAY_PORT COMMAND_PORT QUERY_PORT RUN_DIR ADMIN_EMAIL ADMIN_PASSWORD

database_url_given="${DATABASE_URL:+yes}"
export CORS_ORIGINS="${CORS_ORIGINS:-http://localhost:5173,http://localhost:$GATEWAY_PORT,http://127.0.0.1:$GATEWAY_PORT}"

require_tools java mvn node npm curl
ensure_nginx
ensure_envsubst

# Which database this run uses (sets DATABASE_URL and EMBEDDED_DB). An embedded cluster used before
# from this RUN_DIR is used again, so its data stays in use while DATABASE_URL is unset.
choose_database() {
  if [[ "$EMBEDDED_DB" == 1 ]]; then
    log "--embedded-db: using the embedded PostgreSQL"
  elif [[ -n "$database_url_given" ]]; then
    return 0
  elif [[ -f "$(embedded_pg_data)/PG_VERSION" ]]; then
    log "using the embedded PostgreSQL of $RUN_DIR again (set DATABASE_URL to use another server)"
    EMBEDDED_DB=1
  elif command -v psql >/dev/null 2>&1 && pg_answers "$(admin_url_of "$DEFAULT_DATABASE_URL")"; then
    DATABASE_URL="$DEFAULT_DATABASE_URL"
    return 0
  else
    log "no PostgreSQL answers at $(db_host "$DEFAULT_DATABASE_URL"):5432 and DATABASE_URL is unset: using an embedded PostgreSQL"
    EMBEDDED_DB=1
  fi
  DATABASE_URL="$(embedded_database_url)"
}

prepare_database() {
  if [[ "$EMBEDDED_DB" == 1 ]]; then
    embedded_pg_start
    DATABASE_URL="$(embedded_database_url)"
    return 0
  fi
  if ! is_local_db "$DATABASE_URL"; then
    log "using the database at $(db_host "$DATABASE_URL") as given"
    return 0
  fi
  command -v psql >/dev/null 2>&1 || die "psql is missing: install postgresql-client (apt-get install postgresql-client)"
  ensure_postgres "$(admin_url_of "$DATABASE_URL")" ||
    die "PostgreSQL does not answer at $(admin_url_of "$DATABASE_URL"); start it or set DATABASE_URL"
  # The default database is created on first run; a given local one too, for convenience.
  if [[ -z "$database_url_given" || "${CREATE_DATABASE:-1}" == 1 ]]; then
    create_database_if_missing "$DATABASE_URL"
  fi
}

# Up to date when no source or POM is newer than the older of the two jars.
jars_fresh() {
  [[ -f "$COMMAND_JAR" && -f "$QUERY_JAR" ]] || return 1
  local older="$COMMAND_JAR"
  [[ "$QUERY_JAR" -ot "$older" ]] && older="$QUERY_JAR"
  [[ -z "$(find pom.xml shared-events command-service query-service -path '*/target' -prune -o \
    -type f -newer "$older" -print -quit)" ]]
}

frontend_fresh() {
  [[ -f frontend/dist/index.html ]] || return 1
  [[ -z "$(find frontend -path frontend/node_modules -prune -o -path frontend/dist -prune -o \
    -path frontend/test-results -prune -o -path frontend/build -prune -o -type f -newer frontend/dist/index.html -print -quit)" ]]
}

build() {
  if jars_fresh; then
    log "service jars are up to date"
  else
    log "building the services (mvn package)"
    mvn -B -q -DskipTests package
  fi
  if [[ ! -f frontend/package.json ]]; then
    warn "frontend/package.json not found: the gateway will serve no web app"
  elif frontend_fresh; then
    log "web app build is up to date"
  else
    log "building the web app (npm ci, npm run build)"
    if [[ ! -f frontend/node_modules/.package-lock.json || frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]]; then
      (cd frontend && npm ci --no-audit --no-fund)
    fi
    (cd frontend && npm run build)
  fi
}

wait_for() {
  local name="$1" url="$2" pid_file="$3" deadline=$((SECONDS + WAIT_TIMEOUT))
  until curl -fsS -o /dev/null -m 5 "$url" 2>/dev/null; do
    if ! pid_alive "$(cat "$pid_file" 2>/dev/null || true)"; then
      tail_logs "$RUN_DIR" 60
      die "$name exited before it became ready (logs in $RUN_DIR/logs; RUN_DIR=$RUN_DIR infra/local/down.sh stops the rest)"
    fi
    if ((SECONDS >= deadline)); then
      tail_logs "$RUN_DIR" 60
      die "$name was not ready at $url within ${WAIT_TIMEOUT}s (logs in $RUN_DIR/logs; RUN_DIR=$RUN_DIR infra/local/down.sh stops it)"
    fi
    sleep 1
  done
}

start_service() {
  local name="$1" jar="$2" port="$3"
  [[ -f "$jar" ]] || die "$jar not found: build with 'mvn -B -DskipTests package' or drop SKIP_BUILD"
  ! port_in_use "$port" || die "port $port ($name) is already in use; set another with ${name%%-*}_PORT"
  log "starting $name on port $port"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM options
  PORT="$port" nohup java $JAVA_OPTS -jar "$jar" >"$RUN_DIR/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

# /api/openapi.json: both services' springdoc documents, combined as the gateway routes them.
build_openapi_document() {
  local dir="$RUN_DIR/gateway/openapi"
  mkdir -p "$dir"
  if node "$REPO_ROOT/infra/gateway/openapi-merge.mjs" "http://127.0.0.1:$COMMAND_PORT" \
    "http://127.0.0.1:$QUERY_PORT" >"$dir/openapi.json.tmp"; then
    mv "$dir/openapi.json.tmp" "$dir/openapi.json"
  else
    rm -f "$dir/openapi.json.tmp"
    warn "could not build the OpenAPI document: /api/openapi.json will answer 503"
  fi
}

start_gateway() {
  ! port_in_use "$GATEWAY_PORT" || die "port $GATEWAY_PORT (gateway) is already in use; set GATEWAY_PORT"
  local conf="$RUN_DIR/gateway/nginx.conf"
  mkdir -p "$RUN_DIR/gateway"
  GATEWAY_RUN_DIR="$RUN_DIR/gateway" STATIC_ROOT="$REPO_ROOT/frontend/dist" \
    "$REPO_ROOT/infra/gateway/render.sh" "$conf"
  nginx -e stderr -t -q -p "$RUN_DIR/gateway" -c "$conf"
  log "starting the gateway on port $GATEWAY_PORT"
  TZ=UTC nohup nginx -e stderr -p "$RUN_DIR/gateway" -c "$conf" -g 'daemon off;' \
    >"$RUN_DIR/logs/gateway.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/gateway.pid"
}

choose_database
export DATABASE_URL EMBEDDED_DB
if [[ "${SKIP_BUILD:-0}" == 1 ]]; then log "SKIP_BUILD=1: using the existing builds"; else build; fi

# What a previous run started (the embedded database too) is stopped before the database is prepared.
"$REPO_ROOT/infra/local/down.sh" >/dev/null 2>&1 || true
mkdir -p "$RUN_DIR/logs"
prepare_database

start_service command-service "$COMMAND_JAR" "$COMMAND_PORT"
# command-service migrates the event store that query-service reads: let it finish first.
wait_for command-service "http://127.0.0.1:$COMMAND_PORT/health/ready" "$RUN_DIR/command-service.pid"
start_service query-service "$QUERY_JAR" "$QUERY_PORT"
wait_for query-service "http://127.0.0.1:$QUERY_PORT/health/ready" "$RUN_DIR/query-service.pid"
build_openapi_document
start_gateway
wait_for gateway "http://127.0.0.1:$GATEWAY_PORT/health/ready" "$RUN_DIR/gateway.pid"

db_note="$(redact_url "$DATABASE_URL")"
if [[ "$EMBEDDED_DB" == 1 ]]; then db_note="$db_note (embedded; data in $(embedded_pg_data))"; fi
cat <<EOF

  MetaBuilder is up:  http://localhost:$GATEWAY_PORT
  Log in as:          $ADMIN_EMAIL / $ADMIN_PASSWORD
  Database:           $db_note
  Logs and PIDs:      $RUN_DIR  (stop with: RUN_DIR=$RUN_DIR infra/local/down.sh)

EOF
