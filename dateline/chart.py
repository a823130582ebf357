"""The position chart's geometry: one lane per topic, a dot per statement, eras shaded.

Every coordinate of the static SVG is computed here, from one set of margins, so the
template only prints numbers and a layout change is made in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.model import PartialDate, Site
from dateline.views import Views

WIDTH = 760  # viewBox width
LEFT = 150  # where the time axis starts: the lane labels sit left of it
RIGHT = 10  # margin right of the last date
LABEL_X = 4  # lane labels
LANE_TOP = 30  # y of the first lane
LANE_HEIGHT = 28
BOTTOM = 10  # below the last lane to the foot of the ticks …
HEIGHT_EXTRA = 40  # … and the total height beyond the lanes (room for the year labels)
ERA_TOP = 14
ERA_LABEL_Y = 11
TICK_TOP = 16
TEXT_NUDGE = 2  # labels sit this far right of their tick or band
LANE_TEXT_DROP = 4  # a lane label's baseline below its line
DOT_RADIUS = 5


@dataclass(frozen=True)
class Dot:
    x: float
    stance: str  # "" when the statement carries no stance on the lane's topic


@dataclass(frozen=True)
class Lane:
    id: str
    label: str
    y: int
    dots: list[Dot]
    label_x: int = LABEL_X
    x1: int = LEFT
    x2: int = WIDTH - RIGHT
    radius: int = DOT_RADIUS

    @property
    def label_y(self) -> int:
        return self.y + LANE_TEXT_DROP


@dataclass(frozen=True)
class Band:
    """An era, shaded behind the lanes."""

    label: str
    x: float
    w: float
    y: int
    height: int
    label_x: float
    label_y: int = ERA_LABEL_Y


@dataclass(frozen=True)
class Tick:
    year: int
    x: float
    y1: int
    y2: int
    label_x: float
    label_y: int


@dataclass(frozen=True)
class Chart:
    lanes: list[Lane] = field(default_factory=list)
    years: list[Tick] = field(default_factory=list)
    eras: list[Band] = field(default_factory=list)
    width: int = 0
    height: int = 0


def lane_chart(site: Site, views: Views) -> Chart:
    """Geometry for the overview's SVG; an empty Chart (no lanes) when there is no statement."""
    qs = list(views.quotes.values())
    if not qs:
        return Chart()
    y0 = min(v.date.date.year for v in qs)
    y1 = max(v.date.date.year for v in qs) + 1
    span = max(1, y1 - y0)

    def x(d: PartialDate) -> float:
        frac = ((d.month or 1) - 1) / 12 + ((d.day or 1) - 1) / 365
        return round(LEFT + (d.year - y0 + frac) / span * (WIDTH - LEFT - RIGHT), 1)

    lanes = []
    for i, t in enumerate(site.data.topics):
        dots = [Dot(x(v.date.date), v.q.stance.get(t.id, ""))
                for v in qs if t.id in v.q.topics and v.statement == v.id]
        lanes.append(Lane(t.id, t.label, LANE_TOP + i * LANE_HEIGHT, dots))
    height = HEIGHT_EXTRA + len(lanes) * LANE_HEIGHT
    eras = []
    seen = set()
    for t in site.data.topics:
        for e in t.eras:
            if e.id in seen or e.start.year >= y1 or (e.end or e.start).year < y0:
                continue
            seen.add(e.id)
            start = max(x(e.start), LEFT)
            end_d = e.end or PartialDate(min(y1, e.start.year + 1), e.start.month)
            eras.append(Band(e.label, start, max(4.0, min(x(end_d), WIDTH - RIGHT) - start), ERA_TOP,
                             height - ERA_TOP - BOTTOM, start + TEXT_NUDGE))
    years = [Tick(y, x(PartialDate(y)), TICK_TOP, height - BOTTOM, x(PartialDate(y)) + TEXT_NUDGE, height - 1)
             for y in range(y0, y1)]  # labels sit right of their tick
    return Chart(lanes, years, eras, WIDTH, height)
