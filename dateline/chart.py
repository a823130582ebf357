"""The position chart's geometry: lanes of stances over time, as typed records.

One lane per topic (per figure and topic when several figures are followed). Within a
lane a statement's stance sets its row (by the stance's rank in topics.yaml, the most
conciliatory on top), its colour and its shape; consecutive stances of the lane are
joined, so a held line stays flat and a move climbs or drops; segments that are shifts
carry their verdict (confirmed / candidate); eras are shaded bands with labels that never
overlap, each by its own topic's lane (an era of several topics: above the lanes); marks on the
same day are moved apart, never drawn over each other.

Every coordinate of the SVG is computed here, from the margins named below, in CSS
pixels (the SVG is drawn at 1:1, so 12 px text stays 12 px on a phone: the plot scrolls
sideways inside its own box instead of shrinking). Templates only print these numbers
and hold the wording. At large corpus sizes `lanes(..., max_marks=N)` folds the marks of
a lane into one per month (then quarter, then year) and stance, each with its count.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from dateline.model import PartialDate, Shift, Site, Topic
from dateline.views import QuoteView, Views

# ------------------------------------------------------------------ margins (CSS px)
LABEL_W = 128  # the lane-label column (its own SVG, so it stays put while the plot scrolls)
LABEL_X = 6  # lane labels' left edge
LABEL_LINE = 15  # distance between the lines of a wrapped lane label
LABEL_DROP = 4  # a one-line label's baseline below the lane's middle
LABEL_CHARS = 16  # a lane label wraps after about this many characters
LABEL_LINES = 6  # … on at most this many lines (the lane grows to hold them); the rest is cut, with "…"
NARROW_CHARS = 42  # phone layout: a lane's one-line label ("Name · Topic") is cut after this many
PLOT_W = 800  # the plot: the time axis with its margins
PAD_X = 18  # left and right of the time axis inside the plot (half a mark and then some)
GAP_YEAR = 44  # the width of a year without statements (wide enough for its label)
GAP_YEAR_NARROW = 24  # the same on a phone
GAP_RUN = 3  # more years than this without statements in a row are drawn as one gap
YEAR_LABEL_W = 34  # room a year label needs: closer labels are left out
NARROW_W = 320  # the phone layout's plot (fits a 360 px screen with the page's margins)
LANE_LABEL_H = 16  # phone layout: the line above a lane that holds its label
LANE_LABEL_BASE = 13  # … and the label's baseline below the lane's top
ERA_ROW = 17  # one row of era labels (above the lanes, or at the top of the lane of the era's one topic)
ERA_BASE = 13  # an era label's baseline below the top of its row
TEXT_CHAR = 6.6  # estimated width of a character of 12 px text (labels are laid out without a font)
TEXT_NUDGE = 3  # era labels sit this far right of their band's start
LANE_PAD = 9  # space above the top row and below the bottom row of a lane
LANE_MIN = 40  # a lane is at least this tall (room for a two-line label)
ROW_H = 17  # distance between two stance rows (> 2 × MARK_R: rows never touch)
MARK_R = 6  # half the size of a mark
MARK_GAP = 14  # minimum distance between the centres of two marks on one row
AGG_R_MAX = 9  # an aggregated mark grows with its count up to this half-size
AXIS_H = 24  # below the last lane: the year labels
YEAR_DROP = 16  # a year label's baseline below the last lane
TICK_DROP = 4  # year ticks reach this far below the last lane
ERA_GAP = 4  # between the era labels and the first lane
SWATCH = 16  # legend swatch size
KEY_W = 28  # legend line keys
HATCH = 6  # the hatching of years without statements: one diagonal per HATCH px

SHAPES = ("square", "diamond", "triangle", "circle", "triangle-down", "hexagon")


def shape_path(shape: str, cx: float, cy: float, r: float) -> str:
    """An SVG path of `shape` centred on (cx, cy) with half-size r: shape, not only colour,
    tells stances apart (colour blindness, black-and-white print)."""
    def pts(points: Sequence[tuple[float, float]]) -> str:
        return "M" + " L".join(f"{cx + dx:.1f},{cy + dy:.1f}" for dx, dy in points) + " Z"
    if shape == "square":
        s = r * 0.9
        return pts([(-s, -s), (s, -s), (s, s), (-s, s)])
    if shape == "diamond":
        s = r * 1.2
        return pts([(0, -s), (s, 0), (0, s), (-s, 0)])
    if shape == "triangle":
        return pts([(0, -r * 1.15), (r * 1.1, r * 0.85), (-r * 1.1, r * 0.85)])
    if shape == "triangle-down":
        return pts([(0, r * 1.15), (r * 1.1, -r * 0.85), (-r * 1.1, -r * 0.85)])
    if shape == "hexagon":
        return pts([(r * math.cos(a), r * math.sin(a)) for a in (math.pi / 3 * i for i in range(6))])
    return (f"M{cx - r:.1f},{cy:.1f} a{r:.1f},{r:.1f} 0 1,0 {2 * r:.1f},0 "
            f"a{r:.1f},{r:.1f} 0 1,0 {-2 * r:.1f},0 Z")


# ------------------------------------------------------------------ records

@dataclass(frozen=True)
class Style:
    """How one stance looks: its colour class (by position on the topic's scale) and shape."""

    topic: str
    stance: str  # "" = no stance recorded
    label: str
    css: str  # "s0" … "s5", "none"
    shape: str
    swatch: str  # the shape's path centred in a SWATCH × SWATCH box


@dataclass(frozen=True)
class Mark:
    """One statement (or, aggregated, the statements of one period and stance) on a lane."""

    x: float
    y: float
    d: str  # path of the shape
    style: Style
    href: str
    date: PartialDate
    date_label: str
    speaker_name: str
    words: str  # the first words of the statement ("" when aggregated)
    count: int = 1  # > 1: an aggregate of this many statements
    quotes: tuple[str, ...] = ()
    shift_kind: str = ""  # the shift this statement completes ("softened" …), if any
    shift_status: str = ""  # its verdict: "confirmed" / "candidate"


@dataclass(frozen=True)
class Segment:
    """The join between two consecutive stances of a lane."""

    x1: float
    y1: float
    x2: float
    y2: float
    kind: str  # "held" (same stance), "move" (a change the timeline did not flag), or the shift's kind
    status: str  # "" for held/move, else "confirmed" / "candidate"


@dataclass(frozen=True)
class Row:
    """A stance's row inside a lane (a faint guide line)."""

    y: float
    style: Style


@dataclass(frozen=True)
class LabelLine:
    y: float  # baseline
    text: str
    speaker: bool  # a line of the speaker's name (several figures), not of the topic


@dataclass(frozen=True)
class Lane:
    id: str  # topic id, or "speaker/topic" with several figures
    topic: str
    topic_label: str
    speaker: str
    speaker_name: str  # "" when the chart follows one figure (the lane is just the topic)
    top: float
    height: float
    rows: list[Row]
    marks: list[Mark]
    segments: list[Segment]
    label_lines: list[LabelLine]  # the wrapped lane label
    # the whole label when `label_lines` had to cut it ("" when they show it all): its tooltip; the
    # plot's lane group names the lane in full for assistive technology either way
    label_title: str = ""

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Span:
    """One vertical stretch of an era's shading: the lanes of its topic that lie together."""

    y: float
    height: float


@dataclass(frozen=True)
class Band:
    """An era, shaded behind its own topic's lanes only (an era is defined per topic in
    topics.yaml; shading every lane would date the other topics by it), with its label at the top
    of the first lane of its topic, inside its shading (a label rows away from its lane, above
    them all, was read as the whole chart's); an era listed under several topics keeps its label
    on a row above the lanes. `y`/`height` span all its lanes; `spans` are what is drawn."""

    label: str
    x: float
    w: float
    y: float
    height: float
    label_x: float
    label_y: float
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Tick:
    year: int
    x: float
    y1: float
    y2: float
    label_y: float
    label: str  # "" when the year is too narrow for its label


@dataclass(frozen=True)
class Gap:
    """A year without any statement, drawn narrow and hatched so the axis is not read as even."""

    x: float
    w: float
    y: float
    height: float


@dataclass(frozen=True)
class LegendTopic:
    topic: str
    label: str
    styles: list[Style]


@dataclass(frozen=True)
class Chart:
    lanes: list[Lane] = field(default_factory=list)
    years: list[Tick] = field(default_factory=list)
    eras: list[Band] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    legend: list[LegendTopic] = field(default_factory=list)
    label_width: int = LABEL_W
    width: int = 0  # of the plot
    height: int = 0
    first_year: int = 0
    last_year: int = 0
    aggregated: str = ""  # "", "month", "quarter" or "year": the period one mark stands for
    total: int = 0  # statements drawn
    mark_r: int = MARK_R
    swatch: int = SWATCH
    key_w: int = KEY_W  # the line keys of the legend (held / shift), drawn from 0 to key_w at swatch / 2
    key_y: float = SWATCH / 2
    none_swatch: str = ""  # the legend's "no stance recorded" mark
    hatch: int = HATCH
    hatch_path: str = f"M-1,1 L1,-1 M0,{HATCH} L{HATCH},0 M{HATCH - 1},{HATCH + 1} L{HATCH + 1},{HATCH - 1}"
    label_x: int = LABEL_X
    labels_inside: bool = False  # the narrow layout: lane labels above their lanes, inside the plot
    variant: str = "wide"
    narrow: Chart | None = None  # the same chart laid out for phones (shown below 600 px by the CSS)
    figures: list[str] = field(default_factory=list)  # display names of the figures followed


# ------------------------------------------------------------------ building

def styles(topic: Topic) -> dict[str, Style]:
    """Each stance of a topic with its colour and shape, hardest line first (by rank);
    the key "" is the look of a statement on the topic with no stance recorded."""
    out: dict[str, Style] = {}
    c = SWATCH / 2
    ordered = sorted(topic.stances, key=lambda s: (s.rank, s.id))
    for i, s in enumerate(ordered):
        shape = SHAPES[i % len(SHAPES)]
        out[s.id] = Style(topic.id, s.id, s.label, f"s{i % len(SHAPES)}", shape, shape_path(shape, c, c, MARK_R))
    out[""] = Style(topic.id, "", "", "none", "circle", shape_path("circle", c, c, MARK_R * 0.6))
    return out


def default_figures(statements: Sequence[QuoteView]) -> list[str]:
    """With no `figures` configured, the chart follows the most quoted identified speaker."""
    counts: dict[str, int] = defaultdict(int)
    for v in statements:
        if v.q.speaker != "unknown":
            counts[v.q.speaker] += 1
    if not counts:
        return []
    return [min(counts, key=lambda s: (-counts[s], s))]


def speakers_on(statements: Sequence[QuoteView], first: Sequence[str], limit: int = 6) -> list[str]:
    """Who a topic page's chart follows: the followed figures that spoke on it, then the other
    identified speakers by number of statements (at most `limit` in all), so a topic page shows
    every side's position, not only the figure's."""
    counts: dict[str, int] = defaultdict(int)
    for v in statements:
        if v.q.speaker != "unknown":
            counts[v.q.speaker] += 1
    ordered = [s for s in first if s in counts] + sorted((s for s in counts if s not in first),
                                                          key=lambda s: (-counts[s], s))
    return ordered[:limit]


def first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def _wrap(text: str, width: int) -> list[str]:
    """Words on lines of at most `width` characters; a word longer than a line is cut there ("…"),
    as the label column would clip it unseen."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(_cut(word, width))
    return lines or [""]


def _cut(text: str, width: int) -> str:
    """`text` in at most `width` characters, its end replaced by "…" when it is longer."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _lane_label(who: list[str], topic: list[str]) -> tuple[list[str], int]:
    """A wide lane's label lines, the speaker's (`who`, counted in the result) then the topic's, at
    most LABEL_LINES: long bilingual labels ("Oléoduc Laurentien / Laurentian pipeline") wrapped
    onto more lines than the lane had room for and ran into the next lane's label. Beyond that
    many, the last line shown ends in "…"."""
    lines = who + topic
    if len(lines) <= LABEL_LINES:
        return lines, len(who)
    kept = lines[:LABEL_LINES]
    last = kept[-1].removesuffix("…")
    kept[-1] = (last if len(last) < LABEL_CHARS else last[: LABEL_CHARS - 2].rstrip()) + "…"
    return kept, min(len(who), LABEL_LINES)


def _period(d: PartialDate, grain: str) -> tuple[int, int]:
    if grain == "year" or d.month is None:
        return (d.year, 0)
    if grain == "quarter":
        return (d.year, (d.month - 1) // 3 * 3 + 1)
    return (d.year, d.month)


def _coarser(month: tuple[int, int], grain: str) -> tuple[int, int]:
    """`_period` of a date at `grain` from its month's period (`_period(d, "month")`: (year, 0) without a month)."""
    year, m = month
    return (year, 0) if grain == "year" or not m else (year, (m - 1) // 3 * 3 + 1)


def _axis(busy: set[int], y0: int, y1: int) -> list[tuple[int, int]]:
    """The time axis's slots, (first year, year after) in order: each year that holds statements and each
    year of a short run without any, alone; a run of more than GAP_RUN years without statements, one slot.
    As many slots as busy years and runs between them, whatever the span of the dates."""
    out: list[tuple[int, int]] = []
    ys = sorted(y for y in busy if y0 <= y < y1)
    for a, b in itertools.pairwise([*ys, y1]):
        out.append((a, a + 1))
        if b - a - 1 > GAP_RUN:
            out.append((a + 1, b))
        else:
            out.extend((y, y + 1) for y in range(a + 1, b))
    return out


def _dodge(xs: list[float], lo: float, hi: float, gap: float) -> list[float]:
    """Positions of sorted marks moved apart so that no two are closer than `gap`, kept inside
    [lo, hi]; same-day statements become a short row of marks instead of one hiding the rest."""
    out: list[float] = []
    for x in xs:
        out.append(max(x, out[-1] + gap) if out else max(x, lo))
    for i in range(len(out) - 1, -1, -1):  # pushed past the end: slide back left
        limit = hi if i == len(out) - 1 else out[i + 1] - gap
        out[i] = min(out[i], limit)
    return out


def lanes(statements: Sequence[QuoteView], topics: Sequence[Topic], *, figures: Sequence[str] = (),
          names: Mapping[str, str] | None = None, shifts: Sequence[Shift] = (),
          href: Callable[[QuoteView], str] = lambda v: f"#q-{v.id}",
          period_href: Callable[[int, int], str] = lambda y, m: f"#h-y{y}" + (f"-{m:02d}" if m else ""),
          max_marks: int | None = None, date_text: Callable[[PartialDate], str] = PartialDate.label) -> Chart:
    """The chart for `statements` (timeline-ordered quote views; one report per statement is
    drawn): lanes per topic of the followed figures, or per (figure, topic) when there are
    several. With `max_marks`, marks are folded per period until at most that many remain.
    An empty Chart (no lanes) when no figure has a statement on a topic."""
    names = names or {}
    follow = list(figures) or default_figures(statements)
    several = len(follow) > 1
    looks = {t.id: styles(t) for t in topics}
    drawn = [v for v in statements if v.statement == v.id and v.q.speaker in follow]
    by_lane: dict[tuple[str, str], list[QuoteView]] = defaultdict(list)
    for v in drawn:
        for t in v.q.topics:
            if t in looks:
                by_lane[(v.q.speaker if several else "", t)].append(v)
    if not by_lane:
        return Chart()
    keys = [(s if several else "", t.id) for s in (follow if several else [""]) for t in topics
            if (s if several else "", t.id) in by_lane]
    total_marks = sum(len(by_lane[k]) for k in keys)
    grain = ""
    if max_marks is not None and total_marks > max_marks:
        # each lane's (month, stance) pairs made once: a quarter and a year are functions of the month
        # (`_coarser`), so the coarser grains count the pairs, not the lane's statements again
        months = [{(_period(v.date.date, "month"), v.q.stance.get(t, "")) for v in by_lane[(s, t)]} for s, t in keys]
        for grain in ("month", "quarter", "year"):
            n = sum(len(pairs) if grain == "month" else len({(_coarser(per, grain), st) for per, st in pairs})
                    for pairs in months)
            if n <= max_marks:
                break

    # each lane's marks grouped once for both widths (the grouping does not depend on the width)
    grouped = {k: _groups(by_lane[k], k[1], looks[k[1]], grain) for k in keys}
    wide = _layout(keys, by_lane, grouped, topics, looks, shifts, names, follow, grain, href, period_href, PLOT_W,
                   False, date_text)
    return dataclasses.replace(wide, narrow=_layout(keys, by_lane, grouped, topics, looks, shifts, names, follow,
                                                     grain, href, period_href, NARROW_W, True, date_text))


def _layout(keys: list[tuple[str, str]], by_lane: Mapping[tuple[str, str], list[QuoteView]],
            grouped: Mapping[tuple[str, str], list[_Group]], topics: Sequence[Topic],
            looks: Mapping[str, Mapping[str, Style]], shifts: Sequence[Shift],
            names: Mapping[str, str], follow: list[str], grain: str, href: Callable[[QuoteView], str],
            period_href: Callable[[int, int], str], plot_w: int, labels_inside: bool,
            date_text: Callable[[PartialDate], str] = PartialDate.label) -> Chart:
    """The geometry at one plot width: the wide chart has a label column beside the plot; the
    narrow one (phones) writes each lane's label on a line of its own above the lane."""
    several = any(s for s, _ in keys)
    gap_year = GAP_YEAR_NARROW if labels_inside else GAP_YEAR
    dates = [v.date.date for k in keys for v in by_lane[k]]
    y0 = min(d.year for d in dates)
    y1 = max((v.date.end or v.date.date).year for k in keys for v in by_lane[k]) + 1
    busy = {d.year for d in dates}
    # A year without a statement is drawn narrow (a gap), so the years that hold statements get the room;
    # a run of more than GAP_RUN such years is one gap (`_axis`), so the chart grows with the years that
    # hold statements, never with the span between them (a typo'd 9999 drew 7,975 years: 3 MB pages).
    slots = _axis(busy, y0, y1)
    n_busy = len(busy)
    full = (plot_w - 2 * PAD_X - (len(slots) - n_busy) * gap_year) / n_busy
    starts: dict[int, float] = {}  # the first year of each slot → where it starts, and its width
    widths: dict[int, float] = {}
    ends: dict[int, int] = {}  # … and the year after it
    at = float(PAD_X)
    for first, after in slots:
        starts[first], widths[first], ends[first] = at, (full if first in busy else gap_year), after
        at += widths[first]
    firsts = sorted(starts)
    x_lo, x_hi = PAD_X, plot_w - PAD_X

    def x_of(d: PartialDate) -> float:
        """A partial date sits in the middle of its month or year (in a gap of several years, in its share)."""
        if d.year < y0:
            return x_lo
        if d.year >= y1:
            return x_hi
        first = firsts[bisect_right(firsts, d.year) - 1]
        frac = 0.5 if d.month is None else (d.month - 1) / 12 + ((d.day or 15) - 1) / 31 / 12
        return starts[first] + (d.year - first + frac) / (ends[first] - first) * widths[first]

    topic_by_id = {t.id: t for t in topics}
    shown = {tid for _, tid in keys}  # an era of a topic without a lane here is not drawn at all
    era_list, era_rows, own_rows = _eras([t for t in topics if t.id in shown], y0, y1, x_of, x_lo, x_hi)
    top = era_rows * ERA_ROW + (ERA_GAP if era_rows else 0)
    striped: set[str] = set()  # the topics whose first lane holds their eras' labels
    leaving: dict[str, list[tuple[str, Shift]]] = defaultdict(list)  # each live shift, by the quote it leaves
    for (from_id, to_id), s in {(s.from_id, s.to_id): s for s in shifts if s.status != "dismissed"}.items():
        leaving[from_id].append((to_id, s))
    shift_into = {s.to_id: s for s in shifts if s.status != "dismissed" and s.kind != "held"}

    out: list[Lane] = []
    for speaker, tid in keys:
        topic = topic_by_id[tid]
        look = looks[tid]
        ranked = [s for s in look if s]
        vs = by_lane[(speaker, tid)]
        has_none = any(v.q.stance.get(tid, "") not in look or not v.q.stance.get(tid) for v in vs)
        row_keys = list(reversed(ranked)) + ([""] if has_none or not ranked else [])
        speaker_name = names.get(speaker, speaker) if several else ""
        full_label = f"{speaker_name} · {topic.label}" if several else topic.label
        if labels_inside:  # one line above the lane: the name as it is, the topic cut to the room left
            text, n_who = [_cut(topic.label, max(NARROW_CHARS - (len(speaker_name) + 3 if several else 0), 8))], 0
            cut = text[0] != topic.label
        else:
            text, n_who = _lane_label(_wrap(speaker_name, LABEL_CHARS) if several else [],
                                      _wrap(topic.label, LABEL_CHARS))
            cut = " ".join(text) != " ".join(f"{speaker_name} {topic.label}".split())  # wrapping alone keeps every word
        # the label's lines fit inside the lane: it grows to hold them (a one- or two-line label fits LANE_MIN)
        height = max(LANE_MIN, 2 * (LANE_PAD + MARK_R) + (len(row_keys) - 1) * ROW_H,
                     0 if labels_inside else (len(text) - 1) * LABEL_LINE + 2 * LANE_PAD)
        head = LANE_LABEL_H if labels_inside else 0
        # the labels of the eras of this topic alone: rows of their own at the top of its first lane,
        # below its label line (narrow), above its marks, so they are read with the lane they date
        strip = own_rows.get(tid, 0) if tid not in striped else 0
        striped.add(tid)
        for e in era_list:
            if e.own == tid and strip:
                e.label_y = round(top + head + e.row * ERA_ROW + ERA_BASE, 1)
        head += strip * ERA_ROW
        body = height
        first_row = top + head + (height - (len(row_keys) - 1) * ROW_H) / 2
        height += head
        row_y = {k: round(first_row + i * ROW_H, 1) for i, k in enumerate(row_keys)}
        marks = _place(grouped[(speaker, tid)], tid, look, row_y, x_of, x_lo, x_hi, href, period_href, names, shift_into, grain,
                       date_text)
        segments = _segments(marks, leaving)
        if labels_inside:
            label_lines = ([LabelLine(top + LANE_LABEL_BASE, speaker_name + " · ", True)] if several else []) + \
                [LabelLine(top + LANE_LABEL_BASE, text[0], False)]
        else:
            base = top + head + body / 2 - (len(text) - 1) * LABEL_LINE / 2 + LABEL_DROP
            label_lines = [LabelLine(round(base + i * LABEL_LINE, 1), line, i < n_who)
                           for i, line in enumerate(text)]
        out.append(Lane(f"{speaker}/{tid}" if several else tid, tid, topic.label, speaker, speaker_name,
                        top, height, [Row(row_y[k], look[k]) for k in row_keys], marks, segments, label_lines,
                        full_label if cut else ""))
        top += height
    height = math.ceil(top + AXIS_H)
    eras = []
    for e in era_list:
        spans: list[Span] = []
        for lane in out:
            if lane.topic not in e.topics:
                continue
            if spans and abs(spans[-1].y + spans[-1].height - lane.top) < 0.05:  # adjoining lanes: one stretch
                spans[-1] = Span(spans[-1].y, round(spans[-1].height + lane.height, 1))
            else:
                spans.append(Span(round(lane.top, 1), round(lane.height, 1)))
        eras.append(Band(e.label, e.x, e.w, spans[0].y, round(spans[-1].y + spans[-1].height - spans[0].y, 1),
                         e.label_x, e.label_y, tuple(spans)))
    years = []
    last_label = -math.inf
    for y in firsts:  # a year label that would touch the one before it is left out (and a long gap's)
        show = starts[y] - last_label >= YEAR_LABEL_W and ends[y] - y == 1
        last_label = starts[y] if show else last_label
        years.append(Tick(y, round(starts[y], 1), era_rows * ERA_ROW, top + TICK_DROP, top + YEAR_DROP,
                          str(y) if show else ""))
    gaps = [Gap(round(starts[y], 1), round(widths[y], 1), era_rows * ERA_ROW, top - era_rows * ERA_ROW)
            for y in firsts if y not in busy]
    legend = [LegendTopic(t.id, t.label, [s for k, s in looks[t.id].items() if k]) for t in topics
              if any(k[1] == t.id for k in keys) and t.stances]
    return Chart(out, years, eras, gaps, legend, 0 if labels_inside else LABEL_W, plot_w, height, y0, y1 - 1, grain,
                 sum(m.count for lane in out for m in lane.marks),
                 figures=[names.get(s, s) for s in follow],
                 none_swatch=shape_path("circle", SWATCH / 2, SWATCH / 2, MARK_R * 0.6),
                 labels_inside=labels_inside, variant="narrow" if labels_inside else "wide")


@dataclass
class _Group:
    stance: str
    date: PartialDate
    views: list[QuoteView]
    # what its mark shows whatever the width (`Mark`'s href, date label, speaker name, words, count, quotes,
    # shift kind and status): made by the first of the two layouts (`_place`), taken by the second
    shown: tuple[str, str, str, str, int, tuple[str, ...], str, str] | None = None


def _groups(vs: list[QuoteView], tid: str, look: Mapping[str, Style], grain: str) -> list[_Group]:
    if not grain:
        return [_Group(v.q.stance.get(tid, "") if v.q.stance.get(tid, "") in look else "", v.date.date, [v])
                for v in vs]
    buckets: dict[tuple[tuple[int, int], str], _Group] = {}
    for v in vs:
        st = v.q.stance.get(tid, "")
        st = st if st in look else ""
        per = _period(v.date.date, grain)
        g = buckets.get((per, st))
        if g is None:
            y, m = per
            buckets[(per, st)] = _Group(st, PartialDate(y, m or None), [v])
        else:
            g.views.append(v)
    return list(buckets.values())


def _place(groups: list[_Group], tid: str, look: Mapping[str, Style], row_y: Mapping[str, float],
           x_of: Callable[[PartialDate], float], lo: float, hi: float, href: Callable[[QuoteView], str],
           period_href: Callable[[int, int], str], names: Mapping[str, str], shift_into: Mapping[str, Shift],
           grain: str, date_text: Callable[[PartialDate], str] = PartialDate.label) -> list[Mark]:
    """Marks of one lane, moved apart in time order, returned in time order.

    The whole lane is moved apart at once, not each row on its own: the line joins the marks in
    the order of their x, so a mark of one row pushed right by its crowded row must never pass a
    later mark of another row (a same-day shift, "amend" then "support" on one day, was drawn
    backwards and its confirmed segment lost)."""
    marks: list[Mark] = []
    gs = sorted(groups, key=lambda g: g.date.sort_key())  # stable: same-day groups keep timeline order
    r_max = max((_radius(len(g.views)) for g in gs), default=MARK_R)
    xs = _dodge([x_of(g.date) for g in gs], lo, hi, MARK_GAP + 2 * (r_max - MARK_R))
    for g, x in zip(gs, xs, strict=True):
        stance = g.stance
        r = _radius(len(g.views)) if grain else MARK_R
        style = look[stance]
        y = row_y[stance]
        shown = g.shown
        if shown is None:
            v = g.views[0]
            sh = shift_into.get(v.id) if not grain else None
            if grain:
                # the timeline's month of the group's earliest statement: a quarter's first month may hold none
                first = g.views[0].date.date
                link = period_href(first.year, 0 if grain == "year" else first.month or 0)
                label = date_text(g.date) if grain == "month" or g.date.month is None else \
                    f"{date_text(PartialDate(g.date.year, g.date.month))} – " \
                    f"{date_text(PartialDate(g.date.year, min(12, (g.date.month or 1) + 2)))}"
                words = ""
            else:
                link, label, words = href(v), v.date_label, first_words(v.q.text)
            shown = g.shown = (link, label, v.speaker_name or names.get(v.q.speaker, v.q.speaker), words, len(g.views),
                               tuple(w.id for w in g.views), sh.kind if sh else "", sh.status if sh else "")
        shape_r = r if style.stance else r * 0.6
        at = round(x, 1)
        marks.append(Mark(at, y, shape_path(style.shape, at, y, shape_r), style, shown[0], g.date, *shown[1:]))
    return marks  # in time order, and so in the order of x (`_dodge` keeps it)


def _radius(count: int) -> float:
    return min(AGG_R_MAX, MARK_R + math.log2(count)) if count > 1 else MARK_R


def _segments(marks: list[Mark], leaving: Mapping[str, list[tuple[str, Shift]]]) -> list[Segment]:
    """Consecutive stanced marks joined: flat when held, a slope when the stance moved, with the
    verdict of the shift between them (any shift from one mark's statements to the next's).
    `leaving`: the live shifts by the quote they leave, (quote they lead to, shift)."""
    stanced = [m for m in marks if m.style.stance]
    out = []
    for a, b in itertools.pairwise(stanced):
        # the shifts from a's quotes to b's in the order of a's, then b's: a folded mark holds hundreds of
        # statements, and every pair of two neighbours' was looked up (a sixth of the listings' charts)
        place = {t: i for i, t in enumerate(b.quotes)}
        found = [s for f in a.quotes if f in leaving
                 for _, s in sorted([(place[t], s) for t, s in leaving[f] if t in place], key=itemgetter(0))]
        moved = [s for s in found if s.kind != "held"]
        kind: str
        status: str
        if moved:
            kind = moved[0].kind
            status = "confirmed" if any(s.confirmed for s in moved) else "candidate"
        else:
            kind, status = ("held" if a.style.stance == b.style.stance else "move"), ""
        out.append(Segment(a.x, a.y, b.x, b.y, kind, status))
    return out


@dataclass
class _Era:
    label: str
    x: float
    w: float
    label_x: float
    row: int
    topics: list[str]  # the topics it is an era of (one id may be listed under several)
    width: float = 0.0  # of its label
    own: str = ""  # the one topic it is an era of, whose lane holds its label ("": several, above the lanes)
    y: float = 0.0  # top of the band: below every row of era labels
    label_y: float = 0.0


def _eras(topics: Sequence[Topic], y0: int, y1: int, x_of: Callable[[PartialDate], float],
          lo: float, hi: float) -> tuple[list[_Era], int, dict[str, int]]:
    """Era bands inside the years shown, each label on the first row where it overlaps no other:
    (eras, the rows above the lanes for the eras of several topics, the rows each topic's lane
    needs for the eras of that topic alone). Deterministic: topics in their order, eras by start."""
    out: list[_Era] = []
    seen: dict[str, _Era] = {}
    for t in topics:
        for e in sorted(t.eras, key=lambda e: e.start.sort_key()):
            if e.id in seen:
                seen[e.id].topics.append(t.id)
                continue
            if e.start.year >= y1 or (e.end or e.start).year < y0:
                continue
            start = max(x_of(PartialDate(e.start.year, e.start.month or 1, e.start.day or 1)), lo)
            end_d = e.end or PartialDate(min(y1, e.start.year + 1), e.start.month)
            end = min(x_of(PartialDate(end_d.year, end_d.month or 12, end_d.day or 28)), hi)
            label_x = start + TEXT_NUDGE
            width = len(e.label) * TEXT_CHAR
            if label_x + width > hi:  # a label near the end runs leftwards from its band's end
                label_x = max(lo, hi - width)
            out.append(_Era(e.label, round(start, 1), round(max(4.0, end - start), 1), round(label_x, 1), 0,
                            [t.id], width))
            seen[e.id] = out[-1]
    ends: dict[str, list[float]] = defaultdict(list)  # per topic ("": above the lanes), per row: where its last label ends
    for band in out:
        band.own = band.topics[0] if len(set(band.topics)) == 1 else ""
        rows = ends[band.own]
        band.row = next((i for i, edge in enumerate(rows) if edge < band.label_x), len(rows))
        if band.row == len(rows):
            rows.append(0.0)
        rows[band.row] = band.label_x + band.width + 8
    shared = len(ends.get("", []))
    for band in out:
        band.y = shared * ERA_ROW
        if not band.own:
            band.label_y = band.row * ERA_ROW + ERA_BASE
    return out, shared, {tid: len(rows) for tid, rows in ends.items() if tid}


def followed(site: Site, views: Views) -> list[str]:
    """The speaker ids the charts follow: `[tool.dateline] figures`, else the most quoted speaker."""
    figures: Sequence[str] = getattr(site.config, "figures", ()) or ()
    return list(figures) or default_figures(views.ordered())


def lane_chart(site: Site, views: Views, max_marks: int | None = None,
               statements: Sequence[QuoteView] | None = None, topics: Sequence[Topic] | None = None,
               figures: Sequence[str] | None = None, href: Callable[[QuoteView], str] | None = None,
               period_href: Callable[[int, int], str] | None = None) -> Chart:
    """A page's chart: by default the overview's (every statement of the followed figures on
    every topic), linked to the cards on the same page; a topic or speaker page narrows it.
    `href`/`period_href` (see `lanes`) point the marks at cards on other pages."""
    links: dict[str, Any] = {}
    if href is not None:
        links["href"] = href
    if period_href is not None:
        links["period_href"] = period_href
    return lanes(views.ordered() if statements is None else statements,
                 site.data.topics if topics is None else topics,
                 figures=followed(site, views) if figures is None else figures,
                 names=views.speaker_names, shifts=site.shifts, max_marks=max_marks, date_text=views.ui.date, **links)
