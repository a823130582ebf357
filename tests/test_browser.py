"""Browser tests: the built site over real HTTP in real Chromium (Datasette-style).

One browser context per module (plus one with JavaScript off); every test opens its own page.
No sleeps and no timing assertions: Playwright's auto-waiting `expect` does the waiting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import axe_playwright_python
import pytest
from conftest import EXAMPLE, SubpathHandler, seed_config, served
from playwright.sync_api import Page, expect

from dateline import pipeline
from dateline.config import load_config

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CARDS = ".timeline article[data-quote-id]"
SUBPATH_BASE_URL = "https://example.github.io/repo/"
# Absolute link targets, SVG links (the chart's marks: `href` is an SVGAnimatedString) included.
ABS_HREFS = "as => as.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site as deployed: with the search form in the header and the search page."""
    out = tmp_path_factory.mktemp("search") / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=True))
    return out


@pytest.fixture(scope="module")
def search_server(search_site: Path) -> Iterator[str]:
    with served(search_site) as url:
        yield url


@pytest.fixture(scope="module")
def subpath_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example site built for a GitHub project page and served under /repo/ only."""
    out = tmp_path_factory.mktemp("subpath") / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=False, base_url=SUBPATH_BASE_URL))
    with served(out, SubpathHandler) as url:
        yield url


# --------------------------------------------------------------------------- helpers

def card_info(page: Page, scope: str = CARDS) -> list[dict[str, Any]]:
    """Every quote card in document order: id, statement date, topics, source link."""
    return page.locator(scope).evaluate_all(
        """cards => cards.map(c => ({
            id: c.dataset.quoteId,
            date: c.querySelector('.meta time[datetime]').getAttribute('datetime'),
            topics: (c.dataset.topics || '').split(' ').filter(Boolean),
            source: c.querySelector('.source a').getAttribute('href'),
        }))"""
    )


def timeline_urls(page: Page, server: str) -> list[str]:
    """Every page of the full timeline in order: the years linked from the overview, each
    followed through its rel=next pages."""
    page.goto(server)
    urls: list[str] = []
    for year in page.locator("nav.years a").evaluate_all("as => as.map(a => a.href)"):
        url: str | None = year
        while url:
            urls.append(url)
            page.goto(url)
            nxt = page.locator("head link[rel=next]")
            url = nxt.evaluate("l => l.href") if nxt.count() else None
    return urls


def timeline_cards(page: Page, server: str) -> list[dict[str, Any]]:
    """card_info over the whole timeline (every year page), each card with the page it is on."""
    out: list[dict[str, Any]] = []
    for url in timeline_urls(page, server):
        page.goto(url)
        out += [dict(c, page=url) for c in card_info(page)]
    return out


def busiest_year(page: Page, server: str) -> str:
    """The timeline page with the most cards (the filter tests need several topics on one page)."""
    cards = timeline_cards(page, server)
    return max(sorted({c["page"] for c in cards}), key=lambda u: sum(c["page"] == u for c in cards))


def visible_card_ids(page: Page, cards: str = CARDS) -> set[str]:
    ids: list[str] = page.locator(cards).evaluate_all(
        "cards => cards.filter(c => c.checkVisibility()).map(c => c.dataset.quoteId)")
    return set(ids)


def stylesheets(page: Page) -> dict[str, int]:
    """Loaded stylesheets of the current page: absolute href -> number of rules parsed."""
    sheets: list[list[Any]] = page.evaluate(
        "() => [...document.styleSheets].filter(s => s.href).map(s => [s.href, s.cssRules.length])")
    return {href: n for href, n in sheets}


def axe_violations(page: Page) -> list[str]:
    """Run the bundled axe-core (offline) on the current page; one line per violation."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    found = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
    ]
    # axe 4.12 retired its duplicate-id rule (WCAG 2.2 dropped 4.1.1), but #q-… anchors need unique ids.
    dupes = page.evaluate("""() => {
        const seen = new Map();
        document.querySelectorAll('[id]').forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    }""")
    if dupes:
        found.append(f"duplicate ids: {dupes}")
    return found


def quote_json(site: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((site / "data" / "quotes.json").read_text("utf-8"))
    return data


# --------------------------------------------------------------------------- 1. timeline order

def test_timeline_is_in_statement_date_order(js_page: Page, seed_server: str, seed_site: Path) -> None:
    cards = timeline_cards(js_page, seed_server)
    dates = [c["date"] for c in cards]
    assert cards, "no quote cards on the timeline"
    # ISO dates (including partial ones such as 2022-07) compare correctly as strings.
    assert dates == sorted(dates), f"timeline out of statement-date order: {dates}"

    # The seed corpus: Tapper interview (said 2022-04-15, published 2022-04-17), then Blitzer, ITV, 28 October.
    seed_order = ["2022-04-15", "2022-07-07", "2025-02-09", "2025-10-28"]
    missing = [d for d in seed_order if d not in dates]
    assert not missing, f"seed statement dates missing from the timeline: {missing}"
    firsts = [dates.index(d) for d in seed_order]
    assert firsts == sorted(firsts)
    # Ordered by when the words were said, not by publication date.
    assert "2022/04/17/" in cards[0]["source"] and cards[0]["date"] == "2022-04-15"

    # Every position of the figures in data/quotes.json appears exactly once.
    ids = [c["id"] for c in cards]
    assert len(ids) == len(set(ids))
    figures = set(load_config(EXAMPLE).figures)
    assert set(ids) == {q["id"] for q in quote_json(seed_site) if q["speaker"] in figures and q["topics"]}


# --------------------------------------------------------------------------- 2. quote link -> :target

def test_quote_link_lands_on_highlighted_quote(js_page: Page, seed_server: str) -> None:
    by_article: dict[str, list[dict[str, Any]]] = {}
    for c in timeline_cards(js_page, seed_server):
        by_article.setdefault(urldefrag(c["source"]).url, []).append(c)
    # The article with the most quotes, and its last one: far down the page, with other quotes to compare.
    quotes = max(by_article.values(), key=len)
    assert len(quotes) >= 2
    qid = quotes[-1]["id"]
    assert quotes[-1]["source"].endswith(f"#q-{qid}")

    js_page.goto(quotes[-1]["page"])
    js_page.locator(f'.timeline [data-quote-id="{qid}"] .source a').click()
    expect(js_page).to_have_url(urljoin(quotes[-1]["page"], quotes[-1]["source"]))

    target = js_page.locator(f'[id="q-{qid}"]')
    expect(target).to_have_count(1)
    expect(target).to_be_in_viewport()
    assert target.evaluate("e => e.matches(':target')")

    others = js_page.locator(f'.story [data-quote-id]:not([id="q-{qid}"])')
    assert others.count() >= 1
    style = """e => { const s = getComputedStyle(e);
                      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.backgroundColor, s.boxShadow]; }"""
    highlighted = target.evaluate(style)
    plain = others.first.evaluate(style)
    assert highlighted != plain, f"the :target quote looks like any other quote: {highlighted}"
    assert highlighted[0] != "none" or highlighted[4] != "none", "the :target quote has no outline or ring"


# --------------------------------------------------------------------------- 3. axe, every page type

def pages_of_kind(site: Path, kind: str) -> list[str]:
    """Site-relative URLs of every built page of one kind."""
    globs = {
        "index": ["index.html"],
        "article": ["[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html"],
        "topic": ["topics/*/index.html"],
        "topics": ["topics/index.html"],
        "speaker": ["speakers/*/index.html"],
        "speakers": ["speakers/index.html"],
        "year": ["[0-9][0-9][0-9][0-9]/index.html"],
        "404": ["404.html"],
        "search": ["search/index.html"],
    }[kind]
    found = sorted({p for g in globs for p in site.glob(g)})
    return [p.relative_to(site).as_posix().removesuffix("index.html") for p in found]


@pytest.mark.parametrize("kind", ["index", "article", "topic", "topics", "speaker", "speakers", "year", "404", "search"])
def test_axe_wcag21aa(js_page: Page, search_server: str, search_site: Path, kind: str) -> None:
    urls = pages_of_kind(search_site, kind)
    assert urls, f"no {kind} page was built"
    problems = {}
    for url in urls:
        js_page.goto(search_server + url)
        found = axe_violations(js_page)
        if found:
            problems[url or "/"] = found
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


def test_axe_interactive_states(js_page: Page, seed_server: str) -> None:
    """Filter pressed, related statements open, a quote targeted: still no violations."""
    year = busiest_year(js_page, seed_server)
    js_page.goto(year)
    js_page.locator(".filters a[data-topic]").first.click()
    for summary in js_page.locator(".timeline details.related:visible > summary").all():
        summary.click()
    assert axe_violations(js_page) == []

    href = js_page.locator(f"{CARDS} .source a").first.get_attribute("href")
    assert href
    js_page.goto(urljoin(year, href))
    assert js_page.evaluate("() => !!document.querySelector(':target')")
    assert axe_violations(js_page) == []


def test_reflow_at_320_css_pixels(js_page: Page, search_server: str, search_site: Path) -> None:
    """WCAG 1.4.10: no page needs horizontal scrolling at 320 CSS pixels (400% zoom of 1280)."""
    js_page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for path in sorted(search_site.rglob("*.html")):
        url = path.relative_to(search_site).as_posix().removesuffix("index.html")
        js_page.goto(search_server + url)
        width = js_page.evaluate("() => document.documentElement.scrollWidth")
        if width > 320:
            wide[url or "/"] = width
    assert not wide, f"pages wider than the 320px viewport: {wide}"


# --------------------------------------------------------------------------- 4. JavaScript off

def test_nojs_timeline_shows_every_statement_of_the_figures(nojs_page: Page, seed_server: str, seed_site: Path) -> None:
    figures = set(load_config(EXAMPLE).figures)
    quotes = quote_json(seed_site)
    assert figures and {q["speaker"] for q in quotes} - figures, "the example quotes others than its figures"
    # Positions on the timeline (the year pages), each once; the figures' other words apart; nobody else's.
    shown: list[str] = []
    years = timeline_urls(nojs_page, seed_server)
    for url in years:
        nojs_page.goto(url)
        shown += visible_card_ids(nojs_page)
    assert sorted(shown) == sorted(q["id"] for q in quotes if q["speaker"] in figures and q["topics"])
    others = {q["id"] for q in quotes if q["speaker"] in figures and not q["topics"]}
    if others:
        nojs_page.goto(seed_server + "other/")
        assert visible_card_ids(nojs_page, ".other-statements article[data-quote-id]") == others
    nojs_page.goto(years[0])
    # Without app.js the filters are plain links, not toggle buttons.
    assert nojs_page.locator(".filters a[role=button], .filters a[aria-pressed]").count() == 0


def test_nojs_topic_links_go_to_topic_pages(nojs_page: Page, seed_server: str) -> None:
    cards = timeline_cards(nojs_page, seed_server)
    year = cards[0]["page"]
    nojs_page.goto(year)
    topic_ids = nojs_page.locator(".filters a[data-topic]").evaluate_all("as => as.map(a => a.dataset.topic)")
    assert topic_ids
    for tid in topic_ids:
        nojs_page.goto(year)
        nojs_page.locator(f'.filters a[data-topic="{tid}"]').click()
        expect(nojs_page).to_have_url(f"{seed_server}topics/{tid}/")
        on_page = card_info(nojs_page, "main [data-quote-id]")
        assert all(tid in c["topics"] for c in on_page), f"topics/{tid}/ lists quotes of other topics"
        assert [c["id"] for c in on_page] == [c["id"] for c in cards if tid in c["topics"]], \
            f"topics/{tid}/ does not list exactly this topic's quotes in timeline order"


def test_nojs_related_statements_open(nojs_page: Page, seed_server: str) -> None:
    nojs_page.goto(busiest_year(nojs_page, seed_server))
    details = nojs_page.locator(".timeline details.related").first
    expect(details).to_have_count(1)
    links = details.locator("ul a")
    expect(links.first).to_be_hidden()
    details.locator("summary").click()
    assert details.evaluate("d => d.open")
    expect(links.first).to_be_visible()


# --------------------------------------------------------------------------- 5. JavaScript on

def filterable_topic(cards: list[dict[str, Any]], topic_ids: list[str]) -> str:
    """A topic that some but not all cards carry, so filtering visibly hides something."""
    for tid in topic_ids:
        n = sum(tid in c["topics"] for c in cards)
        if 0 < n < len(cards):
            return tid
    raise AssertionError("no topic splits the timeline")


def test_js_topic_filter_hides_other_topics_and_toggles_back(js_page: Page, seed_server: str) -> None:
    year = busiest_year(js_page, seed_server)
    js_page.goto(year)
    cards = card_info(js_page)
    everything = {c["id"] for c in cards}
    tid = filterable_topic(cards, js_page.locator(".filters a[data-topic]").evaluate_all("as => as.map(a => a.dataset.topic)"))
    link = js_page.locator(f'.filters a[data-topic="{tid}"]')
    expect(link).to_have_attribute("role", "button")
    expect(link).to_have_attribute("aria-pressed", "false")

    link.click()
    expect(link).to_have_attribute("aria-pressed", "true")
    assert js_page.url == year, "the filter navigated instead of filtering in place"
    assert visible_card_ids(js_page) == {c["id"] for c in cards if tid in c["topics"]}
    # Month and year sections left empty by the filter are hidden too.
    empty_shown = js_page.locator(".timeline section.month").evaluate_all(
        "ss => ss.filter(s => s.checkVisibility() && !s.querySelector('[data-quote-id]:not([hidden])')).length")
    assert empty_shown == 0

    link.click()
    expect(link).to_have_attribute("aria-pressed", "false")
    assert visible_card_ids(js_page) == everything


def test_js_topic_filter_works_from_keyboard(js_page: Page, seed_server: str) -> None:
    """The filters announce themselves as toggle buttons, so Space must work as well as Enter."""
    year = busiest_year(js_page, seed_server)
    js_page.goto(year)
    cards = card_info(js_page)
    tid = filterable_topic(cards, js_page.locator(".filters a[data-topic]").evaluate_all("as => as.map(a => a.dataset.topic)"))
    link = js_page.locator(f'.filters a[data-topic="{tid}"]')
    link.focus()
    js_page.keyboard.press("Space")
    expect(link).to_have_attribute("aria-pressed", "true")
    assert visible_card_ids(js_page) == {c["id"] for c in cards if tid in c["topics"]}
    js_page.keyboard.press("Enter")
    expect(link).to_have_attribute("aria-pressed", "false")
    assert js_page.url == year


# --------------------------------------------------------------------------- 6. under a subpath

def test_subpath_every_linked_page_loads_with_its_stylesheet(js_page: Page, subpath_server: str) -> None:
    responses: list[tuple[int, str]] = []
    js_page.on("response", lambda r: responses.append((r.status, r.url)))
    failed: list[str] = []
    js_page.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    # No HTTP cache, so every page really requests its stylesheet and script.
    cdp = js_page.context.new_cdp_session(js_page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    css = subpath_server + "static/style.css"
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(subpath_server))

    resp = js_page.goto(subpath_server)
    assert resp is not None and resp.status == 200
    hrefs: list[str] = js_page.locator("a[href]").evaluate_all(ABS_HREFS)
    internal = [h for h in hrefs if h.startswith(origin)]
    escaped = sorted({h for h in internal if not h.startswith(subpath_server)})
    assert not escaped, f"links leave the /repo/ subpath: {escaped}"
    fragments: dict[str, set[str]] = {}
    for h in internal:
        url, frag = urldefrag(h)
        fragments.setdefault(url, set()).update([frag] if frag else [])

    problems: list[str] = []
    for url in sorted(fragments):
        responses.clear()
        resp = js_page.goto(url)
        if resp is None or resp.status != 200:
            problems.append(f"{url}: status {resp.status if resp else 'none'}")
            continue
        if "text/html" not in (resp.headers.get("content-type") or ""):
            continue
        if stylesheets(js_page).get(css, 0) == 0:
            problems.append(f"{url}: stylesheet {css} not applied")
        if (200, css) not in responses:
            problems.append(f"{url}: no 200 response for {css}")
        for frag in sorted(fragments[url]):
            if not js_page.evaluate("id => !!document.getElementById(id)", frag):
                problems.append(f"{url}#{frag}: no such anchor")
        problems += [f"{url}: {status} {u}" for status, u in responses if status >= 400]
    problems += failed
    assert not problems, "\n".join(problems)


def test_subpath_deep_missing_url_gets_styled_404(js_page: Page, subpath_server: str) -> None:
    responses: list[tuple[int, str]] = []
    js_page.on("response", lambda r: responses.append((r.status, r.url)))
    css = subpath_server + "static/style.css"

    resp = js_page.goto(subpath_server + "2099/01/01/nope/")
    assert resp is not None and resp.status == 404
    expect(js_page.locator("h1")).to_have_text("Page not found")
    assert stylesheets(js_page).get(css, 0) > 0, f"404 page did not load {css}: {stylesheets(js_page)}"
    assert [(s, u) for s, u in responses if u != resp.url and s >= 400] == []

    # Its links are base-path-absolute, so they work from any depth.
    hrefs: list[str] = js_page.locator("a[href]").evaluate_all(ABS_HREFS)
    for h in {urldefrag(h).url for h in hrefs} - {resp.url}:
        assert h.startswith(subpath_server), h
        assert js_page.request.get(h).status == 200, h
    assert axe_violations(js_page) == []


@pytest.fixture(scope="module")
def golden_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The golden fixture project: merged statements with differing wording, a confirmed shift."""
    out = tmp_path_factory.mktemp("golden") / "site"
    pipeline.build(seed_config(Path(__file__).parent / "data" / "golden_project", out))
    with served(out) as url:
        yield url


def test_axe_on_reports_cite_and_shift(js_page: Page, golden_server: str) -> None:
    """Article page with the other reports listed and every disclosure open; timeline with a shift marker."""
    js_page.goto(golden_server + "2022/04/05/no-talks-2022/")
    for summary in js_page.locator("details.about > summary, details.cite > summary").all():
        summary.click()
    assert js_page.locator(".statements .reports", has_text="Also quoted in").count() >= 1
    assert axe_violations(js_page) == []
    js_page.goto(golden_server + "2025/02/14/ready-to-meet-2025/")
    for summary in js_page.locator("details.about > summary").all():
        summary.click()
    assert js_page.locator(".statements .reports", has_text="first reported by").count() >= 1
    assert axe_violations(js_page) == []
    shifted = [c["page"] for c in timeline_cards(js_page, golden_server)]
    for url in sorted(set(shifted)):
        js_page.goto(url)
        if js_page.locator(".shift").count():
            break
    assert js_page.locator(".shift").count() >= 1, "no timeline page shows a shift marker"
    assert axe_violations(js_page) == []
    js_page.goto(golden_server)
    assert axe_violations(js_page) == []


def test_filter_announces_how_many_statements_are_shown(js_page: Page, seed_server: str) -> None:
    js_page.goto(busiest_year(js_page, seed_server))
    link = js_page.locator(".filters a[data-topic]").first
    label = link.inner_text()
    link.click()
    shown = js_page.locator(".timeline .quote-card:visible").count()
    assert js_page.locator("#filter-status").inner_text() == f"Showing {shown} statements on {label}."
    link.click()
    assert js_page.locator("#filter-status").inner_text().startswith("Showing all ")


# --------------------------------------------------------------------------- a site in French (ux25)

@pytest.fixture(scope="module")
def french_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site with `language = "fr"`: the interface's words, dates and marks in French."""
    out = tmp_path_factory.mktemp("french") / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=True, language="fr"))
    return out


@pytest.fixture(scope="module")
def french_server(french_site: Path) -> Iterator[str]:
    with served(french_site) as url:
        yield url


def test_a_french_site_passes_axe_and_its_scripts_speak_french(js_page: Page, french_server: str,
                                                               french_site: Path) -> None:
    problems = {}
    for kind in ("index", "article", "topic", "speakers", "year", "search"):
        url = pages_of_kind(french_site, kind)[0]
        js_page.goto(french_server + url)
        assert js_page.locator("html").get_attribute("lang") == "fr"
        found = axe_violations(js_page)
        if found:
            problems[url or "/"] = found
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)
    js_page.goto(busiest_year(js_page, french_server))
    link = js_page.locator(".filters a[data-topic]").first
    label = link.inner_text()
    link.click()
    shown = js_page.locator(".timeline .quote-card:visible").count()
    assert js_page.locator("#filter-status").inner_text() == f"{shown} déclarations affichées sur {label}."
    expect(js_page.locator(".quote-card .card-tools button").first).to_have_text("Copier le lien")
    js_page.goto(french_server + "search/?q=zzzzqqq")
    expect(js_page.locator("#search-status")).to_contain_text(re.compile(r"\b0 déclaration(?!s)"))  # French counts 0 as one
