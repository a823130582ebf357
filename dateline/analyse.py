"""The per-article steps: quotes → attribution → dates of the quotes → topics, then the
article's own front-matter corrections and the verbatim gate.

Each article's analysis depends only on that article and the `_data` files, so it runs
in forked workers for large corpora and is cached by content hash: on disk between
builds, in memory between `serve` rebuilds (a code change invalidates both).
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

from dateline import attribution, dates, link, quotes, topics
from dateline.errors import Problem, did_you_mean
from dateline.load import Loaded
from dateline.model import Article, Data, DateInfo, Quote, Span
from dateline.workers import in_workers


@dataclass(frozen=True)
class Analysis:
    """One article's quotes and the problems found while reading them."""

    quotes: tuple[Quote, ...]
    problems: tuple[Problem, ...]
    rejected: tuple[tuple[str, str], ...] = ()  # (text, reason) of quote marks that were not speech


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
            parts=tuple(body[s:e] for s, e in raw.parts), kind=raw.kind,
            partial=raw.partial, speaker=who.speaker, speaker_name=who.name, attribution=who.how, sieve=who.sieve,
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
    return stmt if stmt is not None else article.said


def _matches(q: Quote, key: object) -> bool:
    if not isinstance(key, str) or not key:
        return False
    return key in (q.id, f"q-{q.id}") or link.normalise(key) == link.normalise(q.text)


def _apply_overrides(article: Article, found: list[Quote], seen: dict[str, int], data: Data,
                     problems: list[Problem]) -> list[Quote]:
    """Front-matter `quotes:` corrections: add (verbatim only), drop, re-attribute, re-tag."""
    known_speakers = {s.id: s.name for s in data.speakers}
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
                      statement_date=article.said)
            out.append(q)
            target = q
        else:
            key = entry.get("id", entry.get("text"))
            hits = [q for q in out if _matches(q, key)]
            if not hits:
                what = "id" if "id" in entry else "text"
                hint = did_you_mean(str(key), [q.id for q in out]) if what == "id" else ""
                problems.append(Problem(article.path, line, f"quotes: no quote with {what} {key!r} in this article"
                                                            f"{hint or ' (has the text changed?)'}"))
                continue
            target = hits[0]
        changes: dict[str, object] = {}
        if "speaker" in entry:  # an unknown id: refs.unknown_ids warns, with a did-you-mean
            sid = str(entry["speaker"])
            changes["speaker"] = sid
            changes["speaker_name"] = known_speakers.get(sid, sid)
            changes["attribution"] = "set in front matter"
            changes["sieve"] = ""
        if "topics" in entry:
            ts = entry["topics"] if isinstance(entry["topics"], list) else [entry["topics"]]
            changes["topics"] = tuple(str(t) for t in ts)
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
    data = loaded.data
    results = in_workers(lambda a: analyse(a, data), [a for a, _ in todo], at_least=POOL_MIN)
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
    for name in ("quotes", "attribution", "names", "dates", "topics", "link", "model", "load", "analyse"):
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




def analyse_with_disk_cache(loaded: Loaded, root: Path) -> dict[str, Analysis]:
    """`analyse_all` for a full build: the last build's analyses are read from, and the
    fresh ones written to, the project's cache file (only when something changed)."""
    cache = read_disk_cache(root)
    before = dict(cache)
    analyses = analyse_all(loaded, cache)
    if cache != before:
        live = {a.path for a in loaded.articles}
        write_disk_cache(root, {k: v for k, v in cache.items() if k in live})
    return analyses
