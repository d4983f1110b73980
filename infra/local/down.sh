#!/usr/bin/env bash
# Stops what up.sh started: exactly the processes whose PIDs are in RUN_DIR (TERM, then KILL
# after STOP_TIMEOUT seconds), gateway first so no request reaches a stopping service.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

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
log "stopped (logs kept in $RUN_DIR/logs)"
