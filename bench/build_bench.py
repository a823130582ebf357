"""Full-build benchmark: dateline against Hugo and Eleventy on the same synthetic corpus.

    .venv/bin/python bench/build_bench.py --articles 4000 --runs 5 --tmpfs
    .venv/bin/python bench/build_bench.py --articles 10000 --runs 3          # on disk

Each run builds the same N articles (bench/corpus.py, cached under bench/corpus/) with every
tool, alternating tools and rotating their order run by run, each into an emptied output
folder (cold build: dateline's on-disk cache, if any, is removed too unless --warm). One
untimed warm-up round first fills the page cache. Reports median seconds, ratios against the
peers measured in the same run, and peak memory. This machine is noisy: read the ratios, not
the absolute seconds. Results also go to bench/results/build-<N>[-tmpfs].json.

Targets (DESIGN.md): 4000 articles in <= 1.3x Hugo and < 0.5x Eleventy (measured on tmpfs);
10,000 articles in <= 15 s on disk with < 600 MB peak memory. Informational: exit status is 0
whenever the harness itself worked, whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus import DEFAULT_SEED, ensure_corpus
from harness import (
    BENCH_DIR,
    BUILD_PY,
    PYTHON,
    REPO_DIR,
    RESULTS_DIR,
    RunResult,
    compile_tree,
    dateline_available,
    git_revision,
    machine,
    median,
    ratio,
    remove,
    run_timed,
    table,
    tmpfs_dir,
    tool_version,
)

ELEVENTY_BIN = BENCH_DIR / "node_modules" / ".bin" / "eleventy"
ALL_TOOLS = ("dateline", "hugo", "eleventy")


@dataclass
class Tool:
    name: str
    cwd: Path
    out: Path
    cmd: list[str]
    cache_dirs: list[Path] = field(default_factory=list)
    runs: list[RunResult] = field(default_factory=list)
    failure: str = ""
    html_files: int = 0
    weight: dict[str, object] = field(default_factory=dict)  # page weights of the output (page_weight)

    @property
    def times(self) -> list[float]:
        return [r.seconds for r in self.runs]


def make_tools(names: Sequence[str], corpus: Path, outs: Path, *, npx: bool) -> tuple[list[Tool], list[str]]:
    tools: list[Tool] = []
    skipped: list[str] = []
    for name in names:
        out = outs / name
        if name == "dateline":
            if not dateline_available():
                skipped.append("dateline: build.py or .venv missing")
                continue
            cmd = [
                str(PYTHON), str(BUILD_PY), "build",
                "--content", str(corpus / "content"), "--out", str(out), "--no-search",
            ]  # fmt: skip
            caches = [corpus / ".dateline-cache", corpus / "content" / ".dateline-cache"]
            tools.append(Tool(name, corpus, out, cmd, caches))
        elif name == "hugo":
            hugo = shutil.which("hugo")
            if hugo is None:
                skipped.append("hugo: not installed (run bench/setup.sh)")
                continue
            site = corpus / "hugo"
            cmd = [hugo, "--quiet", "--source", str(site), "--destination", str(out)]
            tools.append(Tool(name, site, out, cmd, [site / "resources"]))
        elif name == "eleventy":
            if not ELEVENTY_BIN.exists():
                skipped.append("eleventy: not installed (run bench/setup.sh)")
                continue
            site = corpus / "eleventy"
            launcher = ["npx", "--prefix", str(BENCH_DIR), "@11ty/eleventy"] if npx else [str(ELEVENTY_BIN)]
            cmd = [*launcher, "--quiet", "--input=.", f"--output={out}"]
            tools.append(Tool(name, site, out, cmd))
    return tools, skipped


def count_html(path: Path) -> int:
    return sum(1 for _ in path.rglob("*.html")) if path.is_dir() else 0


def page_weight(path: Path) -> dict[str, object]:
    """What a reader downloads: the largest HTML page (path, bytes), the home page's bytes,
    HTML pages over 1 MB, and the total bytes of HTML and of every file."""
    sizes = {p.relative_to(path).as_posix(): p.stat().st_size for p in path.rglob("*.html")}
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    largest = max(sizes.items(), key=lambda kv: kv[1], default=("", 0))
    return {"largest_page": largest[0], "largest_bytes": largest[1], "home_bytes": sizes.get("index.html", 0),
            "pages_over_1mb": sum(s > 2**20 for s in sizes.values()), "html_bytes": sum(sizes.values()),
            "total_bytes": total}


def run_once(tool: Tool, *, warm: bool, timeout: float, max_mb: float) -> RunResult:
    remove(tool.out)
    if not warm:
        for cache in tool.cache_dirs:
            remove(cache)
    return run_timed(tool.cmd, cwd=tool.cwd, timeout=timeout, max_rss_mb=max_mb)


def describe_failure(res: RunResult) -> str:
    if res.returncode < 0:
        sig = signal.Signals(-res.returncode).name
        hint = " (--max-memory, --timeout or the OOM killer)" if sig == "SIGKILL" else ""
        what = f"killed by {sig}{hint} after {res.seconds:.1f} s, tree peak {res.tree_peak_mb:.0f} MB"
    else:
        what = f"exit {res.returncode} after {res.seconds:.1f} s"
    tail = res.tail()
    return f"{what}: {tail}" if tail else what


def fmt(x: float, digits: int = 2) -> str:
    return "—" if math.isnan(x) else f"{x:.{digits}f}"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", "-n", type=int, default=4000)
    p.add_argument("--runs", type=int, default=5, help="timed runs per tool (default 5)")
    p.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    p.add_argument("--tmpfs", action="store_true", help="corpus and output on /dev/shm")
    p.add_argument(
        "--tools", default=",".join(ALL_TOOLS),
        help="comma-separated subset of dateline,hugo,eleventy (default all)",
    )  # fmt: skip
    p.add_argument(
        "--npx", action="store_true",
        help="launch Eleventy through npx (adds ~0.5 s of npm start-up) instead of node_modules/.bin",
    )  # fmt: skip
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--warm", action="store_true", help="keep dateline's cache between runs")
    p.add_argument("--timeout", type=float, default=900.0, help="seconds per build")
    p.add_argument(
        "--max-memory", type=float, default=4096.0, metavar="MB",
        help="kill a build whose process tree exceeds this resident memory (default 4096)",
    )  # fmt: skip
    p.add_argument("--results", type=Path, help="JSON output path (default bench/results/…)")
    args = p.parse_args(argv)
    names = [t.strip() for t in args.tools.split(",") if t.strip()]
    if bad := [t for t in names if t not in ALL_TOOLS]:
        p.error(f"unknown tool(s): {', '.join(bad)}")
    if args.articles < 1 or args.runs < 1 or args.warmup < 0:
        p.error("--articles and --runs must be positive, --warmup not negative")

    cached = ensure_corpus(args.articles, BENCH_DIR / "corpus" / f"build-{args.articles}-s{args.seed}", seed=args.seed)
    scratch: Path | None = None
    if args.tmpfs:
        scratch = tmpfs_dir("dateline-bench-")
        corpus = scratch / "corpus"
        shutil.copytree(cached, corpus)
        outs = scratch / "out"
    else:
        corpus = cached
        outs = BENCH_DIR / "out" / f"build-{args.articles}"
    outs.mkdir(parents=True, exist_ok=True)
    where = "tmpfs" if args.tmpfs else "disk"

    compile_tree(REPO_DIR)
    tools, skipped = make_tools(names, corpus, outs, npx=args.npx)
    for s in skipped:
        print(f"skipped {s}", file=sys.stderr)
    print(
        f"building {args.articles} articles on {where}: {args.warmup} warm-up + {args.runs} "
        f"timed runs of {', '.join(t.name for t in tools)}",
        file=sys.stderr,
    )
    try:
        for round_no in range(args.warmup + args.runs):
            timed = round_no >= args.warmup
            shift = round_no % max(len(tools), 1)
            for tool in tools[shift:] + tools[:shift]:
                if tool.failure:
                    continue
                res = run_once(tool, warm=args.warm, timeout=args.timeout, max_mb=args.max_memory)
                label = f"run {round_no - args.warmup + 1}" if timed else "warm-up"
                if not res.ok:
                    tool.failure = describe_failure(res)
                    print(f"  {label} {tool.name}: FAILED ({tool.failure})", file=sys.stderr)
                    continue
                if not tool.html_files:
                    tool.html_files = count_html(tool.out)
                    tool.weight = page_weight(tool.out)
                print(
                    f"  {label} {tool.name}: {res.seconds:.2f} s (CPU {res.cpu_seconds:.2f} s), "
                    f"tree peak {res.tree_peak_mb:.0f} MB RSS / {res.tree_pss_peak_mb:.0f} MB PSS",
                    file=sys.stderr,
                )
                if timed:
                    tool.runs.append(res)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)

    med = {t.name: median(t.times) for t in tools if t.runs}
    d = med.get("dateline", math.nan)
    h = med.get("hugo", math.nan)
    e = med.get("eleventy", math.nan)
    rows = []
    for t in tools:
        rows.append([
            t.name,
            fmt(med.get(t.name, math.nan)),
            fmt(min(t.times)) if t.runs else "—",
            fmt(max(t.times)) if t.runs else "—",
            fmt(median([r.cpu_seconds for r in t.runs])),
            fmt(max((r.tree_peak_mb for r in t.runs), default=math.nan), 0),
            fmt(max((r.tree_pss_peak_mb for r in t.runs), default=math.nan), 0),
            fmt(max((r.maxrss_mb for r in t.runs), default=math.nan), 0),
            str(t.html_files),
            "ok" if not t.failure else "FAILED",
        ])  # fmt: skip
    print(f"\n{args.articles} articles, {where}, median of {args.runs} (seconds)")
    print(table(["tool", "median", "min", "max", "CPU s", "tree MB", "PSS MB", "maxrss MB", "html", "status"], rows))
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("\npage weight: largest HTML page, home page, pages over 1 MB, HTML total, all files")

    def kb(t: Tool, key: str, unit: int = 1024, digits: int = 0) -> str:
        value = t.weight.get(key)
        return fmt(value / unit, digits) if isinstance(value, int) else "—"

    print(table(["tool", "largest KB", "page", "home KB", "> 1 MB", "HTML MB", "total MB"], [
        [t.name, kb(t, "largest_bytes"), str(t.weight.get("largest_page", "")), kb(t, "home_bytes"),
         str(t.weight.get("pages_over_1mb", "")), kb(t, "html_bytes", 2**20, 1), kb(t, "total_bytes", 2**20, 1)]
        for t in tools if t.weight]))

    ratios = {"dateline/hugo": ratio(d, h), "dateline/eleventy": ratio(d, e)}
    dl = next((t for t in tools if t.name == "dateline" and t.runs), None)
    peak = max((r.tree_peak_mb for r in dl.runs), default=math.nan) if dl else math.nan
    # (name, value, limit, strict <, applies at this N and storage)
    checks = [
        ("dateline/hugo <= 1.3x (4000 articles, tmpfs)", ratios["dateline/hugo"], 1.3, False, 4000, "tmpfs"),
        ("dateline/eleventy < 0.5x (4000 articles, tmpfs)", ratios["dateline/eleventy"], 0.5, True, 4000, "tmpfs"),
        ("dateline <= 15 s (10,000 articles, disk)", d, 15.0, False, 10000, "disk"),
        ("dateline peak < 600 MB (10,000 articles, disk)", peak, 600.0, True, 10000, "disk"),
    ]
    targets: dict[str, dict[str, object]] = {}
    print()
    for name, value, limit, lt, at_n, at_storage in checks:
        if args.articles != at_n:
            continue
        met = None if math.isnan(value) else (value < limit if lt else value <= limit)
        note = "" if where == at_storage else f" (measured on {where}, target is for {at_storage})"
        verdict = "not measured" if met is None else ("met" if met else "missed")
        targets[name] = {"value": None if math.isnan(value) else round(value, 3), "met": met, "storage": where}
        print(f"target {name}: {fmt(value)} → {verdict}{note}")
    if not targets:
        print("no target is set at this article count (targets: 4000 on tmpfs, 10000 on disk)")

    versions = {
        "dateline": git_revision(),
        "hugo": tool_version(["hugo", "version"]),
        "eleventy": tool_version([str(ELEVENTY_BIN), "--version"]),
    }
    result = {
        "benchmark": "build",
        "articles": args.articles,
        "storage": where,
        "runs": args.runs,
        "warmup": args.warmup,
        "seed": args.seed,
        "cold": not args.warm,
        "eleventy_via_npx": args.npx,
        "machine": machine(),
        "versions": versions,
        "skipped": skipped,
        "tools": {
            t.name: {
                "command": t.cmd,
                "seconds": [round(x, 4) for x in t.times],
                "median": None if not t.runs else round(median(t.times), 4),
                "tree_peak_mb": [round(r.tree_peak_mb, 1) for r in t.runs],
                "maxrss_mb": [round(r.maxrss_mb, 1) for r in t.runs],
                "tree_pss_peak_mb": [round(r.tree_pss_peak_mb, 1) for r in t.runs],
                "cpu_seconds": [round(r.cpu_seconds, 2) for r in t.runs],
                "html_files": t.html_files,
                "page_weight": t.weight,
                "failure": t.failure or None,
            }
            for t in tools
        },
        "ratios": {k: None if math.isnan(v) else round(v, 3) for k, v in ratios.items()},
        "targets": targets,
    }
    suffix = "-tmpfs" if args.tmpfs else ""
    path = args.results or RESULTS_DIR / f"build-{args.articles}{suffix}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nresults written to {path}", file=sys.stderr)
    return 1 if not any(t.runs for t in tools) else 0


if __name__ == "__main__":
    raise SystemExit(main())
