#!/usr/bin/env bash
# Verification API vs plain endpoints with wrk, against an instance that is already running.
#
#   bench/verification-wrk.sh BASE_URL SERIAL
#   e.g. bench/verification-wrk.sh http://127.0.0.1:8080 59ZZAVB9SCNQY2BN79P7
#
# Environment: THREADS (2), CONNECTIONS (50), DURATION (30s), WARMUP (10s), WRK (wrk).
#
# The verification API is rate-limited per client address (qingdan.certificates.verification-burst, default 60, and
# verification-per-second, default 10), and wrk is a single address: start the instance with both raised (e.g.
# --qingdan.certificates.verification-burst=100000000 --qingdan.certificates.verification-per-second=100000000), or
# most answers are 429 — the script reports the non-2xx count of every run so that this cannot go unnoticed.
# For a self-contained run (fresh database, demo data, CPU accounting, in-process profile) use
# cn.qingdan.certificate.VerificationWrkBenchmark instead (README, "Benchmarks").
set -euo pipefail

if [[ $# -ne 2 ]]; then
	sed -n '2,15p' "$0"
	exit 2
fi
BASE=${1%/}
SERIAL=$2
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
WRK=${WRK:-wrk}

declare -A PATHS=(
	[plain-route]="/api/v1/certificates/none/verification"
	[plain-health]="/actuator/health"
	[plain-static]="/img/logo.svg"
	[verification]="/api/v1/certificates/${SERIAL}/verification"
)
ORDER=(plain-route plain-health plain-static verification)

answer=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${PATHS[verification]}") || true
echo "GET ${PATHS[verification]} -> $answer (expect 200; 404 = unknown serial, 429 = rate limit not raised)"

# wrk's latency figures in ms
to_ms() {
	awk -v v="$1" 'BEGIN {
		if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
		else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
		else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
		else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
		else printf "?" }'
}

declare -A RPS
printf '\n| endpoint | req/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors | load after |\n|---|---|---|---|---|---|---|---|\n'
for name in "${ORDER[@]}"; do
	url="$BASE${PATHS[$name]}"
	"$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" > /dev/null
	out=$("$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
	rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
	p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' <<< "$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
	non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<< "$out")
	socket=$(awk -F': ' '/Socket errors:/ { print $2 }' <<< "$out")
	RPS[$name]=$rps
	printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p90" "$p99" "${non2xx:-0}" \
		"${socket:-–}" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
done
echo
for plain in plain-route plain-health plain-static; do
	awk -v v="${RPS[verification]}" -v p="${RPS[$plain]}" -v n="$plain" \
		'BEGIN { printf "verification / %-12s = %.3f  (requirement >= 0.5)\n", n, v / p }'
done
