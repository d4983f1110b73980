#!/usr/bin/env bash
# Test stage: backup -> restore into a fresh database -> replay -> the API answers as before.
# 1. a platform on a throwaway database A writes a mixed history (roundtrip.mjs write), snapshot;
# 2. backup.sh dumps the event store and command-side schemas of A;
# 3. the platform stops; restore.sh --create restores the dump into a new database B;
# 4. the platform starts on B, every projection GET /api/admin/projections lists is replayed;
# 5. the snapshot of B must equal the snapshot of A.
# Own ports (BR_GATEWAY_PORT 48000, BR_COMMAND_PORT 48081, BR_QUERY_PORT 48082) and RUN_DIR
# (.run/backup-e2e); both databases are dropped at the end. Server: PG_ADMIN_URL.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
# Short-lived JVMs: the C1 compiler only and the serial collector start faster and take less CPU from
# the rest of the test run than the defaults tuned for long-running services.
export JAVA_OPTS="${STAGE_JAVA_OPTS:--Xms128m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

PG_ADMIN_URL="${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
export GATEWAY_PORT="${BR_GATEWAY_PORT:-48000}" COMMAND_PORT="${BR_COMMAND_PORT:-48081}" QUERY_PORT="${BR_QUERY_PORT:-48082}"
export RUN_DIR="${BR_RUN_DIR:-$REPO_ROOT/.run/backup-e2e}" BASE_URL="http://127.0.0.1:${BR_GATEWAY_PORT:-48000}"
export SKIP_BUILD="${BR_SKIP_BUILD:-1}" CREATE_DATABASE=0 ENVIRONMENT=development
suffix="$(date +%s)_${RANDOM}"
db_a="metabuilder_backup_a_$suffix"
db_b="metabuilder_backup_b_$suffix"
work="$(mktemp -d)"

cleanup() {
  infra/local/down.sh >/dev/null 2>&1 || true
  psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS \"$db_a\" WITH (FORCE)" >/dev/null 2>&1 || warn "could not drop $db_a"
  psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS \"$db_b\" WITH (FORCE)" >/dev/null 2>&1 || warn "could not drop $db_b"
  rm -rf "${RUN_DIR:?}" "$work"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
rm -rf "${RUN_DIR:?}"

psql "$PG_ADMIN_URL" -qc "CREATE DATABASE \"$db_a\"" >/dev/null
DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$db_a")" infra/local/up.sh
node infra/e2e/roundtrip.mjs write
node infra/e2e/roundtrip.mjs snapshot "$work/before.json"
DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$db_a")" infra/local/backup.sh "$work/backup.dump"
infra/local/down.sh

DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$db_b")" infra/local/restore.sh "$work/backup.dump" --create
# A restore over existing events must be refused.
if DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$db_b")" infra/local/restore.sh "$work/backup.dump" 2>"$work/refused.txt"; then
  die "restore.sh restored over a database that already holds an event store"
fi
grep -q 'already exists' "$work/refused.txt" || die "unexpected refusal: $(cat "$work/refused.txt")"
psql "$(url_with_database "$PG_ADMIN_URL" "$db_b")" -Atqc "SELECT 1 FROM pg_namespace WHERE nspname = 'read_model'" |
  grep -q . && die "the backup holds the read model; it must be rebuilt, not restored"

DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$db_b")" infra/local/up.sh
node infra/e2e/roundtrip.mjs replay
node infra/e2e/roundtrip.mjs snapshot "$work/after.json"
node infra/e2e/roundtrip.mjs compare "$work/before.json" "$work/after.json"
echo "backup-restore: the restored platform answers as the original did"
