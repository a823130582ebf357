"""Machine-readable outputs: data/*.json, TimelineJS, JSON-LD, sitemap, robots — escaped and consistent."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from conftest import DATA, seed_config

from dateline import exports, pipeline
from dateline.model import Site
from dateline.views import QuoteBasics, Views


def test_json_script_cannot_break_out() -> None:
    out = exports.json_script({"text": "</script><script>alert(1)</script>"})
    assert "</script>" not in out and "\\u003c/script\\u003e" in out


def test_quotes_json_agrees_with_the_views_and_links(golden_site: Site) -> None:
    views = Views(golden_site)
    files = exports.data_files(golden_site, views)
    quotes = json.loads(files["data/quotes.json"])
    assert [q["id"] for q in quotes] == [q.id for q in golden_site.quotes]
    for record in quotes:
        v = views.quotes[record["id"]]
        assert record["statement_date"] == v.date.date.iso() and record["url"] == v.url
        assert record["related"] == [r.quote for r in golden_site.links.related[v.id]]
    articles = json.loads(files["data/articles.json"])
    assert sorted(q for a in articles for q in a["quotes"]) == sorted(q["id"] for q in quotes)
    assert all(a["statement_date"] == views.articles[a["id"]].said.date.iso() for a in articles)


@pytest.mark.parametrize("base_url", ["", "https://desk.github.io/watch/"])
def test_quotes_csv_is_quotes_json_flattened_with_permalinks(golden_site: Site, base_url: str) -> None:
    """ux76: a desk with no programmer opens data/quotes.csv in a spreadsheet; every quote a row, its words intact
    (commas, quotes and line ends inside are quoted as RFC 4180 says), the permalink absolute with a base_url."""
    import csv

    site = dataclasses.replace(golden_site, config=golden_site.config.replace(base_url=base_url))
    files = exports.data_files(site, Views(site))
    quotes = json.loads(files["data/quotes.json"])
    raw = files["data/quotes.csv"].decode("utf-8")
    assert raw.endswith("\r\n") and raw.startswith(",".join(exports.CSV_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert [r["id"] for r in rows] == [q["id"] for q in quotes]
    by_article = {a["id"]: a for a in json.loads(files["data/articles.json"])}
    for row, q in zip(rows, quotes, strict=True):
        a = by_article[q["article"]]
        assert (row["text"], row["speaker"], row["speaker_name"], row["statement_date"], row["statement"]) == (
            q["text"], q["speaker"], q["speaker_name"], q["statement_date"], q["statement"])
        assert row["topics"].split(";") == (q["topics"] or [""]) and row["partial"] == ("yes" if q["partial"] else "")
        assert (row["article_title"], row["published"], row["source_url"]) == (a["title"], a["date"], a["source_url"])
        assert row["permalink"] == base_url + q["url"]
    assert any(any(c in r["text"] for c in ',"') for r in rows), "the fixture's words hold a comma or a quote"


def test_a_csv_cell_is_quoted_only_when_it_must_be() -> None:
    assert exports._cell('He said "no", then left') == '"He said ""no"", then left"'
    assert exports._cell("two\nlines") == '"two\nlines"' and exports._cell("plain words") == "plain words"


def test_unchanged_records_are_reused_and_give_the_same_bytes(golden_site: Site) -> None:
    views = Views(golden_site)
    memo: exports.RecordMemo = {}
    first = exports.data_files(golden_site, views, memo)
    lines = {key[:2] for key in memo if key not in views.quotes}  # besides the quotes': articles', statements',
    assert set(views.quotes) <= set(memo) and lines == {"\0a", "\0s", "\0t"}, lines  # timeline events'
    texts = {qid: text for qid, (_, text) in memo.items()}
    again = exports.data_files(golden_site, Views(golden_site), memo)
    assert again == first
    assert all(memo[qid][1] is texts[qid] for qid in texts), "records whose inputs did not change are reused"
    # or whose quote's record is known to be the last build's (`same`, which a rebuild's `reach` answers)
    views = Views(golden_site)
    streams = exports.data_streams(golden_site, views, memo, same=set(views.quotes).__contains__)
    again = {rel: exports.joined(parts) for rel, parts in streams}
    assert again == first
    assert all(memo[qid][1] is texts[qid] for qid in texts), "with `same`, every record is the last build's"


def test_sitemap_lists_each_page_once_in_order(golden_site: Site) -> None:
    paths = exports.sitemap_paths(golden_site, Views(golden_site))
    assert paths == sorted(set(paths)) and "" in paths
    assert all(a.url in paths for a in golden_site.articles)


def test_robots_names_the_sitemap_only_with_a_base_url() -> None:
    assert b"Sitemap: https://x.org/sitemap.xml" in exports.robots_txt("https://x.org/")
    assert b"Sitemap" not in exports.robots_txt("")


def test_timeline_json_is_made_in_parts_that_join_to_the_whole_dict(golden_site: Site) -> None:
    """data/timeline.json is streamed event by event: its bytes are those of the dict made whole."""
    views = Views(golden_site)
    made = {rel: b"".join(parts) for rel, parts in exports.data_streams(golden_site, views)}
    whole = exports.timeline_js(golden_site, views)
    assert whole["events"] and whole["eras"]
    assert made["data/timeline.json"] == (exports._json(whole) + "\n").encode("utf-8")
    assert json.loads(made["data/timeline.json"]) == whole


@pytest.mark.parametrize("name", ["golden_project", "review_project", "design_project", "example_project"])
@pytest.mark.parametrize("stop", [None, 0, 1, "articles"])
def test_lines_encoded_while_linking_make_the_same_exports(name: str, stop: int | str | None,
                                                          tmp_path: Path) -> None:
    """A cold build encodes what quotes.json and articles.json say of each quote and article, but for the
    links, while its link process works (`exports.Ahead`, from the quotes as the site will hold them,
    before there are links: `views.QuoteBasics`); the exports made from those halves are byte for byte
    the exports made alone — with or without a record memo, and when the links came before the first
    quote, after the first, or after the quotes and one article (the rest made by the exports)."""
    config = seed_config(DATA / name, tmp_path / "site", search=False)
    _, site = pipeline.analysed(config)
    if name == "example_project":  # an article in another language than the site's: its quotes' marks
        site.articles[0] = dataclasses.replace(site.articles[0], lang="fr-CA")
    limit = {None: 10**9, 0: 0, 1: 1, "articles": len(site.quotes) + 1}[stop]
    asked = iter(range(10**9))
    ahead = exports.Ahead()
    try:
        ahead.make(QuoteBasics(site.config, site.data, site.articles, site.quotes, site.body), site.articles,
                   site.quotes, lambda: next(asked) < limit)
        assert len(ahead.quote_sizes) // 2 == min(limit, len(site.quotes))
        alone = exports.data_files(site, Views(site))
        assert exports.data_files(site, Views(site), ahead=ahead) == alone
        kept: dict[str, tuple[object, bytes]] = {}
        streams = exports.data_streams(site, Views(site), {}, lambda key, sig, text: kept.setdefault(key, (sig, text)),
                                       ahead=ahead)
        assert {rel: b"".join(parts) for rel, parts in streams} == alone
        memo: exports.RecordMemo = {}
        exports.data_files(site, Views(site), memo)
        assert kept == memo, "the records kept for the next build are the same"
    finally:
        ahead.close()


def test_lines_with_no_room_on_disk_are_left_to_the_exports(golden_site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines encoded ahead go to a temporary file: with no room for it (a full disk), none is kept,
    the build goes on and its exports encode every line themselves, the same bytes."""
    import errno
    import tempfile

    class Full(io.BytesIO):
        def write(self, data: object) -> int:
            if self.tell() > 100:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)  # type: ignore[arg-type]
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda **_: Full())
    site = golden_site
    ahead = exports.Ahead()
    ahead.make(QuoteBasics(site.config, site.data, site.articles, site.quotes, site.body), site.articles,
               site.quotes, lambda: True)
    assert ahead.file is None and len(ahead.quote_sizes) == 0
    assert exports.data_files(site, Views(site), ahead=ahead) == exports.data_files(site, Views(site))
