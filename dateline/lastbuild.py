"""A build that would change nothing does nothing, and says what the last one said.

When every input of a build is as it was for the last successful one (each file under the
content and templates folders and the theme, the configuration, dateline's code, Python and its
installed packages, the after-write hook) and the output folder is still exactly what that
build left, a full build could only make the same bytes again: `unchanged` returns the last
build's report instead (every warning in it, printed again as a full build would), and the
site is not touched. A rebuild of CI or of an editor's command line that changed nothing costs
the interpreter, one walk of the sources and one of the site.

Both sides are compared by their files' stat records, not their bytes: a file's change time
(st_ctime) moves with every write, rename, link or permission change and cannot be set back by
hand, so any edit of a source or of the site since the last build, even one that restores its
bytes and its mtime, is a change, and the full build runs. A symlink in either tree, an unknown
after-write hook or anything unreadable is "not unchanged" as well: this only ever costs speed.

Light on purpose (standard library only): the CLI asks it before it imports the pipeline, the
renderer and the analysis, which cost more than the rest of a build that changed nothing.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline import code_key
from dateline.config import SiteConfig
from dateline.errors import Problem
from dateline.write import read_cache, write_cache

RECORD = Path(".dateline-cache") / "last-build.pickle"
THEME = Path(__file__).parent / "theme"


@dataclass
class BuildReport:
    articles: int = 0
    quotes: int = 0
    pages: int = 0
    written: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    unknown_speakers: dict[str, int] = field(default_factory=dict)
    untagged: dict[str, int] = field(default_factory=dict)  # a figure's name: their statements on no topic
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)  # path, quotes, unknown, rejected
    acknowledged: list[tuple[Problem, str]] = field(default_factory=list)  # warnings an editor acknowledged, why


def inputs(config: SiteConfig, after_write: Callable[[Path], None] | None) -> str | None:
    """A digest of everything a build reads, or None when it cannot be told safely (then every
    build is a full one). Taken before the build reads anything: an edit made while it runs is
    a difference at the next build. The day is an input too: a date after today is a warning
    until that day comes (`load.future_dates`), so the last report may not outlive its day."""
    hook = None if after_write is None else f"{after_write.__module__}.{after_write.__qualname__}"
    if hook is not None and (not hook.startswith("dateline.") or "<" in hook):
        return None  # a caller's own hook: it may do anything, so it runs on every build
    h = hashlib.blake2b(digest_size=20)
    h.update(repr((code_key(), sys.version, hook, date.today().isoformat(), config.root.resolve(), config.content_path.resolve(),
                   config.templates_path.resolve(), config.output_path.resolve(), config)
                  ).encode("utf-8", "surrogatepass"))
    for folder in (config.content_path, config.templates_path, THEME, *_packages()):
        if not _walk(h, folder):
            return None
    return h.hexdigest()


def _packages() -> list[Path]:
    """The folders Python imports installed packages from (Jinja, markdown-it, Pagefind …): one
    stat each, which moves when a package is installed, upgraded or removed."""
    return [Path(p) for p in sys.path if p.endswith(("site-packages", "dist-packages")) and os.path.isdir(p)]


def _walk(h: hashlib.blake2b, folder: Path) -> bool:
    """Every entry under `folder` (a package folder: the folder alone) into `h` by its stat record;
    False when it holds a symlink or cannot be read. A missing folder is recorded as missing."""
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        h.update(f"{folder}\0missing\n".encode("utf-8", "surrogatepass"))
        return True
    except OSError:
        return False
    h.update(f"{folder}\0{_stamp(st)}\n".encode("utf-8", "surrogatepass"))
    if folder.name in ("site-packages", "dist-packages"):
        return True
    stack = [str(folder)]
    lines: list[str] = []
    try:
        while stack:
            here = stack.pop()
            with os.scandir(here) as it:
                for entry in it:
                    if entry.is_symlink():
                        return False
                    lines.append(f"{entry.path}\0{_stamp(entry.stat(follow_symlinks=False))}")
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
    except OSError:
        return False
    lines.sort()
    h.update("\n".join(lines).encode("utf-8", "surrogatepass"))
    return True


def _stamp(st: os.stat_result) -> str:
    return f"{st.st_mode:o} {st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns}"


def site_stamp(out: Path) -> str | None:
    """A digest of the output folder as it is on disk (every file and folder's stat record), or
    None when it is missing or holds anything a build never makes (a symlink)."""
    if not out.is_dir():
        return None
    h = hashlib.blake2b(digest_size=20)
    return h.hexdigest() if _walk(h, out) else None


def unchanged(config: SiteConfig, digest: str | None) -> BuildReport | None:
    """The last successful build's report when a build of inputs `digest` would make exactly the
    site that is there (see the module's docstring), else None: then build in full."""
    if digest is None:
        return None
    started = time.perf_counter()
    record = read_cache(config.root / RECORD)
    if record.get("inputs") != digest or record.get("code") != code_key():
        return None
    report = record.get("report")
    if not isinstance(report, BuildReport) or site_stamp(config.output_path.resolve()) != record.get("site"):
        return None
    report.seconds = time.perf_counter() - started
    return report


def forget(root: Path) -> None:
    """Before a build changes the site: the record no longer describes it."""
    with suppress(OSError):
        (root / RECORD).unlink(missing_ok=True)


def remember(root: Path, digest: str | None, out: Path, report: BuildReport) -> None:
    """After a build was committed to `out`: its inputs, the site it left and its report."""
    site = site_stamp(out)
    if digest is None or site is None:
        return
    write_cache(root / RECORD, {"code": code_key(), "inputs": digest, "site": site, "report": report})
