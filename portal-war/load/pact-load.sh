#!/usr/bin/env bash
# Load test of the PACT API over HTTPS on loopback with wrk: ListFootprints (a page of 100), ListFootprints filtered
# by a product id, and GetFootprint, CONNECTIONS (50) connections for DURATION (30 s) each after a WARMUP (60 s)
# of each, as one customer granted PRODUCTS (200) certified products' footprints (org.tanji.benchmarks.PactLoadSetup
# certifies and publishes them first).
#
#   mvn -q install -DskipTests && bash portal-war/load/pact-load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-60s}
# shellcheck source=server.sh
source portal-war/load/server.sh
PACT=${PACT:-https://localhost:8443/api/pact}
read -r client secret gtin < <(java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.PactLoadSetup "$URL" \
  "$ADMIN_PASSWORD" examples/models/lfp-home-battery-5kwh.json "${PRODUCTS:-200}")
# the development certificate is self-signed: curl is told not to check it (wrk does not check certificates)
token=$(curl -sfk -u "$client:$secret" -d grant_type=client_credentials "$PACT/auth/token" | json access_token)
id=$(curl -sfk -H "Authorization: Bearer $token" "$PACT/3/footprints?limit=1" | grep -o '"id":"[^"]*' | head -n 1 \
  | cut -d'"' -f4)
paths=("/3/footprints?limit=100" "/3/footprints?productId=$gtin" "/3/footprints/$id")
for path in "${paths[@]}"; do
  wrk -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$WARMUP" -H "Authorization: Bearer $token" "$PACT$path" >/dev/null
done
for path in "${paths[@]}"; do
  echo "== GET $path over HTTPS, ${CONNECTIONS:-50} connections, $DURATION"
  measured -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$DURATION" --latency -H "Authorization: Bearer $token" "$PACT$path"
done
