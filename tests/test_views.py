"""View models: labels, dates and related links computed once for pages and exports."""

from __future__ import annotations

import pytest

from dateline import views
from dateline.model import DateInfo, PartialDate, Site


@pytest.mark.parametrize(("info", "label"), [
    (DateInfo(PartialDate(2022, 7, 7), "high", "x"), "7 July 2022"),
    (DateInfo(PartialDate(2022, 7), "high", "x"), "July 2022"),
    (DateInfo(PartialDate(2025, 10, 28), "low", "x"), "c. 28 October 2025"),
    (DateInfo(PartialDate(2022, 4, 16), "medium", "x", PartialDate(2022, 4, 17)), "16–17 April 2022"),
])
def test_date_labels_keep_precision(info: DateInfo, label: str) -> None:
    assert views.date_label(info) == label


def test_each_view_shows_the_quotes_own_date_and_link(golden_site: Site) -> None:
    v = views.Views(golden_site)
    assert [x.id for x in v.ordered()] == [q.id for q in golden_site.quotes]
    for q in golden_site.quotes:
        qv = v.quotes[q.id]
        article = v.articles[q.article]
        assert qv.date == q.said(article) and qv.date_label == views.date_label(qv.date)
        assert qv.url == f"{article.url}#q-{q.id}"


def test_related_labels_follow_links_related_in_order(golden_site: Site) -> None:
    v = views.Views(golden_site)
    kinds = set()
    for qid, qv in v.quotes.items():
        records = golden_site.links.related[qid]
        assert [rid for _, rid in qv.related] == [r.quote for r in records]
        for (label, _), r in zip(qv.related, records, strict=True):
            kinds.add(r.kind)
            if r.kind == "same words":
                other = v.quotes[r.quote].article
                assert label == f"Same words in {other.outlet or other.title}"
            elif r.kind in ("earlier", "later"):
                assert label == f"{r.kind.capitalize()} on {v.topic_labels[r.topic]}"
    assert {"same words", "earlier", "later"} <= kinds, "the golden project exercises these relations"


def test_shift_markers_skip_held_and_dismissed(golden_site: Site) -> None:
    v = views.Views(golden_site)
    shown = [s for ss in v.shift_into.values() for s in ss]
    assert shown and all(s.kind != "held" and s.status != "dismissed" for s in shown)
    assert all(s.to_id == qid for qid, ss in v.shift_into.items() for s in ss)
