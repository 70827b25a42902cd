#!/usr/bin/env bash
# Two builds of the application side by side on the same database, to measure what a change does to the CPU a page
# costs (docs/performance.md, "Changes of 2026-11-27 (seventh part)"). On a shared virtual machine the speed of the
# CPU moves by up to 30 % within minutes, more than most changes; measured in turns, both builds see the same
# machine.
#
#   bench/ab.sh BEFORE.jar AFTER.jar [role|path ...]
#
# BEFORE runs on 18080 with the embedded PostgreSQL of data/bench-national (SCALE=small: data/bench-small); AFTER
# runs on 18081 against that same PostgreSQL. Both get the benchmark's JVM options, are signed in with the same
# sessions (the sessions live in the database) and are warmed until their JIT compiler's queue is empty; then each
# page is driven (wrk -t2 -c16) for DUR seconds (default 6) on one, then the other, ROUNDS times (default 3). It prints,
# per page and build, the application's and PostgreSQL's CPU milliseconds per request (from /proc) and the p95 of
# each turn. Roles: commander (chihuy.d001), commune (xa.x0001), viewer (tinh.p01), admin.
#
# The jars run as production runs them (java -jar), without the benchmark's jar that bench/run.sh adds: this script
# reads no statement counts, so nothing is counted on their connections. Builds before the benchmark's tools left
# the production jar (issue 20) counted every connection's statements themselves, a proxy call per statement.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BEFORE.jar AFTER.jar [role|path ...]" >&2; exit 2; }
A="$(realpath "$1")"; B="$(realpath "$2")"; shift 2
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=("commander|/" "commander|/activities" "commander|/households?q=nguyen" "viewer|/")
ROUNDS="${ROUNDS:-3}"; DUR="${DUR:-6}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DATA="$ROOT/data/bench-${SCALE:-national}"
[ -d "$DATA" ] || { echo "No database in $DATA: run bench/run.sh --scale ${SCALE:-national} first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (bench/run.sh installs it)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/phoihop-ab.XXXXXX)"
JVM=(-Xmx512m -XX:+UseParallelGC -XX:-UseCodeCacheFlushing)
cleanup() { kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
PIDS=()
trap cleanup EXIT

up() { # port pid log
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "The app on $1 did not start:"; tail -30 "$3"; exit 1; }
    sleep 1
  done
  echo "The app on $1 did not answer in time"; exit 1
}
# password only: the second step of commanders and administrators is a sign-in's cost (bench/run.sh)
java "${JVM[@]}" -jar "$A" --app.embedded.data-dir="$DATA" --server.port=18080 --server.address=127.0.0.1 \
  --logging.level.root=WARN --app.security.two-factor-roles= >"$WORK/a.log" 2>&1 &
PIDS+=($!); PA=$!
up 18080 "$PA" "$WORK/a.log"
# the embedded PostgreSQL's port, from its server process's arguments (-D <data folder> ... -p <port>)
PGPORT="$(ps -eo args= | grep "[b]in/postgres -D .*bench-${SCALE:-national}" | grep -o -- '-p [0-9]*' | grep -o '[0-9]*' | head -1)"
[ -n "$PGPORT" ] || { echo "Cannot find the embedded PostgreSQL's port" >&2; exit 1; }
# connected to a database of its own, the app runs as in production and wants the key of two-step sign-in's secrets:
# a fixed one for the benchmark (its sign-ins take the password only, no secret is read)
APP_SECURITY_ENCRYPTION_KEY="$(printf 'bench-only-key-not-a-secret-32b.' | base64)" \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=postgres java "${JVM[@]}" -jar "$B" --server.port=18081 --server.address=127.0.0.1 \
  --logging.level.root=WARN --app.security.two-factor-roles= >"$WORK/b.log" 2>&1 &
PIDS+=($!); PB=$!
up 18081 "$PB" "$WORK/b.log"

sign_in() { # user -> SESSION id
  local jar="$WORK/jar.$RANDOM$RANDOM" token base=http://127.0.0.1:18080
  token="$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=Demo@2026" \
    --data-urlencode "_csrf=$token" "$base/login"
  local s; s="$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)"
  curl -s -o /dev/null -H "Cookie: SESSION=$s" "$base/" # the session's CSRF token, stored once
  echo "$s"
}
declare -A COOKIES
for r in commander:chihuy.d001 commune:xa.x0001 viewer:tinh.p01 admin:admin; do
  s=""; for _ in 1 2 3 4; do s="$s${s:+,}$(sign_in "${r#*:}")"; done; COOKIES[${r%%:*}]="$s"
done
drive() { # port role path seconds -> wrk's RESULT line (bench/report.lua)
  BENCH_COOKIES="${COOKIES[$2]}" wrk -t2 -c16 -d"$4s" --timeout 10s -s bench/report.lua "http://127.0.0.1:$1$3" \
    | awk '$1 == "RESULT"'
}
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pgcpu() { local p=0 x; for x in $(pgrep -x postgres); do p=$((p + $(awk '{ print $14 + $15 }' "/proc/$x/stat" 2>/dev/null || echo 0))); done; echo "$p"; }
queued() { jcmd "$1" Compiler.queue 2>/dev/null | grep -c '::' || true; }

echo "Warming up both..."
for round in 1 2 3 4; do
  for entry in "${PAGES[@]}"; do for port in 18080 18081; do drive "$port" "${entry%%|*}" "${entry#*|}" 4 >/dev/null; done; done
  for _ in $(seq 1 40); do [ "$(( $(queued "$PA") + $(queued "$PB") ))" -eq 0 ] && break; sleep 1; done
done
HZ="$(getconf CLK_TCK)"
printf '%-44s %-6s %9s %9s  %s\n' page build 'app ms' 'pg ms' 'p95 per turn (ms)'
for entry in "${PAGES[@]}"; do
  declare -A J=([a]=0 [b]=0) G=([a]=0 [b]=0) N=([a]=0 [b]=0) Q=([a]="" [b]="")
  for _ in $(seq 1 "$ROUNDS"); do
    for k in a b; do
      if [ "$k" = a ]; then port=18080; pid=$PA; else port=18081; pid=$PB; fi
      j0="$(cpu "$pid")"; g0="$(pgcpu)"
      r="$(drive "$port" "${entry%%|*}" "${entry#*|}" "$DUR")"
      j1="$(cpu "$pid")"; g1="$(pgcpu)"
      J[$k]=$(( ${J[$k]} + j1 - j0 )); G[$k]=$(( ${G[$k]} + g1 - g0 ))
      N[$k]=$(( ${N[$k]} + $(echo "$r" | awk '{ print $7 }') )); Q[$k]="${Q[$k]} $(echo "$r" | awk '{ printf "%.0f", $4 }')"
    done
  done
  for k in a b; do
    name="$(basename "$A")"; [ "$k" = b ] && name="$(basename "$B")"
    awk -v p="$entry" -v n="$name" -v j="${J[$k]}" -v g="${G[$k]}" -v c="${N[$k]}" -v hz="$HZ" -v q="${Q[$k]}" \
      'BEGIN { printf "%-44s %-6s %9.2f %9.2f %s\n", p, substr(n, 1, 6), 1000 * j / hz / c, 1000 * g / hz / c, q }'
  done
done
