"""The position chart's geometry: lanes per (figure and) topic, stances by rank, marks apart, eras in range."""

from __future__ import annotations

import dataclasses
import itertools
import re

from dateline import chart, render, timeline
from dateline.model import Era, Links, PartialDate, Site
from dateline.views import Views


def test_lanes_rows_and_marks_stay_inside_the_plot(golden_site: Site) -> None:
    c = chart.lane_chart(golden_site, Views(golden_site))
    topic_order = [t.id for t in golden_site.data.topics]
    assert c.lanes and [lane.id for lane in c.lanes] == [t for t in topic_order if t in {la.id for la in c.lanes}]
    assert c.width == chart.PLOT_W and c.height > c.lanes[-1].bottom
    for lane in c.lanes:
        assert all(chart.PAD_X <= m.x <= chart.PLOT_W - chart.PAD_X for m in lane.marks)
        assert all(lane.top < m.y < lane.bottom for m in lane.marks)
        # rows follow the stances' ranks: the hardest line lowest
        topic = next(t for t in golden_site.data.topics if t.id == lane.topic)
        ranked = [s.id for s in sorted(topic.stances, key=lambda s: (s.rank, s.id))]
        ys = [r.y for r in lane.rows if r.style.stance]
        assert [r.style.stance for r in lane.rows if r.style.stance] == list(reversed(ranked))
        assert ys == sorted(ys)
    assert c.narrow is not None and c.narrow.width == chart.NARROW_W and c.narrow.labels_inside
    for lane in c.narrow.lanes:
        assert all(chart.PAD_X <= m.x <= chart.NARROW_W - chart.PAD_X for m in lane.marks)
        assert all(lane.top + chart.LANE_LABEL_H < m.y < lane.bottom for m in lane.marks)
        rows = {}
        for m in lane.marks:  # marks on one row stay apart in the narrow layout too
            rows.setdefault(m.y, []).append(m.x)
        assert all(b - a >= chart.MARK_GAP - 0.2 for xs in rows.values() for a, b in itertools.pairwise(sorted(xs)))
    years = [t.year for t in c.years]
    assert years == list(range(c.first_year, c.last_year + 1))
    for band in c.eras:
        assert band.x >= chart.PAD_X and band.x + band.w <= chart.PLOT_W - chart.PAD_X + 0.1 and band.w >= 4


def test_same_day_marks_are_moved_apart_never_drawn_over_each_other() -> None:
    xs = chart._dodge([100.0, 100.0, 100.0, 100.0, 790.0, 790.0], 18, 782, chart.MARK_GAP)
    assert all(b - a >= chart.MARK_GAP - 1e-9 for a, b in itertools.pairwise(xs))
    assert xs[0] == 100.0 and max(xs) <= 782


def test_each_stance_of_a_topic_has_its_own_shape_and_colour(golden_site: Site) -> None:
    for topic in golden_site.data.topics:
        looks = [s for k, s in chart.styles(topic).items() if k]
        assert [s.label for s in looks] == [s.label for s in sorted(topic.stances, key=lambda s: (s.rank, s.id))]
        assert len({s.shape for s in looks}) == len(looks) and len({s.css for s in looks}) == len(looks)


def test_max_marks_folds_marks_per_period(design_site: Site) -> None:
    views = Views(design_site)
    full = chart.lane_chart(design_site, views)
    n = sum(len(lane.marks) for lane in full.lanes)
    folded = chart.lane_chart(design_site, views, max_marks=max(1, n - 1))
    assert folded.aggregated in ("month", "quarter", "year")
    assert sum(len(lane.marks) for lane in folded.lanes) < n
    assert folded.total == full.total, "every statement is still counted"
    anchors = {f"#h-y{y}" for y, _ in timeline.group(views.ordered(), lambda v: v.date.date)} | {
        f"#h-{m.anchor}" for _, months in timeline.group(views.ordered(), lambda v: v.date.date) for m in months}
    for grain_marks in (4, 2, 1):  # month, quarter, year: each folded mark links to a heading that exists
        c = chart.lane_chart(design_site, views, max_marks=grain_marks)
        assert all(m.href in anchors for lane in c.lanes for m in lane.marks if m.count > 1), c.aggregated


def test_a_coarser_period_is_the_one_of_its_month() -> None:
    """`lanes` counts the quarters and years of a lane from its (month, stance) pairs: each is the period
    `_period` gives the date itself (a date without a month has one period at every grain)."""
    dates = [PartialDate(2019, m, d) for m in range(1, 13) for d in (None, 1, 28)] + [PartialDate(2019), PartialDate(1987)]
    for d in dates:
        for grain in ("quarter", "year"):
            assert chart._coarser(chart._period(d, "month"), grain) == chart._period(d, grain), (d, grain)
    assert chart._coarser((2019, 0), "quarter") == (2019, 0) and chart._coarser((2019, 5), "quarter") == (2019, 4)


def test_both_layouts_of_a_folded_chart_show_the_same_marks(design_site: Site) -> None:
    """The narrow layout takes each mark's width-free fields from the wide one's (a group's `shown`): the
    same links, labels, names, words, counts and quotes, in the same order, at the narrow plot's x."""
    views = Views(design_site)
    for max_marks in (None, 4, 2, 1):
        c = chart.lane_chart(design_site, views, max_marks=max_marks)
        assert c.narrow is not None
        for wide, narrow in zip(c.lanes, c.narrow.lanes, strict=True):
            fields = [(m.href, m.date, m.date_label, m.speaker_name, m.words, m.count, m.quotes, m.shift_kind,
                       m.shift_status, m.style) for m in wide.marks]
            assert fields == [(m.href, m.date, m.date_label, m.speaker_name, m.words, m.count, m.quotes, m.shift_kind,
                               m.shift_status, m.style) for m in narrow.marks], max_marks
            assert all(m.x <= chart.NARROW_W - chart.PAD_X for m in narrow.marks)
            assert any(a.x != b.x for a, b in zip(wide.marks, narrow.marks, strict=True)), "laid out at its own width"


def test_no_statement_no_chart(golden_site: Site) -> None:
    empty = dataclasses.replace(golden_site, quotes=[], links=Links(), shifts=[], positions=[], other_statements=[])
    c = chart.lane_chart(empty, Views(empty))
    assert c.lanes == [] and c.width == 0


def test_the_template_holds_no_chart_geometry() -> None:
    text = (render.THEME / "templates" / "chart.html").read_text(encoding="utf-8")
    inside = re.sub(r'viewBox="0 0 ', "", text)
    assert not re.search(r'="-?[1-9]', inside), "a number in the chart template: compute it in chart.py"
    assert not re.search(r"\{\{[^}]*\s[-+*/]\s*\d", inside), "arithmetic in the chart template"


def test_one_figure_by_default_lanes_per_figure_and_topic_with_several(design_site: Site) -> None:
    views = Views(design_site)
    one = chart.lane_chart(design_site, views)
    assert one.figures == ["Mara Voss"], "with no figures configured, the most quoted speaker"
    assert [lane.id for lane in one.lanes] == ["bridge", "budget", "housing"]
    assert all(m.speaker_name == "Mara Voss" for lane in one.lanes for m in lane.marks)
    two = chart.lanes(views.ordered(), design_site.data.topics, figures=["voss", "reyes"],
                      names=views.speaker_names, shifts=design_site.shifts)
    assert [lane.id for lane in two.lanes] == ["voss/bridge", "voss/budget", "voss/housing", "reyes/bridge"]
    assert two.lanes[-1].label_lines[0].speaker and two.lanes[-1].label_lines[0].text == "Tomas Reyes"
    tops = [lane.top for lane in two.lanes]
    assert tops == sorted(tops) and all(a.bottom <= b.top for a, b in itertools.pairwise(two.lanes))


def test_shifts_carry_their_verdict_and_held_lines_stay_flat(design_site: Site) -> None:
    c = chart.lane_chart(design_site, Views(design_site))
    bridge = c.lanes[0]
    kinds = [(s.kind, s.status) for s in bridge.segments]
    assert ("softened", "confirmed") in kinds and ("softened", "candidate") in kinds
    assert all(s.y1 == s.y2 for s in bridge.segments if s.kind == "held")
    assert all(s.y1 != s.y2 for s in bridge.segments if s.kind != "held")
    same_day = [m for m in bridge.marks if m.date.iso() == "2022-05-10"]
    assert len(same_day) == 4 and len({m.x for m in same_day}) == 4


def test_a_topic_chart_follows_every_identified_speaker_on_it_figures_first(design_site: Site) -> None:
    views = Views(design_site)
    on_bridge = [v for v in views.ordered() if "bridge" in v.q.topics]
    assert chart.speakers_on(on_bridge, ["voss"]) == ["voss", "reyes"]
    assert chart.speakers_on(on_bridge, ["reyes"]) == ["reyes", "voss"]
    assert chart.speakers_on(on_bridge, [], limit=1) == ["voss"]


def test_a_confirmed_shift_between_two_same_day_statements_is_drawn() -> None:
    """A crowded row ("amend" four days running) pushes its marks right; the "support" of the last of
    those days must still come after them, so the line runs amend → support with its confirmed verdict
    (it ran amend → support → amend and the confirmed segment was never drawn)."""
    from types import SimpleNamespace
    from typing import Any, cast

    from dateline.model import DateInfo, PartialDate, Shift, Stance, Topic
    levy = Topic("levy", "Harbour levy", stances=(Stance("oppose", "Oppose", rank=0),
                                                 Stance("amend", "Amend", rank=1), Stance("support", "Support", rank=2)))

    def view(qid: str, day: int, stance: str) -> Any:
        q = SimpleNamespace(speaker="okafor", topics=("levy",), stance={"levy": stance}, text=f"words {qid}")
        return SimpleNamespace(id=qid, statement=qid, q=q, date=DateInfo(PartialDate(2024, 8, day), "high", ""),
                               date_label=f"{day} August 2024", speaker_name="Chidi Okafor")
    views = [view("a17", 17, "amend"), view("a18", 18, "amend"), view("a19", 19, "amend"),
             view("a20", 20, "amend"), view("s20", 20, "support")]
    confirmed = Shift("levy", "a20", "s20", "amend", "support", "softened", "confirmed")
    c = chart.lanes(cast(Any, views), [levy], figures=["okafor"], shifts=[confirmed])
    [lane] = c.lanes
    assert [m.quotes for m in lane.marks] == [("a17",), ("a18",), ("a19",), ("a20",), ("s20",)]
    assert [m.x for m in lane.marks] == sorted(m.x for m in lane.marks)
    assert [(s.kind, s.status) for s in lane.segments][-1] == ("softened", "confirmed")


def _shaded_lanes(c: chart.Chart, band: chart.Band) -> list[str]:
    """The lanes a band's shading covers (any vertical overlap)."""
    return [lane.id for lane in c.lanes
            if any(s.y < lane.bottom - 0.05 and lane.top + 0.05 < s.y + s.height for s in band.spans)]


def test_an_era_is_shaded_in_its_own_topics_lanes_only(design_site: Site) -> None:
    """P25: eras are defined per topic in topics.yaml; another topic's lane is not dated by them."""
    era_topic = {e.label: t.id for t in design_site.data.topics for e in t.eras}
    views = Views(design_site)
    one = chart.lane_chart(design_site, views)
    two = chart.lanes(views.ordered(), design_site.data.topics, figures=["voss", "reyes"],
                      names=views.speaker_names, shifts=design_site.shifts)
    assert one.eras and two.eras
    for c in (one, two, one.narrow, two.narrow):
        assert c is not None
        for band in c.eras:
            own = [lane.id for lane in c.lanes if lane.topic == era_topic[band.label]]
            assert own and _shaded_lanes(c, band) == own, (band.label, band.spans)
            assert all(s.height > 0 for s in band.spans)
    bridge = [b for b in two.eras if era_topic[b.label] == "bridge"]
    assert bridge and all(len(b.spans) == 2 for b in bridge), "voss/bridge and reyes/bridge lie apart"


def test_an_era_of_a_topic_without_a_lane_is_not_drawn(design_site: Site) -> None:
    views = Views(design_site)
    no_bridge = [v for v in views.ordered() if "bridge" not in v.q.topics and "bridge" not in v.q.stance]
    c = chart.lanes(no_bridge, design_site.data.topics, figures=["voss"], names=views.speaker_names,
                    shifts=design_site.shifts)
    assert c.lanes and "bridge" not in [lane.topic for lane in c.lanes]
    bridge_eras = {e.label for t in design_site.data.topics if t.id == "bridge" for e in t.eras}
    assert not bridge_eras & {b.label for b in c.eras}
    assert all(b.spans for b in c.eras)


def _labels_apart(c: chart.Chart) -> None:
    """No two era labels on one line overlap (widths estimated as the layout estimates them)."""
    by_line: dict[float, list[tuple[float, float]]] = {}
    for band in c.eras:
        by_line.setdefault(band.label_y, []).append((band.label_x, band.label_x + len(band.label) * chart.TEXT_CHAR))
    for spans in by_line.values():
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(sorted(spans))), spans


def test_an_eras_label_sits_at_the_top_of_its_own_topics_lane(design_site: Site) -> None:
    """ux36 #33: the labels of every era were stacked above the first lane, far from the lane of
    the topic they date. An era of one topic has its label in that topic's first lane: inside its
    own shading, below the lane's label line (phones), above the lane's marks, never over another."""
    era_topic = {e.label: t.id for t in design_site.data.topics for e in t.eras}
    views = Views(design_site)
    one = chart.lane_chart(design_site, views)
    two = chart.lanes(views.ordered(), design_site.data.topics, figures=["voss", "reyes"],
                      names=views.speaker_names, shifts=design_site.shifts)
    for c in (one, two, one.narrow, two.narrow):
        assert c is not None and c.eras
        for band in c.eras:
            lane = next(lane for lane in c.lanes if lane.topic == era_topic[band.label])  # its topic's first
            line_top = band.label_y - chart.ERA_BASE
            assert lane.top + (chart.LANE_LABEL_H if c.labels_inside else 0) <= line_top, (band.label, c.variant)
            assert band.label_y < min(r.y for r in lane.rows) - chart.MARK_R, (band.label, c.variant)
            assert any(s.y <= line_top and band.label_y <= s.y + s.height for s in band.spans), "in its shading"
        _labels_apart(c)
        assert all(t.y1 == 0 for t in c.years), "no row of era labels above the lanes: none is shared"
    # the wide layout's lane label is centred on the lane's rows, not on the era labels above them
    for lane in one.lanes:
        rows = [r.y for r in lane.rows]
        middle = sum(ln.y for ln in lane.label_lines) / len(lane.label_lines) - chart.LABEL_DROP
        assert abs(middle - (rows[0] + rows[-1]) / 2) < chart.ROW_H, lane.id


def test_an_era_of_several_topics_keeps_its_label_above_the_lanes(design_site: Site) -> None:
    """An era listed under two topics (an election that dates both) belongs to no one lane: its label
    stays on a row above all lanes, while each one-topic era keeps its label by its own lane."""
    election = Era("election", "Election campaign", PartialDate(2022, 1), PartialDate(2022, 6))
    topics = [dataclasses.replace(t, eras=(*t.eras, election)) if t.id in ("bridge", "budget") else t
              for t in design_site.data.topics]
    views = Views(design_site)
    c = chart.lanes(views.ordered(), topics, figures=["voss"], names=views.speaker_names, shifts=design_site.shifts)
    bands = {b.label: b for b in c.eras}
    assert bands["Election campaign"].label_y < c.lanes[0].top, "above the lanes"
    assert c.lanes[0].top == chart.ERA_ROW + chart.ERA_GAP and all(t.y1 == chart.ERA_ROW for t in c.years)
    lane_of = {lane.topic: lane for lane in c.lanes}
    assert lane_of["bridge"].top < bands["Bridge consultation"].label_y < lane_of["bridge"].bottom
    assert lane_of["budget"].top < bands["Budget talks"].label_y < lane_of["budget"].bottom
    _labels_apart(c)
    assert c == chart.lanes(views.ordered(), topics, figures=["voss"], names=views.speaker_names,
                            shifts=design_site.shifts), "deterministic"


LONG_LABEL = "Oléoduc Laurentien / Laurentian pipeline (projet d'Énergie Borealis)"


def test_long_bilingual_lane_labels_stay_in_their_lane_and_keep_their_full_text(design_site: Site) -> None:
    """ux25: "Oléoduc Laurentien / Laurentian pipeline" under a person's name wrapped onto more lines than
    its lane was tall and ran into the next lane's label. Now the lane grows to hold a few lines and the
    rest is cut with "…", the whole label in the lane label's tooltip (<title>), no script needed."""
    bridge = design_site.data.topics[0]
    topics = (dataclasses.replace(bridge, label=LONG_LABEL), *design_site.data.topics[1:])
    site = dataclasses.replace(design_site, data=dataclasses.replace(design_site.data, topics=topics),
                               config=design_site.config.replace(figures=("voss", "reyes")))
    c = chart.lane_chart(site, Views(site))
    assert len({lane.speaker for lane in c.lanes}) == 2, "lanes per figure and topic: a name above each topic"
    for lane in c.lanes:
        ys = [ln.y for ln in lane.label_lines]
        assert lane.top + 10 <= min(ys) and max(ys) + 3 <= lane.bottom, f"{lane.id}: its label leaves the lane"
        assert all(len(ln.text) <= chart.LABEL_CHARS for ln in lane.label_lines)
    long = [lane for lane in c.lanes if lane.topic == bridge.id]
    assert long and all(lane.label_lines[-1].text.endswith("…") and lane.label_title.endswith(LONG_LABEL)
                        for lane in long)
    assert all(not lane.label_title for lane in c.lanes if lane.topic != bridge.id), "a label shown whole has none"
    assert c.narrow is not None
    for lane in c.narrow.lanes:
        assert len("".join(ln.text for ln in lane.label_lines)) <= chart.NARROW_CHARS
    page = render.render_site(site)["index.html"].decode("utf-8")
    assert page.count(f"<title>Mara Voss · {LONG_LABEL.replace(chr(39), '&#39;')}</title>") == 2, \
        "the whole label, in the wide chart's label column and the phone layout's line"
