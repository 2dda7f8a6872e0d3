#!/usr/bin/env bash
# ServiceHall: build what is needed and run the platform on the embedded database.
#
#   ./run.sh            build if sources changed, install into run/servicehall, start with the Karaf console
#   ./run.sh server     the same without the interactive console (for a service manager)
#
# Environment: SERVICEHALL_PORT (default 8080), SERVICEHALL_ADMIN_PASSWORD (first start only;
# generated when unset), SERVICEHALL_HOME (default run/servicehall).
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null || { echo "Java 17 is required (java not found)"; exit 1; }
command -v mvn >/dev/null || { echo "Maven 3.8+ is required (mvn not found)"; exit 1; }

# the project's version: the first <version> of the root pom (it has no parent)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
dist="features/assembly/target/servicehall-assembly-${version}.tar.gz"
home="${SERVICEHALL_HOME:-run/servicehall}"
port="${SERVICEHALL_PORT:-8080}"

# 1. Build the distribution when it is missing or older than any source file.
if [ ! -f "$dist" ] || [ -n "$(find pom.xml platform plugins features -newer "$dist" -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "Building ServiceHall ${version} (the first build downloads dependencies and takes a few minutes)…"
  mvn -B -q install -DskipTests
fi

# 2. Install it, or replace an older installation while keeping its database and settings.
if [ ! -f "$home/.installed" ] || [ "$dist" -nt "$home/.installed" ]; then
  keep=$(mktemp -d)
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
