"""The nouns: partial-date order and the one statement-date fallback."""

from __future__ import annotations

from dateline.model import Article, DateInfo, PartialDate, Quote, Span

PUB = DateInfo(PartialDate(2024, 5, 6), "high", "published")
SAID = DateInfo(PartialDate(2024, 5, 1), "medium", "said on Wednesday")
OWN = DateInfo(PartialDate(2024, 4), "low", "in April")


def _article(statement_date: DateInfo | None) -> Article:
    return Article(id="a", path="a.md", slug="a", title="A", date=PUB, body="", body_line=1,
                   statement_date=statement_date)


def _quote(statement_date: DateInfo | None) -> Quote:
    return Quote(id="q", article="a", text="x", span=Span(0, 1, 1), marks='""', parts=("x",),
                 statement_date=statement_date)


def test_a_quote_is_dated_by_itself_then_its_articles_statement_date_then_publication() -> None:
    assert _quote(OWN).said(_article(SAID)) == OWN
    assert _quote(None).said(_article(SAID)) == SAID
    assert _quote(None).said(_article(None)) == PUB
    assert _article(None).said == PUB and _article(SAID).said == SAID


def test_partial_dates_lead_their_period() -> None:
    assert PartialDate(2022, 7) < PartialDate(2022, 7, 1) < PartialDate(2022, 7, 2) < PartialDate(2022, 8)
    assert PartialDate(2022) < PartialDate(2022, 1)
