-- wrk script for deployment/bench/message-load.sh: the no-op baseline, GET /v1/articles/{id}, same output line.
local ids = {}
for id in (os.getenv("NURA_BENCH_ARTICLES") or "16"):gmatch("[^,]+") do ids[#ids + 1] = id end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/v1/articles/" .. ids[(n % #ids) + 1] .. "?lang=ar")
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.status))
end
