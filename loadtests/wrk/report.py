#!/usr/bin/env python3
"""Markdown report of one run.sh run (stdout). Throughput is judged as ratios against /health measured by wrk
in the same run: the machine is small and shared, so absolute figures move with other load."""
import argparse, json, os, platform, subprocess

p = argparse.ArgumentParser()
for name in ("results", "setup", "storage", "stamp", "root", "threads", "connections", "duration", "warmup",
             "raw-dir", "rss-setup-kb", "rss-end-kb", "rss-hwm-kb", "startup-s", "load-before", "load-after", "ranking-bytes", "cohort-bytes"):
    p.add_argument("--" + name, required=True)
for name in ("api-dir", "cpu", "metrics", "clk-tck", "process-warmup"):
    p.add_argument("--" + name, default=None)
a = p.parse_args()
cpu = {}
if a.cpu and os.path.exists(a.cpu):
    for line in open(a.cpu):
        n, ticks = line.split()
        cpu[n] = int(ticks) / int(a.clk_tck or 100)

rows = {}
for line in open(a.results):
    name, load, js = line.rstrip("\n").split("\t", 2)
    r = json.loads(js)
    r["load"] = load
    r["secs"] = r["duration_us"] / 1e6
    r["ok"] = r.get("ok", r["requests"] - r["non2xx"])
    rows[name] = r
setup = json.load(open(a.setup))


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, cwd=a.root).stdout.strip()
    except Exception:
        return "?"


def rate(r, key="ok"):
    return r[key] / r["secs"]


def errs(r):
    se = r["socket_errors"]
    parts = [f"{r['non2xx']} non-2xx" + (" (" + ", ".join(f"{k}: {v}" for k, v in sorted(r["statuses"].items())) + ")" if r["statuses"] else "")]
    sock = sum(se.values())
    if sock:
        parts.append("socket " + ", ".join(f"{k} {v}" for k, v in se.items() if v))
    return "; ".join(parts)


def ms(us):
    return f"{us / 1000:.2f}"


health = rate(rows["health"])
hot = rows["hotpath"]
pairs = hot["pairs"] / hot["secs"]
coord = rows["coordinator"]
cpairs = coord["pairs"] / coord["secs"]
ratio = lambda x, y: x / y if y else float("nan")

BUILD = a.api_dir or a.root  # the measured build's checkout (its output folder lies inside it)
COMMIT = sh(f"git -C '{BUILD}' rev-parse --short HEAD")
DIRTY = sh(f"git -C '{BUILD}' status --porcelain -- :/api :/silo :/questionnaires")
WRKV = sh("wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2")
print(f"# wrk baseline: {a.storage}, {a.stamp} UTC\n")
print(f"Command: `loadtests/wrk/run.sh {a.storage}` (wrk `-t{a.threads} -c{a.connections} -d{a.duration} --latency`, "
      f"{a.warmup} discarded warm-up per step"
      f"{f', after {a.process_warmup} of discarded hot-path load so that the runtime has finished compiling' if a.process_warmup else ''}"
      f"). Commit of the measured build `{COMMIT}`"
      f"{' (working tree has changes)' if DIRTY else ''}, "
      f"{WRKV}, .NET {sh('dotnet --version')}, {os.cpu_count()} CPUs, "
      f"load average {a.load_before} before the first step, {a.load_after} after the last."
      + (f" API build measured: `{a.api_dir}`." if a.api_dir else "") + "\n")
print(f"API: Release build started as `dotnet api/bin/Release/net10.0/Samoocena.Api.dll --urls http://127.0.0.1:<port>` from its "
      f"output folder, demo data, fresh {'SQLite file' if a.storage == 'sqlite' else 'throwaway PostgreSQL 15 database'}; "
      f"healthy {a.startup_s} s after start. Setup through the HTTP API ({setup['setup_seconds']} s): "
      f"{len(setup['hot_gminas'])} JST users on gminas with an open `{setup['questionnaire']}` assessment, cohort "
      f"`{setup['cohort']}` of those gminas, ranking `{setup['ranking']}` ({setup['ranking_status']}, {setup['ranking_rows']} rows"
      f"{', computed at setup' if setup['ranking_computed_at_setup'] else ''}), award `{setup['award']}` ({setup['award_status']}, "
      f"{len(setup['jurors'])} jurors, {len(setup['nominees'])} nominees, {len(setup['criteria'])} criteria).\n")

print("## Ratios (throughput of successful responses ÷ `/health` req/s of the same run)\n")
print("| ratio | value |\n|---|---:|")
print(f"| hot path: save+read pairs/s ÷ `/health` req/s | **{ratio(pairs, health):.4f}** |")
print(f"| ranking read ÷ the same bytes as a static file | **{ratio(rate(rows['ranking']), rate(rows['ranking-static'])):.3f}** |")
print(f"| cohort read ÷ the same bytes as a static file | **{ratio(rate(rows['cohort']), rate(rows['cohort-static'])):.3f}** |")
print(f"| coordinator pairs/s (cohort + ranking) ÷ `/health` req/s | {ratio(cpairs, health):.4f} |")
print(f"| juror score saves/s ÷ `/health` req/s | {ratio(rate(rows['juror']), health):.4f} |")
print(f"| hot path pairs/s ÷ mean of the two `/health` steps (start, end) | {ratio(pairs, (health + rate(rows['health-end'])) / 2):.4f} |")
print(f"| `/health` at the end ÷ at the start (drift of the machine during the run) | {ratio(rate(rows['health-end']), health):.3f} |")
# Each alternation: a /health step, then a hot-path step; the first is the headline pair above.
alternations = [ratio(rows[h]["pairs"] / rows[h]["secs"], rate(rows[g])) for g, h in
                (("health", "hotpath"), ("health-2", "hotpath-2"), ("health-3", "hotpath-3")) if g in rows and h in rows]
if len(alternations) == 3:
    spread = ", ".join(f"{x:.4f}" for x in alternations)
    print(f"| hot path pairs/s ÷ `/health` req/s, median of three alternations (each: `/health`, then the hot path) | **{sorted(alternations)[1]:.4f}** ({spread}) |")

STEPS = [n for n in ["health", "hotpath", "signed-in", "read", "save", "coordinator", "juror", "ranking", "ranking-static",
                     "cohort", "cohort-static", "health-end"] if n in rows]
print("\n## Steps\n")
print("| step | what | ok req/s | p50 ms | p99 ms | API CPU µs/request | errors | load avg |\n|---|---|---:|---:|---:|---:|---|---:|")
what = {
    "health": "`GET /health`",
    "hotpath": f"`PUT …/responses/me` + `GET /api/assessments/{setup['questionnaire']}/{{teryt}}`, {len(setup['hot_gminas'])} JST users",
    "signed-in": "`GET /api/municipalities/{teryt}` as one JST user: the cheapest signed-in API read",
    "read": f"`GET /api/assessments/{setup['questionnaire']}/{{teryt}}` alone, one JST user",
    "save": f"`PUT …/responses/me` alone, {len(setup['hot_gminas'])} JST users",
    "coordinator": "`GET` cohort assessments + `GET` ranking, alternating",
    "juror": f"`PUT /api/awards/{setup['award']}/scores/{{nominee}}`, {len(setup['jurors'])} jurors",
    "ranking": f"`GET /api/rankings/{setup['ranking']}` alone ({int(a.ranking_bytes):,} B)",
    "ranking-static": f"the same {int(a.ranking_bytes):,} B from `wwwroot/_load/ranking.json`",
    "cohort": f"`GET /api/cohorts/{setup['cohort']}/assessments/{setup['questionnaire']}` alone ({int(a.cohort_bytes):,} B)",
    "cohort-static": f"the same {int(a.cohort_bytes):,} B from `wwwroot/_load/cohort.json`",
    "health-end": "`GET /health` again, last",
}
for name in STEPS:
    r = rows[name]
    extra = ""
    if name == "hotpath":
        extra = f" — **{pairs:,.0f} pairs/s** ({hot['put_ok']:,} saves, {hot['get_ok']:,} reads); latency over both kinds"
    if name == "coordinator":
        extra = f" — {cpairs:,.0f} pairs/s ({coord['cohort_ok']:,} cohort, {coord['ranking_ok']:,} ranking reads); latency over both kinds"
    cpu_us = f"{cpu[name] * 1e6 / r['requests']:,.0f}" if name in cpu and r["requests"] else "–"
    print(f"| {name} | {what[name]}{extra} | {rate(r):,.0f} | {ms(r['p50_us'])} | {ms(r['p99_us'])} | {cpu_us} | {errs(r)} | {r['load']} |")

if all(n in rows and n in cpu and rows[n]["requests"] for n in ("health-end", "signed-in", "read", "save")):
    per = {n: cpu[n] * 1e6 / rows[n]["requests"] for n in ("health-end", "signed-in", "read", "save")}
    per["health"] = per.pop("health-end")
    print("\n## What a hot-path pair costs the API (CPU µs per request of the steps above)\n")
    print("| request | API CPU µs | × `/health` |\n|---|---:|---:|")
    for n, label in (("health", "`/health` measured last, warm (no authentication, no grain)"), ("signed-in", "cheapest signed-in API read (JWT, guards, FastEndpoints, JSON)"),
                     ("read", "assessment read alone"), ("save", "save alone (includes the storage write)")):
        print(f"| {label} | {per[n]:,.0f} | {per[n] / per['health']:.1f} |")
    print(f"| a pair (read + save) | {per['read'] + per['save']:,.0f} | {(per['read'] + per['save']) / per['health']:.1f} |")
    print("\nA pair/s ÷ `/health` ratio of 0.20 needs a pair to cost about 5 `/health` requests of CPU (wrk shares the cores).\n")

kb = lambda v: f"{int(v) / 1024:.0f} MB"
print(f"\nAPI working set (VmRSS): {kb(a.rss_setup_kb)} after setup, **{kb(a.rss_end_kb)} at the end** (peak VmHWM {kb(a.rss_hwm_kb)}).\n")
print("Notes: wrk cannot tell which connection a request uses, so each wrk thread alternates save and read over its "
      "share of the users (the mix is exactly half and half); p50/p99 of the hot path and coordinator steps mix both kinds "
      "of request. wrk and the API share the machine's CPUs. Tokens and passwords exist only in the run's temporary folder.")

print("API CPU µs/request: user + system CPU time of the API process during the measured step (from /proc/<pid>/stat, "
      "10 ms ticks) ÷ requests sent; for the hot path a request is a save or a read (a pair costs two).\n")

if a.metrics and os.path.exists(a.metrics) and os.path.getsize(a.metrics):
    import re
    from collections import defaultdict
    agg = defaultdict(lambda: [0.0, 0.0])
    pat = re.compile(r'^(\w+)_(sum|count)\{(.*)\} ([0-9.eE+-]+)')
    for line in open(a.metrics):
        m = pat.match(line)
        if not m:
            continue
        metric, kind, labels, value = m.groups()
        lab = dict(re.findall(r'(\w+)="([^"]*)"', labels))
        if metric == "http_server_request_duration_seconds":
            key = ("HTTP", f"{lab.get('http_request_method', '')} {lab.get('http_route', '')} → {lab.get('http_response_status_code', '')}")
        elif metric.startswith("samoocena_grain_call"):
            key = ("grain call", lab.get("method", "?") + ("" if lab.get("outcome", "ok") == "ok" else f" ({lab['outcome']})"))
        elif metric.startswith("samoocena_storage"):
            key = ("storage", f"{lab.get('operation', '?')} {lab.get('state', '?')}" + ("" if lab.get("outcome", "ok") == "ok" else f" ({lab['outcome']})"))
        else:
            continue
        agg[key][0 if kind == "count" else 1] += float(value)
    print("## OpenTelemetry metrics of the API (`GET /api/admin/metrics`, admin, after the last step)\n")
    print("Whole run including setup and warm-ups; mean = histogram sum ÷ count. The 12 busiest series of each kind.\n")
    print("| kind | series | count | mean ms |\n|---|---|---:|---:|")
    for kind in ("HTTP", "grain call", "storage"):
        items = sorted(((k[1], v) for k, v in agg.items() if k[0] == kind), key=lambda kv: -kv[1][0])[:12]
        for name, (count, total) in items:
            mean = total * 1000.0 / count if count else 0  # every histogram is in seconds
            print(f"| {kind} | `{name}` | {count:,.0f} | {mean:.3f} |")
    print()

print("\n<details><summary>wrk output of every measured step</summary>\n")
for name in STEPS:
    print(f"**{name}**\n\n```")
    print(open(os.path.join(a.raw_dir, name + ".txt")).read().rstrip())
    print("```\n")
print("</details>")
