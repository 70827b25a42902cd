# Reads from a replica (issue 28), sourced by bench/run.sh --replica (docs/performance.md, "Reads from a replica"):
# one app instance, started with a streaming replica of the data set's PostgreSQL as its replica
# (app.replica.urls), drives the pages that may read from a replica with 16 connections, in turns with the replica
# running and stopped (a stopped replica is left out within a second: every read goes to the primary, as without
# one). The replica is a base backup of the running primary made with the embedded binaries
# (vn.phoihop.bench.BenchReplica), in data/bench-<scale>-replica, made again by each run: its replication slot is
# dropped at the end, since a slot left on the primary holds back its VACUUM.
#
#   REPLICA_ROUNDS=2 REPLICA_PORT=18432 bench/run.sh --scale national --replica

: "${REPLICA_ROUNDS:=2}" "${REPLICA_PORT:=18432}"
REPLICA_DIR="$ROOT/data/bench-$SCALE-replica"
REPLICA_PAGES=("dashboard (COMMANDER)" "dashboard (COMMUNE_OFFICIAL)" "dashboard (VIEWER)" "dashboard (ADMIN)"
  "households summary" "period report 5 y" "period report 5 y xlsx" "province report 1 y")
APP_ARGS+=("--app.replica.urls=jdbc:postgresql://localhost:$REPLICA_PORT/postgres?user=postgres")
REPLICA_PID=

replica_start() {
  # shellcheck disable=SC2046
  java -Xmx128m $(bench_tool BenchReplica) --primary-dir="$DATA" --dir="$REPLICA_DIR" --port="$REPLICA_PORT" \
    >"$WORK/replica.log" 2>&1 &
  REPLICA_PID=$!
  STOP_PIDS+=("$REPLICA_PID")
  for _ in $(seq 1 1800); do
    if grep -q '^replica ready' "$WORK/replica.log"; then break; fi
    if ! kill -0 "$REPLICA_PID" 2>/dev/null; then echo "The replica did not start:"; tail -20 "$WORK/replica.log"; exit 1; fi
    sleep 1
  done
  grep -q '^replica ready' "$WORK/replica.log" || { echo "The replica was not ready in 30 minutes"; exit 1; }
  grep '^base backup made' "$WORK/replica.log" || true
  sleep 3 # the app measures its replicas every second and takes one up again when it is no more than 3 s behind
}

replica_stop() {
  kill "$REPLICA_PID" 2>/dev/null || true
  wait "$REPLICA_PID" 2>/dev/null || true
  sleep 3 # left out at the next measurement
}

# CPU jiffies used so far by the PostgreSQL whose data is in $1: the postmaster and its processes (the pools'
# connections live as long as the pools)
pg_jiffies() {
  local pm
  pm="$(head -1 "$1/postmaster.pid" 2>/dev/null)" || { echo 0; return; }
  { echo "$pm"; ps -o pid= --ppid "$pm"; } | while read -r p; do cat "/proc/$p/stat" 2>/dev/null; done \
    | awk '{ t += $14 + $15 } END { print t + 0 }'
}
app_jiffies() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }

replica_round() { # "with" or "without": every page once
  local entry role label path result app0 pri0 rep0 rps p95 errors n
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r role label path <<<"$entry"
    app0="$(app_jiffies)"; pri0="$(pg_jiffies "$DATA")"; rep0="$(pg_jiffies "$REPLICA_DIR")"
    result="$(BENCH_COOKIES="${COOKIES[$role]}" wrk -t2 -c16 -d"${DURATION}s" --timeout 10s -s bench/report.lua \
      "$BASE$path" | awk '$1 == "RESULT"')"
    read -r _ rps _ p95 _ errors n <<<"$result"
    # CPU milliseconds per request: the app, the primary, the replica
    awk -v l="$label" -v w="$1" -v rps="$rps" -v p95="$p95" -v e="$errors" -v n="$n" -v hz="$(getconf CLK_TCK)" \
      -v a="$(( $(app_jiffies) - app0 ))" -v p="$(( $(pg_jiffies "$DATA") - pri0 ))" \
      -v r="$(( $(pg_jiffies "$REPLICA_DIR") - rep0 ))" 'BEGIN {
        k = n > 0 ? 1000 / hz / n : 0
        printf "%-30s %-8s %8s %8s %6s %9.1f %9.1f %9.1f\n", l, w, rps, p95, e, a * k, p * k, r * k
        printf "%s\t%s\t%s\t%s\t%.2f\t%.2f\n", l, w, rps, p95, p * k, r * k >> "'"$WORK/replica.results"'" }'
  done
}

replica_comparison() {
  echo
  echo "Scale: $SCALE, $DURATION s per page and turn, wrk -t2 -c16, $REPLICA_ROUNDS rounds, $(nproc) cores;"
  echo "one app instance; \"with\": a streaming replica on the same machine takes the pages' reads"
  echo "$(date -u '+%F %H:%M UTC'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local steal0 total0; read -r steal0 total0 <<<"$(cpu_steal)"
  printf '%-30s %-8s %8s %8s %6s %9s %9s %9s\n' page replica 'req/s' 'p95 ms' errors 'app ms' 'prim. ms' 'repl. ms'
  local round
  for round in $(seq 1 "$REPLICA_ROUNDS"); do
    # in turns, so that both see the machine alike: without then with, with then without, ...
    if [ $((round % 2)) = 1 ]; then
      replica_round without; replica_start; replica_round with; replica_stop
    else
      replica_start; replica_round with; replica_stop; replica_round without
    fi
  done
  echo "steal %: $(steal_since "$steal0" "$total0"); CPU ms per request of the app, the primary and the replica"
  # the replica's slot, once the replica has reported to it (hot standby feedback), holds the primary's oldest
  # transaction back: VACUUM could no longer mark new rows visible to all, and the index-only reads of every later
  # run (the pages' own) fetched each row from the table (the programme list: 19 ms instead of 1.5 for one read).
  # Dropped here; the next --replica run makes a new base backup (docs/performance.md, "Reads from a replica").
  # shellcheck disable=SC2046
  java -Xmx128m $(bench_tool BenchReplica) --primary-dir="$DATA" --drop
  echo
  echo "Mean over the rounds:"
  printf '%-30s %12s %12s %10s %10s %12s\n' page 'req/s without' 'req/s with' 'p95 without' 'p95 with' 'replica CPU %'
  awk -F'\t' '{ label = $1; key = label SUBSEP $2
         rps[key] += $3; p95[key] += $4; db[key] += $5 + $6; rep[key] += $6; n[key]++
         if (!(label in seen)) { seen[label] = 1; order[++m] = label } }
       END { for (i = 1; i <= m; i++) { l = order[i]; a = l SUBSEP "without"; b = l SUBSEP "with"
               printf "%-30s %12.1f %12.1f %10.1f %10.1f %12.0f\n", l, rps[a] / n[a], rps[b] / n[b], p95[a] / n[a],
                 p95[b] / n[b], (db[b] > 0 ? 100 * rep[b] / db[b] : 0) } }' "$WORK/replica.results"
}
