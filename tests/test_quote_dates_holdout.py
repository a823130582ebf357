"""Per-quote statement dates on a blind round (round 85), as a measurement with a floor.

`tests/data/quote_dates_round85/` holds 30 invented English-language articles (Reuters, AP, a fact-check, Sunday
papers, live blogs crossing midnight, an interview published days later, speech excerpts, an obituary, a court
report, a correction, an explainer's timeline, a profile across decades, week-in-review round-ups …) written as
Markdown with only their publication `date:` by a helper who never read the code, and `expected.json`: every
quote's speaker and the day (or month, or year) a careful reader knows it was said. The build's
`data/quotes.json` is compared quote by quote: right at the expected precision; over-precise (a day inside the
expected month or year: a guess); wrong (and how many of those at high confidence, the worst).

Measured blind at the session's start (86c60a7, 2026-12-08): 195 of 196 quotes found, dates right 128 (0.656),
over-precise 5, wrong 62 (20 at high), speakers right 180. The misses cluster: a Markdown article's lead
("said on Tuesday") is not read as its statement date the way the importer reads it, so its quotes take the
publication date at low ("the text names ‘Tuesday’ for its occasion") — tried on 2026-12-08 (+2 right, −1 wrong at
high) and left, because it turns the deliberately low "may be of that day" dates of review's tests medium; a live
blog's entries after midnight keep the page's day; a week-in-review's "On Monday … On Thursday …" paragraphs all
take one day; "as she said at her swearing-in", "in a 2019 interview", "days later" are not read. The floor holds
what is right now; raise it as the rules improve.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import cli_build, dated_quotes

from dateline import dates
from dateline.load import Data, load_data
from dateline.model import DateInfo, PartialDate

ROUND = Path(__file__).parent / "data" / "quote_dates_round85"
FLOOR_RIGHT = 135  # of 195 found (128 at the session's start; the day headings of live pages: 135)
CEILING_WRONG_HIGH = 11  # (20 at the start)
ORDER = ("year", "month", "day")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def score(built: list[dict[str, str]], expected: dict[str, list[dict[str, str]]]) -> tuple[dict[str, int], list[str]]:
    """Figures and one line per miss: each expected quote matched to the first unmatched built quote of its
    article whose words start alike."""
    by_article: dict[str, list[dict[str, str]]] = {}
    for q in built:
        by_article.setdefault(q["article"], []).append(q)
    counts = {"quotes": 0, "found": 0, "right": 0, "overprecise": 0, "wrong": 0, "wrong_high": 0, "speaker": 0}
    misses: list[str] = []
    for name, wanted in sorted(expected.items()):
        pool = list(by_article.get(Path(name).stem, []))
        for e in wanted:
            counts["quotes"] += 1
            start = _norm(e["starts"])
            hit = next((q for q in pool if _norm(q["text"]).startswith(start[:60])
                        or start.startswith(_norm(q["text"])[:60])), None)
            if hit is None:
                misses.append(f"{name}: not found {e['starts'][:50]!r}")
                continue
            pool.remove(hit)
            counts["found"] += 1
            counts["speaker"] += hit["speaker"] == e["speaker"]
            want, got = e["said"], hit["statement_date"]
            precision = {10: "day", 7: "month", 4: "year"}[len(want)]
            if got[:len(want)] == want and hit["date_precision"] == precision:
                counts["right"] += 1
            elif got[:len(want)] == want and ORDER.index(hit["date_precision"]) > ORDER.index(precision):
                counts["overprecise"] += 1
                misses.append(f"{name}: over-precise {e['starts'][:40]!r}: {got} for {want}")
            else:
                counts["wrong"] += 1
                counts["wrong_high"] += hit["date_confidence"] == "high"
                misses.append(f"{name}: {e['starts'][:40]!r}: {got} ({hit['date_confidence']}) for {want}: {e['why']}")
    return counts, misses


def test_every_expected_quote_is_in_its_article() -> None:
    expected = json.loads((ROUND / "expected.json").read_text(encoding="utf-8"))
    assert sorted(expected) == sorted(p.name for p in (ROUND / "articles").glob("*.md"))
    for name, wanted in expected.items():
        text = _norm((ROUND / "articles" / name).read_text(encoding="utf-8"))
        assert all(_norm(e["starts"]) in text for e in wanted), name
        assert all(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["said"]) for e in wanted), name


def test_quote_dates_hold_their_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "p"
    (root / "content").mkdir(parents=True)
    shutil.copytree(ROUND / "articles", root / "content" / "articles")
    shutil.copytree(ROUND / "_data", root / "content" / "_data")
    (root / "pyproject.toml").write_text('[tool.dateline]\ntitle = "Q"\nbuild_time = "2026-12-08"\nsearch = false\n',
                                         encoding="utf-8")
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    built = json.loads((root / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    counts, misses = score(built, json.loads((ROUND / "expected.json").read_text(encoding="utf-8")))
    print(counts, *misses, sep="\n")
    assert counts["found"] >= 195, misses
    assert counts["right"] >= FLOOR_RIGHT and counts["wrong_high"] <= CEILING_WRONG_HIGH, (counts, misses)


def _speakers(tmp_path: Path) -> Data:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "speakers.yaml").write_text("- id: okonjo\n  name: Amara Okonjo\n  aliases: [Okonjo]\n",
                                                      "utf-8")
    return load_data(tmp_path, [])


LIVE = ("**Tuesday 3 March**\n\n"
        "**21.10** Councillors are still debating the rates rise. \"We will sit until it is done,\" Okonjo said.\n\n"
        "**Wednesday 4 March**\n\n"
        "**00.40** The vote is in. \"It was a long night for a fair budget,\" Okonjo told reporters.\n\n"
        "**01.15** \"Monday's figures were wrong,\" Okonjo said on Monday, according to the minutes.\n")


def test_a_live_page_s_day_heading_dates_the_entries_under_it(tmp_path: Path) -> None:
    """Blind round 85: a by-election's and a budget vote's entries after midnight took the page's first day (at high).
    Invented here: a Leeds council's rates vote, the page published on the Tuesday, its entries running past midnight."""
    got = dated_quotes(_speakers(tmp_path), "title: T\ndate: 2026-03-03\n", LIVE)
    assert got["We"] == ("okonjo", "2026-03-03", "medium")
    assert got["It"] == ("okonjo", "2026-03-04", "medium")
    # (a quote its own sentence dates keeps its own day: the heading is only the fallback)
    assert got["Monday's"][1] == "2026-03-02"


@pytest.mark.parametrize(("paragraph", "day"), [
    ("**Thursday, 17 November 2022**", "2022-11-17"),
    ("## 15 November", "2022-11-15"),
    ("Wednesday 16 November", "2022-11-16"),
    ("**21.10** Councillors are still debating.", None),  # an entry's time, no day
    ("**Thursday 6 April**", None),                       # year-less and far from publication: not a year back
    ("**4 March 2024**", None),                            # after publication
    ("On Tuesday 15 November, she said", None),            # a sentence, not a heading
    ("**Monday**", None),                                  # a weekday alone names no heading's day
])
def test_only_a_paragraph_that_is_a_day_is_a_day_heading(paragraph: str, day: str | None) -> None:
    got = dates.day_heading(paragraph, DateInfo(PartialDate(2022, 11, 16), "high", "published"))
    assert (got.date.iso() if got else None) == day
