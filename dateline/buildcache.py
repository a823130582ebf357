"""What a CLI build keeps in `.dateline-cache/` between builds: the render memo, the links, and
the per-article caches of parsing and analysis (`Shards`).

`serve` keeps its render memo in memory; a one-shot `dateline build` (and CI, which restores
`.dateline-cache/`) reads the last build's from disk, so that after one edit it renders the
fragments and article pages whose inputs changed and keeps the rest. Cards and entries are
stored with their bytes (`render-fragments.pickle`, written as soon as the listings are made,
then dropped from memory); an article page is not: its bytes are the file the last build left
in the output folder, kept (hard-linked into the new build) while its key and its file's
(size, mtime) stamp are the ones recorded after that build (`render-pages.pickle`). Anything
unreadable is an empty cache: it only costs speed.
"""

from __future__ import annotations

import hashlib
import operator
import os
import pickle
import zlib
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from dateline import code_key, link, render, write
from dateline.model import Links

FRAGMENTS = Path(".dateline-cache") / "render-fragments.pickle"
PAGES = Path(".dateline-cache") / "render-pages.pickle"
RECORDS = Path(".dateline-cache") / "render-records.pickle"  # each quote's quotes.json line, by its inputs
FORMAT = 3


@dataclass
class RenderCache:
    root: Path
    memo: render.RenderMemo = field(default_factory=render.RenderMemo)
    files: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # article page → (key, size, mtime_ns)
    loaded: tuple[str, dict[str, str], dict[str, str]] = ("", {}, {})  # scope and keys as read: no change, no write
    loaded_records: dict[str, Any] = field(default_factory=dict)
    scopes: tuple[object, object] = ("", "")  # the scopes the pages and records files were written for

    def reuse(self, output: write.Output) -> render.Reuse:
        """`render`'s question for an unchanged article page: is the last build's file still there?"""
        def keep(path: str, key: str) -> bool:
            entry = self.files.get(path)
            return entry is not None and entry[0] == key and output.keep(path, (entry[1], entry[2]))
        return keep

    def store_fragments(self, memo: render.RenderMemo) -> None:
        """This build's cards and entries to disk (when they changed), then out of memory."""
        if self.loaded != (memo.scope, _keys(memo.cards), _keys(memo.entries)):
            write.write_cache(self.root / FRAGMENTS, {"format": FORMAT, "scope": memo.scope, "cards": memo.cards,
                                          "entries": memo.entries})
        memo.cards, memo.entries = {}, {}


def load(root: Path) -> RenderCache:
    cache = RenderCache(root)
    cache.memo.store = cache.store_fragments
    fragments, pages = write.read_cache(root / FRAGMENTS), write.read_cache(root / PAGES)
    records = write.read_cache(root / RECORDS)
    cache.scopes = (pages.get("scope"), records.get("scope"))
    try:
        if records.get("format") == FORMAT and records.get("scope") == fragments.get("scope"):
            cache.memo.records.update(records["records"])
            cache.loaded_records = dict(cache.memo.records)
        if fragments.get("format") == FORMAT:
            cache.memo.scope, cache.memo.cards, cache.memo.entries = (fragments["scope"], fragments["cards"],
                                                                      fragments["entries"])
        if pages.get("format") == FORMAT and pages.get("scope") == cache.memo.scope:
            cache.files = pages["files"]
        cache.loaded = (cache.memo.scope, _keys(cache.memo.cards), _keys(cache.memo.entries))
    except (KeyError, TypeError, ValueError, AttributeError):
        cache = RenderCache(root)
        cache.memo.store = cache.store_fragments
        cache.scopes = (pages.get("scope"), records.get("scope"))
    return cache


def save(cache: RenderCache, out: Path) -> None:
    """After a build is committed to `out`: the key and stamp of each article page it left there."""
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
    if files != cache.files or cache.scopes[0] != memo.scope:
        write.write_cache(cache.root / PAGES, {"format": FORMAT, "scope": memo.scope, "files": files})
    if memo.records != cache.loaded_records or cache.scopes[1] != memo.scope:
        write.write_cache(cache.root / RECORDS, {"format": FORMAT, "scope": memo.scope, "records": memo.records})


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
    write_keyed(root, "merge", {"record": memo.record})


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
