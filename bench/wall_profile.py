"""Where a cold build's WALL clock goes: per phase, its wall seconds and how many cores the build keeps busy.

    .venv/bin/python bench/wall_profile.py --tree /work/wt-x --content DIR/content --out DIR/site --log wall.jsonl
    .venv/bin/python bench/wall_profile.py --report wall.jsonl [more.jsonl …]

Runs `build.py build --no-search` of `--tree` (caches removed first: a cold build) with `step_cpu.py`'s
`sitecustomize` (the steps of the build process, with their start and end on the machine's monotonic clock),
and polls every few ms, from this process, every process and thread of the build's tree: its time on a core
and its time runnable but waiting for one (`/proc/PID/task/TID/schedstat`, ns; the kernel's own counts, so a
missed poll loses nothing but the split of an interval). Each phase (an interval of the build process's
timeline, below) gets:
- `wall` s;
- `cores`: the tree's CPU in it / its wall — how many cores the build actually kept busy;
- `want`: (CPU + time runnable waiting for a core) / wall — how many it would have kept busy on a machine of
  its own (on a shared machine `cores` < `want`: the difference is other people's load);
- `alone`: CPU / `want` (within 1–2): the phase's seconds on a 2-core machine of its own, if it kept as many
  cores busy as it wanted (what this machine's load took away is given back; its own processes' queueing for
  the 2 cores is not);
- the CPU s of each kind of process in it (the build process, the link process, the forked workers).
The phases are cut at the build process's step boundaries, in the order they happen; what lies between two
named steps is a phase of its own (`… (between)`), so the rows add up to the whole run's wall.
`--report` prints the table for one log, or the medians of several.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from step_cpu import SITECUSTOMIZE

POLL = 0.004

# The build process's top-level phases: step name → the row it opens (nested steps are looked up inside).
PHASES = [
    ("load", "load (build process parses + imports the analysis; a worker parses)"),
    ("analyse_with_disk_cache", "analysis (pool)"),
    ("gate", "checks (gate)"),
    ("assemble", "link (link process; this process: basics, export lines, bodies)"),
    ("render.environment", None),
    ("render._views", "views"),
    ("render._cards", "cards (pool)"),
    ("render._entries", "timeline/overview/entries (+year pages)"),
    ("render._listing_pages", "listing pages (pool)"),
    ("render._article_pages", "article pages (pool)"),
    ("render._redirects", None),
    ("render._feeds_and_sitemap", "feeds and sitemap"),
    ("exports.data_streams", "data exports"),
    ("render._data_exports", None),
    ("write.Output.commit", "commit (staging folder swapped in)"),
    ("report", None),
    ("buildcache.save", "cache save"),
    ("lastbuild.remember", "lastbuild"),
]


def _tree(root: int) -> list[int]:
    """The pids of `root` and its descendants now."""
    children: dict[int, list[int]] = defaultdict(list)
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children[ppid].append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _poll(root: int, samples: list[tuple[float, dict[tuple[int, int], tuple[int, int]]]], kinds: dict[int, str],
          stop: threading.Event) -> None:
    pids: list[int] = [root]
    n = 0
    while not stop.is_set():
        if n % 5 == 0:
            pids = _tree(root)
            for pid in pids:
                if pid not in kinds:
                    try:
                        with open(f"/proc/{pid}/cmdline", "rb") as fh:
                            argv = fh.read().split(b"\0")
                    except OSError:
                        continue
                    kinds[pid] = "build" if pid == root else "link" if b"-c" in argv else "worker"
        n += 1
        now = time.monotonic()
        counts: dict[tuple[int, int], tuple[int, int]] = {}
        for pid in pids:
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as fh:
                        run, wait, _ = fh.read().split()
                except (OSError, ValueError):
                    continue
                counts[(pid, int(tid))] = (int(run), int(wait))
        samples.append((now, counts))
        time.sleep(POLL)


def run(tree: Path, content: Path, out: Path, log: Path) -> None:
    """One cold build of `tree` with the step log and the poller on; everything into `log`."""
    for cache in (content.parent / ".dateline-cache", content / ".dateline-cache"):
        shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    log.unlink(missing_ok=True)
    samples: list[tuple[float, dict[tuple[int, int], tuple[int, int]]]] = []
    with tempfile.TemporaryDirectory(prefix="wallprof") as site:
        (Path(site) / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([site, str(tree)])
        env["DATELINE_STEP_LOG"] = str(log)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        load = os.getloadavg()[0]
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, str(tree / "build.py"), "build", "--content", str(content),
                                 "--out", str(out), "--no-search"], cwd=content.parent, env=env,
                                stdout=subprocess.DEVNULL)
        stop = threading.Event()
        kinds: dict[int, str] = {}
        poller = threading.Thread(target=_poll, args=(proc.pid, samples, kinds, stop), daemon=True)
        poller.start()
        proc.wait()
        ended = time.monotonic()
        stop.set()
        poller.join()
    with log.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"kind": "run", "start": started, "end": ended, "pid": proc.pid,
                             "load": [load, os.getloadavg()[0]], "tree": str(tree), "kinds": kinds}) + "\n")
        for t, counts in samples:
            fh.write(json.dumps({"kind": "sample", "t": t, "c": [[p, k, r, w] for (p, k), (r, w) in counts.items()]})
                     + "\n")
    if proc.returncode:
        raise SystemExit(f"build failed ({proc.returncode})")
    print(f"{tree}: {ended - started:.2f} s wall, load {load:.1f}")


def _phases(steps: list[dict[str, object]], start: float, end: float) -> list[tuple[str, float, float]]:
    """The build process's timeline cut into named phases (and what lies between them)."""
    marks: list[tuple[float, float, str]] = []
    for name, row in PHASES:
        for s in steps:
            if s["step"] == name and s["label"] == "build":
                marks.append((float(s["start"]), float(s["end"]), row or name))
                break
    marks.sort()
    out: list[tuple[str, float, float]] = []
    at, last = start, "start-up (interpreter, imports)"
    for s0, s1, row in marks:
        if s0 < at:  # inside the phase before (made in its `meanwhile`): counted there
            continue
        if s0 > at + 1e-4:
            out.append((last if not out else f"… (between, after {out[-1][0].split(' (')[0]})", at, s0))
        out.append((row, max(s0, at), s1))
        at = max(at, s1)
    out.append(("exit (wait for the link process's store, teardown)", at, end))
    return out


def table(log: Path) -> tuple[list[tuple[str, dict[str, float]]], dict[str, object]]:
    recs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    runrec = next(r for r in recs if r["kind"] == "run")
    steps = [r for r in recs if r["kind"] == "step"]
    labels = {int(pid): kind for pid, kind in runrec["kinds"].items()}
    samples = [(r["t"], {(p, k): (run, w) for p, k, run, w in r["c"]}) for r in recs if r["kind"] == "sample"]
    # cumulative per kind of process at each sample (a thread that ended keeps its last counts)
    last: dict[tuple[int, int], tuple[int, int]] = {}
    series: list[tuple[float, dict[str, float], float]] = []  # (t, cpu s per kind, runnable-wait s of the tree)
    for t, counts in samples:
        last.update(counts)
        kinds: dict[str, float] = defaultdict(float)
        waited = 0.0
        for (pid, _tid), (r, w) in last.items():
            kinds[labels.get(pid, "worker")] += r / 1e9
            waited += w / 1e9
        series.append((t, dict(kinds), waited))

    def at(t: float) -> tuple[dict[str, float], float]:
        """The cumulative counts at `t`, interpolated between the polls around it."""
        lo, hi = 0, len(series) - 1
        if t <= series[0][0]:
            return series[0][1], series[0][2]
        if t >= series[-1][0]:
            return series[-1][1], series[-1][2]
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if series[mid][0] <= t:
                lo = mid
            else:
                hi = mid
        (t0, k0, w0), (t1, k1, w1) = series[lo], series[hi]
        f = (t - t0) / (t1 - t0) if t1 > t0 else 0.0
        keys = set(k0) | set(k1)
        return {k: k0.get(k, 0.0) + f * (k1.get(k, 0.0) - k0.get(k, 0.0)) for k in keys}, w0 + f * (w1 - w0)

    rows: list[tuple[str, dict[str, float]]] = []
    for name, t0, t1 in _phases(steps, runrec["start"], runrec["end"]):
        (k0, w0), (k1, w1) = at(t0), at(t1)
        cpu = {k: k1.get(k, 0.0) - k0.get(k, 0.0) for k in set(k0) | set(k1)}
        wall = t1 - t0
        total = sum(cpu.values())
        want = (total + w1 - w0) / wall if wall > 0 else 0.0
        rows.append((name, {"wall": wall, "cpu": total, "cores": total / wall if wall > 0 else 0.0, "want": want,
                            "alone": total / min(2.0, max(1.0, want)),
                            "build": cpu.get("build", 0.0), "link": cpu.get("link", 0.0),
                            "workers": cpu.get("worker", 0.0)}))
    return rows, runrec


def report(logs: list[Path]) -> str:
    tables = [table(p) for p in logs]
    names = [n for n, _ in tables[0][0]]
    cols = ["wall", "cpu", "cores", "want", "alone", "build", "link", "workers"]
    out = [f"{len(logs)} run(s); load at start: " + ", ".join(f"{r['load'][0]:.1f}" for _, r in tables),
           "| phase | wall s | CPU s | cores busy | cores wanted | alone s | build CPU | link CPU | workers CPU |",
           "|---|---|---|---|---|---|---|---|---|"]
    totals: dict[str, list[float]] = defaultdict(list)
    for name in names:
        vals = {c: [] for c in cols}  # type: dict[str, list[float]]
        for rows, _ in tables:
            d = dict(rows).get(name)
            if d is not None:
                for c in cols:
                    vals[c].append(d[c])
        med = {c: statistics.median(v) if v else 0.0 for c, v in vals.items()}
        out.append(f"| {name} | {med['wall']:.2f} | {med['cpu']:.2f} | {med['cores']:.2f} | {med['want']:.2f} | "
                   f"{med['alone']:.2f} | {med['build']:.2f} | {med['link']:.2f} | {med['workers']:.2f} |")
    for rows, _ in tables:
        for c in ("wall", "cpu", "alone", "build", "link", "workers"):
            totals[c].append(sum(d[c] for _, d in rows))
    med = {c: statistics.median(v) for c, v in totals.items()}
    out.append(f"| **whole build** | {med['wall']:.2f} | {med['cpu']:.2f} | {med['cpu'] / med['wall']:.2f} | | "
               f"{med['alone']:.2f} | {med['build']:.2f} | {med['link']:.2f} | {med['workers']:.2f} |")
    return "\n".join(out)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from step_cpu import arguments

    args = arguments(__doc__)
    if args.report:
        print(report(args.report))
        return 0
    run(args.tree.resolve(), args.content.resolve(), args.out.resolve(), args.log.resolve())
    print(report([args.log.resolve()]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
