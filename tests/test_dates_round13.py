"""Date rules of issue 19's blind round 13, on invented text in the shapes that round met.

Date lines of pages in other languages (CLDR month names and short forms, the labels of
``lang/date_lines.toml``, a clock written "11h42"), and an offer as a speech act: a lede's
"late on Thursday offered …" dates the words the article quotes, so the page's own
date-time line (the morning after) is not inherited as the statement date.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates import article_statement_date, publication_date
from dateline.model import DateInfo, PartialDate

TODAY = date(2026, 11, 23)
BODY = "\n\nThe minister said on Friday that it was over.\n"


@pytest.mark.parametrize(
    ("line", "expected", "confidence"),
    [
        ("Publié le 24 janv. 2025 à 07:15", "2025-01-24", "high"),
        ("Publié le 24/01/2025 à 11h42, mis à jour le 25/01/2025 à 09h10", "2025-01-24", "high"),
        ("Mis à jour le 25 févr. 2025 à 09h10", "2025-02-25", "medium"),  # updated only
        ("Veröffentlicht am 3. März 2025, 14:05 Uhr", "2025-03-03", "high"),
        ("Publicado el 5 de marzo de 2025 a las 10:30", "2025-03-05", "high"),
        ("Pubblicato il 12 giugno 2025 alle 08:00", "2025-06-12", "high"),
    ],
)
def test_date_lines_of_pages_in_other_languages(line: str, expected: str, confidence: str) -> None:
    found = publication_date(f"A headline\n\n{line}{BODY}", today=TODAY)
    assert found.info is not None and found.info.date.iso() == expected
    assert found.info.confidence == confidence and line not in found.text


@pytest.mark.parametrize(
    "line",
    [
        "Le 24 mars, les agriculteurs bloquent Paris",  # a French headline, not a date line
        "Set 24 out of 2025 seats",  # English words that are month forms elsewhere, no date
        "The farmers met at 11h42 on the ring road",
    ],
)
def test_words_of_other_languages_make_no_date_line(line: str) -> None:
    found = publication_date(f"{line}\n\nA short line{BODY}", today=TODAY)
    assert found.info is None


def test_an_offer_in_the_lede_dates_the_quoted_words() -> None:
    published = DateInfo(PartialDate(2025, 1, 31), "high", "the page's visible date line")
    lede = ("Paris (AFP) - The prime minister late on Thursday offered farmers a package of tax relief, "
            "in a bid to end the blockades.")
    quote = "\"We have heard the countryside,\" the prime minister said in a televised address."
    info = article_statement_date([lede, quote], published, today=TODAY)
    assert info is not None and info.date.iso() == "2025-01-30"
