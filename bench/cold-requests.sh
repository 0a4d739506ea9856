#!/usr/bin/env bash
# Cold-start deadlock check: restart on a populated data directory (kill -9, so the embedded PostgreSQL is orphaned
# too) and, the moment the HTTP port answers, fire concurrent first requests at cold paths — public pages, the login,
# and signed-in pages that load templates, modules and the screening engine for the first time. A round hangs when
# any request is unanswered after HANG_S seconds. Repeats ROUNDS times; prints per round the slowest first request
# and the status codes, then the totals.
#
#   bench/cold-requests.sh [ROUNDS=50] [PORT=18105] [DATA_DIR=/tmp/qingdan-bench-cold]
#
# Package first (./mvnw -B -ntp package -DskipTests). Environment: JAVA_OPTS, HANG_S (60), PARALLEL (2 per path).
set -euo pipefail
ROUNDS=${1:-50}
PORT=${2:-18105}
DATA_DIR=${3:-/tmp/qingdan-bench-cold}
HANG_S=${HANG_S:-60}
PARALLEL=${PARALLEL:-2}
LOG=${LOG:-$DATA_DIR.log}
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
JAR=$(find_jar)
WORK=$(mktemp -d)
trap 'kill9_app; pm=$(postmaster_pid); [[ -n $pm ]] && kill -INT "$pm" 2>/dev/null; rm -rf "$WORK"' EXIT
BASE="http://127.0.0.1:$PORT"

PUBLIC=(/login /public/lists /public/check /public/register /public/register/check /public/register/report
	/public/lists/versions /actuator/health)
SIGNED_IN=(/ /units /audit /audit/verify /catalogue /catalogue/proposals /admission/applications /admission/burden
	/admission/reports /certificates/requests /certificates/statistics /admin/users /admin/tokens /regions)

# login USER JAR_FILE: form login with the page's CSRF token; prints the HTTP status of the POST.
login() {
	local token
	token=$(curl -s -m "$HANG_S" -c "$2" -b "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
	curl -s -o /dev/null -m "$HANG_S" -w '%{http_code}' -c "$2" -b "$2" \
		--data-urlencode "username=$1" --data-urlencode "password=Qingdan@2026demo" --data-urlencode "_csrf=$token" \
		"$BASE/login"
}

# one PATH [COOKIES]: one request; prints "code seconds path" (code 000 and seconds ≥ HANG_S = unanswered).
one() {
	local out
	out=$(curl -s -o /dev/null -m "$HANG_S" -w '%{http_code} %{time_total}' ${2:+-b "$2"} "$BASE$1" || true)
	echo "${out:-000 $HANG_S} $1"
}

echo "jar $JAR, data $DATA_DIR, port $PORT, log $LOG"
start_app
wait_healthy 900 || { echo "first start did not become healthy, see $LOG"; exit 1; }
echo "populated; starting $ROUNDS rounds"

hangs=0
errors=0
slowest_all=()
for round in $(seq 1 "$ROUNDS"); do
	kill9_app
	rm -f "$WORK"/*
	start_app
	wait_listening 300 || { echo "round $round: the port never answered, see $LOG"; hangs=$((hangs + 1)); continue; }
	t0=$(now_ms)
	pids=()
	for p in "${PUBLIC[@]}"; do
		for i in $(seq 1 "$PARALLEL"); do one "$p" >"$WORK/pub-$i-${p//\//_}" & pids+=($!); done
	done
	for user in jfb_admin sufang; do
		(
			code=$(login "$user" "$WORK/cookies-$user")
			echo "$code 0 login:$user" >"$WORK/login-$user"
			for p in "${SIGNED_IN[@]}"; do one "$p" "$WORK/cookies-$user" >"$WORK/in-$user-${p//\//_}" & done
			wait
		) &
		pids+=($!)
	done
	wait "${pids[@]}"
	elapsed=$(( $(now_ms) - t0 ))
	results=$(cat "$WORK"/pub-* "$WORK"/in-* "$WORK"/login-*)
	unanswered=$(awk '$1 == "000"' <<<"$results" | wc -l)
	failed=$(awk '$1 ~ /^5/' <<<"$results" | wc -l)
	slowest=$(awk '{print $2}' <<<"$results" | sort -n | tail -1)
	codes=$(awk '{print $1}' <<<"$results" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
	slowest_all+=("$slowest")
	(( unanswered > 0 )) && hangs=$((hangs + 1))
	(( failed > 0 )) && errors=$((errors + 1))
	echo "round $round: $(wc -l <<<"$results") requests in $elapsed ms, slowest ${slowest}s, codes $codes$( (( unanswered > 0 )) && echo " HANG: $unanswered unanswered")"
	if (( unanswered > 0 )); then
		jcmd "$APP_PID" Thread.print >"$DATA_DIR-hang-$round.txt" 2>&1 || true
	fi
done
echo "rounds $ROUNDS, rounds with a hang $hangs, rounds with a 5xx $errors"
echo "slowest first request per round (s): median $(printf '%s\n' "${slowest_all[@]}" | median), max $(printf '%s\n' "${slowest_all[@]}" | sort -n | tail -1)"
stop_app
