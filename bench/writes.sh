# The month-end rush (issue 28), sourced by bench/run.sh --writes (docs/performance.md, "The month-end rush"):
# commune officials of different communes, all at once, log activities (patrols and inspections with participants
# by force, some with a photo) and send their month's report (vn.phoihop.bench.MonthEndRush), while 16 clients read
# four of the pages measured one by one (4 wrk processes x 4 connections). Prints the writes' latencies, the reads'
# and whether every record is in the database exactly once.
#
#   RUSH_OFFICIALS=50 RUSH_ACTIVITIES=10 RUSH_PHOTO_EVERY=3 RUSH_THINK_MS=1000 bench/run.sh --scale national --writes

: "${RUSH_OFFICIALS:=50}" "${RUSH_ACTIVITIES:=10}" "${RUSH_PHOTO_EVERY:=3}" "${RUSH_THINK_MS:=1000}"
: "${RUSH_WARM_OFFICIALS:=10}"

# the pages read during the rush (labels of run.sh's table) and their budgets (p95, ms; docs/performance.md §3)
RUSH_READS=("activities" "dashboard (COMMUNE_OFFICIAL)" "review of a month" "period report 5 y")
declare -A RUSH_BUDGET=(["activities"]=100 ["dashboard (COMMUNE_OFFICIAL)"]=100 ["review of a month"]=100
  ["period report 5 y"]=300)

rush() { # arguments of MonthEndRush
  # shellcheck disable=SC2046
  java -Xmx256m -XX:+UseSerialGC $(bench_tool MonthEndRush) --base="$BASE" --data-dir="$DATA" \
    --photo-every="$RUSH_PHOTO_EVERY" "$@"
}

month_end_rush() {
  echo
  echo "Warm-up of the write paths: $RUSH_WARM_OFFICIALS officials, 5 activities each, 200 ms think time..."
  if ! rush --officials="$RUSH_WARM_OFFICIALS" --activities=5 --think-ms=200 >"$WORK/rush-warm.log" 2>&1; then
    echo "(the warm-up's own check did not pass:)"; grep -v '^  problem' "$WORK/rush-warm.log" | tail -15
  fi
  echo
  echo "Scale: $SCALE, $(nproc) cores; the month-end rush with 16 readers (4 pages x wrk -t1 -c4)"
  echo "$(date -u '+%F %H:%M UTC'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local rc=0 i entry role label path pids=() started=0 steal0 total0
  rush --officials="$RUSH_OFFICIALS" --activities="$RUSH_ACTIVITIES" --think-ms="$RUSH_THINK_MS" \
    >"$WORK/rush.log" 2>&1 &
  local rush_pid=$!
  # the readers start when the client announces its run (it waits 2 s before its first request)
  for _ in $(seq 1 120); do
    if grep -q '^Month-end rush' "$WORK/rush.log" 2>/dev/null || ! kill -0 "$rush_pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  read -r steal0 total0 <<<"$(cpu_steal)"
  for i in "${!PAGES[@]}"; do
    IFS='|' read -r role label path <<<"${PAGES[$i]}"
    BENCH_COOKIES="${COOKIES[$role]}" wrk -t1 -c4 -d3600s --timeout 10s -s bench/report.lua "$BASE$path" \
      >"$WORK/read.$i" 2>&1 &
    pids+=($!)
  done
  wait "$rush_pid" || rc=$?
  # wrk prints its figures (bench/report.lua's RESULT line) when interrupted
  kill -INT "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  local steal; steal="$(steal_since "$steal0" "$total0")"
  # (no line selected is not a failure: run.sh runs under set -e and pipefail, and a run without problems left
  # the script here, before the reads' figures)
  grep -v '^  problem' "$WORK/rush.log" | sed -n '/^Month-end rush/,$p' | grep -v '^writes:' || true
  grep '^  problem' "$WORK/rush.log" | head -10 || true
  echo
  printf '%-40s %8s %8s %8s %8s %7s %7s\n' 'read during the rush (4 connections)' 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' \
    errors budget
  local reads_ok=1 rps p50 p95 p99 errors
  for i in "${!PAGES[@]}"; do
    IFS='|' read -r role label path <<<"${PAGES[$i]}"
    read -r _ rps p50 p95 p99 errors _ <<<"$(awk '$1 == "RESULT"' "$WORK/read.$i")"
    local budget="${RUSH_BUDGET[$label]}"
    if [ -z "$rps" ] || [ "$errors" != 0 ] || ! awk -v p="$p95" -v b="$budget" 'BEGIN { exit !(p <= b) }'; then
      reads_ok=0
    fi
    printf '%-40s %8s %8s %8s %8s %7s %7s\n' "$label" "${rps:--}" "${p50:--}" "${p95:--}" "${p99:--}" "${errors:--}" \
      "$budget"
  done
  echo "steal % during the rush: $steal"
  grep '^writes:' "$WORK/rush.log" || { echo "writes: the client failed (exit $rc):"; tail -20 "$WORK/rush.log"; }
  if [ "$rc" = 0 ] && [ "$reads_ok" = 1 ]; then echo "month-end rush: pass"; else echo "month-end rush: FAIL"; RESULT=1; fi
}
