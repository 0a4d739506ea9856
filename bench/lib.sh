# Shared by the reliability scripts in bench/: start the packaged application on a data directory, wait for health,
# kill it the hard way. Source it; set JAR, PORT, DATA_DIR, LOG first.
#
# JAVA_OPTS defaults to the memory settings the README recommends for a 4 GB county server. The application is
# started the way the README says to run it in production, bin/qingdan (extracted jar with the AOT class cache; the
# first start of a new jar includes the cache's training run); LAUNCH=jar starts plain `java -jar` instead.
JAVA=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
LAUNCH=${LAUNCH:-bin}
APP_PID=

find_jar() {
	local jar
	jar=$(ls -t "$(dirname "$0")"/../target/qingdan-*.jar 2>/dev/null | grep -v original | head -1 || true)
	if [[ -z $jar ]]; then
		echo "no target/qingdan-*.jar: build it first with ./mvnw -B -ntp package -DskipTests" >&2
		exit 2
	fi
	echo "$jar"
}

now_ms() { date +%s%3N; }

# start_app: starts the JVM in the background (APP_PID), appending its output to LOG.
start_app() {
	local args=(--server.port="$PORT" --qingdan.data-dir="$DATA_DIR" --logging.level.root=warn --logging.level.cn.qingdan=info "$@")
	if [[ $LAUNCH == jar ]]; then
		# shellcheck disable=SC2086
		"$JAVA" $JAVA_OPTS -jar "$JAR" "${args[@]}" >>"$LOG" 2>&1 &
	else
		JAVA="$JAVA" JAVA_OPTS="$JAVA_OPTS" QINGDAN_JAR="$JAR" "$(dirname "${BASH_SOURCE[0]}")/../bin/qingdan" "${args[@]}" >>"$LOG" 2>&1 &
	fi
	APP_PID=$! # bin/qingdan ends in exec: the JVM's pid
}

# health_code: the HTTP status of /actuator/health (000 when nothing answers).
health_code() {
	curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" || true
}

# wait_healthy TIMEOUT_S: waits until /actuator/health answers 200; returns 1 on timeout or if the JVM died.
wait_healthy() {
	local deadline=$(( $(date +%s) + $1 ))
	while (( $(date +%s) < deadline )); do
		[[ $(health_code) == 200 ]] && return 0
		kill -0 "$APP_PID" 2>/dev/null || return 1
		sleep 0.2
	done
	return 1
}

# wait_listening TIMEOUT_S: waits until the HTTP port answers anything.
wait_listening() {
	local deadline=$(( $(date +%s) + $1 ))
	while (( $(date +%s) < deadline )); do
		[[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true) != 000 ]] && return 0
		kill -0 "$APP_PID" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

kill9_app() {
	if [[ -n $APP_PID ]]; then kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	APP_PID=
	return 0
}

stop_app() {
	if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	APP_PID=
	return 0
}

# postmaster_pid: the pid in the embedded server's postmaster.pid (empty when none).
postmaster_pid() {
	head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true
}

# cpu_ms PID: CPU time (user + system) the process has used so far, in ms (load-independent cost of a start).
cpu_ms() {
	local tck
	tck=$(getconf CLK_TCK)
	awk -v t="$tck" '{print int(($14 + $15) * 1000 / t)}' "/proc/$1/stat" 2>/dev/null || echo 0
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
