"""Hostile input round 64 (blind), content and data cases: each fix with an invented case in a small
project of its own (another town, outlet and figure than the round's), a negative beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_hostile59 import ARTICLE, PYPROJECT, SPEAKERS, TOPICS, build, project

# --- d06: a publication date before printed news is warned; a year's folder is four digits -----------


@pytest.mark.parametrize(("day", "warned"), [("0001-01-01", True), ("1023-05-04", True), ("1923-05-04", False)])
def test_a_publication_date_before_printed_news_is_warned_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str, warned: bool) -> None:
    root = project(tmp_path, articles={"ferry.md": ARTICLE.replace("2023-05-04", day)})
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert (f"ferry.md:3: warning: date {day} is before 1600" in said) == warned


def test_the_year_one_page_is_at_four_digits_like_its_articles(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    old = ARTICLE.replace("2023-05-04", "0001-01-01")
    root = project(tmp_path, articles={"ferry.md": ARTICLE, "old.md": old})
    rc, said = build(root, capsys)
    assert rc == 0, said
    site = root / "site"
    assert (site / "0001" / "01" / "01").is_dir() and (site / "0001" / "index.html").is_file()
    assert not (site / "1").exists()
    assert 'href="0001/"' in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "2023" / "index.html").is_file()  # an ordinary year as it was


# --- y08: an era that ends before it starts is an error; one in year 9999 a warning ------------------

ERAS = TOPICS + "  eras:\n    - {id: term, label: First term, start: 2021-01, end: 2024-12}\n"


@pytest.mark.parametrize(("era", "expect"), [
    ("{id: back, label: Backwards, start: 2022-06, end: 2021-01}", "topics.yaml:8: topic ferry, era back: it ends "
                                                                   "(2021-01) before it starts (2022-06)"),
    ("{id: far, label: Far, start: 9999-01, end: 9999-12}", "topics.yaml:8: warning: topic ferry, era far: "
                                                            "9999-01 and 9999-12 are before 1600 or after 2199"),
    ("{id: same, label: One month, start: 2022-06, end: 2022-06}", None),
])
def test_an_era_backwards_or_in_year_9999_is_said_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], era: str, expect: str | None) -> None:
    root = project(tmp_path, topics=ERAS + f"    - {era}\n")
    rc, said = build(root, capsys)
    assert rc == (1 if expect and "warning" not in expect else 0), said
    if expect:
        assert expect in said
    else:
        assert "topics.yaml" not in said


# --- d09: a build_time no site is built on is warned at its line ------------------------------------


@pytest.mark.parametrize(("day", "warned"), [("0001-01-01", True), ("2023-06-01", False)])
def test_a_build_time_of_year_one_is_warned_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str, warned: bool) -> None:
    root = project(tmp_path, pyproject=PYPROJECT + f'build_time = "{day}"\n')
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert (f"pyproject.toml:5: warning: build_time {day} is no day a site is built" in said) == warned


# --- u08: lines are counted by LF alone, as an editor shows them -------------------------------------


@pytest.mark.parametrize(("breaks", "line"), [
    ("G\u2028H\u2029I\x0bJ\x0cK\x1cL\x1dM\x1eN\x85O", 7),
    ("G H I J K L M N O", 7),  # the negative: the same text with plain spaces
])
def test_a_line_after_unicode_separators_keeps_the_editors_number(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], breaks: str, line: int) -> None:
    text = ("---\ntitle: Quay works\ndate: 2023-05-04\n---\n"
            f"The quay works went on: {breaks}.\n\n\"An unclosed quote about the ferry fares, Lind said.\n")
    root = project(tmp_path, articles={"quay.md": text})
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert f"quay.md:{line}: warning: closing quote mark missing" in said
    assert "quay.md:9" not in said


# --- u06: ids that differ only in case name one folder on macOS and Windows: an error at the second's line


def test_speaker_ids_differing_only_in_case_are_an_error_at_the_second(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS + "- id: Lind\n  name: Oskar Lind\n  aliases: [Oskar Lind]\n"
    root = project(tmp_path, speakers=speakers)
    rc, said = build(root, capsys)
    assert rc == 1
    assert "speakers.yaml:7: speaker id 'Lind' differs from 'lind' (line 1) only in case" in said


def test_distinct_speaker_ids_and_a_stance_in_other_case_than_another_topics(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    speakers = SPEAKERS + "- id: lindqvist\n  name: Oskar Lindqvist\n  aliases: [Lindqvist]\n"
    topics = TOPICS + "- id: quay\n  label: Quay\n  cues: [quay]\n  stances:\n    - {id: Free, label: Free quay}\n"
    rc, said = build(project(tmp_path, speakers=speakers, topics=topics), capsys)
    assert rc == 0, said
    assert "only in case" not in said and "already" not in said


@pytest.mark.parametrize("second", ["Ferry", "FERRY"])
def test_topic_and_stance_ids_differing_only_in_case_are_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str) -> None:
    topics = TOPICS + "    - {id: FREE, label: Shouted}\n" + f"- id: {second}\n  label: Ferries\n  cues: [ferries]\n"
    rc, said = build(project(tmp_path, topics=topics), capsys)
    assert rc == 1
    assert "topics.yaml:6: topic ferry, stance FREE: the topic has a stance 'free' already" in said
    assert f"topics.yaml:7: topic id '{second}' differs from 'ferry' (line 1) only in case" in said


# --- u01: a listed name typed with combining accents (NFD) is the listed name ------------------------

ACCENTED = SPEAKERS + "- id: ibanez\n  name: Martín Ibáñez\n  aliases: [Ibáñez]\n"


@pytest.mark.parametrize(("yaml_form", "text_form"), [("NFC", "NFD"), ("NFD", "NFC"), ("NFC", "NFC")])
def test_an_accented_name_matches_whatever_its_normalisation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], yaml_form: str, text_form: str) -> None:
    import json
    import unicodedata
    said_line = "\"The ferry will run all winter,\" Ibáñez said on Tuesday.\n"
    article = ARTICLE.replace('"We will keep the ferry free for pensioners," Lind said on Tuesday.\n',
                              unicodedata.normalize(text_form, said_line))  # type: ignore[arg-type]
    root = project(tmp_path, speakers=unicodedata.normalize(yaml_form, ACCENTED),  # type: ignore[arg-type]
                   articles={"ferry.md": article})
    rc, said = build(root, capsys)
    assert rc == 0, said
    quotes = json.loads((root / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert [q["speaker"] for q in quotes] == ["ibanez"]


def test_an_unlisted_accented_name_stays_unknown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    import unicodedata
    said_line = unicodedata.normalize("NFD", "\"The ferry will run all winter,\" Muñoz said on Tuesday.\n")
    article = ARTICLE.replace('"We will keep the ferry free for pensioners," Lind said on Tuesday.\n', said_line)
    root = project(tmp_path, speakers=ACCENTED, articles={"ferry.md": article})
    rc, said = build(root, capsys)
    assert rc == 0, said
    quotes = json.loads((root / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert [q["speaker"] for q in quotes] != ["ibanez"]


# --- p02 / p08: look-backs bounded, so a pathological paragraph costs in proportion to its length -----


def test_a_sentence_without_stops_is_looked_back_over_a_bounded_reach() -> None:
    from dateline.lexicon import SENTENCE_REACH, sentence_start
    endless = "Lind said that the harbourmaster said " * 500  # 19,000 characters, no stop
    assert sentence_start(endless, 0, len(endless), lambda _i: False) == len(endless) - SENTENCE_REACH
    prose = "The ferry ran late. Lind said that the harbourmaster said so"
    assert sentence_start(prose, 0, len(prose), lambda _i: False) == prose.index(" Lind")  # the negative: its stop


@pytest.mark.parametrize(("count", "warned"), [(1000, True), (100, False)])
def test_a_paragraph_of_many_quotes_is_read_around_each_and_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], count: int, warned: bool) -> None:
    para = " ".join(f'"Fare {i} on the ferry line stays," Lind said.' for i in range(count))
    article = "---\ntitle: Fares\ndate: 2023-05-04\noutlet: Northport Gazette\n---\n" + para + "\n"
    root = project(tmp_path, articles={"fares.md": article})
    rc, said = build(root, capsys)
    assert rc == 0, said
    assert ("fares.md:6: warning: a paragraph of" in said) == warned


def test_the_text_outside_quotes_is_the_same_walked_from_its_first_span() -> None:
    from dateline.quotes import _outside_quotes, span_order
    body = "".join(f'a{i} "q{i}" ' for i in range(40))
    spans = [(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]*"', body)]
    order = span_order(spans)
    for lo, hi in ((0, len(body)), (37, 90), (120, 121), (200, len(body))):
        assert _outside_quotes(body, lo, hi, spans, order) == _outside_quotes(body, lo, hi, list(reversed(spans)))
