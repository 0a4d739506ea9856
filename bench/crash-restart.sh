#!/usr/bin/env bash
# Crash to healthy: kill -9 the JVM (the embedded PostgreSQL is left running as an orphan), start again on the same
# populated data directory, and time until /actuator/health answers 200. Repeats ROUNDS times; prints every time and
# the median. Optionally kills the database alone too (DB_KILLS=1): the application must restart it by itself.
#
#   bench/crash-restart.sh [ROUNDS=10] [PORT=18105] [DATA_DIR=/tmp/qingdan-bench-crash]
#
# Builds nothing: package first (./mvnw -B -ntp package -DskipTests). The first start populates the data directory
# with the demo county (not timed). Environment: JAVA_OPTS (default: the README's memory settings), TIMEOUT (180 s).
set -euo pipefail
ROUNDS=${1:-10}
PORT=${2:-18105}
DATA_DIR=${3:-/tmp/qingdan-bench-crash}
TIMEOUT=${TIMEOUT:-180}
LOG=${LOG:-$DATA_DIR.log}
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
JAR=$(find_jar)
trap 'kill9_app; pm=$(postmaster_pid); [[ -n $pm ]] && kill -INT "$pm" 2>/dev/null; true' EXIT

echo "jar $JAR, data $DATA_DIR, port $PORT, log $LOG, JAVA_OPTS $JAVA_OPTS"
start_app
t0=$(now_ms)
wait_healthy 900 || { echo "first start did not become healthy, see $LOG"; exit 1; }
echo "first start (populating if empty): $(( $(now_ms) - t0 )) ms"

times=()
cpus=()
failures=0
for round in $(seq 1 "$ROUNDS"); do
	before=$(postmaster_pid)
	kill9_app
	orphan=no
	[[ -n $before ]] && kill -0 "$before" 2>/dev/null && orphan=yes
	t0=$(now_ms)
	start_app
	if wait_healthy "$TIMEOUT"; then
		ms=$(( $(now_ms) - t0 ))
		cpu=$(cpu_ms "$APP_PID")
		times+=("$ms")
		cpus+=("$cpu")
		echo "round $round: healthy after $ms ms, JVM CPU $cpu ms, load $(cut -d' ' -f1 /proc/loadavg) (orphan postmaster left by the crash: $orphan)"
	else
		failures=$((failures + 1))
		echo "round $round: NOT healthy within $TIMEOUT s (orphan: $orphan), see $LOG"
		kill9_app
		start_app
		wait_healthy 600 || { echo "could not recover"; exit 1; }
	fi
done

if [[ ${DB_KILLS:-0} == 1 ]]; then
	pm=$(postmaster_pid)
	t0=$(now_ms)
	kill -9 "$pm"
	worst=200
	deadline=$(( $(date +%s) + TIMEOUT ))
	while (( $(date +%s) < deadline )); do
		code=$(health_code)
		[[ $code != 200 ]] && worst=$code
		[[ $(postmaster_pid) != "$pm" && $code == 200 ]] && break
		sleep 0.2
	done
	echo "database killed alone: a new postmaster answers and health is 200 after $(( $(now_ms) - t0 )) ms (worst health answer meanwhile: $worst)"
fi

echo "crash to healthy over ${#times[@]} rounds (ms): ${times[*]}"
echo "JVM CPU time to healthy (ms): median $(printf '%s\n' "${cpus[@]}" | median)"
echo "median $(printf '%s\n' "${times[@]}" | median) ms, min $(printf '%s\n' "${times[@]}" | sort -n | head -1), max $(printf '%s\n' "${times[@]}" | sort -n | tail -1), failures $failures"
stop_app
