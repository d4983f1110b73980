#!/usr/bin/env bash
# Benchmarks a running platform (infra/local/up.sh) and writes infra/bench/results/latest.md.
#   GATEWAY_PORT (8000) or BASE_URL; DURATION_S (20); CLIENTS ("8,32": each measured beside its own pgbench run); SAMPLES (200);
#   PG_ADMIN_URL (postgresql://postgres@127.0.0.1:5432/postgres): server for the raw INSERT baseline,
#   measured in a scratch database created and dropped here.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=../local/lib.sh
source "$(dirname "$0")/../local/lib.sh"
cd "$REPO_ROOT"

export BASE_URL="${BASE_URL:-http://127.0.0.1:${GATEWAY_PORT:-8000}}"
PG_ADMIN_URL="${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
scratch="metabuilder_bench_${RANDOM}${RANDOM}"

require_tools node curl
curl -fsS -o /dev/null -m 5 "$BASE_URL/health/ready" || die "the platform is not ready at $BASE_URL (start it with infra/local/up.sh)"

export PG_URL=""
if command -v pgbench >/dev/null 2>&1 && pg_answers "$PG_ADMIN_URL"; then
  psql "$PG_ADMIN_URL" -qc "CREATE DATABASE \"$scratch\"" >/dev/null
  trap 'psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
  PG_URL="$(url_with_database "$PG_ADMIN_URL" "$scratch")"
else
  warn "pgbench or PostgreSQL at $PG_ADMIN_URL missing: the raw PostgreSQL baseline is skipped"
fi

node infra/bench/bench.mjs
