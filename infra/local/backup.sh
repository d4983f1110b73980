#!/usr/bin/env bash
# Backs up what cannot be rebuilt: the event store (schema event_store, with its Flyway history and
# the global_index sequence) and the command-side tables (schema command, when it exists; they live
# in event_store until then). The read model (schema read_model) is never backed up: after a
# restore, query-service rebuilds it by replay (README: Backup and restore).
#
# Usage: infra/local/backup.sh [OUTPUT_FILE]     (default: RUN_DIR/backups/metabuilder-<UTC time>.dump)
# The database is DATABASE_URL, else the embedded PostgreSQL of RUN_DIR when it runs, else the default
# local one. One pg_dump run is one snapshot (serializable, deferrable), so the dump is consistent
# while the platform keeps writing. The output is pg_dump's custom format, for restore.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=embedded-pg.sh
source "$(dirname "$0")/embedded-pg.sh"

RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
BACKUP_SCHEMAS="${BACKUP_SCHEMAS:-event_store command}"
out="${1:-$RUN_DIR/backups/metabuilder-$(date -u +%Y%m%dT%H%M%SZ).dump}"

if [[ -z "${DATABASE_URL:-}" ]]; then
  if embedded_pg_running; then DATABASE_URL="$(embedded_database_url)"; else DATABASE_URL="$DEFAULT_DATABASE_URL"; fi
fi
ensure_pg_client
pg_answers "$DATABASE_URL" || die "the database does not answer: $(redact_url "$DATABASE_URL")"

args=()
for schema in $BACKUP_SCHEMAS; do
  [[ "$schema" =~ ^[a-z_][a-z0-9_]*$ ]] || die "unexpected schema name: $schema"
  if [[ -n "$(psql "$DATABASE_URL" -Atqc "SELECT 1 FROM pg_namespace WHERE nspname = '$schema'")" ]]; then
    args+=("--schema=$schema")
  fi
done
((${#args[@]} > 0)) || die "none of the schemas ($BACKUP_SCHEMAS) exists in $(redact_url "$DATABASE_URL"): nothing to back up"

mkdir -p "$(dirname "$out")"
log "backing up ${args[*]#--schema=} of $(redact_url "$DATABASE_URL") to $out"
pg_dump --format=custom --serializable-deferrable --no-owner --no-privileges "${args[@]}" \
  --file="$out.partial" "$DATABASE_URL"
mv "$out.partial" "$out"
events="$(psql "$DATABASE_URL" -Atqc 'SELECT count(*) FROM event_store.domain_event_entry' 2>/dev/null || echo '?')"
log "backup written: $out ($(du -h "$out" | cut -f1), about $events events)"
echo "$out"
