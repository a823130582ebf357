"""Memory of one cold build, phase by phase: where the resident memory goes.

    .venv/bin/python bench/corpus.py --articles 3000 --out /tmp/c
    .venv/bin/python bench/phase_memory.py /tmp/c          # builds /tmp/c/content into /tmp/c/out

The build runs in a child process (cold: its output folder and `.dateline-cache/` removed first)
that notes the time at the start and end of each step (load, analyse, assemble, the render phases,
each data export). This process samples the child's tree every 20 ms from /proc, as `build_bench`
does, and prints for each step the build process's resident memory at its end and the peaks
during it: the RSS summed over the tree (what the 600 MB target names), the PSS sum (forked workers'
shared pages counted once) and the build process alone. Informational; exit status 0 when it ran.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from harness import _rss_bytes, tree_rss_bytes

STEPS = [("pipeline", "load"), ("pipeline", "analyse_with_disk_cache"), ("pipeline", "gate"),
         ("pipeline", "assemble"), ("render", "Views"), ("render", "_cards"), ("render", "_year_pages"),
         ("render", "_entries"), ("render", "_listing_pages"), ("render", "_article_pages"),
         ("render", "_feeds_and_sitemap"), ("buildcache", "save")]


def child(root: Path, marks: Path) -> None:
    """The build, with each step of STEPS wrapped to note (time, name, own RSS MB) in `marks`."""
    from dateline import buildcache, exports, pipeline, render
    from dateline.config import load_config
    modules: dict[str, Any] = {"pipeline": pipeline, "render": render, "buildcache": buildcache}
    out = marks.open("w", encoding="utf-8")

    def mark(name: str) -> None:
        out.write(json.dumps([time.time(), name, _rss_bytes(os.getpid()) / 2**20]) + "\n")
        out.flush()

    def wrapped(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            mark("start " + name)
            result = func(*args, **kwargs)
            mark(name)
            return result
        return step

    for module, name in STEPS:
        setattr(modules[module], name, wrapped(name, getattr(modules[module], name)))
    each = exports.data_streams

    def marked(rel: str, parts: Iterator[bytes]) -> Iterator[bytes]:
        yield from parts
        mark(rel)  # made and written

    def data_streams(*args: Any, **kwargs: Any) -> Iterator[tuple[str, Iterator[bytes]]]:
        mark("start exports")
        for rel, parts in each(*args, **kwargs):
            yield rel, marked(rel, parts)
    exports.data_streams = data_streams  # type: ignore[assignment]
    os.chdir(root)
    shutil.rmtree("out", ignore_errors=True)
    shutil.rmtree(".dateline-cache", ignore_errors=True)
    config = load_config(Path("."), {"content_dir": "content", "output_dir": "out", "search": False})
    mark("start")
    pipeline.build(config)
    mark("done")
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    out.write(json.dumps(["cpu", cpu, own.ru_maxrss / 1024, kids.ru_maxrss / 1024]) + "\n")
    out.close()


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[1]).resolve()
    samples: list[tuple[float, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp) / "marks.jsonl"
        proc = subprocess.Popen([sys.executable, __file__, "--child", str(root), str(marks)])
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                samples.append((time.time(), tree_rss_bytes(proc.pid) / 2**20,
                                tree_rss_bytes(proc.pid, pss=True) / 2**20, _rss_bytes(proc.pid) / 2**20))
                done.wait(0.02)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        done.set()
        sampler.join()
        lines = [json.loads(x) for x in marks.read_text(encoding="utf-8").splitlines()]
    if code != 0 or not lines or lines[-1][0] != "cpu":
        print(f"the build failed (exit {code})", file=sys.stderr)
        return 1
    _, cpu, own_max, child_max = lines[-1]
    print(f"CPU {cpu:.1f} s; largest: build process {own_max:.0f} MB, a child {child_max:.0f} MB")
    print(f"{'step (end)':30} {'process':>8} {'sum peak':>9} {'PSS peak':>9} {'process peak':>13} {'s':>6}")
    prev = lines[0][0]
    for at, name, rss in lines[:-1]:
        if name == "start" or name.startswith("start "):
            prev = at
            continue
        during = [s for s in samples if prev <= s[0] <= at] or [(at, 0.0, 0.0, 0.0)]
        print(f"{name:30} {rss:8.0f} {max(s[1] for s in during):9.0f} {max(s[2] for s in during):9.0f} "
              f"{max(s[3] for s in during):13.0f} {at - prev:6.1f}")
        prev = at
    print(f"whole build: RSS sum {max(s[1] for s in samples):.0f} MB, PSS {max(s[2] for s in samples):.0f} MB, "
          f"build process {max(s[3] for s in samples):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
