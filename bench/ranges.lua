-- wrk script for bench/ranges.py: GETs of BENCH_PATH, each with a random
-- "Range: bytes=a-b" of BENCH_RANGE bytes (0: the whole file), an optional
-- bearer token, and one JSON line of totals at the end.
local path = os.getenv("BENCH_PATH")
local size = tonumber(os.getenv("BENCH_SIZE"))
local rlen = tonumber(os.getenv("BENCH_RANGE") or "0")
local token = os.getenv("BENCH_TOKEN") or ""
local seed = tonumber(os.getenv("BENCH_SEED") or "1")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  math.randomseed(seed * 1000 + (tid or 0))
  if token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  if rlen > 0 then
    local first = math.random(0, size - rlen)
    wrk.headers["Range"] = string.format("bytes=%d-%d", first, first + rlen - 1)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "bytes": %d, "duration_us": %d, "errors": '
      .. '{"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
      .. '"latency_us": {"mean": %.1f, "p50": %d, "p90": %d, "p99": %d, "max": %d}}\n',
    summary.requests, summary.bytes, summary.duration,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
