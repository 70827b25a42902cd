#!/usr/bin/env bash
# The benchmark of issue 8 (docs/performance.md): starts the app (-Xmx512m) on a prepared database, signs in as
# each role, warms up, then drives 16 concurrent connections (wrk -t2 -c16) for a fixed time against each key page,
# and prints page, req/s, p50/p95/p99 (ms), SQL statements per request, errors, the JIT compiler's CPU seconds during
# the page's measurement, then the app's peak RSS.
#
#   bench/run.sh [--scale small|national] [--duration SECONDS] [--writes | --replica]
#   BENCH_PAGES="agreements;situation register" bench/run.sh --scale national   (those pages only)
#
# --writes: the month-end rush instead of the pages one by one: commune officials log activities and send their
# month's report while 16 clients read (bench/writes.sh). --replica: the pages that may read from a replica, with and
# without a streaming replica of the data set (bench/replica.sh). docs/performance.md says how to read both.
#
# The database lives in data/bench-<scale> (embedded PostgreSQL); it is generated first when that folder is empty
# (small: about 40 s; national: see docs/performance.md). Everything binds to 127.0.0.1.
set -euo pipefail

SCALE=small
DURATION=
MODE=pages
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --writes) MODE=writes; shift ;;
    --replica) MODE=replica; shift ;;
    *) echo "usage: $0 [--scale small|national] [--duration SECONDS] [--writes | --replica]" >&2; exit 2 ;;
  esac
done
case "$SCALE" in small) : "${DURATION:=4}"; WARM=1; SETTLE=1; SETTLE_ROUNDS=0 ;;
  national) : "${DURATION:=10}"; WARM=10; SETTLE=3; SETTLE_ROUNDS=8 ;;
  *) echo "--scale small|national" >&2; exit 2 ;; esac

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DATA="$ROOT/data/bench-$SCALE"
PORT="${BENCH_PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/phoihop-bench.XXXXXX)"
SESSIONS_PER_ROLE=4
APP_PID=
# more arguments for the app: BENCH_APP_ARGS (e.g. "--app.read-lane.enabled=false"), bench/replica.sh's replica
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:-}"
STOP_PIDS=()  # more processes to stop at the end (bench/replica.sh: the replica)

cleanup() {
  local pid
  for pid in "${STOP_PIDS[@]}" "$APP_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)..."
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null || { sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; }; fi
fi

JAR="$(ls target/phoihop-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
BENCH_JAR="$(ls target/bench/phoihop-*-bench.jar 2>/dev/null | head -1 || true)"
if [ -z "$JAR" ] || [ -z "$BENCH_JAR" ]; then
  echo "Building the jars..."
  ./mvnw -q -B -o -DskipTests package
  JAR="$(ls target/phoihop-*.jar | grep -v -- '-plain' | head -1)"
  BENCH_JAR="$(ls target/bench/phoihop-*-bench.jar | head -1)"
fi
# The production jar as it ships, started with the benchmark's own jar added (Spring Boot's PropertiesLauncher,
# loader.path): vn.phoihop.bench.BenchApplication is the application plus the statement counter behind the SQL
# column (X-Sql-Statements) and the data generator, none of which is in the production jar (docs/architecture.md)
BENCH_APP=(-cp "$JAR" -Dloader.path="$BENCH_JAR" -Dloader.main=vn.phoihop.bench.BenchApplication
  org.springframework.boot.loader.launch.PropertiesLauncher)
bench_tool() { # main class of the benchmark's jar -> the java arguments that start it (bench/writes.sh, replica.sh)
  echo -cp "$JAR" -Dloader.path="$BENCH_JAR" -Dloader.main="vn.phoihop.bench.$1" \
    org.springframework.boot.loader.launch.PropertiesLauncher
}
case "$MODE" in writes) source bench/writes.sh ;; replica) source bench/replica.sh ;; esac

if [ ! -d "$DATA" ] || [ -z "$(ls -A "$DATA" 2>/dev/null)" ]; then
  echo "Generating the $SCALE data set in $DATA ..."
  java -Xmx512m "${BENCH_APP[@]}" --app.generate="$SCALE" --app.embedded.data-dir="$DATA"
fi

echo "Starting the app (-Xmx512m) on $BASE ..."
# the sessions sign in with their password only: the second step that commanders and administrators must take
# (app.security.two-factor-roles) is a sign-in's cost, not a page's, and its codes cannot be typed by a script.
# The parallel collector, as in production (docs/deployment.md): on 2 cores G1's concurrent work took 10-20 % of the
# throughput of the pages (docs/performance.md, "ParallelGC"); compiled code kept while the code cache has room (Java
# 17 threw away the code of the pages measured earlier and compiled it again; "-XX:-UseCodeCacheFlushing")
java -Xmx512m -XX:+UseParallelGC -XX:-UseCodeCacheFlushing "${BENCH_APP[@]}" --app.embedded.data-dir="$DATA" \
  --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN --app.security.two-factor-roles= \
  "${APP_ARGS[@]}" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app did not start:"; tail -40 "$WORK/app.log"; exit 1; fi
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "The app did not answer in time"; tail -40 "$WORK/app.log"; exit 1; }

# sign in: GET /login (CSRF token + SESSION cookie), POST /login; prints the SESSION id
sign_in() {
  local user="$1" jar="$WORK/jar.$RANDOM$RANDOM" token
  token="$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=Demo@2026" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1
}
sessions() { # user -> comma-separated SESSION ids, one per simulated user
  local out="" s
  for _ in $(seq 1 "$SESSIONS_PER_ROLE"); do
    s="$(sign_in "$1")"
    # signed in: the dashboard answers (a sign-in still waiting for a step or refused is sent to /login...)
    [ -n "$s" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$s" "$BASE/")" = 200 ] \
      || { echo "sign-in failed for $1" >&2; exit 1; }
    out="$out${out:+,}$s"
  done
  echo "$out"
}

if [ "$SCALE" = small ]; then POST=D001; COMMUNE=X0001; PROVINCE=P01; else POST=D001; COMMUNE=X0001; PROVINCE=P01; fi
post_l="$(echo "$POST" | tr 'A-Z' 'a-z')"; commune_l="$(echo "$COMMUNE" | tr 'A-Z' 'a-z')"
province_l="$(echo "$PROVINCE" | tr 'A-Z' 'a-z')"
echo "Signing in ($SESSIONS_PER_ROLE sessions per role)..."
declare -A COOKIES
COOKIES[commander]="$(sessions "chihuy.$post_l")"
COOKIES[commune]="$(sessions "xa.$commune_l")"
COOKIES[viewer]="$(sessions "tinh.$province_l")"
COOKIES[admin]="$(sessions admin)"

first() { # role path pattern -> first link on the page matching pattern
  curl -s -H "Cookie: SESSION=${COOKIES[$1]%%,*}" "$BASE$2" | grep -o "$3" | head -1
}
ACTIVITY="$(first commander /activities 'href="/activities/[0-9]*"' | grep -o '[0-9]*' || true)"
HOUSEHOLD="$(first commander '/households?q=nguyen' 'href="/households/[0-9]*"' | grep -o '[0-9]*' || true)"
PLAN="$(first commander /plans 'href="/plans/[0-9]*"' | grep -o '[0-9]*' || true)"
PROGRAMME="$(first commander /programmes 'href="/programmes/[0-9]*"' | grep -o '[0-9]*' || true)"
SITUATION_ITEM="$(first commander /situation 'href="/situation/[0-9]*"' | grep -o '[0-9]*' || true)"
MARKER="$(first commander /border 'href="/border/markers/[0-9]*"' | grep -o '[0-9]*' || true)"
YEAR_AGO="$(date -d '-1 year' +%F)"; TODAY="$(date +%F)"; FIVE_YEARS="$(date -d '-5 years' +%F)"
MONTH="$(date -d '-1 month' +%Y-%m)"
# the completeness report's year: the twelve months to last month
FIRST_MONTH="$(date -d "$(date +%Y-%m-15) -12 months" +%Y-%m)"; LAST_MONTH="$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)"

# role|label|path
PAGES=(
  "commander|dashboard (COMMANDER)|/"
  "commune|dashboard (COMMUNE_OFFICIAL)|/"
  "viewer|dashboard (VIEWER)|/"
  "admin|dashboard (ADMIN)|/"
  "commander|activities|/activities"
  "commander|activities, page 40|/activities?page=40"
  "commander|activities, filtered|/activities?type=PATROL&from=$YEAR_AGO&to=$TODAY"
  "commander|activities, text|/activities?q=tuan%20tra"
  "commander|activities, text, new|/activities?q=tuan%20tra&from=NEWDAY"
  "commander|activities, text, new: totals|/activities/totals?q=tuan%20tra&from=NEWDAY"
  "commune|activities (COMMUNE_OFFICIAL)|/activities"
  "commander|activity detail|/activities/$ACTIVITY"
  "commander|households?q=nguyen|/households?q=nguyen"
  "commander|households?q=Nguyễn|/households?q=Nguy%E1%BB%85n"
  "commander|household detail|/households/$HOUSEHOLD"
  "commander|households summary|/households/summary"
  "commander|agreements|/agreements"
  "commander|review of a month|/reviews/$POST/$MONTH"
  "commander|period report 5 y|/reports/period?post=$POST&from=$FIVE_YEARS&to=$TODAY"
  "commander|period report 5 y xlsx|/reports/period?post=$POST&from=$FIVE_YEARS&to=$TODAY&format=xlsx"
  "viewer|province report 1 y|/reports/period?province=$PROVINCE&from=$YEAR_AGO&to=$TODAY"
  "commander|plans|/plans"
  "commander|plan of a year|/plans/$PLAN"
  "commander|calendar of a month|/calendar?month=$MONTH"
  "commune|calendar (COMMUNE_OFFICIAL)|/calendar?month=$MONTH"
  "commander|programmes|/programmes"
  "viewer|programmes (VIEWER)|/programmes"
  "commander|programme detail|/programmes/$PROGRAMME"
  "commander|plan completion of a month|/plans/completion?post=$POST&month=$MONTH"
  "commander|situation register|/situation"
  "commune|situation register (COMMUNE_OFFICIAL)|/situation"
  "commander|situation item|/situation/$SITUATION_ITEM"
  "commander|border segment|/border"
  "commander|border marker|/border/markers/$MARKER"
  "commander|notifications|/notifications"
  "commune|notifications (COMMUNE_OFFICIAL)|/notifications"
  "commander|notification bell|/notifications/bell"
  "commander|completeness post 1 y|/reports/completeness?post=$POST&from=$FIRST_MONTH&to=$LAST_MONTH"
  "viewer|completeness province 1 y|/reports/completeness?province=$PROVINCE&from=$FIRST_MONTH&to=$LAST_MONTH"
)

# the scenarios warm up and measure only their own pages (labels above)
only_pages() {
  local keep=() entry label want
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r _ label _ <<<"$entry"
    for want in "$@"; do if [ "$label" = "$want" ]; then keep+=("$entry"); fi; done
  done
  PAGES=("${keep[@]}")
}
case "$MODE" in writes) only_pages "${RUSH_READS[@]}" ;; replica) only_pages "${REPLICA_PAGES[@]}" ;; esac
# BENCH_PAGES="label;label;…" measures those pages only (a short run of the pages a change is about, with one or two
# old pages beside them to compare with the last full run)
if [ -n "${BENCH_PAGES:-}" ]; then IFS=';' read -ra WANTED <<<"$BENCH_PAGES"; only_pages "${WANTED[@]}"; fi

echo "Warming up..."
# every session's first page, one at a time: a session's first page stores its CSRF token in the session, and two
# first requests of one session at the same time both insert it (Spring Session JDBC: duplicate key, a 500)
for role in "${!COOKIES[@]}"; do
  IFS=',' read -r -a ids <<<"${COOKIES[$role]}"
  for id in "${ids[@]}"; do curl -s -o /dev/null -H "Cookie: SESSION=$id" "$BASE/" || true; done
done
# a path with NEWDAY (see bench/report.lua) as curl asks it: a day of the 19th century, a new one each time
fresh() { echo "${1//NEWDAY/$(date -d "1800-01-01 + $((RANDOM % 30000 + RANDOM % 3000)) days" +%F)}"; }
for entry in "${PAGES[@]}"; do
  IFS='|' read -r role label path <<<"$entry"
  for _ in 1 2 3; do curl -s -o /dev/null -H "Cookie: SESSION=${COOKIES[$role]%%,*}" "$BASE$(fresh "$path")" || true; done
done
# then every page under load for a while: the JIT compiles the rendering and query paths of each page (on 2 cores the
# compiler threads took a quarter of the CPU during the first measurements), as on a server that has been up a while.
# National scale: 10 s per page; the activity log went from 49 to 93 requests/s over its first 80 s of load while C2
# compiled, so 3 s measured a server still warming up (docs/performance.md, "Warm-up")
warm_round() { # seconds per page
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r role label path <<<"$entry"
    BENCH_COOKIES="${COOKIES[$role]}" wrk -t2 -c16 -d"$1s" -s bench/report.lua "$BASE$path" >/dev/null 2>&1 || true
  done
}
# CPU seconds the JIT compiler threads (C1, C2) have used so far, from /proc (Linux)
jit_seconds() {
  local t total=0
  for t in /proc/"$APP_PID"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) total=$((total + $(awk '{ print $14 + $15 }' "$t/stat"))) ;;
    esac
  done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}
# the machine's CPU time so far, from /proc/stat: "steal total" in jiffies. Steal is the time the hypervisor gave this
# virtual machine's CPUs to others: on a shared host it moves every figure (11-26 % in one run, docs/performance.md)
cpu_steal() { awk '$1 == "cpu" { t = 0; for (i = 2; i <= 9; i++) t += $i; print $9, t }' /proc/stat; }
steal_since() { # percentage of the CPU time since cpu_steal gave "$1 $2" that was stolen
  cpu_steal | awk -v s0="$1" -v t0="$2" '{ d = $2 - t0; printf "%.0f", (d > 0 ? 100 * ($1 - s0) / d : 0) }'
}
jit_since() { awk -v a="$(jit_seconds)" -v b="$1" 'BEGIN { printf "%.1f", a - b }'; } # CPU seconds since jit_seconds gave $1
warm_round "$WARM"
# Then more rounds over every page until the JIT compiler is quiet. On 2 cores its one C2 thread shares the CPU with
# the requests and PostgreSQL, so the pages' code (40,000 methods compiled) waited minutes in its queue: the pages
# measured first ran partly interpreted or at C1 while C2 took 10-15 % of the app's CPU; a server that has been up for
# a while has compiled them (docs/performance.md, "Warm-up"). A round is every page under load for SETTLE s, then up
# to 30 s idle for the compiler's queue to drain; until the compiler used less than 5 % of a round's CPU time (2
# cores), at most SETTLE_ROUNDS rounds.
if [ -d "/proc/$APP_PID/task" ]; then
  for round in $(seq 1 "$SETTLE_ROUNDS"); do
    jit0="$(jit_seconds)"; t0="$(date +%s)"
    warm_round "$SETTLE"
    for _ in $(seq 1 30); do
      jcmd "$APP_PID" Compiler.queue 2>/dev/null | grep -q '::' || break
      sleep 1
    done
    jit="$(jit_since "$jit0")"; wall="$(( $(date +%s) - t0 ))"
    echo "warm-up round $round: the JIT compiler used $jit s of CPU in $wall s"
    if awk -v j="$jit" -v w="$wall" -v n="$(nproc)" 'BEGIN { exit !(j < 0.05 * w * n) }'; then break; fi
  done
fi

page_table() {
echo
echo "Scale: $SCALE, $DURATION s per page, wrk -t2 -c16, $SESSIONS_PER_ROLE sessions per role, $(nproc) cores"
echo "$(date -u '+%F %H:%M UTC'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %8s %8s %8s %8s %6s %7s %6s %7s\n' page 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' 'SQL' errors 'JIT s' 'steal %'
for entry in "${PAGES[@]}"; do
  IFS='|' read -r role label path <<<"$entry"
  code_sql="$(curl -s -o /dev/null -D - -w 'CODE %{http_code}\n' -H "X-Count-Sql: 1" -H "Cookie: SESSION=${COOKIES[$role]%%,*}" "$BASE$(fresh "$path")" \
    | tr -d '\r' | awk 'tolower($1) == "x-sql-statements:" { sql = $2 } $1 == "CODE" { code = $2 } END { print code, sql }')"
  code="${code_sql%% *}"; sql="${code_sql#* }"
  if [ "$code" = 404 ]; then printf '%-34s %s\n' "$label" "(no such route yet: 404, skipped)"; continue; fi
  if [ "$code" != 200 ]; then printf '%-34s %s\n' "$label" "(answers $code, skipped)"; continue; fi
  jit0="$(jit_seconds)"; read -r steal0 total0 <<<"$(cpu_steal)"
  result="$(BENCH_COOKIES="${COOKIES[$role]}" wrk -t2 -c16 -d"${DURATION}s" --timeout 10s -s bench/report.lua "$BASE$path" \
    | awk '$1 == "RESULT"')"
  # the statements of a request right after the load, as the measured requests had them: counted before, a page could
  # include reloading an entry of the territory cache that expired while other pages were measured (the territory cache)
  sql="$(curl -s -o /dev/null -D - -H "X-Count-Sql: 1" -H "Cookie: SESSION=${COOKIES[$role]%%,*}" "$BASE$(fresh "$path")" \
    | tr -d '\r' | awk 'tolower($1) == "x-sql-statements:" { print $2 }')"
  jit="$(jit_since "$jit0")"; steal="$(steal_since "$steal0" "$total0")"
  read -r _ rps p50 p95 p99 errors _ <<<"$result"
  printf '%-34s %8s %8s %8s %8s %6s %7s %6s %7s\n' "$label" "$rps" "$p50" "$p95" "$p99" "${sql:--}" "$errors" "$jit" \
    "$steal"
done
}
case "$MODE" in pages) page_table ;; writes) month_end_rush ;; replica) replica_comparison ;; esac
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; other processes on the machine count too)"
echo "App peak RSS (VmHWM, heap limit -Xmx512m): $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP_PID/status)"

# The reminder run of a whole day (issue 26: under a minute at national scale), once the app above has stopped: the
# same database, the benchmark's entry point with --app.bench.reminders (vn.phoihop.bench.ReminderRun), which removes
# today's stored reminders, runs the day's reminders twice (all new, then nothing new) and prints both times. After
# the pages only (the scenarios of --writes and --replica measure something else).
kill "$APP_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
APP_PID=
if [ "$MODE" = pages ]; then
  echo
  java -Xmx512m -XX:+UseParallelGC "${BENCH_APP[@]}" --app.embedded.data-dir="$DATA" --app.bench.reminders=today \
    --logging.level.root=WARN 2>&1 | awk '$1 == "RESULT"'
fi
exit "${RESULT:-0}"
