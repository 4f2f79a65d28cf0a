#!/usr/bin/env bash
# Crash test: does every write the portal acknowledged survive `kill -9`? CLIENTS (32) concurrent clients create
# products (and freeze a version of every fourth) as fast as the server answers; after BURST seconds (20) of that,
# the server's JVM is killed with SIGKILL, mid-burst. The server is started again on the same data, and every
# write that was answered 2xx before the kill is looked up: the product with its name, its audit entry, the version.
# Then the audit chain is verified (including its signed checkpoints). ROUNDS (3) kills in a row on the same data,
# each round checking what every round so far acknowledged.
#
#   mvn -q install -DskipTests && bash portal-war/load/crash-test.sh
#
# The default database is the H2 file the README's run command uses. On PostgreSQL: create an empty database and
# set TANJI_DB_DRIVER=postgresql, TANJI_DB_URL, TANJI_DB_USER and TANJI_DB_PASSWORD (see server.sh), e.g.
#
#   su postgres -c "psql -c 'create database tanji_crash owner tanji'"
#   TANJI_DB_DRIVER=postgresql TANJI_DB_URL=jdbc:postgresql://localhost:5432/tanji_crash TANJI_DB_USER=tanji \
#     TANJI_DB_PASSWORD=tanji bash portal-war/load/crash-test.sh
#
# Exits 0 when nothing acknowledged was lost and the chain is intact after every round.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=server.sh
source portal-war/load/server.sh
model=examples/models/lfp-home-battery-5kwh.json
crash() { java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CrashWrites "$@"; }
status=0
for round in $(seq 1 "${ROUNDS:-3}"); do
  acknowledged=portal-war/target/load/acknowledged-$round.txt
  echo "== round $round: ${CLIENTS:-32} clients writing for ${BURST:-20} s, then kill -9"
  if [ "$round" = 1 ]; then setup=write; else setup=write-again; fi
  crash "$setup" "$URL" "$ADMIN_PASSWORD" "$model" "${CLIENTS:-32}" "$acknowledged" &
  writer=$!
  sleep "${BURST:-20}"
  kill -9 "$server_pid"
  wait "$writer" || true
  echo "   killed; $(wc -l < "$acknowledged") writes had been acknowledged; restarting on the same data"
  start_server
  # every write acknowledged in this round and the earlier ones
  crash check "$URL" "$ADMIN_PASSWORD" portal-war/target/load/acknowledged-*.txt || status=1
done
exit $status
