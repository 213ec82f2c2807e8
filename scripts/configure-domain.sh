#!/usr/bin/env bash
# Configures a Payara Server 6 domain for 职称评审信息系统 and optionally deploys the EAR.
# Works the same on the domain the build unpacks into target/ and on an installation ops already run
# (--payara-home /opt/payara6). Idempotent: every step checks before it creates. The asadmin commands are the ones
# documented in docs/OPERATIONS.md.
#
# usage: configure-domain.sh --payara-home DIR [--domain NAME] [--portbase N] [--jdbc-driver JAR] [--ear FILE]
#                            [--demo] [--stop] [--skip-postgres]
# --portbase creates the domain when it does not exist yet, with ports from N (admin N+48, HTTP N+80): the tests use
# their own domain that way, beside a running demo domain.
# database settings from the environment: ZC_DB_HOST ZC_DB_PORT ZC_DB_NAME ZC_DB_USER ZC_DB_PASSWORD
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
payara_home="" domain="domain1" portbase="" driver="" ear="" demo=false stop=false ensure_db=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --payara-home) payara_home=$2; shift 2 ;;
    --domain) domain=$2; shift 2 ;;
    --portbase) portbase=$2; shift 2 ;;
    --jdbc-driver) driver=$2; shift 2 ;;
    --ear) ear=$2; shift 2 ;;
    --demo) demo=true; shift ;;
    --stop) stop=true; shift ;;
    --skip-postgres) ensure_db=false; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$payara_home" ]] || { echo "--payara-home is required" >&2; exit 2; }

# Remember which settings the caller gave explicitly: only those may change an existing pool, so a re-run for an
# upgrade never points a production pool back at the defaults.
explicit_db_settings=()
for name in ZC_DB_HOST ZC_DB_PORT ZC_DB_NAME ZC_DB_USER ZC_DB_PASSWORD; do
  [[ -n "${!name:-}" ]] && explicit_db_settings+=("$name")
done
ZC_DB_HOST=${ZC_DB_HOST:-127.0.0.1}
ZC_DB_PORT=${ZC_DB_PORT:-5432}
ZC_DB_NAME=${ZC_DB_NAME:-zhicheng}
ZC_DB_USER=${ZC_DB_USER:-zhicheng}
ZC_DB_PASSWORD=${ZC_DB_PASSWORD:-zhicheng}
export ZC_DB_HOST ZC_DB_PORT ZC_DB_NAME ZC_DB_USER ZC_DB_PASSWORD

asadmin="$payara_home/bin/asadmin"
[[ -x "$asadmin" ]] || { echo "no asadmin at $asadmin" >&2; exit 1; }
say() { echo "[payara] $*"; }
admin_port=""
# commands for the running domain go to its admin port; list-domains and start/stop work without it
port_args() { [[ -n "$admin_port" ]] && printf -- '--port\n%s\n' "$admin_port"; true; }
# the echo masks the pool password; the command itself gets it unmasked
run() { say "asadmin $(sed -E 's/password=[^:]*/password=******/' <<<"$*")"; mapfile -t extra < <(port_args); "$asadmin" --interactive=false "${extra[@]}" "$@"; }
quiet() { mapfile -t extra < <(port_args); "$asadmin" --interactive=false "${extra[@]}" "$@" 2>/dev/null; }

$ensure_db && "$here/ensure-postgres.sh"

domain_running() { quiet list-domains | grep -qE "^$domain running"; }

if [[ -n "$portbase" ]] && ! quiet list-domains | grep -qE "^$domain "; then
  run create-domain --nopassword=true --portbase "$portbase" "$domain"
fi
domain_xml="$payara_home/glassfish/domains/$domain/config/domain.xml"
[[ -f "$domain_xml" ]] || { echo "no domain $domain under $payara_home (use --portbase to create it)" >&2; exit 1; }
admin_port=$(grep -o '<network-listener[^>]*name="admin-listener"[^>]*>' "$domain_xml" | head -n 1 \
  | grep -o ' port="[0-9]*"' | tr -dc '0-9')
[[ -n "$admin_port" ]] || { echo "cannot read the admin port of $domain from $domain_xml" >&2; exit 1; }
say "domain $domain, admin port $admin_port"

started_here=false
if ! domain_running; then
  run start-domain "$domain"
  started_here=true
fi

# 1. JDBC driver in the domain's lib (no restart needed for add-library).
if [[ -n "$driver" ]] && ! quiet list-libraries | grep -qx "$(basename "$driver")"; then
  run add-library "$driver"
fi

# 2. Connection pool and resource. Colons in property values must be escaped for asadmin.
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }
pool_props="user=$(esc "$ZC_DB_USER"):password=$(esc "$ZC_DB_PASSWORD"):serverName=$(esc "$ZC_DB_HOST"):portNumber=$ZC_DB_PORT:databaseName=$(esc "$ZC_DB_NAME"):reWriteBatchedInserts=true:ApplicationName=zhicheng"
# The pool keeps all its 32 connections open (steady = max): a burst of users (50 at 8 o'clock opening 资格审核 page 1)
# does not wait for new PostgreSQL connections (28 were opened during the first 50-user load of the list benchmark
# with a steady size of 4, and the pool fell back to 4 after 5 idle minutes). A connection is checked with SELECT 1
# at most once a minute, not before every transaction (one database round trip less per service call).
if ! quiet list-jdbc-connection-pools | grep -qx zhichengPool; then
  run create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource --steadypoolsize 32 --maxpoolsize 32 \
    --isconnectvalidatereq true --validateatmostonceperiod 60 --validationmethod custom-validation \
    --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
    --property "$pool_props" zhichengPool
else
  # an existing pool changes only where the caller set a ZC_DB_* variable explicitly
  declare -A pool_property=([ZC_DB_HOST]=serverName [ZC_DB_PORT]=portNumber [ZC_DB_NAME]=databaseName
                            [ZC_DB_USER]=user [ZC_DB_PASSWORD]=password)
  for name in "${explicit_db_settings[@]}"; do
    say "pool zhichengPool: ${pool_property[$name]} from $name"
    quiet set "resources.jdbc-connection-pool.zhichengPool.property.${pool_property[$name]}=${!name}" >/dev/null
  done
fi
if ! quiet list-jdbc-resources | grep -qx jdbc/zhicheng; then
  run create-jdbc-resource --connectionpoolid zhichengPool jdbc/zhicheng
fi
run ping-connection-pool zhichengPool

# 3. The batch runtime keeps its job repository in the same database.
run set-batch-runtime-configuration --datasourcelookupname jdbc/zhicheng --schemaname public

# 4. Do not announce the server product and version in every response.
for listener in http-listener-1 http-listener-2; do
  quiet set "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" >/dev/null
  quiet set "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" >/dev/null
done

# 5. JVM: Chinese locale, China time zone, UTF-8; the demo switch. Options are only added when missing.
restart=false
current_options=$(quiet list-jvm-options || true)
add_option() {
  if ! grep -qxF -- "$1" <<<"$current_options"; then
    run create-jvm-options "$(printf '%s' "$1" | sed 's/:/\\:/g')"
    restart=true
  fi
}
add_option "-Duser.language=zh"
add_option "-Duser.country=CN"
add_option "-Duser.timezone=Asia/Shanghai"
add_option "-Dfile.encoding=UTF-8"
if grep -qxF -- "-Xmx512m" <<<"$current_options"; then
  run delete-jvm-options "-Xmx512m"
  restart=true
fi
add_option "-Xmx1g"
if $demo; then
  run create-system-properties zc.demo=true
else
  quiet delete-system-property zc.demo >/dev/null || true
fi

if $restart; then
  run restart-domain "$domain"
fi

# 6. Deploy.
# A domain that has just started is still loading the previous deployment for a few seconds, and a redeploy racing
# that loses ("closed EntityManagerFactory") and leaves the server confused: wait for the old deployment to answer
# first; if a deployment still fails, restart the domain once and deploy again.
http_port=$(grep -o '<network-listener[^>]*name="http-listener-1"[^>]*>' "$domain_xml" | head -n 1 \
  | grep -o ' port="[0-9]*"' | tr -dc '0-9')
wait_for_previous_deployment() {
  quiet list-applications | grep -q '^zhicheng ' || return 0
  say "waiting for the previous deployment to finish loading"
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/${http_port:-8080}" && printf 'GET /zhicheng/login.xhtml HTTP/1.0\r\n\r\n' >&3 \
      && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null && return 0
    sleep 2
  done
}
if [[ -n "$ear" ]]; then
  if $started_here || $restart; then wait_for_previous_deployment; fi
  if ! run deploy --force=true --name zhicheng "$ear"; then
    say "deployment failed; restarting the domain and deploying once more"
    run restart-domain "$domain"
    run deploy --force=true --name zhicheng "$ear" \
      || { say "deployment failed; see $payara_home/glassfish/domains/$domain/logs/server.log"; exit 1; }
  fi
fi

if $stop; then
  run stop-domain "$domain"
fi
say "domain $domain configured"
