"""Hostile input round 59 (blind): each fix with an invented case in a small project of its own.

Every case is a project of a few files written here (never content/), another city and outlet
than the round's, with a negative beside it where the rule could over-reach."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import cli_build, hostile_project

from dateline import cli, incremental, serve
from dateline.config import load_config
from dateline.errors import BuildFailed

PYPROJECT = """[tool.dateline]
title = "Harbour Watch"
base_url = "https://example.org/harbour/"
figures = ["lind"]
"""
SPEAKERS = """- id: lind
  name: Greta Lind
  aliases: [Lind, Greta Lind]
- id: okoye
  name: Chidi Okoye
  aliases: [Okoye]
"""
TOPICS = """- id: ferry
  label: Ferry
  cues: [ferry, fares*]
  stances:
    - {id: free, label: Free ferry, cues: [free ferry]}
"""
ARTICLE = """---
title: Ferry fares stay
date: 2023-05-04
outlet: Northport Gazette
---
"We will keep the ferry free for pensioners," Lind said on Tuesday.
"""


def project(tmp: Path, *, speakers: str = SPEAKERS, topics: str = TOPICS, pyproject: str = PYPROJECT,
            articles: dict[str, str] | None = None) -> Path:
    """A fresh little project under `tmp` (`conftest.hostile_project`, with this round's files)."""
    return hostile_project(tmp, pyproject=pyproject, speakers=speakers, topics=topics, articles=articles or {"ferry.md": ARTICLE})


def build(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    """`dateline build` in `root`: exit status and everything it printed."""
    return cli_build(root, capsys, *extra)


# --- s03: serve reads _data afresh when the folder goes away or comes back ---------------------

def test_serve_fast_path_rereads_a_data_folder_moved_away_and_back(tmp_path: Path) -> None:
    root = project(tmp_path)
    cfg = load_config(root).replace(output_dir=tmp_path / "site")
    corpus = incremental.Corpus(cfg)
    corpus.rebuild()
    article = root / "content" / "articles" / "ferry.md"
    data = root / "content" / "_data"
    data.rename(tmp_path / "data.bak")
    article.write_text(ARTICLE + "\nEdited.\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:  # as `dateline build` fails: the figure is no speaker
        corpus.prepare({article})
    assert any("figures" in str(p) and "lind" in str(p) for p in failed.value.problems)
    (tmp_path / "data.bak").rename(data)  # back as it was, mtimes kept
    corpus.prepare({article})  # builds again


def test_serve_watches_a_folder_moved_but_not_the_site_or_editor_files(tmp_path: Path) -> None:
    (tmp_path / "content" / "_data").mkdir(parents=True)
    out = tmp_path / "site"
    assert serve.relevant(str(tmp_path / "content" / "_data"), out)  # a folder moved back
    assert serve.relevant(str(tmp_path / "content" / "gone"), out)  # a folder moved away
    assert not serve.relevant(str(out / "2023"), out)
    assert not serve.relevant(str(tmp_path / "content" / ".git"), out)


# --- k05: an alias two speakers share is neither's -------------------------------------------------

SHARED = SPEAKERS + """- id: lind-b
  name: Olle Lind
  aliases: [Lind, Olle Lind]
"""


def test_a_shared_alias_is_warned_at_its_line_and_attributed_to_neither(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, speakers=SHARED)
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert "speakers.yaml:9: warning: speaker lind-b: 'Lind' is also speaker lind's (line 3)" in said, said
    page = (root / "site" / "speakers" / "lind" / "index.html")
    assert not page.exists() or "pensioners" not in page.read_text(encoding="utf-8")
    assert not (root / "site" / "speakers" / "lind-b").exists() or "pensioners" not in (
        root / "site" / "speakers" / "lind-b" / "index.html").read_text(encoding="utf-8")


def test_a_full_name_still_finds_its_speaker_when_the_surname_is_shared(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    text = ARTICLE.replace("Lind said", "Olle Lind said")
    root = project(tmp_path, speakers=SHARED, articles={"ferry.md": text})
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert "pensioners" in (root / "site" / "speakers" / "lind-b" / "index.html").read_text(encoding="utf-8")


# --- l05 / l04: a named pipe, a symlinked folder in content/ --------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_among_the_articles_is_skipped_with_a_warning_not_a_hang(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    os.mkfifo(root / "content" / "articles" / "inbox.md")
    rc, said = build(root, capsys)  # would block forever on the read
    assert rc == 0, said
    assert "content/articles/inbox.md:1: warning: not a regular file" in said
    assert (root / "site" / "2023" / "05" / "04").is_dir()  # the real article is built


def test_symlinked_folders_are_named_and_never_followed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    extra = root / "content" / "_spare"
    extra.mkdir()
    (extra / "other.md").write_text(ARTICLE.replace("Ferry fares stay", "Spare"), encoding="utf-8")
    arts = root / "content" / "articles"
    (arts / "linked").symlink_to("../_spare")
    (arts / "2023").mkdir()
    (arts / "2023" / "again").symlink_to(".")  # a loop
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert "content/articles/linked: warning: a symlinked folder: not read" in said
    assert "content/articles/2023/again: warning: a symlinked folder: not read" in said
    assert "content/articles/2023: warning" not in said  # a real folder is no problem


# --- n08: control characters in a file name are printed escaped -----------------------------------

def test_a_newline_in_a_file_name_is_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    (root / "content" / "articles" / "odd\nlater.md:1: fine\t.md").write_text("no front matter\n", encoding="utf-8")
    rc, said = build(root, capsys)
    assert rc == 1
    assert "content/articles/odd\\nlater.md:1: fine\\t.md:1: " in said
    assert not any(line.startswith("later.md") for line in said.splitlines())
    from dateline.errors import Problem
    assert str(Problem("content/articles/café näs.md", 2, "x")) == "content/articles/café näs.md:2: x"  # kept


# --- k02 / k07: base_url with a query or fragment, a language that is no tag ----------------------

@pytest.mark.parametrize("base", ["https://example.org/harbour/?ref=feed", "https://example.org/harbour/#top",
                                  "https://example.org/harbour/?ref=1#top"])
def test_a_base_urls_query_or_fragment_is_dropped_with_a_warning_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], base: str) -> None:
    root = project(tmp_path, pyproject=PYPROJECT.replace("https://example.org/harbour/", base))
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert "pyproject.toml:3: warning: base_url holds a ?query or #fragment" in said
    assert "read as 'https://example.org/harbour/'" in said
    site = "".join(p.read_text("utf-8") for p in (root / "site").rglob("*.xml"))
    assert "https://example.org/harbour/2023/05/04/" in site and "#top" not in site and "?ref=" not in site
    rc, said = build(root, capsys, "--base-url", base.replace("harbour", "port"))  # from the command line too
    assert rc == 0 and "--base-url: warning: base_url holds a ?query or #fragment" in said


def test_a_base_url_with_no_host_is_an_error_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT.replace("https://example.org/harbour/", "https:///harbour/"))
    rc, said = build(root, capsys)
    assert rc == 1
    assert "pyproject.toml:3: base_url names no host" in said
    assert not (root / "site").exists()


def test_a_plain_base_url_and_a_region_tag_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT.replace("https://example.org/harbour/", "https://example.org/h")
                   + 'language = "en-NZ"\n')
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert '<link rel="canonical" href="https://example.org/h/"' in (root / "site" / "index.html").read_text("utf-8")


@pytest.mark.parametrize("tag", ['en" onload="x', "english", "e", "en-", "en GB"])
def test_a_language_that_is_no_tag_is_an_error_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           tag: str) -> None:
    root = project(tmp_path, pyproject=PYPROJECT + f"language = '{tag}'\n")
    rc, said = build(root, capsys)
    assert rc == 1
    assert "pyproject.toml:5: language must be a language tag" in said


# --- f10: a key written twice in one speakers.yaml / topics.yaml entry ----------------------------

def test_a_key_given_twice_in_a_data_entry_is_an_error_at_its_line(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS.replace("  aliases: [Okoye]\n", "  aliases: [Okoye]\n  name: Someone Else\n")
    topics = TOPICS.replace("  cues: [ferry, fares*]\n", "  cues: [ferry, fares*]\n  cues: [toll]\n")
    root = project(tmp_path, speakers=speakers, topics=topics)
    rc, said = build(root, capsys)
    assert rc == 1
    assert "speakers.yaml:7: speaker okoye: name: set twice (first on line 5)" in said
    assert "topics.yaml:4: topic ferry: cues: set twice (first on line 3)" in said
    assert not (root / "site").exists()


# --- k11 / k12: blank, wildcard and pattern-looking cues and aliases ------------------------------

@pytest.mark.parametrize("cue", ['"*"', '""', '" "', '".*"', '"fer[ry]"', '"ferry|bus"', '"*fares"', '"fares$"',
                                 '"$fares"'])
def test_a_cue_that_is_blank_or_a_pattern_is_an_error_at_its_line(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str], cue: str) -> None:
    root = project(tmp_path, topics=TOPICS + f"- id: all\n  label: All\n  cues: [weather, {cue}]\n")
    rc, said = build(root, capsys)
    assert rc == 1, said
    assert "topics.yaml:8: topic all: cues: " in said
    if "$" in cue:
        assert "is written as a pattern (`$`)" in said, said


@pytest.mark.parametrize("alias", ['""', '" "', '".*"', '"*"', '"Lin?"'])
def test_an_alias_that_is_blank_or_a_pattern_is_an_error_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], alias: str) -> None:
    root = project(tmp_path, speakers=SPEAKERS.replace("[Okoye]", f"[Okoye, {alias}]"))
    rc, said = build(root, capsys)
    assert rc == 1, said
    assert "speakers.yaml:6: speaker okoye: aliases: " in said


def test_ordinary_cues_and_aliases_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, speakers=SPEAKERS.replace("[Okoye]", '[Okoye, "Dr. C. Okoye", "O\'Koye-Smith"]'),
                   topics=TOPICS.replace("[ferry, fares*]", '[ferry, fares*, "pro-*", "B.C. ferries", "24/7", '
                                                              '"no máximo R$ 6", "US$ 40", "$5 fare", "NZ$"]'))
    rc, said = build(root, capsys)
    assert rc == 0, said


def test_a_cue_of_money_with_a_dollar_sign_matches_the_money(tmp_path: Path) -> None:
    """ux76: "no máximo R$ 6" is how Brazil writes money (the cue was refused as a pattern); it matches as
    written, and not a larger sum it begins (R$ 60)."""
    from dateline.topics import cue_pattern

    found = cue_pattern(["no máximo R$ 6", "US$"])
    assert found is not None
    assert found.search("Um pedágio de no máximo R$ 6 por carro") and found.search("cerca de US$ 40 milhões")
    assert not found.search("no máximo R$ 60 por carro")


# --- i06 / i07 / i11: saved pages nested deep, with a <base href>, with inline relative links ------

def _page(body: str, head: str = "") -> str:
    return (f'<html lang="en"><head>{head}<title>Okoye backs the tram</title></head><body>\n'
            f"<h1>Okoye backs the tram</h1>{body}</body></html>")


QUOTE = '<p>May 2, 2023</p><p>"The tram will run all night," Okoye said.</p>'


def test_a_page_nested_thousands_deep_is_read_quickly_and_the_editor_told() -> None:
    import time

    from dateline import webpage
    html = _page("<div>" * 20000 + QUOTE + "</div>" * 20000)
    started = time.process_time()
    page = webpage.read_page(html)
    assert time.process_time() - started < 30  # minutes before
    assert any("The tram will run all night" in p for p in page.paragraphs)
    assert page.notes and "20002 deep" in page.notes[0]
    # a page of ordinary depth, with many unclosed <p> and <li>, is read as it is
    shallow = _page("<div>" * 12 + QUOTE + "<p>more" * 400 + "<ul>" + "<li>item" * 300 + "</ul>" + "</div>" * 12)
    assert webpage.read_page(shallow).notes == ()


def test_a_base_href_is_never_the_source_url_but_a_canonical_link_is() -> None:
    from dateline import webpage
    base = '<base href="https://cdn.other.example/">'
    assert webpage.read_page(_page(QUOTE, base)).url == ""
    canonical = base + '<link rel="canonical" href="https://tribune.example/2023/05/tram">'
    assert webpage.read_page(_page(QUOTE, canonical)).url == "https://tribune.example/2023/05/tram"


def test_a_saved_page_with_no_address_of_its_own_is_imported_with_a_warning_and_one_with_it_says_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    body = QUOTE + "<p>The council debated the night service for an hour before the vote.</p>"
    (tmp_path / "bare.html").write_text(_page(body, '<base href="https://cdn.other.example/">'), encoding="utf-8")
    canonical = '<link rel="canonical" href="https://tribune.example/2023/05/tram">'
    (tmp_path / "named.html").write_text(_page(body.replace("Okoye", "Okoye again"), canonical), encoding="utf-8")
    old = Path.cwd()
    os.chdir(root)
    try:
        rc = cli.main(["import", str(tmp_path / "bare.html"), str(tmp_path / "named.html")])
    finally:
        os.chdir(old)
    out = capsys.readouterr()
    said = out.out + out.err
    assert rc == 0
    warned = [ln for ln in said.splitlines() if "names no address of its own" in ln]
    assert len(warned) == 1 and "bare.html:1: warning:" in warned[0] and "--source-url" in warned[0]
    assert "source: https://tribune.example/2023/05/tram" in said
    # nor is the <base href>'s host the outlet (trafilatura names the site by it): no outlet, and said so
    assert "outlet: cdn.other.example" not in said
    assert any("bare.html:1: warning: the page names no outlet" in ln for ln in said.splitlines())


def test_inline_relative_links_keep_the_paragraph_whole() -> None:
    from dateline import webpage
    body = ('<p>May 2, 2023</p><p>"The tram will run all night," Okoye said. Read <a href="/lines">the lines</a> '
            'and <a href="maps/night">the map</a>.</p>')
    assert '"The tram will run all night," Okoye said. Read the lines and the map.' in webpage.read_page(
        _page(body)).paragraphs
    # lines the page itself breaks with <br> stay apart
    poem = '<p>May 2, 2023</p><p>First stop<br><a href="/a">Second</a> stop</p><p>"Night trams," Okoye said.</p>'
    assert "First stop Second stop" not in webpage.read_page(_page(poem)).paragraphs


# --- k03 / f11 (warnings only; page size caps are another change's) -------------------------------

def test_a_huge_site_title_is_a_warning_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT.replace('"Harbour Watch"', '"' + "Harbour " * 4000 + '"'))
    _rc, said = build(root, capsys)  # (the site may still be over the size caps: not this check)
    assert "pyproject.toml:2: warning: title is 31 KB, and every page carries it" in said
    root2 = project(tmp_path / "b", pyproject=PYPROJECT.replace('"Harbour Watch"', '"' + "Harbour " * 20 + '"'))
    assert "title is" not in build(root2, capsys)[1]
    # 300 KB of it: every page would pass 1 MB (the hostile round's k03) — an error at its line, site/ untouched
    root3 = project(tmp_path / "c", pyproject=PYPROJECT.replace('"Harbour Watch"', '"' + "T" * 300_000 + '"'))
    rc, said = build(root3, capsys)
    assert rc == 1 and "pyproject.toml:2: title is 293 KB, and every page carries it" in said, said[:300]
    assert not (root3 / "site").exists()


@pytest.mark.parametrize(("stmt", "warned"), [("0001-01-01", True), ("1923-05-04", True), ("1950-05-04", False),
                                              ("2023-05-01", False)])
def test_a_statement_date_generations_before_its_article_is_warned(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], stmt: str, warned: bool) -> None:
    text = ARTICLE.replace("date: 2023-05-04\n", f"date: 2023-05-04\nstatement_date: {stmt}\n")
    root = project(tmp_path, articles={"ferry.md": text})
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert (f"ferry.md:4: warning: statement_date {stmt} is far before the publication date 2023-05-04 (line 3)"
            in said) == warned
