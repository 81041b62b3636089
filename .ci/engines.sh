#!/usr/bin/env bash
# Issue 20: Redis and PostgreSQL for the scale-out tests, on loopback with throwaway data dirs.
# Source it (`source .ci/engines.sh`): it installs Debian's redis-server and postgresql when missing
# (as root), starts both on free ports, exports JOURNEY_TEST_REDIS_URL and JOURNEY_TEST_DATABASE_URL
# (plus JOURNEY_TEST_PG_BIN, the PostgreSQL binaries) and stops them when the shell exits.
# SQLite stays the default: nothing here is needed by `npm start`.

engines_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

engines_install() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || [ ! -f /etc/debian_version ]; then
    echo "engines: ${missing[*]} missing and cannot be installed here (needs root on Debian)" >&2
    return 1
  fi
  echo "Installing ${missing[*]} for the scale-out tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

engines_start() {
  engines_install || return 1
  ENGINES_DIR=$(mktemp -d /tmp/journey-engines.XXXXXX)
  chmod 755 "$ENGINES_DIR"

  local redis_port
  redis_port=$(engines_free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$ENGINES_DIR" --daemonize yes --pidfile "$ENGINES_DIR/redis.pid" \
    --logfile "$ENGINES_DIR/redis.log" || return 1
  export JOURNEY_TEST_REDIS_URL="redis://127.0.0.1:$redis_port"

  local bin pg_port run_as=()
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  export JOURNEY_TEST_PG_BIN="$bin"
  pg_port=$(engines_free_port)
  mkdir -p "$ENGINES_DIR/pg"
  # PostgreSQL refuses to run as root: the Debian package's postgres user runs it then.
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$ENGINES_DIR/pg"
    run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$ENGINES_DIR/pg/data" -U journey --auth=trust -E UTF8 >/dev/null || return 1
  "${run_as[@]}" "$bin/pg_ctl" -D "$ENGINES_DIR/pg/data" -l "$ENGINES_DIR/pg/log" -w \
    -o "-p $pg_port -h 127.0.0.1 -k $ENGINES_DIR/pg -c fsync=on -c max_connections=300" start >/dev/null || return 1
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U journey -d postgres -qc 'CREATE DATABASE journey_test' || return 1
  export JOURNEY_TEST_DATABASE_URL="postgres://journey@127.0.0.1:$pg_port/journey_test"
  echo "engines: redis on $redis_port, postgresql on $pg_port ($ENGINES_DIR)"
}

engines_stop() {
  [ -n "${ENGINES_DIR:-}" ] || return 0
  [ -f "$ENGINES_DIR/redis.pid" ] && kill "$(cat "$ENGINES_DIR/redis.pid")" 2>/dev/null
  if [ -d "$ENGINES_DIR/pg/data" ]; then
    local run_as=()
    [ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
    "${run_as[@]}" "$JOURNEY_TEST_PG_BIN/pg_ctl" -D "$ENGINES_DIR/pg/data" -m immediate stop >/dev/null 2>&1
  fi
  rm -rf "$ENGINES_DIR"
  ENGINES_DIR=
}

engines_start && trap engines_stop EXIT
