"""Date rules found by blind round 45 (Turkish, Greek and Cypriot outlets in English), on invented text of
other places: the held-out figures are in tests/test_import_holdout.py.

An agency's byline stamp with "Update :"; a Turkish date line (CLDR's months, the weekday after the year);
a weekend edition's two weekdays over one span of days; a ministry's record of its spokesperson's briefing
headed by its kind and day; an agency's dateline written in numbers, settled by the text's own day; a show
recorded before it aired; a question turn's dates, which are another's words.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates import article_statement_date, occasion_date, publication_date
from dateline.model import PartialDate

TODAY = date(2026, 12, 6)
BODY = "\n\nThe minister said the grid was ready.\n"


@pytest.mark.parametrize(("line", "expected"), [
    # a wire's byline, a bar, its stamp and the update's ("Update :" with a space before the colon)
    ("Jana Novak   |14.02.2025 - Update : 15.02.2025", "2025-02-14"),
    # a Turkish page's line: the day, CLDR's month, the year, the weekday, the clock
    ("12 Mart 2025 Çarşamba 09:15", "2025-03-12"),
    # a weekend edition: both weekdays, one span of days, dated by its first
    ("Saturday-Sunday, March 1-2, 2025", "2025-03-01"),
    ("Sat/Sun 7-8 June 2025", "2025-06-07"),
    # a ministry's record of its spokesperson's briefing, headed by its kind and its day
    ("Regular Press Conference of Foreign Ministry Spokesperson Lin Wei on March 5, 2025", "2025-03-05"),
    ("Q&A with the Ministry Spokesperson Ms. Ana Ruiz, 4 April 2025", "2025-04-04"),
])
def test_header_lines_of_agencies_and_ministries(line: str, expected: str) -> None:
    found = publication_date(f"A headline\n\n{line}{BODY}", today=TODAY)
    assert found.info is not None and found.info.date.iso() == expected
    assert line not in found.text


def test_a_numeric_dateline_is_settled_by_the_texts_own_day() -> None:
    """"05/03/2025" reads 5 March (a Wednesday) or 3 May (a Saturday): "today (Wednesday)" settles it."""
    text = ("Floods close the coast road\n\nMOMBASA, 05/03/2025 (KNA-Coast) – The coast road was closed today "
            "(Wednesday) after the river burst its banks, the county said.\n")
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2025-03-05"
    assert "MOMBASA" in found.text  # a dateline is part of the article


def test_an_unsettled_slashed_dateline_gives_no_date() -> None:
    text = "MOMBASA, 05/03/2025 (KNA) – The coast road was closed after the river burst its banks.\n"
    assert publication_date(text, today=TODAY).info is None


def test_a_show_recorded_before_it_aired_dates_its_words_by_the_recording() -> None:
    """"Aired 03/17/2025" dates a live show's words; the host's "we recorded this conversation on
    Friday" dates them to the Friday before (14 March), while the airing stays the day it was made public."""
    lead = ["Harbour Talk", "Episode 9 — with Dr Ama Owusu", "Aired 03/17/2025 · 41 min",
            "[00:00:10] Kofi: Welcome. We recorded this conversation on Friday, before the vote.",
            "[00:00:22] Ama: Thank you, Kofi. The port will not close."]
    info = article_statement_date(lead, None, today=TODAY)
    assert info is not None and info.date.iso() == "2025-03-14"
    aired = occasion_date(lead)
    assert aired is not None and aired.date.iso() == "2025-03-17"


def test_a_question_turns_yesterday_is_another_speakers_day() -> None:
    """The asker's "said yesterday" dates the minister's words put to the spokesperson, not the briefing."""
    text = ("Press briefing by the Ministry Spokesperson, 4 April 2025\n\n"
            "Question (Radio Sur): The minister said yesterday that the talks are over. Your response?\n\n"
            "Spokesperson Ana Ruiz: We have seen the statement. Our position has not changed.\n")
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date == PartialDate(2025, 4, 4)
    lead = [p for p in found.text.split("\n\n") if p.strip()]
    assert article_statement_date(lead, found.info, today=TODAY) is None
