#!/usr/bin/env bash
# Stops what up.sh started: exactly the processes whose PIDs are in RUN_DIR (TERM, then KILL
# after STOP_TIMEOUT seconds), gateway first so no request reaches a stopping service, and the
# embedded PostgreSQL last when up.sh started one.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=embedded-pg.sh
source "$(dirname "$0")/embedded-pg.sh"

RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
STOP_TIMEOUT="${STOP_TIMEOUT:-20}"

if [[ ! -d "$RUN_DIR" ]]; then
  log "nothing to stop: $RUN_DIR does not exist"
  exit 0
fi
for name in gateway query-service command-service; do
  stop_pid_file "$RUN_DIR/$name.pid" "$STOP_TIMEOUT"
done
rm -f "$RUN_DIR/gateway/nginx.pid"
# The embedded PostgreSQL up.sh started from this RUN_DIR (its data stays for the next up.sh).
embedded_pg_stop
log "stopped (logs kept in $RUN_DIR/logs)"
