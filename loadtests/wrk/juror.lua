-- Jury scoring for wrk 4.1.0: jurors merge scores into their own sheets on one open award edition,
--   PUT /api/awards/<award>/scores/<nominee>  {"<criterion>":<0-10>, ...}
-- Tokens: a file with one "<login> <bearer token>" per juror, named by the first script argument or
-- WRK_TOKENS. WRK_AWARD (award id), WRK_NOMINEES and WRK_CRITERIA (comma-separated ids) must match the
-- edition run.sh defines at setup. Each thread cycles over (juror, nominee) pairs with changing scores.
-- done() prints "WRK_RESULT {json}"; non-2xx responses are counted per status code.

local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local function split(s)
  local out = {}
  for x in (s or ""):gmatch("[^,%s]+") do out[#out + 1] = x end
  return out
end

function init(args)
  local file = args[1] or os.getenv("WRK_TOKENS")
  local f = assert(io.open(file, "r"), "cannot open token file " .. tostring(file))
  local jurors = {}
  for line in f:lines() do
    local login, token = line:match("^(%S+)%s+(%S+)")
    if login then jurors[#jurors + 1] = token end
  end
  f:close()
  assert(#jurors > 0, "no juror tokens in " .. file)
  local award = assert(os.getenv("WRK_AWARD"), "WRK_AWARD not set")
  local nominees = split(os.getenv("WRK_NOMINEES"))
  local criteria = split(os.getenv("WRK_CRITERIA"))
  assert(#nominees > 0 and #criteria > 0, "WRK_NOMINEES / WRK_CRITERIA not set")
  reqs = {}
  local t = thread_index or 0
  for j, token in ipairs(jurors) do
    local h = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
    for k, nominee in ipairs(nominees) do
      for v = 0, 2 do
        local fields = {}
        for c, criterion in ipairs(criteria) do
          fields[c] = string.format('"%s":%d', criterion, (j + k + c + v + t) % 11)
        end
        reqs[#reqs + 1] = wrk.format("PUT", "/api/awards/" .. award .. "/scores/" .. nominee, h,
          "{" .. table.concat(fields, ",") .. "}")
      end
    end
  end
  step = (thread_index or 0) * 7
  ok, non2xx, statuses = 0, 0, {}
end

function request()
  step = step + 1
  return reqs[step % #reqs + 1]
end

function response(status, headers, body)
  common.count_ok(status)
end

function done(summary, latency, requests)
  common.result("juror", threads, summary, latency, { "ok" })
end
