"""What a CLI build keeps in `.dateline-cache/` between builds: the render memo, the links, and
the per-article caches of parsing and analysis (`Shards`).

`serve` keeps its render memo in memory; a one-shot `dateline build` (and CI, which restores
`.dateline-cache/`) reads the last build's from disk, so that after one edit it renders the
fragments and article pages whose inputs changed and keeps the rest. Cards and entries are
stored with their bytes (`render-fragments.pickle`, written one at a time from the render's spill
files as soon as the listings are made); an article page is not: its bytes are the file the last build left
in the output folder, kept (hard-linked into the new build) while its key and its file's
(size, mtime) stamp are the ones recorded after that build (`render-pages.pickle`). Each quote's
quotes.json line is written as it is made (`render-records.pickle`, `Records`). Anything
unreadable is an empty cache: it only costs speed.
"""

from __future__ import annotations

import hashlib
import operator
import os
import pickle
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import jinja2
import jinja2.bccache

from dateline import code_key, exports, link, reach, render, write
from dateline.model import Links

FRAGMENTS = Path(".dateline-cache") / "render-fragments.pickle"
PAGES = Path(".dateline-cache") / "render-pages.pickle"
RECORDS = Path(".dateline-cache") / "render-records.pickle"  # each quote's quotes.json line, by its inputs
FORMAT = 4  # 4: the records file is a run of pickles (`Records`)


@dataclass
class RenderCache:
    root: Path
    memo: render.RenderMemo = field(default_factory=render.RenderMemo)
    files: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # article page → (key, size, mtime_ns)
    loaded: tuple[str, dict[str, str], dict[str, str]] = ("", {}, {})  # scope and keys as read: no change, no write
    scopes: tuple[object, object] = ("", "")  # the scopes the pages and records files were written for
    records: Records = field(init=False)  # where this build's quotes.json records go (`memo.keep_record`)

    def __post_init__(self) -> None:
        self.records = Records(self.root / RECORDS, self.memo)

    def reuse(self, output: write.Output) -> render.Reuse:
        """`render`'s question for an unchanged article page: is the last build's file still there?"""
        def keep(path: str, key: str) -> bool:
            entry = self.files.get(path)
            return entry is not None and entry[0] == key and output.keep(path, (entry[1], entry[2]))
        return keep

    def store_fragments(self, scope: str, cards: render.Made, entries: render.Made) -> None:
        """This build's cards and entries to disk, when they changed (`render.RenderMemo.store`).

        Streamed: each fragment is read (from the render's spill files), pickled and let go in turn,
        so the file's ~330 MB at 10,000 articles are never held, as a dict of them and again in the
        pickler's memo. The file is the one a memo's dicts pickled whole would make: `load` reads
        it as it always did."""
        if self.loaded != (scope, cards.ids(), entries.ids()):
            write.write_cache(self.root / FRAGMENTS, {"format": FORMAT, "scope": scope, "cards": _Streamed(cards),
                                                      "entries": _Streamed(entries)}, memo=False)


class _Streamed:
    """Pickled as the dict of `made`'s items (`(id, (key, bytes))`), made one at a time: unpickled, a
    plain dict. Only in a pickle written without the pickler's memo (`write.write_cache(memo=False)`),
    which would otherwise keep every item alive to its end."""

    def __init__(self, made: render.Made) -> None:
        self.made = made

    def __reduce__(self) -> tuple[type[dict[Any, Any]], tuple[()], None, None, Iterator[tuple[str, Any]]]:
        return dict, (), None, None, self.made.items()


def load(root: Path) -> RenderCache:
    cache = _empty(root)
    fragments, pages = write.read_cache(root / FRAGMENTS), write.read_cache(root / PAGES)
    records = Records.read(root / RECORDS)
    cache.scopes = (pages.get("scope"), records[0] if records is not None else None)
    try:
        if records is not None and records[0] == fragments.get("scope"):
            cache.memo.records = records[1]
        if fragments.get("format") == FORMAT:
            cache.memo.scope, cache.memo.cards, cache.memo.entries = (fragments["scope"], fragments["cards"],
                                                                      fragments["entries"])
        if pages.get("format") == FORMAT and pages.get("scope") == cache.memo.scope:
            cache.files = pages["files"]
            baseline = pages.get("reach")
            if isinstance(baseline, reach.Baseline) and baseline.scope == cache.memo.scope:
                if records is None or baseline.records != _identity(root / RECORDS):
                    baseline.records = None  # not the records file that build left: each record checked
                cache.memo.baseline = baseline
        cache.loaded = (cache.memo.scope, _keys(cache.memo.cards), _keys(cache.memo.entries))
    except (KeyError, TypeError, ValueError, AttributeError):
        scopes = cache.scopes
        cache = _empty(root)
        cache.scopes = scopes
    return cache


def _empty(root: Path) -> RenderCache:
    cache = RenderCache(root)
    cache.memo.store = cache.store_fragments
    cache.memo.keep_record = cache.records.keep
    return cache


def save(cache: RenderCache, out: Path) -> None:
    """After a build is committed to `out`: the key and stamp of each article page it left there,
    and the quotes.json records it wrote (`Records`) in place of the last build's, if they changed."""
    memo = cache.memo
    files = {}
    for page, key in memo.pages.items():
        try:
            st = (out / page).stat()
        except OSError:
            continue
        files[page] = (key, st.st_size, st.st_mtime_ns)
    # the scope too: a build after a template or code change may keep every file and record as it
    # was, and the next must know that they are this scope's
    cache.records.finish(keep_old=cache.scopes[1] == memo.scope)
    if memo.made is not None:  # the records file the baseline's records are in (`reach.Baseline.records`)
        memo.made.records = _identity(cache.root / RECORDS)
    if files != cache.files or cache.scopes[0] != memo.scope or memo.made != memo.baseline:
        write.write_cache(cache.root / PAGES, {"format": FORMAT, "scope": memo.scope, "files": files,
                                               "reach": memo.made})


def _identity(path: Path) -> tuple[int, int, int] | None:
    """A file's (size, mtime, inode): it was not replaced or written since, else None if it is not there."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


class Records:
    """Each quote's quotes.json line with its inputs (`exports.RecordMemo`), written to
    `render-records.pickle` as the exports make them (`keep`), never held by the build: ~200 MB at
    10,000 articles, from the exports to the end of the build.

    The file is a run of pickles: a head `{"format", "scope", "records": "batches"}`, then lists of
    up to BATCH `(quote id, inputs, line)`, then None. It is written to a temporary file renamed
    over the last build's once the build is committed (`finish`), and only when a record differs
    from the last build's (`memo.records`, which the exports reuse); a file without its end, or not
    of this form, is an empty cache (`read`)."""

    BATCH = 1000  # records a pickle: within one, the inputs' shared objects (related links) are pickled once

    def __init__(self, path: Path, memo: render.RenderMemo) -> None:
        self.path, self.memo = path, memo
        self.tmp = path.with_suffix(".tmp")
        self.out: BinaryIO | None = None
        self.batch: list[tuple[str, tuple[Any, ...], bytes]] = []
        self.written = self.reused = self.last = 0
        self.failed = False

    @staticmethod
    def read(path: Path) -> tuple[str, exports.RecordMemo] | None:
        """(scope, records) of a whole file of this form, else None."""
        records: exports.RecordMemo = {}
        try:
            with path.open("rb") as fh:
                head = pickle.load(fh)
                if not (isinstance(head, dict) and head.get("format") == FORMAT and head.get("records") == "batches"
                        and isinstance(head.get("scope"), str)):
                    return None
                while (batch := pickle.load(fh)) is not None:
                    for qid, sig, text in batch:
                        if not (isinstance(qid, str) and isinstance(sig, tuple) and isinstance(text, bytes)):
                            return None
                        records[qid] = (sig, text)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError, MemoryError):
            return None
        return head["scope"], records

    def keep(self, qid: str, sig: tuple[Any, ...], text: bytes) -> None:
        """One record of this build (`exports.KeepRecord`), in quotes.json's order."""
        if self.failed:
            return
        if self.out is None:  # the first: the memo's scope is this build's now
            self.last = len(self.memo.records)
            self._write({"format": FORMAT, "scope": self.memo.scope, "records": "batches"})
        old = self.memo.records.get(qid)
        self.reused += old is not None and old[1] is text  # the exports reused it: the last build's, unchanged
        self.written += 1
        self.batch.append((qid, sig, text))
        if len(self.batch) >= self.BATCH:
            self._write(self.batch)
            self.batch = []

    def _write(self, value: object) -> None:
        try:
            if self.out is None:
                self.path.parent.mkdir(exist_ok=True)
                self.out = self.tmp.open("wb")
            pickle.dump(value, self.out, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            self.failed = True

    def finish(self, *, keep_old: bool) -> None:
        """The file written in place of the last build's, unless every record is the last build's
        (and `keep_old`: the last file's scope is this build's); the temporary file removed."""
        if self.out is None:
            return
        if self.batch:
            self._write(self.batch)
        self._write(None)
        with suppress(OSError):
            self.out.close()
        unchanged = keep_old and self.reused == self.written == self.last
        try:
            if self.failed or unchanged:
                self.tmp.unlink()
            else:
                self.tmp.replace(self.path)
        except OSError:
            pass
        self.out, self.batch = None, []


SHARDS = 64  # files per sharded cache: ~16 articles each at 1000, ~160 at 10,000


def _shard(key: str) -> str:
    return f"{zlib.crc32(key.encode('utf-8', 'surrogatepass')) % SHARDS:02x}"


class Shards:
    """A cache of one entry per article file (`key → (digest of what the entry was made from, …)`),
    kept in `.dateline-cache/<name>/` as SHARDS files, each holding the keys that hash to it.

    A rebuild needs every article's entry, so it reads every shard; but after one edit it rewrites
    only the shard whose entries changed (one article's of ~SHARDS, where one file of the whole
    cache was pickled and written again: a tenth of a second at 1000 articles, a second at
    10,000). Each shard is written whole or not at all (`write.write_cache`) and carries
    `code_key()`: a shard that cannot be read, or was made by other code, is an empty one (its
    articles are parsed or analysed again, never taken from it), and is replaced at the write."""

    def __init__(self, root: Path, name: str,
                 version: Callable[[tuple[Any, ...]], object] = operator.itemgetter(0)) -> None:
        self.version = version  # what says an entry changed: by default its digest, its first item
        self.folder = root / ".dateline-cache" / name
        self.legacy = root / ".dateline-cache" / f"{name}.pickle"  # the one file of earlier versions
        self.stored: dict[str, dict[str, object]] = {}  # shard → {key: digest} as read from its file
        self.present: set[str] = set()  # every shard file found, readable or not

    def read(self) -> dict[str, Any]:
        """Every entry of every readable shard of this code."""
        entries: dict[str, Any] = {}
        try:
            files = sorted(os.listdir(self.folder))
        except OSError:
            return entries
        code = code_key()
        for file in files:
            shard, ext = os.path.splitext(file)
            if ext != ".pickle":
                continue
            self.present.add(shard)
            data = write.read_cache(self.folder / file)
            got = data.get("entries") if data.get("code") == code else None
            if not isinstance(got, dict):
                continue
            try:
                digests = {k: self.version(v) for k, v in got.items() if _shard(k) == shard and isinstance(v, tuple)}
            except (TypeError, AttributeError, IndexError):  # a key not text, a value without a digest
                continue
            if len(digests) == len(got):  # else not a shard of ours: ignored whole
                entries.update(got)
                self.stored[shard] = digests
        return entries

    def write(self, entries: Mapping[str, tuple[Any, ...]]) -> None:
        """Leave on disk exactly `entries`: each shard whose keys or digests differ from what `read`
        found is written again (removed when it holds nothing now); the others are not touched."""
        by_shard: dict[str, dict[str, tuple[Any, ...]]] = {}
        for key, value in entries.items():
            by_shard.setdefault(_shard(key), {})[key] = value
        if not by_shard and not self.present:  # nothing to keep or remove: no folder (a build run in the wrong place)
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        code = code_key()
        for shard in sorted(set(by_shard) | self.present):
            held = by_shard.get(shard, {})
            if shard in self.stored and self.stored[shard] == {k: self.version(v) for k, v in held.items()}:
                continue
            path = self.folder / f"{shard}.pickle"
            if held:
                write.write_cache(path, {"code": code, "entries": held})
            else:
                with suppress(OSError):
                    path.unlink(missing_ok=True)
        with suppress(OSError):
            self.legacy.unlink(missing_ok=True)
        self.stored = {shard: {k: self.version(v) for k, v in held.items()} for shard, held in by_shard.items()}
        self.present = set(by_shard)


def read_keyed(root: Path, name: str) -> dict[Any, Any]:
    """`.dateline-cache/<name>.pickle`'s entries when that file was written by this very code
    (`code_key`), else an empty dict: a stale, foreign or damaged file only costs speed."""
    data = write.read_cache(root / ".dateline-cache" / f"{name}.pickle")
    entries = data.get("entries") if data.get("code") == code_key() else None
    return entries if isinstance(entries, dict) else {}


def write_keyed(root: Path, name: str, entries: dict[Any, Any]) -> None:
    """The counterpart of `read_keyed` (written whole or not at all)."""
    write.write_cache(root / ".dateline-cache" / f"{name}.pickle", {"code": code_key(), "entries": entries})


def read_links(root: Path) -> link.LinkMemo:
    """The last build's links (`link.LinkMemo`); its merge decisions are read only if the links
    cannot be reused as they are (two files: a rebuild with nothing changed reads the smaller)."""
    stored = read_keyed(root, "links")
    links = stored.get("links")
    if not isinstance(links, Links) or not isinstance(stored.get("digest"), str):
        return link.LinkMemo()

    def recall() -> link.MergeRecord | None:
        record = read_keyed(root, "merge").get("record")
        return record if isinstance(record, link.MergeRecord) else None
    return link.LinkMemo(stored["digest"], links, recall=recall)


def write_links(root: Path, memo: link.LinkMemo) -> None:
    write_keyed(root, "links", {"digest": memo.digest, "links": memo.links})
    if memo.record is not None:  # else written as soon as it was made (`write_merge`)
        write_merge(root, memo.record)


def write_merge(root: Path, record: link.MergeRecord) -> None:
    """The merge decisions (`link.LinkMemo.store_record`)."""
    write_keyed(root, "merge", {"record": record})


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates in `.dateline-cache/templates/` (a one-shot build compiles each template it
    renders, a third of a second of a rebuild). Jinja keys each by the template's source and its own
    version; a file that cannot be read or written only costs the compile."""

    def __init__(self, root: Path) -> None:
        self.folder = root / ".dateline-cache" / "templates"

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """Jinja's key (the template's name and file) with dateline's code: the environment's options
        shape the compiled code, and they live in dateline's code."""
        return hashlib.sha1(f"{code_key()}\0{name}\0{filename}".encode("utf-8", "surrogatepass")).hexdigest()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            with (self.folder / f"{bucket.key}.cache").open("rb") as fh:
                bucket.load_bytecode(fh)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        target = self.folder / f"{bucket.key}.cache"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            with tmp.open("wb") as fh:
                bucket.write_bytecode(fh)
            tmp.replace(target)
        except OSError:
            pass


def _keys(fragments: dict[str, tuple[str, bytes]]) -> dict[str, str]:
    return {i: key for i, (key, _) in fragments.items()}
