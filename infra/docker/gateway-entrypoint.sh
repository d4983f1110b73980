#!/bin/sh
# Renders the gateway config from the environment and runs nginx in the foreground (container PID 1).
set -eu

GATEWAY_PORT="${PORT:-${GATEWAY_PORT:-8000}}"
COMMAND_UPSTREAM="${COMMAND_UPSTREAM:-command-service:8081}"
QUERY_UPSTREAM="${QUERY_UPSTREAM:-query-service:8082}"
STATIC_ROOT="${STATIC_ROOT:-/usr/share/metabuilder/web}"
GATEWAY_RUN_DIR="${GATEWAY_RUN_DIR:-/tmp/gateway}"
NGINX_MIME_TYPES="${NGINX_MIME_TYPES:-/etc/nginx/mime.types}"
NGINX_USER_LINE=""
export GATEWAY_PORT COMMAND_UPSTREAM QUERY_UPSTREAM STATIC_ROOT GATEWAY_RUN_DIR NGINX_MIME_TYPES NGINX_USER_LINE

mkdir -p "$GATEWAY_RUN_DIR/client_body" "$GATEWAY_RUN_DIR/proxy" "$GATEWAY_RUN_DIR/fastcgi" \
  "$GATEWAY_RUN_DIR/uwsgi" "$GATEWAY_RUN_DIR/scgi"
# shellcheck disable=SC2016 # the list names the variables envsubst may replace, literally
envsubst '${GATEWAY_PORT} ${COMMAND_UPSTREAM} ${QUERY_UPSTREAM} ${STATIC_ROOT} ${GATEWAY_RUN_DIR} ${NGINX_MIME_TYPES} ${NGINX_USER_LINE}' \
  <"${GATEWAY_TEMPLATE:-/etc/metabuilder/nginx.conf.template}" >"$GATEWAY_RUN_DIR/nginx.conf"

# /api/openapi.json: combined from both services' springdoc documents once they answer, then
# refreshed every OPENAPI_REFRESH_SECONDS (a redeployed service may bring new endpoints). Until the
# first success the gateway answers that route with a 503 problem.
OPENAPI_DIR="$GATEWAY_RUN_DIR/openapi"
mkdir -p "$OPENAPI_DIR"
cp /etc/metabuilder/api-docs.html "$OPENAPI_DIR/api-docs.html"
build_openapi() {
  node /etc/metabuilder/openapi-merge.mjs "http://$COMMAND_UPSTREAM" "http://$QUERY_UPSTREAM" \
    >"$OPENAPI_DIR/openapi.json.tmp" 2>/dev/null &&
    mv "$OPENAPI_DIR/openapi.json.tmp" "$OPENAPI_DIR/openapi.json"
}
(
  until build_openapi; do sleep 5; done
  while sleep "${OPENAPI_REFRESH_SECONDS:-600}"; do build_openapi || true; done
) &

exec nginx -e stderr -p "$GATEWAY_RUN_DIR" -c "$GATEWAY_RUN_DIR/nginx.conf" -g 'daemon off;'
