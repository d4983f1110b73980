# Embedded PostgreSQL for local runs (sourced by up.sh and down.sh after lib.sh, not executed).
# The binaries are the zonky ones the integration tests use (Maven Central,
# io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>); the data directory lives under
# RUN_DIR/embedded-pg, so a second up.sh with the same RUN_DIR finds the same data.
# shellcheck shell=bash

EMBEDDED_PG_VERSION="${EMBEDDED_PG_VERSION:-14.22.0}"
EMBEDDED_DB_PORT="${EMBEDDED_DB_PORT:-54329}"

embedded_pg_dir() { echo "$RUN_DIR/embedded-pg"; }
embedded_pg_data() { echo "$(embedded_pg_dir)/data"; }
# The running cluster's port (line 4 of postmaster.pid) when it runs, else EMBEDDED_DB_PORT.
embedded_database_url() {
  local port="$EMBEDDED_DB_PORT" pid_file
  pid_file="$(embedded_pg_data)/postmaster.pid"
  if [[ -f "$pid_file" ]] && pid_alive "$(head -n 1 "$pid_file")"; then port="$(sed -n 4p "$pid_file")"; fi
  echo "postgresql://postgres@127.0.0.1:$port/metabuilder"
}

# PostgreSQL refuses to run as root: as root, the cluster runs as "nobody" (like the tests do).
embedded_pg_as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    "$@"
  fi
}

embedded_pg_artifact() {
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64v8 ;;
    *) die "no embedded PostgreSQL binaries for $(uname -m): set DATABASE_URL" ;;
  esac
  echo "embedded-postgres-binaries-linux-$arch"
}

# Path of the binaries jar in the local Maven repository, downloaded from Maven Central when missing.
embedded_pg_jar() {
  local artifact repo jar
  artifact="$(embedded_pg_artifact)"
  repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
  jar="$repo/io/zonky/test/postgres/$artifact/$EMBEDDED_PG_VERSION/$artifact-$EMBEDDED_PG_VERSION.jar"
  if [[ ! -f "$jar" ]]; then
    log "downloading $artifact $EMBEDDED_PG_VERSION from Maven Central"
    mvn -B -q dependency:get -Dtransitive=false \
      -Dartifact="io.zonky.test.postgres:$artifact:$EMBEDDED_PG_VERSION" >&2 ||
      die "could not download the embedded PostgreSQL binaries"
  fi
  echo "$jar"
}

# Unpacks the binaries once per RUN_DIR (they must be readable by the cluster's owner).
embedded_pg_install() {
  local dist jar
  dist="$(embedded_pg_dir)/dist-$EMBEDDED_PG_VERSION"
  if [[ ! -x "$dist/bin/postgres" ]]; then
    jar="$(embedded_pg_jar)"
    log "unpacking embedded PostgreSQL $EMBEDDED_PG_VERSION into $dist"
    rm -rf "$dist" && mkdir -p "$dist"
    unzip -p "$jar" '*.txz' | tar -xJ -C "$dist" || die "could not unpack $jar"
  fi
  chmod -R a+rX "$dist"
  echo "$dist"
}

embedded_pg_running() {
  local data
  data="$(embedded_pg_data)"
  [[ -f "$data/postmaster.pid" ]] && pid_alive "$(head -n 1 "$data/postmaster.pid")"
}

# Starts (initialising on first use) the embedded cluster and creates the metabuilder database.
embedded_pg_start() {
  local dir data dist
  dir="$(embedded_pg_dir)"
  data="$(embedded_pg_data)"
  command -v unzip >/dev/null 2>&1 || apt_install unzip || die "unzip is missing: install it"
  command -v xz >/dev/null 2>&1 || apt_install xz-utils || die "xz is missing: install xz-utils"
  dist="$(embedded_pg_install)"
  mkdir -p "$dir"
  if [[ "$(id -u)" == 0 ]]; then
    chown nobody:nogroup "$dir"
    embedded_pg_as_owner test -w "$dir" ||
      die "$dir is not reachable by 'nobody' (the cluster's owner when run as root): choose a RUN_DIR under a world-traversable path"
  fi
  if [[ ! -f "$data/PG_VERSION" ]]; then
    log "initialising the embedded PostgreSQL cluster in $data"
    embedded_pg_as_owner "$dist/bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >/dev/null ||
      die "initdb failed"
    # Single-user mode needs no client binaries (a machine with only a JDK has no psql).
    echo 'CREATE DATABASE metabuilder' |
      embedded_pg_as_owner "$dist/bin/postgres" --single -D "$data" postgres >/dev/null ||
      die "could not create the metabuilder database"
  fi
  if embedded_pg_running; then
    log "embedded PostgreSQL already runs on port $(sed -n 4p "$data/postmaster.pid")"
    return 0
  fi
  ! port_in_use "$EMBEDDED_DB_PORT" || die "port $EMBEDDED_DB_PORT (embedded PostgreSQL) is in use; set EMBEDDED_DB_PORT"
  log "starting embedded PostgreSQL $EMBEDDED_PG_VERSION on port $EMBEDDED_DB_PORT (data: $data)"
  embedded_pg_as_owner "$dist/bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $EMBEDDED_DB_PORT -h 127.0.0.1 -c unix_socket_directories= -c max_connections=100" start >/dev/null ||
    {
      tail -n 20 "$dir/postgres.log" >&2
      die "embedded PostgreSQL did not start"
    }
}

# Stops the cluster whose postmaster.pid is under RUN_DIR (fast shutdown: a clean checkpoint).
embedded_pg_stop() {
  local data dist
  data="$(embedded_pg_data)"
  embedded_pg_running || return 0
  dist="$(embedded_pg_dir)/dist-$EMBEDDED_PG_VERSION"
  log "stopping embedded PostgreSQL (pid $(head -n 1 "$data/postmaster.pid"))"
  if [[ -x "$dist/bin/pg_ctl" ]]; then
    embedded_pg_as_owner "$dist/bin/pg_ctl" -D "$data" -m fast -w -t "${STOP_TIMEOUT:-20}" stop >/dev/null && return 0
  fi
  kill -INT "$(head -n 1 "$data/postmaster.pid")" 2>/dev/null || true
}
