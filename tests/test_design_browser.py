"""The publication's design in real Chromium: the position chart, cards, article pages, dark mode,
narrow screens, print, the CSS+JS budget, and screenshots of every main page type.

The site is the design fixture project (tests/data/design_project: a fictional city, four
statements by one speaker on one day, a confirmed and several candidate shifts, a partial,
low-confidence date), built with search on so the header carries its search form, and served
over real HTTP. Screenshots go to tests/artifacts/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import yaml
from conftest import DATA, REPO, seed_config, served
from playwright.sync_api import Browser, Page, expect
from screenshot import shoot
from test_browser import axe_violations

from dateline import pipeline

PROJECT = DATA / "design_project"
ARTEFACTS = REPO / "tests" / "artifacts" / "screenshots"
BUDGET = 50 * 1024  # bytes of CSS + JS a page may load
MARKS = ".chart-plot a.mark:visible"  # the wide or the phone layout, whichever is shown
PAGES = {"index": "", "article": "2022/05/11/council-night/", "topic": "topics/bridge/", "speaker": "speakers/voss/"}


@pytest.fixture(scope="module")
def design_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("design") / "site"
    pipeline.build(seed_config(PROJECT, out, search=True))
    return out


@pytest.fixture(scope="module")
def server(design_built: Path) -> Iterator[str]:
    with served(design_built) as url:
        yield url


@pytest.fixture
def page(js_page: Page) -> Page:
    return js_page


def all_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html"))


def boxes(page: Page, selector: str) -> list[dict[str, Any]]:
    """Bounding boxes (viewport px) of the visible elements matching `selector`, with their link."""
    found: list[dict[str, Any]] = page.locator(selector).evaluate_all(
        """els => els.filter(e => e.getClientRects().length).map(e => {
            const r = e.getBoundingClientRect();
            return {x: r.x, y: r.y, w: r.width, h: r.height, href: e.closest('a').getAttribute('href')};
        })""")
    return found


# --------------------------------------------------------------------------- the chart

def test_every_mark_is_a_named_link_to_its_card(page: Page, server: str) -> None:
    page.goto(server)
    marks = page.locator(MARKS)
    n = marks.count()
    assert n >= 8
    # the home page is an overview: each mark links to its card on the year page that holds it
    found = [(m.locator("title").text_content() or "", m.get_attribute("href") or "", m.get_attribute("data-stance") or "")
             for m in marks.all()]
    for name, href, stance in found:
        assert re.fullmatch(r"\d{4}/(page/\d+/)?#q-[^/]+", href), href
        page.goto(server + href)
        card = page.locator(f'[id="{href.split("#")[1]}"]')
        expect(card).to_have_count(1)
        assert card.evaluate("e => e.classList.contains('quote-card')")
        # the name says who, when, which stance, and the first words of the statement
        speaker = card.locator(".meta .speaker").inner_text()
        when = card.locator(".meta time").inner_text()
        words = card.locator("blockquote").inner_text().strip("“”…\n ").split()[:3]
        assert speaker in name and when in name and " ".join(words).strip("“") in name, (name, words)
        chip = card.locator(".chips .stance")
        if stance:
            assert any(s in name for s in chip.all_inner_texts()), (name, chip.all_inner_texts())
        else:
            assert "no stance recorded" in name
    # the accessibility tree exposes them as links named by their <title>
    page.goto(server)
    for i in range(n):
        name = marks.nth(i).locator("title").text_content() or ""
        expect(page.get_by_role("link", name=name, exact=True)).to_have_count(1)


def test_keyboard_reaches_a_mark_and_enter_opens_its_card(page: Page, server: str) -> None:
    page.goto(server)
    target = page.locator(MARKS).first
    href = target.get_attribute("href") or ""
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.matches('a.mark')"):
            break
    else:
        pytest.fail("Tab never reached a chart mark")
    assert page.evaluate("() => document.activeElement.getAttribute('href')") == href
    page.keyboard.press("Enter")
    expect(page).to_have_url(server + href)  # the card's year page
    assert page.locator(f'[id="{href.split("#")[1]}"]').evaluate("e => e.matches(':target')")


def test_stance_legend_matches_topics_yaml(page: Page, server: str) -> None:
    topics = yaml.safe_load((PROJECT / "content" / "_data" / "topics.yaml").read_text("utf-8"))
    page.goto(server)
    shown = page.locator(".legend-topic[data-topic]").evaluate_all(
        """ts => ts.map(t => [t.dataset.topic, t.querySelector('.legend-title').textContent,
                             [...t.querySelectorAll('li')].map(l => [l.dataset.stance, l.textContent.trim()])])""")
    expected = [[t["id"], t["label"], [[s["id"], s["label"]] for s in sorted(t["stances"], key=lambda s: s["rank"])]]
                for t in topics if t.get("stances")]
    assert shown == expected
    # each stance of a topic has its own shape and colour: the swatches differ pairwise
    for topic in page.locator(".legend-topic[data-topic]").all():
        looks = topic.locator("li path").evaluate_all(
            "ps => ps.map(p => [p.getAttribute('d'), getComputedStyle(p).fill])")
        assert len({d for d, _ in looks}) == len(looks) and len({f for _, f in looks}) == len(looks), looks


@pytest.mark.parametrize("width", [1280, 390])
def test_no_two_marks_overlap(page: Page, server: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    for path in ("", PAGES["topic"], PAGES["speaker"]):
        page.goto(server + path)
        found = boxes(page, f"{MARKS} .shape")
        assert len(found) >= 3
        same_day = [b for b in found if "q-" in b["href"]]
        assert len(same_day) == len(found)
        hits = [(a["href"], b["href"]) for a, b in itertools.combinations(found, 2)
                if a["x"] < b["x"] + b["w"] - 0.5 and b["x"] < a["x"] + a["w"] - 0.5
                and a["y"] < b["y"] + b["h"] - 0.5 and b["y"] < a["y"] + a["h"] - 0.5]
        assert not hits, f"{path or 'index'} at {width}px: marks drawn over each other: {hits}"


@pytest.mark.parametrize("width", [1280, 390])
def test_four_statements_on_one_day_are_four_visible_marks(page: Page, server: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(server)
    day = page.locator('[data-lane="bridge"] a.mark:visible').filter(has_text="10 May 2022")
    expect(day).to_have_count(4)
    for i in range(4):  # each mark is the topmost element at its own centre: none is hidden
        box = day.nth(i).locator(".shape").bounding_box()
        assert box is not None
        hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('a')?.getAttribute('href')",
                            [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
        assert hit == day.nth(i).get_attribute("href")


def test_shifts_show_their_verdict(page: Page, server: str) -> None:
    page.goto(server)
    assert page.locator(".chart-box line.seg-confirmed").count() == 1
    assert page.locator(".chart-box line.seg-candidate").count() >= 1
    held = page.locator(".chart-box line.seg-held").evaluate_all(
        "ls => ls.map(l => [l.getAttribute('y1'), l.getAttribute('y2')])")
    assert held and all(a == b for a, b in held), "a held stance is a flat line"
    named = page.locator(MARKS).evaluate_all("ms => ms.map(m => m.querySelector('title').textContent)")
    assert any("confirmed shift" in n for n in named) and any("candidate shift" in n for n in named)
    expect(page.locator(".chart-box .era-label")).to_have_text(["Bridge consultation", "Budget talks"])


def test_a_topic_chart_has_a_lane_per_speaker(page: Page, server: str) -> None:
    page.goto(server + PAGES["topic"])
    expect(page.locator(".chart-box .lane-speaker")).to_have_text(["Mara Voss", "Tomas Reyes"])
    lanes = page.locator(".chart-box g.lane").evaluate_all("gs => gs.map(g => g.getAttribute('aria-label'))")
    assert lanes == ["Mara Voss, Harbour bridge", "Tomas Reyes, Harbour bridge"]


def test_chart_text_is_at_least_12px_at_390(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("", PAGES["topic"], PAGES["speaker"]):
        page.goto(server + path)
        sizes = page.locator(".chart text, .chart tspan, .chart .legend li, .chart figcaption, .chart-help").evaluate_all(
            """els => els.filter(e => e.getClientRects().length).map(e => {
                const svg = e.closest('svg');
                const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
                return [e.textContent.trim().slice(0, 30), parseFloat(getComputedStyle(e).fontSize) * scale];
            })""")
        small = [(t, s) for t, s in sizes if s < 12]
        assert sizes and not small, f"{path or 'index'}: text under 12 px at 390 px: {small}"
        # the phone layout: every mark on screen without scrolling the page or the chart
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        expect(page.locator(".chart-narrow")).to_be_visible()
        expect(page.locator(".chart-box")).to_be_hidden()
        found = boxes(page, f"{MARKS} .shape")
        assert found and all(b["x"] >= 0 and b["x"] + b["w"] <= 390 for b in found)


def test_wide_plot_scrolls_inside_its_box_between_phone_and_desktop(page: Page, server: str) -> None:
    """From 600 px up the wide layout is shown; where it does not fit, it scrolls in its own box."""
    page.set_viewport_size({"width": 640, "height": 800})
    page.goto(server)
    expect(page.locator(".chart-box")).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 640
    box = page.locator(".chart-scroll")
    assert box.evaluate("e => e.scrollWidth > e.clientWidth"), "the plot is squeezed, not scrolled"
    size = page.locator(".chart-plot .year-label").first.evaluate("e => getComputedStyle(e).fontSize")
    assert float(size.removesuffix("px")) >= 12


# --------------------------------------------------------------------------- pages

def test_no_page_overflows_at_360(page: Page, server: str, design_built: Path) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    wide = {}
    for url in all_pages(design_built):
        page.goto(server + url)
        w = page.evaluate("() => document.documentElement.scrollWidth")
        if w > 360:
            wide[url or "/"] = w
    assert not wide, f"pages wider than 360 px: {wide}"


@pytest.mark.parametrize("width", [1024, 1280])
def test_header_is_one_row_on_wide_screens(page: Page, server: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(server)
    tops = page.locator(".site-header > *").evaluate_all(
        "es => es.map(e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })")
    assert len(tops) == 3, "brand, nav and search"
    mids = [(a + b) / 2 for a, b in tops]
    assert max(mids) - min(mids) < 8, f"the header wraps at {width}px: {tops}"


_PLACEHOLDER_FITS = """() => {
    const i = document.getElementById('search-q'), cs = getComputedStyle(i);
    const c = document.createElement('canvas').getContext('2d'); c.font = cs.font;
    return [i.placeholder, c.measureText(i.placeholder).width,
            i.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)];
}"""


@pytest.fixture(scope="module")
def long_label_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The design project with a first topic whose label is long, in German: "Verkehrswende und Finanzierung
    der Stadtbahnverlängerung" (the search box's example was cut at 1280 px: ux44 #16)."""
    out = tmp_path_factory.mktemp("long-label") / "site"
    cfg = seed_config(PROJECT, out, search=True, language="de")
    topics = cfg.content_path / "_data" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace(
        "label: Harbour bridge", "label: Verkehrswende und Finanzierung der Stadtbahnverlängerung", 1), encoding="utf-8")
    pipeline.build(cfg)
    with served(out) as url:
        yield url


@pytest.mark.parametrize("width", [390, 1024, 1280])
def test_the_search_boxs_example_is_shown_whole_however_long_the_first_label(
        page: Page, server: str, long_label_server: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    for url, example in ((server, "e.g. Harbour bridge"), (long_label_server, "z. B. bridge")):
        page.goto(url)
        shown, needed, room = page.evaluate(_PLACEHOLDER_FITS)
        assert shown == example, shown  # a long label gives way to the topic's first plain cue
        assert needed <= room, f"the placeholder {shown!r} needs {needed:.0f} px, the box shows {room:.0f} at {width}"


def test_cards_quote_first_and_how_we_know_behind_one_disclosure(page: Page, server: str) -> None:
    page.goto(server + "2023/")  # the card dated "c. October 2023" is on its year's timeline page
    card = page.locator(".timeline .quote-card").filter(has=page.locator(".precision")).first
    first = card.evaluate("c => c.firstElementChild.tagName")
    assert first == "BLOCKQUOTE"
    expect(card.locator(".meta time")).to_contain_text("c. October 2023")
    expect(card.locator(".precision")).to_have_text("(day not known)")
    expect(card.locator(".source a")).to_have_text("Ellery Quarterly")
    expect(card.locator(".chips li").first).to_contain_text("City budget")
    expect(card.locator(".chips .stance")).to_have_text("No new taxes")
    how = card.locator("details.how")
    expect(how).to_have_count(1)
    expect(how.locator("dd").nth(1)).not_to_be_visible()
    how.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(how.locator("dd").nth(1)).to_contain_text("print edition")
    # enhancements: copy link and cite, only with JavaScript
    expect(card.locator(".card-tools button")).to_have_text(["Copy link", "Cite"])
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    card.locator(".card-tools button").first.click()
    expect(card.locator(".card-tools [role=status]")).to_have_text("Link copied.")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith(server) and copied.endswith("#q-" + (card.get_attribute("data-quote-id") or ""))


def test_card_tools_are_absent_without_javascript(browser: Browser, server: str) -> None:
    c = browser.new_context(java_script_enabled=False)
    try:
        p = c.new_page()
        p.goto(server)
        assert p.locator(".card-tools").count() == 0
        assert p.locator(".timeline .quote-card details.how").count() == p.locator(".timeline .quote-card").count()
    finally:
        c.close()


def test_article_page_dates_highlights_and_statement_list(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + PAGES["article"])
    expect(page.locator("h1")).to_have_text("Council night: mayor sets out terms for bridge charge")
    facts = page.locator(".story .facts")
    expect(facts).to_contain_text("Harbour Herald")
    expect(facts.locator("time")).to_have_text(["11 May 2022", "10 May 2022"])  # published, words said
    marked = page.locator(".story .body .quote[id^='q-']")
    assert marked.count() >= 5
    bg = marked.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".margin-list").count() == 0, "one list of the statements, not two"
    items = page.locator(".statements > ol > li")
    expect(items).to_have_count(marked.count())
    for i in range(items.count()):
        li = items.nth(i)
        expect(li.locator(".meta .speaker")).to_contain_text("Mara Voss")
        own = li.locator(".said a").get_attribute("href") or ""
        assert page.locator(f'.story [id="{own[1:]}"]').count() == 1, "each item names its words in the text"
        timeline = li.locator(".meta a", has_text="On the timeline").get_attribute("href") or ""
        assert timeline.endswith(own), "the timeline link points at the same statement's card"
        # how we know, the neighbours and the citation: behind one disclosure, there without JavaScript
        about = li.locator("details.about")
        expect(about.locator("dt")).to_contain_text(["Speaker", "Date", "Cite"])
    page.set_viewport_size({"width": 390, "height": 844})
    expect(items.first).to_be_visible()


def test_timeline_link_lands_on_the_timeline_card(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + PAGES["article"])
    link = page.locator(".statements .meta a", has_text="On the timeline").first
    qid = (link.get_attribute("href") or "").split("#")[1]
    target = urljoin(page.url, link.get_attribute("href") or "")
    assert re.fullmatch(re.escape(server) + r"\d{4}/(page/\d+/)?#q-.+", target), target  # the card's year page
    link.click()
    expect(page).to_have_url(target)
    expect(page.locator(f'.timeline [id="{qid}"]')).to_be_in_viewport()


# --------------------------------------------------------------------------- dark mode, print, budget

@pytest.mark.parametrize("kind", list(PAGES))
def test_dark_mode_differs_and_passes_axe(browser: Browser, server: str, kind: str) -> None:
    looks = {}
    for scheme in ("light", "dark"):
        c = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
        try:
            p = c.new_page()
            p.goto(server + PAGES[kind])
            looks[scheme] = p.evaluate("""() => [getComputedStyle(document.body).backgroundColor,
                getComputedStyle(document.body).color,
                getComputedStyle(document.querySelector('a.mark path, .story .quote') || document.body).fill]""")
            if p.locator("details > summary").count():  # with a disclosure open (the overview may have none)
                p.locator("details > summary").first.click()
            assert axe_violations(p) == [], f"{kind} ({scheme})"
        finally:
            c.close()
    assert looks["light"][0] != looks["dark"][0] and looks["light"][1] != looks["dark"][1], looks
    if kind in ("index", "topic", "speaker"):
        assert looks["light"][2] != looks["dark"][2], "chart marks keep their light colours in the dark"


def test_print_keeps_the_chart_and_drops_the_chrome(page: Page, server: str) -> None:
    page.goto(server)
    page.emulate_media(media="print")
    expect(page.locator(".chart-box .chart-plot")).to_be_visible()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".card-tools").first).to_be_hidden()
    page.emulate_media(media="screen")


def test_reduced_motion_turns_transitions_off(browser: Browser, server: str) -> None:
    c = browser.new_context(reduced_motion="reduce")
    try:
        p = c.new_page()
        p.goto(server)
        durations = p.locator("a, button, summary").evaluate_all(
            "es => es.map(e => getComputedStyle(e).transitionDuration)")
        assert durations and all(d in ("0s", "") for d in durations)
    finally:
        c.close()


def test_css_and_js_within_budget_and_no_external_request(browser: Browser, server: str, design_built: Path) -> None:
    c = browser.new_context()
    try:
        p = c.new_page()
        over, external = {}, set()
        for url in all_pages(design_built):
            loaded: list[Any] = []

            def keep(r: Any, into: list[Any] = loaded) -> None:
                into.append(r)
            p.on("response", keep)
            p.goto(server + url)
            p.wait_for_load_state("networkidle")
            p.remove_listener("response", keep)
            external |= {r.url for r in loaded if not r.url.startswith(server)}
            size = sum(len(r.body()) for r in loaded
                       if r.request.resource_type in ("stylesheet", "script") and 200 <= r.status < 300)
            if size > BUDGET:
                over[url or "/"] = size
        assert not external, f"requests outside the site: {external}"
        assert not over, f"pages over {BUDGET} bytes of CSS+JS: {over}"
    finally:
        c.close()


# --------------------------------------------------------------------------- screenshots

def test_screenshots_of_the_main_pages(browser: Browser, server: str) -> None:
    """Index, article, topic and speaker pages at 390 and 1280 px, light and dark, for a person to
    look at (tests/artifacts/screenshots/, git-ignored); light and dark must differ."""
    made = {}
    for kind, path in PAGES.items():
        for width in (390, 1280):
            for scheme in ("light", "dark"):
                out = shoot(browser, server + path, ARTEFACTS / f"{kind}-{width}-{scheme}.png", width, scheme)
                made[(kind, width, scheme)] = out.read_bytes()
    assert all(len(png) > 5000 and png.startswith(b"\x89PNG") for png in made.values())
    for kind in PAGES:
        for width in (390, 1280):
            assert made[(kind, width, "light")] != made[(kind, width, "dark")]


def test_every_page_passes_axe_in_the_dark(browser: Browser, server: str, design_built: Path) -> None:
    c = browser.new_context(color_scheme="dark")
    try:
        p = c.new_page()
        found = {}
        for url in all_pages(design_built):
            p.goto(server + url)
            problems = axe_violations(p)
            if problems:
                found[url or "/"] = problems
        assert not found, found
    finally:
        c.close()
