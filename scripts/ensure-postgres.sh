#!/usr/bin/env bash
# Makes sure the PostgreSQL the application uses is reachable and has the project's role and database.
# If nothing answers on ZC_DB_HOST:ZC_DB_PORT and the host is local, it starts the machine's installed cluster, or
# installs Debian's postgresql package and starts it; then it creates the role and database if they are missing.
# Every action it takes is printed. ZC_DB_RESET=true drops and recreates the database first (the test run uses its
# own database, zhicheng_test, that way, so every run starts from the migrations).
set -euo pipefail

ZC_DB_HOST=${ZC_DB_HOST:-127.0.0.1}
ZC_DB_PORT=${ZC_DB_PORT:-5432}
ZC_DB_NAME=${ZC_DB_NAME:-zhicheng}
ZC_DB_USER=${ZC_DB_USER:-zhicheng}
ZC_DB_PASSWORD=${ZC_DB_PASSWORD:-zhicheng}

say() { echo "[postgres] $*"; }

reachable() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$ZC_DB_HOST" -p "$ZC_DB_PORT"
  else
    (exec 3<>"/dev/tcp/$ZC_DB_HOST/$ZC_DB_PORT") 2>/dev/null
  fi
}

is_local() { [[ "$ZC_DB_HOST" == "127.0.0.1" || "$ZC_DB_HOST" == "localhost" || "$ZC_DB_HOST" == "::1" ]]; }

start_installed_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local version cluster
  read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1) || return 1
  [[ -n "${version:-}" ]] || return 1
  say "nothing answers on $ZC_DB_HOST:$ZC_DB_PORT; starting the installed cluster $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || pg_ctlcluster "$version" "$cluster" start
}

install_postgres() {
  command -v apt-get >/dev/null 2>&1 || { say "no PostgreSQL and no apt-get: install PostgreSQL 15+ and set ZC_DB_*"; return 1; }
  say "no PostgreSQL installed; installing Debian's postgresql package (apt-get)"
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  start_installed_cluster
}

wait_until_reachable() {
  for _ in $(seq 1 30); do reachable && return 0; sleep 1; done
  say "PostgreSQL did not come up on $ZC_DB_HOST:$ZC_DB_PORT"; return 1
}

if ! reachable; then
  if ! is_local; then
    say "PostgreSQL at $ZC_DB_HOST:$ZC_DB_PORT is not reachable, and it is not this machine: start it and retry"
    exit 1
  fi
  start_installed_cluster || install_postgres
  wait_until_reachable
fi

# A superuser connection for creating the role and database: the postgres OS user locally, else PGUSER/postgres.
admin_psql() {
  # -w: never stop at a password prompt; fall through to the next way instead
  if psql -w -h "$ZC_DB_HOST" -p "$ZC_DB_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -w -h "$ZC_DB_HOST" -p "$ZC_DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA "$@"
  elif is_local && command -v runuser >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- psql -p "$ZC_DB_PORT" -d postgres -v ON_ERROR_STOP=1 -tA "$@"
  else
    psql -h "$ZC_DB_HOST" -p "$ZC_DB_PORT" -d postgres -v ON_ERROR_STOP=1 -tA "$@"
  fi
}

if [[ "${ZC_DB_RESET:-false}" == "true" ]]; then
  say "dropping database $ZC_DB_NAME (ZC_DB_RESET=true)"
  admin_psql -c "drop database if exists \"$ZC_DB_NAME\" with (force)" >/dev/null
fi
if [[ "$(admin_psql -c "select 1 from pg_roles where rolname = '$ZC_DB_USER'")" != "1" ]]; then
  say "creating role $ZC_DB_USER"
  admin_psql -c "create role \"$ZC_DB_USER\" login password '$ZC_DB_PASSWORD'" >/dev/null
fi
if [[ "$(admin_psql -c "select 1 from pg_database where datname = '$ZC_DB_NAME'")" != "1" ]]; then
  say "creating database $ZC_DB_NAME owned by $ZC_DB_USER"
  admin_psql -c "create database \"$ZC_DB_NAME\" owner \"$ZC_DB_USER\" encoding 'UTF8' template template0" >/dev/null
fi
say "ready: $ZC_DB_USER@$ZC_DB_HOST:$ZC_DB_PORT/$ZC_DB_NAME"
