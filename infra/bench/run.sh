#!/usr/bin/env bash
# Benchmarks a running platform (infra/local/up.sh) beside raw PostgreSQL, and writes
# infra/bench/results/latest.json and latest.md. Settings (see bench.mjs for all of them):
#   WORKLOADS (create,rss,get,visibility,import,list,export,replay), BENCH_ROWS (1000000),
#   GATEWAY_PORT (8000) or BASE_URL, QUERY_PORT (8082), RUN_DIR (.run), DURATION_S, WARMUP_S, CLIENTS;
#   DATABASE_URL: the platform's database, as given to up.sh; the baselines that read its tables run there;
#   PG_ADMIN_URL (the same server's postgres database): where a scratch database for the baselines that
#   need tables of their own is created and dropped.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=../local/lib.sh
source "$(dirname "$0")/../local/lib.sh"
cd "$REPO_ROOT"

export BASE_URL="${BASE_URL:-http://127.0.0.1:${GATEWAY_PORT:-8000}}"
export PLATFORM_DB_URL="${DATABASE_URL:-$DEFAULT_DATABASE_URL}"
export RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
export QUERY_PORT="${QUERY_PORT:-8082}"
PG_ADMIN_URL="${PG_ADMIN_URL:-$(admin_url_of "$PLATFORM_DB_URL")}"
scratch="metabuilder_bench_${RANDOM}${RANDOM}"

require_tools node curl psql pgbench
curl -fsS -o /dev/null -m 5 "$BASE_URL/health/ready" || die "the platform is not ready at $BASE_URL (start it with infra/local/up.sh)"
pg_answers "$PLATFORM_DB_URL" || die "the platform's database does not answer at $(redact_url "$PLATFORM_DB_URL") (set DATABASE_URL as for up.sh)"
pg_answers "$PG_ADMIN_URL" || die "PostgreSQL does not answer at $(redact_url "$PG_ADMIN_URL") (set PG_ADMIN_URL)"

psql "$PG_ADMIN_URL" -qc "CREATE DATABASE \"$scratch\"" >/dev/null
trap 'psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
export PG_URL
PG_URL="$(url_with_database "$PG_ADMIN_URL" "$scratch")"

node infra/bench/bench.mjs
