"""What an edit can reach: the quotes and article pages whose render keys a rebuild must make again.

A rebuild after one edit used to make every quote's card, entry and article-page key (a digest of
everything the fragment or page shows, `render._card_key` and its siblings) to learn that all but a
few were what they were: a fifth of the rebuild's CPU at 1000 articles, whatever the edit. The keys
are a function of a few inputs, and each input has a cheap test for "changed since the last build":

- an article's fields and its quotes' analysed fields: its file's digest and path (`Article.content_hash`;
  an article made in code, without one, always counts as changed);
- the links: their inputs' digest (`link.LinkMemo.digest`), and where it moved, the quotes whose own
  links differ (`changed_links`: statement, other reports, neighbours on a topic, "then vs now");
- who the site follows (`Site.positions`, `Site.other_statements`), the shifts into each quote, the
  display name of each speaker (`Views.speaker_names`), the article order (prev/next);
- where each quote's card sits after pagination (`QuoteView.timeline_url`, `on_timeline`).

`Baseline` records those inputs with the keys they gave after a committed build; `Reach` compares
this build's inputs with it and names what is stale: a card whose own article changed, whose links
changed, whose speaker's name changed, or which shows something of a quote whose article changed
(a related statement's url, date or outlet, another report, a shift's start); an entry likewise and
when its card moved; an article page when any of its quotes or of the quotes it links to is stale,
or a neighbour changed. Everything else keeps the key the last build made for it: the same inputs
give the same key. `tests/test_reach.py` checks, under random edits, that the keys a rebuild keeps
are the keys a build without a baseline computes, and that the pages equal a clean build's.

No baseline, another render scope, or links that are not the baseline's links: every key is made
again, as before.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dateline.link import changed_quotes
from dateline.model import Article, Links, Shift, Site
from dateline.views import QuoteView, Views


@dataclass
class Baseline:
    """The inputs of a committed build's keys, and the keys (see the module's docstring)."""

    scope: str  # render.render_scope of that build
    links: str  # the digest of its links' inputs (link.LinkMemo.digest); "" unknown
    articles: dict[str, tuple[str, str]]  # article id → (file digest, path); only articles with a digest
    order: list[str]  # article ids in page order (prev/next)
    names: dict[str, str]  # speaker id → display name (Views.speaker_names)
    shown: frozenset[str]  # the quotes the timeline follows (positions and other statements)
    shifts: dict[str, tuple[Shift, ...]]  # quote id → the shifts shown on its card (Views.shift_into)
    timeline: dict[str, tuple[str, str, bool]]  # quote id → (timeline_page, card, on_timeline) after pagination
    cards: dict[str, str]  # quote id → card key
    entries: dict[str, str]  # quote id → entry key
    pages: dict[str, str]  # article page path → key
    # the stat records (name, size, mtime, inode) of the quotes.json records files the build left
    # (`buildcache`): while they are there unchanged, a quote no edit reached takes its record as it is
    records: tuple[tuple[str, int, int, int], ...] | None = None

    def __reduce__(self) -> tuple[Callable[..., Baseline], tuple[Any, ...]]:
        """Pickled with what it holds for every quote (`timeline`, `cards`, `entries`, `shown`) as a few
        long strings (`_packed`), unpickled as the same dicts: a pickler's memo holds every object it wrote
        until its end, and those four are ~4 objects a quote (~400,000 at 10,000 articles) — the growth of
        the build's last step (`buildcache.save`), when its memory is largest, and as many objects made
        again by every rebuild that reads them."""
        ids = _ids(self.timeline)
        return _unpickled, (self.scope, self.links, self.articles, self.order, self.names, self.shifts,
                            self.pages, self.records, _packed_set(self.shown, ids), _packed_timeline(self.timeline, ids),
                            _packed(self.cards, ids), _packed(self.entries, ids))


_SEP = "\0"  # between the strings of a packed collection (`_joined`); one holding it is kept as it is


def _joined(strings: Iterable[str]) -> str | list[str]:
    """Strings as one, `_SEP` between them, or as a list when one of them holds `_SEP` (or none is there:
    "" would read as one empty string)."""
    items = list(strings)
    text = _SEP.join(items)
    return text if items and text.count(_SEP) == len(items) - 1 else items


def _split(packed: str | list[str]) -> list[str]:
    return packed.split(_SEP) if isinstance(packed, str) else packed


def _ids(keyed: Mapping[str, object]) -> str | list[str]:
    """The keys of a quote-keyed dict, packed (`_joined`): those of the others are usually the same, in the
    same order, and then are not written again."""
    return _joined(keyed)


Packed = str | list[str] | bytes  # strings packed: `_joined`, or `_hex` when all are hex digests of one length


def _hex(strings: Iterable[str]) -> Packed:
    """Hex digests of one length (the render keys) as their bytes, half their text; other strings `_joined`."""
    items = list(strings)
    width = len(items[0]) if items else 0
    text = "".join(items)
    if 0 < width < 256 and width % 2 == 0 and len(text) == width * len(items) and all(len(k) == width for k in items):
        try:
            data = bytes.fromhex(text)
        except ValueError:
            data = b""
        if data.hex() == text:  # (fromhex reads upper case and skips white space: only its own text)
            return bytes([width]) + data
    return _joined(items)


def _unhexed(packed: Packed) -> list[str]:
    if not isinstance(packed, bytes):
        return _split(packed)
    data = packed[1:]
    return data.hex(_SEP, packed[0] // 2).split(_SEP) if data else []  # (in C: a separator each digest)


def _packed(keyed: Mapping[str, str], ids: str | list[str]) -> tuple[str | list[str] | None, Packed]:
    """A dict of strings as its keys (None: `ids`, the same keys in the same order) and its values."""
    keys = _ids(keyed)
    return (None if keys == ids else keys), _hex(keyed.values())


def _unpacked(packed: tuple[str | list[str] | None, Packed], ids: list[str]) -> dict[str, str]:
    keys, values = packed
    return dict(zip(ids if keys is None else _split(keys), _unhexed(values), strict=True))


def _packed_set(chosen: frozenset[str], ids: str | list[str]) -> bytes | str | list[str]:
    """A set of quote ids as a flag for each of `ids` (in their order) when it holds no other, else `_joined`."""
    keys = _split(ids)
    flags = bytes(k in chosen for k in keys)
    return flags if sum(flags) == len(chosen) else _joined(sorted(chosen))


def _unpacked_set(packed: bytes | str | list[str], ids: list[str]) -> frozenset[str]:
    if isinstance(packed, bytes):
        return frozenset(itertools.compress(ids, packed))
    return frozenset(_split(packed))


def _packed_timeline(timeline: Mapping[str, tuple[str, str, bool]],
                     ids: str | list[str]) -> tuple[str | list[str], list[str], bytes, str | list[str]]:
    """`Baseline.timeline` packed: its keys, its pages (a few hundred, each written once and each entry's a
    number), whether each is on the timeline, and the cards."""
    pages: dict[str, int] = {}
    places = array("I", [pages.setdefault(page, len(pages)) for page, _, _ in timeline.values()])
    return ids, list(pages), places.tobytes() + bytes(on for _, _, on in timeline.values()), \
        _joined(card for _, card, _ in timeline.values())


def _unpacked_timeline(packed: tuple[str | list[str], list[str], bytes, str | list[str]]
                       ) -> tuple[list[str], dict[str, tuple[str, str, bool]]]:
    ids, pages, data, cards = packed
    keys = _split(ids)
    places = array("I")
    places.frombytes(data[:len(data) - len(keys)])
    on = map(bool, data[len(data) - len(keys):])
    return keys, dict(zip(keys, zip(map(pages.__getitem__, places), _split(cards), on,
                                    strict=True), strict=True))


def _unpickled(scope: str, links: str, articles: dict[str, tuple[str, str]], order: list[str],
               names: dict[str, str], shifts: dict[str, tuple[Shift, ...]], pages: dict[str, str],
               records: tuple[tuple[str, int, int, int], ...] | None, shown: bytes | str | list[str],
               timeline: tuple[str | list[str], list[str], bytes, str | list[str]],
               cards: tuple[str | list[str] | None, Packed],
               entries: tuple[str | list[str] | None, Packed]) -> Baseline:
    """A `Baseline` from its `__reduce__`."""
    ids, placed = _unpacked_timeline(timeline)
    return Baseline(scope=scope, links=links, articles=articles, order=order, names=names,
                    shown=_unpacked_set(shown, ids), shifts=shifts, timeline=placed,
                    cards=_unpacked(cards, ids), entries=_unpacked(entries, ids), pages=pages, records=records)


@dataclass
class Linked:
    """What a build knows of its links against the last build's (set by `pipeline`): the digest of
    this build's link inputs, the digest of the links read from the cache before linking, and the
    quotes whose links differ between the two (`changed_links`); None: not known."""

    digest: str = ""
    before: str = ""
    changed: set[str] | None = None


def changed_links(old: Links, new: Links) -> set[str]:
    """The quotes whose own links differ between `old` and `new` (`link.changed_quotes`: their statement,
    its reports, the earliest other reports, their statement's neighbours on each topic, "then vs now",
    "said again")."""
    return changed_quotes(old, new)


class Reach:
    """This build's stale keys against a `Baseline` (None: everything is stale)."""

    def __init__(self, baseline: Baseline | None, scope: str, linked: Linked | None, site: Site,
                 views: Views) -> None:
        self.base = baseline
        self.views = views
        self.site = site
        # stale: articles changed; quotes of those (or new); quotes whose links, speaker's name, card or place changed
        self.articles: set[str] = set()
        self.own: set[str] = set()
        self.links: set[str] = set()
        self.named: set[str] = set()
        self.renamed: set[str] = set()  # speakers whose name changed
        self.cards: set[str] = set()
        self.moved: set[str] = set()
        self.recarded: set[str] = set()  # stale cards whose key did change (`carded`)
        if baseline is None or baseline.scope != scope or linked is None or linked.changed is None:
            self.base = None
            return
        if linked.digest == baseline.links and linked.digest:
            links_changed: set[str] = set()
        elif linked.before == baseline.links and linked.before:
            links_changed = linked.changed
        else:
            self.base = None
            return
        quotes = views.quotes
        old_articles = baseline.articles
        self.articles = {a.id for a in site.articles
                         if not a.content_hash or old_articles.get(a.id) != (a.content_hash, a.path)}
        own = {qid for qid, v in quotes.items() if v.article.id in self.articles or qid not in baseline.cards}
        self.own = own
        self.links = links_changed
        names, old_names = views.speaker_names, baseline.names
        renamed = self.renamed = {sid for sid in names.keys() | old_names.keys() if names.get(sid) != old_names.get(sid)}
        self.named = {qid for qid, v in quotes.items() if v.q.speaker in renamed} if renamed else set()
        shown = frozenset(q.id for q in site.positions) | frozenset(q.id for q in site.other_statements)
        stale = own | links_changed | self.named | (shown ^ baseline.shown)
        shifts, old_shifts = views.shift_into, baseline.shifts
        for qid in shifts.keys() | old_shifts.keys():
            now = tuple(shifts.get(qid, ()))
            if now != old_shifts.get(qid, ()) or any(s.from_id in own for s in now):
                stale.add(qid)
        # what a card shows of other quotes (a related statement's url and date, another report's outlet,
        # title and date) is their article's: stale with it
        touched = {v.statement for qid in own if (v := quotes.get(qid)) is not None}
        # a related link other than "same words" (whose quotes share the statement) leads to a statement's
        # first report, its id: the statements whose neighbours on a topic, "then vs now" or "said again" are such a quote
        links = site.links
        roots = {qid for qid in own if links.statement_of.get(qid, qid) == qid}
        if roots:
            for lane in (links.topic_prev, links.topic_next):
                touched.update(key[0] for key, qid in lane.items() if qid in roots)
            touched.update(sid for sid, others in links.stance_contrast.items() if not roots.isdisjoint(others))
            touched.update(sid for sid, others in links.said_again.items() if not roots.isdisjoint(others))
        stale.update(qid for qid, v in quotes.items() if v.statement in touched)
        self.cards = stale

    @property
    def known(self) -> bool:
        """Whether there is a baseline to keep keys from."""
        return self.base is not None

    def same_record(self, qid: str) -> bool:
        """Whether the quote's quotes.json record is the last build's (`exports`' `same`): its article,
        speaker's name, statement and related quotes are as they were (the card's inputs hold them)."""
        return qid not in self.cards

    @property
    def records(self) -> bool:
        """Whether the records read are the baseline's (then `same_record` may be asked)."""
        return self.base is not None and self.base.records is not None

    def card_keys(self) -> tuple[dict[str, str], list[str]]:
        """The last build's card keys still true, and the quotes whose keys are to be made."""
        return self._split(self.base.cards if self.base else {}, self.cards, self.views.quotes)

    def carded(self, keys: dict[str, str], made: Iterable[str]) -> None:
        """The card keys made this build (`made`, in `keys`): those that differ from the last build's
        are what an article page's key holds of its own quotes (`page_key`)."""
        if self.base is not None:
            old = self.base.cards
            self.recarded = {qid for qid in made if old.get(qid) != keys[qid]}

    def placed(self, timeline: dict[str, tuple[str, str, bool]]) -> None:
        """Where each card sits now (`timeline_of`): the quotes whose place moved."""
        if self.base is None:
            return
        old = self.base.timeline
        self.moved = {qid for qid, at in timeline.items() if old.get(qid) != at}

    def entry_keys(self, todo: Iterable[str]) -> tuple[dict[str, str], list[str]]:
        """The last build's entry keys still true for `todo`, and those to be made."""
        if self.base is None:
            return {}, list(todo)
        return self._split(self.base.entries, self.own | self.links | self.named | self.moved, todo)

    def page_key(self, path: str, article: Article, quotes: list[QuoteView], prev: str | None,
                 nxt: str | None, at: int) -> str | None:
        """The last build's key of an article page still true, else None (to be made): the article,
        its neighbours, its speakers' names, its quotes and the quotes they link to are as they were
        (of those, their article and their card's place: `render._shown_of`)."""
        base = self.base
        if base is None:
            return None
        key = base.pages.get(path)
        article_id = article.id
        if key is None or article_id in self.articles or not self.renamed.isdisjoint(article.speakers):
            return None
        order = base.order
        if at >= len(order) or order[at] != article_id:
            return None
        if (at > 0) != (prev is not None) or (prev is not None and (order[at - 1] != prev or prev in self.articles)):
            return None
        after = order[at + 1] if at + 1 < len(order) else None
        if after != nxt or (nxt is not None and nxt in self.articles):
            return None
        cards, moved, links, own = self.recarded, self.moved, self.links, self.own
        for v in quotes:
            if v.id in cards or v.id in moved or v.id in links:
                return None
            for o in v.same_statement[:5]:
                if o in own or o in moved:
                    return None
            for _, o in v.related:
                if o in own or o in moved:
                    return None
        return key

    def _split(self, old: dict[str, str], stale: set[str], todo: Iterable[str]) -> tuple[dict[str, str], list[str]]:
        """`todo` split into the ids whose last-build key in `old` holds (not `stale`) and those to make."""
        if self.base is None:
            return {}, list(todo)
        kept: dict[str, str] = {}
        make: list[str] = []
        for qid in todo:
            key = old.get(qid)
            if key is None or qid in stale:
                make.append(qid)
            else:
                kept[qid] = key
        return kept, make


def timeline_of(views: Views) -> dict[str, tuple[str, str, bool]]:
    """Each quote's card place after pagination (its `timeline_url` is made of the first two): what its
    entry and its article page show of it."""
    return {qid: (v.timeline_page, v.card, v.on_timeline) for qid, v in views.quotes.items()}


def baseline(site: Site, views: Views, scope: str, links: str, timeline: dict[str, tuple[str, str, bool]],
             cards: dict[str, str], entries: dict[str, str], pages: dict[str, str]) -> Baseline:
    """This build's inputs and keys, for the next build's `Reach` (kept once the build is committed)."""
    return Baseline(
        scope=scope, links=links,
        articles={a.id: (a.content_hash, a.path) for a in site.articles if a.content_hash},
        order=[a.id for a in site.articles], names=dict(views.speaker_names),
        shown=frozenset(q.id for q in site.positions) | frozenset(q.id for q in site.other_statements),
        shifts={qid: tuple(s) for qid, s in views.shift_into.items() if s},
        timeline=timeline, cards=cards, entries=entries, pages=pages)


__all__ = ["Baseline", "Linked", "Reach", "baseline", "changed_links", "timeline_of"]
