-- wrk script: each request a radius+level search around one of the prepared centres;
-- at the end one RESULT line with p50, p99 (ms), throughput and errors.
local paths = {}
for line in io.lines("@PATHS@") do
  paths[#paths + 1] = line
end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter * 7919) % #paths + 1])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT p50 %.2f ms, p99 %.2f ms, %.0f requests/s, %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / seconds,
    summary.requests, errors))
end
