"""Edit-to-output latency of `dateline serve` on a large corpus (target: median < 0.3 s at 4000).

Starts the real server (event-driven watcher, incremental rebuild) on a copy of a synthetic
corpus, then edits one article's title N times and measures, for each edit, the time from
the write to the article's rebuilt page on disk containing the new title — the bytes the
browser reloads. Reports median and spread; never pass/fail (this machine is noisy).

    .venv/bin/python bench/serve_bench.py --articles 4000 --edits 15
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus as corpus_mod
from harness import PYTHON, REPO_DIR, RESULTS_DIR


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--edits", type=int, default=15)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the first build")
    ap.add_argument("--pause", type=float, default=None,
                    help="seconds between edits, so the previous whole-site pass has finished "
                         "(default: 2 s + 4 ms per article)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    try:
        corpus_mod.write_content(corpus_mod.make_articles(args.articles), tmp)
        (tmp / "pyproject.toml").write_text('[tool.dateline]\nbuild_time = "2026-01-01"\n', encoding="utf-8")
        port = _free_port()
        started = time.perf_counter()
        proc = subprocess.Popen([str(PYTHON), "-m", "dateline", "serve", "--port", str(port)], cwd=tmp,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                env={"PYTHONPATH": str(REPO_DIR), "PATH": "/usr/bin:/bin"})
        while time.perf_counter() - started < args.timeout:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        first_build = time.perf_counter() - started
        arts = sorted((tmp / "content" / "articles").glob("*.md"))
        target = arts[len(arts) // 2]
        original = target.read_text(encoding="utf-8")
        slug = target.stem
        pages = list((tmp / "site").glob(f"*/*/*/{slug}/index.html"))
        if not pages:
            print(f"article page for {slug} not found; server output:\n{proc.stderr.read() if proc.stderr else ''}")
            proc.terminate()
            return 1
        page = pages[0]
        samples = []
        for i in range(args.edits):
            marker = f"EDIT-{i}-MARK"
            target.write_text(original.replace("title: ", f"title: {marker} ", 1), encoding="utf-8")
            t0 = time.perf_counter()
            while marker not in page.read_text(encoding="utf-8", errors="replace"):
                if time.perf_counter() - t0 > 30:
                    break
                time.sleep(0.005)
            samples.append(time.perf_counter() - t0)
            time.sleep(args.pause if args.pause is not None else 2.0 + args.articles * 0.004)
        proc.terminate()
        proc.wait(timeout=10)
        result = {"articles": args.articles, "edits": args.edits, "first_build_s": round(first_build, 2),
                  "median_s": round(statistics.median(samples), 3), "min_s": round(min(samples), 3),
                  "max_s": round(max(samples), 3), "samples": [round(s, 3) for s in samples],
                  "target_s": 0.3,
                  "measures": "save → edited article page rewritten on disk (fast path), pause between edits",
                  "peers": {"hugo server": 0.49, "eleventy --incremental": 2.1}}
        RESULTS_DIR.mkdir(exist_ok=True)
        (RESULTS_DIR / f"serve-{args.articles}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=1))
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
