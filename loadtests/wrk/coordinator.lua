-- Coordinator reads for wrk 4.1.0: each thread alternates
--   GET /api/cohorts/<cohort>/assessments/<questionnaire>
--   GET /api/rankings/<ranking>/<edition>
-- as one coordinator (bearer token: first line of the file named by the first script argument or
-- WRK_TOKEN_FILE). WRK_COHORT (default wrk-hot), WRK_QUESTIONNAIRE (samoocena), WRK_RANKING
-- (zielone-finanse/2024) may be set. A "pair" is one successful cohort read plus one successful
-- ranking read (told apart by body: the ranking has "categories", the cohort does not).
-- done() prints "WRK_RESULT {json}"; non-2xx responses are counted per status code.

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
    non2xx = non2xx + 1
    local k = tostring(status)
    statuses[k] = (statuses[k] or 0) + 1
  end
end

function done(summary, latency, requests)
  local c, r, e, st = 0, 0, 0, {}
  for _, t in ipairs(threads) do
    c = c + (t:get("cohort_ok") or 0)
    r = r + (t:get("ranking_ok") or 0)
    e = e + (t:get("non2xx") or 0)
    for k, v in pairs(t:get("statuses") or {}) do st[k] = (st[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(st) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
  local er = summary.errors
  io.write(string.format('WRK_RESULT {"script":"coordinator","requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"non2xx":%d,"statuses":{%s},' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},"cohort_ok":%d,"ranking_ok":%d,"pairs":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, e, table.concat(parts, ","),
    er.connect, er.read, er.write, er.timeout, c, r, math.min(c, r)))
end
