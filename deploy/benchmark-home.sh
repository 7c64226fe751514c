#!/usr/bin/env bash
# The Home dashboard benchmark (docs/benchmarks.md): starts the demo set-up on a free port, sets the
# sandbox's latency to 200 ms per PSA call, logs in as ava, loads Home 30 times and prints the median and
# 95th-percentile server time, the PSA calls per load and the ratio to one PSA call. Not part of
# `mvn verify`: its class, HomeBenchmark, matches no failsafe include and runs only when named here.
# The demo server gets the sandbox's PSA credentials from deploy/demo-config/connectwise.properties (DemoServer).
# Extra arguments go to Maven (e.g. -o for offline). Needs Debian's chromium and chromium-driver (deploy/test.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "Building the connector, the sandbox and the portal..."
mvn -q -B "$@" -pl psa-connector,deploy/psa-sandbox,portal-web install -DskipTests
echo "Running the benchmark (about a minute after the server has started)..."
mvn -B "$@" -pl deploy/e2e-tests verify -Dit.test=HomeBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  | sed -n '/^Home benchmark/p;/^  [A-Za-z]/p;/Tests run:.*Fail/p;/BUILD/p'
echo "The figures are also in deploy/e2e-tests/target/benchmark-home.txt"
