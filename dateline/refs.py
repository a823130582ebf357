"""Every id an editor typed must name something that exists.

Article `speakers:` and `topics:`, the ids in `quotes:` corrections (speaker, topics,
stance) and the verdicts in `_data/shifts.yaml` (`topic:from-quote:to-quote`) refer to
speakers.yaml, topics.yaml and the quotes found. A mistyped id otherwise does nothing
at all — the hint is not used, the verdict never applies — and nobody is told. Each one
is a warning (an error with --strict) at its `path:line`, with the closest known id.
Pure: reads no file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from dateline.errors import Problem, did_you_mean
from dateline.model import Article, Data


def unknown_ids(articles: Sequence[Article], data: Data, quote_ids: Iterable[str]) -> list[Problem]:
    """Warnings for every id that names no speaker, topic, stance or quote."""
    speakers: dict[str, str] = {}
    for s in data.speakers:
        for spelling in (s.name, *s.aliases):
            speakers.setdefault(spelling, s.id)
    speakers.update({s.id: s.id for s in data.speakers})
    topics = {t.id: t for t in data.topics}
    problems: list[Problem] = []
    for a in articles:
        for key, value, line in a.id_lines:
            if key == "speakers" and value not in speakers.values():
                problems.append(_unknown(a.path, line, "speakers", "speaker", value, "speakers.yaml", speakers))
            elif key == "topics" and value not in topics:
                problems.append(_unknown(a.path, line, "topics", "topic", value, "topics.yaml", sorted(topics)))
        for entry in a.quote_overrides:
            problems.extend(_correction_ids(a.path, entry, speakers, data))
    known_quotes = set(quote_ids)
    for verdict in data.shifts:
        problems.extend(_shift_ids(verdict, topics, known_quotes))
    return problems


def _unknown(path: str, line: int, where: str, what: str, value: str, source: str,
             known: Iterable[str] | Mapping[str, str]) -> Problem:
    return Problem(path, line, f"{where}: unknown {what} {value!r}, not in {source}{did_you_mean(value, known)}",
                   "warning")


def _correction_ids(path: str, entry: dict[str, object], speakers: dict[str, str], data: Data) -> list[Problem]:
    line = int(str(entry.get("_line", 0)))
    topics = {t.id: t for t in data.topics}
    out = []
    if "speaker" in entry:
        sid = str(entry["speaker"])
        if sid != "unknown" and sid not in speakers.values():
            out.append(_unknown(path, line, "quotes: speaker", "speaker", sid, "speakers.yaml", speakers))
    if "topics" in entry:
        value = entry["topics"]
        for t in (value if isinstance(value, list) else [value]):
            if str(t) not in topics:
                out.append(_unknown(path, line, "quotes: topics", "topic", str(t), "topics.yaml", sorted(topics)))
    stance = entry.get("stance")
    if isinstance(stance, dict):
        for t, st in sorted(stance.items(), key=str):
            topic = topics.get(str(t))
            if topic is None:
                out.append(_unknown(path, line, "quotes: stance", "topic", str(t), "topics.yaml", sorted(topics)))
            elif str(st) not in {s.id for s in topic.stances}:
                out.append(_unknown(path, line, f"quotes: stance on {topic.id}", "stance", str(st),
                                    f"the stances of {topic.id} in topics.yaml", [s.id for s in topic.stances]))
    return out


def _shift_ids(verdict: dict[str, str], topics: Mapping[str, object], quotes: set[str]) -> list[Problem]:
    path, line = verdict.get("path", "content/_data/shifts.yaml"), int(verdict.get("line", "0") or 0)
    parts = verdict["id"].split(":")
    if len(parts) != 3:
        return [Problem(path, line, f"shift id {verdict['id']!r} must be topic:from-quote:to-quote "
                                    "(copy it from the review page or data/shifts.json)", "warning")]
    topic, *ends = parts
    out = []
    if topic not in topics:
        out.append(_unknown(path, line, "shift id", "topic", topic, "topics.yaml", sorted(topics)))
    for end in ends:
        if end not in quotes:
            out.append(Problem(path, line, f"shift id: no quote {end!r} in the site{did_you_mean(end, quotes)}",
                               "warning"))
    return out
