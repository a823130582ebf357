"""Pages stay small and safe whatever one file holds (hostile round 54): an article too long for one page
is published in parts whose anchors are where data/quotes.json points; the chart's axis does not grow with
the span of the dates; direction controls never reach a page; no folder bears a name Windows reserves.

Each test builds an invented project in a temporary folder: a harbour commissioner, Odile Brandt, on
dredging the estuary channel (no article of the example, no real person).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dateline import markdown, pipeline
from dateline.config import load_config
from dateline.errors import BuildFailed, Problem
from dateline.model import path_segment, reserved_name

PAGE_MAX = 1_000_000  # DESIGN: no HTML page over 1 MB

PYPROJECT = """[tool.dateline]
title = "Brandt on the estuary channel"
description = "What Commissioner Odile Brandt said about dredging the estuary channel."
figures = ["brandt"]
build_time = "2026-01-01"
base_url = "https://example.org/channel/"
search = false
"""
SPEAKERS = """- id: brandt
  name: {name}
  role: Harbour commissioner
  aliases: [Brandt, Odile Brandt, Commissioner Brandt]
"""
TOPICS = """- id: channel
  label: Estuary channel
  cues: [channel, dredg*]
  stances:
    - {id: dredge, label: Dredge now, rank: 0, cues: ["dredge it now"]}
    - {id: wait, label: Wait for the survey, rank: 1, cues: ["wait for the survey"]}
"""
GOOD = """---
title: Brandt wants the channel dredged
date: 2024-05-02
outlet: Estuary Gazette
---
KESSEL — Commissioner Odile Brandt spoke at the harbour board on Thursday.

"We will dredge it now, before the autumn tides," Brandt said of the channel.
"""


def project(tmp: Path, articles: dict[str, str], name: str = "Odile Brandt") -> Path:
    root = tmp / "project"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "_data").mkdir()
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (root / "content" / "_data" / "speakers.yaml").write_text(SPEAKERS.format(name=json.dumps(name)), encoding="utf-8")
    (root / "content" / "_data" / "topics.yaml").write_text(TOPICS, encoding="utf-8")
    for file, text in {"good.md": GOOD, **articles}.items():
        (root / "content" / "articles" / file).write_text(text, encoding="utf-8")
    return root


def build(root: Path) -> tuple[Path, list[Problem]]:
    out = root.parent / "site"
    report = pipeline.build(load_config(root).replace(output_dir=out, search=False))
    return out, report.problems


def big_pages(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")
            if p.stat().st_size > PAGE_MAX}


def anchors(page: Path) -> set[str]:
    return set(re.findall(r'id="q-([^"]+)" data-quote-id="\1"', page.read_text(encoding="utf-8")))


def quotes_of(site: Path, article: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    return [q for q in data if q["article"] == article]


# ----------------------------------------------------------------- an article too long for one page

def test_an_article_of_thousands_of_quotes_is_published_in_parts_each_anchor_where_its_url_points(
        tmp_path: Path) -> None:
    lines = "\n\n".join(f'"We will dredge berth {i} of the channel before the tides," Brandt said.'
                        for i in range(1500))
    root = project(tmp_path, {"berths.md": f"---\ntitle: Every berth\ndate: 2024-05-06\n---\n{lines}\n"})
    site, problems = build(root)
    assert big_pages(site) == {}
    folder = site / "2024" / "05" / "06" / "berths"
    parts = sorted(folder.glob("page/*/index.html"), key=lambda p: int(p.parent.name))
    assert len(parts) >= 3
    quotes = quotes_of(site, "berths")
    assert len(quotes) == 1500
    on_page: dict[str, set[str]] = {}
    for q in quotes:  # every quote's url reaches its anchor, on the part it names
        path, frag = q["url"].split("#q-")
        page = site / path / "index.html"
        on_page.setdefault(path, anchors(page) if page.exists() else set())
        assert frag in on_page[path], q["url"]
    # each anchor on exactly one part; every part listed by the first part's pager; parts in the sitemap
    found = [a for p in [folder / "index.html", *parts] for a in anchors(p)]
    assert len(found) == len(set(found)) == 1500
    first = (folder / "index.html").read_text(encoding="utf-8")
    assert '<link rel="next" href="../../../../2024/05/06/berths/page/2/">' in first
    assert first.count('<nav class="pager pages"') == 2  # above and below the text
    for part in [folder / "index.html", *parts]:  # rel prev/next name the parts only, not the article beside
        text = part.read_text(encoding="utf-8")
        for rel in ("prev", "next"):
            targets = set(re.findall(rf'rel="{rel}" href="([^"]+)"', text))
            assert len(targets) <= 1 and all("/berths/" in t for t in targets), (part, rel, targets)
    assert ">Brandt wants the channel dredged</bdi>" in first  # the article beside: linked, without a rel
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"2024/05/06/berths/page/{len(parts) + 1}/" in sitemap
    # said once, at the line where the page is first cut, naming the parts
    split = [p for p in problems if "too long for one page" in p.message]
    assert len(split) == 1 and split[0].path.endswith("berths.md") and split[0].severity == "warning"
    assert split[0].line > 5 and "berths/page/2/" in split[0].message


def test_a_megabytes_long_line_is_cut_between_sentences_and_no_page_passes_the_budget(tmp_path: Path) -> None:
    sentence = "The survey boats measured the silt along the channel again that week. "
    body = sentence * 40_000  # 2.8 MB on one line, no paragraph break
    root = project(tmp_path, {"survey.md": f"---\ntitle: Survey log\ndate: 2024-05-07\n---\n{body}\n"})
    site, problems = build(root)
    assert big_pages(site) == {}
    folder = site / "2024" / "05" / "07" / "survey"
    assert (folder / "page" / "2" / "index.html").exists()
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("index.html")))
    assert text.count("The survey boats measured the silt") == 40_000  # no sentence lost or cut in two
    assert [p.line for p in problems if "too long for one page" in p.message] == [5]


def test_a_transcript_of_thousands_of_turns_is_split_though_no_quote_mark_opens_them(tmp_path: Path) -> None:
    turns = "\n\n".join(f"{'BRANDT' if i % 2 else 'HOST'}: We will dredge berth {i} of the channel this year."
                         for i in range(3000))
    root = project(tmp_path, {"hearing.md": f"---\ntitle: Hearing\ndate: 2024-05-08\n---\nRecorded: 7 May 2024\n\n"
                                            f"{turns}\n"})
    site, problems = build(root)
    assert big_pages(site) == {}
    assert (site / "2024" / "05" / "08" / "hearing" / "page" / "2" / "index.html").exists()
    assert [p.line for p in problems if "too long for one page" in p.message]


def test_a_year_of_more_articles_than_its_page_holds_lists_them_on_pages_of_their_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hostile round 64's p06: 20,000 articles of one year made its year page 2.67 MB (the cards were
    paginated, its list of articles was not). Budgets made small here: 60 articles stand for thousands."""
    from dateline import check, render
    monkeypatch.setattr(render, "ARTICLES_INLINE", 8_000)
    monkeypatch.setattr(render, "ARTICLES_PAGE_BUDGET", 12_000)
    notes = {f"note{i:02d}.md": f"---\ntitle: Harbour note {i}\ndate: 2024-06-{1 + i % 28:02d}\noutlet: Estuary Gazette\n"
                                f"---\nThe board met again about the channel survey, meeting {i}.\n" for i in range(60)}
    root = project(tmp_path, notes)
    site, _problems = build(root)
    year = (site / "2024" / "index.html").read_text(encoding="utf-8")
    assert "Harbour note 7<" not in year  # the year's page names no article of the list: it links to it
    assert 'href="../2024/articles/">The list of the 61 articles published in 2024</a>' in year
    pages = [site / "2024" / "articles" / "index.html",
             *sorted((site / "2024" / "articles" / "page").glob("*/index.html"), key=lambda p: int(p.parent.name))]
    assert len(pages) >= 3
    linked = [re.findall(r'<li><a href="(?:\.\./)+(2024/\d\d/\d\d/[^"]+)"><bdi>', p.read_text(encoding="utf-8"))
              for p in pages]
    assert all(linked) and sum(map(len, linked)) == 61 == len({u for page in linked for u in page})
    second = pages[1].read_text(encoding="utf-8")
    assert '<link rel="prev" href="../../../../2024/articles/">' in second
    assert '<link rel="next" href="../../../../2024/articles/page/3/">' in second
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "2024/articles/</loc>" in sitemap and "2024/articles/page/2/</loc>" in sitemap
    assert not [p for p in check.verify(site).problems if p.severity == "error"]  # every page reached, links whole
    # a year that fits keeps its list on its page, as before
    monkeypatch.setattr(render, "ARTICLES_INLINE", render.PAGE_BUDGET)
    (tmp_path / "fits").mkdir()
    site, _problems = build(project(tmp_path / "fits", notes))
    assert "Harbour note 7<" in (site / "2024" / "index.html").read_text(encoding="utf-8")
    assert not (site / "2024" / "articles").exists()


def test_check_reports_a_page_over_the_budget(tmp_path: Path) -> None:
    from dateline import check
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<!doctype html><html lang="en"><title>x</title>' + "x" * 1_100_000,
                                     encoding="utf-8")
    (site / "small.html").write_text('<!doctype html><html lang="en"><title>y</title><a href="index.html">i</a>',
                                     encoding="utf-8")
    found = [p for p in check.verify(site).problems if "MB a page may weigh" in p.message]
    assert [p.path for p in found] == ["site/index.html"]


def test_parts_cut_inside_a_quote_keep_its_anchor_on_the_first_and_mark_its_words_on_the_next() -> None:
    body = "Intro.\n\n" + '"' + "dredge " * 20 + '" Brandt said.\n'
    cut = body.index("dredge") + 30
    start, end = body.index('"') + 1, body.rindex('"')
    html = markdown.render_parts(body, [(start, end, '<span class="quote" id="q-x1" data-quote-id="x1" title="B">')],
                                 [cut])
    assert len(html) == 2
    assert 'id="q-x1"' in html[0] and 'id="q-x1"' not in html[1]
    assert 'data-quote-part="x1"' in html[1]


def test_a_body_one_page_holds_is_never_cut() -> None:
    assert markdown.parts(GOOD * 50) == ()
    assert markdown.parts("word " * 60_000) == ()  # 300 KB of plain text: one page
    assert markdown.parts("<&>" * 120_000) != ()  # escaping makes it 1.7 MB: cut
    # marks nested thousands deep around a word are one quotation's, not thousands
    assert markdown.parts("Kessel said " + "“‘\"«" * 2000 + "silt" + "»\"’”" * 2000 + " in the channel.") == ()
    assert markdown.parts('"Dredge," she said.\n\n' * 400) != ()  # 400 short quotations: their list is heavy


# ----------------------------------------------------------------- a date far from the rest

@pytest.mark.parametrize("far", ["9999-12-31", "0100-01-01"])
def test_a_date_centuries_away_does_not_stretch_the_chart(tmp_path: Path, far: str) -> None:
    far_article = f"""---
title: A date typed wrong
date: {far}
---
"The channel must wait for the survey of the whole estuary," Brandt said.
"""
    root = project(tmp_path, {"far.md": far_article})
    site, _ = build(root)
    assert big_pages(site) == {}
    for page in ("index.html", "topics/channel/index.html", "speakers/brandt/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert len(html) < 60_000, page
        assert html.count('class="tick"') <= 8, page  # two busy years and the one gap between them, two layouts
        assert 'class="gap"' in html


def test_a_short_run_of_quiet_years_keeps_a_slot_for_each(tmp_path: Path) -> None:
    near = GOOD.replace("2024-05-02", "2021-05-02").replace(
        '"We will dredge it now, before the autumn tides," Brandt said of the channel.',
        '"The channel must wait for the survey of the whole estuary," Brandt said.')
    site, _ = build(project(tmp_path, {"near.md": near}))
    html = (site / "index.html").read_text(encoding="utf-8")
    assert all(f">{y}</text>" in html for y in ("2021", "2024"))  # 2022 and 2023: a gap each, labelled if room
    assert html.count('class="gap"') == 4  # two years, two layouts


# ----------------------------------------------------------------- direction controls

def test_direction_controls_in_a_name_and_a_title_are_removed_with_a_warning(tmp_path: Path) -> None:
    title = "Channel \u202egnp.exe\u202c plan"
    root = project(tmp_path, {"rlo.md": GOOD.replace("Brandt wants the channel dredged", json.dumps(title))
                              .replace("2024-05-02", "2024-05-09")}, name="Odile \u202etdnarB\u2066")
    site, problems = build(root)
    for page in site.rglob("*"):
        if page.is_file():
            text = page.read_bytes().decode("utf-8", "replace")
            assert not re.search("[\u202a-\u202e\u2066-\u2069]", text), page
    warned = {(Path(p.path).name, p.line) for p in problems if "direction control characters" in p.message}
    assert warned == {("speakers.yaml", 2), ("rlo.md", 2)}
    card = (site / "2024" / "05" / "09" / "rlo" / "index.html").read_text(encoding="utf-8")
    assert "<h1><bdi>Channel gnp.exe plan</bdi></h1>" in card
    assert '<span class="speaker"><bdi>Odile tdnarB</bdi></span>' in card


def test_a_right_to_left_name_without_controls_is_kept_and_isolated(tmp_path: Path) -> None:
    site, problems = build(project(tmp_path, {}, name="عمر حداد"))
    assert not [p for p in problems if "direction" in p.message]
    html = (site / "2024" / "05" / "02" / "brandt-wants-the-channel-dredged" / "index.html")
    page = next(site.glob("2024/05/02/*/index.html")) if not html.exists() else html
    assert "<bdi>عمر حداد</bdi>" in page.read_text(encoding="utf-8")


# ----------------------------------------------------------------- names Windows reserves

@pytest.mark.parametrize("name", ["CON", "con", "Nul", "lpt1", "COM9", "aux.txt", "PRN. "])
def test_reserved_device_names(name: str) -> None:
    assert reserved_name(name)


@pytest.mark.parametrize("name", ["cone", "console", "com10", "lpt", "null", "con-1", "icon"])
def test_names_that_merely_look_reserved(name: str) -> None:
    assert not reserved_name(name)
    assert path_segment(name) == name


def test_a_reserved_slug_or_file_name_is_published_under_a_safe_folder_with_a_warning(tmp_path: Path) -> None:
    con = GOOD.replace("date: 2024-05-02", "date: 2024-05-03\nslug: CON").replace("autumn", "winter")
    aux = GOOD.replace("2024-05-02", "2024-05-04").replace("autumn", "spring")
    root = project(tmp_path, {"con.md": con, "aux.md": aux})
    site, problems = build(root)
    assert (site / "2024" / "05" / "03" / "con-1" / "index.html").exists()
    assert (site / "2024" / "05" / "04" / "aux-1" / "index.html").exists()
    assert not [p for p in site.rglob("*") if reserved_name(p.name)]
    said = {(Path(p.path).name, p.line): p.message for p in problems if "Windows reserves" in p.message}
    assert set(said) == {("con.md", 4), ("aux.md", 1)}
    assert "2024/05/03/con-1/" in said[("con.md", 4)]


def test_a_speaker_id_windows_reserves_is_an_error_at_its_line(tmp_path: Path) -> None:
    root = project(tmp_path, {})
    (root / "content" / "_data" / "speakers.yaml").write_text(
        SPEAKERS.format(name="Odile Brandt") + "- id: prn\n  name: Paul Renner\n  aliases: [Renner]\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build(root)
    assert [(Path(p.path).name, p.line) for p in failed.value.problems if "Windows reserves" in p.message] == \
        [("speakers.yaml", 5)]


# ----------------------------------------------------------------- the review page (serve's /_review/)

def test_a_review_group_of_thousands_of_items_is_paged(tmp_path: Path) -> None:
    from dateline import render
    from dateline.review import GROUPS, Fix, Item, Place, Review
    group = next(iter(GROUPS))
    items = [Item(group, "low", f"Speaker of “berth {i}” not identified", "no speech verb names anyone",
                  (Place(f"content/articles/berth-{i}.md", 7, f"We will dredge berth {i} of the channel " * 3,
                         f"q{i}", f"2024/05/06/berth-{i}/#q-q{i}"),),
                  (Fix("Name the speaker", f"content/articles/berth-{i}.md",
                       f"quotes:\n  - id: q{i}\n    speaker: brandt\n" * 3),)) for i in range(1_300)]
    review = Review(items)
    config = load_config(project(tmp_path, {}))
    overview = render.review_page(config, review)
    assert len(overview) < PAGE_MAX and overview.decode().count("<li class=\"review-item ") == render.REVIEW_SHOWN
    pages = [render.review_page(config, review, group, n) for n in (1, 2, 3, 4)]
    assert all(len(p) < PAGE_MAX for p in pages)
    shown = [p.decode().count("<li class=\"review-item ") for p in pages]
    assert shown == [500, 500, 300, 300]  # a page past the last is the last
    assert f'<a href="?group={group}&amp;page=2">2</a>'.encode() in pages[0]
    assert b"(1300)</h2>" in pages[1]
