-- Hot path for wrk 4.1.0: JST users alternately save one scale answer and read their assessment.
--   PUT /api/assessments/<questionnaire>/<teryt>/responses/me  {"answers":{"<question>":<0-4>}}
--   GET /api/assessments/<questionnaire>/<teryt>
-- A "pair" is one successful PUT plus one successful GET.
--
-- Tokens: a file with one "<teryt> <bearer token>" per line, named by the first script argument
-- (wrk ... -s hotpath.lua URL -- FILE) or by WRK_TOKENS. WRK_QUESTIONNAIRE (default samoocena) and
-- WRK_QUESTION (default T1.1, a scale question of questionnaires/definitions/samoocena.json) may be set.
-- WRK_ONLY=save sends the saves alone (same users and values, no reads): the cost of a save by itself.
--
-- wrk's Lua API does not say which connection a request goes to, so each thread alternates
-- PUT(u), GET(u), PUT(u+1), GET(u+1), ... over its share of the users (thread k of n takes users
-- k, k+n, k+2n, ...); over a run the mix is exactly half saves, half reads. A response is told
-- apart by its body (the save answers a small {"answered":…,"total":…,"status":…}).
-- done() prints a summary line "WRK_RESULT {json}" that run.sh reads; non-2xx responses are
-- counted per status code and never hidden.

local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local threads = {}
local counter = 0

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local function read_lines(path)
  local f = assert(io.open(path, "r"), "cannot open token file " .. tostring(path))
  local rows = {}
  for line in f:lines() do
    local a, b = line:match("^(%S+)%s+(%S+)")
    if a then rows[#rows + 1] = { a, b } end
  end
  f:close()
  assert(#rows > 0, "no tokens in " .. path)
  return rows
end

function init(args)
  local file = args[1] or os.getenv("WRK_TOKENS")
  local questionnaire = os.getenv("WRK_QUESTIONNAIRE") or "samoocena"
  local question = os.getenv("WRK_QUESTION") or "T1.1"
  local users = read_lines(file)
  local nthreads = tonumber(os.getenv("WRK_THREADS") or "0")
  if not nthreads or nthreads < 1 then nthreads = 1 end
  local mine = {}
  for i = 1 + (thread_index or 0), #users, nthreads do mine[#mine + 1] = users[i] end
  if #mine == 0 then mine = users end
  puts, gets = {}, {}
  for i, u in ipairs(mine) do
    local teryt, token = u[1], u[2]
    local path = "/api/assessments/" .. questionnaire .. "/" .. teryt
    local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
    puts[i] = {}
    for v = 0, 4 do
      puts[i][v] = wrk.format("PUT", path .. "/responses/me", headers,
        '{"answers":{"' .. question .. '":' .. v .. '}}')
    end
    gets[i] = wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
  end
  n = #mine
  step = 0
  stride = (os.getenv("WRK_ONLY") == "save") and 2 or 1
  put_ok, get_ok, non2xx = 0, 0, 0
  statuses = {}
end

function request()
  local u = math.floor(step / 2) % n + 1
  local r
  if step % 2 == 0 then
    r = puts[u][math.floor(step / (2 * n)) % 5]
  else
    r = gets[u]
  end
  step = step + stride
  return r
end

function response_unused(status, headers, body)
  if status >= 200 and status < 300 then
    if body and #body < 512 and body:find('"answered"', 1, true) then
      put_ok = put_ok + 1
    else
      get_ok = get_ok + 1
    end
  else
    common.refused(status)
  end
end

function done(summary, latency, requests)
  common.result("hotpath", threads, summary, latency, { "put_ok", "get_ok" }, { "put_ok", "get_ok" })
end
