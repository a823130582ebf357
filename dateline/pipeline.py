"""The whole build in one screen: load → analyse → link → timeline → render → write.

`analyse` is the per-article part (extraction, attribution, dates, topics, front-matter
corrections); it depends only on the article and the `_data` files, so its result is
cached by content hash and reused by `serve` when only other files changed.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import pickle
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path

from dateline import attribution, dates, link, quotes, render, review, timeline, topics, write
from dateline.config import SiteConfig
from dateline.errors import BuildFailed, Problem, errors_in
from dateline.load import (
    Data,
    Loaded,
    article_files,
    article_files_under,
    display_path,
    load,
    load_data,
    parse_article,
    read_source,
)
from dateline.model import Article, DateInfo, Quote, Span


@dataclass(frozen=True)
class Analysis:
    """One article's quotes and the problems found while reading them."""

    quotes: tuple[Quote, ...]
    problems: tuple[Problem, ...]
    rejected: tuple[tuple[str, str], ...] = ()  # (text, reason) of quote marks that were not speech


@dataclass
class Site:
    """Everything render needs, computed once per build."""

    config: SiteConfig
    articles: list[Article]
    data: Data
    quotes: list[Quote]
    links: link.Links
    shifts: list[timeline.Shift]


@dataclass
class BuildReport:
    articles: int = 0
    quotes: int = 0
    pages: int = 0
    written: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    unknown_speakers: dict[str, int] = field(default_factory=dict)
    untagged: list[str] = field(default_factory=list)  # "path:line: “text”" of quotes matching no topic
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)  # path, quotes, unknown, rejected


def _line_of_offset(article: Article, offset: int) -> int:
    return article.body_line + article.body.count("\n", 0, offset)


def analyse(article: Article, data: Data) -> Analysis:
    """Extract, attribute, date and tag the quotes of one article; apply its corrections."""
    body = article.body
    ext = quotes.extract(body)
    attrs = attribution.attribute(body, ext, data.speakers, article.speakers)
    problems = [Problem(article.path, article.body_line + line - 1, msg, "warning") for line, msg in ext.warnings]
    seen: dict[str, int] = {}
    out: list[Quote] = []
    paras = ext.paragraphs
    for raw, who in zip(ext.quotes, attrs, strict=True):
        para = paras[raw.paragraph]
        ptext = body[para.start:para.end]
        stmt = _quote_date(ptext, raw.start - para.start, article)
        context = ptext if raw.partial or raw.kind == "transcript-turn" else ""
        tags, stance = topics.tag(raw.text, context, data.topics)
        q = Quote(
            id=link.quote_id(article.slug, raw.text, seen), article=article.id, text=raw.text,
            span=Span(raw.start, raw.end, _line_of_offset(article, raw.start)), marks=raw.marks,
            parts=tuple(body[s:e] for s, e in raw.parts), kind=raw.kind,  # type: ignore[arg-type]
            partial=raw.partial, speaker=who.speaker, speaker_name=who.name, attribution=who.how,
            translated=who.translated, topics=tags, stance=stance, statement_date=stmt,
            paragraph=raw.paragraph,
        )
        out.append(q)
    out = _apply_overrides(article, out, seen, data, problems)
    for q in out:
        if body[q.span.start:q.span.end] != q.text:
            problems.append(Problem(article.path, q.span.line, f"quote is not verbatim in the body: {q.text[:60]!r}"))
    rejected = tuple((r.text, why) for r, why in ext.rejected)
    return Analysis(tuple(out), tuple(problems), rejected)


def _quote_date(paragraph: str, offset: int, article: Article) -> DateInfo:
    stmt = dates.quote_statement_date(paragraph, offset, article.statement_date, article.date)
    return stmt if stmt is not None else article.statement_date or article.date


def _matches(q: Quote, key: object) -> bool:
    if not isinstance(key, str) or not key:
        return False
    return key in (q.id, f"q-{q.id}") or link.normalise(key) == link.normalise(q.text)


def _apply_overrides(article: Article, found: list[Quote], seen: dict[str, int], data: Data,
                     problems: list[Problem]) -> list[Quote]:
    """Front-matter `quotes:` corrections: add (verbatim only), drop, re-attribute, re-tag."""
    known_speakers = {s.id: s.name for s in data.speakers}
    known_topics = {t.id: t for t in data.topics}
    out = list(found)
    for entry in article.quote_overrides:
        line = int(str(entry.get("_line", 0)))
        if "drop" in entry:
            before = len(out)
            out = [q for q in out if not _matches(q, entry["drop"])]
            if len(out) == before:
                problems.append(Problem(article.path, line, f"quotes: drop: no quote matches {entry['drop']!r}",
                                        "warning"))
            continue
        if "add" in entry:
            text = entry["add"]
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(article.path, line, "quotes: add: needs the exact quoted text"))
                continue
            pos = article.body.find(text)
            if pos < 0:
                problems.append(Problem(article.path, line,
                                        f"quotes: add: text is not verbatim in the article body: {text[:60]!r}"))
                continue
            if any(q.span.start == pos and q.text == text for q in out):
                continue
            tags, stance = topics.tag(text, "", data.topics)  # tagged by the same cues as extracted quotes
            q = Quote(id=link.quote_id(article.slug, text, seen), article=article.id, text=text,
                      span=Span(pos, pos + len(text), _line_of_offset(article, pos)), marks="",
                      parts=(text,), kind="editorial", topics=tags, stance=stance,
                      statement_date=article.statement_date or article.date)
            out.append(q)
            target = q
        else:
            key = entry.get("id", entry.get("text"))
            hits = [q for q in out if _matches(q, key)]
            if not hits:
                what = "id" if "id" in entry else "text"
                problems.append(Problem(article.path, line,
                                        f"quotes: no quote with {what} {key!r} in this article (has the text changed?)"))
                continue
            target = hits[0]
        changes: dict[str, object] = {}
        if "speaker" in entry:
            sid = str(entry["speaker"])
            changes["speaker"] = sid
            changes["speaker_name"] = known_speakers.get(sid, sid)
            changes["attribution"] = "set in front matter"
            if sid not in known_speakers and sid != "unknown":
                problems.append(Problem(article.path, line, f"quotes: speaker {sid!r} is not in speakers.yaml",
                                        "warning"))
        if "topics" in entry:
            ts = entry["topics"] if isinstance(entry["topics"], list) else [entry["topics"]]
            changes["topics"] = tuple(str(t) for t in ts)
            for t in ts:
                if str(t) not in known_topics:
                    problems.append(Problem(article.path, line, f"quotes: unknown topic {t!r}", "warning"))
        if "stance" in entry:
            st = entry["stance"]
            if isinstance(st, dict):
                stance_map = {str(k): str(v) for k, v in st.items()}
                changes["stance"] = stance_map
                if "topics" not in entry:  # a stance on a topic is about that topic
                    changes["topics"] = tuple(dict.fromkeys([*target.topics, *stance_map]))
            else:
                problems.append(Problem(article.path, line, "quotes: stance must map topic → stance id"))
        for flag in ("partial", "translated"):
            if flag in entry:
                changes[flag] = bool(entry[flag])
        if "statement_date" in entry:
            try:
                d = dates.coerce_date(entry["statement_date"])
                changes["statement_date"] = DateInfo(d, "high", "set in front matter")
            except ValueError as exc:
                problems.append(Problem(article.path, line, f"quotes: statement_date: {exc}"))
        if changes:
            new = replace(target, **changes)  # type: ignore[arg-type]
            out = [new if q is target else q for q in out]
    return sorted(out, key=lambda q: q.span.start)


POOL_MIN = 300  # below this many articles to analyse, starting worker processes costs more than it saves


def _analyse_chunk(articles: list[Article], data: Data) -> list[Analysis]:
    return [analyse(a, data) for a in articles]


def _analyse_parallel(articles: list[Article], data: Data) -> list[Analysis]:
    """Per-article analysis is pure, so it runs in one forked worker per core."""
    workers = min(os.cpu_count() or 1, 8)
    size = max(1, -(-len(articles) // (workers * 4)))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        return [r for part in pool.map(_analyse_chunk, chunks, [data] * len(chunks)) for r in part]


def analyse_all(loaded: Loaded, cache: dict[str, tuple[str, Analysis]] | None = None) -> dict[str, Analysis]:
    """Analyse every article, reusing cached analyses whose inputs (content, _data, code) are unchanged."""
    data_key = f"{_data_key(loaded.data)}:{code_key()}"
    out: dict[str, Analysis] = {}
    todo: list[tuple[Article, str]] = []
    for a in loaded.articles:
        key = f"{a.content_hash}:{data_key}:{a.path}"
        hit = cache.get(a.path) if cache is not None else None
        if hit is not None and hit[0] == key:
            out[a.id] = hit[1]
            continue
        todo.append((a, key))
    if len(todo) >= POOL_MIN and render.can_fork(os.cpu_count() or 1):
        results = _analyse_parallel([a for a, _ in todo], loaded.data)
    else:
        results = [analyse(a, loaded.data) for a, _ in todo]
    for (a, key), result in zip(todo, results, strict=True):
        out[a.id] = result
        if cache is not None:
            cache[a.path] = (key, result)
    return out


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """Hash of the modules whose output is cached: a code change invalidates the disk cache."""
    here = Path(__file__).parent
    h = hashlib.sha1()
    for name in ("quotes", "attribution", "names", "dates", "topics", "link", "model", "load", "pipeline"):
        h.update((here / f"{name}.py").read_bytes())
    return h.hexdigest()[:12]


CACHE_FILE = Path(".dateline-cache") / "analysis.pickle"


def read_disk_cache(root: Path) -> dict[str, tuple[str, Analysis]]:
    """The analysis cache of the last full build (a local, git-ignored file of our own)."""
    path = root / CACHE_FILE
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_disk_cache(root: Path, cache: dict[str, tuple[str, Analysis]]) -> None:
    path = root / CACHE_FILE
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(cache, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def _data_key(data: Data) -> str:
    return hashlib.sha1(repr(data).encode()).hexdigest()[:12]


def check_unique(articles: list[Article]) -> list[Problem]:
    """Two articles may not share a slug: it is their id, part of every quote id and anchor."""
    seen: dict[str, Article] = {}
    problems = []
    for a in sorted(articles, key=lambda a: a.path):
        if a.slug in seen:
            problems.append(Problem(a.path, 1, f"slug {a.slug!r} is already used by {seen[a.slug].path}: "
                                               "rename the file or set a different slug:"))
        else:
            seen[a.slug] = a
    return problems


def assemble(config: SiteConfig, loaded: Loaded, analyses: dict[str, Analysis]) -> Site:
    """Cross-article steps: order, link, shifts."""
    articles = sorted(loaded.articles, key=lambda a: (a.date.date.sort_key(), a.slug))
    by_id = {a.id: a for a in articles}
    all_quotes = [q for a in articles for q in analyses[a.id].quotes]
    ordered = timeline.chronological(all_quotes, by_id)
    links = link.link(articles, ordered, [q.id for q in ordered])
    shifts = timeline.shifts(ordered, loaded.data.topics, links.statement_of, loaded.data.shifts)
    return Site(config, articles, loaded.data, ordered, links, shifts)


class Corpus:
    """The parsed project kept in memory between `serve` rebuilds.

    `refresh` stats every content file (cheap) and re-reads only those whose size or
    mtime changed, so a burst of changes (a git checkout) is one refresh; the analysis
    cache, the render memo and the last written bytes make the rest of the rebuild
    proportional to what changed.
    """

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self.files: dict[Path, tuple[tuple[int, int], Article | None, list[Problem]]] = {}
        self.data_stamp: tuple[tuple[str, int, int], ...] = ()
        self.data = Data()
        self.data_problems: list[Problem] = []
        self.cache: dict[str, tuple[str, Analysis]] = {}
        self.memo = render.RenderMemo()
        self.written: dict[str, bytes] | None = None
        self.templates_stamp: tuple[tuple[str, int, int], ...] = ()
        self.stable = False
        self.changed: list[Article] = []
        self.last_site: Site | None = None

    def quick_write(self, analyses: dict[str, Analysis], data: Data) -> bool:
        """Serve's fast path: write the edited article pages alone, before the whole-site pass.

        Their cross-article links are the previous build's until the full pass (a second or so
        later at thousands of articles) rewrites them; like Hugo's fast render of the pages
        being viewed. Only for a few edited articles with unchanged data and templates.
        """
        prev_site = self.last_site
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
        self.write(pages, prune=False)
        return True

    def refresh(self, only: set[Path] | None = None) -> Loaded:
        """Re-read what changed. `only`: the article paths a watcher reported (when it reported
        nothing else), so a rebuild needs no stat of every file — while a whole-site pass runs
        in another thread, each system call costs a wait for the interpreter lock."""
        cfg = self.config
        self.stable = True  # data and templates unchanged since the last refresh
        if only is not None and self.files:
            return self._refresh_only(only)
        tstamp = _tree_stamp(cfg.templates_path) + _tree_stamp(render.THEME)
        if tstamp != self.templates_stamp:  # a template edit can change every fragment
            self.memo = render.RenderMemo()
            self.templates_stamp = tstamp
            self.stable = False
        content = cfg.content_path
        data_dir = content / "_data"
        stamp = tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                             for p in data_dir.glob("*.yaml"))) if data_dir.is_dir() else ()
        if stamp != self.data_stamp:
            self.data_problems = []
            self.data = load_data(content, self.data_problems, cfg.root)
            self.data_stamp = stamp
            self.stable = False
        seen: dict[Path, tuple[tuple[int, int], Article | None, list[Problem]]] = {}
        recent = time.time_ns() - 2_000_000_000
        for path in article_files(content):
            entry = self._read(path, recent)
            if entry is not None:
                seen[path] = entry
        return self._settle(seen)

    def _read(self, path: Path, recent: int) -> tuple[tuple[int, int], Article | None, list[Problem]] | None:
        """One article file: the cached entry when unchanged, else parsed anew; None if gone."""
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_mtime_ns, st.st_size)
        old = self.files.get(path)
        # Two saves within one timestamp tick can keep size and mtime: a file touched in the
        # last two seconds is read again and compared by content hash.
        if old is not None and old[0] == key and st.st_mtime_ns < recent:
            return old
        src = read_source(path, display_path(path, self.config.root))
        if isinstance(src, Problem):
            return (key, None, [src])
        if old is not None and old[1] is not None and old[1].content_hash == src.digest and not old[2]:
            return (key, old[1], old[2])
        article, problems = parse_article(src, self.config.build_time)
        return (key, article, problems)

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

    def _settle(self, seen: dict[Path, tuple[tuple[int, int], Article | None, list[Problem]]]) -> Loaded:
        cfg = self.config
        self.changed = [entry[1] for path, entry in seen.items()
                        if entry[1] is not None and (path not in self.files or self.files[path][1] is not entry[1])]
        self.files = seen
        loaded = Loaded(data=self.data, problems=list(self.data_problems))
        for _key, article, problems in seen.values():
            loaded.problems.extend(problems)
            if article is not None and (cfg.drafts or not article.draft):
                loaded.articles.append(article)
        return loaded

    def write(self, pages: dict[str, bytes], *, prune: bool = True,
              each: Callable[[], AbstractContextManager[bool]] | None = None) -> int:
        """Write what changed since the last write; `self.written` follows the disk file by file."""
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


def _tree_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out.append((p.as_posix(), st.st_mtime_ns, st.st_size))
    return tuple(out)


@dataclass
class Prepared:
    """The per-article half of a build: everything read and analysed, no error left."""

    loaded: Loaded
    analyses: dict[str, Analysis]
    problems: list[Problem]


def prepare(config: SiteConfig, corpus: Corpus | None = None, only: set[Path] | None = None) -> Prepared:
    """Load (or refresh) and analyse; raise BuildFailed with every error found."""
    if corpus is not None:
        loaded = corpus.refresh(only)
        analyses = analyse_all(loaded, corpus.cache)
    else:
        loaded = load(config.content_path, config.build_time, drafts=config.drafts, display_root=config.root)
        cache = read_disk_cache(config.root)
        before = dict(cache)
        analyses = analyse_all(loaded, cache)
        if cache != before:
            live = {a.path for a in loaded.articles}
            write_disk_cache(config.root, {k: v for k, v in cache.items() if k in live})
    problems = list(loaded.problems) + check_unique(loaded.articles)
    for an in analyses.values():
        problems.extend(an.problems)
    if errors_in(problems) or (config.strict and problems):
        raise BuildFailed(problems if config.strict else errors_in(problems))
    return Prepared(loaded, analyses, problems)


def compose(config: SiteConfig, prep: Prepared, memo: render.RenderMemo | None = None) -> tuple[Site, dict[str, bytes]]:
    """The whole-site half: order, link, render. Pure: reads and writes no file."""
    site = assemble(config, prep.loaded, prep.analyses)
    stale = stale_verdict_problems(config, site)
    if stale and config.strict:
        raise BuildFailed(prep.problems + stale)
    prep.problems.extend(p for p in stale if p not in prep.problems)
    return site, render.render_site(site, memo)


def review_of(config: SiteConfig, problems: list[Problem], site: Site) -> review.Review:
    """What an editor should check in this corpus (`dateline review`, serve's /_review/)."""
    problems = list(problems) + [p for p in stale_verdict_problems(config, site) if p not in problems]
    figures = tuple(str(f) for f in getattr(config, "figures", ()) or ())
    return review.collect(site.articles, site.quotes, site.data, site.shifts, problems, figures=figures,
                          data_dir=display_path(config.content_path / "_data", config.root))


def stale_verdict_problems(config: SiteConfig, site: Site) -> list[Problem]:
    """A verdict in shifts.yaml that matches no current shift is an editor's decision now lost: a warning
    at its line, with the shift it most likely meant (an error with --strict)."""
    where = f"{display_path(config.content_path / '_data', config.root)}/shifts.yaml"
    out = []
    for verdict, line, meant in timeline.stale_verdicts(site.data.shifts, site.shifts):
        hint = f"; did you mean {meant.id!r}? (`dateline review` shows the fix)" if meant else ""
        out.append(Problem(where, line, f"shift verdict {verdict['id']!r} matches no current shift{hint}", "warning"))
    return out


def report_for(prep: Prepared, site: Site, pages: dict[str, bytes], written: int, started: float) -> BuildReport:
    report = BuildReport(problems=prep.problems, written=written, articles=len(site.articles),
                         quotes=len(site.quotes), pages=sum(1 for p in pages if p.endswith(".html")))
    known = {s.id for s in site.data.speakers}
    paths = {a.id: a.path for a in site.articles}
    for q in site.quotes:
        if q.speaker not in known:
            key = q.speaker_name or "unknown"
            report.unknown_speakers[key] = report.unknown_speakers.get(key, 0) + 1
        if not q.topics and not q.stance:
            report.untagged.append(f"{paths[q.article]}:{q.span.line}: “{q.text[:70]}”")
    for a in site.articles:
        an = prep.analyses[a.id]
        report.per_article.append((a.path, len(an.quotes), sum(q.speaker == "unknown" for q in an.quotes),
                                   len(an.rejected)))
    report.seconds = time.perf_counter() - started
    return report


def build(config: SiteConfig, *, corpus: Corpus | None = None,
          after_write: Callable[[Path], None] | None = None,
          on_quick: Callable[[], None] | None = None) -> BuildReport:
    """Build into `config.output_path`: a full build (staging folder swapped in), or with
    a `corpus` an incremental one (changed files only). Raises BuildFailed with every
    problem listed; then nothing in the output folder has changed."""
    started = time.perf_counter()
    prep = prepare(config, corpus)
    if corpus is not None and on_quick is not None and corpus.quick_write(prep.analyses, prep.loaded.data):
        on_quick()
    site, pages = compose(config, prep, corpus.memo if corpus is not None else None)
    if corpus is not None:
        corpus.last_site = site
        written = corpus.write(pages)
    else:
        written = write.write_site(pages, config.output_path, after_write)
    return report_for(prep, site, pages, written, started)
