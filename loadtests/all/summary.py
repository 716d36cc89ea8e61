#!/usr/bin/env python3
"""One Markdown report of a run-all.sh run: the issue-18 targets, wrk's figures (the judge) and the driver's side by
side, for each measured build ("before", "after"), then every underlying report inlined. Usage:
summary.py <run dir> <stamp> > report.md, where <run dir>/<label>/ holds wrk-*.md, load-*.md/.csv and cluster-*.md."""
import csv, glob, os, re, sys

run, stamp = sys.argv[1], sys.argv[2]
labels = [l for l in ("before", "after") if os.path.isdir(os.path.join(run, l))]


def one(label, pattern):
    files = sorted(glob.glob(os.path.join(run, label, pattern)))
    return files[-1] if files else None


def wrk(label, storage):
    f = one(label, f"wrk-{storage}-*.md")
    if not f:
        return {}
    text = open(f).read()
    out = {"file": f}
    for key, rx in {"hot": r"hot path: save\+read pairs/s ÷ `/health` req/s \| \*\*([0-9.]+)",
                    "hot_median": r"median of three alternations .*?\| \*\*([0-9.]+)\*\* \(([0-9., ]+)\)",
                    "ranking": r"ranking read ÷ the same bytes as a static file \| \*\*([0-9.]+)",
                    "cohort": r"cohort read ÷ the same bytes as a static file \| \*\*([0-9.]+)",
                    "drift": r"drift of the machine during the run\) \| ([0-9.]+)",
                    "rss": r"\*\*([0-9]+) MB at the end\*\*"}.items():
        m = re.search(rx, text)
        out[key] = ("–" if not m else f"{m.group(1)} ({m.group(2)})" if key == "hot_median" else m.group(1))
    m = re.search(r"^\| hotpath \|.*?\*\*([0-9,]+) pairs/s\*\*.*?\| ([0-9,]+) \| ([0-9.]+) \| ([0-9.]+) \| ([0-9,–]+) \| (.*?) \|", text, re.M)
    out["pairs"], out["hot_cpu"], out["hot_errors"] = (m.group(1), m.group(5), m.group(6)) if m else ("–", "–", "–")
    m = re.search(r"^\| health \|.*?\| ([0-9,]+) \| ([0-9.]+) \| ([0-9.]+) \| ([0-9,–]+) \|", text, re.M)
    out["health"], out["health_cpu"] = (m.group(1), m.group(4)) if m else ("–", "–")
    return out


def driver(label, storage):
    f = one(label, f"load-{storage}-*.md")
    if not f:
        return {}
    text = open(f).read()
    out = {"file": f}
    m = re.search(r"working set ([0-9]+) MB, managed heap ([0-9]+) MB", text)
    out["ws"], out["heap"] = (m.group(1), m.group(2)) if m else ("–", "–")
    rows = list(csv.DictReader(open(f[:-3] + ".csv"))) if os.path.exists(f[:-3] + ".csv") else []
    hot = [r for r in rows if r["scenario"].startswith("hot path") and r["load"].startswith("closed")]
    out["hot"] = hot[0]["ratio_to_health"] if hot else "–"
    const = [r for r in rows if r["scenario"].startswith("hot path") and "constant" in r["load"]]
    out["p99"] = " · ".join(f"{float(r['p99_ms']):.1f}" for r in const) or "–"
    out["errors"] = str(sum(int(r["requests"]) - int(r["ok"]) for r in const)) if const else "–"
    out["rate"] = const[0]["load"] if const else ""
    return out


def cluster(label):
    f = one(label, "cluster-*.md")
    if not f:
        return {}
    text = open(f).read()
    m = re.search(r"\*\*Failover: (\d+) requests failed (?:within 5 s of the kill|in flight at the kill or within 5 s after it); (\d+) later.*?(PASSED|FAILED)", text)
    whole = re.search(r"^\| whole run \|(.*)$", text, re.M)
    before = re.search(r"^\| before the kill \|(.*)$", text, re.M)
    cells = lambda row: [c.strip() for c in row.group(1).split("|")] if row else []
    return {"file": f, "during": m.group(1) if m else "–", "later": m.group(2) if m else "–", "verdict": m.group(3) if m else "–",
            "p99_before": (cells(before) + ["–"] * 9)[7], "p99_whole": (cells(whole) + ["–"] * 9)[7]}


W = {l: {s: wrk(l, s) for s in ("sqlite", "postgres")} for l in labels}
D = {l: {s: driver(l, s) for s in ("sqlite", "postgres")} for l in labels}
C = {l: cluster(l) for l in labels}
g = lambda d, *keys: (lambda v: v if v not in (None, "") else "–")(
    __import__("functools").reduce(lambda acc, k: acc.get(k, {}) if isinstance(acc, dict) else "–", keys, d) or "–")

print(f"# Load test, every step in one run ({stamp} UTC)\n")
print("Command: `loadtests/run-all.sh` " + ("with `BEFORE=<older checkout>`: the older build measured first, then this one, "
      "in the same session, by the same scripts and driver. " if "before" in labels else ". ")
      + f"Load average at the end: {open('/proc/loadavg').read().split()[0]} (2 shared cores: only ratios measured in one run compare).\n")
print("## Issue 18 targets (wrk is the judge of throughput; latency at a fixed rate from the driver's open loop)\n")
head = "| measure | target | " + " | ".join(labels) + " |"
print(head + "\n|---|---|" + "---:|" * len(labels))
rows = [
    ("SQLite hot path pairs/s ÷ `/health` (wrk)", "≥ 0.20", lambda l: g(W, l, "sqlite", "hot")),
    ("PostgreSQL hot path pairs/s ÷ `/health` (wrk)", "≥ 0.10", lambda l: g(W, l, "postgres", "hot")),
    ("SQLite · PostgreSQL hot path ÷ `/health`, median of three alternations (wrk)", "≥ 0.20 · ≥ 0.10",
     lambda l: f"{g(W, l, 'sqlite', 'hot_median')} · {g(W, l, 'postgres', 'hot_median')}"),
    ("SQLite cohort read ÷ static file (wrk)", "≥ 0.5", lambda l: g(W, l, "sqlite", "cohort")),
    ("PostgreSQL cohort read ÷ static file (wrk)", "≥ 0.5", lambda l: g(W, l, "postgres", "cohort")),
    ("SQLite ranking read ÷ static file (wrk)", "≥ 0.9", lambda l: g(W, l, "sqlite", "ranking")),
    ("PostgreSQL ranking read ÷ static file (wrk)", "≥ 0.9", lambda l: g(W, l, "postgres", "ranking")),
    ("SQLite p99 save · read at the fixed rate, errors (driver)", "≤ 25 ms, 0", lambda l: f"{g(D, l, 'sqlite', 'p99')} ms, {g(D, l, 'sqlite', 'errors')}"),
    ("PostgreSQL p99 save · read at the fixed rate, errors (driver)", "≤ 25 ms, 0", lambda l: f"{g(D, l, 'postgres', 'p99')} ms, {g(D, l, 'postgres', 'errors')}"),
    ("two-node cluster p99 answered before the kill · whole run incl. failover (ms)", "≤ 25", lambda l: f"{g(C, l, 'p99_before')} · {g(C, l, 'p99_whole')}"),
    ("cluster: failed in flight at the SIGKILL or within 5 s after · later", "counted · 0", lambda l: f"{g(C, l, 'during')} · {g(C, l, 'later')} ({g(C, l, 'verdict')})"),
    ("working set, all 2,479 assessments active, SQLite · PostgreSQL (driver, MB)", "≤ 300", lambda l: f"{g(D, l, 'sqlite', 'ws')} · {g(D, l, 'postgres', 'ws')}"),
]
for name, target, f in rows:
    print(f"| {name} | {target} | " + " | ".join(f(l) for l in labels) + " |")

print("\n## wrk and the driver side by side\n")
print("| figure | " + " | ".join(f"{l} {s}" for l in labels for s in ("SQLite", "PostgreSQL")) + " |")
print("|---|" + "---:|" * (2 * len(labels)))
side = [
    ("`/health` req/s, wrk", lambda l, s: g(W, l, s, "health")),
    ("hot path pairs/s, wrk", lambda l, s: g(W, l, s, "pairs")),
    ("hot path ÷ `/health`, **wrk**", lambda l, s: g(W, l, s, "hot")),
    ("hot path ÷ `/health`, driver (its own `/health`, in-process client)", lambda l, s: g(D, l, s, "hot")),
    ("API CPU µs per `/health` request (wrk step)", lambda l, s: g(W, l, s, "health_cpu")),
    ("API CPU µs per hot-path request (wrk step; a pair is two)", lambda l, s: g(W, l, s, "hot_cpu")),
    ("hot path errors (wrk)", lambda l, s: g(W, l, s, "hot_errors")),
    ("`/health` end ÷ start (machine drift)", lambda l, s: g(W, l, s, "drift")),
    ("API VmRSS at the end of the wrk run (MB; 64 hot assessments)", lambda l, s: g(W, l, s, "rss")),
    ("working set, all assessments active / managed heap (driver, MB)", lambda l, s: f"{g(D, l, s, 'ws')} / {g(D, l, s, 'heap')}"),
]
for name, f in side:
    print(f"| {name} | " + " | ".join(f(l, s) for l in labels for s in ("sqlite", "postgres")) + " |")

print("\nThe driver's figures come from an in-process `HttpClient` sharing the API's process and cores; wrk's from a C client. "
      "Targets are judged on wrk's. Every report below in full (also kept beside this file).\n")
for l in labels:
    for f in [g(W, l, "sqlite", "file"), g(W, l, "postgres", "file"), g(D, l, "sqlite", "file"), g(D, l, "postgres", "file"), g(C, l, "file")]:
        if f == "–":
            continue
        print(f"\n---\n\n<details><summary>{l}: {os.path.basename(f)}</summary>\n")
        print(re.sub(r"^#", "###", open(f).read(), flags=re.M))
        print("\n</details>")
