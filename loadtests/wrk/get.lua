-- Plain closed-loop GET of wrk's URL for wrk 4.1.0 (/health, one API read alone, a static file),
-- counting non-2xx responses per status code. Optional bearer token: the first script argument
-- (wrk ... -s get.lua URL -- FILE) or WRK_TOKEN_FILE names a file whose first line's last word is it.
-- done() prints "WRK_RESULT {json}" for run.sh.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or os.getenv("WRK_TOKEN_FILE")
  local headers = {}
  if file and file ~= "" then
    local f = assert(io.open(file, "r"), "cannot open token file " .. file)
    local line = f:read("*l") or ""
    f:close()
    local token = line:match("(%S+)%s*$")
    assert(token, "no token in " .. file)
    headers["Authorization"] = "Bearer " .. token
  end
  req = wrk.format("GET", nil, headers)
  ok, non2xx, statuses = 0, 0, {}
end

function request()
  return req
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    non2xx = non2xx + 1
    local k = tostring(status)
    statuses[k] = (statuses[k] or 0) + 1
  end
end

function done(summary, latency, requests)
  local o, e, st = 0, 0, {}
  for _, t in ipairs(threads) do
    o = o + (t:get("ok") or 0)
    e = e + (t:get("non2xx") or 0)
    for k, v in pairs(t:get("statuses") or {}) do st[k] = (st[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(st) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
  local er = summary.errors
  io.write(string.format('WRK_RESULT {"script":"get","requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"ok":%d,"non2xx":%d,"statuses":{%s},' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, o, e, table.concat(parts, ","),
    er.connect, er.read, er.write, er.timeout))
end
