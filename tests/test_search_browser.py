"""Search in real Chromium: the seed site with its Pagefind index, served under /repo/ as GitHub
Pages serves a project site. Searches "territory", filters, follows a result to its #q- anchor."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLE, SubpathHandler, seed_config, served
from playwright.sync_api import Browser, BrowserContext, Page, expect

from dateline import pipeline, search

BASE_URL = "https://example.github.io/repo/"
QUOTE_HITS = "#search-quotes li"
ARTICLE_HITS = "#search-articles li"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("search-browser") / "site"
    pipeline.build(seed_config(EXAMPLE, out, search=True, base_url=BASE_URL), after_write=search.index)
    assert (out / "pagefind" / "pagefind.js").exists()
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    with served(site, SubpathHandler) as url:
        yield url


@pytest.fixture
def page(js_context: BrowserContext) -> Iterator[Page]:
    p = js_context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    yield p
    p.close()
    assert not errors, errors


@pytest.fixture(scope="module")
def quotes(site: Path) -> list[dict[str, object]]:
    data = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def territory_quotes(quotes: list[dict[str, object]]) -> list[dict[str, object]]:
    """What the page should list for "territory": the word in the text, or a topic labelled with it."""
    topics = yaml.safe_load((EXAMPLE / "content" / "_data" / "topics.yaml").read_text(encoding="utf-8"))
    labelled = {t["id"] for t in topics if "territory" in (t["id"] + " " + t["label"]).lower()}
    return [q for q in quotes if "territory" in str(q["text"]).lower()
            or labelled & set(q["topics"])]  # type: ignore[call-overload]


def statements(qs: list[dict[str, object]]) -> set[object]:
    """The statements a list of quotes reports: what search shows once each, however many outlets."""
    return {q["statement"] for q in qs}


def test_search_territory_finds_statements_and_articles(page: Page, server: str,
                                                        quotes: list[dict[str, object]]) -> None:
    expected = territory_quotes(quotes)
    assert expected, "the seed corpus has statements about territory"
    page.goto(server + "search/?q=territory")
    expect(page.locator(QUOTE_HITS)).to_have_count(len(statements(expected)))
    # Pagefind (full text of the article pages) answers too, under the /repo/ subpath.
    expect(page.locator(ARTICLE_HITS).first).to_be_visible()
    for href in page.locator(f"{ARTICLE_HITS} a").evaluate_all("els => els.map(e => e.href)"):
        assert href.startswith(server), href
    expect(page.locator("#search-status")).to_contain_text("territory")
    # The form is filled from the URL and every control has a label.
    expect(page.locator("#sp-q")).to_have_value("territory")
    for control in ("sp-q", "sp-speaker", "sp-topic", "sp-year"):
        expect(page.locator(f"label[for={control}]")).to_have_count(1)


def test_filters_narrow_the_results(page: Page, server: str, quotes: list[dict[str, object]]) -> None:
    page.goto(server + "search/?q=territory")
    expected = territory_quotes(quotes)
    expect(page.locator(QUOTE_HITS)).to_have_count(len(statements(expected)))
    years = sorted({str(q["statement_date"])[:4] for q in expected})
    year = years[0]
    page.select_option("#sp-year", year)
    in_year = [q for q in expected if str(q["statement_date"]).startswith(year)]
    expect(page.locator(QUOTE_HITS)).to_have_count(len(statements(in_year)))
    assert f"year={year}" in page.url
    page.select_option("#sp-year", "")
    topic = next(t for q in expected for t in q["topics"])  # type: ignore[attr-defined]
    page.select_option("#sp-topic", str(topic))
    in_topic = [q for q in expected if topic in q["topics"]]  # type: ignore[operator]
    expect(page.locator(QUOTE_HITS)).to_have_count(len(statements(in_topic)))
    # Filters alone (no words) list every statement that matches them.
    page.fill("#sp-q", "")
    page.click("#search-results button[type=submit]")
    all_topic = [q for q in quotes if topic in q["topics"]]  # type: ignore[operator]
    expect(page.locator(QUOTE_HITS)).to_have_count(min(len(statements(all_topic)), 100))


def test_result_deep_links_to_the_quote(page: Page, server: str) -> None:
    page.goto(server + "search/?q=territory")
    first = page.locator(f"{QUOTE_HITS} a.search-quote").first
    expect(first).to_be_visible()
    href = first.get_attribute("href") or ""
    assert href.startswith("../") and "#q-" in href, href
    qid = href.split("#", 1)[1]
    first.click()
    page.wait_for_url(re.compile(re.escape(qid) + "$"))
    assert page.url.startswith(server)
    expect(page.locator(f"[id='{qid}']")).to_have_count(1)
    expect(page.locator(f"[id='{qid}']")).to_be_in_viewport()


def test_header_form_leads_to_the_search_page(page: Page, server: str) -> None:
    page.goto(server + "2022/")
    page.fill("#search-q", "territory")
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile(r"/repo/search/\?q=territory$"))
    expect(page.locator(QUOTE_HITS).first).to_be_visible()


def test_no_javascript_shows_the_message(browser: Browser, server: str) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    try:
        p = ctx.new_page()
        p.goto(server + "search/?q=territory")
        expect(p.locator("#search-results noscript p")).to_contain_text("needs JavaScript")
        expect(p.locator("form.search-page")).to_be_hidden()
    finally:
        ctx.close()


def test_results_page_passes_axe(page: Page, server: str) -> None:
    from test_browser import axe_violations

    page.goto(server + "search/?q=territory&year=2025")
    expect(page.locator(ARTICLE_HITS).first).to_be_visible()
    assert axe_violations(page) == []


def test_results_show_readable_dates_and_an_excerpt_of_the_text(page: Page, server: str) -> None:
    """A statement's line shows its date as the site writes it ("5 April 2022"), not ISO; an
    article's excerpt is of its text, not its facts run together ("OutletX Published5 April")."""
    page.goto(server + "search/?q=territory")
    expect(page.locator(QUOTE_HITS).first).to_be_visible()
    expect(page.locator(ARTICLE_HITS).first).to_be_visible()
    metas = page.locator(f"{QUOTE_HITS} p.meta").all_inner_texts()
    assert metas and not [m for m in metas if re.search(r"\b\d{4}-\d\d\b", m)], metas
    assert all(re.search(r"\b(19|20)\d\d\b", m) for m in metas), metas
    excerpts = page.locator(f"{ARTICLE_HITS} p.meta").all_inner_texts()
    assert excerpts and not [e for e in excerpts if re.search(r"Outlet|Published|Source|How we know", e)], excerpts


def test_a_statement_several_outlets_reported_is_one_result_with_its_other_reports(
        page: Page, harbour_built: tuple[object, Path]) -> None:
    """The minister's words in the wire story and in its reprint are one statement: search counts and
    shows it once, as the timeline does, and names (and links) the other report under it."""
    _, site = harbour_built
    quotes = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    reports = [q for q in quotes if str(q["text"]).startswith("We will not dredge")]
    assert len(reports) == 2 and len(statements(reports)) == 1, "the fixture reprints one statement"
    with served(site, SubpathHandler) as url:
        page.goto(url + "search/?q=not+dredge")
        expect(page.locator(QUOTE_HITS)).to_have_count(1)
        expect(page.locator("#search-status")).to_contain_text("1 statement")
        hit = page.locator(QUOTE_HITS).first
        expect(hit.locator("a.search-quote")).to_have_attribute("href", re.compile("wire-varga-dredging/#q-"))
        also = hit.locator("p.reports")
        expect(also).to_have_text("Also in The Harbour Times")
        expect(also.locator("a")).to_have_attribute("href", re.compile("reprint-varga-dredging/#q-"))
