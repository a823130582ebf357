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
from collections.abc import Callable, Collection, Mapping
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
        _swap(staging, out)
        return written
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class Output:
    """A full build's files, streamed to disk as they are made; nothing in `out` changes before
    `commit`.

    Each file goes to a staging folder beside `out`, unless `out` already holds exactly those
    bytes: then it is left alone (an unchanged file is never rewritten, so its mtime and any
    hard links survive and a rebuild writes only what changed). `commit` then moves the staged
    files in, one rename each, and removes the files the build no longer makes. When `out` did
    not exist the staging folder simply becomes it. Forked render workers call `put` too: the
    files land in the same staging folder and the workers hand the names back.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.fresh = not self.out.exists() or not any(self.out.iterdir())
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.staging-", dir=self.out.parent))
        self._dirs: set[Path] = set()

    def put(self, rel: str, data: bytes) -> None:
        """Stage one file (site-root-relative path), unless `out` already holds these bytes."""
        target = _safe_target(self.staging, rel)
        if not self.fresh and _holds(self.out / rel, data):
            return
        if target.parent not in self._dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        target.write_bytes(data)

    def put_file(self, rel: str, source: Path) -> None:
        self.put(rel, source.read_bytes())

    def commit(self, names: Collection[str], after_write: Callable[[Path], None] | None = None) -> int:
        """Make `out` hold exactly `names` (the staged ones new, the rest as they were).

        `after_write` (the search indexer) needs the whole site in one folder: the unchanged
        files are then hard-linked into the staging folder (copied where links fail), it runs
        there, and the folder is swapped in, so its failure too leaves `out` as it was."""
        try:
            if self.fresh or after_write is not None:
                if not self.fresh:
                    self._link_unchanged(names)
                if after_write is not None:
                    after_write(self.staging)
                os.chmod(self.staging, 0o755)
                _swap(self.staging, self.out)
                return len(names)
            wanted = set(names)
            for dirpath, _, filenames in os.walk(self.staging):
                for f in filenames:
                    source = Path(dirpath) / f
                    target = self.out / source.relative_to(self.staging)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(source, target)
            for path in sorted(self.out.rglob("*"), reverse=True):
                if path.is_file() or path.is_symlink():
                    if path.relative_to(self.out).as_posix() not in wanted:
                        path.unlink()
                elif path.is_dir() and not any(path.iterdir()):
                    path.rmdir()
            shutil.rmtree(self.staging, ignore_errors=True)
            return len(names)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Forget the build: the staging folder goes, `out` is as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)

    def _link_unchanged(self, names: Collection[str]) -> None:
        for rel in names:
            target = self.staging / rel
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.out / rel, target)
            except OSError:
                shutil.copy2(self.out / rel, target)


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at `path` has exactly these bytes (size first: most changes show there)."""
    try:
        if path.stat().st_size != len(data):
            return False
        with open(path, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False


def _swap(staging: Path, out: Path) -> None:
    """Put `staging` in the place of `out` with two renames; the old tree is removed after."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        os.replace(out, old)
    os.replace(staging, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


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
