#!/usr/bin/env bash
# Checks of the delivery files, each one a stage of test.sh, each able to fail:
#   workflows       .github/workflows/*.yml against GitHub's schema (@action-validator/cli)
#   alert-rules     promtool check rules + promtool test rules (every alert threshold, both sides),
#                   promtool check config of the scrape config
#   compose         infra/docker/docker-compose.yml through docker-compose config (no engine needed)
#   gateway-config  the rendered gateway config through nginx -t
#   shell           shellcheck on every shell script of the repository
#   deploy-files    Railway JSON, Render and monitoring YAML, Azure parameter files (check-deploy-files.mjs)
#   openapi URL     redocly lint of the combined OpenAPI document at URL
# Usage: infra/local/checks.sh NAME [ARG]. Missing tools are installed: npm packages (pinned) into
# RUN_DIR/tools, Debian packages with apt (as root or with password-less sudo).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
TOOLS_DIR="${TOOLS_DIR:-$RUN_DIR/tools}"
NPM_TOOLS=(@action-validator/cli@0.6.0 @redocly/cli@2.77.0 yaml@2.9.1)

npm_tools() {
  local marker
  marker="$TOOLS_DIR/.installed-$(printf '%s' "${NPM_TOOLS[*]}" | cksum | cut -d' ' -f1)"
  if [[ ! -f "$marker" ]]; then
    log "installing ${NPM_TOOLS[*]} into $TOOLS_DIR"
    mkdir -p "$TOOLS_DIR"
    [[ -f "$TOOLS_DIR/package.json" ]] || echo '{"name":"metabuilder-tools","private":true}' >"$TOOLS_DIR/package.json"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error "${NPM_TOOLS[@]}" >&2
    touch "$marker"
  fi
}

# apt_tool COMMAND PACKAGE
apt_tool() {
  command -v "$1" >/dev/null 2>&1 && return 0
  log "$1 is missing: installing Debian's $2"
  apt_install --no-install-recommends "$2" || die "cannot install $2 (needs root or sudo): install it to run this check"
}

check_workflows() {
  npm_tools
  local f rc=0
  for f in .github/workflows/*.yml; do
    if "$TOOLS_DIR/node_modules/.bin/action-validator" "$f"; then echo "valid: $f"; else rc=1; echo "INVALID: $f"; fi
  done
  return "$rc"
}

check_alert_rules() {
  apt_tool promtool prometheus
  promtool check rules infra/monitoring/alerts.yml
  promtool test rules infra/monitoring/tests/alerts.test.yml
  # The scrape config names the rule file by its path in the container.
  local tmp
  tmp="$(mktemp -d)"
  cp infra/monitoring/alerts.yml "$tmp/alerts.yml"
  sed "s#/etc/prometheus/alerts.yml#$tmp/alerts.yml#" infra/monitoring/prometheus.yml >"$tmp/prometheus.yml"
  promtool check config "$tmp/prometheus.yml" || { rm -rf "$tmp"; return 1; }
  rm -rf "$tmp"
}

# Debian's docker-compose (1.29) predates the top-level "name" key of the Compose Specification: it is
# checked for its value here and left out of the copy the tool reads (beside the original, so
# relative paths resolve the same).
check_compose() {
  apt_tool docker-compose docker-compose
  local file=infra/docker/docker-compose.yml copy=infra/docker/.compose-check.yml rc=0
  grep -Eq '^name: [a-z0-9][a-z0-9_-]*$' "$file" || { echo "$file: top-level name missing or not a valid project name"; return 1; }
  sed '/^name:/d' "$file" >"$copy"
  docker-compose --env-file .env.example -f "$copy" config -q || rc=1
  rm -f "$copy"
  ((rc == 0)) && echo "valid: $file"
  return "$rc"
}

check_gateway_config() {
  ensure_nginx
  ensure_envsubst
  local dir
  dir="$(mktemp -d)"
  mkdir -p "$dir/static"
  GATEWAY_RUN_DIR="$dir" STATIC_ROOT="$dir/static" infra/gateway/render.sh "$dir/nginx.conf"
  if nginx -t -q -e stderr -p "$dir" -c "$dir/nginx.conf"; then echo "valid: rendered infra/gateway/nginx.conf.template"; else rm -rf "$dir"; return 1; fi
  rm -rf "$dir"
}

check_shell() {
  apt_tool shellcheck shellcheck
  local files=()
  mapfile -t files < <(git ls-files -co --exclude-standard '*.sh' .ci/run | sort -u)
  shellcheck -x -P SCRIPTDIR "${files[@]}"
  echo "shellcheck: ${#files[@]} scripts clean"
}

check_deploy_files() {
  npm_tools
  NODE_PATH="$TOOLS_DIR/node_modules" node infra/local/check-deploy-files.mjs
}

check_openapi() {
  local url="${1:?usage: checks.sh openapi URL}" file
  npm_tools
  file="$(mktemp --suffix=.json)"
  curl -fsS -m 10 -o "$file" "$url" || { rm -f "$file"; die "could not fetch $url"; }
  "$TOOLS_DIR/node_modules/.bin/redocly" lint --config infra/gateway/redocly.yaml --max-problems 50 "$file" || { rm -f "$file"; return 1; }
  rm -f "$file"
}

name="${1:?usage: infra/local/checks.sh workflows|alert-rules|compose|gateway-config|shell|deploy-files|openapi URL}"
shift
case "$name" in
  workflows) check_workflows ;;
  alert-rules) check_alert_rules ;;
  compose) check_compose ;;
  gateway-config) check_gateway_config ;;
  shell) check_shell ;;
  deploy-files) check_deploy_files ;;
  openapi) check_openapi "$@" ;;
  *) die "unknown check: $name" ;;
esac
