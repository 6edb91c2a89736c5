-- wrk script for deployment/bench/message-load.sh: POST /v1/message with varied questions in Arabic, Kurmanji,
-- Sorani and English; about half the requests open a new session, the rest continue one the same connection
-- opened before (with its token), as a chat widget would.
local questions = dofile(os.getenv("NURA_BENCH_QUESTIONS"))
local counter = 0
local session, token

local function quote(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

function init(args)
  math.randomseed(tonumber(os.getenv("NURA_BENCH_SEED") or "7") + counter)
end

request = function()
  counter = counter + 1
  local q = questions[math.random(#questions)]
  local body
  if session ~= nil and counter % 2 == 0 then
    body = '{"session_id":' .. quote(session) .. ',"session_token":' .. quote(token) .. ',"channel":"web","message":' .. quote(q) .. '}'
  else
    body = '{"channel":"web","customer_id":"bench-' .. math.random(1000000) .. '","message":' .. quote(q) .. '}'
  end
  return wrk.format("POST", "/v1/message", {["Content-Type"] = "application/json"}, body)
end

response = function(status, headers, body)
  if status == 200 then
    local s = body:match('"session_id"%s*:%s*"([^"]+)"')
    local t = body:match('"session_token"%s*:%s*"([^"]+)"')
    -- a continued session is kept for one more message only, so no session reaches the per-session limit
    if s and t and counter % 2 == 1 then session, token = s, t end
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.status))
end
