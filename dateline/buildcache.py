"""The render memo of a CLI build, kept in `.dateline-cache/` between builds.

`serve` keeps its render memo in memory; a one-shot `dateline build` (and CI, which restores
`.dateline-cache/`) reads the last build's from disk, so that after one edit it renders the
fragments and article pages whose inputs changed and keeps the rest. Cards and entries are
stored with their bytes; an article page is not: its bytes are the file the last build left in
the output folder, kept (hard-linked into the new build) while its key and its file's
(size, mtime) stamp are the ones recorded here. Anything unreadable is an empty cache: it only
costs speed.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

from dateline import render, write

CACHE_FILE = Path(".dateline-cache") / "render.pickle"
FORMAT = 1


@dataclass
class RenderCache:
    memo: render.RenderMemo = field(default_factory=render.RenderMemo)
    files: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # article page → (key, size, mtime_ns)
    loaded: tuple[str, dict[str, str], dict[str, str]] = ("", {}, {})  # scope and keys as read: save skips no change

    def reuse(self, output: write.Output) -> render.Reuse:
        """`render`'s question for an unchanged article page: is the last build's file still there?"""
        def keep(path: str, key: str) -> bool:
            entry = self.files.get(path)
            return entry is not None and entry[0] == key and output.keep(path, (entry[1], entry[2]))
        return keep


def load(root: Path) -> RenderCache:
    try:
        with (root / CACHE_FILE).open("rb") as fh:
            data = pickle.load(fh)
        if data["format"] != FORMAT:
            return RenderCache()
        memo = render.RenderMemo(scope=data["scope"], cards=data["cards"], entries=data["entries"])
        cache = RenderCache(memo, data["files"])
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError, KeyError):
        return RenderCache()
    cache.loaded = (memo.scope, _keys(memo.cards), _keys(memo.entries))
    return cache


def save(root: Path, cache: RenderCache, out: Path) -> None:
    """After a build is committed to `out`: record this build's fragments and its article pages'
    keys and stamps. Written only when something changed."""
    memo = cache.memo
    files = {}
    for page, key in memo.pages.items():
        try:
            st = (out / page).stat()
        except OSError:
            continue
        files[page] = (key, st.st_size, st.st_mtime_ns)
    if files == cache.files and cache.loaded == (memo.scope, _keys(memo.cards), _keys(memo.entries)):
        return
    data = {"format": FORMAT, "scope": memo.scope, "cards": memo.cards, "entries": memo.entries, "files": files}
    path = root / CACHE_FILE
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def _keys(fragments: dict[str, tuple[str, bytes]]) -> dict[str, str]:
    return {i: key for i, (key, _) in fragments.items()}
