# Shared helpers for up.sh, down.sh and test.sh (sourced, not executed).
# shellcheck shell=bash

# shellcheck disable=SC2034 # used by the scripts that source this file
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck disable=SC2034
DEFAULT_DATABASE_URL="postgresql://postgres@127.0.0.1:5432/metabuilder"

log() { printf '\033[1;34m[metabuilder]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[metabuilder] warning:\033[0m %s\n' "$*" >&2; }
die() {
  printf '\033[1;31m[metabuilder] error:\033[0m %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly when we are root, else through password-less sudo.
as_root() {
  if [[ "$(id -u)" == 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 1
  fi
}

can_be_root() { [[ "$(id -u)" == 0 ]] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; }

apt_install() {
  can_be_root || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

require_tools() {
  local missing=() tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (install a JDK 17, Maven 3.8+, Node.js 20 and npm)"
}

ensure_nginx() {
  command -v nginx >/dev/null 2>&1 && return 0
  [[ -x /usr/sbin/nginx ]] && { PATH="$PATH:/usr/sbin"; return 0; }
  log "nginx is missing: installing it from apt"
  apt_install nginx-light || apt_install nginx ||
    die "nginx is not installed and cannot be installed without root: run 'sudo apt-get install nginx-light'"
  # The package starts a system nginx on port 80; the platform runs its own, so leave that one alone.
  command -v nginx >/dev/null 2>&1 || PATH="$PATH:/usr/sbin"
}

# envsubst renders the gateway config; Debian ships it in gettext-base (present on most images).
ensure_envsubst() {
  command -v envsubst >/dev/null 2>&1 && return 0
  log "envsubst is missing: installing gettext-base from apt"
  apt_install gettext-base || die "envsubst is missing: install gettext-base (or gettext)"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# postgresql://user[:pass]@host[:port]/db[?params] -> pieces, for the local-server conveniences only.
db_host() { sed -E 's#^postgres(ql)?://([^@/]*@)?(\[[^]]*\]|[^:/?]*).*#\3#' <<<"$1"; }
db_name() { sed -E 's#^postgres(ql)?://[^/]*/([^?]*).*#\2#' <<<"$1"; }
admin_url_of() { sed -E 's#^(postgres(ql)?://[^/]*)/[^?]*#\1/postgres#' <<<"$1"; }
is_local_db() { [[ "$(db_host "$1")" =~ ^(127\.0\.0\.1|localhost|\[::1\])$ ]]; }

pg_answers() { psql "$1" -Atqc 'SELECT 1' >/dev/null 2>&1; }

# Starts the machine's PostgreSQL cluster when the server at $1 (an admin URL) does not answer.
ensure_postgres() {
  local url="$1" version
  pg_answers "$url" && return 0
  if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql ]]; then
    version="$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
    log "PostgreSQL does not answer: starting cluster $version/main"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
      warn "could not start PostgreSQL $version/main"
    for _ in $(seq 1 30); do
      pg_answers "$url" && return 0
      sleep 1
    done
  fi
  return 1
}

create_database_if_missing() {
  local url="$1" admin name
  admin="$(admin_url_of "$url")"
  name="$(db_name "$url")"
  [[ "$name" =~ ^[A-Za-z0-9_]+$ ]] || die "unexpected database name in DATABASE_URL: '$name'"
  if [[ -z "$(psql "$admin" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]]; then
    log "creating database $name"
    psql "$admin" -qc "CREATE DATABASE \"$name\"" >/dev/null
  fi
}

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# Stops the process whose id is in $1 (a PID file): TERM, then KILL after $2 seconds.
stop_pid_file() {
  local file="$1" timeout="${2:-20}" pid children
  [[ -f "$file" ]] || return 0
  pid="$(tr -dc '0-9' <"$file")"
  if pid_alive "$pid"; then
    children="$(ps -o pid= --ppid "$pid" 2>/dev/null | tr -s ' \n' ' ' || true)"
    log "stopping $(basename "$file" .pid) (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((timeout * 4))); do
      pid_alive "$pid" || break
      sleep 0.25
    done
    if pid_alive "$pid"; then
      warn "$(basename "$file" .pid) did not stop within ${timeout}s: sending KILL"
      # shellcheck disable=SC2086 # children is a list of pids
      kill -KILL "$pid" $children 2>/dev/null || true
    fi
  fi
  rm -f "$file"
}

tail_logs() {
  local dir="$1" f
  for f in "$dir"/logs/*.log; do
    [[ -f "$f" ]] || continue
    printf '\n----- last lines of %s -----\n' "$f" >&2
    tail -n "${2:-40}" "$f" >&2
  done
}

# The same server as $1 with database $2.
url_with_database() { sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\1/$2#" <<<"$1"; }

# The URL with its password masked, for messages.
redact_url() { sed -E 's#//([^:@/]*):[^@/]*@#//\1:***@#' <<<"$1"; }

# psql, pg_dump and pg_restore (Debian's postgresql-client) for backups and the local conveniences.
ensure_pg_client() {
  command -v pg_dump >/dev/null 2>&1 && command -v pg_restore >/dev/null 2>&1 && command -v psql >/dev/null 2>&1 && return 0
  log "the PostgreSQL client tools are missing: installing postgresql-client from apt"
  apt_install postgresql-client || die "install postgresql-client (psql, pg_dump, pg_restore)"
}
