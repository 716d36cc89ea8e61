-- Coordinator reads for wrk 4.1.0: each thread alternates
--   GET /api/cohorts/<cohort>/assessments/<questionnaire>
--   GET /api/rankings/<ranking>/<edition>
-- as one coordinator (bearer token: first line of the file named by the first script argument or
-- WRK_TOKEN_FILE). WRK_COHORT (default wrk-hot), WRK_QUESTIONNAIRE (samoocena), WRK_RANKING
-- (zielone-finanse/2024) may be set. A "pair" is one successful cohort read plus one successful
-- ranking read (told apart by body: the ranking has "categories", the cohort does not).
-- done() prints "WRK_RESULT {json}"; non-2xx responses are counted per status code.

local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or os.getenv("WRK_TOKEN_FILE")
  local f = assert(io.open(file, "r"), "cannot open token file " .. tostring(file))
  local token = (f:read("*l") or ""):match("(%S+)%s*$")
  f:close()
  assert(token, "no token in " .. file)
  local h = { ["Authorization"] = "Bearer " .. token }
  local cohort = os.getenv("WRK_COHORT") or "wrk-hot"
  local questionnaire = os.getenv("WRK_QUESTIONNAIRE") or "samoocena"
  local ranking = os.getenv("WRK_RANKING") or "zielone-finanse/2024"
  reqs = {
    wrk.format("GET", "/api/cohorts/" .. cohort .. "/assessments/" .. questionnaire, h),
    wrk.format("GET", "/api/rankings/" .. ranking, h),
  }
  step = 0
  cohort_ok, ranking_ok, non2xx, statuses = 0, 0, 0, {}
end

function request()
  step = step + 1
  return reqs[step % 2 + 1]
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    if body and body:find('"categories"', 1, true) then
      ranking_ok = ranking_ok + 1
    else
      cohort_ok = cohort_ok + 1
    end
  else
    common.refused(status)
  end
end

function done(summary, latency, requests)
  common.result("coordinator", threads, summary, latency, { "cohort_ok", "ranking_ok" }, { "cohort_ok", "ranking_ok" })
end
