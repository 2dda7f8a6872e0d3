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
#   ./bench.sh --cold-start [3] [--keep]
#     issue 17: that many cold starts of a fresh installation (embedded H2, empty data/), each timed from
#     'bin/karaf server' to the first answer, the console's sign-in page (200) and /api/health/ready (200), with the
#     paths /api/openapi.json lists at ready and 3 s later (the same: nothing arrives after ready) and the load
#     average before each run; then the median. --keep leaves each installation (its data/log/karaf.log) in /tmp.
#
# Issue 17's full-length runs (scale and soak). They take long and need a machine of their own (nothing else
# running, or the figures measure the neighbours); the suite does not run them. What each prints at the end:
#   ./bench.sh --followers-scale [--followers 20000]
#     20,000 phones following their tickets on one node over server-sent events (the board and Vaadin board parts
#     run first). Prints "Followers: N phones connected in S s (R reconnects)" and then "Followers: call -> phone
#     hears its new position, N phones (SSE), C calls; RSS a -> b MiB (+d MiB); R reconnects: U of ~E updates
#     arrived; p50 … ms, p99 … ms (target p99 <= … ms)": the memory per follower is d / N. Every phone holds a
#     connection in this JVM and one in the node's: 'ulimit -n' must be well above 2 x N (20,000 here is too few).
#   ./bench.sh --history [10000000] [--seconds 30]
#     visits/s (issue, call, start, finish over REST, six windows) on an empty PostgreSQL database and with that
#     many historical tickets in sh_ticket (filled with set-based SQL): two nodes, measured in three alternating rounds
#     in one run, so other work on the machine weighs on both alike. Prints "MEASURE history: empty
#     database X visits/s (p99 ms); with N historical tickets (filled in S s) Y visits/s (p99 ms): ratio Y/X
#     (target >= 0.90)". The fill's time is printed; --history 1000000 is a shorter run of the same.
#   ./bench.sh --soak [60] [--rate R]
#     first 20 s at full speed to find the maximum ("soak: maximum X visits/s; soaking at half, Y/s") unless --rate
#     is given, then that many minutes at R visits/s, printing a line every 30 s ("soak PT30S rss=… MiB threads=…
#     connections=… visits/s=… p50=… ms p99=… ms") and at the end "MEASURE soak: M min at R visits/s, V visits,
#     F finished (acknowledged), K tickets not DONE at the end; first <sample>; last <sample>" (K must be 0; compare
#     the first and last samples for the trend). --soak 5 is a short one.
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
  mvn -B -q -o -pl platform/testing dependency:build-classpath -Dmdep.outputFile="$PWD/platform/testing/target/classpath.txt"
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
if [ "${1:-}" = "--cold-start" ]; then main=org.servicehall.bench.ColdStartBench; shift; fi
exec java -Xmx2g -Djava.util.logging.config.file=features/bench/logging.properties -Dservicehall.distribution="$PWD/features/assembly/target/servicehall-assembly-${version}.tar.gz" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "features/bench/target/classes:features/bench/target/lib/*" "$main" "$@"
