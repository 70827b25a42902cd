-- wrk script for bench/run.sh: rotates over the signed-in sessions given in BENCH_COOKIES (comma-separated
-- SESSION ids, one per simulated user) and prints one machine-readable line with the latency percentiles.
local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES") or "", "([^,]+)") do
  cookies[#cookies + 1] = c
end
local n = 0

-- A path with NEWDAY in it gets a different date there on every request, of every thread and of every run: a day
-- before 2016-12-31 (before the data sets begin, so the results are those of the path without it), which makes every
-- request a new search (nothing kept from an earlier one). Each thread counts back from a starting day of its own,
-- drawn at random in its own block of 180,000 days for every run of wrk: the warm-up runs and the measured run (and
-- both builds of bench/ab.sh) do not ask for the same days again.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local start = 0
init = function(args)
  math.randomseed(os.time() * 100 + (tid or 1))
  start = ((tid or 1) - 1) * 180000 + math.random(0, 170000)
end

local function civil(days) -- days since 1970-01-01 -> YYYY-MM-DD (H. Hinnant's civil_from_days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400 + (m <= 2 and 1 or 0)
  return string.format("%04d-%02d-%02d", y, m, d)
end

request = function()
  n = n + 1
  local headers = { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" }
  if #cookies > 0 then
    headers["Cookie"] = "SESSION=" .. cookies[(n % #cookies) + 1]
  end
  local path = nil
  if string.find(wrk.path, "NEWDAY", 1, true) then
    -- 17166 = 2016-12-31; each thread counts back from its own starting day (init above)
    path = string.gsub(wrk.path, "NEWDAY", civil(17166 - start - n))
  end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests))
end
