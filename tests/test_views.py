"""View models: labels, dates and related links computed once for pages and exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dateline import views
from dateline.model import DateInfo, PartialDate, Site, name_of_id


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


FERRY_ARTICLE = """\
---
title: Ferry fares row deepens
date: 2024-06-03
outlet: Island Herald
quotes:
  - text: "Nobody on the island was asked."
    speaker: tomas-wirth
---
Harbour master Lena Sjoberg defended the new timetable on Monday.

"The early sailing stays, whatever the fares do," Sjoberg said.

"Fares went up twice in one winter," said Tomas Wirth, who chairs the ferry users' group.

"Nobody on the island was asked."

"We will look at the winter fares again," Sjoberg said.
"""


def _ferry_site(tmp_path: Path, article: str = FERRY_ARTICLE) -> Path:
    from dateline import pipeline
    from dateline.config import load_config
    p = tmp_path / "ferry"
    (p / "content" / "articles").mkdir(parents=True)
    (p / "content" / "_data").mkdir()
    (p / "pyproject.toml").write_text('[tool.dateline]\ntitle = "Ferry"\nbuild_time = "2025-01-01"\nsearch = false\n',
                                      encoding="utf-8")
    (p / "content" / "_data" / "speakers.yaml").write_text(
        "- id: wharf-master\n  name: Lena Sjoberg\n  aliases: [Sjoberg]\n", encoding="utf-8")
    (p / "content" / "articles" / "ferry-fares.md").write_text(article, encoding="utf-8")
    out = tmp_path / "site"
    pipeline.build(load_config(p).replace(output_dir=out))
    return out


def test_a_speaker_outside_speakers_yaml_has_one_name_and_the_list_is_by_name(tmp_path: Path) -> None:
    """A `speaker:` correction names an id that speakers.yaml does not list ("tomas-wirth"): the
    quote shows the name the article wrote for that id elsewhere ("Tomas Wirth"), never the id;
    the speakers list is in the order of the names a reader sees, not of the ids."""
    out = _ferry_site(tmp_path)
    quotes = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
    wirth = [q for q in quotes if q["speaker"] == "tomas-wirth"]
    assert len(wirth) == 2 and {q["speaker_name"] for q in wirth} == {"Tomas Wirth"}, wirth
    html = "".join(f.read_text(encoding="utf-8") for f in out.rglob("*.html"))
    assert ">tomas-wirth<" not in html and "tomas-wirth</" not in html
    listing = (out / "speakers" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'speakers/[\w-]+/">([^<]+)</a>', listing) == ["Lena Sjoberg", "Tomas Wirth"]
    assert name_of_id("tomas-wirth") == "Tomas Wirth"


@pytest.mark.parametrize(("archive", "label"), [
    ("https://web.archive.org/web/20240603000000/https://example.org/herald/ferry", "look up archived copies"),
    ("https://web.archive.org/web/20240603141522/https://example.org/herald/ferry", "archived copy"),
    ("https://archive.example.net/AbC12", "archived copy"),
])
def test_a_suggested_wayback_address_is_offered_as_a_lookup_not_as_a_copy(tmp_path: Path, archive: str,
                                                                          label: str) -> None:
    """The importer suggests `web.archive.org/web/<day>000000/<url>` without fetching it: the page
    must not call that an "archived copy" (a fact-check desk reads that as verified); a snapshot an
    editor chose keeps the name."""
    head = f"source_url: https://example.org/herald/ferry\narchive_url: {archive}\n"
    out = _ferry_site(tmp_path, FERRY_ARTICLE.replace("outlet: Island Herald\n", "outlet: Island Herald\n" + head))
    page = (out / "2024" / "06" / "03" / "ferry-fares" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{archive}" rel="noopener">{label}</a>' in page


def test_views_share_what_quotes_show_alike_with_the_same_values(golden_site: Site) -> None:
    """Each related link is one (label, id) pair for every quote that has it, and the quotes of a
    statement share one list of neighbours: the values are those a view of its own would hold."""
    v = views.Views(golden_site)
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    nearby: dict[tuple[tuple[str, str], ...], list[tuple[str, str]]] = {}
    for qv in v.quotes.values():
        same = set(qv.same_statement)
        assert qv.nearby == [p for p in qv.related if p[1] not in same]
        assert qv.other_wordings == [o for o in qv.same_statement[:5] if v.quotes[o].q.text != qv.q.text]
        for p in qv.related:
            assert pairs.setdefault(p, p) is p  # one object per distinct link
        if qv.nearby:
            assert nearby.setdefault(tuple(qv.nearby), qv.nearby) is qv.nearby  # one list per distinct list
    assert len(nearby) < sum(1 for qv in v.quotes.values() if qv.nearby), "the golden project repeats neighbours"
    assert not hasattr(next(iter(v.quotes.values())), "__dict__")  # slotted: one a quote, held all render long


def _words_said(page: str) -> str:
    """The header's "Words said" date as shown, tags removed."""
    found = re.search(r"<dt>Words said</dt><dd>(.*?)</dd>", page, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)).strip() if found else ""


def test_the_articles_words_said_date_is_what_its_quotes_say(harbour_built: tuple[object, Path]) -> None:
    """The import dated the wire story's words by the senator's 'statement on Friday' (3 March); the
    editor re-dated the minister's two quotes to Saturday (4 March) in front matter. The header shows
    what the quotes now say — 3–4 March — not the article-level Friday; the reprint, whose one quote was
    said on the Saturday, shows that day; an article whose words were said the day it appeared shows none."""
    _, site = harbour_built
    wire = (site / "2023" / "03" / "04" / "wire-varga-dredging" / "index.html").read_text(encoding="utf-8")
    assert _words_said(wire).startswith("3–4 March 2023")
    reprint = (site / "2023" / "03" / "05" / "reprint-varga-dredging" / "index.html").read_text(encoding="utf-8")
    assert _words_said(reprint) == "4 March 2023"
    hearing = (site / "2024" / "06" / "11" / "hearing-dredging" / "index.html").read_text(encoding="utf-8")
    assert _words_said(hearing) == ""


def test_html_let_go_once_shown_is_made_again_the_same(golden_site: Site) -> None:
    """`Views.forget_html` (a build lets go of the HTML it made once per quote after the cards and the
    article pages): what is asked for afterwards is made again, equal to what was let go."""
    v = views.Views(golden_site)
    shown = [q for q in v.ordered() if q.nearby or q.same_statement]
    assert shown, "the golden site has related and repeated statements"

    def html() -> list[str]:
        return [str(v.related_items(q)) + str(v.related_items(q, to_cards=True)) + str(v.reports(q))
                + "".join(str(v.report_link(o)) + str(v.words(o)) for o in q.same_statement) for q in shown]
    before = html()
    v.forget_html()
    assert not (v._report_links or v._first_links or v._words or v._related_items)
    assert html() == before


ONE_QUOTE_EACH = """\
---
title: Ferry fares row deepens
date: 2024-06-03
outlet: Island Herald
quotes:
  - text: "CONFIRMED"
    speaker: SPEAKER
---
Harbour master Lena Sjoberg defended the new timetable on Monday. Per Lund, a deckhand, was at the meeting.

"Fares went up twice in one winter," said Tomas Wirth, who chairs the ferry users' group.

"We were never asked," one passenger said.

"We will look at the winter fares again," Sjoberg said.
"""


@pytest.mark.parametrize(("confirmed", "speaker"), [("Fares went up twice", "tomas-wirth"),
                                                     ("We were never asked", "per-lund")])
def test_a_correction_may_name_a_person_the_text_names(tmp_path: Path, confirmed: str, speaker: str) -> None:
    """Review offers `tomas-wirth` for words the text gives Tomas Wirth (not in speakers.yaml). An
    editor who pastes it on the one quote attribution gave him — after which no quote is
    attribution's for him — or names another person the text names (Per Lund) confirms what the
    text says: never "unknown speaker 'tomas-wirth'", which failed the whole build (a usability
    round: confirming review's own suggestion broke the site)."""
    article = ONE_QUOTE_EACH.replace("CONFIRMED", confirmed).replace("SPEAKER", speaker)
    out = _ferry_site(tmp_path, article)
    quotes = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert [(q["speaker"], q["speaker_name"]) for q in quotes if q["text"].startswith(confirmed)] == \
        [(speaker, speaker.replace("-", " ").title())]


def test_a_correction_naming_nobody_in_the_texts_still_fails(tmp_path: Path) -> None:
    """Only a person the texts name is accepted: a typo or a name no article writes stays an error
    at its line, with the closest known id."""
    from dateline.errors import BuildFailed
    article = ONE_QUOTE_EACH.replace("CONFIRMED", "Fares went up twice").replace("SPEAKER", "tomas-wirthe")
    with pytest.raises(BuildFailed) as failed:
        _ferry_site(tmp_path, article)
    assert "unknown speaker 'tomas-wirthe'" in str(failed.value.problems)


def test_one_day_dated_with_different_surety_is_shown_as_surely_as_the_surest_card() -> None:
    """ux36 #26: the header said "c. 22 April 2025 (low)" while the figure's card said "22 April 2025
    (medium)": another speaker's quote only inherited the day. One day: the best card's confidence."""
    from types import SimpleNamespace

    from dateline.model import Article
    day = PartialDate(2025, 4, 22)
    article = Article("a", "T", "", "", DateInfo(day, "high", "x"), "", 0,
                      statement_date=DateInfo(day, "medium", "‘on Tuesday’"))
    cards = [SimpleNamespace(date=DateInfo(day, "medium", "from the quote’s sentence")),
             SimpleNamespace(date=DateInfo(day, "low", "inherits the article’s statement date"))]
    said = views.words_said(article, cards)  # type: ignore[arg-type]
    assert said is not None and said.date == day and said.confidence == "medium"


def test_other_reports_are_named_by_the_day_they_were_published(tmp_path: Path) -> None:
    """ux36 #26: an explainer published in October that quotes April's words was listed as "Also quoted
    in Coast Review (22 April 2025)", the statement's day, which is the first report's day too: a reader
    could not tell the reports apart, nor find the October piece. Each report is named by its outlet
    and the day it was published; the statement's own date stays on its card."""
    from dateline import pipeline
    from dateline.config import load_config
    out = _ferry_site(tmp_path)
    p = out.parent / "ferry"
    (p / "content" / "articles" / "ferry-explainer.md").write_text(
        "---\ntitle: What the harbour master promised\ndate: 2024-10-05\noutlet: Coast Review\n---\n"
        "In June, harbour master Lena Sjoberg told the Island Herald: \"The early sailing stays, whatever the "
        "fares do.\"\n", encoding="utf-8")
    pipeline.build(load_config(p).replace(output_dir=out))
    first = (out / "2024" / "06" / "03" / "ferry-fares" / "index.html").read_text(encoding="utf-8")
    later = (out / "2024" / "10" / "05" / "ferry-explainer" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Also quoted in <a [^>]+>Coast Review \(5 October 2024\)</a>", first), first
    assert re.search(r"first reported by <a [^>]+>Island Herald \(3 June 2024\)</a>", later), later
    # and the statement's card on the timeline names its other reports so too (ux40 #21: two reports of
    # one outlet read "Also in Sundial New Mexico" twice, nothing to tell them apart)
    year = (out / "2024" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Also in <a [^>]+>Coast Review \(5 October 2024\)</a>", year), year
