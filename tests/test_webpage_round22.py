"""Saved web pages, the rules round 22 asked for: archive captures, reader views, a page's change
history, JSON-LD @graph nodes, social titles, standfirsts above the byline, inline furniture in
several languages, the boxes left after a story, Polish date lines.

Every page here is invented for the test (outlets, people and places included), in the shape of
a kind of page rather than of any one outlet's; each rule has its negative beside it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline import dates, importer, webpage
from dateline.model import PartialDate

_STORY = ("<p>The valley's only bus depot will close in the spring, the regional operator said on Monday, moving"
          " 40 drivers to a yard twenty kilometres away.</p>"
          "<p>“We looked at every other option and none of them kept the buses on the road,” said the operator's"
          " head of services, Ilse Marwede, at a meeting with staff.</p>"
          "<p>Drivers' representatives said the longer commute would push several of them to leave, and asked for"
          " the move to be delayed until a new timetable is agreed.</p>")


def _page(story: str = _STORY, head: str = "", header: str = "", after: str = "",
          h1: str = "Valley bus depot to close in spring", title: str = "Valley bus depot to close in spring") -> str:
    """An invented article page: ``head`` markup, the <h1>, ``header`` under it, the story, ``after`` it."""
    return (f"<html lang='en'><head><title>{title}</title>{head}</head><body><article><h1>{h1}</h1>{header}"
            f"{story}</article>{after}</body></html>")


# --- a page saved from a web archive's capture ------------------------------------------------------

_ORIGINAL = "https://www.valley-courier.example/local/2025/03/bus-depot-closing/"


def test_a_page_saved_from_a_web_archive_keeps_the_original_address_and_the_capture(tmp_path: Path) -> None:
    capture = f"https://web.archive.org/web/20250305101500/{_ORIGINAL}"
    head = (f"<link rel='canonical' href='{capture}'><meta property='og:url' content='{capture}'>"
            "<meta property='og:site_name' content='Valley Courier'>"
            "<meta property='article:published_time' content='2025-03-03T09:00:00+01:00'>")
    page = webpage.read_page(_page(head=head))
    assert page.url == _ORIGINAL
    assert page.archive_url == capture
    html = tmp_path / "depot.html"
    html.write_text(_page(head=head), encoding="utf-8")
    into = tmp_path / "content" / "articles"
    [result] = importer.import_jobs([(html, importer.ImportOptions(into=into, today=date(2025, 6, 1)))])
    assert result.problem is None
    assert f"source_url: {_ORIGINAL}\n" in result.front_matter
    assert f"archive_url: {capture}\n" in result.front_matter, "the capture it was saved from, not a made-up one"


@pytest.mark.parametrize(("url", "want"), [
    (f"https://web.archive.org/web/20250305101500im_/{_ORIGINAL}", _ORIGINAL),
    (f"https://wayback.archive-it.org/1234/20250305101500/{_ORIGINAL}", _ORIGINAL),
    # not captures: a dated path, an address passed as a query, an ordinary article
    ("https://www.valley-courier.example/2025/0305/bus-depot/", "https://www.valley-courier.example/2025/0305/bus-depot/"),
    (f"https://share.example/?u={_ORIGINAL}", f"https://share.example/?u={_ORIGINAL}"),
    (_ORIGINAL, _ORIGINAL),
])
def test_only_an_archive_capture_address_is_unwrapped(url: str, want: str) -> None:
    assert webpage.unarchived(url) == want


def test_an_ordinary_page_gets_a_suggested_archive_address(tmp_path: Path) -> None:
    head = (f"<link rel='canonical' href='{_ORIGINAL}'><meta property='og:site_name' content='Valley Courier'>"
            "<meta property='article:published_time' content='2025-03-03T09:00:00+01:00'>")
    assert webpage.read_page(_page(head=head)).archive_url == ""


# --- a browser's reader view -------------------------------------------------------------------------

_READER = ("<html><head><title>Fährhafen bekommt neue Rampe</title></head><body><div class='toolbar'>"
           "<button>Schließen</button><label>Textgröße</label></div><div class='container'><div class='header'>"
           "<a class='domain' href='{href}'>{text}</a><h1 class='reader-title'>Fährhafen bekommt neue Rampe</h1>"
           "<div class='credits'>Jonte Abelmann</div></div><div class='content'>{story}</div></div></body></html>")
_READER_STORY = ("<p>Der Fährhafen an der Nordmole bekommt bis zum Herbst eine neue Rampe für Lastwagen, teilte die"
                 " Hafenverwaltung am Dienstag mit.</p><p>„Die alte Rampe ist seit Jahren zu schmal für die neuen"
                 " Fähren“, sagte Hafenmeisterin Thea Quandt.</p><p>Der Umbau soll rund zwei Millionen Euro"
                 " kosten.</p><p>Werbung</p><p>Während der Bauzeit legen die Fähren an der Südmole an.</p>"
                 "<h3>Sign up for our free daily newsletter</h3><p>© Nordmole Bote. Alle Rechte vorbehalten.</p>")


def test_a_reader_view_names_the_articles_address_above_its_headline() -> None:
    href = "https://www.nordmole-bote.example/hafen/faehrhafen-neue-rampe-1182"
    page = webpage.read_page(_READER.format(href=href, text="www.nordmole-bote.example", story=_READER_STORY))
    assert page.url == href
    assert page.site_name == "Nordmole Bote", "the copyright line's name, which the address spells"
    assert "nordmole-bote.example" in page.site_basis
    assert "Werbung" not in page.paragraphs, "an advertising slot's label is no paragraph"
    assert not any("newsletter" in p or "©" in p for p in page.paragraphs), page.paragraphs
    assert page.paragraphs[-1] == "Während der Bauzeit legen die Fähren an der Südmole an."


def test_a_logo_link_to_the_home_page_is_not_the_articles_address() -> None:
    page = webpage.read_page(_READER.format(href="https://www.nordmole-bote.example/", text="www.nordmole-bote.example",
                                            story=_READER_STORY))
    assert page.url == ""
    other = webpage.read_page(_READER.format(href="https://www.nordmole-bote.example/hafen/x-1182", text="Zum Artikel",
                                             story=_READER_STORY))
    assert other.url == "", "only a link that reads as its own host is the reader view's address line"


@pytest.mark.parametrize(("text", "url", "want"), [
    ("… © 2025 Harbour Crier Ltd. All rights reserved.", "https://harbourcrier.example/a/1", "Harbour Crier"),
    ("Copyright © 2024-2025 The Lakeside Times", "https://www.lakesidetimes.example/x", "The Lakeside Times"),
    # the rights holder is a parent company or a photographer, not the outlet the address names
    ("© 2025 Prairie Media Holdings Inc. All rights reserved.", "https://www.prairieledger.example/x", ""),
    ("Photo © Ana Ruiz", "https://www.lakesidetimes.example/x", ""),
    ("© The Lakeside Times", "", ""),
])
def test_the_outlet_from_a_copyright_line_only_when_the_address_spells_it(text: str, url: str, want: str) -> None:
    assert webpage.copyright_outlet(text, url)[0] == want


# --- lines of furniture inside the story, in several languages ------------------------------------------

@pytest.mark.parametrize("line", [
    "<p class='lire-aussi'><strong>Lire aussi</strong> | <a href='/x'>Le tramway prolongé d’un an</a></p>",
    "<p><b>Leggi anche |</b> <a href='/y'>La funivia riapre a maggio</a></p>",
    "<p><strong>Czytaj też:</strong> <a href='/z'>Nowy rozkład jazdy od marca</a></p>",
    "<p>Advertisement</p>",
    "<p>Publicité</p>",
    "<p>A version of this article appears in print on March 5, 2025, Section B, Page 2 of the City edition with the"
    " headline: Depot Closing Leaves Drivers Stranded. Order Reprints | Today’s Paper | Subscribe</p>",
    "<p>Dieser Artikel erschien in der Printausgabe vom 5. März 2025.</p>",
])
def test_furniture_lines_of_other_languages_and_the_print_note_are_dropped(line: str) -> None:
    story = _STORY.replace("</p><p>Drivers'", "</p>" + line + "<p>Drivers'")
    page = webpage.read_page(_page(story=story, head="<meta property='og:site_name' content='Valley Courier'>"))
    assert page.paragraphs[-2].startswith("“We looked at every other option"), page.paragraphs
    assert page.paragraphs[-1].startswith("Drivers' representatives said")


@pytest.mark.parametrize("line", [
    "<p>Read the full report on the council's website before the meeting on Thursday evening.</p>",
    "<p>The operator took out a full-page advertisement in the weekly paper to explain the move.</p>",
    "<p>A version of the plan appears in print in the council papers, the operator said.</p>",
])
def test_sentences_that_only_mention_such_words_stay(line: str) -> None:
    story = _STORY.replace("</p><p>Drivers'", "</p>" + line + "<p>Drivers'")
    page = webpage.read_page(_page(story=story, head="<meta property='og:site_name' content='Valley Courier'>"))
    assert page.paragraphs[-2] == line.removeprefix("<p>").removesuffix("</p>"), page.paragraphs


def test_a_last_sentence_about_a_newsletter_is_the_storys_own() -> None:
    story = _STORY + "<p>The operator will publish the new timetable in its newsletter in March.</p>"
    assert webpage.without_tail(("A.", "B.", "The operator will publish the new timetable in its newsletter.")) == (
        "A.", "B.", "The operator will publish the new timetable in its newsletter.")
    page = webpage.read_page(_page(story=story))
    assert page.paragraphs[-1] == "The operator will publish the new timetable in its newsletter in March."
    boxes = ("Sign up for our free daily newsletter", "Get the valley's news straight to your inbox every morning.",
             "Do you have a story? Email news@valley.example or call 01234 567 890.", "© Valley Courier. All rights reserved.")
    assert webpage.without_tail(("A.", "B.", *boxes)) == ("A.", "B.")
    assert webpage.without_tail(("A.", boxes[3], "The depot closes in April.")) == (
        "A.", boxes[3], "The depot closes in April."), "only the run that ends the text goes"


# --- a page's change history -----------------------------------------------------------------------------

_HISTORY = ("<div class='page-history' id='full-history'><h2>Updates to this page</h2><ol>"
            "<li><time datetime='2025-03-12T16:40:00+00:00'>12 March 2025</time><p>Corrected the number of drivers"
            " affected.</p></li><li><time datetime='2025-03-03T09:00:00+00:00'>3 March 2025</time>"
            "<p>First published.</p></li></ol></div>")


def test_a_change_history_neither_dates_the_page_nor_joins_its_text() -> None:
    html = _page(story=_STORY + _HISTORY, head="<meta property='og:site_name' content='Valley Transport Authority'>",
                 header="<dl class='metadata'><dt>Published</dt><dd>3 March 2025</dd><dt>Last updated</dt>"
                        "<dd>12 March 2025</dd></dl>")
    page = webpage.read_page(html)
    assert page.date is not None and page.date.date.iso() == "2025-03-03", page.date
    assert not any("Corrected the number" in p or "Updates to this page" in p for p in page.paragraphs)
    own = _page(story="<p class='meta'><time datetime='2025-03-04T08:00:00+00:00'>4 March 2025</time></p>"
                + _STORY + _HISTORY)
    got = webpage.page_date(own)
    assert got is not None and got.date.iso() == "2025-03-04", "the story's own <time> still dates it"


# --- JSON-LD @graph and the title the page shows ------------------------------------------------------------

def _graph(webpage_date: str, story_date: str, headline: str, story_type: str = "BlogPosting") -> str:
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "#webpage", "name": "Why the valley may lose its bus depot",
         "datePublished": webpage_date},
        {"@type": story_type, "@id": "#article", "headline": headline, "datePublished": story_date},
        {"@type": "Organization", "@id": "#org", "name": "Valley Courier", "foundingDate": "1999-01-01"}]}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_the_story_node_of_a_graph_dates_the_page_not_its_webpage_node() -> None:
    html = _page(head=_graph("2025-03-02T22:10:00-06:00", "2025-03-03T05:30:00-06:00", "Valley bus depot to close"))
    got = webpage.markup_date(html)
    assert got is not None and got.date.iso() == "2025-03-03"
    alone = _page(head="<script type='application/ld+json'>{\"@type\": \"WebPage\", "
                       "\"datePublished\": \"2025-03-02T22:10:00-06:00\"}</script>")
    got = webpage.markup_date(alone)
    assert got is not None and got.date.iso() == "2025-03-02", "a WebPage date is still a date when alone"


def test_the_h1_beats_a_social_title_when_the_page_confirms_it() -> None:
    social = "<meta property='og:title' content='Why the valley may lose its bus depot'>"
    h1 = "Valley bus depot to close in spring"
    by_jsonld = webpage.read_page(_page(head=social + _graph("2025-03-03", "2025-03-03", h1, "NewsArticle"),
                                        title="Valley news"))
    assert by_jsonld.title == h1
    by_title = webpage.read_page(_page(head=social, title=f"{h1} | Valley Courier"))
    assert by_title.title == h1
    unconfirmed = webpage.read_page(_page(head=social, h1="Valley Courier Local News", title="Valley news"))
    assert unconfirmed.title == "Why the valley may lose its bus depot", "an h1 nothing confirms (a logo) loses"


def test_a_cjk_headlines_ideographic_space_is_kept() -> None:
    headline = "山間部のバス車庫、春に閉鎖へ\u3000運転手40人が移籍"
    html = _page(head=f"<meta property='og:title' content='{headline}'>", h1=headline, title=f"{headline} | 谷新報")
    assert webpage.read_page(html).title == headline
    plain = webpage.read_page(_page(head="<meta property='og:title' content='Valley bus depot to close in spring'>"))
    assert plain.title == "Valley bus depot to close in spring"


# --- the byline under a standfirst ------------------------------------------------------------------------------

def test_the_date_line_after_a_standfirst_is_read() -> None:
    header = ("<p class='article-standfirst'>The operator says no other site could keep the buses running, but drivers"
              " say the move will cost the valley its service.</p>"
              "<div class='byline'>By Ilka Brand · Published March 3, 2025, 11:40 p.m. · Updated March 4, 2025,"
              " 9:15 a.m.</div>")
    html = _page(head="<meta property='article:published_time' content='2025-03-04T05:40:00Z'>", header=header)
    assert any("Published March 3, 2025" in line for line in webpage.header_lines(html))
    got = webpage.page_date(html)
    assert got is not None and got.date.iso() == "2025-03-03" and got.confidence == "high", got


def test_a_standfirst_is_never_read_as_the_date_line() -> None:
    header = "<p class='standfirst'>Drivers were told on 28 February 2025.</p><div class='byline'>By Ilka Brand</div>"
    html = _page(header=header)
    assert not any("28 February" in line for line in webpage.header_lines(html))
    assert webpage.page_date(html) is None


# --- Polish date lines ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "want"), [
    ("Oskar Wilk 4 marca 2025, 18:20 Aktualizacja: 5 marca 2025, 07:45", "2025-03-04"),
    ("Aktualizacja: 5 marca 2025", None),
    ("Opublikowano: 14 października 2025 o godz. 09:10", "2025-10-14"),
])
def test_a_polish_date_line_is_read(line: str, want: str | None) -> None:
    got = webpage.visible_date((line,))
    assert (got.date.iso() if got is not None else None) == want


def test_a_pasted_polish_date_line_dates_the_text() -> None:
    got = dates.publication_date("Opublikowano: 14 października 2025 o godz. 09:10\nTramwaj pojedzie dalej.",
                                 today=date(2025, 12, 1)).info
    assert got is not None and got.date == PartialDate(2025, 10, 14) and got.confidence == "high"


# --- Japanese and Korean date lines: year first, with units -------------------------------------------------

@pytest.mark.parametrize(("line", "want"), [
    ("2025年3月4日 午前7時40分 （最終更新 2025年3月5日 午前10時05分）", "2025-03-04"),
    ("（最終更新 2025年3月5日 午前10時05分）", None),
    ("입력 2025년 3월 4일 07:40 수정 2025년 3월 5일 09:10", "2025-03-04"),
    ("수정 2025년 3월 5일 09:10", None),
    ("2025年13月4日", None),  # no such month
])
def test_a_year_first_cjk_date_line_is_read(line: str, want: str | None) -> None:
    got = webpage.visible_date((line,))
    assert (got.date.iso() if got is not None else None) == want


def test_a_japanese_pages_own_day_beats_its_utc_meta_day() -> None:
    html = ("<html lang='ja'><head><title>山間部のバス車庫、春に閉鎖へ | 谷新報</title>"
            "<meta property='article:published_time' content='2025-03-03T22:40:00Z'></head><body><main>"
            "<h1>山間部のバス車庫、春に閉鎖へ</h1><div class='article-info'>2025年3月4日 午前7時40分</div>"
            "<p>地域のバス会社は3日、谷で唯一のバス車庫を春に閉鎖すると発表した。運転手40人は約20キロ離れた車庫に移る。</p>"
            "<p>運転手の代表は、通勤時間が長くなれば辞める人が出ると話した。</p></main></body></html>")
    got = webpage.page_date(html)
    assert got is not None and got.date.iso() == "2025-03-04" and got.confidence == "high", got
    assert "UTC" in got.basis


def test_a_date_in_a_japanese_storys_first_paragraph_is_not_its_date_line() -> None:
    html = ("<html lang='ja'><head><title>山間部のバス車庫、春に閉鎖へ</title></head><body><main>"
            "<h1>山間部のバス車庫、春に閉鎖へ</h1><div class='article-author'>（社会部・谷口）</div>"
            "<p>地域のバス会社は2025年3月3日、谷で唯一のバス車庫を春に閉鎖すると発表した。運転手40人は約20キロ離れた車庫に移る。</p>"
            "<p>運転手の代表は、通勤時間が長くなれば辞める人が出ると話した。</p></main></body></html>")
    assert webpage.header_lines(html) == ("（社会部・谷口）",)
    assert webpage.visible_date(webpage.header_lines(html)) is None


def test_a_story_in_a_box_named_like_a_standfirst_or_byline_still_ends_the_header() -> None:
    story = f"<div class='article-intro'>{_STORY}</div>"
    after = ("<section class='more'><ul><li><a href='/x'>Ferry fares frozen</a> <span>12 March 2025</span></li>"
             "</ul></section>")
    assert webpage.header_lines(_page(story=story, header="<div class='byline'>By Ilka Brand</div>",
                                      after=after)) == ("By Ilka Brand",)
    meta = f"<div class='entry-meta-content'>{_STORY}</div>"
    assert webpage.header_lines(_page(story=meta, after=after)) == ()
