"""View models: each quote with everything a page, a feed or an export shows, computed once.

Templates only print these values; the lookups (labels, urls, dates, related links) are
made here, in Python, once per build, so the HTML pages, the feeds, the chart and the
JSON exports cannot compute the same thing differently.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from dateline.model import Article, DateInfo, PartialDate, Quote, Related, Shift, Site

ROOT = "\x00root\x00"  # placeholder for a page's relative root in HTML made once for many pages


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
    url: str  # site-root-relative link to the quote's anchor on its article page
    date: DateInfo
    date_label: str
    speaker_url: str
    topics: list[tuple[str, str]]  # (topic id, label)
    stances: list[tuple[str, str, str]]  # (topic id, stance id, label)
    statement: str  # id of the statement (merged same words) this quote reports
    same_statement: list[str] = field(default_factory=list)
    other_reports: int = 0
    related: list[tuple[str, str]] = field(default_factory=list)  # (relation label, quote id)
    first_report: bool = True
    speaker_name: str = ""  # as the article wrote it, else the display name from speakers.yaml
    other_wordings: list[str] = field(default_factory=list)  # earliest other reports printed differently
    on_timeline: bool = True  # False: a quote of someone the site does not follow (no card on the timeline)

    @property
    def id(self) -> str:
        return self.q.id

    timeline_page: str = ""  # the timeline page holding its card (`YYYY/` or `YYYY/page/N/`): render paginates

    @property
    def timeline_url(self) -> str:
        """Site-root-relative link to the quote's card on the timeline."""
        return f"{self.timeline_page}#q-{self.q.id}"

    @property
    def report_name(self) -> str:
        """How a list of reports names this one: its outlet, else its article's title."""
        return self.article.outlet or self.article.title


UNKNOWN = "unknown"  # the speaker id of quotes nobody is named for: kept in data, never shown as a person
UNIDENTIFIED = "Speaker not identified"


class Views:
    """Lookups shared by every page and export of one build."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.articles = {a.id: a for a in site.articles}
        self.topic_labels = {t.id: t.label for t in site.data.topics}
        self.stance_labels = {(t.id, s.id): s.label for t in site.data.topics for s in t.stances}
        self.speaker_names = {s.id: s.name for s in site.data.speakers}
        self._report_links: dict[str, Markup] = {}
        self._wording_rows: dict[str, Markup] = {}
        self._related_items: dict[tuple[str, str], str] = {}
        links = site.links
        self.quotes: dict[str, QuoteView] = {}
        for q in site.quotes:
            a = self.articles[q.article]
            d = q.said(a)
            topics = [(t, self.topic_labels.get(t, t)) for t in q.topics]
            stances = [(t, s, self.stance_labels.get((t, s), s)) for t, s in sorted(q.stance.items())]
            st = links.statement_of.get(q.id, q.id)
            self.quotes[q.id] = QuoteView(q, a, f"{a.url}#q-{q.id}", d, date_label(d),
                                          f"speakers/{q.speaker}/" if q.speaker != UNKNOWN else "",
                                          topics, stances, st)
        for qid, v in self.quotes.items():
            v.same_statement = links.same_statement.get(qid, [])
            v.other_reports = len(links.statements[v.statement].quotes) - 1 if v.statement in links.statements else 0
            v.first_report = links.first_report(qid)
            v.related = [(self.relation_label(r), r.quote) for r in links.related.get(qid, [])]
            v.speaker_name = v.q.speaker_name or self.speaker_name(v.q.speaker)
            v.other_wordings = [o for o in v.same_statement[:5] if self.quotes[o].q.text != v.q.text]
        self.in_order = [self.quotes[q.id] for q in site.quotes]
        if site.config.figures:  # the timeline shows the figures' words only (timeline.follow)
            shown = {q.id for q in site.positions} | {q.id for q in site.other_statements}
            for v in self.in_order:
                v.on_timeline = v.id in shown
        self.shift_into: dict[str, list[Shift]] = defaultdict(list)  # shown on the card they lead to
        for s in site.shifts:
            if s.status != "dismissed" and s.kind != "held":
                self.shift_into[s.to_id].append(s)

    # HTML made once per quote for every article page that points at it: a statement reported
    # a hundred times is linked from a hundred pages, and each link was escaped anew. Values are
    # escaped here, once; `ROOT` stands for the page's root (render fills it in).

    def report_link(self, qid: str) -> Markup:
        """`<a>` to a report of a statement, named by outlet and date: "Wire (5 April 2022)"."""
        html = self._report_links.get(qid)
        if html is None:
            v = self.quotes[qid]
            html = self._report_links[qid] = Markup(
                f'<a href="{ROOT}{escape(v.url)}">{escape(v.report_name)} ({escape(v.date_label)})</a>')
        return html

    def report_links(self, qids: list[str]) -> Markup:
        """Several `report_link`s, comma-separated."""
        return Markup(", ".join([self.report_link(q) for q in qids]))  # each is Markup: no escape to redo

    def wording_rows(self, v: QuoteView) -> Markup:
        """The other reports' rows of a statement's "wording differs" table (report, words)."""
        rows = []
        for o in v.other_wordings:
            html = self._wording_rows.get(o)
            if html is None:
                w = self.quotes[o]
                html = self._wording_rows[o] = Markup(
                    f'<tr><td><a href="{ROOT}{escape(w.url)}">{escape(w.report_name)}</a> ({escape(w.date_label)})</td>'
                    f"<td>“{escape(w.q.text)}”</td></tr>")
            rows.append(html)
        return Markup("".join(rows))

    def related_items(self, v: QuoteView, *, skip_same: bool = False) -> Markup:
        """A statement's related statements as `<li>`s: "Earlier on Topic: <a>date</a>" (`skip_same`:
        without the reports of the same statement, listed apart)."""
        items = []
        same = set(v.same_statement) if skip_same else ()
        for label, qid in v.related:
            if qid in same:
                continue
            item = self._related_items.get((label, qid))
            if item is None:  # made once: the card and the article page both list it
                w = self.quotes[qid]
                item = self._related_items[label, qid] = (
                    f'<li>{escape(label)}: <a href="{ROOT}{escape(w.url)}">{escape(w.date_label)}</a></li>')
            items.append(item)
        return Markup("".join(items))

    def relation_label(self, r: Related) -> str:
        if r.kind == "same words":
            return f"Same words in {self.quotes[r.quote].report_name}"
        if r.kind == "earlier":
            return f"Earlier on {self.topic_labels.get(r.topic, r.topic)}"
        if r.kind == "later":
            return f"Later on {self.topic_labels.get(r.topic, r.topic)}"
        return "Then vs now (stance differs)"

    def speaker_name(self, sid: str) -> str:
        """The name shown for a speaker id; for `unknown` a neutral line, never a name (nor a link)."""
        return UNIDENTIFIED if sid == UNKNOWN else self.speaker_names.get(sid, sid)

    def topic_label(self, tid: str) -> str:
        return self.topic_labels.get(tid, tid)

    def stance_label(self, tid: str, sid: str) -> str:
        return self.stance_labels.get((tid, sid), sid)

    def ordered(self) -> list[QuoteView]:
        """Every quote's view in timeline order (one list: do not change it)."""
        return self.in_order

    def positions(self) -> list[QuoteView]:
        """What the timeline, the chart and the topic pages follow: the figures' statements on a
        topic (every quote when the site names no figures), in timeline order."""
        return [self.quotes[q.id] for q in self.site.positions]

    def other_statements(self) -> list[QuoteView]:
        """The figures' words on none of the topics: listed apart, never counted as positions."""
        return [self.quotes[q.id] for q in self.site.other_statements]
