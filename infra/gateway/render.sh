#!/usr/bin/env bash
# Renders nginx.conf.template into a runnable nginx.conf.
# Usage: render.sh OUTPUT_FILE   (settings come from the environment; defaults suit a local run)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: render.sh OUTPUT_FILE}"

export GATEWAY_PORT="${GATEWAY_PORT:-8000}"
export COMMAND_UPSTREAM="${COMMAND_UPSTREAM:-127.0.0.1:${COMMAND_PORT:-8081}}"
export QUERY_UPSTREAM="${QUERY_UPSTREAM:-127.0.0.1:${QUERY_PORT:-8082}}"
export STATIC_ROOT="${STATIC_ROOT:-$(cd "$here/../.." && pwd)/frontend/dist}"
export GATEWAY_RUN_DIR="${GATEWAY_RUN_DIR:?GATEWAY_RUN_DIR must be set}"
export NGINX_MIME_TYPES="${NGINX_MIME_TYPES:-/etc/nginx/mime.types}"
if [[ -z "${NGINX_USER_LINE+x}" ]]; then
  # A root master would hand workers to "nobody", who may not read the work tree or the run dir.
  if [[ "$(id -u)" == 0 ]]; then NGINX_USER_LINE="user root;"; else NGINX_USER_LINE=""; fi
fi
export NGINX_USER_LINE

mkdir -p "$GATEWAY_RUN_DIR"/{client_body,proxy,fastcgi,uwsgi,scgi,openapi}
# The page of /api/docs; /api/openapi.json beside it is written by openapi-merge.mjs (see up.sh).
cp "$here/api-docs.html" "$GATEWAY_RUN_DIR/openapi/api-docs.html"
# shellcheck disable=SC2016 # the list names the variables envsubst may replace, literally
vars='${GATEWAY_PORT} ${COMMAND_UPSTREAM} ${QUERY_UPSTREAM} ${STATIC_ROOT} ${GATEWAY_RUN_DIR} ${NGINX_MIME_TYPES} ${NGINX_USER_LINE}'
envsubst "$vars" <"$here/nginx.conf.template" >"$out"
