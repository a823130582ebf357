"""CPU seconds of a build, per process and per step, from outside the code (nothing in `dateline/` is timed).

    .venv/bin/python bench/step_cpu.py --tree /work/wt-x --content DIR/content --out DIR/site --log steps.jsonl
    .venv/bin/python bench/step_cpu.py --report steps.jsonl [more.jsonl …]

Runs `build.py build --no-search` of `--tree` with a `sitecustomize` of its own on PYTHONPATH, which every Python
process of the build loads (the build process, the link process `workers.Fresh` starts; the forked workers inherit
it). It appends one line of JSON per event to `--log`:
- each process's user+sys CPU at its end (`os.times`; a forked child's own, which starts at zero at the fork), with
  a label: `build`, `link`, or the forked worker's function (`load.one`, `analyse.<lambda>`, `render._made` …) —
  a worker's as it puts its last message (its parent may end it once that is read);
- steps of the build and link processes (process CPU, `time.process_time`, and wall, around a list of the
  pipeline's functions patched as their modules are imported; nested steps are counted inclusive, so read each
  one's own row, not their sum).
The process CPU of a thread-using process (a worker's `_Sending` thread) is counted in its process. The patches
cost a few µs a call, on ~30 calls a build. `--report` prints the medians (min–max) over several logs of one tree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SITECUSTOMIZE = r'''
import atexit, functools, json, os, sys, time, importlib.abc, importlib.machinery

_LOG = os.environ.get("DATELINE_STEP_LOG")
if _LOG:
    _label = ["link" if sys.argv[:1] == ["-c"] else "build"]
    _depth = [0]

    def _write(rec):
        rec["pid"] = os.getpid()
        fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (json.dumps(rec) + "\n").encode())
        finally:
            os.close(fd)

    def _end():
        t = os.times()
        _write({"kind": "process", "label": _label[0], "cpu": t.user + t.system, "user": t.user, "sys": t.system,
                "end": time.monotonic()})

    atexit.register(_end)
    os.register_at_fork(after_in_child=lambda: _label.__setitem__(0, "fork"))

    def _steps(name, fn):
        def log(c, w, m):
            _write({"kind": "step", "label": _label[0], "step": name, "depth": _depth[0],
                    "cpu": time.process_time() - c, "wall": time.perf_counter() - w,
                    "start": m, "end": time.monotonic()})

        def steps(gen, c, w, m):  # a generator's step: from the call to its last item
            _depth[0] += 1
            try:
                yield from gen
            finally:
                _depth[0] -= 1
                log(c, w, m)

        def wrapped(*a, **k):
            c, w, m = time.process_time(), time.perf_counter(), time.monotonic()
            _depth[0] += 1
            try:
                out = fn(*a, **k)
            except BaseException:
                _depth[0] -= 1
                log(c, w, m)
                raise
            _depth[0] -= 1
            if hasattr(out, "__next__") and hasattr(out, "send"):
                return steps(out, c, w, m)
            log(c, w, m)
            return out
        return functools.wraps(fn)(wrapped)  # pickled by reference as `fn` was (the link call's arguments)

    STEPS = {
        "dateline.pipeline": ["load", "analyse_with_disk_cache", "analyse_all", "share_equal_values", "gate",
                              "settle_stamps", "bodies_apart", "_assembled", "assemble", "while_linking",
                              "compile_templates", "in_process", "_link_apart", "_read", "report", "_import_analysis"],
        "dateline.link": ["link", "pack", "digest_of", "what_link_reads", "links_of", "unpack_groups", "unpack",
                          "pack_groups", "as_read"],
        "dateline.render": ["render_to", "environment", "static_files", "_views", "_cards", "_timeline_pages",
                            "_home", "_overview", "_entries", "_year_pages", "_listing_pages", "_article_pages", "_redirects",
                            "_feeds_and_sitemap", "_data_exports"],
        "dateline.buildcache": ["save", "load", "write_links", "write_merge"],
        "dateline.lastbuild": ["inputs", "remember"],
        "dateline.timeline": ["follow", "shifts", "chronological"],
        "dateline.exports": ["data_streams"],
        "dateline.workers": ["in_workers"],
        "dateline.write": [],
    }
    METHODS = {"dateline.write": [("Output", "commit")], "dateline.buildcache": [("Shards", "write"), ("Shards", "read")],
               "dateline.exports": [("Ahead", "make")], "dateline.render": [("MarkedBodies", "make")]}

    def _patch(mod):
        for attr in STEPS.get(mod.__name__, ()):
            fn = getattr(mod, attr, None)
            if fn is not None and not isinstance(fn, type):
                setattr(mod, attr, _steps(attr if mod.__name__ == "dateline.pipeline" else
                                          mod.__name__.split(".")[-1] + "." + attr, fn))
        for cls, meth in METHODS.get(mod.__name__, ()):
            c = getattr(mod, cls, None)
            if c is not None and hasattr(c, meth):
                setattr(c, meth, _steps(f"{mod.__name__.split('.')[-1]}.{cls}.{meth}", getattr(c, meth)))
        if mod.__name__ == "dateline.workers":
            work = mod._work

            class _Last:  # the worker's pipe: its CPU counted as it sends its last message (then it may be killed)
                def __init__(self, conn):
                    self.conn = conn

                def __getattr__(self, name):
                    return getattr(self.conn, name)

                def send(self, obj):
                    if obj == (None, None) or (isinstance(obj, tuple) and obj and obj[0] is False):
                        _end()
                    return self.conn.send(obj)

            def _work(func, items, blocks, block, send, *a, **k):
                name = getattr(func, "func", func)
                _label[0] = "worker:" + getattr(name, "__module__", "?").split(".")[-1] + "." + \
                    getattr(name, "__qualname__", "?")
                return work(func, items, blocks, block, _Last(send), *a, **k)
            mod._work = _work
            sending = getattr(mod, "_Sending", None)
            if sending is not None:
                put = sending.put

                def _put(self, message):
                    if message == (None, None):
                        _end()
                    return put(self, message)
                sending.put = _put
            once = mod._once

            def _once(func, *a, **k):
                _label[0] = "child"
                try:
                    return once(func, *a, **k)
                finally:
                    _end()
            mod._once = _once

    class _Loader(importlib.abc.Loader):
        def __init__(self, inner):
            self.inner = inner

        def create_module(self, spec):
            return self.inner.create_module(spec)

        def exec_module(self, mod):
            self.inner.exec_module(mod)
            _patch(mod)

    class _Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name not in STEPS:
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is not None and spec.loader is not None:
                spec.loader = _Loader(spec.loader)
            return spec

    sys.meta_path.insert(0, _Finder())
'''


def run(tree: Path, content: Path, out: Path, log: Path) -> float:
    """One build of `tree` with the step log on; its wall seconds."""
    import time

    with tempfile.TemporaryDirectory(prefix="stepcpu") as site:
        (Path(site) / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([site, str(tree)])
        env["DATELINE_STEP_LOG"] = str(log)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        started = time.perf_counter()
        subprocess.run([sys.executable, str(tree / "build.py"), "build", "--content", str(content), "--out", str(out),
                        "--no-search"], cwd=content.parent, env=env, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - started


def rows(log: Path) -> dict[str, float]:
    """One build's figures: per process label (summed over processes of that label) and per step (summed)."""
    out: dict[str, float] = defaultdict(float)
    for line in log.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["kind"] == "process":
            out[f"process {rec['label']}"] += rec["cpu"]
            out[f"process {rec['label']} (user)"] += rec["user"]
            out[f"process {rec['label']} (sys)"] += rec["sys"]
            out["process (all)"] += rec["cpu"]
            out[f"count {rec['label']}"] += 1
        elif rec["kind"] == "wall":
            out["wall"] += rec["wall"]
        else:
            out[f"{rec['label']}: {rec['step']}"] += rec["cpu"]
            out[f"{rec['label']}: {rec['step']} (wall)"] += rec["wall"]
    return out


def report(logs: list[Path]) -> str:
    per = [rows(p) for p in logs]
    keys = sorted({k for r in per for k in r}, key=lambda k: (not k.startswith(("wall", "process", "count")), k))
    lines = []
    for k in keys:
        vals = [r.get(k, 0.0) for r in per]
        lines.append(f"{k:60s} {statistics.median(vals):8.3f}  ({min(vals):.3f}–{max(vals):.3f})")
    return "\n".join(lines)


def arguments(doc: str | None) -> argparse.Namespace:
    """The options this script and `wall_profile.py` share: a build of --content by --tree's dateline into --out,
    its step log at --log; or --report LOG… (print the logs' table and build nothing)."""
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tree", type=Path)
    p.add_argument("--content", type=Path)
    p.add_argument("--out", type=Path)
    p.add_argument("--log", type=Path)
    p.add_argument("--report", type=Path, nargs="+")
    return p.parse_args()


def main() -> int:
    args = arguments(__doc__)
    if args.report:
        print(report(args.report))
        return 0
    import shutil

    for cache in (args.content.parent / ".dateline-cache", args.content / ".dateline-cache"):
        shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(args.out, ignore_errors=True)
    args.log.unlink(missing_ok=True)
    wall = run(args.tree.resolve(), args.content.resolve(), args.out.resolve(), args.log.resolve())
    with args.log.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"kind": "wall", "wall": wall}) + "\n")
    print(f"{args.tree}: {wall:.2f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
