"""Timeline order (partial dates lead their period) and stance shifts per speaker and topic."""

from __future__ import annotations

from dateline import timeline
from dateline.model import Article, DateInfo, PartialDate, Quote, Span, Stance, Topic

TOPIC = Topic("negotiations", "Negotiations", (), (Stance("no-talks", "No talks", (), 0),
                                                  Stance("conditions", "Conditions", (), 1),
                                                  Stance("ready", "Ready", (), 2)))


def _a(aid: str, d: PartialDate) -> Article:
    return Article(id=aid, path=f"{aid}.md", slug=aid, title=aid, date=DateInfo(d, "high", "x"), body="", body_line=1)


def _q(qid: str, article: str, speaker: str, stance: str | None, start: int = 0) -> Quote:
    return Quote(id=qid, article=article, text=qid, span=Span(start, start + 1, 1), marks='""', parts=(qid,),
                 speaker=speaker, stance={"negotiations": stance} if stance else {})


def test_partial_dates_sort_before_dated_entries_of_their_period() -> None:
    arts = {"m": _a("m", PartialDate(2022, 7)), "d": _a("d", PartialDate(2022, 7, 1)),
            "y": _a("y", PartialDate(2022)), "z": _a("z", PartialDate(2021, 12, 31))}
    ordered = timeline.chronological([_q("d1", "d", "x", None), _q("m1", "m", "x", None),
                                      _q("y1", "y", "x", None), _q("z1", "z", "x", None)], arts)
    assert [q.id for q in ordered] == ["z1", "y1", "m1", "d1"]


def test_shifts_are_per_speaker_and_classified_by_rank() -> None:
    quotes = [_q("z1", "a", "zelensky", "no-talks"), _q("k1", "a", "kremlin", "ready", 2),
              _q("z2", "b", "zelensky", "no-talks"), _q("z3", "c", "zelensky", "ready"),
              _q("z4", "d", "zelensky", "conditions")]
    verdicts = [{"id": "negotiations:z2:z3", "status": "confirmed", "note": "n"}]
    shifts = timeline.shifts(quotes, [TOPIC], {}, verdicts)
    assert [(s.from_id, s.to_id, s.kind, s.status) for s in shifts] == [
        ("z1", "z2", "held", "candidate"), ("z2", "z3", "reversed", "confirmed"), ("z3", "z4", "hardened", "candidate")]
    assert all("k1" not in (s.from_id, s.to_id) for s in shifts), "another speaker's stance is not a shift"


def test_a_short_term_makes_no_shift_even_with_a_stance() -> None:
    """A stance set on a scare-quoted word (by an editor's correction) still makes no shift."""
    from dataclasses import replace
    quotes = [_q("z1", "a", "zelensky", "no-talks"), replace(_q("ready", "b", "zelensky", "ready"), partial=True),
              _q("z3", "c", "zelensky", "no-talks")]
    shifts = timeline.shifts(quotes, [TOPIC], {}, [])
    assert [(s.from_id, s.to_id, s.kind) for s in shifts] == [("z1", "z3", "held")]
