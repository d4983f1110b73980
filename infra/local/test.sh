#!/usr/bin/env bash
# Runs every test of MetaBuilder, stage after stage, and prints "N passed, N failed" over the stages:
#   maven            unit + integration tests + spotless (mvn -B -fae verify)
#   frontend-*       npm ci, lint, format:check, typecheck, unit tests
#   platform-start   both services and the gateway on non-default ports, fresh throwaway database
#   api-e2e          infra/e2e (node --test) through the gateway
#   ui-e2e           the web app's Playwright tests in Debian's Chromium
#   openapi-lint     redocly lint of the gateway's /api/openapi.json
#   check-*          delivery files through tools that can fail (infra/local/checks.sh): workflows,
#                    alert-rules, compose, gateway-config, shell, deploy-files
#   embedded-db      up.sh --embedded-db on other ports, data kept across a restart
#   backup-restore   backup -> restore into a fresh database -> replay -> same API answers
#   faults           kill -9 of each service, a PostgreSQL restart and two replicas of each, under
#                    write load on an embedded PostgreSQL: no acknowledged write lost or doubled
# Whatever it started is stopped at the end, and the throwaway database dropped. Exit code 1 when
# any stage failed.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

PG_ADMIN_URL="${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
E2E_GATEWAY_PORT="${E2E_GATEWAY_PORT:-18000}"
E2E_COMMAND_PORT="${E2E_COMMAND_PORT:-18081}"
E2E_QUERY_PORT="${E2E_QUERY_PORT:-18082}"
E2E_RUN_DIR="${E2E_RUN_DIR:-$REPO_ROOT/.run/e2e}"
# Far shorter than an import of the api-e2e suite, so a dropped gap would show as a missing row.
E2E_GAP_TIMEOUT_MS="${E2E_GAP_TIMEOUT_MS:-200}"
E2E_DATABASE="metabuilder_e2e_$(date +%s)_${RANDOM}"
E2E_DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$E2E_DATABASE")"
ADMIN_EMAIL="${ADMIN_EMAIL:-admin@metabuilder.local}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin-password}"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMIUM_PATH

passed=0
failed=0
tests_passed=0
tests_failed=0
summary=()
STAGE_LOG_DIR="$(mktemp -d)"
platform_started=""
database_created=""

# Runs "$@" as its own job with errexit in force (an `if` around it would switch errexit off).
stage() {
  local name="$1" started=$SECONDS rc=0
  shift
  printf '\n\033[1;36m===== stage %s =====\033[0m\n' "$name" >&2
  (
    set -euo pipefail
    exec > >(tee "$STAGE_LOG_DIR/$name.log") 2>&1
    "$@"
  ) &
  wait $! || rc=$?
  count_tests "$name" "$rc"
  if ((rc == 0)); then
    passed=$((passed + 1))
    summary+=("PASS  $name ($((SECONDS - started))s)")
  else
    failed=$((failed + 1))
    summary+=("FAIL  $name ($((SECONDS - started))s, exit $rc)")
  fi
  return "$rc"
}

# Adds the stage's test counts (Surefire, Vitest, node --test) to the totals; a failed stage that
# reports no failing test (lint, a build, a start-up) counts as one failure.
count_tests() {
  local log="$STAGE_LOG_DIR/$1.log" rc="$2" counts
  [[ -f "$log" ]] || return 0
  counts=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
    /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+/ && !/ -- in / {
      gsub(/,/, ""); p += $4 - $6 - $8 - $10; f += $6 + $8 }
    /^ *Tests +[0-9]+ (passed|failed)/ {
      for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    /^(# |ℹ )pass [0-9]+$/ { p += $NF }
    /^(# |ℹ )fail [0-9]+$/ { f += $NF }
    END { print p + 0, f + 0 }')
  local p=${counts% *} f=${counts#* }
  if ((rc != 0 && f == 0)); then f=1; fi
  tests_passed=$((tests_passed + p))
  tests_failed=$((tests_failed + f))
}

skip_as_failed() {
  failed=$((failed + 1))
  tests_failed=$((tests_failed + 1))
  summary+=("FAIL  $1 (not run: $2)")
}

# Stops what the run started; called before the summary and again (a no-op then) on any exit.
stop_started() {
  rm -rf "$STAGE_LOG_DIR"
  if [[ -n "$platform_started" ]]; then
    RUN_DIR="$E2E_RUN_DIR" "$REPO_ROOT/infra/local/down.sh" || true
    platform_started=""
  fi
  if [[ -n "$database_created" ]]; then
    psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS \"$E2E_DATABASE\" WITH (FORCE)" >/dev/null 2>&1 ||
      warn "could not drop database $E2E_DATABASE"
    database_created=""
  fi
}

cleanup() {
  local rc=$?
  stop_started
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --fail-at-end: a failure in one module still lets the others (query-service needs no command-service) run.
maven_tests() { mvn -B -fae verify; }

in_frontend() {
  [[ -f frontend/package.json ]] || {
    echo "frontend/package.json not found" >&2
    return 1
  }
  (cd frontend && "$@")
}

ensure_chromium() {
  [[ -x "$CHROMIUM_PATH" ]] && return 0
  log "Chromium is missing: installing Debian's chromium"
  apt_install chromium || die "cannot install chromium (needs root or sudo); set CHROMIUM_PATH to a Chromium or Chrome binary"
  CHROMIUM_PATH=/usr/bin/chromium
}

start_platform() {
  psql "$PG_ADMIN_URL" -qc "CREATE DATABASE \"$E2E_DATABASE\"" >/dev/null
  GATEWAY_PORT="$E2E_GATEWAY_PORT" COMMAND_PORT="$E2E_COMMAND_PORT" QUERY_PORT="$E2E_QUERY_PORT" \
    RUN_DIR="$E2E_RUN_DIR" DATABASE_URL="$E2E_DATABASE_URL" CREATE_DATABASE=0 ENVIRONMENT=development \
    ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    LOGIN_ATTEMPTS_PER_CLIENT="${LOGIN_ATTEMPTS_PER_CLIENT:-1000}" EVENT_GAP_TIMEOUT_MS="$E2E_GAP_TIMEOUT_MS" \
    "$REPO_ROOT/infra/local/up.sh"
}

api_e2e() {
  LOG_DIR="$E2E_RUN_DIR/logs" COMMAND_URL="http://127.0.0.1:$E2E_COMMAND_PORT" QUERY_URL="http://127.0.0.1:$E2E_QUERY_PORT" \
    BASE_URL="http://127.0.0.1:$E2E_GATEWAY_PORT" PSQL_DATABASE_URL="$E2E_DATABASE_URL" EVENT_GAP_TIMEOUT_MS="$E2E_GAP_TIMEOUT_MS" \
    ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" node --test --test-reporter=spec infra/e2e/*.test.mjs
}

ui_e2e() {
  ensure_chromium
  in_frontend env BASE_URL="http://127.0.0.1:$E2E_GATEWAY_PORT" CHROMIUM_PATH="$CHROMIUM_PATH" \
    ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" CI=true npm run e2e
}

# ---------------------------------------------------------------------------------------------
require_tools java mvn node npm psql curl

# USE_TESTCONTAINERS=1 (GitHub Actions) leaves TEST_DATABASE_URL unset, so the integration tests start
# their own PostgreSQL with Testcontainers; the end-to-end stage still uses the server at PG_ADMIN_URL.
if ensure_postgres "$PG_ADMIN_URL"; then
  if [[ "${USE_TESTCONTAINERS:-0}" == 1 ]]; then
    log "integration tests use Testcontainers (USE_TESTCONTAINERS=1)"
  else
    export TEST_DATABASE_URL="${TEST_DATABASE_URL:-$PG_ADMIN_URL}"
    log "integration tests use the PostgreSQL server at $TEST_DATABASE_URL"
  fi
else
  warn "no PostgreSQL answers at $PG_ADMIN_URL: integration tests fall back to Testcontainers or embedded PostgreSQL"
fi

stage maven maven_tests || true
if stage frontend-install in_frontend npm ci --no-audit --no-fund; then
  stage frontend-lint in_frontend npm run lint || true
  stage frontend-format in_frontend npm run format:check || true
  stage frontend-typecheck in_frontend npm run typecheck || true
  stage frontend-unit in_frontend env CI=true npm test || true
else
  for s in frontend-lint frontend-format frontend-typecheck frontend-unit; do skip_as_failed "$s" "npm ci failed"; done
fi

if pg_answers "$PG_ADMIN_URL"; then
  # Set before the stage (which runs in a subshell) so the EXIT trap cleans up whatever it got to.
  platform_started=yes
  database_created=yes
  rm -rf "${E2E_RUN_DIR:?}"
  if stage platform-start start_platform; then
    stage api-e2e api_e2e || tail_logs "$E2E_RUN_DIR" 40
    stage ui-e2e ui_e2e || tail_logs "$E2E_RUN_DIR" 40
    stage openapi-lint infra/local/checks.sh openapi "http://127.0.0.1:$E2E_GATEWAY_PORT/api/openapi.json" || true
  else
    for s in api-e2e ui-e2e openapi-lint; do skip_as_failed "$s" "the platform did not start"; done
  fi
  # The next stages start platforms of their own: this one's JVMs need not stay in memory meanwhile.
  RUN_DIR="$E2E_RUN_DIR" "$REPO_ROOT/infra/local/down.sh" >/dev/null 2>&1 || true
  platform_started=""
else
  for s in platform-start api-e2e ui-e2e openapi-lint; do skip_as_failed "$s" "no PostgreSQL answers at $PG_ADMIN_URL"; done
fi

for check in workflows alert-rules compose gateway-config shell deploy-files; do
  stage "check-$check" infra/local/checks.sh "$check" || true
done

# Bounded in time: each stage stops its own platform (PID files in its RUN_DIR) and drops what it made.
stage embedded-db timeout -k 60 "${EMBEDDED_STAGE_TIMEOUT:-600}" infra/local/stage-embedded-db.sh || true
if pg_answers "$PG_ADMIN_URL"; then
  stage backup-restore timeout -k 60 "${BACKUP_STAGE_TIMEOUT:-600}" env PG_ADMIN_URL="$PG_ADMIN_URL" infra/local/stage-backup-restore.sh || true
else
  skip_as_failed backup-restore "no PostgreSQL answers at $PG_ADMIN_URL"
fi
stage faults timeout -k 60 "${FAULTS_STAGE_TIMEOUT:-600}" infra/local/stage-faults.sh || true

stop_started

printf '\n\033[1;36m===== summary =====\033[0m\n'
printf '  %s\n' "${summary[@]}"
echo "stages: $passed passed, $failed failed"
# The closing line counts tests over every runner (a failed stage without test counts is one failure).
echo "$tests_passed passed, $tests_failed failed"
((failed == 0))
