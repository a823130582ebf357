"""Background words in the past perfect date only the words they report, and a weekday named for the
news ("approved on Wednesday") gives a year-less wire dateline a year of low confidence only: the wire
may file the day after (P2 of the ux29 round)."""

from __future__ import annotations

from datetime import date

from dateline import dates
from dateline.model import DateInfo, PartialDate

TODAY = date(2026, 12, 6)
LEAD = [
    "VALPARAISO, Chile, May 13 (Andes Wire) - Regional lawmakers approved on Wednesday a plan to lease "
    "the container terminal of Valparaiso to a private operator for thirty years.",
    "\"The port stays in public hands in every way that matters,\" Governor Ines Carrasco told reporters "
    "after the session. \"The lease pays for the breakwater we could never afford.\"",
    "The governor had promised in January 2021 that the terminal would never be leased. Asked about the "
    "change, Carrasco said: \"A promise that sinks the port is not worth keeping.\"",
]
PUBLISHED = DateInfo(PartialDate(2023, 5, 13), "high", "the page's date")


def test_a_past_perfect_promise_dates_no_other_words() -> None:
    assert dates.article_statement_date(LEAD, PUBLISHED, today=TODAY) is None, \
        "'had promised in January 2021' is background: not when the article's words were said"
    third = LEAD[2]
    answer = dates.quote_statement_date(third, third.index("\"A promise"), None, PUBLISHED)
    assert answer is None or answer.date != PartialDate(2021, 1), "another sentence's words, said after the vote"
    # the words that sentence reports are still dated by it
    own = "The governor had promised in January 2021: \"The terminal will never be leased.\""
    said = dates.quote_statement_date(own, own.index("\"The terminal"), None, PUBLISHED)
    assert said is not None and said.date == PartialDate(2021, 1)


def test_a_simple_past_promise_in_the_lead_still_dates_the_article() -> None:
    lead = [LEAD[0], "The governor promised on Tuesday that the terminal would stay public, \"whatever the "
                     "lease says,\" she told reporters."]
    got = dates.article_statement_date(lead, PUBLISHED, today=TODAY)
    assert got is not None and got.date == PartialDate(2023, 5, 9)


def test_a_weekday_of_the_news_gives_a_wire_dateline_a_low_year_only() -> None:
    text = "\n\n".join(LEAD)
    # 13 May is a Wednesday in 2026 alone from 2021 (the latest year named) — but "approved on
    # Wednesday" is the day of the vote, which a wire may file the day after: a guess, said as one
    year, why, confidence = dates.weekday_year(text, 5, 13, TODAY)  # type: ignore[misc]
    assert (year, confidence) == (2026, "low"), why
    assert "may be the day before the dateline's" in why
    # a weekday of the words ("told reporters on Wednesday") is the wire's day of them: medium, as before
    spoken = text.replace("Regional lawmakers approved on Wednesday a plan", "Governor Ines Carrasco told "
                          "reporters on Wednesday she backed a plan")
    year, why, confidence = dates.weekday_year(spoken, 5, 13, TODAY)  # type: ignore[misc]
    assert (year, confidence) == (2026, "medium"), why
    # so does the dateline's own weekday
    own = "VALPARAISO, Chile, Wednesday, May 13 (Andes Wire) - " + text.split(" - ", 1)[1]
    year, why, confidence = dates.weekday_year(own, 5, 13, TODAY)  # type: ignore[misc]
    assert (year, confidence) == (2026, "medium"), why
