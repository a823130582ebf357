"""Date rules found by blind round 56 (spoken English turned into text: local TV web stories, podcasts, saved
social pages, a campaign's transcript), on invented text of other places: the held-out figures are in
tests/test_import_holdout.py.

A web story's "Posted … and last updated …" is one date line; a podcast app's episode line writes no year for
this year's episodes, as a post's stamp does; "a transcript of X's town hall … on <day>" dates the words under it;
a speech cue's sentence dates the quote that opens the next sentence; a post's "N days ago" counts back from a saved
page's capture line, and from nothing without one.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates import article_statement_date, publication_date
from dateline.model import PartialDate

TODAY = date(2026, 12, 7)
BODY = "\n\nThe harbour board said the ferry would run again on Friday.\n"


def test_posted_and_last_updated_on_one_line_is_the_posted_day() -> None:
    text = "Ferry back in service\n\nBy: Anna Kowal\nPosted 7:40 AM, Nov 12, 2026 and last updated 3:15 PM, Nov 13, 2026" + BODY
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-11-12" and found.info.confidence == "high"
    # … and a sentence joining two dates with "and" is prose, no date line
    prose = "Ferry back in service\n\nIt sailed Nov 12, 2026 and again on Nov 13, 2026 with the new crew." + BODY
    assert publication_date(prose, today=TODAY).info is None


@pytest.mark.parametrize("line", ["NOV 30 · EPISODE 12 · 38 MIN", "Nov 30 · Episode 7", "30 Nov · Ep 4"])
def test_a_podcast_apps_episode_line_is_of_the_latest_such_day(line: str) -> None:
    """A podcast app writes the year only for earlier years' episodes: the latest 30 November not after today, low."""
    text = f"THE HARBOUR HOUR\nA Tasmanian politics podcast\n\n{line}\n\nThe Berth Fight{BODY}"
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-11-30" and found.info.confidence == "low"


@pytest.mark.parametrize("line", ["NOV 30 · HOBART · WATERFRONT", "Released November 30 · 52 min"])
def test_a_yearless_line_with_no_episode_number_dates_nothing(line: str) -> None:
    """A length alone after the day is a page's release line, not an app's episode stamp (test_dates_lines)."""
    assert publication_date(f"THE HARBOUR HOUR\n\n{line}{BODY}", today=TODAY).info is None


def test_a_transcripts_note_of_its_occasion_dates_the_words() -> None:
    lead = ["Posted November 20, 2026",
            "Below is a transcript of Mayor Ruth Okello's community forum at the Eastside Library on Monday, "
            "November 16, 2026. It has been edited for length.",
            "MODERATOR: Our first question is about the bus depot."]
    info = article_statement_date(lead, PartialDate(2026, 11, 20), today=TODAY)
    assert info is not None and info.date.iso() == "2026-11-16"


def test_a_speech_cues_sentence_dates_the_quote_that_opens_the_next() -> None:
    """"X spoke to the station on 3 May 2015. "Q," X said.": the words of that day, years before the explainer."""
    lead = ["How did the ferry terminal get this old? A look back",
            "Former harbourmaster Colin Dray spoke to Channel 6 on May 3, 2015. \"Nobody funds a wharf until it "
            "falls in,\" Dray said.",
            "Dray retired in 2019."]
    info = article_statement_date(lead, PartialDate(2026, 12, 5), today=TODAY)
    assert info is not None and info.date.iso() == "2015-05-03"
    # … and the same sentence before prose (no quote opening the next sentence) recalls an old interview: not the day
    recalled = [lead[0], "Former harbourmaster Colin Dray spoke to Channel 6 on May 3, 2015. He retired in 2019."]
    info = article_statement_date(recalled, PartialDate(2026, 12, 5), today=TODAY)
    assert info is None or info.date.iso() != "2015-05-03"
    # … nor a sentence that names a thing's day, no talking to anyone ("unveiled the plan on May 3, 2015.")
    planned = [lead[0], "Former harbourmaster Colin Dray unveiled the wharf plan on May 3, 2015. \"Nobody funds a "
                        "wharf until it falls in,\" Dray said."]
    info = article_statement_date(planned, PartialDate(2026, 12, 5), today=TODAY)
    assert info is None or info.date.iso() != "2015-05-03"


def test_a_posts_days_ago_counts_back_from_the_saved_pages_capture_line() -> None:
    text = ("Instagram\nSaved page — captured Thursday, November 26, 2026, 9:05 PM AEDT\n\nhobartwaterfront · 2 days ago"
            "\n\nthe harbourmaster really said \"the wharf is fine\" lol\n")
    found = publication_date(text, today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2026-11-24" and found.info.confidence == "low"
    # … weeks too; hours ago are the capture's day
    weeks = publication_date(text.replace("2 days ago", "1 week ago"), today=TODAY).info
    assert weeks is not None and weeks.date.iso() == "2026-11-19"
    hours = publication_date(text.replace("2 days ago", "5 hours ago"), today=TODAY).info
    assert hours is not None and hours.date.iso() == "2026-11-26"
    # … and with no capture line "2 days ago" counts from an unknown moment: no date (the importer asks)
    bare = text.replace("Saved page — captured Thursday, November 26, 2026, 9:05 PM AEDT\n", "")
    assert publication_date(bare, today=TODAY).info is None
