"""Hostile round 82 (blind): a newsroom's second month — merge leftovers, one person listed twice, huge hint
lists, RTF and saved pages under other names, a port in use or out of range, an overlong title, stale hand
corrections, spreadsheet formulas in the CSV, a project made inside another's content/. Each test an invented
case in another setting than the round's (a mountain valley's reservoir), with a negative beside it."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
from pathlib import Path

import pytest
from conftest import cli_build, hostile_project

PYPROJECT = """[tool.dateline]
title = "Valley Ledger"
build_time = "2026-01-01"
search = false
figures = ["brandt"]
"""
SPEAKERS = """- id: brandt
  name: Lena Brandt
  aliases: [Brandt, Lena Brandt]
- id: haddad
  name: Omar Haddad
  aliases: [Haddad]
"""
TOPICS = """- id: reservoir
  label: Reservoir
  cues: [reservoir, dam]
"""
SAID = '"The reservoir will be full by spring," Brandt said.\n'


def article(body: str = SAID, title: str = "Reservoir plans", date: str = "2024-05-02", front: str = "") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n{front}---\n{body}"


def project(tmp: Path, *, speakers: str = SPEAKERS, topics: str = TOPICS,
            articles: dict[str, str] | None = None) -> Path:
    return hostile_project(tmp, pyproject=PYPROJECT, speakers=speakers, topics=topics,
                           articles=articles or {"dam.md": article()})


def quotes(root: Path) -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads((root / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    return data


def run_cli(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """`dateline ARGS` in `root`, in this process: exit status and everything it printed."""
    from dateline import cli

    old = Path.cwd()
    os.chdir(root)
    try:
        rc = cli.main(list(args))
    finally:
        os.chdir(old)
    out = capsys.readouterr()
    return rc, out.out + out.err


def site_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}


# --- a05, b02: merge conflict markers --------------------------------------------------------------------

CONFLICTED = article(
    "The valley council met on Monday.\n\n"
    "<<<<<<< HEAD\n"
    '"The reservoir will be full by spring," Brandt said.\n'
    "=======\n"
    '"The reservoir will be full by summer," Brandt said.\n'
    ">>>>>>> desk-edits\n")


def test_conflict_markers_in_an_article_body_are_an_error_at_the_marker(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    assert cli_build(root, capsys)[0] == 0
    before = site_files(root)
    (root / "content" / "articles" / "dam.md").write_text(CONFLICTED, encoding="utf-8")
    rc, out = cli_build(root, capsys)
    assert rc == 1
    assert "content/articles/dam.md:7: merge conflict marker '<<<<<<< HEAD'" in out, out
    assert site_files(root) == before


def test_a_setext_heading_underline_is_no_conflict_marker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "Reservoir update\n=======\n\n" + SAID
    root = project(tmp_path, articles={"dam.md": article(body)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert "conflict" not in out


def test_conflict_markers_between_yaml_list_items_are_named_at_their_line(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    topics = ("- id: reservoir\n  label: Reservoir\n<<<<<<< ours\n- id: tolls\n  label: Tolls\n=======\n"
              "- id: tolls\n  label: Road tolls\n>>>>>>> theirs\n")
    root = project(tmp_path, topics=topics)
    rc, out = cli_build(root, capsys)
    assert rc == 1
    assert "content/_data/topics.yaml:3: merge conflict marker '<<<<<<< ours'" in out, out
    assert "not valid YAML" not in out


# --- b03: one person listed twice --------------------------------------------------------------------------

def test_one_person_under_two_ids_is_warned_once_and_a_bare_surname_is_nobodys(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS + "- id: lena-brandt\n  name: Lena Brandt\n  aliases: [Brandt, L. Brandt]\n"
    body = "Mayor Lena Brandt spoke on Monday.\n\n" + SAID
    root = project(tmp_path, speakers=speakers, articles={"dam.md": article(body)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert ("content/_data/speakers.yaml:7: warning: speaker lena-brandt is named 'Lena Brandt', as speaker "
            "brandt is (line 1): one person listed twice?") in out, out
    assert "is also speaker brandt's" not in out  # (one warning, not one per shared alias)
    assert [q["speaker"] for q in quotes(root)] == ["unknown"]


def test_two_people_of_one_family_keep_the_alias_warning_and_each_own_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS + "- id: jonas-brandt\n  name: Jonas Brandt\n  aliases: [Brandt, Jonas Brandt]\n"
    body = 'Jonas Brandt, the mayor\'s brother, disagreed. "The dam is too small," Jonas Brandt said.\n'
    root = project(tmp_path, speakers=speakers, articles={"dam.md": article(body)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert "listed twice" not in out
    assert "speaker jonas-brandt: 'Brandt' is also speaker brandt's" in out
    assert [q["speaker"] for q in quotes(root)] == ["jonas-brandt"]


# --- b11: huge hint lists ----------------------------------------------------------------------------------

def test_a_huge_hint_list_is_warned_and_its_unknown_ids_summed_up(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    hints = "".join(f"  - basin{i}\n" for i in range(300)) + "  - basin0\n"  # (a repeat: one id)
    root = project(tmp_path, articles={"dam.md": article(front="topics:\n" + hints)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert "content/articles/dam.md:4: warning: topics: 300 ids" in out, out
    # each of the first ids at its own line; the rest counted in one line
    assert "content/articles/dam.md:5: warning: topics: unknown topic 'basin0'" in out
    assert "content/articles/dam.md:9: warning: topics: unknown topic 'basin4'" in out
    assert "250 more unknown speakers:/topics: ids" in out
    assert out.count("unknown topic") == 50


def test_a_short_hint_list_is_not_warned_and_an_inline_id_keeps_its_line(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    front = "speakers: [brandt, hadad]\ntopics:\n  - reservoir\n  - dams\n"
    root = project(tmp_path, articles={"dam.md": article(front=front)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert " ids — a hint" not in out
    assert "content/articles/dam.md:4: warning: speakers: unknown speaker 'hadad'" in out, out
    assert "content/articles/dam.md:7: warning: topics: unknown topic 'dams'" in out, out


# --- d04, d07: RTF, and a saved page under another name -----------------------------------------------------

def test_an_rtf_file_is_refused_on_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    raw = root / "raw"
    raw.mkdir()
    (raw / "note.rtf").write_text(r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 VALLEY, May 2 \par ""The dam holds,"" "
                                  r"Brandt said.\par}", encoding="utf-8")
    (raw / "plain.txt").write_text('VALLEY, May 2, 2024 — "The dam holds," Brandt said.\n', encoding="utf-8")
    rc, out = run_cli(root, capsys, "import", "raw/note.rtf", "--date", "2024-05-02")
    assert rc == 1
    assert "raw/note.rtf:1: an RTF document" in out and "save it as plain text" in out, out
    assert sorted(p.name for p in (root / "content" / "articles").iterdir()) == ["dam.md"]
    rc, out = run_cli(root, capsys, "import", "raw/plain.txt", "--date", "2024-05-02")
    assert rc == 0, out
    assert len(list((root / "content" / "articles").iterdir())) == 2


SAVED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dam to be raised | Valley Ledger</title>
<script>track('x')</script></head>
<body><article><h1>Dam to be raised</h1>
<p>"The reservoir will be full by spring," Brandt said on Thursday.</p>
</article></body></html>
"""


def test_a_saved_page_with_a_text_name_is_imported_as_a_page(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    (root / "raw").mkdir()
    (root / "raw" / "page.txt").write_text(SAVED, encoding="utf-8")
    rc, out = run_cli(root, capsys, "import", "raw/page.txt", "--date", "2024-05-02")
    assert rc == 0, out
    assert "raw/page.txt:1: warning: an HTML document with a .txt name" in out, out
    new = [p for p in (root / "content" / "articles").iterdir() if p.name != "dam.md"]
    text = new[0].read_text(encoding="utf-8")
    assert "title: Dam to be raised" in text
    assert not any(tag in text for tag in ("<html", "<script", "<body", "<!DOCTYPE"))
    assert "full by spring" in text


def test_a_markdown_text_with_some_markup_is_not_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    (root / "raw").mkdir()
    (root / "raw" / "note.md").write_text('VALLEY, May 2, 2024 — <b>Update</b>: "The dam holds," Brandt said.\n',
                                          encoding="utf-8")
    rc, out = run_cli(root, capsys, "import", "raw/note.md", "--date", "2024-05-02")
    assert rc == 0, out
    assert "HTML document" not in out


# --- e03, i09: serve's port ---------------------------------------------------------------------------------

def test_serve_on_a_port_in_use_says_so_before_building(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        rc, out = run_cli(root, capsys, "serve", "--port", str(port), "--no-search")
    assert rc == 2
    assert f"port {port} on 127.0.0.1 is in use" in out and "--port" in out, out
    assert "Traceback" not in out
    assert not (root / "site").exists()  # refused before the first build


def test_a_free_port_is_no_problem() -> None:
    from dateline import serve

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert serve.port_problem("127.0.0.1", port) is None


@pytest.mark.parametrize("port", ["99999", "-1", "0", "http"])
def test_a_port_out_of_range_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], port: str) -> None:
    root = project(tmp_path)
    rc, out = run_cli(root, capsys, "serve", f"--port={port}")
    assert rc == 2
    assert "1 to 65535" in out, out
    assert not (root / "site").exists()


def test_a_port_in_range_is_taken() -> None:
    from dateline import cli

    assert cli._port("8080") == 8080
    assert cli._port("65535") == 65535


# --- h02: an overlong title ------------------------------------------------------------------------------

def test_an_overlong_title_is_cut_on_pages_and_warned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_title = "Dam " * 29999 + "Dam"
    root = project(tmp_path, articles={"dam.md": article(title=long_title)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert "content/articles/dam.md:2: warning: title is 119,999 characters long" in out, out
    page = root / "site" / "2024" / "05" / "02" / "dam" / "index.html"
    assert page.stat().st_size < 100_000
    assert max(p.stat().st_size for p in (root / "site").rglob("*.html")) < 1_000_000
    assert "Dam Dam Dam…" in page.read_text(encoding="utf-8")


def test_a_long_headline_is_kept_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    title = "Council votes to raise the valley dam by four metres after a summer of drought " * 3
    root = project(tmp_path, articles={"dam.md": article(title=title.strip())})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    assert "characters long" not in out
    assert quotes(root) and title.strip() in (root / "site" / "2024" / "05" / "02" / "dam" / "index.html").read_text(
        encoding="utf-8")


# --- j01, j11: stale hand corrections ------------------------------------------------------------------------

def test_a_text_correction_of_a_reworded_quote_offers_the_closest(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    front = 'quotes:\n  - text: "The reservoir will be full by spring"\n    speaker: haddad\n'
    body = '"By spring we will see a full reservoir again," Brandt said.\n'
    root = project(tmp_path, articles={"dam.md": article(body, front=front)})
    rc, out = cli_build(root, capsys)
    assert rc == 1
    assert "content/articles/dam.md:5: quotes: no quote with text" in out
    assert "(the closest quote: 'By spring we will see a full reservoir again,')" in out, out


def test_a_text_correction_sharing_no_words_offers_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = 'quotes:\n  - text: "Tolls on the pass road stay"\n    speaker: haddad\n'
    root = project(tmp_path, articles={"dam.md": article(front=front)})
    rc, out = cli_build(root, capsys)
    assert rc == 1
    assert "(has the text changed?)" in out and "closest quote" not in out, out


@pytest.mark.parametrize(("said", "warned"), [("2044-03-01", "after the publication date"),
                                              ("1901-03-01", "far before the publication date"),
                                              ("2024-04-30", None)])
def test_a_correction_statement_date_is_checked_as_the_front_matters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, warned: str | None) -> None:
    front = f'quotes:\n  - text: "The reservoir will be full by spring"\n    statement_date: {said}\n'
    root = project(tmp_path, articles={"dam.md": article(front=front)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    if warned is None:
        assert "statement_date" not in out, out
    else:
        assert f"content/articles/dam.md:6: warning: quotes: statement_date {said} is {warned} 2024-05-02" in out, out


# --- noticed: formulas in quotes.csv, `new` inside content/ -------------------------------------------------

def test_csv_cells_that_open_as_a_formula_are_shown_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = '"-40 percent of the valley\'s water is lost," Brandt said.\n\n"The dam is safe," Haddad said.\n'
    root = project(tmp_path, articles={"dam.md": article(body, title="=HYPERLINK(\"http://x.invalid\")")})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    rows = list(csv.DictReader(io.StringIO((root / "site" / "data" / "quotes.csv").read_text(encoding="utf-8"))))
    texts = {r["speaker"]: r["text"] for r in rows}
    assert texts["brandt"].startswith("'-40 percent")
    assert texts["haddad"].startswith("The dam is safe")  # (a cell opening otherwise is as it was)
    assert {r["article_title"] for r in rows} == {"'=HYPERLINK(\"http://x.invalid\")"}


def test_new_inside_a_projects_content_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    rc, out = run_cli(root, capsys, "new", "content")
    assert rc == 1
    assert "content is " in out and "a folder the dateline project at" in out, out
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == before
    rc, out = run_cli(root, capsys, "new", "content/articles/sub")
    assert rc == 1
    rc, out = run_cli(root, capsys, "new", "../neighbour")
    assert rc == 0, out
    assert (tmp_path / "neighbour" / "pyproject.toml").is_file()
