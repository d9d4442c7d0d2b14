#!/usr/bin/env bash
# Shared by scripts/run, scripts/test and scripts/bench: install what a fresh
# Debian 12 machine lacks, then configure and build with CMake.
set -euo pipefail

JLGC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian packages the build, the tests and the app need. Reports print in
# Noto Sans CJK JP (fonts-noto-cjk) and are checked with poppler-utils; see
# core/reports/README.md.
JLGC_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 qt6-charts-dev libqt6opengl6-dev
  libgl-dev libxkbcommon-dev libvulkan-dev
  catch2 libbenchmark-dev libical-dev libsqlite3-dev
  poppler-utils fonts-noto-cjk fonts-dejavu-core
  xvfb xauth sqlite3
  # a throwaway PostgreSQL 15 server for the tests on a server, scripts/server
  postgresql postgresql-contrib
  # office servers' passwords in the system's keychain
  qtkeychain-qt6-dev
  # validators of the menu entry and metadata, icon drawing, .deb building
  desktop-file-utils appstream librsvg2-bin dpkg-dev file
)

jlgc_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

jlgc_install_deps() {
  local missing=()
  for p in "${JLGC_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    jlgc_sudo apt-get update
    jlgc_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

# jlgc_build BUILD_DIR [extra cmake args...]
jlgc_build() {
  local dir="$1"; shift
  local gen=()
  if [ ! -f "$dir/CMakeCache.txt" ]; then gen=(-G Ninja); fi
  if [ -n "${JLGC_BUILD_LOCK:-}" ]; then
    flock "$JLGC_BUILD_LOCK" cmake -S "$JLGC_ROOT" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  else
    cmake -S "$JLGC_ROOT" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
  # Machines that build several trees at once share a lock (JLGC_BUILD_LOCK=FILE).
  if [ -n "${JLGC_BUILD_LOCK:-}" ]; then
    flock "$JLGC_BUILD_LOCK" cmake --build "$dir" --parallel "$(nproc)"
  else
    cmake --build "$dir" --parallel "$(nproc)"
  fi
}

# A throwaway PostgreSQL 15 cluster in a folder (scripts/server, and the
# tests on a server in scripts/test): `jlgc_pg_start DIR PORT` makes and
# starts it, with a database "jlgc" of the user "jlgc", reached at
# JLGC_PG_URI over TCP on localhost with a password made for the cluster
# (exported as PGPASSWORD, where libpq looks; kept in DIR/password). Only
# its owner may use its socket (DIR is mode 700), without a password.
# `jlgc_pg_stop DIR` stops it. The server refuses to run as root, so as root
# it runs as the "postgres" user the Debian package made.
JLGC_PG_BIN="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)"

jlgc_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

jlgc_pg_start() {
  local dir="$1" port="$2"
  [ -n "$JLGC_PG_BIN" ] || { echo "PostgreSQL 15 is not installed (postgresql-15)." >&2; return 1; }
  mkdir -p "$dir" || return 1
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir" || return 1; fi
  chmod 700 "$dir" || return 1
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password" || return 1
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/password"; fi
    chmod 600 "$dir/password"
    jlgc_pg_as_owner "$JLGC_PG_BIN/initdb" -D "$dir/data" -U jlgc --pwfile="$dir/password" \
      --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  jlgc_pg_as_owner "$JLGC_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k '$dir' -c listen_addresses=localhost -c fsync=off" start >/dev/null ||
    { cat "$dir/server.log" >&2; return 1; }
  if ! jlgc_pg_as_owner "$JLGC_PG_BIN/psql" -h "$dir" -p "$port" -U jlgc -d postgres -qtAc \
    "SELECT 1 FROM pg_database WHERE datname = 'jlgc'" | grep -q 1; then
    jlgc_pg_as_owner "$JLGC_PG_BIN/createdb" -h "$dir" -p "$port" -U jlgc jlgc || return 1
  fi
  PGPASSWORD="$(cat "$dir/password")" || return 1
  export PGPASSWORD
  export JLGC_PG_URI="postgresql://jlgc@localhost:$port/jlgc"
}

jlgc_pg_stop() {
  local dir="$1"
  [ -f "$dir/data/postmaster.pid" ] || return 0
  jlgc_pg_as_owner "$JLGC_PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
}
