"""A date phrase dates the words it governs, not every quote of the article (ux36 #5, #17, #25).

High confidence means the text ties that date to that quote: a broadcast's date line dates every turn
of its transcript; an interviewer's "in March you said" dates the guest's earlier words, not the
interview; a passive "was promised in December" dates the promise, not the words the story quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline import analyse
from dateline.dates import article_statement_date
from dateline.load import Data, SourceFile, load_data, parse_article
from dateline.model import DateInfo, PartialDate

TODAY = date(2026, 11, 23)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _data(tmp_path: Path) -> Data:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text(
        "- id: okafor\n  name: Chidi Okafor\n  aliases: [Okafor]\n"
        "- id: lindqvist\n  name: Maja Lindqvist\n  aliases: [Lindqvist]\n", "utf-8")
    return load_data(tmp_path, [])


def _dated(data: Data, front: str, body: str) -> dict[str, tuple[str, str, str]]:
    article, problems = parse_article(SourceFile("content/articles/t.md", f"---\n{front}---\n{body}", "x"))
    assert article is not None and not problems
    out = {}
    for q in analyse.analyse(article, data).quotes:
        d = q.said(article)
        out[q.text.split()[0]] = (q.speaker, d.date.iso(), d.confidence)
    return out


RADIO = """\
"Harbour Hour" morning programme

Broadcast: Monday 3 March 2025, 8:00 a.m.

Host: Maja Lindqvist.

LINDQVIST: Mayor, in January you said the ferry would be free. Is it?

OKAFOR: Maja, the ferry is free for pensioners from April. The rest will follow.

LINDQVIST: And the bridge?

OKAFOR: Nobody will pay a toll on the bridge while I am mayor.
"""


def test_a_broadcast_date_line_dates_every_turn_at_high(tmp_path: Path) -> None:
    info = article_statement_date(_paragraphs(RADIO), None, today=TODAY)
    assert info is not None and info.date == PartialDate(2025, 3, 3) and info.confidence == "high"
    assert info.basis.startswith("occasion line ‘Broadcast: Monday 3 March 2025")
    front = (f"title: T\ndate: 2025-03-03\ndate_confidence: low\nstatement_date: 2025-03-03\n"
             f"statement_date_basis: \"{info.basis}\"\nstatement_date_confidence: high\n")
    got = _dated(_data(tmp_path), front, RADIO)
    assert got["Maja,"] == ("okafor", "2025-03-03", "high"), "the airing dates the answer, no 'c.' guess"
    assert got["Nobody"] == ("okafor", "2025-03-03", "high")


def test_an_interviewers_in_month_you_said_dates_neither_the_interview_nor_its_answers() -> None:
    text = ("Mayor Chidi Okafor spoke to our reporter about the ferry and the bridge.\n\n"
            "Q: Mayor, in January you said the ferry would be free. Is it?\n\n"
            "A: The ferry is free for pensioners from April.\n")
    assert article_statement_date(_paragraphs(text), PartialDate(2025, 8, 30), today=TODAY) is None
    # the radio host's question, turn by turn: the turn is said on air, not in January
    published = DateInfo(PartialDate(2025, 3, 3), "high", "x")
    from dateline.dates import quote_statement_date
    turn = "LINDQVIST: Mayor, in January you told the council the ferry would be free. Is it?"
    assert quote_statement_date(turn, 11, published, published) == DateInfo(
        PartialDate(2025, 3, 3), "high", "inherits the article’s statement date: x")


def test_a_passive_promise_of_a_month_is_background_a_passive_day_only_a_low_last_resort() -> None:
    promised = ("Police in Port Vell on Friday cleared hundreds of fishermen who had blocked the harbour road for "
                "hours, demanding berths they say were promised in June.\n\n"
                "Speaking later that evening, Mayor Chidi Okafor appealed for calm.\n\n"
                "\"Give us time,\" Okafor said.\n")
    assert article_statement_date(_paragraphs(promised), PartialDate(2025, 9, 12), today=TODAY) is None
    announced = ("The new ferry levy was announced on Tuesday.\n\n"
                 "\"It is fair,\" Okafor told reporters.\n")
    info = article_statement_date(_paragraphs(announced), PartialDate(2025, 9, 12), today=TODAY)
    assert info is not None and info.date == PartialDate(2025, 9, 9) and info.confidence == "low"
