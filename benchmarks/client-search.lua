-- Client search as you type: the htmx request of /clients?q=… with a signed-in session.
-- Q (URL-encoded query) and SESSION come from the environment.
wrk.method = "GET"
wrk.path = "/clients?q=" .. os.getenv("Q")
wrk.headers["Cookie"] = "SESSION=" .. os.getenv("SESSION")
wrk.headers["HX-Request"] = "true"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT q=%s requests=%d req/s=%.1f p50=%.2fms p90=%.2fms p95=%.2fms p99=%.2fms max=%.2fms non2xx3xx=%d socket_errors=%d\n",
    os.getenv("Q"), summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
