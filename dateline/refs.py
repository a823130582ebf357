"""Every id an editor typed must name something that exists.

Article `speakers:` and `topics:`, the ids in `quotes:` corrections (speaker, topics,
stance) and the verdicts in `_data/shifts.yaml` (`topic:from-quote:to-quote`) refer to
speakers.yaml, topics.yaml and the quotes found. A mistyped id otherwise does nothing
at all — the hint is not used, the verdict never applies — and nobody is told.

An id in a `quotes:` correction is the editor's word on one published quote: naming a
speaker, topic or stance that does not exist would publish that quote under a phantom
speaker page or untagged, so it is an error at its `path:line` with the closest known id,
like a correction naming a quote that does not exist. A speaker id that attribution gave to a
person the texts name who is not in speakers.yaml (review offers such ids) is not unknown. Article `speakers:` / `topics:` are
hints to attribution and shift verdicts go stale as content changes: those are warnings
(errors with --strict). A verdict's missing quote gets a "did you mean" only for a typo of
its id (same words, one character of the hash; or the same hash), never for another quote
that merely begins with the same words — that would re-point the editor's note to
another statement.
Pure: reads no file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from dateline.errors import Problem, Severity, comma_missing, did_you_mean, run_together
from dateline.model import Article, Data, QuoteCorrection, ShiftVerdict, Topic
from dateline.names import fold, slug_name

UNKNOWN_HINTS_SHOWN = 50  # unknown `speakers:`/`topics:` ids warned about one by one, per article


def unknown_ids(articles: Sequence[Article], data: Data, quote_ids: Iterable[str],
                named: Iterable[str] = ()) -> list[Problem]:
    """Problems for every id that names no speaker, topic, stance or quote. `named`: the speaker
    ids attribution gave to people the texts name who are not in speakers.yaml ("Tomas Wirth" →
    tomas-wirth): a correction may name one of them, as review suggests for such a person."""
    speakers: dict[str, str] = {}
    for s in data.speakers:
        for spelling in (s.name, *s.aliases):
            speakers.setdefault(spelling, s.id)
    speakers.update({s.id: s.id for s in data.speakers})
    topics = {t.id: t for t in data.topics}
    people = set(named)
    problems: list[Problem] = []
    if data.unread:  # speakers.yaml or topics.yaml could not be read: every id would be "unknown"
        return problems
    ids = set(speakers.values())
    for a in articles:
        unknown = 0
        for key, value, line in a.id_lines:
            if key in ("speakers", "writer") and value not in ids:
                found = _unknown(a.path, line, key, "speaker", value, "speakers.yaml", speakers)
            elif key == "topics" and value not in topics:
                found = _unknown(a.path, line, "topics", "topic", value, "topics.yaml", sorted(topics))
            else:
                continue
            unknown += 1
            if unknown <= UNKNOWN_HINTS_SHOWN:
                problems.append(found)
        if unknown > UNKNOWN_HINTS_SHOWN:
            # (10,000 hints, each unknown, printed 20,000 lines: hostile round 82, b11)
            problems.append(Problem(a.path, a.id_lines[0][2], f"{unknown - UNKNOWN_HINTS_SHOWN} more unknown "
                                                              "speakers:/topics: ids in this article, not listed",
                                    "warning"))
        for fix in a.quote_overrides:
            if fix.speaker is not None and fix.speaker not in people and fix.speaker not in speakers.values() \
                    and _named_in_texts(fix.speaker, articles, {k.casefold() for k in speakers}):
                people.add(fix.speaker)
            problems.extend(_correction_ids(a.path, fix, speakers, people, data))
    known_quotes = set(quote_ids)
    for verdict in data.shifts:
        problems.extend(_shift_ids(verdict, topics, known_quotes))
    return problems


_WORD = re.compile(r"[^\W\d_][\w’'.]*")
_NAME_PARTS = 4  # "Jan van der Berg": the most words a name of a person is read over


def _named_in_texts(sid: str, articles: Sequence[Article], known: set[str]) -> bool:
    """Whether an article names a person whose id is `sid`: capitalised words in a row whose slug
    it is ("Jackson Mwita" → jackson-mwita). Review offers such ids, and attribution gives them —
    but a quote the editor gives one by a `speaker:` correction no longer counts as attribution's,
    so confirming review's own suggestion must not make the id unknown. A name speakers.yaml gives
    someone (`known`: names and aliases, folded) is theirs: `doe` for "Doe" when the file
    calls her `j-doe` is a stale id, not a new person. Looked up only for an id that is in no
    other list (the rare case), each article once."""
    last = sid.rsplit("-", 1)[-1]
    for a in articles:
        if last not in fold(a.body):
            continue
        words = list(_WORD.finditer(a.body))
        for i, w in enumerate(words):
            if not w.group(0)[0].isupper():
                continue
            for j in range(i, min(i + _NAME_PARTS, len(words))):
                if j > i and a.body[words[j - 1].end():words[j].start()].strip(" -") != "":
                    break  # the run of words is broken by punctuation: no longer one name
                name = a.body[w.start():words[j].end()]
                if slug_name(name) == sid:
                    return name.casefold() not in known
    return False


def _unknown(path: str, line: int, where: str, what: str, value: str, source: str,
             known: Iterable[str] | Mapping[str, str], severity: Severity = "warning") -> Problem:
    """An unknown id at its line, with the closest known one — or, for `[a, b c]` (a comma left out
    of a YAML flow list, so 'b c' is one item), the items it reads as."""
    choices = dict(known) if isinstance(known, Mapping) else {k: k for k in known}
    folded = {k.casefold() for k in choices} | {v.casefold() for v in choices.values()}
    parts = run_together(value, lambda words: words.casefold() in folded)
    if parts:
        return Problem(path, line, comma_missing(where, value, parts), severity)
    return Problem(path, line, f"{where}: unknown {what} {value!r}, not in {source}{did_you_mean(value, known)}",
                   severity)


def _correction_ids(path: str, fix: QuoteCorrection, speakers: dict[str, str], people: set[str],
                    data: Data) -> list[Problem]:
    topics = {t.id: t for t in data.topics}
    out = []
    if fix.speaker is not None and fix.speaker != "unknown" and fix.speaker not in speakers.values() \
            and fix.speaker not in people:
        out.append(_unknown(path, fix.line, "quotes: speaker", "speaker", fix.speaker,
                            "speakers.yaml (add them there, or name an id it has)", speakers, "error"))
    for t in fix.topics or ():
        if t not in topics:
            out.append(_unknown(path, fix.line, "quotes: topics", "topic", t, "topics.yaml", sorted(topics), "error"))
    for t, st in sorted(fix.stance or (), key=str):
        topic = topics.get(t)
        if topic is None:
            out.append(_unknown(path, fix.line, "quotes: stance", "topic", t, "topics.yaml", sorted(topics), "error"))
        elif st not in {s.id for s in topic.stances}:
            out.append(_unknown(path, fix.line, f"quotes: stance on {topic.id}", "stance", st,
                                f"the stances of {topic.id} in topics.yaml", [s.id for s in topic.stances], "error"))
    return out


def _shift_ids(verdict: ShiftVerdict, topics: Mapping[str, Topic], quotes: set[str]) -> list[Problem]:
    """The verdict's topic and quotes must exist (its shape was checked by `load`)."""
    out = []
    if verdict.topic not in topics:
        out.append(_unknown(verdict.path, verdict.line, "shift id", "topic", verdict.topic, "topics.yaml",
                            sorted(topics)))
    for end in (verdict.from_id, verdict.to_id):
        if end not in quotes:
            typo = _typo_of(end, quotes)
            hint = (f" (did you mean {typo!r}?)" if typo else
                    " (its article was removed or its words changed): delete the verdict, or re-point it at the "
                    "shift `dateline review` lists")
            out.append(Problem(verdict.path, verdict.line, f"shift id: no quote {end!r} in the site{hint}", "warning"))
    return out


def _typo_of(quote_id: str, quotes: set[str]) -> str | None:
    """The one existing quote id `quote_id` is a typo of: the same words with one character of
    the hash changed, or the same hash with the words misspelt. None when there is no such id, or
    several (a quote that only begins with the same words is another statement)."""
    words, _, digest = quote_id.rpartition("-")
    found = set()
    for q in quotes:
        w, _, d = q.rpartition("-")
        hash_typo = w == words and len(d) == len(digest) and sum(a != b for a, b in zip(d, digest, strict=True)) == 1
        words_typo = bool(digest) and d == digest and bool(did_you_mean(words, [w]))
        if hash_typo or words_typo:
            found.add(q)
    return found.pop() if len(found) == 1 else None
