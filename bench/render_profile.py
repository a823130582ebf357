"""Where a cold build's CPU goes after analysis: every step of the render side, in one process.

    .venv/bin/python bench/render_profile.py --articles 4000 [--tree DIR] [--runs 3] [--cprofile FILE]

Builds the corpus (bench/corpus.py, on /dev/shm) once with the tree's dateline to fill its analysis
cache, then times `--runs` builds that are cold for everything after analysis: the last build's
links, merge decisions, fragments, records, page keys, compiled templates and output are removed
before each, the parsed files and analyses kept (they are what analysis and loading make, not what
this measures). Each run is one process with the render workers off (`workers.can_fork` false), and
each step's CPU is `time.process_time` around the functions named in `STEPS` (inclusive: a step
that calls another counts it too). Linking runs in its own process as in a real build and is not
counted here. `--tree DIR`: the dateline package of that worktree (paired runs: this tree and the
start tree one after the other). `--cprofile FILE`: the render of the last run under cProfile.

Steps missing from a tree (renamed or gone) are left out of its table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEEP = {"analysis", "load", "lexicon.pickle", "patterns.marshal"}  # what analysis and loading made

# (module, attribute) → the step's name in the table; inclusive CPU seconds of every call
STEPS: list[tuple[str, str, str]] = [
    ("dateline.pipeline", "assemble", "assemble (link waits, timeline)"),
    ("dateline.render", "render_to", "render_to (all)"),
    ("dateline.render", "_views", "views"),
    ("dateline.render", "_cards", "cards (keys included)"),
    ("dateline.render", "_card_key", "  card keys"),
    ("dateline.render", "_timeline_pages", "timeline pagination"),
    ("dateline.render", "_overview", "overview context"),
    ("dateline.render", "_year_pages", "year pages"),
    ("dateline.render", "_entries", "entries (keys included)"),
    ("dateline.render", "_entry_key", "  entry keys"),
    ("dateline.render", "_listing_pages", "topic + speaker pages"),
    ("dateline.render", "_linked_chart", "  charts (all pages)"),
    ("dateline.render", "_article_pages", "article pages (keys included)"),
    ("dateline.render", "_article_key", "  article keys"),
    ("dateline.render", "_Pages.article", "  article page (one call each)"),
    ("dateline.markdown", "render_marked", "    markdown bodies"),
    ("dateline.exports", "quotation_jsonld", "    json-ld"),
    ("dateline.render", "_feeds_and_sitemap", "feeds + sitemap"),
    ("dateline.render", "_Pages.put_parts", "data exports (made + written)"),
    ("dateline.write", "Output.put", "write: put"),
    ("dateline.write", "Output.commit", "write: commit"),
    ("dateline.buildcache", "save", "cache: save"),
    ("dateline.buildcache", "RenderCache.store_fragments", "cache: fragments stored"),
]


def _wrap(module: str, attr: str, label: str, totals: dict[str, float]) -> None:
    import importlib

    mod = importlib.import_module(module)
    owner: object = mod
    *path, name = attr.split(".")
    for part in path:
        owner = getattr(owner, part, None)
        if owner is None:
            return
    func = getattr(owner, name, None)
    if func is None:
        return
    totals.setdefault(label, 0.0)
    clock = time.process_time

    def timed(*args: object, **kwargs: object) -> object:
        t = clock()
        try:
            return func(*args, **kwargs)
        finally:
            totals[label] += clock() - t
    setattr(owner, name, timed)


def _one_run(tree: str, corpus: str, out: str, cprofile: str | None) -> None:
    """Body of one measured run (its own process): the build with every step timed, as JSON on stdout."""
    sys.path.insert(0, tree)
    os.chdir(corpus)
    from dateline import workers

    workers.can_fork = lambda workers_=2: False  # type: ignore[assignment]
    totals: dict[str, float] = {}
    for module, attr, label in STEPS:
        _wrap(module, attr, label, totals)
    if cprofile:
        import cProfile

        from dateline import render
        inner = render.render_to

        def profiled(*args: object, **kwargs: object) -> object:
            prof = cProfile.Profile()
            try:
                return prof.runcall(inner, *args, **kwargs)
            finally:
                prof.dump_stats(cprofile)
        render.render_to = profiled  # type: ignore[assignment]
    from dateline import cli

    started = time.process_time()
    code = cli.main(["build", "--content", "content", "--out", out, "--no-search", "--quiet", "--force"])
    totals["whole build (this process)"] = time.process_time() - started
    if code:
        raise SystemExit(f"build failed: {code}")
    print(json.dumps(totals))


def _cold(corpus: Path, out: Path) -> None:
    cache = corpus / ".dateline-cache"
    if cache.is_dir():
        for p in cache.iterdir():
            if p.name not in KEEP:
                shutil.rmtree(p) if p.is_dir() else p.unlink()
    shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", "-n", type=int, default=4000)
    p.add_argument("--tree", default=str(HERE.parent), help="worktree whose dateline is measured")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--work", default="/dev/shm/render-profile", help="corpus and output folder (tmpfs)")
    p.add_argument("--cprofile", help="cProfile stats of the last run's render_to")
    p.add_argument("--one", nargs=3, help=argparse.SUPPRESS)  # tree corpus out: a measured run (internal)
    args = p.parse_args()
    if args.one:
        _one_run(*args.one, args.cprofile)
        return
    tree = str(Path(args.tree).resolve())
    work = Path(args.work) / Path(tree).name
    corpus, out = work / f"c{args.articles}", work / "out"
    if not (corpus / "content").is_dir():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "--articles", str(args.articles), "--out",
                        str(corpus)], check=True)
    env = {**os.environ, "PYTHONPATH": tree}
    if not (corpus / ".dateline-cache" / "analysis").is_dir():  # the analyses, once, with the workers
        subprocess.run([sys.executable, "-m", "dateline", "build", "--content", "content", "--out", str(out),
                        "--no-search", "--quiet", "--force"], cwd=corpus, env=env, check=True)
    runs: list[dict[str, float]] = []
    for n in range(args.runs):
        _cold(corpus, out)
        cmd = [sys.executable, str(HERE / "render_profile.py"), "--one", tree, str(corpus), str(out)]
        if args.cprofile and n == args.runs - 1:
            cmd += ["--cprofile", args.cprofile]
        done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    labels = [label for _, _, label in STEPS if label in runs[0]] + ["whole build (this process)"]
    print(f"{tree}: {args.articles} articles, cold after analysis, CPU s a step ({args.runs} run(s); median first)")
    for label in labels:
        values = sorted(r.get(label, 0.0) for r in runs)
        print(f"  {label:<38} {values[len(values) // 2]:7.2f}   " + " ".join(f"{v:.2f}" for v in values))


if __name__ == "__main__":
    main()
