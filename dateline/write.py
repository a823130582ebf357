"""Put rendered pages on disk without ever leaving a half-written site (Lektor's habit).

The output folder is dateline's alone: every build leaves a `.dateline-site` marker in it,
and a folder that could be anything else (the project root, one holding or inside the
content or templates, a repository, a non-empty folder without the marker) is refused
before anything is written (`refusal`), because a full build replaces the folder whole.

Full builds go to a staging folder beside the output and are swapped in with one atomic
exchange of the two directories (renameat2 RENAME_EXCHANGE on Linux), so a build killed at
any moment, SIGKILL included, leaves either the old site or the new one, never a mix or
nothing; what a killed build leaves beside the output is recognised by name and marker and
removed by the next one. A CLI build keeps the site it swapped out in its cache folder
(`.dateline-cache/site-spare`) and makes it the next build's staging folder, whose folders and
unchanged files are then already there (`Output`'s `spare`). Incremental builds replace only
files whose bytes changed, each one atomically (write to a temp file, then `os.replace`).
Only this module writes, and the static files (CSS, JS) are read here too, from the paths
render names for them.
"""

from __future__ import annotations

import ctypes
import errno
import os
import pickle
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

MARKER = ".dateline-site"
MARKER_TEXT = b"This folder is written by dateline: every build replaces it whole. Keep nothing of your own here.\n"


class OutputRefused(Exception):
    """The output folder may hold something that is not ours: nothing was written."""


@dataclass(frozen=True)
class Refusal:
    """Why a folder may not be the output. `forcible`: --force may override it; never when
    the build would replace the user's sources or project (nothing the user wrote is lost)."""

    reason: str
    forcible: bool


def refusal(out: Path, *, root: Path, sources: Iterable[Path]) -> Refusal | None:
    """Why `out` must not be replaced by a build, or None when it is dateline's to replace.

    A full build replaces the output folder whole, so it must be a folder nobody else keeps
    anything in: not the project, not the sources, not a repository, and if it already has
    files, one a previous build marked as ours.
    """
    target = out.resolve()
    project = root.resolve()
    if target.exists() and not target.is_dir():
        return Refusal("it is a file, not a folder", False)
    if target == project:
        return Refusal("it is the project root (a build replaces the output folder whole)", False)
    if project.is_relative_to(target):
        return Refusal("it holds the project root (a build replaces the output folder whole)", False)
    for source in sorted({s.resolve() for s in sources}):
        name = _shown(source, project)
        if target == source:
            return Refusal(f"it is the source folder {name}", False)
        if source.is_relative_to(target):
            return Refusal(f"it holds the source folder {name}", False)
        if target.is_relative_to(source):
            return Refusal(f"it lies inside the source folder {name} (the site would become content)", False)
    if not target.is_dir():
        return None
    for name in ("pyproject.toml", ".git"):
        if (target / name).exists():
            return Refusal(f"it holds {name}: it looks like a project or a repository, not a site", True)
    if not (target / MARKER).is_file() and any(target.iterdir()):
        return Refusal(f"it is not empty and has no {MARKER} marker, so no dateline build made it", True)
    return None


def set_aside(out: Path) -> Path:
    """Move a folder --force may replace out of the way, whole, to a free name beside it
    (``site.before-dateline``, ``site.before-dateline-2`` …) and return that name: --force
    lets a build have the folder, never lose what was in it."""
    n = 1
    while True:
        aside = out.with_name(f"{out.name}.before-dateline" + (f"-{n}" if n > 1 else ""))
        if not os.path.lexists(aside):
            os.rename(out, aside)
            return aside
        n += 1


def _shown(path: Path, project: Path) -> str:
    try:
        return path.relative_to(project).as_posix() + "/"
    except ValueError:
        return path.as_posix() + "/"


_SLASH_ONLY = os.sep == "/" and os.altsep in (None, "/")  # what separates a path's parts (Windows: either slash)


def _safe_target(root: Path, rel: str) -> Path:
    """Refuse any page path that would land outside the output folder."""
    return root / _safe_rel(rel)


def _safe_rel(rel: str) -> str:
    """`rel`, refused (ValueError) when it would land outside the output folder: absolute, with a `..`
    part or a NUL. (Split as text, not by `Path`: asked for every page a rebuild keeps.)"""
    parts = (rel if _SLASH_ONLY else rel.replace(os.sep, "/")).split("/")
    if rel.startswith(("/", "\\")) or ".." in parts or "\x00" in rel:
        raise ValueError(f"refusing to write outside the site: {rel!r}")
    return rel


def with_static(pages: Mapping[str, bytes], static: Mapping[str, Path]) -> dict[str, bytes]:
    """The generated pages plus the static files' bytes (site path → source file)."""
    out = dict(pages)
    for rel, source in static.items():
        out[rel] = source.read_bytes()
    return out


def write_site(pages: Mapping[str, bytes], out: Path,
               after_write: Callable[[Path], None] | None = None, *,
               static: Mapping[str, Path] | None = None, force: bool = False) -> int:
    """Build the whole site in a staging folder, then swap it in place of `out` (see `Output`;
    this is it for pages already in memory).

    `static` files are copied in beside the pages. `after_write` (e.g. the search
    indexer) runs on the staging folder, so a failure there also leaves the previous
    site untouched. An existing `out` without our marker is refused unless `force`
    (the command line checks more, and earlier: `refusal`).
    """
    output = Output(out, force=force)
    try:
        for rel in sorted(pages):
            output.put(rel, pages[rel])
        for rel, source in (static or {}).items():
            output.put_file(rel, source)
    except BaseException:
        output.abort()
        raise
    return output.commit(len(pages) + len(static or {}), after_write)


COMPARED_AT_ONCE = 1 << 16  # bytes of a file made in parts compared with the live file at once (`put_parts`)


class Output:
    """A full build's files, streamed into a staging folder as they are made, then swapped in
    whole (`commit`): nothing in `out` changes before, and a kill at any moment leaves the old
    site or the new one.

    A file whose bytes `out` already holds is not written again: the staging folder gets a hard
    link to the existing file (a copy where links fail), so an unchanged page keeps its inode
    and mtime and a rebuild writes only what changed. Forked render workers call `put` too: the
    files land in the same staging folder.

    `spare` (a CLI build: a folder in its cache): where the previous site, swapped out by the
    last build, is kept to become this build's staging folder (on the output's filesystem, else
    it is removed as without `spare`). Its folders exist already and most of its files are the
    very inodes the current site holds (hard links made by the last build): an unchanged page
    costs one `lstat` instead of a `mkdir` per folder of its path and a link, and the commit
    renames the old site aside instead of removing its thousands of folders. A staged file is
    never written in place (it may be the live site's inode): it is unlinked and made anew.
    `commit` must then be told every file the build made (`made`): the rest of the spare is
    removed before the indexer runs and the swap.
    """

    def __init__(self, out: Path, *, force: bool = False, spare: Path | None = None) -> None:
        out = out.resolve()
        if not force and out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
            raise OutputRefused(f"{out}: not empty and no {MARKER} marker: not replacing it")
        out.parent.mkdir(parents=True, exist_ok=True)
        clean_leftovers(out)
        self.out = out
        self.previous = out.is_dir() and any(out.iterdir())
        self.spare = spare
        self.recycled = False  # the staging folder is the last build's spare, not a new empty folder
        self.staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
        try:
            self._stage(spare)
        except BaseException:  # a full disk, a file-size limit: no staging folder left behind to eat the space
            self.abort()
            raise
        self._dirs: set[str] = {str(self.staging)}
        self._out, self._staging = str(out), str(self.staging)  # (joined as text for each page kept)

    def _stage(self, spare: Path | None) -> None:
        """The staging folder made ready: the spare recycled into it, or its marker written."""
        if spare is not None and self.previous and _ours(spare):
            # the spare takes the staging folder's name (a killed build's is then an ordinary leftover)
            os.rmdir(self.staging)
            try:
                os.rename(spare, self.staging)
                self.recycled = True
            except OSError:
                os.mkdir(self.staging)
            else:
                _prune(self.staging, None)  # no symlink (a path through one could reach outside) or special file
        if not self.recycled:
            (self.staging / MARKER).write_bytes(MARKER_TEXT)  # first, so a killed build's leftover is recognisably ours
        elif not _holds(self.staging / MARKER, MARKER_TEXT):
            # the spare's marker is the live site's file (a hard link): one damaged in the cache (cut short,
            # overwritten) would be published as it is. Made anew beside it and renamed over it: the live
            # site's inode is never written, and the folder never lacks a marker
            fresh = self.staging / f"{MARKER}.tmp"
            fresh.write_bytes(MARKER_TEXT)
            os.replace(fresh, self.staging / MARKER)

    def _folder(self, folder: str) -> None:
        """Make a staging folder and its parents, each once (asked for every page kept or written,
        pathlib's mkdir(parents=True) tried, failed and recursed each time). In a recycled staging
        folder an existing entry that is not a folder (a file, a symlink) is replaced by one."""
        if folder in self._dirs:
            return
        self._folder(os.path.dirname(folder))
        try:
            os.mkdir(folder)
        except FileExistsError:  # a forked render worker made it, or the spare has it
            if self.recycled and not stat.S_ISDIR(os.lstat(folder).st_mode):
                os.unlink(folder)
                os.mkdir(folder)
        self._dirs.add(folder)

    def _clear(self, target: str, out: str, live: os.stat_result | None = None) -> bool:
        """In a recycled staging folder: True when `target` is already the live site's file at
        `out` (the same inode: nothing to do; `live`: its stat, when the caller has it); else whatever
        is at `target` is removed, so the file is made anew and no inode the live site holds is ever
        written."""
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            return False
        except NotADirectoryError:  # a parent is a file in the spare: `_folder` replaces it
            return False
        if stat.S_ISDIR(st.st_mode):
            shutil.rmtree(target)
            return False
        try:
            if live is None:
                live = os.stat(out)
            if (live.st_ino, live.st_dev) == (st.st_ino, st.st_dev) and stat.S_ISREG(st.st_mode):
                self._dirs.add(os.path.dirname(target))
                return True
        except OSError:
            pass
        os.unlink(target)
        return False

    def put(self, rel: str, data: bytes) -> None:
        """Stage one file (a site-root-relative path)."""
        target = _safe_target(self.staging, rel)
        if self.recycled and self._clear(str(target), str(self.out / rel)):
            if _holds(self.out / rel, data):
                return
            os.unlink(target)  # the live site's inode, whose bytes this build changes
        self._folder(str(target.parent))
        if self.previous and _holds(self.out / rel, data):
            try:
                os.link(self.out / rel, target)
                return
            except OSError:
                pass  # another filesystem, or no hard links here: write it
        target.write_bytes(data)

    def put_parts(self, rel: str, parts: Iterable[bytes]) -> None:
        """Stage one file written part by part as the parts are made (a large data export is never
        held whole); like `put`, a hard link to the current site's file when the bytes are the same.

        The parts are compared with the current site's file as they come, and nothing is written
        while they agree: an export no edit reached (quotes.json, 14 MB at 1000 articles) is read
        once and linked, not written and read back twice to compare; one that differs is written
        from its first difference on, after the agreeing start copied from the current file."""
        target = _safe_target(self.staging, rel)
        live_path = self.out / rel
        in_place = self.recycled and self._clear(str(target), str(live_path))  # the live inode is staged
        self._folder(str(target.parent))
        live = _open_or_none(live_path) if self.previous else None
        staged: BinaryIO | None = None
        agreed = 0  # the bytes of the live file the parts have matched so far

        def start() -> BinaryIO:
            if in_place:
                os.unlink(target)  # never written: made anew
            fh = open(target, "wb")  # noqa: SIM115 - closed below
            if agreed:
                assert live is not None
                _copy_start(live, fh, agreed)
            return fh
        block: list[bytes] = []  # parts not compared yet: compared COMPARED_AT_ONCE bytes at a time (an
        held = 0  # export comes in ~30,000 parts at 1000 articles, a quote's line each)
        try:
            for part in parts:
                if staged is not None:
                    staged.write(part)
                    continue
                block.append(part)
                held += len(part)
                if held < COMPARED_AT_ONCE:
                    continue
                data, held = b"".join(block), 0
                block.clear()
                if live is not None and live.read(len(data)) == data:
                    agreed += len(data)
                    continue
                staged = start()
                staged.write(data)
            if staged is None and block:
                data = b"".join(block)
                if live is not None and live.read(len(data)) == data:
                    agreed += len(data)
                else:
                    staged = start()
                    staged.write(data)
            if staged is None:
                if live is not None and not live.read(1):  # the current file, byte for byte
                    if in_place:
                        return
                    with suppress(OSError):  # (another filesystem, or no hard links here: written)
                        os.link(live_path, target)
                        return
                staged = start()
        finally:
            if live is not None:
                live.close()
            if staged is not None:
                staged.close()

    def keep(self, rel: str, stamp: tuple[int, int]) -> bool:
        """Stage the file the current site holds at `rel` as it is, without its bytes at hand:
        only while its (size, mtime) `stamp` is the one recorded when a build made it (so a file
        changed since, by hand or otherwise, is never kept). False: the caller makes it anew."""
        if not self.previous:
            return False
        source = os.path.join(self._out, _safe_rel(rel))
        try:
            st = os.stat(source)
            if (st.st_size, st.st_mtime_ns) != stamp:
                return False
            target = os.path.join(self._staging, rel)
            if self.recycled and self._clear(target, source, st):
                return True  # the spare holds this very file
            self._folder(os.path.dirname(target))
            os.link(source, target)
        except OSError:
            return False
        return True

    def put_file(self, rel: str, source: Path) -> None:
        self.put(rel, source.read_bytes())

    def commit(self, written: int, after_write: Callable[[Path], None] | None = None,
               made: Collection[str] | None = None) -> int:
        """Run `after_write` (the search indexer) on the staging folder, then swap it in place
        of `out`. Returns `written` (the number of files made), for the report. `made`: every file
        put or kept (workers' too), required when the staging folder was recycled: whatever else
        the spare held is removed first. With `spare`, the previous site becomes the spare."""
        staging, out = self.staging, self.out
        try:
            if self.recycled:
                if made is None:
                    raise ValueError("a recycled staging folder needs the files the build made")
                _prune(staging, set(made) | {MARKER})
            if after_write is not None:
                after_write(staging)
            os.chmod(staging, 0o755)
        except BaseException:
            self.abort()
            raise
        try:
            if not out.exists():
                os.rename(staging, out)
            elif _exchange(staging, out):
                self._keep_as_spare(staging)  # now the previous site
                return written
            else:
                _swap_in_two_steps(staging, out)
        except BaseException:  # `out` a mount point (EBUSY), its folder read-only: the old site stays, the new one goes
            self.abort()
            raise
        return written

    def _keep_as_spare(self, previous: Path) -> None:
        """The previous site: the next build's spare (`spare`), else removed."""
        spare = self.spare
        if spare is not None:
            if _ours(spare):  # a spare this build did not take (no site to recycle it for)
                remove_tree(spare)
            try:
                spare.parent.mkdir(parents=True, exist_ok=True)
                os.rename(previous, spare)
                return
            except OSError:
                pass  # another filesystem, or something else by that name
        remove_tree(previous)

    def abort(self) -> None:
        """Forget the build: the staging folder goes, `out` is as it was."""
        remove_tree(self.staging)


def _ours(path: Path) -> bool:
    """A real folder (no symlink) carrying our marker."""
    return path.is_dir() and not path.is_symlink() and (path / MARKER).is_file()


def _prune(staging: Path, wanted: set[str] | None) -> None:
    """Remove from a recycled staging folder every file not in `wanted` (site-root-relative
    paths) and every folder left empty: what the spare held that this build did not make. With
    `wanted` None, what is neither a regular file nor a folder (symlinks above all: the staging
    folder is written through, and never outside). A symlink is removed, never followed."""
    def walk(folder: str, rel: str) -> bool:  # True: `folder` is now empty
        left = False
        with os.scandir(folder) as entries:
            for e in list(entries):
                if e.is_dir(follow_symlinks=False):
                    if walk(e.path, f"{rel}{e.name}/") and wanted is not None:
                        os.rmdir(e.path)
                    else:
                        left = True
                elif e.is_file(follow_symlinks=False) and (wanted is None or f"{rel}{e.name}" in wanted):
                    left = True
                else:
                    os.unlink(e.path)
        return not left
    walk(str(staging), "")


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at `path` has exactly these bytes (size first: most changes show there)."""
    try:
        if path.stat().st_size != len(data):
            return False
        with open(path, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False


def _open_or_none(path: Path) -> BinaryIO | None:
    """A regular file opened for reading (a large buffer: it is read in parts of a few bytes), else None."""
    try:
        fh = open(path, "rb", buffering=1 << 20)  # noqa: SIM115 - the caller closes it
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
        fh.close()
        return None
    return fh


def _copy_start(src: BinaryIO, dst: BinaryIO, size: int) -> None:
    """The first `size` bytes of `src` into `dst` (new, empty), which is left at their end: by the kernel
    (`copy_file_range`: the bytes never come into this process; the agreeing start of quotes.json is
    megabytes), else read and written."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is not None:
        done = 0
        try:
            while done < size:
                n = copy_range(src.fileno(), dst.fileno(), size - done, done, done)
                if not n:
                    raise OSError(f"{src.name}: shorter than it was read")
                done += n
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP,
                                 errno.EBADF, errno.EPERM):
                raise
            copy_range = None  # not on these files: the rest the slow way
        dst.seek(done)
        if copy_range is not None:
            return
        src.seek(done)
        _copy(src, dst, size - done)
        return
    src.seek(0)
    _copy(src, dst, size)


def _copy(src: BinaryIO, dst: BinaryIO, size: int, chunk: int = 1 << 20) -> None:
    """`size` bytes from `src` (at its position) to `dst`."""
    while size > 0:
        data = src.read(min(chunk, size))
        if not data:
            raise OSError(f"{src.name}: shorter than it was read")
        dst.write(data)
        size -= len(data)


def _swap_in_two_steps(staging: Path, out: Path) -> None:
    """Where the system has no atomic exchange: out → .old, staging → out. A kill between the
    two renames leaves no `out`; the next build puts the old one back first (`clean_leftovers`)."""
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(old, out)
        remove_tree(staging)
        raise
    remove_tree(old)


def _libc_exchange() -> Callable[[bytes, bytes], int] | None:
    """The system call that swaps two directory entries atomically, if this system has one."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    renameat2 = getattr(libc, "renameat2", None)  # Linux (glibc 2.28+)
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2

        def linux(a: bytes, b: bytes) -> int:
            return int(renameat2(at_fdcwd, a, at_fdcwd, b, rename_exchange))
        return linux
    renamex_np = getattr(libc, "renamex_np", None)  # macOS
    if renamex_np is not None and sys.platform == "darwin":
        rename_swap = 2

        def darwin(a: bytes, b: bytes) -> int:
            return int(renamex_np(a, b, rename_swap))
        return darwin
    return None


_EXCHANGE = _libc_exchange()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step; False when the system or filesystem cannot."""
    if _EXCHANGE is None:
        return False
    if _EXCHANGE(os.fsencode(a), os.fsencode(b)) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))


NO_ROOM = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)  # a write the disk, the quota or `ulimit -f` refused


def write_whole(target: Path, text: str) -> None:
    """A user's file (an imported article, a fetched page's copy) written whole or not at all: into
    `.NAME.tmp` beside it, renamed over it. The temporary file goes whatever stops the write (a full
    disk, Ctrl-C): one was left in content/articles/, where the editor's files are."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_tree(path: Path) -> None:
    """Delete a folder of ours with its marker last, so a removal killed half-way still
    leaves a folder that `clean_leftovers` recognises as ours. A folder of it made read-only
    (`chmod -R a-w site`, the previous site swapped out by this build) is made writable first:
    it is ours to remove, and left behind it was a `.site.staging-*` beside the new site and
    a PermissionError for a build that had published."""
    if not path.is_dir() or path.is_symlink():
        return
    _writable(path)
    for child in path.iterdir():
        if child.name == MARKER:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, onerror=_unlocked)
        else:
            child.unlink(missing_ok=True)
    (path / MARKER).unlink(missing_ok=True)
    with suppress(OSError):
        path.rmdir()


def _writable(folder: Path | str) -> None:
    """A folder of ours given back its owner's write and search bits, when it lacks them."""
    with suppress(OSError):
        mode = os.lstat(folder).st_mode
        if stat.S_ISDIR(mode) and mode & 0o700 != 0o700:
            os.chmod(folder, stat.S_IMODE(mode) | 0o700)


def _unlocked(func: Callable[..., Any], path: str, _exc: object) -> None:
    """`shutil.rmtree`'s error handler: a removal refused in a read-only folder of ours, tried
    again once the folder (and the entry, when it is one) is writable; any other failure ignored."""
    _writable(os.path.dirname(path))
    _writable(path)
    with suppress(OSError):
        if func in (os.rmdir, os.unlink, os.remove):
            func(path)
        elif func in (os.scandir, os.listdir, os.open):
            shutil.rmtree(path, ignore_errors=True)


def clean_leftovers(out: Path) -> None:
    """Remove what killed builds left beside `out`: staging and old folders, named after `out`,
    that are empty or carry our marker (anything else of that name is not ours and is left).
    If `out` itself is missing (killed between the two renames of the fallback swap), the
    newest old site is put back first."""
    parent = out.parent
    if not parent.is_dir():
        return
    ours = []
    for kind in ("staging", "old"):
        for path in parent.glob(f".{out.name}.{kind}-*"):
            if _ours(path) or (path.is_dir() and not path.is_symlink() and not any(path.iterdir())):
                ours.append((kind, path))
    olds = sorted((p for kind, p in ours if kind == "old" and (p / MARKER).is_file()),
                  key=lambda p: p.stat().st_mtime_ns)
    if not out.exists() and olds:
        os.rename(olds[-1], out)
        ours = [(k, p) for k, p in ours if p != olds[-1]]
    for _kind, path in ours:
        remove_tree(path)


@contextmanager
def project_lock(root: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Held while a build (or serve's rebuild) writes the project's output and cache: one at a time.

    Two builds at once each cleared the other's staging folder as a killed build's leftover
    (`clean_leftovers`) and died with a traceback. The lock is the kernel's (flock on the project
    folder itself: no file to leave behind), so it goes with the process that holds it, however that
    ends (kill -9 included). A second build waits for the first (`waiting` is told once, to say so), and
    then finds its inputs built or builds them. Where there is no flock (Windows) or the folder cannot be
    opened, no lock, as before."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    try:
        fd = os.open(root, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a filesystem without locks: none
            pass
        yield
    finally:
        os.close(fd)


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
    if not (out / MARKER).is_file():
        (out / MARKER).write_bytes(MARKER_TEXT)
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
                _drop_empty_folders(target.parent, out)
            if record is not None:
                record(rel, None)
    elif prune:
        wanted = set(pages)
        for path in sorted(out.rglob("*"), reverse=True):
            rel = path.relative_to(out).as_posix()
            if path.is_file() and rel not in wanted and rel != MARKER and not rel.startswith("pagefind/"):
                path.unlink()
                changed.append(rel)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return changed


def _drop_empty_folders(folder: Path, out: Path) -> None:
    """Remove `folder` and its parents up to `out` while they are empty: an article whose date was
    edited moves to another `YYYY/MM/DD/slug/`, and the old dated folders must go with its page, or
    `serve` shows an empty folder there until the next full build (whose staging has none)."""
    while folder != out and out in folder.parents:
        try:
            folder.rmdir()  # only an empty folder: anything else in it keeps it
        except OSError:
            return
        folder = folder.parent


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
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:  # a full disk: no `.tmp-*` left in the site (it would be published)
        with suppress(OSError):
            os.unlink(tmp)
        raise
    return True


def read_cache(path: Path) -> dict[Any, Any]:
    """A cache file of ours (`.dateline-cache/*.pickle`) as the dict it holds, or an empty one:
    a missing, truncated, foreign, stale or crafted file only costs speed, never a build, and runs no
    code (`CacheUnpickler`)."""
    try:
        with path.open("rb") as fh:
            data = CacheUnpickler(fh).load()
    except Exception:  # any damage (a crafted pickle can raise anything): no cache
        return {}
    return data if isinstance(data, dict) else {}


# What a cache may name besides dateline's own data classes: the builtin and standard types its values
# are made of (`CacheUnpickler`). Each is a value's type; none runs anything when called.
_STANDARD = frozenset({
    *(("builtins", t) for t in ("set", "frozenset", "bytearray", "complex", "slice", "range")),
    *(("datetime", t) for t in ("date", "datetime", "time", "timedelta", "timezone")),
    ("array", "array"), ("array", "_array_reconstructor"),
    *(("collections", t) for t in ("OrderedDict", "defaultdict", "Counter", "deque")),
    ("copyreg", "_reconstructor"),
})
# dateline functions a cache's values are rebuilt by (their classes' `__reduce__`, `lexicon`'s pickler)
_REBUILDERS = frozenset({("dateline.reach", "_unpickled"), ("dateline.lexicon", "_proxy")})
_FOUND: dict[tuple[str, str], Any] = {}  # (module, name) → the class or function, once allowed


class CacheUnpickler(pickle.Unpickler):
    """Unpickles a cache file without letting it run code. A pickle names the callables that rebuild its
    objects, and the standard unpickler imports and calls whatever it names: a `.dateline-cache/*.pickle`
    crafted by anyone who could write the folder (a shared or unzipped project, a poisoned CI cache) ran a
    shell command on `dateline build` (hostile round 64). This one finds only dateline's own data classes
    (dataclasses, named tuples, enums: made field by field, nothing else run), the functions their
    pickles name (`_REBUILDERS`) and a few standard value types (`_STANDARD`); any other name makes the
    file unreadable, which the caches take as no cache. Each name is looked at once per process: the
    caches' reading is as fast as before."""

    def find_class(self, module: str, name: str) -> Any:
        key = (module, name)
        found = _FOUND.get(key)
        if found is None:
            found = _allowed(module, name)
            if found is None:
                raise pickle.UnpicklingError(f"{module}.{name}: not a value dateline keeps in its caches")
            _FOUND[key] = found
        return found


def cache_loads(data: bytes) -> Any:
    """`pickle.loads` of a cache's bytes, by `CacheUnpickler`."""
    import io

    return CacheUnpickler(io.BytesIO(data)).load()


def _allowed(module: str, name: str) -> Any:
    import dataclasses
    import enum
    import importlib

    if (module, name) in _STANDARD:
        return getattr(importlib.import_module(module), name, None)
    parts = module.split(".")
    if parts[0] != "dateline" or not all(p.isidentifier() and not p.startswith("_") for p in parts[1:]) \
            or not name.isidentifier():
        return None  # (nor `dateline.__main__`: importing it runs the command line)
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    if (module, name) in _REBUILDERS:
        return found
    if not isinstance(found, type) or not found.__module__.startswith("dateline"):
        return None
    if dataclasses.is_dataclass(found) or issubclass(found, enum.Enum) \
            or (issubclass(found, tuple) and hasattr(found, "_fields")):
        return found
    return None


_SEAL = b"dateline-sealed-1\n"  # a sealed cache file: this, the HMAC of the rest, the rest


def seal(data: bytes) -> bytes | None:
    """`data` with an HMAC under this user's key (`user_key`), for a cache file whose contents run as code
    when read back (compiled Python: `patterns._Code`, the templates' `buildcache.TemplateCache`); None
    without a key, and the file is then not written."""
    import hashlib
    import hmac

    key = user_key()
    return None if key is None else _SEAL + hmac.digest(key, data, hashlib.sha256) + data


def unseal(sealed: bytes) -> bytes | None:
    """What `seal` sealed, if this user's key sealed it; else None (the cache is not used): a file
    another user, machine or CI run wrote, or anyone altered, is never run."""
    import hashlib
    import hmac

    key = user_key()
    head, cut = len(_SEAL), len(_SEAL) + 32
    if key is None or not sealed.startswith(_SEAL) or len(sealed) < cut:
        return None
    data = sealed[cut:]
    return data if hmac.compare_digest(sealed[head:cut], hmac.digest(key, data, hashlib.sha256)) else None


KEY_NAME = "cache-key"


def key_folder() -> Path | None:
    """Where this user's key lives: `$XDG_CACHE_HOME/dateline/`, by default `~/.cache/dateline/`: outside
    every project, so a project copied, shared or restored from a CI cache never brings it."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):
            return None
    return Path(base) / "dateline"


_KEY: list[bytes | None] = []  # read or made once per process


def user_key() -> bytes | None:
    """This user's secret for `seal` (32 random bytes made on first use, readable by this user alone);
    None when it cannot be read or made (then no sealed cache is used)."""
    if _KEY:
        return _KEY[0]
    key = None
    folder = key_folder()
    if folder is not None:
        path = folder / KEY_NAME
        with suppress(OSError):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(os.urandom(32))
        with suppress(OSError):
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                got = fh.read(33)
            mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
            if len(got) == 32 and mine and stat.S_ISREG(st.st_mode) and not st.st_mode & 0o022:
                key = got
    _KEY.append(key)
    return key


def write_cache(path: Path, data: Mapping[Any, Any], *, memo: bool = True) -> None:
    """Write a cache file whole or not at all (a temporary file renamed over it), so a killed build
    never leaves half a cache; a cache that cannot be written only costs speed.

    `memo=False`: pickled without the pickler's memo, which keeps every object it has written alive
    until the end (to write a second reference to one as a back-reference): for data made as it is
    written (`buildcache`'s streamed fragments), of no shared or recursive objects."""
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.fast = not memo
            pickler.dump(dict(data))
        tmp.replace(path)
    except OSError:
        pass
