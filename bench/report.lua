-- wrk script for bench/run.sh: rotates over the signed-in sessions given in BENCH_COOKIES (comma-separated
-- SESSION ids, one per simulated user) and prints one machine-readable line with the latency percentiles.
local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES") or "", "([^,]+)") do
  cookies[#cookies + 1] = c
end
local n = 0

request = function()
  n = n + 1
  local headers = { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" }
  if #cookies > 0 then
    headers["Cookie"] = "SESSION=" .. cookies[(n % #cookies) + 1]
  end
  return wrk.format("GET", nil, headers)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests))
end
