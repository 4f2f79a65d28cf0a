# Shared by the load scripts: starts a WildFly of its own from portal-war/target (base directory under
# target/load, port 8080) with a chosen admin password, stops it on exit, and defines `measured` (wrk plus what the
# run cost the server) and `json`. The database is the default H2 file unless TANJI_DB_DRIVER, TANJI_DB_URL,
# TANJI_DB_USER and TANJI_DB_PASSWORD name another (an empty PostgreSQL database: the admin password is set only
# on the first start). SERVER_OPTS adds system properties to the server's command line.
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
# starts the server on what BASE_DIR holds (again, after a crash: the crash test restarts it on the same data)
start_server() {
  "$WILDFLY/bin/standalone.sh" -c standalone-microprofile.xml -Djboss.server.base.dir="$(pwd)/$BASE_DIR" \
    -Dtanji.initial-admin-password="$ADMIN_PASSWORD" ${SERVER_OPTS:-} >> portal-war/target/load/server.out 2>&1 &
  for _ in $(seq 1 120); do
    curl -sf "$URL/api/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  server_pid=$(pgrep -f "java.*jboss.server.base.dir=$(pwd)/$BASE_DIR" | head -n 1)
}
stop_server() { pkill -f "jboss.server.base.dir=$(pwd)/$BASE_DIR" || true; sleep 3; }
trap stop_server EXIT
start_server

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
