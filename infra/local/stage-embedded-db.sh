#!/usr/bin/env bash
# Test stage: the platform on the embedded PostgreSQL (up.sh --embedded-db) keeps its data across a
# restart. Runs on its own ports (EMB_GATEWAY_PORT 38000, EMB_COMMAND_PORT 38081, EMB_QUERY_PORT
# 38082, EMB_DB_PORT 38432) and RUN_DIR (.run/embedded-e2e, removed at the end); leaves the machine's
# PostgreSQL alone. Uses the jars as built (EMB_SKIP_BUILD=0 builds first).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
# Short-lived JVMs: the C1 compiler only and the serial collector start faster and take less CPU from
# the rest of the test run than the defaults tuned for long-running services.
export JAVA_OPTS="${STAGE_JAVA_OPTS:--Xms128m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

export GATEWAY_PORT="${EMB_GATEWAY_PORT:-38000}" COMMAND_PORT="${EMB_COMMAND_PORT:-38081}"
export QUERY_PORT="${EMB_QUERY_PORT:-38082}" EMBEDDED_DB_PORT="${EMB_DB_PORT:-38432}"
export RUN_DIR="${EMB_RUN_DIR:-$REPO_ROOT/.run/embedded-e2e}" BASE_URL="http://127.0.0.1:${EMB_GATEWAY_PORT:-38000}"
export SKIP_BUILD="${EMB_SKIP_BUILD:-1}" ENVIRONMENT=development
unset DATABASE_URL
snapshots="$(mktemp -d)"

cleanup() {
  infra/local/down.sh >/dev/null 2>&1 || true
  rm -rf "${RUN_DIR:?}" "$snapshots"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
rm -rf "${RUN_DIR:?}"

infra/local/up.sh --embedded-db
psql "postgresql://postgres@127.0.0.1:$EMBEDDED_DB_PORT/metabuilder" -Atqc 'SELECT version()' 2>/dev/null |
  grep -q 'PostgreSQL 14' || die "the platform does not run on the embedded PostgreSQL"
node infra/e2e/roundtrip.mjs write
node infra/e2e/roundtrip.mjs snapshot "$snapshots/before.json"

log "restarting: down.sh, then up.sh --embedded-db on the same RUN_DIR"
infra/local/down.sh
[[ ! -f "$RUN_DIR/embedded-pg/data/postmaster.pid" ]] || die "down.sh left the embedded PostgreSQL running"
infra/local/up.sh --embedded-db
node infra/e2e/roundtrip.mjs snapshot "$snapshots/after.json"
node infra/e2e/roundtrip.mjs compare "$snapshots/before.json" "$snapshots/after.json"
echo "embedded-db: the data written before the restart reads the same after it"
