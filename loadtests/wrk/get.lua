-- Plain closed-loop GET of wrk's URL for wrk 4.1.0 (/health, one API read alone, a static file),
-- counting non-2xx responses per status code. Optional bearer token: the first script argument
-- (wrk ... -s get.lua URL -- FILE) or WRK_TOKEN_FILE names a file whose first line's last word is it.
-- done() prints "WRK_RESULT {json}" for run.sh.

local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

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
  common.count_ok(status)
end

function done(summary, latency, requests)
  common.result("get", threads, summary, latency, { "ok" })
end
