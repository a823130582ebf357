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

from dataclasses import dataclass, field
from pathlib import Path

from dateline import render, write

FRAGMENTS = Path(".dateline-cache") / "render-fragments.pickle"
PAGES = Path(".dateline-cache") / "render-pages.pickle"
FORMAT = 2


@dataclass
class RenderCache:
    root: Path
    memo: render.RenderMemo = field(default_factory=render.RenderMemo)
    files: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # article page → (key, size, mtime_ns)
    loaded: tuple[str, dict[str, str], dict[str, str]] = ("", {}, {})  # scope and keys as read: no change, no write

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
    try:
        if fragments.get("format") == FORMAT:
            cache.memo.scope, cache.memo.cards, cache.memo.entries = (fragments["scope"], fragments["cards"],
                                                                      fragments["entries"])
        if pages.get("format") == FORMAT and pages.get("scope") == cache.memo.scope:
            cache.files = pages["files"]
        cache.loaded = (cache.memo.scope, _keys(cache.memo.cards), _keys(cache.memo.entries))
    except (KeyError, TypeError, ValueError, AttributeError):
        return RenderCache(root)
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
    if files != cache.files:
        write.write_cache(cache.root / PAGES, {"format": FORMAT, "scope": memo.scope, "files": files})


def _keys(fragments: dict[str, tuple[str, bytes]]) -> dict[str, str]:
    return {i: key for i, (key, _) in fragments.items()}
