#!/usr/bin/env bash
# ServiceHall: build what is needed and run the platform on the embedded database.
#
#   ./run.sh            build if sources changed, install into run/servicehall, start with the Karaf console
#   ./run.sh server     the same without the interactive console (for a service manager)
#   ./run.sh backup FILE    back up the hall's database (PostgreSQL: pg_dump, also while the node runs;
#                           embedded H2: SQL script, the node stopped)
#   ./run.sh restore FILE   replace the hall's database by a backup (the node stopped; all or nothing)
#
# Upgrading (a newer build over an installation with data) backs the database up first, into
# run/backups/ (SERVICEHALL_BACKUPS), before the new version's migrations run.
#
# Environment: SERVICEHALL_PORT (default 8080), SERVICEHALL_ADMIN_PASSWORD (first start only;
# generated when unset), SERVICEHALL_HOME (default run/servicehall).
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null || { echo "Java 17 is required (java not found)"; exit 1; }

# the project's version: the first <version> of the root pom (it has no parent)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
dist="features/assembly/target/servicehall-assembly-${version}.tar.gz"
home="${SERVICEHALL_HOME:-run/servicehall}"
port="${SERVICEHALL_PORT:-8080}"
backups="${SERVICEHALL_BACKUPS:-run/backups}"

# --- Backup and restore (issue 17) ---------------------------------------------------------------
datasource_value() { sed -n "s/^ *$1 *= *//p" "$home/etc/org.ops4j.datasource-servicehall.cfg" | tail -1; }
node_answers() {
  local p; p=$(sed -n 's/^ *port *= *//p' "$home/etc/org.servicehall.web.cfg" | tail -1)
  (exec 3<>"/dev/tcp/127.0.0.1/${p:-8080}") 2>/dev/null
}
h2_tool() { # h2_tool Script|RunScript ARGS...: H2's own tool from the installation, on its database file
  local jar; jar=$(ls "$home"/system/com/h2database/h2/*/h2-*.jar | head -1)
  java -cp "$jar" "org.h2.tools.$1" -url "jdbc:h2:$home/data/servicehall/servicehall" -user "$(datasource_value user)" \
    -password "$(datasource_value password)" "${@:2}"
}
pg_target() { # sets pg_host pg_port pg_db from the data source's URL (one host)
  local rest; rest=$(datasource_value url); rest=${rest#jdbc:postgresql://}; rest=${rest%%\?*}
  pg_db=${rest#*/}; rest=${rest%%/*}; pg_host=${rest%%:*}; pg_port=5432
  [ "$rest" != "$pg_host" ] && pg_port=${rest#*:}
  export PGPASSWORD; PGPASSWORD=$(datasource_value password)
}
backup() { # backup FILE
  local file=$1
  [ -f "$home/etc/org.ops4j.datasource-servicehall.cfg" ] || { echo "No installation at $home (SERVICEHALL_HOME)" >&2; return 1; }
  mkdir -p "$(dirname "$file")"
  if [ "$(datasource_value osgi.jdbc.driver.class)" = "org.postgresql.Driver" ]; then
    command -v pg_dump >/dev/null || { echo "pg_dump is needed (apt-get install postgresql-client)" >&2; return 1; }
    pg_target
    pg_dump --format=custom --no-owner -h "$pg_host" -p "$pg_port" -U "$(datasource_value user)" -d "$pg_db" -f "$file"
  else
    if node_answers; then echo "The node at $home is running: stop it first (the embedded database is open). Nothing was written." >&2; return 1; fi
    [ -e "$home/data/servicehall/servicehall.mv.db" ] || { echo "No embedded database under $home/data/servicehall" >&2; return 1; }
    h2_tool Script -script "$file"
  fi
  echo "Backed up the hall's database to $file"
}
restore() { # restore FILE
  local file=$1
  [ -f "$file" ] || { echo "No backup at $file" >&2; return 1; }
  [ -f "$home/etc/org.ops4j.datasource-servicehall.cfg" ] || { echo "No installation at $home (SERVICEHALL_HOME)" >&2; return 1; }
  if node_answers; then echo "The node at $home is running: stop it first (and every other node on this database). Nothing was changed." >&2; return 1; fi
  if [ "$(datasource_value osgi.jdbc.driver.class)" = "org.postgresql.Driver" ]; then
    [ "$(head -c 5 "$file")" = "PGDMP" ] || { echo "$file is not a PostgreSQL backup of ./run.sh backup (this installation uses PostgreSQL)" >&2; return 1; }
    pg_target
    pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error -h "$pg_host" -p "$pg_port" \
      -U "$(datasource_value user)" -d "$pg_db" "$file"
  else
    [ "$(head -c 5 "$file")" != "PGDMP" ] || { echo "$file is a PostgreSQL backup; this installation uses the embedded database" >&2; return 1; }
    local old="$home/data/servicehall.before-restore"
    rm -rf "$old"
    [ -d "$home/data/servicehall" ] && mv "$home/data/servicehall" "$old"
    mkdir -p "$home/data/servicehall"
    if ! h2_tool RunScript -script "$file"; then
      rm -rf "$home/data/servicehall"; [ -d "$old" ] && mv "$old" "$home/data/servicehall"
      echo "The restore failed; the database is as it was." >&2; return 1
    fi
    rm -rf "$old"
  fi
  echo "Restored the hall's database from $file; start the node (./run.sh) to serve it"
}
case "${1:-}" in
  backup|restore)
    [ -n "${2:-}" ] || { echo "Usage: ./run.sh $1 FILE" >&2; exit 2; }
    "$1" "$2"; exit $? ;;
esac

command -v mvn >/dev/null || { echo "Maven 3.8+ is required (mvn not found)"; exit 1; }

# 1. Build the distribution when it is missing or older than any source file.
if [ ! -f "$dist" ] || [ -n "$(find pom.xml platform plugins features -newer "$dist" -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "Building ServiceHall ${version} (the first build downloads dependencies and takes a few minutes)…"
  mvn -B -q install -DskipTests
fi

# 2. Install it, or replace an older installation while keeping its database and settings.
if [ ! -f "$home/.installed" ] || [ "$dist" -nt "$home/.installed" ]; then
  keep=$(mktemp -d)
  if [ -f "$home/.installed" ]; then
    # an upgrade over data: back it up before the new version's migrations run
    if node_answers; then echo "The node at $home is running: stop it before upgrading. Nothing was changed." >&2; exit 1; fi
    if [ "$(datasource_value osgi.jdbc.driver.class)" = "org.postgresql.Driver" ] || [ -e "$home/data/servicehall/servicehall.mv.db" ]; then
      saved="$backups/servicehall-$(date -u +%Y%m%dT%H%M%SZ)-before-${version}.backup"
      echo "Upgrading ${home}: backing up its database first to ${saved} (./run.sh restore ${saved} takes it back)"
      backup "$saved"
    fi
  fi
  if [ -d "$home" ]; then
    [ -d "$home/data/servicehall" ] && mv "$home/data/servicehall" "$keep/db"
    for f in org.ops4j.datasource-servicehall.cfg org.servicehall.web.cfg org.servicehall.demo.cfg org.servicehall.clock.cfg; do
      [ -f "$home/etc/$f" ] && cp "$home/etc/$f" "$keep/"
    done
    rm -rf "$home"
  fi
  mkdir -p "$home"
  tar xzf "$dist" -C "$home" --strip-components=1
  [ -d "$keep/db" ] && mkdir -p "$home/data" && mv "$keep/db" "$home/data/servicehall"
  cp "$keep"/*.cfg "$home/etc/" 2>/dev/null || true
  rm -rf "$keep"
  touch "$home/.installed"
fi

# 3. Port and, on the very first start, the administrator's password.
sed -i "s/^port *=.*/port = ${port}/" "$home/etc/org.servicehall.web.cfg"
if [ ! -e "$home/data/servicehall/servicehall.mv.db" ] && grep -q "org.h2.Driver" "$home/etc/org.ops4j.datasource-servicehall.cfg"; then
  if [ -z "${SERVICEHALL_ADMIN_PASSWORD:-}" ]; then
    SERVICEHALL_ADMIN_PASSWORD="Hall-$(head -c 512 /dev/urandom | LC_ALL=C tr -dc 'A-HJ-NP-Za-km-z2-9' | cut -c1-12)"
  fi
  export SERVICEHALL_ADMIN_PASSWORD
  # Check it with the platform's own password rules before starting: a refused password would
  # otherwise be replaced by a generated one shown only in the console output.
  lib="$home/system/org/servicehall"
  if ! problem=$(java -cp "$lib/servicehall-security/${version}/servicehall-security-${version}.jar:$lib/servicehall-common/${version}/servicehall-common-${version}.jar" \
      org.servicehall.security.internal.PasswordCheck admin SERVICEHALL_ADMIN_PASSWORD 2>&1); then
    echo "SERVICEHALL_ADMIN_PASSWORD is refused: ${problem}" >&2
    echo "Choose another (at least 10 characters, not containing 'admin'), or unset it to have one generated. Nothing was started." >&2
    exit 1
  fi
  login="user admin, password ${SERVICEHALL_ADMIN_PASSWORD}   (first start: note it now)"
else
  login="user admin with the password shown at the first start"
fi

cat <<BANNER

  ServiceHall ${version} is starting from ${home}
  Console:  http://localhost:${port}/        (ready about 10-15 s after start)
  Log in:   ${login}
  REST API: http://localhost:${port}/api/openapi.json
  Stop:     Ctrl+D or 'shutdown' in the Karaf console (or Ctrl+C)

BANNER

if [ "${1:-}" = "server" ]; then
  exec "$home/bin/karaf" server
fi
exec "$home/bin/karaf"
