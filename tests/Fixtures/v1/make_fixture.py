#!/usr/bin/env python3
"""Writes the v1 upgrade fixture with the release BEFORE the move to Orleans 10.4.2.

Usage (from a checkout of that release, built in Release):
  python3 make_fixture.py http://127.0.0.1:PORT ADMIN_PASSWORD
Every kind of stored state gets at least one row: users, secrets, an assessment (two members,
consensus, closed) with its audit and questionnaire index, metrics of one gmina and year, budget lines,
a computed and published ranking, an award scored and closed, a cohort. The test
`tests/Reliability/UpgradeTests.cs` reads the same values back through the new release.
"""
import json, sys, urllib.error, urllib.request

base, admin_password = sys.argv[1], sys.argv[2]

def call(method, path, body=None, token=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None: req.add_header("Content-Type", content_type)
    if token: req.add_header("Authorization", "Bearer " + token)
    try:
        r = urllib.request.urlopen(req)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()}")
    with r:
        text = r.read().decode()
        return json.loads(text) if text else None

def token(login, password):
    return call("POST", "/api/auth/token", {"login": login, "password": password})["accessToken"]

admin = token("admin", admin_password)
users = [("fixture.koordynator", "coordinator", None), ("fixture.jst.a", "jst", "0201011"),
         ("fixture.jst.b", "jst", "0201011"), ("fixture.jury.a", "jury", None), ("fixture.jury.b", "jury", "0205011")]
for login, role, teryt in users:
    call("POST", "/api/users", {"login": login, "password": "Fixture-Pass-1", "role": role, "teryt": teryt, "displayName": login.upper()}, admin)
coord = token("fixture.koordynator", "Fixture-Pass-1")
a = token("fixture.jst.a", "Fixture-Pass-1")
b = token("fixture.jst.b", "Fixture-Pass-1")

q = call("GET", "/api/questionnaires/samoocena", token=a)
questions = [x for ar in q["areas"] for t in ar["themes"] for x in t["questions"]]
def answers(shift):
    out = {}
    for i, x in enumerate(questions):
        if x["kind"] == "scale": out[x["id"]] = (i + shift) % 5
        elif x["kind"] == "yesno": out[x["id"]] = (i + shift) % 2 == 0
    return out
call("PUT", "/api/assessments/samoocena/0201011/responses/me", {"answers": answers(0)}, a)
call("POST", "/api/assessments/samoocena/0201011/responses/me/submit", None, a)
call("PUT", "/api/assessments/samoocena/0201011/responses/me", {"answers": answers(2)}, b)
call("POST", "/api/assessments/samoocena/0201011/responses/me/submit", None, b)
first_scale = next(x["id"] for x in questions if x["kind"] == "scale")
call("PUT", "/api/assessments/samoocena/0201011/consensus", {"answers": {first_scale: 3}}, a)
call("POST", "/api/assessments/samoocena/0201011/close", None, coord)

call("PUT", "/api/metrics/0201011/2023", {"values": {"EDU_01": 12.5, "EDU_02": 0.3333333333333333}}, coord)

lines = ["teryt;year;dzial;rozdzial;paragraf;amount"]
for teryt, k in [("0201011", 1), ("0202011", 2), ("0203011", 3), ("0205011", 4)]:
    for year in range(2018, 2023):
        lines.append(f"{teryt};{year};900;90001;6050;{100000 * k + year}")
        lines.append(f"{teryt};{year};900;90001;6057;{5000 * k}")
        lines.append(f"{teryt};{year};600;60016;6050;{250000 + 1000 * k}")
        lines.append(f"{teryt};{year};750;75023;4010;{800000 + k}")
        lines.append(f"{teryt};{year};900;90002;4300;{30000 * k}")
boundary = "fixtureboundary"
payload = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"budzet.csv\"\r\n"
           "Content-Type: text/csv\r\n\r\n" + "\n".join(lines) + "\n\r\n--" + boundary + "--\r\n").encode()
call("POST", "/api/budget/import", token=coord, raw=payload, content_type="multipart/form-data; boundary=" + boundary)
call("POST", "/api/rankings/zielone-finanse/2023/compute", None, coord)
call("POST", "/api/rankings/zielone-finanse/2023/publish", None, coord)

call("PUT", "/api/awards/fixture-award", {
    "title": "Nagroda testowa", "categories": [{"id": "miasta", "title": "Miasta"}],
    "criteria": [{"id": "tresci", "weight": 0.6}, {"id": "dialog", "weight": 0.4}],
    "nominees": [{"id": "n-jawor", "category": "miasta", "teryt": "0205011", "name": "Jawor"},
                 {"id": "n-boleslawiec", "category": "miasta", "teryt": "0201011", "name": "Bolesławiec"}],
    "jurors": ["fixture.jury.a", "fixture.jury.b"]}, coord)
ja = token("fixture.jury.a", "Fixture-Pass-1")
jb = token("fixture.jury.b", "Fixture-Pass-1")
call("PUT", "/api/awards/fixture-award/scores/n-jawor", {"tresci": 7, "dialog": 9}, ja)
call("PUT", "/api/awards/fixture-award/scores/n-boleslawiec", {"tresci": 5, "dialog": 6}, ja)
call("PUT", "/api/awards/fixture-award/scores/n-boleslawiec", {"tresci": 8, "dialog": 4}, jb)
call("POST", "/api/awards/fixture-award/close", None, coord)

call("PUT", "/api/cohorts/fixture-cohort", {"name": "Kohorta testowa", "members": ["0201011", "0202011"]}, coord)

# What the new release must read back, as this release shows it.
expected = {
    "assessment": call("GET", "/api/assessments/samoocena/0201011", token=coord),
    "metrics": call("GET", "/api/metrics/0201011/2023", token=coord),
    "ranking": call("GET", "/api/rankings/zielone-finanse/2023", token=coord),
    "award": call("GET", "/api/awards/fixture-award/results", token=coord),
    "cohort": call("GET", "/api/cohorts/fixture-cohort/assessments/samoocena", token=coord),
}
json.dump(expected, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
