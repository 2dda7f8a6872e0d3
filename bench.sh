#!/usr/bin/env bash
# ServiceHall's queue benchmark (not a test): builds what is needed and prints, from one run on this
# machine, queue ops/s on PostgreSQL next to pgbench -c 8, lifecycles/s on the embedded database,
# and call -> board (light and Vaadin) / call -> phone latencies through the running distribution.
#   ./bench.sh [--seconds 20] [--no-http | --pg-only | --h2-only | --http-only | --vaadin-boards-only] [--followers 5000]
#     each part runs in a JVM of its own
#   ./bench.sh --assessment [--tickets 10000000] [--sites 5] [--keep]
#     the assessment on large history instead (M1/M3): fills a fresh schema in database test with
#     set-based SQL and times one site's month (queue figures, whole assessment, reports), cold and warm.
#   ./bench.sh --text-check
#     the forbidden-phrase check of a 500-character note (C3, run on every keystroke) against a 16 ms frame.
#   ./bench.sh --casework [--cases 1000000] [--keep]
#     electronic supervision (T3): the board's counts and first page over 1,000,000 open cases on PostgreSQL,
#     and deadlines computed on the 2026 working-day calendar per second on one core.
#   ./bench.sh --hospital
#     the hospital plugin (H3, H4, issue 14) on PostgreSQL: with 10,000 open specimens, how late each TAT warning
#     and breach fires (p50/p99/max), and prescriptions received, prepared, checked and dispensed per second.
#   ./bench.sh --followers-scale [--followers 20000]
#     issue 17: 20,000 phones following their tickets on one node (call -> phone p99, memory per follower)
#   ./bench.sh --history [10000000] [--seconds 30]
#     issue 17: visits/s (issue, call, start, finish over REST, six windows) on an empty PostgreSQL database, then
#     with that many historical tickets in sh_ticket, in one run (target: ratio >= 0.9)
#   ./bench.sh --soak [60] [--rate R]
#     issue 17: that many minutes at R visits/s (default half the measured maximum): memory, threads, connections
#     and response times every 30 s, and every acknowledged ticket DONE at the end (--soak 5 for a short one)
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres) and pgbench.
set -euo pipefail
cd "$(dirname "$0")"
# --- issue 17: scale and soak on the real distribution (platform/testing's OpsBench) ---
if [ "${1:-}" = "--followers-scale" ]; then
  shift
  exec "$0" --http-only --followers 20000 "$@"
fi
if [ "${1:-}" = "--history" ] || [ "${1:-}" = "--soak" ]; then
  mode=$1; shift
  amount=${1:-}; case "$amount" in ''|--*) amount=$([ "$mode" = "--history" ] && echo 10000000 || echo 60);; *) shift;; esac
  mvn -B -q install -DskipTests
  mvn -B -q -o -pl platform/testing dependency:build-classpath -Dmdep.outputFile=platform/testing/target/classpath.txt
  version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
  exec java -Xmx1g -Dservicehall.distribution="$PWD/features/assembly/target/servicehall-assembly-${version}.tar.gz" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "platform/testing/target/classes:$(cat platform/testing/target/classpath.txt)" org.servicehall.testing.OpsBench "$mode" "$amount" "$@"
fi
if [ "${1:-}" = "--hospital" ]; then
  mvn -B -q -pl plugins/hospital -am install -DskipTests
  exec mvn -B -pl plugins/hospital surefire:test -Dtest=HospitalBench -Dsurefire.failIfNoSpecifiedTests=false -Dservicehall.bench=true \
    -Dservicehall.test.postgres=required
fi
mvn -B -q install -DskipTests
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
main=org.servicehall.bench.Bench
if [ "${1:-}" = "--assessment" ]; then main=org.servicehall.bench.AssessmentBench; shift; fi
if [ "${1:-}" = "--text-check" ]; then main=org.servicehall.bench.TextCheckBench; shift; fi
if [ "${1:-}" = "--casework" ]; then main=org.servicehall.casework.internal.CaseworkBench; shift; fi
exec java -Xmx2g -Djava.util.logging.config.file=features/bench/logging.properties -Dservicehall.distribution="$PWD/features/assembly/target/servicehall-assembly-${version}.tar.gz" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "features/bench/target/classes:features/bench/target/lib/*" "$main" "$@"
