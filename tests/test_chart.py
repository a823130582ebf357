"""The overview chart's geometry: inside its margins, one lane per topic, eras clipped to the years shown."""

from __future__ import annotations

import dataclasses
import re

from dateline import chart, render
from dateline.model import Links, Site
from dateline.views import Views


def test_dots_ticks_and_eras_stay_inside_the_time_axis(golden_site: Site) -> None:
    c = chart.lane_chart(golden_site, Views(golden_site))
    assert [lane.id for lane in c.lanes] == [t.id for t in golden_site.data.topics]
    assert [lane.y for lane in c.lanes] == [chart.LANE_TOP + i * chart.LANE_HEIGHT for i in range(len(c.lanes))]
    assert c.height == chart.HEIGHT_EXTRA + len(c.lanes) * chart.LANE_HEIGHT and c.width == chart.WIDTH
    assert sum(len(lane.dots) for lane in c.lanes) > 0
    for lane in c.lanes:
        assert all(chart.LEFT <= d.x <= chart.WIDTH - chart.RIGHT for d in lane.dots)
    years = [t.year for t in c.years]
    assert years == sorted(years) and c.years[0].x == chart.LEFT
    for band in c.eras:
        assert band.x >= chart.LEFT and band.x + band.w <= chart.WIDTH - chart.RIGHT and band.w >= 4
        assert band.y + band.height == c.height - chart.BOTTOM


def test_no_statement_no_chart(golden_site: Site) -> None:
    empty = dataclasses.replace(golden_site, quotes=[], links=Links(), shifts=[])
    c = chart.lane_chart(empty, Views(empty))
    assert c.lanes == [] and c.width == 0


def test_the_template_holds_no_chart_geometry() -> None:
    text = (render.THEME / "templates" / "index.html").read_text(encoding="utf-8")
    svg = text[text.index("<svg"):text.index("</svg>")]
    inside = re.sub(r'viewBox="0 0 ', "", svg)
    assert not re.search(r'="-?\d', inside), "a number in the SVG template: compute it in chart.py"
    assert not re.search(r"\{\{[^}]*\s[-+*/]\s*\d", inside), "arithmetic in the SVG template"
