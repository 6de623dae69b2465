-- wrk script for bench/run.sh: sends the requests of a prepared file round-robin (each line
-- METHOD<TAB>PATH[<TAB>BODY]) with the bench's bearer token, and prints one RESULT line at the end.
-- @REQUESTS@ and @TOKEN@ are replaced by run.sh.
-- The requests are formatted in init: only then does wrk know the Host header.
local requests = {}
local function load()
  for line in io.lines("@REQUESTS@") do
  local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
  local headers = { ["Authorization"] = "Bearer @TOKEN@" }
  if body == "" then
    body = nil
  else
    headers["Content-Type"] = "application/json"
  end
  requests[#requests + 1] = wrk.format(method, path, headers, body)
  end
end

local counter = 0
local step = 7919
local made = 0
setup = function(thread)
  -- each thread starts somewhere else in the list
  made = made + 1
  thread:set("offset", made * 104729)
end
init = function(args)
  load()
  counter = offset or 0
end

request = function()
  counter = counter + 1
  return requests[(counter * step) % #requests + 1]
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  -- throughput counts only answers below 400: a fast 503 is no search served
  local good = summary.requests - summary.errors.status - errors
  io.write(string.format("RESULT %.3f %.3f %.1f %d %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, good / seconds,
    summary.requests, errors, summary.errors.status))
end
