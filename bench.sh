#!/usr/bin/env bash
# ServiceHall's queue benchmark (not a test): builds what is needed and prints, from one run on this
# machine, queue ops/s on PostgreSQL next to pgbench -c 8, lifecycles/s on the embedded database,
# and call -> board / call -> phone latencies through the running distribution.
#   ./bench.sh [--seconds 20] [--no-http | --http-only] [--followers 5000]
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres) and pgbench.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q install -DskipTests
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
exec java -Xmx2g -Dservicehall.distribution="$PWD/features/assembly/target/servicehall-assembly-${version}.tar.gz" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "features/bench/target/classes:features/bench/target/lib/*" org.servicehall.bench.Bench "$@"
