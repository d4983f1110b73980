#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (one without the schemas it holds), in
# one transaction: all of it or nothing. Then start the platform on that database; query-service
# rebuilds every read model from the restored events (replay; README: Backup and restore).
#
# Usage: DATABASE_URL=postgresql://…/db infra/local/restore.sh BACKUP_FILE [--create]
#   --create   create the database first (it must not exist yet)
# Refuses a database that already has any of the backed-up schemas, or a read model: restoring
# under a running platform or over existing events would mix two histories.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

file="${1:?usage: DATABASE_URL=… infra/local/restore.sh BACKUP_FILE [--create]}"
create="${2:-}"
[[ -f "$file" ]] || die "$file not found"
[[ -n "${DATABASE_URL:-}" ]] || die "set DATABASE_URL to the (empty) database to restore into"
ensure_pg_client

if [[ "$create" == --create ]]; then
  name="$(db_name "$DATABASE_URL")"
  [[ "$name" =~ ^[A-Za-z0-9_]+$ ]] || die "unexpected database name in DATABASE_URL: '$name'"
  log "creating database $name"
  psql "$(admin_url_of "$DATABASE_URL")" -qc "CREATE DATABASE \"$name\"" >/dev/null
fi
pg_answers "$DATABASE_URL" || die "the database does not answer: $(redact_url "$DATABASE_URL")"

schemas="$(pg_restore --list "$file" | awk '$4 == "SCHEMA" { print $6 }' | sort -u | tr '\n' ' ')"
[[ -n "$schemas" ]] || die "$file holds no schema: is it a backup.sh file?"
for schema in $schemas read_model; do
  if [[ -n "$(psql "$DATABASE_URL" -Atqc "SELECT 1 FROM pg_namespace WHERE nspname = '$schema'")" ]]; then
    die "schema $schema already exists in $(redact_url "$DATABASE_URL"): restore into an empty database"
  fi
done

log "restoring $schemas from $file into $(redact_url "$DATABASE_URL")"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$file"
events="$(psql "$DATABASE_URL" -Atqc 'SELECT count(*) FROM event_store.domain_event_entry')"
log "restored $events events; start the platform on this database and replay every projection"
