"""What `serve` keeps between rebuilds, and the incremental rebuild that uses it.

A rebuild runs the same steps as `pipeline.build` (gate, assemble, render, report are
the same functions); what differs is kept here: the parsed files and their stamps (only
changed files are read again), the analysis cache, the render memo, and the bytes last
written (only changed files are written again, in place rather than by a folder swap).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import NamedTuple

from dateline import buildcache, link, pipeline, render, write
from dateline.analyse import Analysis
from dateline.config import SiteConfig
from dateline.errors import Problem
from dateline.load import Loaded, article_files, article_files_under, display_path, load_data, parse_article, read_source
from dateline.model import Article, Data, Site
from dateline.pipeline import BuildReport, Prepared


class FileEntry(NamedTuple):
    """One article file as last read: its (mtime, size) stamp and what parsing it gave."""

    stamp: tuple[int, int]
    article: Article | None
    problems: list[Problem]


class Corpus:
    """The parsed project kept in memory between `serve` rebuilds.

    `refresh` stats every content file (cheap) and re-reads only those whose size or
    mtime changed, so a burst of changes (a git checkout) is one refresh; the analysis
    cache, the render memo and the last written bytes make the rest of the rebuild
    proportional to what changed.
    """

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self.files: dict[Path, FileEntry] = {}
        self.data_stamp: tuple[tuple[str, int, int], ...] | None = None  # None: never read yet
        self.data = Data()
        self.data_problems: list[Problem] = []
        self.cache: dict[str, tuple[str, Analysis]] = {}
        self.memo = render.RenderMemo()
        self.memo.addresses, self.memo.moved = buildcache.read_addresses(config.root)  # pages moved since
        self.links = link.LinkMemo()  # the last links and merge decisions: an edit re-decides what it touches
        self.written: dict[str, bytes] | None = None
        self.templates_stamp: tuple[tuple[str, int, int], ...] = ()
        self.stable = False
        self.changed: list[Article] = []
        self.last_site: Site | None = None

    def prepare(self, only: set[Path] | None = None) -> Prepared:
        """`load` (what changed only) and `analyse` (what changed only), then the same gate as a
        full build: raises BuildFailed with every error found."""
        loaded = self.refresh(only)
        return pipeline.gate(self.config, loaded, pipeline.analyse_all(loaded, self.cache))

    def finish(self, prep: Prepared, started: float,
               each: Callable[[], AbstractContextManager[bool]] | None = None) -> BuildReport:
        """The rest of the build, as `pipeline.build` does it: assemble, render (reusing the
        last build's fragments), write only what changed (`each`: see `write.write_changed`)."""
        site = pipeline.assemble(self.config, prep, self.links)
        pages = render.render_site(site, self.memo)
        written = self.write(pages, render.static_files(self.config.templates_path), each=each)
        buildcache.write_addresses(self.config.root, self.memo.addresses, self.memo.moved)
        self.last_site = site
        return pipeline.report(prep, site, pages, written, started)

    def rebuild(self, on_quick: Callable[[], None] | None = None) -> BuildReport:
        """One whole incremental rebuild; `on_quick` is called once the edited article pages
        alone are on disk (see `quick_write`)."""
        started = time.perf_counter()
        prep = self.prepare()
        if on_quick is not None and self.quick_write(prep):
            on_quick()
        return self.finish(prep, started)

    def quick_write(self, prep: Prepared) -> bool:
        """Serve's fast path: write the edited article pages alone, before the whole-site pass.

        Their cross-article links are the previous build's until the full pass (a second or so
        later at thousands of articles) rewrites them; like Hugo's fast render of the pages
        being viewed. Only for a few edited articles with unchanged data and templates.
        """
        prev_site = self.last_site
        analyses, data = prep.analyses, prep.loaded.data
        if prev_site is None or not self.stable or not 0 < len(self.changed) <= 3:
            return False
        order = [a.id for a in prev_site.articles]
        by_id = {a.id: a for a in prev_site.articles}
        pages: dict[str, bytes] = {}
        for a in self.changed:
            quotes = list(analyses[a.id].quotes)
            mini = Site(self.config, [a], data, quotes, link.link([a], quotes, [q.id for q in quotes]), [])
            i = order.index(a.id) if a.id in order else -1
            prev = by_id[order[i - 1]] if i > 0 else None
            nxt = by_id[order[i + 1]] if 0 <= i < len(order) - 1 else None
            pages.update(render.render_article_alone(mini, a, prev, nxt))
        self.write(pages, {}, prune=False)
        return True

    def refresh(self, only: set[Path] | None = None) -> Loaded:
        """Re-read what changed. `only`: the article paths a watcher reported (when it reported
        nothing else), so a rebuild needs no stat of every file — while a whole-site pass runs
        in another thread, each system call costs a wait for the interpreter lock."""
        cfg = self.config
        self.stable = True  # data and templates unchanged since the last refresh
        data_stamp = _data_stamp(cfg.content_path)
        # A moved-away (or restored) _data folder must be read afresh even when the watcher
        # reported only an article edit: else the rebuild used speakers and topics deleted from
        # disk and published what `dateline build` refuses (hostile round 59, s03).
        if only is not None and self.files and data_stamp == self.data_stamp:
            return self._refresh_only(only)
        tstamp = _tree_stamp(cfg.templates_path) + _tree_stamp(render.THEME)
        if tstamp != self.templates_stamp:  # a template edit can change every fragment
            self.memo = render.RenderMemo(addresses=self.memo.addresses, moved=self.memo.moved)
            self.templates_stamp = tstamp
            self.stable = False
        content = cfg.content_path
        if data_stamp != self.data_stamp:
            self.data_problems = []
            self.data = load_data(content, self.data_problems, cfg.root)
            self.data_stamp = data_stamp
            self.stable = False
        seen: dict[Path, FileEntry] = {}
        recent = time.time_ns() - 2_000_000_000
        for path in article_files(content):
            entry = self._read(path, recent)
            if entry is not None:
                seen[path] = entry
        return self._settle(seen)

    def _read(self, path: Path, recent: int) -> FileEntry | None:
        """One article file: the cached entry when unchanged, else parsed anew; None if gone."""
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_mtime_ns, st.st_size)
        old = self.files.get(path)
        # Two saves within one timestamp tick can keep size and mtime: a file touched in the
        # last two seconds is read again and compared by content hash.
        if old is not None and old.stamp == key and st.st_mtime_ns < recent:
            return old
        src = read_source(path, display_path(path, self.config.root), self.config.content_path)
        if isinstance(src, Problem):
            return FileEntry(key, None, [src])
        if old is not None and old.article is not None and old.article.content_hash == src.digest and not old.problems:
            return FileEntry(key, old.article, old.problems)
        article, problems = parse_article(src, self.config.numeric_dates)
        return FileEntry(key, article, problems)

    def _refresh_only(self, paths: set[Path]) -> Loaded:
        seen = dict(self.files)
        recent = time.time_ns() - 2_000_000_000
        folder = self.config.content_path / "articles"
        for path in sorted(paths):
            entry = self._read(path, recent) if path in set(article_files_under(folder, path)) else None
            if entry is None:
                seen.pop(path, None)
            else:
                seen[path] = entry
        return self._settle(dict(sorted(seen.items())))

    def _settle(self, seen: dict[Path, FileEntry]) -> Loaded:
        cfg = self.config
        self.changed = [e.article for path, e in seen.items()
                        if e.article is not None and (path not in self.files or self.files[path].article is not e.article)]
        self.files = seen
        loaded = Loaded(data=self.data, problems=list(self.data_problems))
        for _stamp, article, problems in seen.values():
            loaded.problems.extend(problems)
            if article is not None and (cfg.drafts or not article.draft):
                loaded.articles.append(article)
        return loaded

    def write(self, pages: dict[str, bytes], static: dict[str, Path], *, prune: bool = True,
              each: Callable[[], AbstractContextManager[bool]] | None = None) -> int:
        """Write what changed since the last write; `self.written` follows the disk file by file."""
        pages = write.with_static(pages, static)
        first = self.written is None
        written: dict[str, bytes] = {} if self.written is None else self.written
        self.written = written

        def record(rel: str, data: bytes | None) -> None:
            if data is None:
                written.pop(rel, None)
            else:
                written[rel] = data

        changed = write.write_changed(pages, self.config.output_path, previous=None if first else written,
                                      prune=prune, each=each, record=record)
        for rel, data in pages.items():  # unchanged files are on disk as they are
            written.setdefault(rel, data)
        return len(changed)


def _data_stamp(content: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, mtime and size of each `_data/*.yaml`; () when the folder is gone. A handful of
    stats, so it is taken on every rebuild, even the article-only fast path."""
    data_dir = content / "_data"
    out = []
    try:
        for p in data_dir.glob("*.yaml"):
            st = p.stat()
            out.append((p.name, st.st_mtime_ns, st.st_size))
    except OSError:
        return ()
    return tuple(sorted(out))


def _tree_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out.append((p.as_posix(), st.st_mtime_ns, st.st_size))
    return tuple(out)
