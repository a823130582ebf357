"""Put rendered pages on disk without ever leaving a half-written site (Lektor's habit).

Full builds go to a staging folder beside the output and are swapped in with two
renames; incremental builds replace only files whose bytes changed, each one
atomically (write to a temp file, then `os.replace`). Only this module writes, and
the static files (CSS, JS) are read here too, from the paths render names for them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path


def _safe_target(root: Path, rel: str) -> Path:
    """Refuse any page path that would land outside the output folder."""
    if rel.startswith(("/", "\\")) or ".." in Path(rel).parts or "\x00" in rel:
        raise ValueError(f"refusing to write outside the site: {rel!r}")
    return root / rel


def write_tree(pages: Mapping[str, bytes], root: Path) -> int:
    """Write every page under a fresh `root` (which must not exist yet)."""
    made: set[Path] = set()
    for rel in sorted(pages):
        target = _safe_target(root, rel)
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(pages[rel])
    return len(pages)


def with_static(pages: Mapping[str, bytes], static: Mapping[str, Path]) -> dict[str, bytes]:
    """The generated pages plus the static files' bytes (site path → source file)."""
    out = dict(pages)
    for rel, source in static.items():
        out[rel] = source.read_bytes()
    return out


def write_site(pages: Mapping[str, bytes], out: Path,
               after_write: Callable[[Path], None] | None = None, *,
               static: Mapping[str, Path] | None = None) -> int:
    """Build the whole site in a staging folder, then swap it in place of `out`.

    `static` files are copied in beside the pages. `after_write` (e.g. the search
    indexer) runs on the staging folder, so a failure there also leaves the previous
    site untouched.
    """
    pages = with_static(pages, static or {})
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    try:
        written = write_tree(pages, staging)
        if after_write is not None:
            after_write(staging)
        os.chmod(staging, 0o755)
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            old.rmdir()
            os.replace(out, old)
        os.replace(staging, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return written
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class WriteStopped(Exception):
    """`each` asked to stop: the files listed in `done` were written, the rest were not."""

    def __init__(self, done: list[str]) -> None:
        super().__init__(f"stopped after {len(done)} files")
        self.done = done


def write_changed(pages: Mapping[str, bytes], out: Path, *, prune: bool = True,
                  previous: Mapping[str, bytes] | None = None,
                  each: Callable[[], AbstractContextManager[bool]] | None = None,
                  record: Callable[[str, bytes | None], None] | None = None) -> list[str]:
    """Incremental write: replace files whose bytes differ, remove files no longer produced.

    With `previous` (what the last call wrote) the comparison is made in memory; the
    disk is only read on the first call. `each`, if given, is entered around every file
    written and yields whether to go on (serve holds its lock per file, not per site, and
    stops a pass that a newer edit has made stale); `record(rel, bytes or None)` is told of
    each file written or removed, inside that same context. Returns the paths that changed.
    """
    changed: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    for rel in sorted(pages):
        if each is not None:
            with each() as go_on:
                if not go_on:
                    raise WriteStopped(changed)
                if _write_one(out, rel, pages[rel], previous):
                    changed.append(rel)
                    if record is not None:
                        record(rel, pages[rel])
            continue
        if _write_one(out, rel, pages[rel], previous):
            changed.append(rel)
            if record is not None:
                record(rel, pages[rel])
    if prune and previous is not None:
        for rel in sorted(set(previous) - set(pages)):
            target = _safe_target(out, rel)
            if target.is_file():
                target.unlink()
                changed.append(rel)
            if record is not None:
                record(rel, None)
    elif prune:
        wanted = set(pages)
        for path in sorted(out.rglob("*"), reverse=True):
            rel = path.relative_to(out).as_posix()
            if path.is_file() and rel not in wanted and not rel.startswith("pagefind/"):
                path.unlink()
                changed.append(rel)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return changed


def _write_one(out: Path, rel: str, data: bytes, previous: Mapping[str, bytes] | None) -> bool:
    """Atomically replace one file if its bytes differ; True when written."""
    target = _safe_target(out, rel)
    if previous is not None:
        if previous.get(rel) == data and target.exists():
            return False
    else:
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                return False
        except OSError:
            pass
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)
    return True
