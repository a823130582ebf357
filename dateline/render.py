"""Turn the assembled site into pages in memory: {relative path: bytes}.

Templates: the project's `templates/` first, then the shipped theme; a project
template can extend the shipped one of the same name with `default:NAME`
(Datasette's habit). Autoescape is on and undefined names fail (StrictUndefined),
reported as the template's own file:line.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import re
import threading
import traceback
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from dateline import markdown, timeline
from dateline.errors import BuildFailed, Problem
from dateline.model import Article, DateInfo, PartialDate, Quote

if TYPE_CHECKING:
    from dateline.config import SiteConfig
    from dateline.pipeline import Site
    from dateline.review import Review

THEME = Path(str(resources.files("dateline") / "theme"))
UNKNOWN = "unknown"  # the speaker id of quotes nobody is named for: kept in data, never shown as a person
UNIDENTIFIED = "Speaker not identified"


def environment(project_templates: Path) -> jinja2.Environment:
    """Project templates over the theme, `default:` reaching the theme, strict and escaped."""
    return _environment(str(project_templates.resolve()) if project_templates.is_dir() else "")


@lru_cache(maxsize=4)
def _environment(project: str) -> jinja2.Environment:
    theme = jinja2.FileSystemLoader(str(THEME / "templates"))
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"default": theme}, delimiter=":")]
    if project:
        loaders.append(jinja2.FileSystemLoader(project))
    loaders.append(theme)
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html", "xml", "svg"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["tojson_safe"] = json_script
    return env


def json_script(value: object) -> str:
    """JSON safe inside <script>: `<`, `>`, `&` and line separators escaped."""
    text = _escape_json(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def template_problem(exc: Exception, root: Path) -> Problem:
    """The template file and line of a Jinja error (syntax or at render time)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(_display(exc.filename or exc.name or "?", root), exc.lineno or 0,
                       f"template syntax error: {exc.message}")
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt", ".json")):
            return Problem(_display(frame.filename, root), frame.lineno or 0, f"template error: {exc}")
    return Problem("templates", 0, f"template error: {exc}")


def _display(path: str, root: Path) -> str:
    p = Path(path)
    for base in (root, THEME.parent.parent):
        try:
            return p.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path


# ----------------------------------------------------------------- views


def date_label(info: DateInfo | None) -> str:
    """"7 July 2022", "July 2022", "c. 28 Oct 2025" for low confidence, ranges "16–17 April 2022"."""
    if info is None:
        return "date unknown"
    label = info.date.label()
    if info.end is not None and info.end != info.date:
        a, b = info.date, info.end
        if a.year == b.year and a.month == b.month and a.day and b.day:
            label = f"{a.day}–{b.day} {PartialDate(a.year, a.month).label()}"
        else:
            label = f"{a.label()} – {b.label()}"
    return ("c. " if info.confidence == "low" else "") + label


@dataclass
class QuoteView:
    """A quote with everything a template shows, computed once."""

    q: Quote
    article: Article
    url: str
    date: DateInfo
    date_label: str
    speaker_url: str
    topics: list[tuple[str, str]]
    stances: list[tuple[str, str, str]]
    statement: str
    same_statement: list[str] = field(default_factory=list)
    other_reports: int = 0
    related: list[tuple[str, str]] = field(default_factory=list)  # (relation label, quote id)
    first_report: bool = True

    @property
    def id(self) -> str:
        return self.q.id

    @property
    def who(self) -> str:
        """The speaker as shown: a name, or a neutral line when nobody is identified."""
        return self.q.speaker_name or (UNIDENTIFIED if self.q.speaker == UNKNOWN else self.q.speaker)


class Views:
    """Lookups shared by every page of one build."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.articles = {a.id: a for a in site.articles}
        self.topic_labels = {t.id: t.label for t in site.data.topics}
        self.stance_labels = {(t.id, s.id): s.label for t in site.data.topics for s in t.stances}
        self.speaker_names = {s.id: s.name for s in site.data.speakers}
        self.quotes: dict[str, QuoteView] = {}
        for q in site.quotes:
            a = self.articles[q.article]
            d = q.statement_date or a.statement_date or a.date
            topics = [(t, self.topic_labels.get(t, t)) for t in q.topics]
            stances = [(t, s, self.stance_labels.get((t, s), s)) for t, s in sorted(q.stance.items())]
            st = site.links.statement_of.get(q.id, q.id)
            self.quotes[q.id] = QuoteView(q, a, f"{a.url}#q-{q.id}", d, date_label(d),
                                          f"speakers/{q.speaker}/" if q.speaker != UNKNOWN else "",
                                          topics, stances, st)
        links = site.links
        for qid, v in self.quotes.items():
            v.same_statement = links.same_statement.get(qid, [])
            v.other_reports = len(links.statements[v.statement].quotes) - 1 if v.statement in links.statements else 0
            v.first_report = st_first(links, qid)
            rel: list[tuple[str, str]] = []
            for o in v.same_statement:
                rel.append((f"Same words in {self.quotes[o].article.outlet or self.quotes[o].article.title}", o))
            for t, label in v.topics:
                p = links.topic_prev.get((v.statement, t))
                n = links.topic_next.get((v.statement, t))
                if p:
                    rel.append((f"Earlier on {label}", p))
                if n:
                    rel.append((f"Later on {label}", n))
            for o in links.stance_contrast.get(v.statement, []):
                if o != qid and all(o != r[1] for r in rel):
                    rel.append(("Then vs now (stance differs)", o))
            v.related = rel
        self.shift_into: dict[str, list[Any]] = defaultdict(list)
        for s in site.shifts:
            if s.status != "dismissed" and s.kind != "held":
                self.shift_into[s.to_id].append(s)

    def speaker_name(self, sid: str) -> str:
        """The name shown for a speaker id; for `unknown` a neutral line, never a name (nor a link)."""
        return UNIDENTIFIED if sid == UNKNOWN else self.speaker_names.get(sid, sid)


def st_first(links: Any, qid: str) -> bool:
    st = links.statements.get(links.statement_of.get(qid, qid))
    return st is None or st.quotes[0] == qid


# ----------------------------------------------------------------- pages

ROOT = "\x00root\x00"  # placeholder for the page's relative root inside shared fragments


@dataclass
class RenderMemo:
    """Fragments and pages from the previous build, reused when their inputs are the same
    objects (unchanged articles keep their parsed objects between `serve` rebuilds)."""

    cards: dict[str, tuple[tuple[Any, ...], str]] = field(default_factory=dict)
    articles: dict[str, tuple[tuple[Any, ...], bytes]] = field(default_factory=dict)
    records: dict[str, tuple[tuple[Any, ...], str]] = field(default_factory=dict)


def _card_signature(v: QuoteView, views: Views) -> tuple[Any, ...]:
    rel = tuple((label, rid, views.quotes[rid].q, views.quotes[rid].date) for label, rid in v.related)
    shifts = tuple(views.shift_into.get(v.id, ()))
    shift_from = tuple(views.quotes[sh.from_id].url for sh in shifts)
    return (v.q, v.article.title, v.article.outlet, v.article.url, v.date, v.other_reports, rel, shifts,
            shift_from)


class _Pages:
    """Renders named templates into a pages dict, collecting template problems."""

    def __init__(self, site: Site, views: Views) -> None:
        self.env = environment(site.config.templates_path)
        self.views = views
        self.root_dir = site.config.root
        self.base_url = site.config.base_url
        self.pages: dict[str, bytes] = {}
        self.problems: list[Problem] = []
        self.common: dict[str, Any] = {
            "site": site.config, "views": views, "topics": site.data.topics,
            "date_label": date_label, "base_url": self.base_url, "search": site.config.search,
            "base_path": _base_path(self.base_url),
        }

    def __call__(self, path: str, template: str, **ctx: Any) -> None:
        root = "../" * path.count("/")
        here = path[: -len("index.html")] if path.endswith("index.html") else path
        try:
            html = self.env.get_template(template).render(
                **self.common, root=root, here=here, canonical=(self.base_url + here) if self.base_url else "",
                qhref=_qhref(root, self.views), **ctx)
        except jinja2.TemplateError as exc:
            self.problems.append(template_problem(exc, self.root_dir))
            return
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            self.problems.append(template_problem(exc, self.root_dir))
            return
        self.pages[path] = html.encode("utf-8")

    def article(self, site: Site, a: Article, quotes: list[QuoteView], prev: Article | None,
                nxt: Article | None) -> None:
        body = markdown.render_marked(a.body, _quote_spans(quotes))
        self(f"{a.url}index.html", "article.html", article=a, quotes=quotes, body=body, prev=prev, next=nxt,
             cite={v.id: citation(v, site.config.title, self.base_url) for v in quotes},
             jsonld=quotation_jsonld(a, quotes, self.views, self.base_url))


def render_article_alone(site: Site, article: Article, prev: Article | None, nxt: Article | None) -> dict[str, bytes]:
    """One article page from a site holding just that article: `serve`'s fast path, so the
    edited page reaches the browser before the cross-links of the whole site are recomputed."""
    views = Views(site)
    render = _Pages(site, views)
    quotes = sorted((views.quotes[q.id] for q in site.quotes if q.article == article.id), key=lambda v: v.q.span.start)
    render.article(site, article, quotes, prev, nxt)
    if render.problems:
        raise BuildFailed(render.problems)
    return render.pages


def render_site(site: Site, memo: RenderMemo | None = None) -> dict[str, bytes]:
    """Every output file of the site, keyed by its path relative to the site root."""
    memo = memo if memo is not None else RenderMemo()
    views = Views(site)
    page = _Pages(site, views)
    env, pages, problems, root_dir, base_url = page.env, page.pages, page.problems, page.root_dir, page.base_url
    common = page.common

    cards = _render_cards(env, views, memo, problems, root_dir)
    if problems:
        raise BuildFailed(problems)
    ordered = [views.quotes[q.id] for q in site.quotes]
    timeline_years = _group(ordered, cards, "")
    page("index.html", "index.html", years=timeline_years, quotes=ordered,
         chart=lane_chart(site, views), shifts=site.shifts)
    arts = site.articles
    by_article: dict[str, list[QuoteView]] = defaultdict(list)
    for v in ordered:
        by_article[v.article.id].append(v)
    todo: list[tuple[Article, list[QuoteView], Article | None, Article | None]] = []
    sigs: dict[str, tuple[Any, ...]] = {}
    for i, a in enumerate(arts):
        aq = sorted(by_article.get(a.id, []), key=lambda v: v.q.span.start)
        prev = arts[i - 1] if i > 0 else None
        nxt = arts[i + 1] if i + 1 < len(arts) else None
        path = f"{a.url}index.html"
        sig = (a, prev.title if prev else None, prev.url if prev else None, nxt.title if nxt else None,
               nxt.url if nxt else None, tuple(memo.cards[v.id][0] for v in aq),
               tuple(tuple(views.quotes[o].article.outlet for o in v.same_statement[:5]) for v in aq))
        sigs[path] = sig
        old = memo.articles.get(path)
        if old is not None and old[0] == sig:
            pages[path] = old[1]
        else:
            todo.append((a, aq, prev, nxt))

    def article(i: int) -> tuple[dict[str, bytes], list[Problem]]:
        one = _Pages(site, views)
        one.article(site, *todo[i])
        return one.pages, one.problems

    jobs = list(range(len(todo)))  # indices: forked workers already hold `todo`; only pages travel back
    for made, found in in_workers(article, jobs) if len(jobs) * 10 >= PARALLEL_MIN else map(article, jobs):
        pages.update(made)
        problems.extend(found)
    memo.articles = {path: (sig, pages[path]) for path, sig in sigs.items() if path in pages}
    for t in site.data.topics:
        tq = [v for v in ordered if t.id in v.q.topics]
        page(f"topics/{t.id}/index.html", "topic.html", topic=t, quotes=tq, years=_group(tq, cards, "../../"),
             shifts=[s for s in site.shifts if s.topic == t.id])
    page("topics/index.html", "topics.html", counts={t.id: sum(t.id in v.q.topics for v in ordered)
                                                     for t in site.data.topics})
    by_speaker: dict[str, list[QuoteView]] = defaultdict(list)
    for v in ordered:
        by_speaker[v.q.speaker].append(v)
    speakers = {s.id: s for s in site.data.speakers}
    unidentified = by_speaker.pop(UNKNOWN, [])  # not a person: no page, no entry
    for sid, sq in sorted(by_speaker.items()):
        spk = speakers.get(sid)
        page(f"speakers/{sid}/index.html", "speaker.html", speaker=spk, speaker_id=sid,
             name=views.speaker_name(sid) if spk else (sq[0].q.speaker_name or sid), quotes=sq,
             years=_group(sq, cards, "../../"))
    page("speakers/index.html", "speakers.html", by_speaker=sorted(by_speaker.items()), unidentified=len(unidentified))
    articles_by_year: dict[int, list[Article]] = defaultdict(list)
    for a in arts:
        articles_by_year[a.date.date.year].append(a)
    for y in timeline_years:  # a year page points into the timeline by month; it does not repeat it
        page(f"{y.year}/index.html", "year.html", year=y, articles=articles_by_year.get(y.year, []))
    page("404.html", "404.html")
    if site.config.search:
        page("search/index.html", "search.html")
    if problems:
        raise BuildFailed(problems)
    pages.update(data_files(site, views, memo))
    pages.update(_xml_pages(env, common, site, views, ordered, problems, root_dir))
    if problems:
        raise BuildFailed(problems)
    pages[".nojekyll"] = b""
    pages["robots.txt"] = ("User-agent: *\nAllow: /\n" + (f"Sitemap: {base_url}sitemap.xml\n" if base_url else "")
                           ).encode()
    pages.update(static_files(site.config.templates_path))
    return pages


def _render_cards(env: jinja2.Environment, views: Views, memo: RenderMemo, problems: list[Problem],
                  root_dir: Path) -> dict[str, str]:
    """Each quote's card, rendered once (or reused from the last build) with a root placeholder."""
    try:
        template = env.get_template("card.html")
    except jinja2.TemplateError as exc:
        problems.append(template_problem(exc, root_dir))
        return {}
    sigs = {qid: _card_signature(v, views) for qid, v in views.quotes.items()}
    todo = [qid for qid, sig in sigs.items() if memo.cards.get(qid, ((), ""))[0] != sig]

    def card(qid: str) -> str:
        return template.render(v=views.quotes[qid], views=views, root=ROOT, shifts=views.shift_into.get(qid, ()))

    try:
        made = dict(zip(todo, in_workers(card, todo), strict=True))
    except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
        problems.append(template_problem(exc, root_dir))
        return {}
    fresh = {qid: (sig, made[qid] if qid in made else memo.cards[qid][1]) for qid, sig in sigs.items()}
    memo.cards = fresh
    return {qid: html for qid, (_, html) in fresh.items()}


def can_fork(workers: int) -> bool:
    """Fork workers only from a single-threaded process (serve's threads could hold locks)."""
    return workers > 1 and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


PARALLEL_MIN = 2000  # fragments; fewer are rendered in this process
_TASK: list[Callable[[Any], Any]] = []


def _run_task(chunk: list[Any]) -> list[Any]:
    return [_TASK[0](item) for item in chunk]


def in_workers(func: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """`[func(x) for x in items]`, split over forked worker processes when there are many.

    Rendering is pure and CPU-bound; forked workers inherit the whole assembled site, so
    `items` should be small keys (ids, indices) and only the rendered strings travel back.
    Exceptions propagate."""
    workers = min(os.cpu_count() or 1, 8)
    if not can_fork(workers) or len(items) < PARALLEL_MIN:
        return [func(x) for x in items]
    size = -(-len(items) // (workers * 2))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    _TASK[:] = [func]
    gc.freeze()  # the children's collector would otherwise touch, and so copy, every inherited page
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return [r for part in pool.map(_run_task, chunks) for r in part]
    finally:
        _TASK.clear()
        gc.unfreeze()


def citation(v: QuoteView, site_title: str, base_url: str) -> dict[str, str]:
    """"Cite this": plain text, an APA-like reference and a Wikipedia {{cite news}} snippet."""
    a = v.article
    who = v.who
    text = v.q.text.replace("\n", " ").strip()
    pub = a.date.date
    url = a.source_url or (base_url + v.url if base_url else "")
    outlet = a.outlet or site_title
    plain = f"{who}, {date_label(v.date)}: “{text}” Quoted in {outlet}, “{a.title}”, {pub.label()}."
    if url:
        plain += f" {url}"
    apa = f"{outlet}. ({pub.iso()}). {a.title}." + (f" {url}" if url else "")
    fields = [f"title={a.title}", f"work={outlet}", f"date={pub.iso()}"]
    if url:
        fields.insert(0, f"url={url}")
    fields.append(f"quote={text}")
    wiki = "{{cite news |" + " |".join(f.replace("|", "{{!}}") for f in fields) + "}}"
    return {"plain": plain, "apa": apa, "wiki": wiki}


def quotation_jsonld(a: Article, quotes: list[QuoteView], views: Views, base_url: str) -> list[dict[str, Any]]:
    """schema.org Quotation objects for an article page, each based on its NewsArticle."""
    news: dict[str, Any] = {"@type": "NewsArticle", "headline": a.title, "datePublished": a.date.date.iso()}
    if a.outlet:
        news["publisher"] = {"@type": "Organization", "name": a.outlet}
    if a.source_url:
        news["url"] = a.source_url
    out = []
    for v in quotes:
        item: dict[str, Any] = {
            "@context": "https://schema.org", "@type": "Quotation", "text": v.q.text,
            "dateCreated": v.date.date.iso(), "isBasedOn": news,
        }
        if v.q.speaker != UNKNOWN:  # an unidentified speaker is no creator at all
            item["creator"] = {"@type": "Person", "name": v.q.speaker_name or views.speaker_name(v.q.speaker)}
        if base_url:
            item["url"] = base_url + v.url
        out.append(item)
    return out


def _xml_pages(env: jinja2.Environment, common: dict[str, Any], site: Site, views: Views,
               ordered: list[QuoteView], problems: list[Problem], root_dir: Path) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if not site.config.base_url:
        return out
    feeds: dict[str, tuple[str, str | None]] = {"feed.xml": ("articles", None), "quotes.xml": ("quotes", None)}
    for t in site.data.topics:
        feeds[f"topics/{t.id}/feed.xml"] = ("quotes", t.id)
    for path, (kind, topic) in feeds.items():
        items = ordered if topic is None else [v for v in ordered if topic in v.q.topics]
        try:
            out[path] = env.get_template("feed.xml").render(
                **common, kind=kind, topic=topic, path=path, items=list(reversed(items))[:200],
                articles=list(reversed(site.articles))[:200]).encode("utf-8")
        except jinja2.TemplateError as exc:
            problems.append(template_problem(exc, root_dir))
    try:
        out["sitemap.xml"] = env.get_template("sitemap.xml").render(
            **common, paths=sorted(p for p in _sitemap_paths(site, views))).encode("utf-8")
    except jinja2.TemplateError as exc:
        problems.append(template_problem(exc, root_dir))
    return out


def _sitemap_paths(site: Site, views: Views) -> list[str]:
    paths = ["", "topics/", "speakers/"] + [a.url for a in site.articles]
    paths += [f"topics/{t.id}/" for t in site.data.topics]
    paths += sorted({f"speakers/{q.speaker}/" for q in site.quotes if q.speaker != UNKNOWN})
    paths += sorted({f"{v.date.date.year}/" for v in views.quotes.values()})
    return paths


def _base_path(base_url: str) -> str:
    m = re.match(r"https?://[^/]+(/.*)?$", base_url)
    path = (m.group(1) if m else None) or "/"
    return path if path.endswith("/") else path + "/"


def _qhref(root: str, views: Views) -> Callable[[str], str]:
    """A quote's link from any page: its anchor on its article page."""
    def href(qid: str) -> str:
        return root + views.quotes[qid].url
    return href


def _quote_spans(aq: list[QuoteView]) -> list[tuple[int, int, str]]:
    spans = []
    taken: list[tuple[int, int]] = []
    for v in aq:
        q = v.q
        pos = q.span.start
        parts = q.parts if q.parts else (q.text,)
        for i, part in enumerate(parts):
            start = q.text.find(part, pos - q.span.start) + q.span.start if part else -1
            if start < q.span.start:
                continue
            end = start + len(part)
            pos = end
            if any(not (end <= a or start >= b) for a, b in taken):
                continue
            taken.append((start, end))
            cls = "quote" + (" partial" if q.partial else "")
            speaker = markdown.inline_text(v.who)
            if i == 0:
                tag = (f'<span class="{cls}" id="q-{q.id}" data-quote-id="{q.id}" '
                       f'data-speaker="{markdown.inline_text(q.speaker)}" title="{speaker}">')
            else:
                tag = f'<span class="{cls}" data-quote-part="{q.id}" title="{speaker}">'
            spans.append((start, end, tag))
    return spans


@dataclass
class MonthView:
    year: int
    month: int | None
    label: str
    anchor: str
    count: int
    html: Markup


@dataclass
class YearView:
    year: int
    months: list[MonthView]

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months)


def _group(views: list[QuoteView], cards: dict[str, str], root: str) -> list[YearView]:
    """The timeline's year → month buckets, as card HTML with the page's root filled in."""
    return [YearView(year, [MonthView(m.year, m.month, m.label, m.anchor, len(m.items),
                                      Markup("\n".join(cards[v.id] for v in m.items).replace(ROOT, root)))
                            for m in months])
            for year, months in timeline.group(views, lambda v: v.date.date)]


# ----------------------------------------------------------------- chart


def lane_chart(site: Site, views: Views) -> dict[str, Any]:
    """Geometry for a static SVG: one lane per topic, a dot per statement, eras shaded."""
    qs = list(views.quotes.values())
    if not qs:
        return {"lanes": [], "years": [], "eras": [], "width": 0, "height": 0}
    y0 = min(v.date.date.year for v in qs)
    y1 = max(v.date.date.year for v in qs) + 1
    width, left, lane_h = 760, 150, 28
    span = max(1, y1 - y0)

    def x(d: PartialDate) -> float:
        frac = ((d.month or 1) - 1) / 12 + ((d.day or 1) - 1) / 365
        return round(left + (d.year - y0 + frac) / span * (width - left - 10), 1)

    lanes = []
    for i, t in enumerate(site.data.topics):
        dots = [{"x": x(v.date.date), "stance": v.q.stance.get(t.id, "")}
                for v in qs if t.id in v.q.topics and v.statement == v.id]
        lanes.append({"label": t.label, "y": 30 + i * lane_h, "dots": dots, "id": t.id})
    eras = []
    seen = set()
    for t in site.data.topics:
        for e in t.eras:
            if e.id in seen or e.start.year >= y1 or (e.end or e.start).year < y0:
                continue
            seen.add(e.id)
            start = max(x(e.start), left)
            end_d = e.end or PartialDate(min(y1, e.start.year + 1), e.start.month)
            eras.append({"label": e.label, "x": start, "w": max(4.0, min(x(end_d), width - 10) - start)})
    height = 40 + len(lanes) * lane_h
    years = [{"year": y, "x": x(PartialDate(y))} for y in range(y0, y1)]  # labels sit right of their tick
    return {"lanes": lanes, "years": years, "eras": eras, "width": width, "height": height}


# ----------------------------------------------------------------- data


def quote_record(v: QuoteView, views: Views) -> dict[str, Any]:
    q = v.q
    return {
        "id": q.id, "text": q.text, "parts": list(q.parts), "speaker": q.speaker,
        "speaker_name": q.speaker_name or views.speaker_name(q.speaker), "article": q.article,
        "url": v.url, "statement_date": v.date.date.iso(), "date_precision": v.date.precision,
        "date_confidence": v.date.confidence, "date_basis": v.date.basis,
        "date_end": v.date.end.iso() if v.date.end else None, "topics": list(q.topics),
        "stance": dict(sorted(q.stance.items())), "partial": q.partial, "translated": q.translated,
        "kind": q.kind, "marks": q.marks, "statement": v.statement,
        "related": [qid for _, qid in v.related], "attribution": q.attribution,
        "line": q.span.line, "outlet": v.article.outlet,
    }


def _json(value: object) -> str:
    """One JSON value on one line (the C encoder: `indent` would force the slow Python one)."""
    return _escape_json(json.dumps(value, ensure_ascii=False, separators=(", ", ": ")))


def _json_lines(value: object) -> str:
    """A list as one item per line — readable in a diff, fast to write; other values on one line."""
    if isinstance(value, list):
        return "[\n" + ",\n".join(_json(item) for item in value) + "\n]" if value else "[]"
    return _json(value)


def data_files(site: Site, views: Views, memo: RenderMemo | None = None) -> dict[str, bytes]:
    """`data/*.json`: the contract tooling outside the repo reads.

    quotes.json is joined from one JSON text per quote, reused while the quote's
    record is unchanged (serve rebuilds touch a handful of records, not 50,000)."""
    memo = memo if memo is not None else RenderMemo()
    ordered = [views.quotes[q.id] for q in site.quotes]
    fresh: dict[str, tuple[tuple[Any, ...], str]] = {}
    parts = []
    for v in ordered:
        sig = (v.q, v.date, v.statement, tuple(r for _, r in v.related), v.article.url, v.article.outlet)
        old = memo.records.get(v.id)
        text = old[1] if old is not None and old[0] == sig else _json(quote_record(v, views))
        fresh[v.id] = (sig, text)
        parts.append(text)
    memo.records = fresh
    quotes_json = "[\n" + ",\n".join(parts) + "\n]\n" if parts else "[]\n"
    by_article: dict[str, list[str]] = defaultdict(list)
    for q in site.quotes:
        by_article[q.article].append(q.id)
    articles = []
    for a in site.articles:
        articles.append({
            "id": a.id, "title": a.title, "url": a.url, "date": a.date.date.iso(),
            "date_confidence": a.date.confidence, "date_basis": a.date.basis,
            "statement_date": (a.statement_date or a.date).date.iso(),
            "statement_date_basis": (a.statement_date or a.date).basis,
            "outlet": a.outlet, "source_url": a.source_url, "archive_url": a.archive_url,
            "speakers": list(a.speakers), "topics": list(a.topics), "path": a.path,
            "quotes": by_article.get(a.id, []),
        })
    shifts = [{"id": s.id, "topic": s.topic, "from": s.from_id, "to": s.to_id, "from_stance": s.from_stance,
               "to_stance": s.to_stance, "kind": s.kind, "confirmed": s.confirmed, "status": s.status,
               "note": s.note} for s in site.shifts]
    statements = [{"id": st.id, "quotes": st.quotes,
                   "outlets": [views.quotes[q].article.outlet for q in st.quotes],
                   "first_reported_by": views.quotes[st.quotes[0]].article.outlet}
                  for st in sorted(site.links.statements.values(), key=lambda s: s.id)]
    out = {
        "data/articles.json": articles, "data/shifts.json": shifts,
        "data/statements.json": statements, "data/timeline.json": timeline_js(site, views, ordered),
    }
    files = {k: (_json_lines(v) + "\n").encode("utf-8") for k, v in out.items()}
    files["data/quotes.json"] = quotes_json.encode("utf-8")
    return files


def _escape_json(text: str) -> str:
    """`<`, `>`, `&` as \\u escapes: the same data, but inert if a page ever inlines it."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _tl_date(d: PartialDate) -> dict[str, str]:
    out = {"year": str(d.year)}
    if d.month:
        out["month"] = str(d.month)
    if d.day:
        out["day"] = str(d.day)
    return out


def timeline_js(site: Site, views: Views, ordered: list[QuoteView]) -> dict[str, Any]:
    """The timeline in TimelineJS3's JSON format, for embedding elsewhere."""
    events = []
    for v in ordered:
        if v.statement != v.id:
            continue
        events.append({
            "unique_id": f"q-{v.id}", "start_date": _tl_date(v.date.date),
            "text": {"headline": f"{v.q.speaker_name or views.speaker_name(v.q.speaker)}: {v.date_label}",
                     "text": markdown.inline_text(v.q.text)},
            "group": v.topics[0][1] if v.topics else "Other",
        })
    eras = []
    seen = set()
    for t in site.data.topics:
        for e in t.eras:
            if e.id in seen:
                continue
            seen.add(e.id)
            end = e.end or e.start
            eras.append({"start_date": _tl_date(e.start), "end_date": _tl_date(end),
                         "text": {"headline": e.label}})
    return {"title": {"text": {"headline": site.config.title, "text": site.config.description}},
            "events": events, "eras": eras}


def static_files(project_templates: Path) -> dict[str, bytes]:
    """Theme static files, overridden by `templates/static/` files of the same name."""
    out: dict[str, bytes] = {}
    for base in (THEME / "static", project_templates / "static"):
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file():
                    out["static/" + p.relative_to(base).as_posix()] = p.read_bytes()
    return out


def review_page(config: SiteConfig, result: Review) -> bytes:
    """The review list as an HTML page for `serve`'s /_review/ (in memory: never part of the site).

    Rendered with the site's own templates (a project may override `review.html`), links
    relative to /_review/ so every item opens its quote in context.
    """
    env = environment(config.templates_path)
    html = env.get_template("review.html").render(
        site=config, root="../", here="_review/", canonical="", base_url="", search=False,
        base_path="", review=result, risks=("high", "medium", "low"))
    return html.encode("utf-8")
