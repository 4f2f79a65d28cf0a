#!/usr/bin/env bash
# Load test of the certification calls on loopback: CASES applications (2,000 by default) of the example battery
# taken through open, submit, accept, verification statement, review and approval (each approval issues a
# certificate), CLIENTS concurrent clients (50) per phase, one phase after another; WARMUP_CASES (1,000) go through
# first, unreported, so that the JIT has compiled the server's paths. Each call is a different write, so wrk's
# repeated request does not fit: org.tanji.benchmarks.CertificationLoad sends them.
#
#   mvn -q install -DskipTests && bash portal-war/load/certification-load.sh
#
# On PostgreSQL: create an empty database and set TANJI_DB_DRIVER=postgresql, TANJI_DB_URL, TANJI_DB_USER and
# TANJI_DB_PASSWORD (see server.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=server.sh
source portal-war/load/server.sh
model=examples/models/lfp-home-battery-5kwh.json
echo "== warm-up: ${WARMUP_CASES:-1000} cases (not reported)"
java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CertificationLoad "$URL" "$ADMIN_PASSWORD" "$model" \
  "${WARMUP_CASES:-1000}" "${CLIENTS:-50}" warm-up >/dev/null
echo "== ${CASES:-2000} cases, ${CLIENTS:-50} clients"
java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CertificationLoad "$URL" "$ADMIN_PASSWORD" "$model" \
  "${CASES:-2000}" "${CLIENTS:-50}" measured
