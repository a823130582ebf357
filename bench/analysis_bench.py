"""Analysis and linking benchmark: CPU time of the per-article analysis (quotes, attribution,
dates, topics) and of cross-article linking, in one process, with no cache.

    .venv/bin/python bench/analysis_bench.py --articles 1000 --runs 5
    .venv/bin/python bench/analysis_bench.py --content tests/data/example_project/content
    .venv/bin/python bench/analysis_bench.py --articles 1000 --dump /tmp/decisions.txt

Each run is a fresh process (so no run profits from another's caches), timed with CPU time,
not wall time: this machine is shared and wall time follows the other sessions' load. The
median of the runs is printed. `--dump PATH` writes every decision instead (each quote's
text, speaker, attribution, sieve, date, topics and stance, the problems and rejected spans,
and the statements and related links): dump before and after a speed change and diff the
two files; a speed change must leave them identical. `--versus DIR` runs the same
measurement with the `dateline` package of another checkout (e.g. `git worktree add` of the
commit before the change), alternating, and prints both medians.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


def measure(content: Path) -> dict[str, float]:
    """Analysis and link CPU seconds of one cold pass over `content` (in this process)."""
    t0 = time.process_time()
    from dateline import analyse, link, load, timeline

    started = time.process_time() - t0
    t0 = time.process_time()
    loaded = load.load(content)
    loaded_s = time.process_time() - t0
    t0 = time.process_time()
    # (what `analyse` imports at its first call, timed apart: their ~700 patterns compiled, ~1 CPU s, a fifth of
    # a 1000-article analysis; still counted in `analysis`, as before, for figures comparable with earlier ones)
    from dateline import attribution, dates, quotes, topics  # noqa: F401
    modules_s = time.process_time() - t0
    results = [analyse.analyse(a, loaded.data) for a in loaded.articles]
    analysis_s = time.process_time() - t0
    by_id = {a.id: a for a in loaded.articles}
    ordered = timeline.chronological([q for r in results for q in r.quotes], by_id)
    t0 = time.process_time()
    link.link(loaded.articles, ordered, [q.id for q in ordered])
    link_s = time.process_time() - t0
    return {"articles": len(loaded.articles), "quotes": len(ordered), "import": started, "load": loaded_s,
            "analysis": analysis_s, "modules": modules_s, "link": link_s}


def dump(content: Path, out: Path) -> None:
    """Every decision of the analysis and the linking of `content`, one line each."""
    from dateline import analyse, link, load, timeline

    loaded = load.load(content)
    results = analyse.analyse_all(loaded, None)
    by_id = {a.id: a for a in loaded.articles}
    ordered = timeline.chronological([q for a in loaded.articles for q in results[a.id].quotes], by_id)
    links = link.link(loaded.articles, ordered, [q.id for q in ordered])
    with out.open("w", encoding="utf-8") as fh:
        for p in loaded.problems:
            fh.write(f"load {p!r}\n")
        for a in loaded.articles:
            r = results[a.id]
            fh.writelines(f"quote {q!r}\n" for q in r.quotes)
            fh.writelines(f"problem {p!r}\n" for p in r.problems)
            fh.writelines(f"rejected {x!r}\n" for x in r.rejected)
        for name in ("statements", "related", "same_statement", "topic_next", "topic_prev", "stance_contrast"):
            fh.write(f"{name} {sorted(getattr(links, name).items())!r}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="synthetic corpus size (bench/corpus.py)")
    ap.add_argument("--content", type=Path, help="a content folder instead of the synthetic corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dump", type=Path, help="write every decision to this file instead of timing")
    ap.add_argument("--versus", type=Path, help="another checkout whose dateline package to time alternately")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child process: one pass, JSON out
    args = ap.parse_args(argv)
    content = args.content
    if content is None:
        sys.path.insert(0, str(BENCH))
        from corpus import DEFAULT_SEED, ensure_corpus

        out = BENCH / "corpus" / f"build-{args.articles}-s{DEFAULT_SEED}"  # build_bench.py's corpus
        content = ensure_corpus(args.articles, out) / "content"
    if args.dump:
        dump(content, args.dump)
        return 0
    if args.one:
        print(json.dumps(measure(content)))
        return 0
    checkouts = [("this", REPO)] + ([("versus", args.versus.resolve())] if args.versus else [])
    for _name, root in checkouts:
        # each checkout's bytecode, written once if missing or stale (an installed dateline has it): without it,
        # under PYTHONDONTWRITEBYTECODE or in a fresh worktree, every run compiled the sources again, ~50 ms more
        # "import" and ~0.1 s more "analysis" (its modules are imported at its first call) than a user's build
        compileall.compile_dir(str(root / "dateline"), quiet=1)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, _ in checkouts}
    for _ in range(args.runs):
        for name, root in checkouts:
            env = {**os.environ, "PYTHONPATH": str(root)}
            cmd = [sys.executable, str(Path(__file__).resolve()), "--one", "--content", str(content)]
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
            runs[name].append(json.loads(out.strip().splitlines()[-1]))
    for name, root in checkouts:
        rs = runs[name]
        n = rs[0]["articles"]
        med = {k: statistics.median(r[k] for r in rs) for k in ("import", "load", "analysis", "modules", "link")}
        each = ", ".join(f"{r['analysis'] / n * 1000:.2f}" for r in rs)
        print(f"{name} ({root}): {n} articles, {rs[0]['quotes']} quotes, {len(rs)} runs, median CPU: "
              f"import {med['import'] * 1000:.0f} ms, load {med['load'] / n * 1000:.2f} ms/article, "
              f"analysis {med['analysis'] / n * 1000:.2f} ms/article "
              f"(runs {each}; of it the analysis modules' import {med['modules'] * 1000:.0f} ms, "
              f"the articles {statistics.median(r['analysis'] - r['modules'] for r in rs) / n * 1000:.2f} ms/article), "
              f"link {med['link']:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
