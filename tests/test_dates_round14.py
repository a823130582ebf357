"""Date rules of issue 19's blind round 14, on invented text in the shapes that round met.

A wire dateline of an agency abroad writes its month the agency's way, short and in lower case
("Madrid, 3 mar 2025 (EFE).-"): the month comes from CLDR like a foreign date line's, and a form
spelled like an English one ("oct", "mar") is read there too, only between a day and a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates import publication_date

TODAY = date(2026, 11, 23)
BODY = "\n\nThe minister said on Friday that it was over.\n"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Madrid, 3 mar 2025 (EFE).- The government", "2025-03-03"),
        ("Montevideo, 14 nov 2024 (EFE).- The central bank", "2024-11-14"),
        ("Bogotá, 2 abr 2025 (EFE).- The senate", "2025-04-02"),
        ("Lima, 21 sept 2025 (EFE).- The president", "2025-09-21"),
        ("Roma, 12 giu 2025 (ANSA) - The minister", "2025-06-12"),
        ("Lisboa, 5 de dez de 2024 (Lusa) - The union", "2024-12-05"),
    ],
)
def test_a_dateline_with_a_foreign_short_month(dateline: str, expected: str) -> None:
    found = publication_date(f"A headline\n\n{dateline} met on Friday.{BODY}", today=TODAY)
    assert found.info is not None and found.info.date.iso() == expected
    assert found.info.confidence == "high"
    assert dateline in found.text  # a dateline is part of the article: it stays


@pytest.mark.parametrize(
    "lede",
    [
        "Later, 9 oct 2025 was set as the day of the vote.",  # no place, no agency: not a dateline
        "Madrid, 3 mar 2025 was the day the strike began.",  # title-case place with no agency or dash
        "Set 24 out of 2025 seats",  # English words that are month forms elsewhere
    ],
)
def test_foreign_months_make_no_dateline_of_a_sentence(lede: str) -> None:
    found = publication_date(f"A headline\n\n{lede}{BODY}", today=TODAY)
    assert found.info is None


def test_an_english_dateline_is_read_as_before() -> None:
    found = publication_date(f"LONDON, 4 Sept. 2025 (Reuters) - The bank held rates.{BODY}", today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2025-09-04"
    assert "4 Sept. 2025" in found.info.basis


@pytest.mark.parametrize("place", ["Montevideo", "Sunderland", "Saturnia", "Friedrichshafen"])
def test_a_place_that_opens_like_a_weekday_names_no_day(place: str) -> None:
    # 14 November 2024 was a Thursday: a place name read as "Mon"/"Sun"/"Sat"/"Fri" made it doubtful
    found = publication_date(f"A headline\n\n{place}, 14 Nov 2024 (AFP) - The club met.{BODY}", today=TODAY)
    assert found.info is not None and found.info.date.iso() == "2024-11-14"
    assert found.info.confidence == "high", found.info.basis
