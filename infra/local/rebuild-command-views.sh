#!/usr/bin/env bash
# Drops and rebuilds the command-side views (schema, record registry, unique claims, user accounts)
# from the event store, through the running platform: POST /api/admin/command-views/rebuild as an
# admin. Commands wait while it runs; nothing is ever seen half-built.
#   GATEWAY_PORT (8000) or BASE_URL; ADMIN_EMAIL / ADMIN_PASSWORD (the development defaults)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

BASE_URL="${BASE_URL:-http://127.0.0.1:${GATEWAY_PORT:-8000}}"
ADMIN_EMAIL="${ADMIN_EMAIL:-admin@metabuilder.local}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin-password}"

require_tools curl node
login=$(node -e 'process.stdout.write(JSON.stringify({email: process.argv[1], password: process.argv[2]}))' \
  "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
token=$(curl -fsS -H 'Content-Type: application/json' -d "$login" "$BASE_URL/api/auth/login" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).access_token))')
curl -fsS -X POST -H "Authorization: Bearer $token" "$BASE_URL/api/admin/command-views/rebuild"
echo
