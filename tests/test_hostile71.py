"""Hostile-input round 71 (blind): contradicting corrections, legacy encodings, HTTP bodies, base URLs,
look-alike ids. Each test an invented case in another setting than the round's, with a negative beside it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from conftest import cli_build, hostile_project

PYPROJECT = """[tool.dateline]
title = "Lakeside Record"
build_time = "2026-01-01"
search = false
figures = ["ferreira"]
"""
SPEAKERS = """- id: ferreira
  name: Lucia Ferreira
  aliases: [Ferreira, Lucia Ferreira]
- id: berg
  name: Tomas Berg
  aliases: [Berg]
"""
TOPICS = """- id: library
  label: Library hours
  cues: [library]
"""


def article(quotes: str = "", body: str = '"We will reopen the library on Sundays," Ferreira said.\n',
            extra: str = "") -> str:
    return f"---\ntitle: Library hours\ndate: 2024-05-02\n{extra}{quotes}---\n{body}"


def project(tmp: Path, *, pyproject: str = PYPROJECT, speakers: str = SPEAKERS,
            articles: dict[str, str] | None = None) -> Path:
    return hostile_project(tmp, pyproject=pyproject, speakers=speakers, topics=TOPICS,
                           articles=articles or {"lib.md": article()})


# --- c07: corrections that contradict each other ------------------------------------------------------

@pytest.mark.parametrize(("quotes", "at", "names"), [
    ('quotes:\n  - text: "We will reopen"\n    speaker: berg\n  - text: "We will reopen"\n    speaker: ferreira\n',
     7, "contradicts line 5: that entry sets speaker: berg"),
    ('quotes:\n  - text: "We will reopen"\n    speaker: berg\n  - drop: "We will reopen the library on Sundays"\n',
     7, "drop: removes the quote line 5 corrects"),
    ('quotes:\n  - drop: "We will reopen the library on Sundays"\n  - text: "We will reopen"\n    speaker: berg\n',
     6, "corrects the quote line 5 drops"),
    ('quotes:\n  - add: "reopen the library"\n    speaker: berg\n  - add: "reopen the library"\n    speaker: ferreira\n',
     7, "contradicts line 5: that entry sets speaker: berg"),
])
def test_corrections_that_undo_each_other_are_an_error_naming_both_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], quotes: str, at: int, names: str) -> None:
    root = project(tmp_path, articles={"lib.md": article(quotes)})
    rc, said = cli_build(root, capsys)
    assert rc == 1
    assert f"content/articles/lib.md:{at}: quotes: " in said and names in said, said
    assert not (root / "site").exists()


def test_two_dates_for_one_quote_contradict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quotes = ('quotes:\n  - text: "We will reopen"\n    statement_date: 2024-04-01\n'
              '  - text: "We will reopen the library on Sundays"\n    statement_date: 2024-04-03\n')
    rc, said = cli_build(project(tmp_path, articles={"lib.md": article(quotes)}), capsys)
    assert rc == 1
    assert "lib.md:7: quotes: contradicts line 5: that entry sets statement_date: 2024-04-01" in said, said


def test_corrections_that_agree_or_touch_other_fields_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The negative: the same speaker twice, a speaker then a date for one quote, a drop of one quote and an
    add of other words, an add of words the extraction found (the add's speaker applies): no contradiction."""
    body = ('"We will reopen the library on Sundays," Ferreira said.\n\n'
            '"The budget is closed," Berg said. "Not this year."\n')
    quotes = ('quotes:\n  - text: "We will reopen"\n    speaker: berg\n  - text: "We will reopen"\n    speaker: berg\n'
              '  - text: "We will reopen"\n    statement_date: 2024-04-01\n  - drop: "Not this year."\n'
              '  - add: "The budget is closed,"\n    speaker: ferreira\n')
    root = project(tmp_path, articles={"lib.md": article(quotes, body)})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    assert "contradicts" not in said and "keep one of the two" not in said
    data = (root / "site" / "data" / "quotes.json").read_text(encoding="utf-8")
    assert "Not this year" not in data
    speakers = {q["text"]: q["speaker"] for q in json.loads(data)}
    assert speakers["The budget is closed,"] == "ferreira", speakers
    assert next(s for t, s in speakers.items() if t.startswith("We will reopen")) == "berg", speakers


# --- c08: every broken correction listed in one build -----------------------------------------------

def test_an_id_naming_no_quote_is_listed_with_the_malformed_entries(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    quotes = ('quotes:\n  - id: no-such-quote-123456\n    speaker: berg\n  - text: ""\n    speaker: berg\n'
              '  - {}\n')
    rc, said = cli_build(project(tmp_path, articles={"lib.md": article(quotes)}), capsys)
    assert rc == 1
    for line in (5, 7, 9):
        assert f"content/articles/lib.md:{line}: quotes: " in said, said


def test_a_good_id_beside_a_malformed_entry_reports_only_the_malformed_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quotes = 'quotes:\n  - text: "We will reopen"\n    speaker: berg\n  - {}\n'
    rc, said = cli_build(project(tmp_path, articles={"lib.md": article(quotes)}), capsys)
    assert rc == 1
    assert "lib.md:7: quotes: entry needs" in said and "lib.md:5" not in said, said


# --- c05: a writer no speaker has gets one warning, not two that disagree ------------------------------

def test_an_unknown_writer_is_one_warning_and_a_listed_one_the_byline_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "The library will open on Sundays from June.\n"
    root = project(tmp_path, articles={"a.md": article(body=body, extra="writer: no-such-columnist\n"),
                                       "b.md": article(body=body + "\nAnd on holidays.\n", extra="writer: berg\n")})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    at_a = [ln for ln in said.splitlines() if ln.startswith("content/articles/a.md:4:")]
    assert at_a == ["content/articles/a.md:4: warning: writer: unknown speaker 'no-such-columnist', "
                    "not in speakers.yaml"], at_a
    assert "b.md:4: warning: the byline's writer is a speaker of speakers.yaml (Tomas Berg, writer: berg)" in said


# --- e04/e05/e07: a legacy encoding is named right; a UTF-16 BOM is read ----------------------------------

def _read(tmp: Path, name: str, raw: bytes) -> object:
    from dateline.load import read_source

    (tmp / name).write_bytes(raw)
    return read_source(tmp / name, name, page=name.endswith(".html"))


@pytest.mark.parametrize(("text", "encoding", "named", "shown"), [
    ("Кметът Иванова каза, че паркът остава безплатен.\n", "cp1251", "windows-1251", "Кметът"),
    ("Ο δήμαρχος είπε ότι το πάρκο μένει δωρεάν.\n", "cp1253", "windows-1253", "Ο"),
    ("A prefeita disse que o parque não será pago.\n", "cp1252", "windows-1252", "não"),  # the negative: Latin
])
def test_a_file_in_a_legacy_encoding_is_refused_with_the_encoding_it_reads_as(
        tmp_path: Path, text: str, encoding: str, named: str, shown: str) -> None:
    from dateline.errors import Problem

    got = _read(tmp_path, "park.txt", text.encode(encoding))
    assert isinstance(got, Problem) and got.line == 1
    assert f"iconv -f {named} -t utf-8 park.txt" in got.message, got.message
    assert f"'{shown}" in got.message, got.message
    if encoding != "cp1252":
        assert "windows-1252" not in got.message


def test_a_page_whose_meta_says_utf8_over_cyrillic_bytes_is_named_windows_1251(tmp_path: Path) -> None:
    from dateline.errors import Problem

    page = '<html><head><meta charset="utf-8"><title>Парк</title></head><body><p>«Паркът остава», каза тя.</p>'
    got = _read(tmp_path, "p.html", page.encode("cp1251"))
    assert isinstance(got, Problem) and "iconv -f windows-1251" in got.message, got


def test_a_utf16_file_with_a_bom_is_read_and_one_without_is_refused(tmp_path: Path) -> None:
    from dateline.errors import Problem
    from dateline.load import SourceFile

    text = "<html><body><p>«Паркът остава безплатен», каза тя.</p></body></html>\n"
    for name, raw in (("le.html", text.encode("utf-16")), ("be.html", b"\xfe\xff" + text.encode("utf-16-be"))):
        got = _read(tmp_path, name, raw)
        assert isinstance(got, SourceFile) and got.text == text, got
    got = _read(tmp_path, "nobom.html", text.encode("utf-16-le"))
    assert isinstance(got, Problem) and "NUL byte" in got.message


# --- b03/b06: a base_url with credentials or a space is refused, with the address to write -----------------

def test_a_base_url_with_a_user_and_password_is_an_error_at_its_line(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT + 'base_url = "https://editor:s3cret@lakeside.example/record/"\n')
    rc, said = cli_build(root, capsys)
    assert rc == 1
    assert "pyproject.toml:6: base_url holds a user name or password" in said, said
    assert not (root / "site").exists()


def test_a_base_url_with_a_space_is_refused_with_its_encoded_form(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    rc, said = cli_build(root, capsys, "--base-url", "https://lakeside.example/the record/")
    assert rc == 2
    assert "'https://lakeside.example/the%20record/'" in said, said
    # the negative: an encoded space and a non-ASCII path build
    for url in ("https://lakeside.example/the%20record/", "https://lakeside.example/río/"):
        rc, said = cli_build(root, capsys, "--base-url", url)
        assert rc == 0, said
        assert url in (root / "site" / "sitemap.xml").read_text(encoding="utf-8")


# --- h06: a paragraph of tens of thousands of <span>s is read in seconds ------------------------------------

def test_a_page_of_many_spans_is_read_with_them_dropped_and_the_editor_told() -> None:
    import time

    from dateline.webpage import read_page

    words = '<span class="t">lantern</span> ' * 30_000
    page = ('<html><head><title>Lantern festival</title></head><body><h1>Lantern festival</h1>'
            '<p>"The festival stays in the old town," Mayor Ines Duarte said.</p><p>' + words + '</p></body></html>')
    started = time.process_time()
    read = read_page(page)
    assert time.process_time() - started < 30
    assert any("<span>/<font> tags" in n for n in read.notes), read.notes
    assert any("festival stays in the old town" in p for p in read.paragraphs)
    # the negative: a story with a few hundred spans keeps them as they are, no note
    few = read_page(page.replace(words, '<span class="t">lantern</span> ' * 300))
    assert not any("<span>/<font>" in n for n in few.notes)


# --- h04/h10: a body cut short, or sent compressed, over HTTP ------------------------------------------------

class _Response:
    """What `fetch._read_by` and `fetch.fetch` read of a urllib response: headers and a body."""

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        import email.message

        self.headers = email.message.Message()
        for k, v in headers.items():
            self.headers[k] = v
        self._body = [body]

    def read1(self, _n: int) -> bytes:
        return self._body.pop() if self._body else b""

    def __enter__(self) -> _Response:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


PAGE = b'<html><head><title>Ferry</title></head><body><p>"The ferry runs all winter," Berg said.</p></body></html>'


def _fetched(tmp: Path, monkeypatch: pytest.MonkeyPatch, body: bytes, headers: dict[str, str]) -> str:
    from dateline import fetch

    monkeypatch.setattr(fetch.urllib.request, "urlopen", lambda *_a, **_k: _Response(body, headers))
    got = fetch.fetch("https://harbour.example/ferry", tmp / "_sources", timeout=5)
    return got.path.read_text(encoding="utf-8")


def test_a_body_shorter_than_its_content_length_is_refused_and_nothing_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.fetch import FetchError

    with pytest.raises(FetchError, match=r"cut off in transit \(105 of the 5,000 bytes"):
        _fetched(tmp_path, monkeypatch, PAGE, {"Content-Type": "text/html", "Content-Length": "5000"})
    assert not (tmp_path / "_sources").exists()
    assert _fetched(tmp_path, monkeypatch, PAGE, {"Content-Type": "text/html", "Content-Length": str(len(PAGE))}) \
        == PAGE.decode()


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_compressed_body_is_decompressed_and_a_bomb_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               coding: str) -> None:
    import gzip
    import zlib

    from dateline.fetch import MAX_BYTES, FetchError

    pack = gzip.compress if coding == "gzip" else zlib.compress
    headers = {"Content-Type": "text/html", "Content-Encoding": coding}
    assert _fetched(tmp_path, monkeypatch, pack(PAGE), headers) == PAGE.decode()
    with pytest.raises(FetchError, match="inflates past"):
        _fetched(tmp_path / "b", monkeypatch, pack(b"\0" * (MAX_BYTES + 10)), headers)
    # the negative: a plain body under a wrong `gzip` label is read as it came
    assert _fetched(tmp_path / "c", monkeypatch, PAGE, {"Content-Type": "text/html", "Content-Encoding": "gzip"}) \
        == PAGE.decode()
    with pytest.raises(FetchError, match="compressed as 'br'"):
        _fetched(tmp_path / "d", monkeypatch, PAGE, {"Content-Type": "text/html", "Content-Encoding": "br"})


# --- n06: a speaker id or name mixing scripts (a look-alike of another) is warned at its line ---------------

def test_a_look_alike_speaker_id_and_name_are_warned_naming_the_id_they_pass_as(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS + "- id: bеrg\n  name: Tomas Bеrg\n"  # a Cyrillic е in both
    rc, said = cli_build(project(tmp_path, speakers=speakers), capsys)
    assert rc == 0, said
    assert "speakers.yaml:7: warning: speaker id 'bеrg' mixes scripts in one word (е (Cyrillic)): it looks like " \
           "'berg' (line 4)" in said, said
    assert "speakers.yaml:7: warning: speaker name 'Tomas Bеrg' mixes scripts" in said


def test_names_in_one_script_each_are_not_warned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS + ("- id: petrov\n  name: Иван Петров\n- id: sato\n  name: 佐藤ひろし\n"
                           "- id: karimov\n  name: Oʻtkir Karimov\n- id: nowak\n  name: Łucja Nowak\n")
    rc, said = cli_build(project(tmp_path, speakers=speakers), capsys)
    assert rc == 0, said
    assert "mixes scripts" not in said, said


# --- h09: an attribute of megabytes is emptied, the article read -------------------------------------------

def test_a_page_with_a_12mb_attribute_is_read_with_the_value_emptied() -> None:
    from dateline.webpage import read_page

    page = ('<html><head><title>Tram line</title><meta name="description" content="' + "z" * 12_000_000 + '">'
            '</head><body><h1>Tram line</h1><p>"The tram will reach the port by 2027," Mayor Ines Duarte said.</p>'
            '<p>The council voted on Thursday.</p></body></html>')
    read = read_page(page)
    assert any("reach the port by 2027" in p for p in read.paragraphs), read.paragraphs
    assert any("emptied" in n for n in read.notes), read.notes
    small = read_page(page.replace("z" * 12_000_000, "A tram to the port"))  # the negative: an ordinary value
    assert not any("emptied" in n for n in small.notes)


def test_a_fetched_page_the_import_refuses_leaves_nothing_in_sources(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline import fetch, importer

    into = tmp_path / "content" / "articles"
    into.mkdir(parents=True)
    options = importer.ImportOptions(into=into, outlet="Harbour Post", given_date="2024-05-02")
    for body, kept in ((b"\x00\x01binary\x00", False), (PAGE, True)):  # refused, then (the negative) imported
        monkeypatch.setattr(fetch.urllib.request, "urlopen",
                            lambda *_a, _b=body, **_k: _Response(_b, {"Content-Type": "text/html"}))
        jobs, problems = importer.fetch_jobs(["https://harbour.example/ferry"], dataclasses.replace(options, force=True))
        assert not problems
        [result] = list(importer.import_jobs(jobs))
        assert (result.problem is None) is kept, result.problem
        assert jobs[0][0].exists() is kept
