"""Order statements in time, group them by year and month, and find stance shifts.

Sorting is by statement date, with a date known only to the month or year placed
before the dated entries of its period (PartialDate's own order), then by
publication date and position, so the order is total and the output stable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dateline.lexicon import quote_language
from dateline.model import Article, PartialDate, Quote, Shift, ShiftKind, ShiftVerdict, Topic
from dateline.topics import short_term

T = TypeVar("T")


def chronological(quotes: Sequence[Quote], articles: dict[str, Article]) -> list[Quote]:
    """Quotes in timeline order (total and deterministic)."""
    pub = {aid: a.date.date.sort_key() for aid, a in articles.items()}
    return sorted(quotes, key=lambda q: (q.said(articles[q.article]).date.sort_key(), pub[q.article], q.article,
                                         q.span.start))


def follow(ordered: Sequence[Quote], figures: Sequence[str],
           statement_of: dict[str, str] | None = None) -> tuple[list[Quote], list[Quote]]:
    """(positions, other statements): what the timeline follows, and the figures' words apart.

    A site follows some people (`figures` in [tool.dateline]): their statements on a topic are
    the positions the timeline and the chart show; their statements on no topic are listed
    apart, never counted as positions; everyone else's quotes stay on article and speaker pages.
    With no figures every statement is a position (a site about whoever speaks).

    A statement is listed once (`statement_of`: quote → the statement it reports, `link`): by
    its first report (`link`: the earliest published) where that one is listed, else its
    earliest report; one among the positions before one among the other statements. Two outlets
    carrying the same words are one statement with two reports: two cards, counts and chart
    marks for it would tell the reader she said it twice. The other reports hang off that card
    ("and 1 other report") and stay on their article pages.
    """
    if not figures:
        ours = list(ordered)
        on, off = ours, []
    else:
        who = set(figures)
        ours = [q for q in ordered if q.speaker in who]
        on, off = [q for q in ours if q.topics], [q for q in ours if not q.topics]
    if not statement_of:
        return on, off
    listed = {q.id for q in on}
    shown: dict[str, str] = {}  # statement → the report that stands for it
    for group in (on, off):
        for q in group:
            st = statement_of.get(q.id, q.id)
            # its first report where that one is listed here; else its earliest listed report
            if st not in shown or (q.id == st and (q.id in listed) == (shown[st] in listed)):
                shown[st] = q.id
    keep = set(shown.values())
    return [q for q in on if q.id in keep], [q for q in off if q.id in keep]


@dataclass
class Month(Generic[T]):
    """A month of the timeline (month None: dates known only to the year), holding ordered items."""

    year: int
    month: int | None
    label: str
    items: list[T] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        """`y2024-03`; the dates known only to their year `y2024-undated`: never `y2024`, the id of
        the year's own heading on the same page (ux40 #1: a duplicate id failed `check`)."""
        return f"y{self.year}-" + (f"{self.month:02d}" if self.month else "undated")


def english_month(year: int, month: int | None) -> str:
    """"July 2022", or "2022, month not known" for a date known only to its year."""
    return PartialDate(year, month).label() if month else f"{year}, month not known"


def group(items: Sequence[T], date_of: Callable[[T], PartialDate],
          label: Callable[[int, int | None], str] = english_month) -> list[tuple[int, list[Month[T]]]]:
    """Year → month buckets of already-ordered items; a date known only to its year gets month None.
    `label` names a month as its heading says it (a page in French: `ui.UI.month_heading`)."""
    years: list[tuple[int, list[Month[T]]]] = []
    for item in items:
        d = date_of(item)
        if not years or years[-1][0] != d.year:
            years.append((d.year, []))
        months = years[-1][1]
        if not months or months[-1].month != d.month:
            months.append(Month[T](d.year, d.month, label(d.year, d.month)))
        months[-1].items.append(item)
    return years


def shifts(ordered: Sequence[Quote], topics: Sequence[Topic], statement_of: dict[str, str],
           verdicts: Sequence[ShiftVerdict]) -> list[Shift]:
    """Consecutive stanced statements of one speaker on one topic, classified by the stances' ranks.

    Rank goes from the hardest line (0) up to the most conciliatory: a move up is
    "softened", down "hardened", across two or more ranks "reversed", none "held".
    Editors' verdicts from shifts.yaml (`id: topic:from:to`) confirm or dismiss.
    """
    verdict = {v.id: v for v in verdicts}
    out: list[Shift] = []
    for topic in topics:
        rank = {s.id: s.rank for s in topic.stances}
        last: dict[str, Quote] = {}  # per speaker: a position moves within one speaker's statements
        for q in ordered:
            stance = q.stance.get(topic.id)  # first: most quotes take no stance on this topic
            if stance is None or stance not in rank:
                continue
            if statement_of.get(q.id, q.id) != q.id or q.speaker == "unknown" or short_term(q.text, q.partial):
                continue  # a short term is no position, whatever stance an editor gave it
            prev = last.get(q.speaker)
            if prev is not None and prev.stance[topic.id] != stance and other_language_version(prev, q):
                continue  # the same words in the article's other language: no second position, no move
            if prev is not None:
                a, b = prev.stance[topic.id], stance
                diff = rank[b] - rank[a]
                kind: ShiftKind = ("held" if a == b else "reversed" if abs(diff) >= 2
                                   else "softened" if diff > 0 else "hardened")
                s = Shift(topic.id, prev.id, q.id, a, b, kind)
                v = verdict.get(s.id)
                if v is not None and kind != "held":  # a verdict judged a move; a hold is none (`stale_verdicts`)
                    s = Shift(s.topic, s.from_id, s.to_id, a, b, kind, v.status, v.note)
                out.append(s)
            last[q.speaker] = q
    return out


def other_language_version(first: Quote, then: Quote) -> bool:
    """Is `then` the same statement as `first` given in another language — a bilingual release's Dutch
    paragraph under its French one, a minister saying it again in the country's other language at one
    press conference? One speaker, one article, one statement day, and the words of two languages
    (`quote_language`; "" when a quote's words do not tell, then no). Not a move of position: usability
    round 11 saw review propose a shift between the two versions of one declaration, whose cues in each
    language had given each its own stance."""
    if first.article != then.article or (first.statement_date and first.statement_date.date) != (
            then.statement_date and then.statement_date.date):
        return False
    ours, theirs = quote_language(first.text), quote_language(then.text)
    return bool(ours and theirs and ours != theirs)


def stale_verdicts(verdicts: Sequence[ShiftVerdict],
                   found: Sequence[Shift]) -> list[tuple[ShiftVerdict, Shift | None]]:
    """Verdicts of shifts.yaml that match no current shift: (verdict, the shift it most likely
    meant or None).

    A verdict goes stale when the quotes it joined are dropped, re-dated (no longer
    consecutive), re-worded (a new quote id) or re-tagged so that both now hold the same stance
    (`held_verdicts`: the pair is no shift, and a confirmed verdict's note would vanish from every
    page while data/shifts.json still said "confirmed"); ignoring it silently would lose an
    editor's decision, so it is reported with its line and the closest current shift proposed.
    """
    current = {s.id for s in found if s.kind != "held"}
    out = []
    for v in verdicts:
        if v.id not in current:
            out.append((v, likely_meant(v.id, found)))
    return out


def held_verdicts(verdicts: Sequence[ShiftVerdict], found: Sequence[Shift]) -> dict[str, Shift]:
    """The verdicts (by id) whose two statements are still consecutive but now hold the same stance:
    stale for a reason of their own, told apart from a pair that is gone (`stale_verdicts`)."""
    held = {s.id: s for s in found if s.kind == "held"}
    return {v.id: held[v.id] for v in verdicts if v.id in held}


def _words(quote_id: str) -> str:
    """A quote id without its hash (and repeat number): the first words of the quote."""
    parts = quote_id.split("-")
    while len(parts) > 1 and (parts[-1].isdigit() or
                              (len(parts[-1]) == 6 and all(c in "0123456789abcdef" for c in parts[-1]))):
        parts.pop()
    return "-".join(parts)


def likely_meant(verdict_id: str, found: Sequence[Shift]) -> Shift | None:
    """The current shift a stale verdict id most likely meant: a move (never a hold: the verdict's note
    is about a change of stance) on the same topic with the same quote at one end, or a statement
    of the same held position next to it, or quotes opening with the same words; the closest id
    breaking ties; None if none is close."""
    from difflib import SequenceMatcher

    parts = verdict_id.split(":")
    if len(parts) != 3:
        return None
    topic, from_id, to_id = parts
    held_next = {(s.topic, s.from_id): s.to_id for s in found if s.kind == "held"}
    held_prev = {(s.topic, s.to_id): s.from_id for s in found if s.kind == "held"}

    def along(start: str, step: dict[tuple[str, str], str]) -> set[str]:
        seen = {start}
        while (nxt := step.get((topic, start))) is not None and nxt not in seen:
            seen.add(nxt)
            start = nxt
        return seen
    # the same position as the verdict's ends: a statement the speaker held it in before (or after)
    # ("no cuts" said again before the move): the move between those positions is now there
    froms, tos = along(from_id, held_next), along(to_id, held_prev)
    best: tuple[float, Shift] | None = None
    for s in found:
        if s.kind == "held":
            continue  # a verdict is on a move; its note would be wrong on a hold
        score = 0.0
        score += 3 if s.topic == topic else 0
        score += 3 if s.from_id == from_id else (2 if s.from_id in froms else
                                                 (1 if _words(s.from_id) == _words(from_id) else 0))
        score += 3 if s.to_id == to_id else (2 if s.to_id in tos else (1 if _words(s.to_id) == _words(to_id) else 0))
        if score < 4:
            continue
        score += SequenceMatcher(None, s.id, verdict_id).ratio()
        if best is None or score > best[0]:
            best = (score, s)
    return best[1] if best else None
