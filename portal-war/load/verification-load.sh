#!/usr/bin/env bash
# Load test of the public verification API on loopback with wrk: a certificate looked up by its number and by its
# label's code, 50 connections (CONNECTIONS), DURATION (30 s) each after a WARMUP (60 s) of each. The per-address rate
# limit is raised for the run (all requests come from 127.0.0.1); the one certificate comes from a single case of
# org.tanji.benchmarks.CertificationLoad.
#
#   mvn -q install -DskipTests && bash portal-war/load/verification-load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export SERVER_OPTS="-Dtanji.public.rate=1000000"
WARMUP=${WARMUP:-60s}
# shellcheck source=server.sh
source portal-war/load/server.sh
java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CertificationLoad "$URL" "$ADMIN_PASSWORD" \
  examples/models/lfp-home-battery-5kwh.json 1 1 verification >/dev/null
number=$(curl -sf "$URL/api/public/register?size=1" | grep -o '"number":"[^"]*' | head -n 1 | cut -d'"' -f4)
code=$(curl -sf "$URL/api/public/certificates/$number" | json verificationToken)
paths=("/api/public/certificates/$number" "/api/public/verification/$code")
# both warmed before either is measured: the JIT needs minutes on two cores, and the second path measured would
# otherwise gain from the first one's warm-up
for path in "${paths[@]}"; do
  wrk -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$WARMUP" "$URL$path" >/dev/null
done
for path in "${paths[@]}"; do
  echo "== GET $path, ${CONNECTIONS:-50} connections, $DURATION"
  measured -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$DURATION" --latency "$URL$path"
done
