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
from conftest import cli_build

ROUND = Path(__file__).parent / "data" / "quote_dates_round85"
FLOOR_RIGHT = 128  # of 195 found
CEILING_WRONG_HIGH = 20
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
