"""What a CLI build keeps in `.dateline-cache/` between builds: the render memo, the links, and
the per-article caches of parsing and analysis (`Shards`).

`serve` keeps its render memo in memory; a one-shot `dateline build` (and CI, which restores
`.dateline-cache/`) reads the last build's from disk, so that after one edit it renders the
fragments and article pages whose inputs changed and keeps the rest. Cards and entries are
stored with their bytes (`render-fragments.pickle`, written one at a time from the render's spill
files as soon as the listings are made); an article page is not: its bytes are the file the last build left
in the output folder, kept (hard-linked into the new build) while its key and its file's
(size, mtime) stamp are the ones recorded after that build (`render-pages.pickle`). Each quote's
quotes.json line is written as it is made (`records/`, `Records`). Anything
unreadable is an empty cache: it only costs speed.
"""

from __future__ import annotations

import collections
import gc
import hashlib
import io
import json
import operator
import os
import pickle
import zlib
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import jinja2
import jinja2.bccache

from dateline import code_key, exports, link, reach, render, write
from dateline.workers import collector_off

FRAGMENTS = Path(".dateline-cache") / "fragments"  # SHARDS files of cards and entries, by their quote's id
LEGACY_FRAGMENTS = Path(".dateline-cache") / "render-fragments.pickle"  # the one file of earlier versions
PAGES = Path(".dateline-cache") / "render-pages.pickle"
ADDRESSES = Path(".dateline-cache") / "addresses.json"  # where each article's page is and was (`render.moved_pages`)
RECORDS = Path(".dateline-cache") / "records"  # each quote's quotes.json line, by its inputs: SHARDS files
LEGACY_RECORDS = Path(".dateline-cache") / "render-records.pickle"  # the one file of earlier versions
FORMAT = 5  # 4: the records file is a run of pickles (`Records`); 5: fragments and records in shards


@dataclass
class RenderCache:
    root: Path
    memo: render.RenderMemo = field(default_factory=render.RenderMemo)
    files: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # article page → (key, size, mtime_ns)
    # each fragment shard as read: (scope, card keys, entry keys); one this build's keys match is not written
    stored: dict[str, tuple[str, dict[str, str], dict[str, str]]] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)  # every fragment shard file found, readable or not
    scopes: tuple[object, object] = ("", "")  # the scopes the pages and records files were written for
    records: Records = field(init=False)  # where this build's quotes.json records go (`memo.keep_record`)

    def __post_init__(self) -> None:
        self.records = Records(self.root / RECORDS, self.memo)

    def reuse(self, output: write.Output) -> render.Reuse | None:
        """`render`'s question for an unchanged article page: is the last build's file still there?
        None when no page of the last build is known (a cold build): no page can be kept, so the render
        may make the pages' keys beside the pages (`render._article_pages`) rather than first."""
        if not self.files:
            return None

        def keep(path: str, key: str) -> bool:
            entry = self.files.get(path)
            return entry is not None and entry[0] == key and output.keep(path, (entry[1], entry[2]))
        return keep

    def store_fragments(self, scope: str, cards: render.Made, entries: render.Made) -> None:
        """This build's cards and entries to disk (`render.RenderMemo.store`), in SHARDS files by their
        quote's id (`_shard`): only those whose keys changed are written. A rebuild after one edit
        wrote the whole file again (36 MB at 1000 articles, 0.03 s CPU; ~330 MB at 10,000): now the
        shards of the quotes it made again.

        A shard's fragments are read (from the render's spill files) only when it is written, and one
        shard at a time: the ~330 MB at 10,000 articles are never held, as a dict of them."""
        by_shard: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        shard_of: dict[str, str] = {}  # an entry's quote has a card: its shard found once
        for made, part in ((cards, 0), (entries, 1)):
            for qid, key in made.ids().items():
                shard = shard_of.get(qid)
                if shard is None:
                    shard = shard_of[qid] = _shard(qid)
                by_shard.setdefault(shard, ({}, {}))[part][qid] = key
        folder = self.root / FRAGMENTS
        if by_shard:
            with suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
        for shard in sorted(set(by_shard) | self.present):
            card_keys, entry_keys = by_shard.get(shard, ({}, {}))
            if self.stored.get(shard) == (scope, card_keys, entry_keys):
                continue
            path = folder / f"{shard}.pickle"
            if card_keys or entry_keys:
                write.write_cache(path, {"format": FORMAT, "scope": scope,
                                         "cards": {qid: (key, cards.fragments[qid]) for qid, key in card_keys.items()},
                                         "entries": {qid: (key, entries.fragments[qid])
                                                     for qid, key in entry_keys.items()}}, memo=False)
            else:
                with suppress(OSError):
                    path.unlink(missing_ok=True)
        with suppress(OSError):
            (self.root / LEGACY_FRAGMENTS).unlink(missing_ok=True)
        self.stored = {shard: (scope, *keys) for shard, keys in by_shard.items()}
        self.present = set(by_shard)


def _read_fragments(cache: RenderCache) -> tuple[str, dict[str, tuple[str, bytes]], dict[str, tuple[str, bytes]]]:
    """The fragment shards' scope, cards and entries, and each shard's keys into `cache.stored`. A shard
    that cannot be read or is of another form is no shard (its fragments are made again and it is
    written at the end). One scope: that of most shards (a scope change rewrites them all; a shard left
    of another scope, by a write that failed, is dropped). Ids in a shard they do not hash to are not
    looked for: a fragment is used only under its own key, and the shard's keys then differ from this
    build's, so it is written again."""
    files = _shard_files(cache.root / FRAGMENTS, cache.present)
    if files is None:
        return "", {}, {}
    shards: dict[str, tuple[str, dict[str, tuple[str, bytes]], dict[str, tuple[str, bytes]]]] = {}
    for shard, path in files:
        data = write.read_cache(path)
        scope, cards, entries = data.get("scope"), data.get("cards"), data.get("entries")
        if data.get("format") == FORMAT and isinstance(scope, str) and isinstance(cards, dict) \
                and isinstance(entries, dict):
            shards[shard] = (scope, cards, entries)
    counts = collections.Counter(scope for scope, _c, _e in shards.values())
    scope = max(sorted(counts), key=counts.__getitem__) if counts else ""
    all_cards: dict[str, tuple[str, bytes]] = {}
    all_entries: dict[str, tuple[str, bytes]] = {}
    for shard, (its, cards, entries) in shards.items():
        if its == scope:
            all_cards.update(cards)
            all_entries.update(entries)
            cache.stored[shard] = (scope, _keys(cards), _keys(entries))
    return scope, all_cards, all_entries


def read_addresses(root: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The last committed build's article addresses and the addresses left behind
    (`render.RenderMemo.addresses`, `.moved`); empty when missing or unreadable."""
    try:
        data = json.loads((root / ADDRESSES).read_text(encoding="utf-8"))
        now, moved = data["addresses"], data["moved"]
        if all(isinstance(k, str) and isinstance(v, str) for d in (now, moved) for k, v in d.items()):
            return dict(now), dict(moved)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return {}, {}


def write_addresses(root: Path, addresses: Mapping[str, str], moved: Mapping[str, str]) -> None:
    """After a committed build (or serve's rebuild): what `read_addresses` gives the next one.
    JSON, sorted: an editor can read which old addresses redirect where."""
    data = json.dumps({"addresses": dict(sorted(addresses.items())), "moved": dict(sorted(moved.items()))},
                      ensure_ascii=False, indent=1) + "\n"
    path = root / ADDRESSES
    with suppress(OSError):
        if path.read_text(encoding="utf-8") == data:
            return
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(data, encoding="utf-8")
        tmp.replace(path)


def load(root: Path) -> RenderCache:
    cache = _empty(root)
    cache.memo.addresses, cache.memo.moved = read_addresses(root)
    pages = write.read_cache(root / PAGES)
    records = cache.records.read()
    cache.scopes = (pages.get("scope"), records[0] if records is not None else None)
    try:
        scope, cards, entries = _read_fragments(cache)
        if records is not None and records[0] == scope:
            cache.memo.records = records[1]
        if scope:
            cache.memo.scope, cache.memo.cards, cache.memo.entries = scope, cards, entries
        if pages.get("format") == FORMAT and pages.get("scope") == cache.memo.scope:
            cache.files = pages["files"]
            baseline = pages.get("reach")
            if isinstance(baseline, reach.Baseline) and baseline.scope == cache.memo.scope:
                if records is None or baseline.records != _folder_identity(root / RECORDS):
                    baseline.records = None  # not the records file that build left: each record checked
                cache.memo.baseline = baseline
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
    write_addresses(cache.root, memo.addresses, memo.moved)
    files = {}
    where = str(out)
    for page, key in memo.pages.items():
        try:
            st = os.stat(os.path.join(where, page))
        except OSError:
            continue
        files[page] = (key, st.st_size, st.st_mtime_ns)
    # the scope too: a build after a template or code change may keep every file and record as it
    # was, and the next must know that they are this scope's
    cache.records.finish(keep_old=cache.scopes[1] == memo.scope)
    if memo.made is not None:  # the records file the baseline's records are in (`reach.Baseline.records`)
        memo.made.records = None if cache.records.failed else _folder_identity(cache.root / RECORDS)
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


def _shard_files(folder: Path, present: set[str]) -> list[tuple[str, Path]] | None:
    """A shard folder's `<shard>.pickle` files in name order, as (shard, path); each shard's name is
    added to `present` (found, readable or not: the writer removes those no build keeps). None
    without the folder. One listing for the fragment, record and keyed shard folders."""
    try:
        files = sorted(os.listdir(folder))
    except OSError:
        return None
    found = []
    for file in files:
        shard, ext = os.path.splitext(file)
        if ext == ".pickle":
            present.add(shard)
            found.append((shard, folder / file))
    return found


def _folder_identity(folder: Path) -> tuple[tuple[str, int, int, int], ...] | None:
    """Each file of a folder by name, size, mtime and inode (`_identity`), None without the folder."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    found = []
    for name in names:
        ident = _identity(folder / name)
        if ident is not None:
            found.append((name, *ident))
    return tuple(found)


class Records:
    """Each quote's quotes.json line with its inputs (`exports.RecordMemo`), written to
    `.dateline-cache/records/` as the exports make them (`keep`), never held by the build: ~200 MB at
    10,000 articles, from the exports to the end of the build.

    SHARDS files by the record's key (`_shard`), each a run of pickles: a head `{"format", "scope",
    "records": "batches"}`, then lists of up to BATCH `(key, inputs, line)`, then None. A shard is
    written only when one of its records differs from the last build's (`memo.records`, which the
    exports reuse) or its set of records changed: a rebuild after one edit pickled and wrote all
    ~13,000 records of 1000 articles again (0.05 s CPU, 24 MB), now the shards of those it changed.
    A record made anew is written to its shard at once; a reused one (the last build's object, held by
    `memo.records` anyway) is only noted, and sorted into its shard at `finish`, which writes it only
    into a shard written anyway (the order of a shard's records is no part of it: `read` makes a dict).
    Noting it is two appends: finding its shard for each of ~15,000 records as they came cost a rebuild
    after one edit ~0.05 CPU s at 1000 articles, with nearly all of them reused. Each shard goes to a temporary file renamed over
    the last build's once the build is committed (`finish`); a shard without its end, or not of this
    form, is no records (`read`: they are made again and the shard written)."""

    BATCH = 200  # records a pickle in one shard: within one, the inputs' shared objects (related links) are
    # pickled once; at most SHARDS batches are held at a time

    def __init__(self, folder: Path, memo: render.RenderMemo) -> None:
        self.folder, self.memo = folder, memo
        self.stored: dict[str, frozenset[str]] = {}  # shard → its records' keys, as read
        self.present: set[str] = set()  # every shard file found, readable or not
        self.out: dict[str, BinaryIO] = {}  # the shards being written
        self.batch: dict[str, list[tuple[str, tuple[Any, ...], bytes]]] = {}
        self.reused: list[str] = []  # the keys of this build's records that are the last build's …
        self.old: list[tuple[tuple[Any, ...], bytes]] = []  # … and those records, in the same order
        self.count: dict[str, int] = {}  # this build's records made anew, a shard
        self.started = self.failed = False

    def read(self) -> tuple[str, exports.RecordMemo] | None:
        """(scope, records) of every whole shard of this form, and of the scope most of them have
        (a scope change rewrites them all); None without any."""
        files = _shard_files(self.folder, self.present)
        if files is None:
            return None
        shards: dict[str, tuple[str, exports.RecordMemo]] = {}
        for shard, path in files:
            got = self._read_shard(path)
            if got is not None:
                shards[shard] = got
        if not shards:
            return None
        counts = collections.Counter(scope for scope, _r in shards.values())
        scope = max(sorted(counts), key=counts.__getitem__)
        records: exports.RecordMemo = {}
        for shard, (its, held) in shards.items():
            if its == scope:
                records.update(held)
                self.stored[shard] = frozenset(held)
        return scope, records

    @staticmethod
    def _read_shard(path: Path) -> tuple[str, exports.RecordMemo] | None:
        records: exports.RecordMemo = {}
        try:
            with path.open("rb") as fh:
                head = write.CacheUnpickler(fh).load()
                if not (isinstance(head, dict) and head.get("format") == FORMAT and head.get("records") == "batches"
                        and isinstance(head.get("scope"), str)):
                    return None
                while (batch := write.CacheUnpickler(fh).load()) is not None:
                    for qid, sig, text in batch:
                        if not (isinstance(qid, str) and isinstance(sig, tuple) and isinstance(text, bytes)):
                            return None
                        records[qid] = (sig, text)
        except Exception:  # any damage (a crafted pickle can raise anything): no records
            return None
        return head["scope"], records

    def keep(self, qid: str, sig: tuple[Any, ...], text: bytes) -> None:
        """One record of this build (`exports.KeepRecord`), in quotes.json's order."""
        old = self.memo.records.get(qid)
        if old is not None and old[1] is text:  # the last build's: its shard is found at `finish`
            self.reused.append(qid)
            self.old.append(old)
            return
        if self.failed:
            return
        self.started = True
        shard = _shard(qid)
        self.count[shard] = self.count.get(shard, 0) + 1
        if shard not in self.out:
            self._open(shard)
        self._add(shard, (qid, sig, text))

    def _open(self, shard: str) -> None:
        """Begin writing a shard: its head."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.out[shard] = (self.folder / f"{shard}.tmp").open("wb")
        except OSError:
            self.failed = True
            return
        self.batch[shard] = []
        self._dump(shard, {"format": FORMAT, "scope": self.memo.scope, "records": "batches"})

    def _add(self, shard: str, record: tuple[str, tuple[Any, ...], bytes]) -> None:
        batch = self.batch.get(shard)
        if batch is None:  # the shard could not be opened
            return
        batch.append(record)
        if len(batch) >= self.BATCH:
            self._dump(shard, batch)
            self.batch[shard] = []

    def _dump(self, shard: str, value: object) -> None:
        try:
            pickle.dump(value, self.out[shard], protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            self.failed = True

    def finish(self, *, keep_old: bool) -> None:
        """Each shard written in place of the last build's, unless every one of its records is the last
        build's and so is its set of records (and `keep_old`: the last shards' scope is this build's); a
        shard that holds no record now removed; the temporary files removed."""
        reused, old = self.reused, self.old
        self.reused, self.old = [], []
        if not (self.started or reused):
            return
        count = self.count
        crc, names, stored = zlib.crc32, _SHARD_NAMES, self.stored
        shards = [names[crc(qid.encode("utf-8", "surrogatepass")) % SHARDS] for qid in reused]
        moved: set[str] = set()  # shards a reused record was not read from (a shard of other keys' once)
        for qid, shard in zip(reused, shards, strict=True):
            count[shard] = count.get(shard, 0) + 1
            if qid not in stored.get(shard, ()):
                moved.add(shard)
        if not self.failed:
            for shard in sorted(set(shards)):
                if shard not in self.out and (shard in moved or not keep_old
                                              or count[shard] != len(stored.get(shard, ()))):
                    self._open(shard)
            for qid, shard, (sig, text) in zip(reused, shards, old, strict=True):
                if shard in self.out:
                    self._add(shard, (qid, sig, text))
        done = sorted(self.out)
        for shard in done:
            if self.batch.get(shard):
                self._dump(shard, self.batch[shard])
            self._dump(shard, None)
            with suppress(OSError):
                self.out[shard].close()
        for shard in done:
            tmp = self.folder / f"{shard}.tmp"
            try:
                if self.failed:
                    tmp.unlink()
                else:
                    tmp.replace(self.folder / f"{shard}.pickle")
            except OSError:
                pass
        if not self.failed:
            for shard in self.present - set(count):
                with suppress(OSError):
                    (self.folder / f"{shard}.pickle").unlink()
            with suppress(OSError):
                (self.folder.parent / LEGACY_RECORDS.name).unlink(missing_ok=True)
        self.out, self.batch = {}, {}


SHARDS = 64  # files per sharded cache: ~16 articles each at 1000, ~160 at 10,000


_SHARD_NAMES = tuple(f"{i:02x}" for i in range(SHARDS))


def _shard(key: str) -> str:
    return _SHARD_NAMES[zlib.crc32(key.encode("utf-8", "surrogatepass")) % SHARDS]


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
        files = _shard_files(self.folder, self.present)
        if files is None:
            return entries
        code = code_key()
        for shard, path in files:
            data = write.read_cache(path)
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


def links_stored(root: Path) -> bool:
    """Whether a last build's links may be on disk (`write_links`): without them (a cold build) linking
    merges every quote, and a large build links apart (`pipeline.assemble`), which is known before."""
    return (root / ".dateline-cache" / "links.pickle").exists()


def read_links(root: Path) -> link.LinkMemo:
    """The last build's links (`link.LinkMemo`): the whole links last stored, and the changes stored
    since (`write_links`) applied to them; its merge decisions are read only if the links cannot be
    reused as they are (two files: a rebuild with nothing changed reads the smaller)."""
    stored = read_keyed(root, "links")
    packed = stored.get("links")
    if not isinstance(packed, link.PackedLinks) or not isinstance(stored.get("digest"), str):
        return link.LinkMemo()
    topics = stored.get("topics")  # what the related lists were made from (`link._links`' `before`)
    links = link.unpack(packed)
    digest, base = stored["digest"], stored["digest"]
    change: link.Delta = {}
    if isinstance(topics, dict):
        later = read_keyed(root, LINKS_DELTA)
        if later.get("base") == base and isinstance(later.get("digest"), str) and _is_delta(later.get("delta")):
            change, digest = later["delta"], later["digest"]
            link.apply_delta(links, topics, change)

    def recall() -> link.MergeRecord | None:
        # ~100,000 objects that hold no garbage and live until linking ends: no collection while they are
        # made, nor later to scan them again (`pipeline._read`; a build unfreezes at its end)
        with collector_off():
            record = read_merge(root)
            gc.freeze()
        return record
    if not isinstance(topics, dict):
        return link.LinkMemo(digest, links, recall=recall)
    return link.LinkMemo(digest, links, recall=recall, topics=topics, read=(base, change))


LINKS_DELTA = "links-delta"  # `.dateline-cache/links-delta.pickle`: the changes since `links.pickle` (`write_links`)
DELTA_SHARE = 8  # the changes are stored apart while they are under 1/DELTA_SHARE of the links' entries


def _is_delta(value: object, fields: tuple[str, ...] = link.DELTA_FIELDS) -> bool:
    return isinstance(value, dict) and set(value) <= set(fields) and all(
        isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], dict) and isinstance(v[1], set) for v in value.values())


def write_links(root: Path, memo: link.LinkMemo) -> None:
    """The memo's links and each quote's topics, and its merge decisions unless they are on disk.

    When the memo's links were read from the store (`read_links`) and differ from them in few entries
    (fewer than 1/DELTA_SHARE of the quotes' count), only the changes from the whole links last
    written are (`links-delta.pickle`, beside them): after one edit, a few entries rather than all the
    links packed and pickled again. Else the links whole, packed (`link.PackedLinks`: a few arrays to
    pickle, not a million objects and the pickler's memo of them), and no changes beside them."""
    change = memo.change
    if memo.read is not None and change is not None and memo.links is not None and memo.packed is None \
            and link.delta_size(change) * DELTA_SHARE < len(memo.links.statement_of):
        write_keyed(root, LINKS_DELTA, {"base": memo.read[0], "digest": memo.digest, "delta": change})
        _merge_of(root, memo)
        return
    packed = memo.packed if memo.packed is not None or memo.links is None else link.pack(memo.links)
    write_keyed(root, "links", {"digest": memo.digest, "links": packed, "topics": memo.topics})
    with suppress(OSError):
        (root / ".dateline-cache" / f"{LINKS_DELTA}.pickle").unlink(missing_ok=True)
    _merge_of(root, memo)


def _merge_of(root: Path, memo: link.LinkMemo) -> None:
    if memo.record is not None:  # else written as soon as it was made (`write_merge`)
        write_merge(root, memo.record)


MERGE_DELTA = "merge-delta"  # `.dateline-cache/merge-delta.pickle`: the changes since `merge.pickle` (`write_merge`)


def read_merge(root: Path) -> link.MergeRecord | None:
    """The merge decisions last stored: the whole record and the changes stored since applied to it."""
    stored = read_keyed(root, "merge")
    record, stamp = stored.get("record"), stored.get("stamp")
    if not isinstance(record, link.MergeRecord) or not isinstance(stamp, str):
        return None
    change: link.Delta = {}
    later = read_keyed(root, MERGE_DELTA)
    if later.get("base") == stamp and _is_delta(later.get("delta"), link.RECORD_FIELDS) \
            and isinstance(later.get("seq"), list):
        change = later["delta"]
        link.apply_record_delta(record, change, later["seq"])
    record.patch, record.read = None, (stamp, change)
    return record


def write_merge(root: Path, record: link.MergeRecord) -> None:
    """The merge decisions (`link.LinkMemo.store_record`). Those `merge_again` made of a record read from
    the store, while they changed few entries since the whole record was stored (fewer than 1/DELTA_SHARE of
    its quotes' count): only the changes since (`merge-delta.pickle`, with the quotes' order), a few entries
    rather than ~5 MB of decisions pickled again at 1000 articles. Else the whole record, under a new stamp
    (which the changes name), and no changes beside it."""
    patch, read = record.patch, record.read
    record.patch = record.read = None  # never stored
    if patch is not None and read is not None:
        change = link.compose(read[1], patch)
        if link.delta_size(change) * DELTA_SHARE < len(record.seq):
            write_keyed(root, MERGE_DELTA, {"base": read[0], "delta": change, "seq": record.seq})
            record.read = (read[0], change)
            return
    stamp = os.urandom(8).hex()
    write_keyed(root, "merge", {"record": record, "stamp": stamp})
    with suppress(OSError):
        (root / ".dateline-cache" / f"{MERGE_DELTA}.pickle").unlink(missing_ok=True)
    record.read = (stamp, {})


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
        """The compiled template, if this user's key sealed it (`write.seal`): it is Python code, run as
        the template renders, so one written by anyone else (a copied project, a CI cache) is compiled
        again instead."""
        try:
            data = write.unseal((self.folder / f"{bucket.key}.cache").read_bytes())
            if data is None:
                bucket.reset()
                return
            bucket.load_bytecode(io.BytesIO(data))
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        target = self.folder / f"{bucket.key}.cache"
        made = io.BytesIO()
        bucket.write_bytecode(made)
        data = write.seal(made.getvalue())
        if data is None:  # no key: not kept
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        except OSError:
            pass


def _keys(fragments: dict[str, tuple[str, bytes]]) -> dict[str, str]:
    return {i: key for i, (key, _) in fragments.items()}
