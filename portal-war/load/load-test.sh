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
WILDFLY=portal-war/target/wildfly-39.0.1.Final
BASE_DIR=portal-war/target/load/standalone
URL=${URL:-http://localhost:8080}
ADMIN_PASSWORD=load-test-admin-$RANDOM$RANDOM
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-90s}
# the server's heap (standalone.conf's default is 512 MB); JAVA_OPTS replaces all of it
export JAVA_OPTS=${JAVA_OPTS:-"-Xms2g -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"}
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }

if curl -s -o /dev/null "$URL/api/health/live"; then
  echo "something already answers at $URL: stop it first" >&2
  exit 1
fi
rm -rf portal-war/target/load && mkdir -p portal-war/target/load
cp -r "$WILDFLY/standalone" "$BASE_DIR"
cp portal-war/target/portal.war "$BASE_DIR/deployments/"
java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.WriteLoadModel portal-war/target/load/model.json
"$WILDFLY/bin/standalone.sh" -c standalone-microprofile.xml -Djboss.server.base.dir="$(pwd)/$BASE_DIR" \
  -Dtanji.initial-admin-password="$ADMIN_PASSWORD" > portal-war/target/load/server.out 2>&1 &
stop_server() { pkill -f "jboss.server.base.dir=$(pwd)/$BASE_DIR" || true; sleep 3; }
trap stop_server EXIT
for _ in $(seq 1 120); do
  curl -sf "$URL/api/health/ready" >/dev/null 2>&1 && break
  sleep 1
done

server_pid=$(pgrep -f "java.*jboss.server.base.dir=$(pwd)/$BASE_DIR" | head -n 1)
ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
# runs wrk with the given arguments and adds what the run cost: the server's CPU per request and the machine's
# busy and stolen CPU (a noisy neighbour shows as steal)
measured() {
  local before after out machine_before machine_after
  before=$(ticks); machine_before=$(head -n 1 /proc/stat)
  out=$(wrk "$@"); echo "$out"
  after=$(ticks); machine_after=$(head -n 1 /proc/stat)
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  awk -v b="$before" -v a="$after" -v n="$requests" -v hz="$(getconf CLK_TCK)" -v m0="$machine_before" \
    -v m1="$machine_after" 'BEGIN {
      split(m0, x); split(m1, y); total = 0; for (i = 2; i <= 9; i++) total += y[i] - x[i]
      idle = (y[5] - x[5]) + (y[6] - x[6]); steal = y[9] - x[9]
      printf "  server CPU %.1f s = %.2f ms per request; machine busy %.0f %%, steal %.1f %%\n",
        (a - b) / hz, 1000 * (a - b) / hz / n, 100 * (total - idle) / total, 100 * steal / total }'
}

# the first "name":value of a JSON response (the model inside a product has "id"s of its own further on)
json() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | awk 'NR == 1 { sub(/^[^:]*:"?/, ""); print }'; }
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
