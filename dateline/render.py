"""The render step: the assembled site → every output file in memory, {relative path: bytes}.

This module owns the Jinja environment and the HTML pages (and the two XML templates,
feeds and sitemap); it asks `views` for what to show, `chart` for the overview's
geometry and `exports` for the machine-readable files. It reads no file but templates
and writes none: `write` puts the result on disk.

Templates: the project's `templates/` first, then the shipped theme; a project
template can extend the shipped one of the same name with `default:NAME`
(Datasette's habit). Autoescape is on and undefined names fail (StrictUndefined),
reported as the template's own file:line.
"""

from __future__ import annotations

import re
import traceback
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from dateline import chart, exports, markdown, timeline
from dateline.errors import BuildFailed, Problem
from dateline.model import Article, Site
from dateline.views import UNKNOWN, QuoteView, Views, date_label
from dateline.workers import in_workers

if TYPE_CHECKING:
    from dateline.config import SiteConfig
    from dateline.review import Review

THEME = Path(str(resources.files("dateline") / "theme"))


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
    env.filters["tojson_safe"] = exports.json_script
    env.filters["xml_chars"] = xml_chars
    return env


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_chars(value: object) -> str:
    """The text without the characters XML 1.0 forbids (C0 controls but tab and newlines,
    U+FFFE, U+FFFF): one stray control character would make a whole feed unparseable."""
    text = value if isinstance(value, str) else str(value)
    kept = _XML_FORBIDDEN.sub("", text)
    return Markup(kept) if isinstance(value, Markup) else kept


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


# ----------------------------------------------------------------- pages

ROOT = "\x00root\x00"  # placeholder for the page's relative root inside shared fragments
CARDS_IN_WORKERS = 2000  # fewer cards are rendered in this process: forking costs more than it saves
CHART_MARKS = 600  # above this many marks a chart folds them per month (then quarter, year): pages stay small
ARTICLES_IN_WORKERS = 200  # the same for article pages (each about ten cards' work)


@dataclass
class RenderMemo:
    """Fragments and pages from the previous build, reused when their inputs are the same
    objects (unchanged articles keep their parsed objects between `serve` rebuilds)."""

    cards: dict[str, tuple[tuple[Any, ...], str]] = field(default_factory=dict)
    articles: dict[str, tuple[tuple[Any, ...], bytes]] = field(default_factory=dict)
    records: exports.RecordMemo = field(default_factory=dict)


class _Pages:
    """Renders named templates into a pages dict, collecting template problems."""

    def __init__(self, site: Site, views: Views) -> None:
        self.site = site
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
            "figures": _and_list([views.speaker_name(f) for f in site.config.figures]),
        }

    def __call__(self, out: str, template: str, **ctx: Any) -> None:
        """Render `template` into the file `out` (site-root-relative), or record its problem."""
        root = "../" * out.count("/")
        here = out[: -len("index.html")] if out.endswith("index.html") else out
        try:
            html = self.env.get_template(template).render(
                **self.common, root=root, here=here, canonical=(self.base_url + here) if self.base_url else "",
                qhref=_qhref(root, self.views), **ctx)
        except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
            self.problems.append(template_problem(exc, self.root_dir))
            return
        self.pages[out] = html.encode("utf-8")

    def article(self, a: Article, quotes: list[QuoteView], prev: Article | None, nxt: Article | None) -> None:
        body = markdown.render_marked(a.body, _quote_spans(quotes))
        self(f"{a.url}index.html", "article.html", article=a, quotes=quotes, body=body, prev=prev, next=nxt,
             cite={v.id: exports.citation(v, self.site.config.title, self.base_url) for v in quotes},
             jsonld=exports.quotation_jsonld(a, quotes, self.views, self.base_url))

    def fail_on_problems(self) -> None:
        if self.problems:
            raise BuildFailed(self.problems)


def render_site(site: Site, memo: RenderMemo | None = None) -> dict[str, bytes]:
    """Every generated file of the site (all but the static ones), keyed by its path relative
    to the site root. Raises BuildFailed with every template problem found."""
    memo = memo if memo is not None else RenderMemo()
    views = Views(site)
    page = _Pages(site, views)
    cards = _cards(page, memo)
    page.fail_on_problems()
    positions = views.positions()
    years = _group(positions, cards, "")
    other = Markup("\n".join(cards[v.id] for v in views.other_statements()).replace(ROOT, ""))
    page("index.html", "index.html", years=years, quotes=positions, chart=chart.lane_chart(site, views, CHART_MARKS),
         shifts=site.shifts, other=other, other_count=len(site.other_statements))
    _article_pages(page, memo)
    _listing_pages(page, cards, years)
    page.fail_on_problems()
    if site.config.base_url:  # feeds and sitemap need absolute URLs
        _feeds_and_sitemap(page)
        page.fail_on_problems()
    pages = page.pages
    pages.update(exports.data_files(site, views, memo.records))
    pages[".nojekyll"] = b""
    pages["robots.txt"] = exports.robots_txt(site.config.base_url)
    return pages


def render_article_alone(site: Site, article: Article, prev: Article | None, nxt: Article | None) -> dict[str, bytes]:
    """One article page from a site holding just that article: `serve`'s fast path, so the
    edited page reaches the browser before the cross-links of the whole site are recomputed."""
    views = Views(site)
    page = _Pages(site, views)
    quotes = sorted((views.quotes[q.id] for q in site.quotes if q.article == article.id), key=lambda v: v.q.span.start)
    page.article(article, quotes, prev, nxt)
    page.fail_on_problems()
    return page.pages


def _card_signature(v: QuoteView, views: Views, looks: dict[str, dict[str, chart.Style]]) -> tuple[Any, ...]:
    swatches = tuple(looks.get(t, {}).get(s) for t, s, _ in v.stances)
    rel = tuple((label, rid, views.quotes[rid].q, views.quotes[rid].date) for label, rid in v.related)
    shifts = tuple(views.shift_into.get(v.id, ()))
    shift_from = tuple(views.quotes[sh.from_id].url for sh in shifts)
    return (v.q, v.article.title, v.article.outlet, v.article.url, v.date, v.other_reports, rel, shifts,
            shift_from, swatches)


def _cards(page: _Pages, memo: RenderMemo) -> dict[str, str]:
    """Each quote's card, rendered once (or reused from the last build) with a root placeholder."""
    views = page.views
    try:
        template = page.env.get_template("card.html")
    except jinja2.TemplateError as exc:
        page.problems.append(template_problem(exc, page.root_dir))
        return {}
    looks = {t.id: chart.styles(t) for t in page.site.data.topics}  # the chart's stance swatches, on the chips
    sigs = {qid: _card_signature(v, views, looks) for qid, v in views.quotes.items()}
    todo = [qid for qid, sig in sigs.items() if memo.cards.get(qid, ((), ""))[0] != sig]

    def card(qid: str) -> str:
        return template.render(v=views.quotes[qid], views=views, root=ROOT, shifts=views.shift_into.get(qid, ()),
                               looks=looks, swatch=chart.SWATCH)

    try:
        made = dict(zip(todo, in_workers(card, todo, at_least=CARDS_IN_WORKERS), strict=True))
    except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
        page.problems.append(template_problem(exc, page.root_dir))
        return {}
    fresh = {qid: (sig, made[qid] if qid in made else memo.cards[qid][1]) for qid, sig in sigs.items()}
    memo.cards = fresh
    return {qid: html for qid, (_, html) in fresh.items()}


def _article_pages(page: _Pages, memo: RenderMemo) -> None:
    """One page per article with prev/next; unchanged pages are reused from `memo`."""
    views, arts = page.views, page.site.articles
    by_article: dict[str, list[QuoteView]] = defaultdict(list)
    for v in views.ordered():
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
            page.pages[path] = old[1]
        else:
            todo.append((a, aq, prev, nxt))

    def article(i: int) -> tuple[dict[str, bytes], list[Problem]]:
        one = _Pages(page.site, views)
        one.article(*todo[i])
        return one.pages, one.problems

    # indices: forked workers already hold `todo`; only pages travel back
    for made, found in in_workers(article, range(len(todo)), at_least=ARTICLES_IN_WORKERS):
        page.pages.update(made)
        page.problems.extend(found)
    memo.articles = {path: (sig, page.pages[path]) for path, sig in sigs.items() if path in page.pages}


def _listing_pages(page: _Pages, cards: dict[str, str], years: list[YearView]) -> None:
    """Topic, speaker and year pages with their indexes, 404 and search."""
    site, views = page.site, page.views
    ordered, positions = views.ordered(), views.positions()
    followed = chart.followed(site, views)
    for t in site.data.topics:
        tq = [v for v in positions if t.id in v.q.topics]
        page(f"topics/{t.id}/index.html", "topic.html", topic=t, quotes=tq, years=_group(tq, cards, "../../"),
             shifts=[s for s in site.shifts if s.topic == t.id],
             chart=chart.lane_chart(site, views, CHART_MARKS, statements=tq, topics=[t],
                                    figures=chart.speakers_on(tq, followed)))
    page("topics/index.html", "topics.html", counts={t.id: sum(t.id in v.q.topics for v in positions)
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
             years=_group(sq, cards, "../../"),
             chart=chart.lane_chart(site, views, CHART_MARKS, statements=sq, figures=[sid] if spk else []))
    page("speakers/index.html", "speakers.html", by_speaker=sorted(by_speaker.items()), unidentified=len(unidentified))
    articles_by_year: dict[int, list[Article]] = defaultdict(list)
    for a in site.articles:
        articles_by_year[a.date.date.year].append(a)
    # A year page points into the timeline by month; it does not repeat it. Every year with a
    # statement has one (speaker and topic pages link their year headings to it), even a year
    # in which none of the figures' positions fell.
    on_timeline = {y.year: y for y in years}
    for year in sorted({v.date.date.year for v in ordered}):
        page(f"{year}/index.html", "year.html", year=on_timeline.get(year, YearView(year, [])),
             articles=articles_by_year.get(year, []))
    page("404.html", "404.html")
    if site.config.search:
        page("search/index.html", "search.html")


def _feeds_and_sitemap(page: _Pages) -> None:
    site, ordered = page.site, page.views.ordered()
    for path, (kind, topic) in exports.feeds(site).items():
        items = ordered if topic is None else [v for v in page.views.positions() if topic in v.q.topics]
        page(path, "feed.xml", kind=kind, topic=topic, path=path, items=list(reversed(items))[:200],
             articles=list(reversed(site.articles))[:200])
    page("sitemap.xml", "sitemap.xml", paths=exports.sitemap_paths(site, page.views))


def _and_list(names: list[str]) -> str:
    """"A", "A and B", "A, B and C": the site's figures as the lede names them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


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
            speaker = markdown.inline_text(v.speaker_name)
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


def static_files(project_templates: Path) -> dict[str, Path]:
    """Theme static files, overridden by `templates/static/` files of the same name:
    site path → source file, for `write` to copy (render itself reads none of them)."""
    out: dict[str, Path] = {}
    for base in (THEME / "static", project_templates / "static"):
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file():
                    out["static/" + p.relative_to(base).as_posix()] = p
    return out


REVIEW_SHOWN = 100  # items per group on /_review/; a group's own page (?group=ID) shows all of them


def review_page(config: SiteConfig, result: Review, group: str = "") -> bytes:
    """The review list as an HTML page for `serve`'s /_review/ (in memory: never part of the site).

    Rendered with the site's own templates (a project may override `review.html`), links
    relative to /_review/ so every item opens its quote in context. Each group shows its
    first REVIEW_SHOWN items (a large corpus has tens of thousands of low-risk ones) and
    links to itself in full; `group` is that one group.
    """
    env = environment(config.templates_path)
    groups = [(gid, heading, items) for gid, heading, items in result.groups() if not group or gid == group]
    html = env.get_template("review.html").render(
        site=config, root="../", here="_review/", canonical="", base_url="", search=False,
        base_path="", review=result, groups=groups, risks=("high", "medium", "low"),
        shown=None if group else REVIEW_SHOWN, group=group)
    return html.encode("utf-8")
