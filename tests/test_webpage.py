"""Saved web pages → articles: main text, quotes kept exactly, title, outlet, URL, date and its basis.

`tests/data/web_pages/` holds pages written for these tests in the shapes of real outlets'
HTML (never pasted): a regional paper carrying an AP story with JSON-LD, a cookie banner,
related links and comments; a live blog; a page with only og: tags; an AMP wire page; a
financial site with a Reuters dateline and a "Read next" list; a WordPress page dated only
by its address, with a comment thread quoting the story; a page whose only <time>s date
other stories; an institute's transcript with nested quotes; a broadcaster's page with
image captions and "Share"/"Save" furniture; an explainer that says only when it was updated.
`expected.json` says what a careful reader takes from each page.

Round 2 (x11–x17) was written and its expectations fixed before running the importer on it: a
WordPress page dated by parsely-pub-date, a small paper dated only by a visible date span, an
evening story whose JSON-LD carries the next day's UTC time, a reprinted AP story, a generic
<title> with a specific og:title, an old table-layout page whose <h1> is the paper's logo.
Measured then: dates 5/6 (the UTC day wrong, as htmldate's), titles 5/6 (the logo), outlets 6/6;
after the fixes (the page's visible date under the headline, layout tables read as blocks, a
page title sharing no word with the story's own headline loses to it): 6/6, 6/6, 6/6.

Round 20 (`web_pages_round20/`, today 2026-12-06) was written blind by a helper who never read
the code: fourteen invented outlets in many CMS shapes (AMP, WordPress/Yoast, Next.js with the
body partly only in __NEXT_DATA__, German/Spanish/Portuguese pages, a Drupal page dated only by
its address, visible date against meta, no date at all, a radio transcript, a Ghost Q&A, a live
blog, a Nuxt page with only a modified date, an epoch placeholder date, inline "READ |" lines).
Measured at the start: dates 9/14 with 3 wrong at high (UTC meta days where the outlet's local
day differs), keep 56/59, drop 122/138.

Round 22 (`web_pages_round22/`, today 2026-12-06), blind too: a Wayback Machine save, an AMP
cache page, Arc XP, Substack, a Medium publication, Italian microdata, Polish, French with a UTC
meta time, Japanese with JST against UTC, a government press release with "Last updated" and a
change history, a JSON-LD @graph whose WebPage node is dated the evening before its NewsArticle
(and an og:title that is not the <h1>), a template meta date, a Firefox Reader View save with no
date at all, a print-edition note.  Measured at the start: title 12/14, outlet 13/14, url 12/14,
date 12/14 (none wrong at high), keep 70/70, drop 132/140; after the rules of
`test_webpage_round22.py`: 14/14 each, keep 70/70, drop 140/140.

Round 25 (`web_pages_round25/`, today 2026-12-06), blind: WordPress/Yoast, Drupal 7 and 10, Ghost, Next.js
with two articles, a Nuxt live blog, an archive.ph save, SingleFile, a Chrome save behind a paywall, a Mailchimp
newsletter, AMP, Spanish, German TYPO3, Brazilian Gatsby.  Measured at the start: title 11/14, outlet 11, url 12,
date 12 (none wrong at high), keep 53/70, drop 119/140; after the rules of `test_webpage_round25.py`: 14/14
each, keep 70/70, drop 140/140.

Round 27 (`web_pages_round27/`, today 2026-12-06), blind: Arc XP Fusion with two dates, a Wayback snapshot, Substack
on its own domain behind a paywall, Blogger with <br> paragraphs, Squarespace with a <time> lacking datetime, a
data-component page at UTC midnight, French 'Publié … Mis à jour', Dutch with JSON-LD disagreeing, Korean English
edition, Indian IST 'Updated', a government release with 'Last updated', a print view, an Italian live blog, Wix
with no date.  Measured at the start: title 14/14, outlet 12, url 14, date 13 (1 wrong at high), keep 70/70, drop
133/140; on main as held (branch hold26): 14/14 each, keep 70/70, drop 140/140.

Round 30 (`web_pages_round30/`, today 2026-12-06), blind: Brightspot with an update note, WordPress VIP dated only
by its address (its first <time> a teaser card's), Joomla with no date, Russian Bitrix, a Japanese aggregator
carrying a regional paper's story, Turkish, Arabic with Arabic-Indic digits and a Hijri date, Colombian "hace 3
horas", Norwegian Nynorsk, a Google AMP viewer, a podcast transcript, an e-paper's text view, a local TV page
crossing midnight, a wire story in a JSON-LD @graph.  Measured at the start: title 11/14, outlet 11, url 13, date
12 (none wrong at high), keep 65/70, drop 116/140; after the rules of `test_webpage_round30.py`: 14/14 each, keep
70/70, drop 140/140.

Round 33 (`web_pages_round33/`, today 2026-12-06), blind: Ghost dated only in JSON-LD, Substack with its sign-up
card, a Medium publication, Arc XP updated against published, a Flemish Drupal live blog, a HubSpot press release
dated by its dateline, Indonesian Blogger, Italian Wix with no date, a Korean portal carrying a paper's story, a
Brazilian portal's regional edition, Polish, a Greek Joomla/K2 daily dated above its <h2> headline, Hebrew RTL
dated by its address, a Vietnamese daily with a day-first date above its headline.  Measured at the start: title
12/14, outlet 10, url 13, date 12 (none wrong at high), keep 67/72, drop 160/192; after the rules of
`test_webpage_round33.py`: 14/14 each (none wrong at high), keep 72/72, drop 192/192.

Round 36 (`web_pages_round36/`, today 2026-12-06), blind: Next.js dated only in its app state, Google AMP, a
Wayback Machine snapshot, Squarespace, Spanish WordPress.com, an Arabic daily, a Chinese portal, Turkish, Swedish,
Czech, a French regional daily, a Kenyan WordPress site, a GOV.UK-style release, a Romanian story split over two
pages.  Measured at the start: title 13/14, outlet 13, url 13, date 12 (none wrong at high), keep 70/76, drop
186/206; after the rules of `test_webpage_round36.py`: 14/14 each (none wrong at high), keep 76/76, drop 206/206.

Round 39 (`web_pages_round39/`), blind: a BBC-style data-component page, LinkedIn, a YouTube watch page, German
Drupal, Portuguese, Hindi in Devanagari digits, Russian, a Japanese aggregator, Thai in the Buddhist era, a Danish
print view, a US TV page with an embedded live blog, Swiss-French with no date, an Italian body in a <template>,
a Finnish page at the time-zone edge.  Measured at its start (e8ef09a): date 10/14, keep 84/84, drop 247/250;
fixed that session to date 14/14 (two pages still keep a label: known).

Round 42 (`web_pages_round42/`), blind: a Korean portal, Turkish, Greek, an Arabic page with a Hijri date, Dutch,
a Ghanaian WordPress site, Substack, Medium, AMP, a Wayback capture, a paywalled page, a Canadian bilingual
town release dated "12/02/2026", a date only in the URL, a live blog.  Measured at the start (d16c995): title
14/14, outlet 14, url 14, date 13 (none wrong at high), keep 98/99, drop 291/300; after the rules of
`test_webpage_round42.py`: date 14/14, keep 99/99, drop 295/300 (Medium's clap count, the live blog's embedded
post: known); the embedded post and the support appeal went with round 48's rules (299/300).

Round 48 (`web_pages_round48/`, today 2026-12-07), blind: Gulf, Levant, Egyptian, Pakistani, Bangladeshi and Sri
Lankan English outlets (Arc XP across UTC midnight, a Hijri header date, a GMT live blog, an ASP.NET WebForms page,
<br>-split paragraphs), a ministry's release dated only by its address, a parliament's news page dated
"03-12-2026", a Google AMP cache copy, a SingleFile save with no date, a Telegram channel preview.  Measured at the
start (62284fa): title 13/14, outlet 13, url 14, date 14 (none wrong at high), keep 79/82, drop 260/274; after the
rules of `test_webpage_round48.py`: 14/14 each, keep 82/82, drop 274/274.

Round 52 (`web_pages_round52/`, today 2026-12-07), blind: Nigerian, Kenyan, South African, Ghanaian, Ugandan and
Zimbabwean outlets (JNews/tagDiv WordPress, Rank Math JSON-LD, a Next.js paywall whose body is one HTML string in
__NEXT_DATA__, SingleFile, a table layout, a ministry's Drupal release "Issued this 4th day of December, 2026", a
Joomla Hansard, a WordPress AMP page at 22:45 UTC dated the next day by its address), a YouTube watch page whose
statement is its description, a logged-out Facebook post dated only "2d". Measured at the start (e4178c5): title
14/14, outlet 14, url 14, date 13 (none wrong at high), keep 83/87, drop 272/297; after the rules of
`test_webpage_round52.py`: 14/14 each (none wrong at high), keep 87/87, drop 297/297.

Round 57 (`web_pages_round57/`, today 2026-12-07), blind: Latin American and continental European outlets in their
own languages (Mexico, Argentina with an Arc/Fusion page, Chilean AMP, Colombia, Brazil, Portugal, a French live blog
crossing midnight, a German broadcaster's page and a Liveticker, Italian with a SingleFile interview, Flemish with a
1970 JSON-LD date, Polish with no date metadata).  Measured at the start (b549ceb): title 15/16, outlet 15, url 16,
date 15 (none wrong at high), keep 84/92, drop 292/300; after the rules of `test_webpage_round57.py`: 16/16 each,
keep 92/92, drop 300/300.  One expectation differs from the writer's: p14's bold interview questions are written
as the import writes every bold interview (`D:`/`R:` turns, as round 20's Ghost interview has `Q:`), not bare.

Round 62 (`web_pages_round62/`, today 2026-12-07), blind: African, Middle Eastern and East/Southeast Asian outlets
(Nigeria, Ghana, Kenya, a South African live blog, Egypt, Morocco in French, the Emirates, Saudi Arabia, a SingleFile
opinion page, an Arabic RTL page, an Israeli live blog, an Indian AMP page, a Korean wire, Indonesia, the Philippines, a
Japanese broadcaster).  Measured at the start (21bd6dc): title 15/16, outlet 16, url 16, date 16 (none wrong at high),
keep 86/86, drop 184/194; after the rules of `test_webpage_round62.py`: 16/16 each, keep 86/86, drop 194/194.

Round 69 (`web_pages_round69/`, today 2026-12-07), blind: outlets of Latin America, Turkey, Greece, Central Asia, Iran,
Pakistan and South/Southeast Asia (a Brazilian portal whose datePublished is its update, a print view whose <title>
is "Paper - Headline - date", Mexican AMP, an Argentine live blog past midnight, a Colombian page whose paragraphs
are in <noscript> behind "Cargando...", Chilean XHTML tables, Turkish windows-1254 and a "Save as complete" copy, a
Firefox Reader View export, a Russian windows-1251 page from Kazakhstan, an Uzbek Bitrix page, a Vietnamese
SingleFile save, Thai in the Buddhist era, Persian in the Solar Hijri calendar, Urdu with its digits, Bengali).
Measured at the start (587e521): title 14/16, outlet 11, url 11, date 13 (none wrong at high), keep 59/71, drop
169/202; after the rules of `test_webpage_round69.py`: 16/16 each (none wrong at high), keep 71/71, drop 202/202.
p15's outlet is its og:site_name in Urdu script ("روزنامہ سحر"), as its writer expected, not its JSON-LD publisher's
romanisation ("Roznama Sahar"): as in p16 and the first set's w09, og:site_name is the outlet's name unless the page
never shows it (a platform's "Medium" over the publication its JSON-LD names, round 22's p05), and the romanisation is
shown nowhere on the page.

Round 75 (`web_pages_round75/`, today 2026-12-07), blind: a Nigerian WordPress page, a South African paywall whose
hidden full story repeats its teaser, a Kenyan page dated only by a <time> without datetime, Indian pages in English
(an "Updated" line beside the JSON-LD's publication) and Hindi ("सार"/"विस्तार", "यह भी पढ़ें"), an Instapaper export of a
Philippine story, a Chrome "HTML only" save with __NEXT_DATA__, a Google AMP cache copy of a New Zealand story whose
"Last updated" line is its UTC publication in NZ time, a Japanese broadcaster in the Reiwa era, a Chinese XHTML page
with "来源：" and "【纠错】 责任编辑", a Taiwanese page dated in the Minguo era (中華民國115年), a Polish daily, archive.ph
and Wayback snapshots, Substack and Medium.  Measured at the start (77c8d05): title 15/16, outlet 13, url 14, date 14
(none wrong at high), keep 80/85, drop 160/178; after the rules of `test_webpage_round75.py`: 16/16 each (none wrong
at high), keep 85/85, drop 178/178.  p06's outlet ("Visayas Inquirer") is shown nowhere on the page: it is read from
the address's label at a noun outlets' names end with, and the import warns that it was (see
`webpage.address_outlet`); p09's and p10's address is "" as their writer set it (neither page holds its own).

Round 81 (`web_pages_round81/`, today 2026-12-08), blind: a Gannett-style US local page (a gallery's "Show Caption",
a paywall meter, the writer's italic note "… Reach her at …"), a Mirror-style UK tabloid (a "Get the latest" sign-up
box between the paragraphs, a pull quote, an embedded tweet), a Postmedia page ("Article content" over each stretch
between its advertising slots), a News Corp Australian page, an Irish page with dated "Read More" cards, a Singapore
Drupal page, a Punch-style Nigerian page (its copyright notice under the story), an NPR page whose broadcast
transcript repeats the story under it, a Politico Europe page, a Reuters "Save page as… complete" copy ("Reporting
by … in Brussels; Editing by …", "Our Standards: …, opens new tab"), Greek, Hebrew RTL (a "talkbacks" section, a
tip line's e-mail), Vietnamese (the writer's name in bold to the right under the last paragraph), Thai in the
Buddhist era, Swedish, a Czech live blog.  Measured at the start (86c60a7): title 16/16, outlet 16, url 16, date 16
(none wrong at high), keep 95/95, drop 188/202; after the rules of `test_webpage_round81.py`: 16/16 each (none wrong
at high), keep 95/95, drop 202/202, and p12's date, right but at medium at the start (a UTC time near midnight),
now high: its "07.12.26 | 23:58" (a two-digit year beside a clock) confirms the markup's day.  The writer's
choices are kept as written: standfirsts in neither list, p08's transcript lines in neither list (the transcript
goes whole: see `webpage.without_transcript_copy`), credit lines and p13's signature dropped, p14's address its
og:url.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLE

from dateline import importer, webpage
from dateline.load import read_source, split_front_matter

PAGES = Path(__file__).parent / "data" / "web_pages"
EXPECTED: dict[str, dict[str, object]] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
# Blind rounds of saved pages (written by helpers who never read the code), kept fixed: each
# folder with its expected.json, scored as of the day it was written.
ROUNDS = {name: Path(__file__).parent / "data" / f"web_pages_{name}"
          for name in ("round20", "round22", "round25", "round27", "round30", "round33", "round36", "round39", "round42",
                       "round48", "round52", "round57", "round62", "round69", "round75", "round81")}
# the day each round was written on, for its relative dates ("Updated about 5 hours ago"); 2026-12-06 otherwise
TODAYS: dict[str, date] = {"round48": date(2026, 12, 7), "round52": date(2026, 12, 7), "round57": date(2026, 12, 7),
                           "round62": date(2026, 12, 7), "round69": date(2026, 12, 7), "round75": date(2026, 12, 7),
                           "round81": date(2026, 12, 8)}
EXPECTED_ROUNDS: dict[str, dict[str, dict[str, object]]] = {
    name: json.loads((folder / "expected.json").read_text(encoding="utf-8")) for name, folder in ROUNDS.items()}
# The pages of those rounds the importer still gets wrong, and how (strict: a fix must take the name off).
KNOWN_ROUNDS: dict[tuple[str, str], str] = {
    ("round39", "p10_limfjordsposten_danish_printview_udskrevetdate_canonical_publiceretopdateret.html"):
        "a print view's section label ('Skive · Fur') kept above the story",
    ("round39", "p13_vocedellario_italian_continuaaleggere_bodyintemplate_noscriptmsg_leggianche.html"):
        "the 'di X' byline box glued to its 'Aggiornato alle' line kept",
    ("round42", "p08_medium_personal_post_minread_claps_classsoup_recommendedfrommedium.html"):
        "Medium's clap count alone ('1.2K') kept: a count line whose word may follow it is read only on post pages",
}


def _project(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE / "content" / "_data", content / "_data")
    (content / "articles").mkdir()
    return content / "articles"


def test_every_page_has_an_expectation() -> None:
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_imports_as_a_careful_reader_would(tmp_path: Path, name: str) -> None:
    _imports_as_expected(tmp_path, PAGES, name, EXPECTED[name], date(2026, 11, 23))


@pytest.mark.parametrize("round_name", sorted(ROUNDS))
def test_every_round_page_has_an_expectation(round_name: str) -> None:
    assert sorted(p.name for p in ROUNDS[round_name].glob("*.html")) == sorted(EXPECTED_ROUNDS[round_name])


@pytest.mark.parametrize(("round_name", "name"), [
    pytest.param(r, n, marks=pytest.mark.xfail(reason=KNOWN_ROUNDS[r, n], strict=True)) if (r, n) in KNOWN_ROUNDS
    else (r, n) for r in sorted(ROUNDS) for n in sorted(EXPECTED_ROUNDS[r])])
def test_round_page_imports_as_a_careful_reader_would(tmp_path: Path, round_name: str, name: str) -> None:
    _imports_as_expected(tmp_path, ROUNDS[round_name], name, EXPECTED_ROUNDS[round_name][name],
                         TODAYS.get(round_name, date(2026, 12, 6)))


def _imports_as_expected(tmp_path: Path, pages: Path, name: str, exp: dict[str, object], today: date) -> None:
    into = _project(tmp_path)
    [result] = importer.import_jobs([(pages / name, importer.ImportOptions(into=into, today=today))])
    if exp["date"] is None:
        assert result.problem is not None and "--date" in result.problem.message, "no date we can stand behind"
        result = next(importer.import_jobs([(pages / name, importer.ImportOptions(
            into=into, today=today, given_date="2024-01-01"))]))
    assert result.problem is None, result.problem
    src = read_source(Path(result.target), result.target)
    assert not isinstance(src, importer.Problem)
    meta, _, _, problems = split_front_matter(src)
    assert not problems
    body = src.text.split("\n---\n", 1)[1]
    assert meta["title"] == exp["title"]
    assert meta.get("outlet", "") == exp["outlet"]
    assert meta.get("source_url", "") == exp["source_url"]
    if exp["date"] is not None:
        assert meta["date"] == exp["date"]
        assert meta["date_basis"], "the basis says which signal gave the date"
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for sentence in exp["keep"]:  # type: ignore[attr-defined]
        assert sentence in paragraphs, f"{name}: main text lost or changed: {sentence[:60]}"
        assert paragraphs.count(sentence) == 1, f"{name}: main text repeated (a teaser and the story): {sentence[:60]}"
    for junk in exp["drop"]:  # type: ignore[attr-defined]
        assert junk not in body, f"{name}: boilerplate kept: {junk}"
    assert exp["title"] not in paragraphs[:3], "the headline is the title, not repeated in the body"
    assert result.page_words is not None and 0 < result.kept_words < result.page_words
    assert f"kept {result.kept_words} words" in result.summary()


def test_an_archive_lookup_is_offered_from_the_canonical_url_and_date_never_written(tmp_path: Path) -> None:
    """UX-25: the import wrote a made-up Wayback address as `archive_url` for every page, which a
    fact-check desk read as a copy that exists. Now front matter names an archive only when one is
    known; the article page offers a lookup by the canonical URL and the publication day."""
    from dateline.load import parse_article

    into = _project(tmp_path)
    [result] = importer.import_jobs([(PAGES / "w01_courier_ap_jsonld.html", importer.ImportOptions(into=into))])
    text = Path(result.target).read_text(encoding="utf-8")
    assert "archive_url" not in text
    src = read_source(Path(result.target), result.target)
    assert not isinstance(src, importer.Problem)
    article, _ = parse_article(src)
    assert article is not None and article.archive_url == "" and article.archive_lookup
    assert article.lang == "en-US", "the language the page declares (<html lang>) is kept as lang:"
    assert article.archive_link == ("https://web.archive.org/web/20250114000000/"
                                    "https://www.northfieldcourier.example/world/2025/01/14/grid-operator-winter-shortfalls/")


def test_options_override_what_the_page_says(tmp_path: Path) -> None:
    into = _project(tmp_path)
    opts = importer.ImportOptions(into=into, outlet="The Associated Press", source_url="https://example.org/a",
                                  title="Grid warning", given_date="2025-01-15", date_basis="print edition")
    [result] = importer.import_jobs([(PAGES / "w01_courier_ap_jsonld.html", opts)])
    meta, _, _, _ = split_front_matter(read_source(Path(result.target), "x"))  # type: ignore[arg-type]
    assert (meta["outlet"], meta["source_url"], meta["title"], meta["date"]) == (
        "The Associated Press", "https://example.org/a", "Grid warning", "2025-01-15")
    assert "outlet_basis" not in meta, "an outlet the editor gave needs no basis"
    assert Path(result.target).name == "grid-warning.md", "the slug follows the title"


def test_whitespace_is_tidied_but_every_quotation_mark_is_kept() -> None:
    html = ("<html><head><title>Odd marks | Test Post</title><meta property='og:site_name' content='Test Post'>"
            "</head><body><article><h1>Odd marks</h1>"
            "<p>The envoy said:\u00a0\u201cWe won\u2019t\u2009\u2014\u2009we can\u2019t \u2014 sign  \u2018this\u2019"
            " text.\u201d</p><p>\u00abNon,\u00bb she added; \"plain\" and 'single' and \u201elow\u201c marks"
            " all stay.</p><p>A third paragraph that is here so that the story is long enough to be a story, with"
            " more words about the talks and the people who took part in them over the long weekend.</p>"
            "</article></body></html>")
    page = webpage.read_page(html)
    assert page.title == "Odd marks" and page.site_name == "Test Post"
    assert "The envoy said: \u201cWe won\u2019t \u2014 we can\u2019t \u2014 sign \u2018this\u2019 text.\u201d" in page.paragraphs
    assert "\u00abNon,\u00bb she added; \"plain\" and 'single' and \u201elow\u201c marks all stay." in page.paragraphs


@pytest.mark.parametrize(("title", "site", "want"), [
    ("Talks stall | Example News", "Example News", "Talks stall"),
    ("Talks stall - Example News", "Example News", "Talks stall"),
    ("Talks stall – EXAMPLE NEWS", "Example News", "Talks stall"),
    ("Talks stall | World | Example Daily", "", "Talks stall | World"),
    ("Kyiv - a city under fire", "", "Kyiv - a city under fire"),
    ("Kyiv - a city under fire - The Post", "The Post", "Kyiv - a city under fire"),
    ("Peskov: Moscow open to contacts", "", "Peskov: Moscow open to contacts"),
])
def test_outlet_tail_leaves_the_title(title: str, site: str, want: str) -> None:
    assert webpage.strip_outlet_tail(title, site) == want


@pytest.mark.parametrize(("tag", "title", "want"), [
    ("Prairie Ledger - Farm income falls for second year", "Farm income falls for second year", "Prairie Ledger"),
    ("Farm income falls | The Daily Meridian", "Farm income falls", "The Daily Meridian"),
    ("Farm income falls for second year", "Farm income falls for second year", ""),
    ("Why farm income falls: an explainer for the rest of us", "Why farm income falls", ""),
    ("Breaking News, World News & Video | Global Desk", "Ministers agree on a corridor", ""),
])
def test_outlet_from_the_title_tag(tag: str, title: str, want: str) -> None:
    assert webpage.title_outlet(tag, title) == want


def test_page_date_says_which_signal_gave_it() -> None:
    def date_of(name: str) -> webpage.DateInfo | None:
        return webpage.page_date((PAGES / name).read_text(encoding="utf-8"))

    agreed = date_of("w01_courier_ap_jsonld.html")
    assert agreed is not None and agreed.confidence == "high"
    assert "article:published_time" in agreed.basis and "htmldate agrees" in agreed.basis
    by_url = date_of("w06_url_date_comments.html")
    assert by_url is not None and by_url.date.iso() == "2023-11-02" and "address" in by_url.basis
    assert date_of("w07_related_dates_no_date.html") is None, "sidebar <time>s date other stories"
    modified = date_of("w10_modified_only.html")
    assert modified is not None and modified.confidence == "low" and "last-modified" in modified.basis


def test_markup_as_written_beats_htmldate_across_midnight() -> None:
    html = ("<html><head><meta property='article:published_time' content='2025-07-18T23:30:00-04:00'>"
            "</head><body><article><h1>Late story</h1><p>Text of the story.</p></article></body></html>")
    got = webpage.page_date(html)
    assert got is not None and got.date.iso() == "2025-07-18" and "as written" in got.basis


def test_a_related_list_inside_main_does_not_date_the_story() -> None:
    html = ("<html><body><main><div class='story'><h1>Talks resume</h1><p>The talks resumed on Friday.</p></div>"
            "<div class='related-stories'><time datetime='2019-05-01'>1 May 2019</time></div>"
            "<footer><time datetime='2018-01-01'>2018</time></footer></main></body></html>")
    assert webpage.markup_date(html) is None
    dated = html.replace("<p>The", "<p><time datetime='2025-03-07T09:00'>7 March</time> The")
    got = webpage.markup_date(dated)
    assert got is not None and got.date.iso() == "2025-03-07"


@pytest.mark.parametrize("html", [
    "<html>", "<<<>>>", "<div>" * 5000 + "x", "just text, no markup at all",
    "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
    "<html><head><meta property='article:published_time' content='2024-13-45'>"
    "<script type='application/ld+json'>{bad json \"datePublished\": \"x\"</script></head><body></body></html>",
])
def test_hostile_pages_are_reported_not_raised(tmp_path: Path, html: str) -> None:
    into = _project(tmp_path)
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    [result] = importer.import_jobs([(page, importer.ImportOptions(into=into, today=date(2026, 1, 1)))])
    assert result.problem is not None and "no article text found in the page" in result.problem.message
    assert not list(into.glob("*.md"))


def _dated_page(head: str, header: str = "", extra: str = "") -> str:
    """An invented story page: ``head`` markup, a ``header`` line under the <h1>, then the story."""
    return ("<html lang='en'><head><title>Harbour levy rises | Test Gazette</title>" + head + "</head><body><article>"
            "<h1>Harbour levy rises for the third year</h1>" + (f"<div class='meta'>{header}</div>" if header else "")
            + "<p>The harbour board raised the mooring levy for the third year running on a split vote, with two"
            " members saying small fishing crews could not carry another rise.</p><p>A second paragraph of the"
            " story with more about the vote and what the board's chair said after it.</p></article>"
            + extra + "</body></html>")


def test_a_utc_meta_day_gives_way_to_the_outlets_own_offset() -> None:
    html = _dated_page("<meta property='article:published_time' content='2025-02-11T03:20:00Z'>"
                       "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                       "\"datePublished\": \"2025-02-10T22:20:00-05:00\"}</script>")
    got = webpage.page_date(html)
    assert got is not None and got.date.iso() == "2025-02-10" and got.confidence == "high"
    assert "UTC" in got.basis


def test_a_utc_meta_day_gives_way_to_the_date_shown_under_the_headline() -> None:
    html = _dated_page("<meta property='article:published_time' content='2025-08-03T20:30:00Z'>",
                       "By Dana Whitlock · 6.30am on Monday 4 August 2025")
    got = webpage.page_date(html)
    assert got is not None and got.date.iso() == "2025-08-04" and got.confidence == "high"
    far = _dated_page("<meta property='article:published_time' content='2025-08-03T20:30:00Z'>",
                      "By Dana Whitlock · 14 July 2025")
    got = webpage.page_date(far)
    assert got is not None and got.date.iso() == "2025-08-03", "only a one-day gap is a time-zone gap"


def test_a_utc_time_near_midnight_with_nothing_local_is_not_high() -> None:
    got = webpage.page_date(_dated_page("<meta property='article:published_time' content='2025-03-01T23:10:00Z'>"))
    assert got is not None and got.date.iso() == "2025-03-01" and got.confidence == "medium"
    noon = webpage.page_date(_dated_page("<meta property='article:published_time' content='2025-03-01T11:10:00Z'>"))
    assert noon is not None and noon.confidence == "high", "at noon UTC the day is the same almost everywhere"


@pytest.mark.parametrize("placeholder", ["1970-01-01T00:00:00.000Z", "1900-01-01", "0001-01-01T00:00:00Z",
                                         "9999-12-31T23:59:59Z"])
def test_placeholder_dates_are_no_dates(placeholder: str) -> None:
    head = f"<meta property='article:published_time' content='{placeholder}'>"
    assert webpage.page_date(_dated_page(head)) is None
    shown = webpage.page_date(_dated_page(head, "Par Lucie Marchand — publié le 3 mars 2025 à 08h10"))
    assert shown is not None and shown.date.iso() == "2025-03-03"


def test_dated_cards_of_other_stories_never_date_the_article() -> None:
    cards = ("<section class='more-stories'><div class='card'><a href='/a'>Ferry timetable changes</a>"
             "<div class='card-date'>12 Nov 2024</div></div></section>"
             "<div class='relacionadas'><ol><li><a href='/b'>Outra notícia</a> <time>19/09/2024</time></li></ol></div>")
    assert webpage.page_date(_dated_page("", extra=cards)) is None


@pytest.mark.parametrize(("lines", "near", "want"), [
    (("Von Jana Roth 12.05.2026, 18:47 Uhr Aktualisiert: 13.05.2026, 07:12 Uhr",), None, "2026-05-12"),
    (("Aktualisiert am 13. Mai 2026", "Erschienen am 12. Mai 2026"), None, "2026-05-12"),
    (("Por Ana Ríos · 7 de abril de 2026 · 22:50",), None, "2026-04-07"),
    (("Publicado em 21/09/2026 às 14h32",), None, "2026-09-21"),
    (("Publicado el 05/04/2026",), None, None),  # 5 April or 4 May: nothing settles it
    (("Publicado el 05/04/2026",), "2026-04-05", "2026-04-05"),
    (("Posted on March 10, 2026 by Lee Park",), None, "2026-03-10"),
    (("Share Comments Read later",), None, None),
    # the languages and regional forms of the one list of date-line words (CLDR + lang/date_lines.toml)
    (("Wien, 14. Jänner 2026, 09:30",), None, "2026-01-14"),
    (("Lima, 3 de setiembre de 2026",), None, "2026-09-03"),
    (("Publicerad 4 augusti 2026 kl. 10.15",), None, "2026-08-04"),
    (("Publisert 4. desember 2026",), None, "2026-12-04"),
    (("Opdateret 5. maj 2026", "Udgivet 4. maj 2026"), None, "2026-05-04"),
    (("Atualizada em 22 de setembro de 2026", "Publicada em 21 de setembro de 2026"), None, "2026-09-21"),
    (("Geändert am 13. Mai 2026", "12. Mai 2026"), None, "2026-05-12"),
])
def test_the_date_shown_under_the_headline_in_several_languages(
        lines: tuple[str, ...], near: str | None, want: str | None) -> None:
    from dateline.model import PartialDate

    got = webpage.visible_date(lines, PartialDate.parse_iso(near) if near else None)
    assert (got.date.iso() if got is not None else None) == want


def _story_page(story: str, after: str = "", head: str = "") -> str:
    """An invented page: a headline, a byline, ``story`` inside the article, ``after`` below it."""
    return ("<html lang='en'><head><title>Ferry fares rise | Harbour Herald</title>"
            "<meta property='og:site_name' content='Harbour Herald'>" + head + "</head><body><article>"
            "<h1>Ferry fares rise by a fifth</h1><p class='byline'>By Tomas Reyes</p>" + story
            + "</article>" + after + "</body></html>")


_STORY = ("<p>The island ferry company will raise fares by a fifth from March, its chief executive said on a"
          " call with reporters, blaming fuel and the cost of insuring two ageing boats.</p>"
          "<p>“We held the price for four years and we cannot hold it any longer,” said the chief executive,"
          " Mara Quist, adding that island residents would keep a discount card.</p>"
          "<p>The island council said it would ask the regional government for a subsidy. “A ferry is our only"
          " road to the mainland and the hospital,” the council leader, Ben Oduya, said on Tuesday.</p>")


@pytest.mark.parametrize(("box", "gone"), [
    ("<div class='reader-support-panel'><h3>Keep the Herald local</h3><p>We are funded by readers like you."
     " Give monthly.</p></div>", "Keep the Herald local"),
    ("<div class='meter-paywall'><p>You've read 3 of 5 free articles this month. Subscribe for full access.</p>"
     "</div>", "You've read 3 of 5 free articles"),
    ("<section class='autorinnen-box'><p><b>Tomas Reyes</b> berichtet seit 2015 über Häfen und Verkehr.</p>"
     "</section>", "berichtet seit 2015"),
    ("<div class='article-ai-summary'><h2>Key points</h2><ul><li>Fares up 20%</li><li>Council wants a subsidy"
     "</li></ul><p>This summary was generated with AI.</p></div>", "Key points"),
    ("<p class='notice'>Comments are closed for this story.</p>", "Comments are closed"),
    ("<p><b>ALSO READ |</b> <a href='/x'>Island clinic to close on Sundays</a></p>", "ALSO READ"),
    ("<p><strong>Lesen Sie auch:</strong> <a href='/y'>Neue Fähre kommt 2027</a></p>", "Lesen Sie auch"),
    ("<p><em>This interview has been condensed. Check against delivery.</em></p>", "Check against delivery"),
])
def test_furniture_inside_the_story_box_is_dropped(box: str, gone: str) -> None:
    page = webpage.read_page(_story_page(_STORY.replace("</p><p>The island council", "</p>" + box
                                                         + "<p>The island council")))
    assert not any(gone in p for p in page.paragraphs), page.paragraphs
    assert any(p.startswith("The island council said") for p in page.paragraphs), "the story stays"


def test_a_short_answer_stays_though_a_furniture_box_holds_its_word() -> None:
    story = _STORY.replace("</p><p>The island council", "</p><p>Will fares rise again next year?</p><p>No.</p>"
                           "<p>The island council")
    box = "<div class='author-bio'><p>Tomas Reyes has no car and takes the ferry. Will he move? No.</p></div>"
    page = webpage.read_page(_story_page(story + box))
    assert "No." in page.paragraphs and "Will fares rise again next year?" in page.paragraphs
    assert not any(p.startswith("Tomas Reyes has no car") for p in page.paragraphs)


def test_a_short_story_in_a_premium_container_is_kept() -> None:
    story = ("<div class='premium-content'><p>The island ferry will run two extra sailings on Saturday for the"
             " regatta, the company said.</p><p>Tickets for the extra sailings go on sale on Thursday morning at"
             " the harbour office.</p></div><p class='notice'>Comments are closed for this story.</p>")
    page = webpage.read_page(_story_page(story))
    assert any(p.startswith("The island ferry will run") for p in page.paragraphs)
    assert any(p.startswith("Tickets for the extra") for p in page.paragraphs)


def test_a_pull_quote_repeating_the_story_goes_but_a_quoted_letter_stays() -> None:
    pull = "<blockquote class='big'>We held the price for four years — and a ferry is our only road</blockquote>"
    letter = "<blockquote><p>“Dear residents, the timetable will not change this winter.”</p></blockquote>"
    story = _STORY.replace("</p><p>The island council", "</p>" + pull + "<p>The island council")
    page = webpage.read_page(_story_page(story + letter))
    assert any(p.startswith("The island council said") for p in page.paragraphs)
    assert not any(p.startswith("We held the price for four years —") for p in page.paragraphs)
    assert "“Dear residents, the timetable will not change this winter.”" in page.paragraphs


def test_the_rest_of_a_metered_story_comes_from_the_pages_json() -> None:
    paras = [
        "The island ferry company will raise fares by a fifth from March, its chief executive said on a call.",
        "“We held the price for four years and we cannot hold it any longer,” said Mara Quist.",
        "The island council said it would ask the regional government for a subsidy &amp; a review.",
        "Residents will keep a discount card, the company said, but only for <a href='/c'>two crossings</a> a week.",
    ]
    data = {"props": {"story": {"elements": [
        {"type": "text", "content": paras[0]}, {"type": "text", "content": paras[1]},
        {"type": "newsletter", "content": "Sign up for the Harbour Brief"},
        {"type": "text", "content": paras[2]}, {"type": "text", "content": paras[3]}]}}}
    visible = f"<p>{paras[0]}</p><p>{paras[1]}</p><div class='gate'><p>Subscribe to keep reading.</p></div>"
    blob = "<script id='__NEXT_DATA__' type='application/json'>" + json.dumps(data) + "</script>"
    page = webpage.read_page(_story_page(visible, after=blob))
    assert page.paragraphs[-2:] == (
        "The island council said it would ask the regional government for a subsidy & a review.",
        "Residents will keep a discount card, the company said, but only for two crossings a week.")
    assert "Sign up for the Harbour Brief" not in page.paragraphs
    other = webpage.read_page(_story_page(_STORY, after=blob))
    assert not any("discount card, the company said" in p for p in other.paragraphs), \
        "a JSON list that is not the visible story's continuation is not used"


@pytest.mark.parametrize(("html", "tag"), [
    ('<!DOCTYPE html><html class="no-js" lang="fr-ca" dir="ltr">', "fr-CA"),
    ("<html><head><meta property='og:locale' content='pt_BR'>", "pt-BR"),
    ("<HTML LANG=DE>", "de"),
    ('<html xml:lang="x"><head><meta name="description" content="lang=en">', ""),
])
def test_the_page_language_is_read_from_html_lang_then_og_locale(html: str, tag: str) -> None:
    assert webpage.page_language(html) == tag


# --- who wrote it: the front matter's `author:` (invented pages in the shapes of real bylines) ---

def _byline_page(byline: str, head: str = "") -> str:
    story = "".join(f"<p>Paragraph {n} of the council story says the bridge will close for repairs this winter.</p>"
                    for n in range(6))
    return (f"<html><head><title>Bridge to close for repairs</title>{head}</head><body><article>"
            f"<h1>Bridge to close for repairs</h1>{byline}{story}</article></body></html>")


@pytest.mark.parametrize(("byline", "head", "author"), [
    # the JSON-LD story node names the author: a byline's date and reading time are not read as names
    ("<div class='byline'>By The Harbour Wire · Tue., Sept. 16, 2025 · 3 min. read</div>",
     '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization",'
     '"name":"The Harbour Wire"}}</script>', "The Harbour Wire"),
    # two authors by @id in a @graph
    ("", '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"@id":"#a"},{"@id":"#b"}]},'
     '{"@type":"Person","@id":"#a","name":"Ines Varga"},{"@type":"Person","@id":"#b","name":"Tomas Greer"}]}</script>',
     "Ines Varga and Tomas Greer"),
    # a place the outlet sets in its own element beside the name
    ("<div class='c-byline'>Ruth Okafor <span>Port Elizabeth</span> · <time datetime='2025-02-11'>Feb. 11, 2025</time></div>",
     "", "Ruth Okafor"),
    # a lead-in before "by", and two names joined by "and"
    ("<div class='authors'>Live coverage by Maeve Dunleavy and Kofi Asante</div>", "", "Maeve Dunleavy and Kofi Asante"),
    # a date word after the name, and a job title after it
    ("<div class='byline'>Lina Sorensen; Saturday</div>", "", "Lina Sorensen"),
    ("<div class='byline'>By Ahmed Rauf; Senior political reporter</div>", "", "Ahmed Rauf"),
    # a German magazine's byline: the name, then where the writer files from after a comma (usability round 10)
    ("<p class='byline'>Von Lena Aebischer, Bern · 04.12.2026, 12.05 Uhr</p>", "", "Lena Aebischer"),
])
def test_the_author_is_the_bylines_name_not_its_date_place_or_job(byline: str, head: str, author: str) -> None:
    assert webpage.read_page(_byline_page(byline, head)).author == author


# --- a kicker set inside the headline's <h1> (a broadcaster's "Dachzeile", a paper's topic line) ---

def _kicker_page(h1: str, title: str) -> str:
    story = "".join(f"<p>Absatz {n}: Der Rat der Stadt Kesselbach hat nach langer Debatte ein Sparpaket für die "
                    "Bäder beschlossen, die Grundsteuer steigt.</p>" for n in range(5))
    return (f'<html lang="de"><head><title>{title} | rheinfunk.de</title>'
            f'<meta property="og:title" content="{title}"></head><body><main><article>'
            f"{h1}<p>Stand: 12.03.2024 14:22 Uhr</p>{story}</article></main></body></html>")


@pytest.mark.parametrize(("h1", "title", "want"), [
    # the kicker in its own span inside the <h1>, the social title joining the two with a colon
    ('<h1><span class="seitenkopf__topline">Haushaltsstreit</span> <span class="seitenkopf__headline--text">'
     "Stadtrat beschließt Sparpaket</span></h1>", "Haushaltsstreit: Stadtrat beschließt Sparpaket",
     "Stadtrat beschließt Sparpaket"),
    # no space between the spans, the social title running them together
    ('<h1><span class="dachzeile">Kommunalpolitik</span><span class="headline">Stadtrat beschließt Sparpaket</span>'
     "</h1>", "Kommunalpolitik Stadtrat beschließt Sparpaket", "Stadtrat beschließt Sparpaket"),
    # an English paper's kicker, the social title the headline alone
    ('<h1><div class="kicker">City Hall</div><div class="headline">Council passes cuts to pools and libraries</div>'
     "</h1>", "Council passes cuts to pools and libraries", "Council passes cuts to pools and libraries"),
    # an emphasised word in a headline is no kicker: bare words stand beside it
    ("<h1><em>Exklusiv:</em> Stadtrat beschließt Sparpaket</h1>", "Exklusiv: Stadtrat beschließt Sparpaket",
     "Exklusiv: Stadtrat beschließt Sparpaket"),
])
def test_a_kicker_inside_the_h1_is_no_part_of_the_title_or_the_text(h1: str, title: str, want: str) -> None:
    page = webpage.read_page(_kicker_page(h1, title))
    assert page.title == want
    assert not any(p.startswith(("Haushaltsstreit", "Kommunalpolitik", "City Hall")) for p in page.paragraphs)


@pytest.mark.parametrize(("byline", "author"), [
    ("Автор: Иван Петров", "Иван Петров"),  # a Russian news site's byline box
    ("Von Jana Roth", "Jana Roth"),  # a German regional paper's
    ("Por María Gómez", "María Gómez"),
    ("Par Claire Dubois", "Claire Dubois"),
    ("Autor: Anna Nowak", "Anna Nowak"),  # a Polish portal's
    ("Ursula von der Leyen", "Ursula von der Leyen"),  # a name's particle is no lead-in
])
def test_a_bylines_lead_in_is_no_part_of_the_author_in_any_language(byline: str, author: str) -> None:
    """The lead-in goes from the byline box trafilatura reads and from `<meta name="author">` alike
    (page_lines.toml byline_lead)."""
    assert webpage.read_page(_byline_page(f"<div class='byline'>{byline}</div>")).author == author
    assert webpage.read_page(_byline_page("", f'<meta name="author" content="{byline}">')).author == author


def _date_line_page(header: str, story_top: str = "", meta: str = "") -> str:
    """A saved page with a site header, a story (headline, `story_top` lines, two paragraphs) and `meta` tags."""
    para = ("The district council approved the new water tariff after a long debate that ran past midnight, "
            "with several members asking for a review of the charges for small farms in the valley.")
    return (f"<!DOCTYPE html><html><head><title>Tariff approved</title>{meta}</head><body>{header}"
            f"<main><article><h1>Tariff approved after long debate</h1>{story_top}"
            f"<div class=\"body\"><p>{para}</p><p>{para} The vote was close.</p></div></article></main></body></html>")


@pytest.mark.parametrize(("top", "want"), [
    # Devanagari digits (a Hindi portal's only date): read as 0-9, the update beside it passed over
    ('<div class="meta">प्रकाशित: ०३ दिसंबर २०२६, ०९:१५ अपराह्न | अपडेटेड: ०४ दिसंबर २०२६</div>', "2026-12-03"),
    # a Bengali one (date_lines.toml [bn]: CLDR's months, since web69) …
    ('<div class="meta">প্রকাশিত: ১২ নভেম্বর ২০২৬</div>', "2026-11-12"),
    # … but a day of the Bengali calendar (Bangabda 1433's Agrahayan) is no Gregorian one: asked, never guessed
    ('<div class="meta">২৭ কার্তিক ১৪৩৩</div>', None),
    # a Thai date in the Buddhist era (2569 = 2026)
    ('<div class="meta">วันพฤหัสบดีที่ 3 ธันวาคม 2569 เวลา 14:20 น.</div>', "2026-12-03"),
    ('<div class="meta">เผยแพร่: 3 ธันวาคม พ.ศ. 2569</div>', "2026-12-03"),
])
def test_a_date_shown_in_another_scripts_digits_or_era_is_read(top: str, want: str | None) -> None:
    """web39 (blind): a Hindi portal's "०३ दिसंबर २०२६" and a Thai one's "3 ธันวาคม 2569" were the pages'
    only dates, and the import asked for one. Every script's decimal digits are read as 0-9, and a
    year of the Buddhist era is counted back by 543. (A calendar that is no list of ours, the Bengali one: asked.)"""
    found = webpage.page_date(_date_line_page("", top))
    assert (found.date.iso() if found is not None else None) == want, found


def test_a_utc_stamp_loses_to_the_local_day_shown_after_a_lead_box() -> None:
    """web39 (blind): a Finnish daily published at 00:30 local time ("Julkaistu 4.12.2026 klo 0.30")
    stamps every machine date in UTC (22:30 the day before). The date line stood after the story's
    lead, a box named `Article_lead__…`, which ended the search for the header lines: a lead box is a
    standfirst, passed over like one."""
    top = ('<p class="Article_lead__Zk4qP">Fire broke out late on Thursday evening.</p>'
           '<div class="Article_byline__V8aL1"><span>Jussi Mäki</span><div class="Article_dates__nn20X"><span>Julkaistu '
           '<time datetime="2026-12-03T22:30:00.000Z">4.12.2026 klo 0.30</time></span></div></div>')
    meta = '<meta property="article:published_time" content="2026-12-03T22:30:00.000Z">'
    found = webpage.page_date(_date_line_page("", top, meta))
    assert found is not None and found.date.iso() == "2026-12-04" and found.confidence == "high", found


def test_the_sites_masthead_date_is_the_day_it_was_saved_not_the_storys() -> None:
    """web39 (blind): a Swiss daily dates its story only "Il y a 3 heures"; its masthead shows the day
    the page was saved ("Dimanche 6 décembre 2026"), which htmldate gave as the story's date. The
    site's <header> (the story's own holds its <h1>) dates nothing of the story: the import asks."""
    header = '<header class="site-header"><div class="site-header__date">Dimanche 6 décembre 2026</div></header>'
    top = '<div class="meta"><time>Il y a 3 heures</time></div>'
    assert webpage.page_date(_date_line_page(header, top)) is None
    own = _date_line_page("", "").replace(
        "<h1>Tariff approved after long debate</h1>",
        "<header><h1>Tariff approved after long debate</h1><p>Dimanche 6 décembre 2026</p></header>")
    found = webpage.page_date(own)
    assert found is not None and found.date.iso() == "2026-12-06", "the story's own header still dates it"
