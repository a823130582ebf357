"""Dates written year first, and three lead readings of who-said-it-when (blind round 43, East Asian outlets in
English; every case below is invented in other settings: a Taiwanese ministry, a Chinese broadcaster's English
service, a Japanese prefecture's release, a Korean provincial paper, an Australian council, a Canadian wire).

Year first with slashes or dots ("2025/10/03 (Fri)", "2025.10.03", a Korean release's spaced "2025. 10. 3.") has
one reading — no outlet writes year, day, month — so it is a date line wherever it stands alone; Korean writes a
date with units as Japanese does ("2025년 9월 18일(목)") and a portal's clock with 오전/오후 (a.m./p.m.)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate

TODAY = date(2026, 12, 7)
BODY = "\n\nThe council voted to extend the tram line to the airport by 2029, the mayor told reporters.\n"


@pytest.mark.parametrize(("line", "expected"), [
    ("Posted: 2025/10/03 (Fri) 20:00 CST", "2025-10-03"),  # year first with slashes
    ("2025.10.03 (Fri) 09:30", "2025-10-03"),  # a briefing's head, year first with dots
    ("Distributed: 2025. 10. 3. (Fri)", "2025-10-03"),  # a Korean ministry's release: spaced dots, a dot after
    ("2025.10.03.", "2025-10-03"),
    ("2025년 9월 18일(목)", "2025-09-18"),  # Korean units, the weekday's syllable in a bracket
    ("입력 2025.09.18. 오후 3:40  수정 2025.09.19. 오전 9:05", "2025-09-18"),  # a portal: posted, then edited
])
def test_a_year_first_date_line_dates_the_page(line: str, expected: str) -> None:
    found = publication_date(f"Tram line to reach airport by 2029\n{line}{BODY}", today=TODAY)
    assert found.info is not None and found.info.date.iso() == expected, found
    assert found.info.confidence == "high" and line.split()[0] not in found.text


def test_a_transcripts_year_first_airing_dates_its_words() -> None:
    """"Aired: …" dates the occasion of the words (never the publication): read year first too."""
    lead = ["Aired: 2025/10/03 (Fri) 20:00 CST", "ANCHOR: The minister spoke this morning.",
            '"We will not raise the fare," the minister said.']
    info = article_statement_date(lead, None, today=TODAY)
    assert info is not None and info.date.iso() == "2025-10-03"


@pytest.mark.parametrize("line", [
    "Version 2025.1.2",  # a software version: no day
    "2025/13/04",  # no month 13
    "2025.10",  # a month, not a day
    "Ref. 2025.10.03.17",  # a reference number that runs on
])
def test_year_first_numbers_that_are_no_date_line(line: str) -> None:
    assert publication_date(f"Tram line to reach airport by 2029\n{line}{BODY}", today=TODAY).info is None


def test_a_day_something_is_put_off_to_is_not_when_the_words_were_said() -> None:
    """"The vote has been postponed to Tuesday, the council's office says": Tuesday is the vote's new day."""
    lead = ["The vote has been postponed to Tuesday, the council's office says.",
            'Councillor Ana Ferraz told reporters: "We have the numbers."']
    assert article_statement_date(lead, PartialDate(2025, 10, 3), today=TODAY) is None
    said = ["The council's office said Tuesday that the vote had been postponed."]
    info = article_statement_date(said, PartialDate(2025, 10, 3), today=TODAY)
    assert info is not None and info.date.iso() == "2025-09-30", "a day the verb governs still dates the words"


def test_an_interview_sat_down_for_on_a_weekday_dates_its_answers() -> None:
    lead = ["Treasurer Mei-ling Chou sat down with the Harbour Times at her office in the finance ministry on "
            "Wednesday to discuss the budget. The interview has been edited for length.",
            "Q. Will the levy stay?", "A. It stays until the deficit is closed."]
    info = article_statement_date(lead, PartialDate(2025, 10, 4), today=TODAY)
    assert info is not None and info.date.iso() == "2025-10-01"


def test_quoted_words_told_in_the_pluperfect_are_dated_when_nothing_else_dates_quoted_words() -> None:
    """A wire's lead reports the day's unquoted news, and the only quote "had" been said on an earlier day in the
    same sentence: that day is the quoted words' day. With quoted words of the day itself, the pluperfect stays
    background."""
    lead = ["PERTH, Oct. 3 -- The two parties traded blame Friday over the stalled port bill.",
            'Opposition leader Tom Reilly had told reporters last Tuesday that his party "cannot vote for a bill '
            'the unions have not seen."',
            "The government accused the opposition on Friday of delaying the bill."]
    info = article_statement_date(lead, PartialDate(2025, 10, 3), today=TODAY)
    assert info is not None and info.date.iso() == "2025-09-30"
    lead[2] = 'The government said on Friday the delay was "a stunt."'
    info = article_statement_date(lead, PartialDate(2025, 10, 3), today=TODAY)
    assert info is not None and info.date.iso() == "2025-10-03"
