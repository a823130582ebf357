"""View models: each quote with everything a page, a feed or an export shows, computed once.

Templates only print these values; the lookups (labels, urls, dates, related links) are
made here, in Python, once per build, so the HTML pages, the feeds, the chart and the
JSON exports cannot compute the same thing differently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Final, TypeVar

from markupsafe import Markup, escape

from dateline.model import Article, Data, DateInfo, PartialDate, Quote, Related, Shift, Site, Speaker, name_of_id
from dateline.topics import fragment
from dateline.ui import ENGLISH, UI, quote_marks

if TYPE_CHECKING:
    from dateline.config import SiteConfig

K = TypeVar("K")
V = TypeVar("V")
ROOT = "\x00root\x00"  # placeholder for a page's relative root in HTML made once for many pages


def date_label(info: DateInfo | None) -> str:
    """"7 July 2022", "July 2022", "c. 28 Oct 2025" for low confidence, ranges "16–17 April 2022":
    in English; a site's pages use `Views.ui.date_label`, in the site's language."""
    return ENGLISH.date_label(info)


_CONFIDENCE_ORDER: Final = ("low", "medium", "high")


def words_said(article: Article, quotes: Sequence[QuoteView]) -> DateInfo | None:
    """When the words on an article's page were said, for its header: what its quotes say now.

    The article-level `statement_date` is the import's reading of one day-word of the text; an
    editor corrects quotes one by one (`statement_date:` in `quotes:`), and a page whose quotes
    were re-dated must not keep announcing the old day. So: the one date all its quotes share (as
    surely as the surest of them gives it), or the range from the earliest to the latest (at the
    lowest confidence among them); with no quote, the article's `statement_date`. None when that
    is only the publication date."""
    if not quotes:
        return article.statement_date
    dates = sorted({v.date for v in quotes}, key=lambda d: (d.date.sort_key(), (d.end or d.date).sort_key()))
    if len(dates) == 1:
        only = dates[0]
        return None if only.date == article.date.date and only.end is None and article.statement_date is None else only
    first = dates[0].date
    last = max(((d.end or d.date) for d in dates), key=lambda d: d.sort_key())
    low = min((d.confidence for d in dates), key=_CONFIDENCE_ORDER.index)
    if first == last:
        # one day, its quotes dated with different surety (the speaker's own "on Tuesday" beside another's
        # words that only inherit it): the day as surely as the best of them ties it, as that quote's card
        # shows it — the page's header never says "c." of a day a card on it gives plainly (ux36 #26)
        best = max((d.confidence for d in dates), key=_CONFIDENCE_ORDER.index)
        return DateInfo(first, best, "the date of each statement on this page (each gives its own confidence)")
    return DateInfo(first, low, "the statements on this page were said on different days: each has its own date",
                    last)


def readable_first(ordered: Iterable[QuoteView], n: int, pool: Callable[[], Iterable[QuoteView]]) -> list[QuoteView]:
    """The first `n` of `ordered` that a reader can read as statements, for a list that shows them
    apart from their articles (the home page's latest and key statements): a fragment of a few words
    (`topics.fragment`: "before Christmas") only when its speaker said nothing fuller that day, among
    every report of the site (`pool`, read once and only when a fragment comes up). A day whose
    fuller words stand on an earlier statement's card (the same words said again) is no exception:
    the fragment is no news of that day either."""
    out: list[QuoteView] = []
    fuller: set[tuple[str, PartialDate]] | None = None
    for v in ordered:
        if len(out) == n:
            break
        if fragment(v.q):
            if fuller is None:
                fuller = {(w.q.speaker, w.date.date) for w in pool() if not fragment(w.q)}
            if (v.q.speaker, v.date.date) in fuller:
                continue
        out.append(v)
    return out


def _none() -> list[Any]:
    """The one empty list that every view without related quotes, other wordings or listed reports
    shares (a list of its own for each was ~35 MB at 10,000 articles). Nothing appends to a view's
    lists: they are made whole in `Views` and only read after."""
    return _NONE


_NONE: list[Any] = []


def base_language(tag: str) -> str:
    """A language tag's language alone, as quotes name theirs: "pt-BR" → "pt"."""
    return tag.split("-")[0].lower()


def own_language(q: Quote, a: Article, site_lang: str, told: dict[str, str], body: Callable[[Article], str]) -> str:
    """The language of a quote's words when they are in another than their article's (its `lang:`, else the
    site's), else "": its `lang` and marks on the page (a bilingual statement's French paragraph). The editor's
    word on an article stands: never the site's own language inside an article with a `lang:`, nor, in one
    without, the language the article's whole text is in (its words are that article's, undeclared: the
    site's marks, as for its other words; `told` keeps each article's, read once and only for these)."""
    if not q.lang or q.lang == (base_language(a.lang) if a.lang else site_lang):
        return ""
    if a.lang:
        return "" if q.lang == site_lang else q.lang
    if a.id not in told:
        from dateline.lexicon import language_of

        told[a.id] = language_of(body(a))[0]
    return "" if told[a.id] == q.lang else q.lang


@dataclass(slots=True)
class QuoteView:
    """A quote with everything a template shows, computed once. Slotted: one a quote (~130,000 at
    10,000 articles), held through the whole render."""

    q: Quote
    article: Article
    url: str  # site-root-relative link to the quote's anchor on its article page
    date: DateInfo
    date_label: str
    speaker_url: str
    topics: list[tuple[str, str]]  # (topic id, label)
    stances: list[tuple[str, str, str]]  # (topic id, stance id, label)
    statement: str  # id of the statement (merged same words) this quote reports
    same_statement: list[str] = field(default_factory=_none)
    other_reports: int = 0
    related: list[tuple[str, str]] = field(default_factory=_none)  # (relation label, quote id)
    first_report: bool = True
    speaker_name: str = ""  # as the article wrote it, else the display name from speakers.yaml
    other_wordings: list[str] = field(default_factory=_none)  # earliest other reports printed differently
    on_timeline: bool = True  # False: a quote of someone the site does not follow (no card on the timeline)
    excerpt: str = ""  # the words on one line, cut near EXCERPT characters: how topic and speaker pages name it
    short: str = ""  # the same cut near SHORT: how its article page's list names it (the words are above it)
    nearby: list[tuple[str, str]] = field(default_factory=_none)  # `related` but the same statement's reports
    iso: str = ""  # the statement date as `<time datetime>` wants it
    tagged: list[tuple[str, str]] = field(default_factory=_none)  # (topic id, "Topic: Stance" or "Topic")
    timeline_page: str = ""  # the timeline page holding its card (`YYYY/` or `YYYY/page/N/`): render paginates
    # the card on that page, where it is not the quote's own: another report of a statement is shown
    # on the timeline once, by one report's card (timeline.follow), and the others link to it
    card: str = ""
    # on the card that stands for a statement on the timeline, its other reports (the first
    # REPORTS_ON_CARD): each is listed on that card with its own `id="q-…"`, so a link to any
    # report's anchor finds it on the timeline (DESIGN), as it finds it on its speaker's page
    reports: list[QuoteView] = field(default_factory=_none)
    more_reports: int = 0  # the other reports that card counts without listing them
    # the marks its words are put between, its language's (`ui.quote_marks`): of its article's `lang`,
    # else of the site's `language` — the same on its card, in every list, the feeds and the chart
    marks: tuple[str, str] = ("“", "”")
    # the language of its words when they are in another than their article's (a bilingual statement's
    # second version): its `lang` on every element that shows them, and its marks its language's
    lang: str = ""
    # the quote's id, a plain attribute: keys, listings and charts ask for it some 400,000 times a
    # build at 1000 articles, and a property's call was a tenth of a second of a rebuild
    id: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.id = self.q.id

    @property
    def timeline_url(self) -> str:
        """Site-root-relative link to the quote's card on the timeline."""
        return f"{self.timeline_page}#q-{self.card or self.q.id}"

    @property
    def opening(self) -> str:
        """The mark its words open with (`marks`): what the templates print before them, `closing` after."""
        return self.marks[0]

    @property
    def closing(self) -> str:
        return self.marks[1]

    def quoted(self, text: str) -> str:
        """`text` (its words, or a cut of them) between the marks of the quote's language: the one
        rule for every place a quote is printed (ux25: « » on cards, “ ” everywhere else). The
        spaces a report set inside its « » go; the marks bring their own no-break space."""
        return f"{self.marks[0]}{text.strip()}{self.marks[1]}"

    @property
    def shown_parts(self) -> tuple[str, ...]:
        """Its paragraphs as a card shows them: whole up to LONG_QUOTE characters, then cut (`clipped`)."""
        parts = self.q.parts
        if sum(map(len, parts)) <= LONG_QUOTE:
            return tuple(parts)
        out: list[str] = []
        left = LONG_QUOTE
        for part in parts:
            if len(part) >= left:
                out.append(clipped(part, left))
                break
            out.append(part)
            left -= len(part)
        return tuple(out)

    @property
    def flat(self) -> str:
        """Its words on one line as its card shows them: a run-on quote's paragraphs joined without the marks
        that re-open each later one, which its text keeps (verbatim, for the exports): a usability round's
        home page printed “… not a handout. "If the price …”."""
        parts = self.q.parts
        return self.q.text.replace("\n", " ") if len(parts) < 2 else " ".join(part.strip() for part in parts)

    @property
    def report_name(self) -> str:
        """How a list of reports names this one: its outlet, else its article's title."""
        return self.article.outlet or self.article.title


# The other reports a statement's card lists by name, each with its `id="q-…"`: the earliest. A
# statement re-quoted thousands of times (3,577 reports of one in the 10,000-article bench) made
# one card 850 KB; the rest are named by the card's count and are lines, with their ids, of their
# speaker's page.
REPORTS_ON_CARD = 20
EXCERPT = 110  # characters of a quote a list shows before "..."
SHORT = 80  # the same in an article's list of its statements


# characters of a quote its card, its citation and its page's structured data carry (the article's text
# holds it whole): a quote of 100,000 words was on its card, its article page twice more (JSON-LD, "cite"),
# making pages of 2.4 MB, over the 1 MB `check` allows; a listing's pages are cut by their cards' bytes
LONG_QUOTE = 10_000


def clipped(text: str, length: int = LONG_QUOTE) -> str:
    """`text` whole up to `length` characters, else cut at the last space before it, with " …"."""
    if len(text) <= length:
        return text
    cut = text[:length]
    return (cut.rsplit(" ", 1)[0] if " " in cut[length // 2:] else cut) + " …"


def excerpt(text: str, length: int = EXCERPT) -> str:
    """The words on one line, cut at a word boundary near `length` (Jinja's `truncate`: up to
    five characters over are kept whole). Made once per quote for every list that names it."""
    flat = text.replace("\n", " ").strip()
    if len(flat) <= length + 5:
        return flat
    return flat[: length - 3].rsplit(" ", 1)[0] + "..."


class _Shared(dict[K, V]):
    """`make(key)`, made once per distinct key (a dict that fills itself on a miss)."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


def _tagged(colon: str, key: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...]]
            ) -> list[tuple[str, str]]:
    """(topic id, "Topic: Stance" or "Topic") for a quote's topics and stances (`colon` the language's)."""
    topics, stances = key
    stance = {t: label for t, _, label in stances}
    return [(t, f"{label}{colon} {stance[t]}" if t in stance else label) for t, label in topics]


def _relation_label(topic_labels: dict[str, str], ui: UI, key: tuple[str, str]) -> str:
    """"Same words in Outlet", "Same words on another occasion", "Earlier on Topic", "Later on Topic" or
    "Then vs now" (`Views.relation_label`)."""
    kind, what = key
    if kind == "same words":
        return str(ui("rel_same_words", what=what))
    if kind == "said again":
        return str(ui("rel_said_again"))
    if kind == "earlier":
        return str(ui("rel_earlier", topic=topic_labels.get(what, what)))
    if kind == "later":
        return str(ui("rel_later", topic=topic_labels.get(what, what)))
    return str(ui("rel_then_now"))


UNKNOWN = "unknown"  # the speaker id of quotes nobody is named for: kept in data, never shown as a person


def speaker_names(speakers: Iterable[Speaker], quotes: Iterable[Quote]) -> dict[str, str]:
    """Each speaker id's display name: speakers.yaml's, else, for a speaker not in it, the name an
    article wrote (the first quote's, one for all its quotes; a `speaker:` correction names an id)."""
    names = {s.id: s.name for s in speakers}
    for q in quotes:
        if q.speaker not in names and q.speaker != UNKNOWN and q.speaker_name not in ("", q.speaker):
            names[q.speaker] = q.speaker_name
    return names


def shown_name(q: Quote, names: dict[str, str], unidentified: str) -> str:
    """Who a quote's views say said it: the name as its article wrote it, else the display name of its
    speaker id (`speaker_names`), `unidentified` for nobody's."""
    if q.speaker_name not in ("", q.speaker):
        return q.speaker_name
    return unidentified if q.speaker == UNKNOWN else names.get(q.speaker) or name_of_id(q.speaker)


class QuoteBasics:
    """Each quote's view as far as the links leave it alone: what its article, the speakers, the topics and
    the site's settings give (its url, date and label, speaker's name and link, topics, stances, marks,
    language), with its statement its own id and no related quotes, other reports or wordings, nor what
    only the listings show (excerpts, tags: `Views` adds them, with the links).

    `Views` makes its views so; a cold build also makes them while its link process works, to encode
    what the data exports say of each quote meanwhile (`exports.Ahead`) and the article pages' link-free
    parts (`render.MarkedBodies`), and keeps them for `Views` (`keep`; below `pipeline.VIEWS_KEPT` quotes,
    else it lets each go at once): one maker, so what is made early is what the views will hold. What many
    quotes show alike (a date's label, a speaker's url, a set of topics) is made once and shared: at 10,000
    articles a copy per quote is ~100 MB, which every forked worker counts again. Templates only read these
    values. Nothing else is kept per quote (an excerpt per distinct text would be ~30 MB at 10,000 articles,
    held while the link process works)."""

    def __init__(self, config: SiteConfig, data: Data, articles: Iterable[Article], quotes: Iterable[Quote],
                 body: Callable[[Article], str], *, keep: bool = False) -> None:
        # `keep`: each view made is kept, and given again when its quote is asked for (`view`): the views a
        # cold build makes while it links, for the exports' lines, the article pages' parts and then `Views`
        self.kept: dict[str, QuoteView] | None = {} if keep else None
        self.ui = ui = UI(config.language)  # the interface's words and dates in the site's language
        self.unidentified = str(ui("unidentified"))
        self.articles = {a.id: a for a in articles}
        self.topic_labels = {t.id: t.label for t in data.topics}
        self.stance_labels = {(t.id, s.id): s.label for t in data.topics for s in t.stances}
        self.move_words = {(t.id, kind): words for t in data.topics for kind, words in t.moves}
        self.speaker_names = speaker_names(data.speakers, quotes)
        self._label = ui.date_label  # made once a date (`UI.date_label`)
        self._speaker_urls: _Shared[str, str] = _Shared(lambda sid: f"speakers/{sid}/" if sid != UNKNOWN else "")
        self._topic_lists: _Shared[tuple[str, ...], list[tuple[str, str]]] = _Shared(
            lambda ts: [(t, self.topic_labels.get(t, t)) for t in ts])
        self._stance_lists: _Shared[frozenset[tuple[str, str]], list[tuple[str, str, str]]] = _Shared(
            lambda st: [(t, s, self.stance_labels.get((t, s), s)) for t, s in sorted(st)])
        self._isos: _Shared[PartialDate, str] = _Shared(PartialDate.iso)
        language = config.language
        self._marks: _Shared[str, tuple[str, str]] = _Shared(lambda lang: quote_marks(lang or language))
        self._urls = {a.id: a.url for a in self.articles.values()}  # a property that formats a date: once an article
        self._site_lang = base_language(language)
        self._told: dict[str, str] = {}  # an article's language as its whole text tells it, for those that need it
        self._body = body

    def view(self, q: Quote) -> QuoteView:
        """The quote's view without its links (its `statement` its own id); with `keep`, the one made before."""
        kept = self.kept
        if kept is not None:
            v = kept.get(q.id)
            if v is None:
                v = kept[q.id] = self._view(q)
            return v
        return self._view(q)

    def _view(self, q: Quote) -> QuoteView:
        a = self.articles[q.article]
        d = q.said(a)
        own = own_language(q, a, self._site_lang, self._told, self._body)
        url = self._urls[a.id] if not a.parts else a.part_url(a.part_of(q.span.start))  # (its anchor's page part)
        v = QuoteView(q, a, f"{url}#q-{q.id}", d, self._label(d), self._speaker_urls[q.speaker],
                      self._topic_lists[q.topics], self._stance_lists[frozenset(q.stance.items())], q.id,
                      marks=self._marks[own or a.lang], lang=own)
        v.speaker_name = shown_name(q, self.speaker_names, self.unidentified)
        v.iso = self._isos[d.date]
        return v


class Views:
    """Lookups shared by every page and export of one build. `basics`: the site's `QuoteBasics` made
    before, and the views it kept (`keep`: made while the links were), taken as they are (each view of
    a quote is made once whichever makes it); else one made here."""

    def __init__(self, site: Site, basics: QuoteBasics | None = None) -> None:
        self.site = site
        if basics is None:
            basics = QuoteBasics(site.config, site.data, site.articles, site.quotes, site.body)
        self.ui = basics.ui
        self.unidentified = basics.unidentified
        self.articles = basics.articles
        self.topic_labels = basics.topic_labels
        self.stance_labels = basics.stance_labels
        self.move_words = basics.move_words
        self.speaker_names = basics.speaker_names
        self._report_links: dict[str, Markup] = {}
        self._first_links: dict[str, Markup] = {}
        self._words: dict[str, Markup] = {}
        self._related_items: dict[tuple[str, str, bool], str] = {}
        links = site.links
        # a function of the topics' labels, not a method: a bound method here would be a cycle (the
        # views hold it, it holds the views), and the whole site behind them would wait for the
        # collector instead of going when the build lets go of it
        self._relation_labels = _Shared(partial(_relation_label, self.topic_labels, self.ui))
        view, statement_of = basics.view, links.statement_of
        self.quotes: dict[str, QuoteView] = {}
        for q in site.quotes:
            v = self.quotes[q.id] = view(q)
            v.statement = statement_of.get(q.id, q.id)
        basics.kept = None  # (this dict holds them now)
        del basics, view
        # The second pass, written out for speed (it runs for every quote of every build, a rebuild's
        # too): the lookups `links.first_report` and `relation_label` make, inline; what many quotes
        # share (a statement's words cut to an excerpt, the labels of a set of topics and stances) made
        # once. The values are those of the methods.
        quotes, statements, same_of, related_of = self.quotes, links.statements, links.same_statement, links.related
        relation_labels = self._relation_labels
        excerpts: _Shared[str, str] = _Shared(excerpt)
        shorts: _Shared[str, str] = _Shared(lambda text: excerpt(text, SHORT))
        tagged = _Shared(partial(_tagged, str(self.ui("colon"))))
        tagged_by: dict[tuple[int, int], list[tuple[str, str]]] = {}  # by the shared lists' identity
        # A quote's related links and what it lists of them are made of a few shared values: each link
        # (`Related`, one object for all the quotes that have it: `link.related`) gives one
        # (label, quote id), and the quotes of one statement list the same neighbours; the lists of
        # other wordings repeat too. Shared, not copied per quote: they were half the views' memory
        # (~80 MB at 10,000 articles). Keyed by identity: the links outlive this loop.
        pairs: dict[int, tuple[str, str]] = {}
        lists: dict[tuple[object, ...], list[Any]] = {}
        for qid, v in quotes.items():
            text = v.q.text
            statement = statements.get(v.statement)
            if statement is not None:
                v.other_reports = len(statement.quotes) - 1
                v.first_report = statement.quotes[0] == qid
            same = same_of.get(qid)
            if same is not None:
                v.same_statement = same
                wordings = tuple([o for o in same[:5] if quotes[o].q.text != text])
                if wordings:
                    v.other_wordings = lists.get(wordings) or lists.setdefault(wordings, list(wordings))
            rs = related_of.get(qid)
            if rs:
                related = []
                for r in rs:
                    pair = pairs.get(id(r))
                    if pair is None:
                        pair = pairs[id(r)] = (relation_labels[r.kind, r.topic if r.kind != "same words"
                                                              else quotes[r.quote].report_name], r.quote)
                    related.append(pair)
                v.related = related
                nearby = tuple([pair for pair in related if pair[1] not in same]) if same else tuple(related)
                if nearby:
                    key = (None, *map(id, nearby))
                    v.nearby = lists.get(key) or lists.setdefault(key, list(nearby))
            one_line = text if len(v.q.parts) < 2 else v.flat  # (without a run-on quote's re-opening marks)
            v.excerpt = excerpts[one_line]
            v.short = shorts[one_line]
            tag_key = (id(v.topics), id(v.stances))
            tags = tagged_by.get(tag_key)
            if tags is None:
                tags = tagged_by[tag_key] = tagged[tuple(v.topics), tuple(v.stances)]
            v.tagged = tags
        self.in_order = [self.quotes[q.id] for q in site.quotes]
        if site.config.figures or site.positions:  # the timeline shows the figures' words only, each
            shown = {q.id for q in site.positions} | {q.id for q in site.other_statements}  # statement once
            statements = links.statements
            for v in self.in_order:  # (timeline.follow)
                v.on_timeline = v.id in shown
                if v.on_timeline and v.other_reports:
                    v.reports = [self.quotes[o] for o in statements[v.statement].quotes[:REPORTS_ON_CARD + 1]
                                 if o != v.id][:REPORTS_ON_CARD]
                    v.more_reports = v.other_reports - len(v.reports)
        self.shift_into: dict[str, list[Shift]] = defaultdict(list)  # shown on the card they lead to
        for s in site.shifts:
            if s.status != "dismissed" and s.kind != "held":
                self.shift_into[s.to_id].append(s)

    # HTML made once per quote for every article page that points at it: a statement reported
    # a hundred times is linked from a hundred pages, and each link was escaped anew. Values are
    # escaped here, once; `ROOT` stands for the page's root (render fills it in).

    def forget_html(self) -> None:
        """Let go of the HTML made once per quote (`report_link`, `words`, `related_items`) once the
        cards and article pages that show it are made: at 10,000 articles a build holds some hundred
        thousand of them, for the exports and nothing else after. Made again if asked for."""
        self._report_links.clear()
        self._first_links.clear()
        self._words.clear()
        self._related_items.clear()

    def report_link(self, qid: str) -> Markup:
        """`<a>` to a report of a statement, named by outlet and the day it was published: "Wire (5
        April 2022)". The report's day, not the statement's (ux36 #26): the statement is one, its
        date shown once above; what tells its reports apart is who printed it and when (an explainer
        published in October that quotes April's words is October's report)."""
        html = self._report_links.get(qid)
        if html is None:
            v = self.quotes[qid]
            html = self._report_links[qid] = Markup(
                f'<a href="{ROOT}{escape(v.url)}">{escape(v.report_name)} ({escape(self.ui.date_label(v.article.date))})</a>')
        return html

    def reports(self, v: QuoteView) -> Markup:
        """The other reports of a statement, listed once for the whole site: on its first report's
        page, each other report by outlet and date with its words where they were printed
        differently; every later report names that first one (its item in the list there) and how
        many reports there are, and says whether its own words differ from the first's. Each
        report of a much-repeated statement used to list the same five reports, words and all."""
        # Every piece is escaped already (Markup): joined as plain strings, then marked once (Markup's
        # own `+` and `join` escape each operand again, ~a third of an article page's statement list).
        if not v.same_statement:
            return Markup("")
        if v.first_report:
            differ, link, words = v.other_wordings, self.report_link, self.words
            html = "; ".join([f"{link(o)}{words(o)}" if o in differ else link(o) for o in v.same_statement])
            more = v.other_reports - len(v.same_statement)
            # `f" {…}"`, not `' ' + Markup`: the same text without Markup escaping the space (its `__radd__`)
            tail = f" {self.ui('and_n_more', n=more)}" if more > 0 else ""
            return Markup(f"{self.ui('also_quoted_in')} {html}{tail}")
        first = v.same_statement[0]
        first_link = self._first_links.get(first)
        if first_link is None:
            f = self.quotes[first]
            first_link = self._first_links[first] = Markup(
                f'{self.ui("first_reported_by")} <a href="{ROOT}{escape(f.article.url)}#s-{escape(first)}">'
                f"{escape(f.article.outlet or self.ui('an_earlier_article'))} ({escape(self.ui.date_label(f.article.date))})</a>")
        n = v.other_reports + 1
        differs = f" ({self.ui('in_other_words')})" if first in v.other_wordings else ""
        listed = f", {self.ui('where_others_listed')}" if n > 2 else ""
        return Markup(f"{self.ui('one_of_n_reports', n=n)}, {first_link}{differs}{listed}")

    def words(self, qid: str) -> Markup:
        """`: “the words”` of a report, as it printed them (in its language's marks)."""
        html = self._words.get(qid)
        if html is None:
            v = self.quotes[qid]
            html = self._words[qid] = Markup(f": {escape(v.quoted(v.q.text))}")
        return html

    def related_items(self, v: QuoteView, *, to_cards: bool = False) -> Markup:
        """A statement's neighbours (`nearby`) as `<li>`s: "Earlier on Topic: <a>date</a>", each
        link to the quote on its article page, or (`to_cards`, the article pages' list) to its card
        on the timeline where there is one: the statements before and after it, in order."""
        items = []
        for label, qid in v.nearby:
            item = self._related_items.get((label, qid, to_cards))
            if item is None:  # made once: every card (or article page) that lists it shares it
                w = self.quotes[qid]
                href = w.timeline_url if to_cards and w.timeline_page else w.url
                item = self._related_items[label, qid, to_cards] = (
                    f'<li>{escape(label)}: <a href="{ROOT}{escape(href)}">{escape(w.date_label)}</a></li>')
            items.append(item)
        return Markup("".join(items))

    def relation_label(self, r: Related) -> str:
        return self._relation_labels[r.kind, r.topic if r.kind != "same words" else self.quotes[r.quote].report_name]

    def speaker_name(self, sid: str) -> str:
        """The name shown for a speaker id; for `unknown` a neutral line, never a name (nor a link)."""
        return self.unidentified if sid == UNKNOWN else self.speaker_names.get(sid) or name_of_id(sid)

    def topic_label(self, tid: str) -> str:
        return self.topic_labels.get(tid, tid)

    def stance_label(self, tid: str, sid: str) -> str:
        return self.stance_labels.get((tid, sid), sid)

    def shift_on(self, tid: str, kind: str) -> str:
        """A shift's label beside its statement ("Softened on Harbour bridge"), in the topic's own words for
        the move when topics.yaml gives them ("Desalination plant: Pushed back")."""
        words = self.move_words.get((tid, kind))
        if words:
            return self.ui("shift_on_words", words=words, topic=self.topic_label(tid))
        return self.ui("shift_on_" + kind, topic=self.topic_label(tid))

    def move_title(self, tid: str, kind: str) -> str:
        """A move's name at the head of a line ("Softened", or the topic's own words: plain text, which the
        templates escape)."""
        return self.move_words.get((tid, kind)) or self.ui("kind_title_" + kind)

    def move_word(self, tid: str, kind: str) -> str:
        """A move's name inside a sentence ("softened", or the topic's own words as written)."""
        return self.move_words.get((tid, kind)) or self.ui("kind_" + kind)

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
