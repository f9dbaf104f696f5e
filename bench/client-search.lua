-- Client search as you type: the htmx request of /clients?q=… by signed-in staff.
-- Q (URL-encoded query) and SESSIONS (session cookie values, comma-separated: one per simulated user, so that
-- users do not queue on one session row) come from the environment; requests take the sessions in turn.
local sessions = {}
for value in string.gmatch(os.getenv("SESSIONS"), "[^,]+") do
  table.insert(sessions, value)
end
local next_session = 0
local path = "/clients?q=" .. os.getenv("Q")

function request()
  next_session = next_session % #sessions + 1
  return wrk.format("GET", path, { ["Cookie"] = "SESSION=" .. sessions[next_session], ["HX-Request"] = "true" })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT q=%s sessions=%d requests=%d req/s=%.1f p50=%.2fms p90=%.2fms p95=%.2fms p99=%.2fms max=%.2fms non2xx3xx=%d socket_errors=%d\n",
    os.getenv("Q"), #sessions, summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
