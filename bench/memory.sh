#!/usr/bin/env bash
# Memory of the application and its embedded PostgreSQL, at idle and under load, with the README's JVM settings.
# Starts the packaged application on a populated data directory, waits IDLE_S seconds, samples RSS (JVM, and all
# postgres processes of the data directory), then runs wrk against public and signed-in pages for LOAD (60s) while
# sampling every second, and reports idle and peak RSS.
#
#   bench/memory.sh [PORT=18105] [DATA_DIR=/tmp/qingdan-bench-memory]
#
# Package first (./mvnw -B -ntp package -DskipTests). Environment: JAVA_OPTS, IDLE_S (30), LOAD (60s), WRK (wrk).
set -euo pipefail
PORT=${1:-18105}
DATA_DIR=${2:-/tmp/qingdan-bench-memory}
IDLE_S=${IDLE_S:-30}
LOAD=${LOAD:-60s}
WRK=${WRK:-wrk}
LOG=${LOG:-$DATA_DIR.log}
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
JAR=$(find_jar)
WORK=$(mktemp -d)
trap 'stop_app; rm -rf "$WORK"' EXIT
BASE="http://127.0.0.1:$PORT"

rss_jvm() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status"; }
rss_pg() {
	local pm total=0
	pm=$(postmaster_pid)
	[[ -z $pm ]] && { echo 0; return; }
	for p in $pm $(pgrep -P "$pm"); do
		total=$(( total + $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$p/status" 2>/dev/null || echo 0) ))
	done
	echo "$total"
}
# PostgreSQL shares shared_buffers between its processes, so the sum double-counts; PSS is the fair figure.
pss_pg() {
	local pm total=0
	pm=$(postmaster_pid)
	for p in $pm $(pgrep -P "$pm"); do
		total=$(( total + $(awk '/^Pss:/ {print int($2/1024)}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ))
	done
	echo "$total"
}

echo "jar $JAR, data $DATA_DIR, JAVA_OPTS $JAVA_OPTS"
start_app
wait_healthy 900 || { echo "did not become healthy, see $LOG"; exit 1; }
sleep "$IDLE_S"
echo "idle after ${IDLE_S}s: JVM RSS $(rss_jvm) MB, PostgreSQL RSS (sum) $(rss_pg) MB, PSS $(pss_pg) MB"

token=$(curl -s -c "$WORK/c" -b "$WORK/c" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$WORK/c" -b "$WORK/c" --data-urlencode username=jfb_admin \
	--data-urlencode password=Qingdan@2026demo --data-urlencode "_csrf=$token" "$BASE/login"
session=$(awk '$6 == "QDSESSION" {print $7}' "$WORK/c")

peak_jvm=0; peak_pg=0
(
	"$WRK" -t2 -c20 -d"$LOAD" "$BASE/public/lists" >"$WORK/wrk-public" 2>&1 &
	"$WRK" -t1 -c10 -d"$LOAD" -H "Cookie: QDSESSION=$session" "$BASE/admission/applications" >"$WORK/wrk-apps" 2>&1 &
	"$WRK" -t1 -c10 -d"$LOAD" -H "Cookie: QDSESSION=$session" "$BASE/catalogue" >"$WORK/wrk-cat" 2>&1 &
	wait
) &
load=$!
while kill -0 "$load" 2>/dev/null; do
	j=$(rss_jvm); p=$(pss_pg)
	(( j > peak_jvm )) && peak_jvm=$j
	(( p > peak_pg )) && peak_pg=$p
	sleep 1
done
for f in public apps cat; do
	echo "wrk $f: $(grep -E 'Requests/sec' "$WORK/wrk-$f" | awk '{print $2}') req/s, $(grep -E 'Non-2xx' "$WORK/wrk-$f" || echo 'all 2xx')"
done
echo "under load (peak): JVM RSS $peak_jvm MB, PostgreSQL PSS $peak_pg MB; after: JVM RSS $(rss_jvm) MB"
