-- What every wrk script of loadtests/wrk shares: counting non-2xx responses per status code (never hidden)
-- and the "WRK_RESULT {json}" line that run.sh reads. Loaded with dofile next to the script:
--   local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local common = {}

-- Counts a refused response in the thread's globals non2xx and statuses (read back by result()).
function common.refused(status)
  non2xx = non2xx + 1
  local k = tostring(status)
  statuses[k] = (statuses[k] or 0) + 1
end

-- A response of a script whose only counter is `ok`: a 2xx adds to the thread's global ok, anything else is refused.
function common.count_ok(status)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    common.refused(status)
  end
end

-- Prints WRK_RESULT for script `name`: wrk's summary and latency, the threads' non-2xx counts, and the thread
-- counters named in `counters` summed over threads, in that order. `pairs_of`, when given, adds "pairs" as the
-- smaller of those two counters.
function common.result(name, threads, summary, latency, counters, pairs_of)
  local totals, errors, st = {}, 0, {}
  for _, key in ipairs(counters) do totals[key] = 0 end
  for _, t in ipairs(threads) do
    for _, key in ipairs(counters) do totals[key] = totals[key] + (t:get(key) or 0) end
    errors = errors + (t:get("non2xx") or 0)
    for k, v in pairs(t:get("statuses") or {}) do st[k] = (st[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(st) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
  local extra = {}
  for _, key in ipairs(counters) do extra[#extra + 1] = string.format('"%s":%d', key, totals[key]) end
  if pairs_of then
    extra[#extra + 1] = string.format('"pairs":%d', math.min(totals[pairs_of[1]], totals[pairs_of[2]]))
  end
  local er = summary.errors
  io.write(string.format('WRK_RESULT {"script":"%s","requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"non2xx":%d,"statuses":{%s},' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},%s}\n',
    name, summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, errors, table.concat(parts, ","),
    er.connect, er.read, er.write, er.timeout, table.concat(extra, ",")))
end

return common
