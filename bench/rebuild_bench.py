"""Rebuild benchmark: what a `dateline build` costs after one edit, against a cold build.

    .venv/bin/python bench/rebuild_bench.py --articles 1000 --runs 3
    .venv/bin/python bench/rebuild_bench.py --articles 4000 --runs 3 --tmpfs --tree main=/path/to/main/checkout

The situation of CI (and of an editor at the command line): `.dateline-cache/` and the last `site/`
are there when the next build starts. Each round takes a fresh copy of the bench corpus
(bench/corpus.py), builds it cold (no cache, no site), then rebuilds it after each edit in turn:

  (a) nothing changed;
  (b) one article gains a quoted sentence (a new statement);
  (c) another article's title changes;
  (e) `words`: a quote of a third article has its words edited (one word added inside it, in the body);
  (f) `speaker`: a quote of a fourth article is given to another speaker by a front-matter `quotes:`
      correction (`id:` + `speaker:`, as review offers it);
  (d) a speaker's display name changes in `_data/speakers.yaml` (with --speakers: every page shows it).

(e) and (f) find their quote in the last build's `site/data/quotes.json` (outside the timed build).

Every build is timed as a child process: CPU seconds of the whole process tree (user + system,
worker processes included: what the work cost, which other jobs on the machine inflate less than
the wall clock) and wall seconds. Rounds alternate the dateline trees compared (`--tree
NAME=PATH`, any number; default: this checkout) and rotate their order. With --verify (the
default) the first round also builds each edited state clean (no cache, no site) and checks that
the rebuild's site is byte for byte the clean one. Results: a table of median/min/max and the
ratio of each rebuild's median CPU to the cold build's, and JSON in
bench/results/rebuild-<N>[-tmpfs].json. Informational: the exit status is 0 whenever the harness
worked (1 if a verification found a difference).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus import DEFAULT_SEED, ensure_corpus
from harness import (
    BENCH_DIR,
    PYTHON,
    REPO_DIR,
    RESULTS_DIR,
    RunResult,
    compile_tree,
    git_revision,
    machine,
    median,
    run_timed,
    table,
    tmpfs_dir,
)

SCENARIOS = ("cold", "nothing", "quote", "title", "words", "speaker", "speakers")
SENTENCE = '\n"We will rebuild every school in this district before the winter comes," Zelensky said on Friday.\n'


def _articles(project: Path) -> list[Path]:
    return sorted((project / "content" / "articles").glob("*.md"))


def add_quote(project: Path) -> None:
    """(b): a new quoted sentence, attributed, at the end of the middle article."""
    path = _articles(project)[len(_articles(project)) // 2]
    path.write_text(path.read_text(encoding="utf-8") + SENTENCE, encoding="utf-8")


def change_title(project: Path) -> None:
    """(c): the title of the article a third of the way in gains a word."""
    path = _articles(project)[len(_articles(project)) // 3]
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'^title: "?', lambda m: m.group(0) + "Updated: ", text, count=1, flags=re.M),
                    encoding="utf-8")


def rename_speaker(project: Path) -> None:
    """(d): the first speaker's display name in `_data/speakers.yaml` changes."""
    path = project / "content" / "_data" / "speakers.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^(\s*name: .*)$", r"\1 (edited)", text, count=1, flags=re.M), encoding="utf-8")


def _quotes_of(project: Path, path: Path) -> list[dict[str, object]]:
    """The last build's quotes of the article at `path` (its slug is the file's stem), in order."""
    quotes = json.loads((project / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    return [q for q in quotes if q["article"] == path.stem]


def edit_words(project: Path) -> None:
    """(e): the first quote of the article two thirds of the way in whose words are in the body as
    they are gets one word more ("truly" before its last word): the quote's words, not its sentence."""
    path = _articles(project)[2 * len(_articles(project)) // 3]
    text = path.read_text(encoding="utf-8")
    for q in _quotes_of(project, path):
        words = str(q["text"])
        at = text.find(words, text.find("\n---", 3))
        if at > 0 and " " in words:
            head, _, last = words.rpartition(" ")
            path.write_text(text[:at] + f"{head} truly {last}" + text[at + len(words):], encoding="utf-8")
            return
    raise SystemExit(f"words edit: no quote of {path.name} is in its body verbatim")


def edit_speaker(project: Path) -> None:
    """(f): the first quote of the article a quarter of the way in goes to another speaker of
    speakers.yaml, by a `quotes:` correction in its front matter (`id:` and `speaker:`)."""
    path = _articles(project)[len(_articles(project)) // 4]
    quote = _quotes_of(project, path)[0]
    ids = re.findall(r"^- id: (\S+)", (project / "content" / "_data" / "speakers.yaml").read_text(encoding="utf-8"),
                     flags=re.M)
    other = next(i for i in ids if i != quote["speaker"])
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---", 3)
    path.write_text(text[:end] + f"\nquotes:\n  - id: {quote['id']}\n    speaker: {other}" + text[end:], encoding="utf-8")


EDITS: dict[str, Callable[[Path], None]] = {
    "nothing": lambda project: None, "quote": add_quote, "title": change_title, "words": edit_words,
    "speaker": edit_speaker, "speakers": rename_speaker,
}


def build_cmd(tree: Path) -> list[str]:
    python = PYTHON if PYTHON.is_file() else Path(sys.executable)
    return [str(python), str(tree / "build.py"), "build", "--content", "content", "--out", "site", "--no-search"]


def build(tree: Path, project: Path, timeout: float) -> RunResult:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    res = run_timed(build_cmd(tree), cwd=project, env=env, timeout=timeout)
    if not res.ok:
        raise SystemExit(f"build failed in {project} with {tree}:\n{res.tail()}")
    return res


def site_digest(site: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(site.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(site).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def verify(tree: Path, project: Path, scratch: Path, timeout: float) -> bool:
    """The rebuilt site equals a clean build of the same input, byte for byte."""
    clean = scratch / "verify"
    shutil.rmtree(clean, ignore_errors=True)
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("site", ".dateline-cache", ".site.*"))
    build(tree, clean, timeout)
    same = site_digest(project / "site") == site_digest(clean / "site")
    shutil.rmtree(clean, ignore_errors=True)
    return same


def fmt(x: float) -> str:
    return f"{x:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", "-n", type=int, default=1000)
    p.add_argument("--runs", type=int, default=3, help="rounds, each from a fresh copy (default 3)")
    p.add_argument("--tmpfs", action="store_true", help="the copies (and their sites) on /dev/shm")
    p.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                   help="a dateline checkout to measure (repeatable; default: this one, as 'this')")
    p.add_argument("--speakers", action="store_true", help="also (d): a speaker renamed in speakers.yaml")
    p.add_argument("--no-verify", action="store_true", help="skip the byte-for-byte check of round 1")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--timeout", type=float, default=1800.0, help="seconds per build")
    p.add_argument("--results", type=Path, help="JSON output path (default bench/results/rebuild-<N>.json)")
    args = p.parse_args(argv)
    trees: dict[str, Path] = {}
    for spec in args.tree or [f"this={REPO_DIR}"]:
        name, _, path = spec.partition("=")
        if not path or not (Path(path) / "build.py").is_file():
            p.error(f"--tree {spec!r}: want NAME=PATH of a dateline checkout (with build.py)")
        trees[name] = Path(path).resolve()
        compile_tree(trees[name])
    scenarios = [s for s in SCENARIOS if s != "speakers" or args.speakers]

    cached = ensure_corpus(args.articles, BENCH_DIR / "corpus" / f"build-{args.articles}-s{args.seed}", seed=args.seed)
    scratch = tmpfs_dir("dateline-rebuild-") if args.tmpfs else Path(tempfile.mkdtemp(prefix="dateline-rebuild-"))
    where = "tmpfs" if args.tmpfs else "disk"
    runs: dict[str, dict[str, list[RunResult]]] = {t: {s: [] for s in scenarios} for t in trees}
    verified: dict[str, dict[str, bool]] = {t: {} for t in trees}
    print(f"{args.articles} articles on {where}, {args.runs} rounds of {', '.join(scenarios)} "
          f"for {', '.join(trees)}", file=sys.stderr)
    try:
        names = list(trees)
        for round_no in range(args.runs):
            shift = round_no % len(names)
            for name in names[shift:] + names[:shift]:
                tree = trees[name]
                project = scratch / f"{name}-{round_no}"
                shutil.copytree(cached / "content", project / "content")
                for scenario in scenarios:
                    if scenario != "cold":
                        EDITS[scenario](project)
                    res = build(tree, project, args.timeout)
                    runs[name][scenario].append(res)
                    line = f"  round {round_no + 1} {name} {scenario}: CPU {res.cpu_seconds:.2f} s, wall {res.seconds:.2f} s"
                    if round_no == 0 and not args.no_verify and scenario != "cold":
                        verified[name][scenario] = verify(tree, project, scratch, args.timeout)
                        line += " (= clean build)" if verified[name][scenario] else " (DIFFERS from a clean build)"
                    print(line, file=sys.stderr)
                shutil.rmtree(project, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    summary: dict[str, dict[str, dict[str, object]]] = {}
    rows = []
    for name in trees:
        cold = median([r.cpu_seconds for r in runs[name]["cold"]])
        summary[name] = {}
        for scenario in scenarios:
            cpu = [r.cpu_seconds for r in runs[name][scenario]]
            wall = [r.seconds for r in runs[name][scenario]]
            share = median(cpu) / cold if cold else float("nan")
            summary[name][scenario] = {
                "cpu_s": cpu, "wall_s": wall, "cpu_median": median(cpu), "cpu_min": min(cpu), "cpu_max": max(cpu),
                "wall_median": median(wall), "wall_min": min(wall), "wall_max": max(wall),
                "cpu_ratio_to_cold": share, "equals_clean_build": verified[name].get(scenario),
            }
            rows.append([name, scenario, fmt(median(cpu)), fmt(min(cpu)), fmt(max(cpu)), fmt(median(wall)),
                         f"{100 * share:.1f} %", {True: "yes", False: "NO", None: "—"}[verified[name].get(scenario)]])
    print(f"\n{args.articles} articles, {where}, median of {args.runs} (seconds; CPU = process tree)")
    print(table(["tree", "build", "CPU median", "CPU min", "CPU max", "wall median", "CPU / cold", "= clean"], rows))
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    out = args.results or RESULTS_DIR / f"rebuild-{args.articles}{'-tmpfs' if args.tmpfs else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "articles": args.articles, "runs": args.runs, "where": where, "revision": git_revision(),
        "trees": {n: str(t) for n, t in trees.items()}, "machine": machine(),
        "loadavg_at_end": [round(x, 2) for x in os.getloadavg()], "results": summary,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 1 if any(v is False for t in verified.values() for v in t.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
