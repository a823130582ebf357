"""A whole cold build in this one process — no forked workers, no link process — for instruction counts.

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python bench/one_process_build.py --tree /work/wt-x --content DIR/content --out DIR/site

A build's forked workers are ended by their parent once their last message is read, before valgrind writes
their counts (perfsteps), and its link process is another program: counted in one process, the build's
whole work is one noise-free figure (`I refs`), the same work a forked build shares out (the site is the
same: the pipeline's apart and together builds are tested equal). The caches (`.dateline-cache` beside and
in the content) and the output are removed first: a cold build. `workers.can_fork` says no and linking
stays in this process (`pipeline.LINK_APART`); nothing else is changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tree", type=Path, required=True, help="the checkout whose dateline builds")
    p.add_argument("--content", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    content, out = args.content.resolve(), args.out.resolve()
    sys.path.insert(0, str(args.tree.resolve()))
    from dateline import pipeline, workers
    from dateline.cli import main as dateline

    workers.can_fork = lambda n: False  # type: ignore[assignment]
    pipeline.LINK_APART = 10**12
    for cache in (content.parent / ".dateline-cache", content / ".dateline-cache"):
        shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    os.chdir(content.parent)
    return dateline(["build", "--content", str(content), "--out", str(out), "--no-search"])


if __name__ == "__main__":
    sys.exit(main())
