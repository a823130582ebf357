"""The render memo of a CLI build, kept in `.dateline-cache/` between builds.

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
import pickle
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
