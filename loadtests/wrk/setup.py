#!/usr/bin/env python3
"""Setup for the wrk scenarios, through the HTTP API only (contract: ../shared/docs/api.md).

Creates a coordinator, JST users for gminas whose `samoocena` assessment is open (demo data closes
some; a save there is rightly 409), a cohort of those gminas, jury users and an open award edition, and
makes sure the ranking edition is computed. Writes token files and setup.json into --out. Idempotent
against an API that already has these users (201 or 409 on create). Standard library only.
"""
import argparse, json, secrets, sys, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor

p = argparse.ArgumentParser()
p.add_argument("--base", required=True)
p.add_argument("--admin-password-file", required=True)
p.add_argument("--out", required=True)
p.add_argument("--users", type=int, default=64)
p.add_argument("--jurors", type=int, default=16)
p.add_argument("--nominees", type=int, default=32)
p.add_argument("--questionnaire", default="samoocena")
p.add_argument("--cohort", default="wrk-hot")
p.add_argument("--award", default="wrk-award")
p.add_argument("--ranking", default="zielone-finanse/2024")
a = p.parse_args()


def call(method, path, token=None, body=None, ok=(200, 201, 204)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(a.base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for attempt in range(5):
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            if e.code in ok:
                return e.code, e.read()
            if e.code == 429 and attempt < 4:
                time.sleep(int(e.headers.get("Retry-After", "2")))
                continue
            return e.code, e.read()
    raise RuntimeError("unreachable")


def must(method, path, token=None, body=None, ok=(200, 201, 204)):
    status, raw = call(method, path, token, body, ok)
    if status not in ok:
        sys.exit(f"setup: {method} {path} -> {status}: {raw[:400].decode(errors='replace')}")
    return json.loads(raw) if raw else None


def token(login, password):
    return must("POST", "/api/auth/token", body={"login": login, "password": password})["accessToken"]


def user(admin, login, password, role, teryt=None):
    body = {"login": login, "password": password, "role": role, "displayName": f"wrk {login}"}
    if teryt:
        body["teryt"] = teryt
    must("POST", "/api/users", admin, body, ok=(201, 409))


t0 = time.time()
admin_password = open(a.admin_password_file).read().strip()
password = "wrk-" + secrets.token_urlsafe(12)  # used only in this run; never written to a report
admin = token("admin", admin_password)
# Reruns against the same database: users from an earlier run keep their old password, so reset it.
def ensure(login, role, teryt=None):
    user(admin, login, password, role, teryt)
    s, raw = call("POST", "/api/auth/token", body={"login": login, "password": password})
    if s == 200:
        return json.loads(raw)["accessToken"]
    sys.exit(f"setup: cannot sign in as {login} ({s}); use a fresh database")

coordinator = ensure("wrk-coordinator", "coordinator")

registry = must("GET", "/api/municipalities", coordinator)
teryts = [m["teryt"] for m in registry]
step = max(1, len(teryts) // a.users)


def status_of(teryt):
    s, raw = call("GET", f"/api/assessments/{a.questionnaire}/{teryt}", coordinator)
    if s == 200:
        return json.loads(raw).get("status")
    return f"http-{s}"


chosen, skipped = [], []
for offset in range(1, step + 1):
    candidates = [teryts[i] for i in range(offset, len(teryts), step) if i % 60 != 0]
    with ThreadPoolExecutor(8) as ex:
        statuses = list(ex.map(status_of, candidates))
    for t, s in zip(candidates, statuses):
        if len(chosen) >= a.users:
            break
        if s in ("closed", "submitted") or (s or "").startswith("http-"):
            skipped.append((t, s))
        elif t not in chosen:
            chosen.append(t)
    if len(chosen) >= a.users:
        break
if len(chosen) < a.users:
    sys.exit(f"setup: only {len(chosen)} open assessments found")

with ThreadPoolExecutor(4) as ex:
    jst = list(ex.map(lambda t: (t, ensure(f"wrk-jst-{t}", "jst", t)), chosen))
with open(f"{a.out}/jst.tokens", "w") as f:
    f.writelines(f"{t} {tok}\n" for t, tok in jst)
with open(f"{a.out}/coordinator.token", "w") as f:
    f.write(f"wrk-coordinator {coordinator}\n")

must("PUT", f"/api/cohorts/{a.cohort}", coordinator, {"name": "wrk hot gminas", "members": chosen})

ranking_status, raw = call("GET", f"/api/rankings/{a.ranking}", coordinator)
computed = False
if ranking_status != 200 or json.loads(raw).get("status") not in ("draft", "published", "computed"):
    must("POST", f"/api/rankings/{a.ranking}/compute", coordinator)
    computed = True
ranking = must("GET", f"/api/rankings/{a.ranking}", coordinator)

jurors = [f"wrk-juror-{i:02d}" for i in range(1, a.jurors + 1)]
with ThreadPoolExecutor(4) as ex:
    jury = list(ex.map(lambda l: (l, ensure(l, "jury")), jurors))
with open(f"{a.out}/jurors.tokens", "w") as f:
    f.writelines(f"{l} {tok}\n" for l, tok in jury)
criteria = [{"id": "c1", "weight": 0.5}, {"id": "c2", "weight": 0.3}, {"id": "c3", "weight": 0.2}]
nominees = [{"id": f"n{i:02d}", "category": "A" if i % 2 else "B", "name": f"Nominacja wrk {i:02d}"}
            for i in range(1, a.nominees + 1)]
must("PUT", f"/api/awards/{a.award}", coordinator,
     {"title": "wrk load edition", "categories": ["A", "B"], "criteria": criteria, "nominees": nominees, "jurors": jurors})
award = must("GET", f"/api/awards/{a.award}", coordinator)

json.dump({
    "hot_gminas": chosen, "skipped_closed": skipped, "cohort": a.cohort, "award": a.award,
    "award_status": award.get("status"), "nominees": [n["id"] for n in nominees], "criteria": [c["id"] for c in criteria],
    "jurors": jurors, "ranking": a.ranking, "ranking_status": ranking.get("status"), "ranking_computed_at_setup": computed,
    "ranking_rows": sum(len(c.get("rows", [])) for c in ranking.get("categories", [])),
    "questionnaire": a.questionnaire, "setup_seconds": round(time.time() - t0, 1),
}, open(f"{a.out}/setup.json", "w"), indent=1)
print(f"setup: {len(chosen)} JST users, {len(jurors)} jurors, award {a.award} ({award.get('status')}), "
      f"ranking {a.ranking} {ranking.get('status')}{' (computed now)' if computed else ''}, {time.time() - t0:.1f} s")
