#!/usr/bin/env bash
# Load test of a running portal on loopback with wrk (Debian package "wrk"): an authenticated GET of a product and
# the synchronous calculation of a 1,000-line BOM, 50 concurrent clients each, 30 s each after a 90 s warm-up of the
# same call (not reported: on 2 cores the JIT needs about two minutes of load to compile WildFly's hot paths; with
# a 15 s warm-up the compiler threads still take a third of the CPU). Then, with the server stopped, the direct
# baseline: carbon-core doing the endpoint's work in JMH on the same cores.
#
#   mvn -q install -DskipTests && bash portal-war/load/load-test.sh
#
# Starts its own WildFly from portal-war/target (separate base directory under target/load, port 8080), sets up an
# exporter through the admin API, runs wrk, stops the server. Needs curl and wrk (installed if missing).
# DURATION, WARMUP, CONNECTIONS, THREADS (wrk's) and JAVA_OPTS (the server's) change the defaults; DIRECT=no skips
# the baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=server.sh
source portal-war/load/server.sh
admin=$(curl -sf -X POST -u "admin:$ADMIN_PASSWORD" "$URL/api/auth/tokens" | json token)
org=$(curl -sf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"legalName":"Load Test Exporter","creditCode":"91330100799655058B","kind":"EXPORTER"}' \
  "$URL/api/organisations" | json id)
curl -sf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"login":"loader","displayName":"Loader","role":"EXPORTER","password":"loader-password-1"}' \
  "$URL/api/organisations/$org/users" >/dev/null
token=$(curl -sf -X POST -u "loader:loader-password-1" "$URL/api/auth/tokens" | json token)
{ printf '{"name":"1,000-line BOM","model":'; cat portal-war/target/load/model.json; printf '}'; } \
  > portal-war/target/load/product.json
product=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data-binary @portal-war/target/load/product.json "$URL/api/products" | json id)
curl -sf -X POST -H "Authorization: Bearer $token" "$URL/api/products/$product/versions" >/dev/null
curl -sf -X POST -H "Authorization: Bearer $token" "$URL/api/products/$product/versions/1/calculations" >/dev/null

wrk -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$WARMUP" -H "Authorization: Bearer $token" "$URL/api/products/$product" \
  >/dev/null
echo "== GET /api/products/$product, 50 connections, $DURATION"
measured -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$DURATION" --latency -H "Authorization: Bearer $token" "$URL/api/products/$product"
cat > portal-war/target/load/calculate.lua <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
LUA
wrk -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$WARMUP" --timeout 30s -s portal-war/target/load/calculate.lua \
  "$URL/api/products/$product/versions/1/calculations" >/dev/null
echo "== POST /api/products/$product/versions/1/calculations (1,000-line BOM), 50 connections, $DURATION"
measured -t${THREADS:-2} -c${CONNECTIONS:-50} -d"$DURATION" --timeout 30s --latency -s portal-war/target/load/calculate.lua \
  "$URL/api/products/$product/versions/1/calculations"

stop_server
if [ "${DIRECT:-yes}" != no ]; then
  echo "== carbon-core direct, same model, 2 threads (JMH): calculateSummarise starts from the parsed model,"
  echo "   parseCalculateSummarise from the stored JSON (what the endpoint does without its parsed-model cache)"
  java -jar benchmarks/target/benchmarks.jar 'DirectCalculation.*Summarise' \
    -jvmArgsAppend -Dtanji.load.model=portal-war/target/load/model.json \
    | grep -E '^(Benchmark|DirectCalculation)'
fi
