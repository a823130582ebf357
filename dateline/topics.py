"""Tag quotes with topics and stances from the readable rules in `_data/topics.yaml`.

A rule is a cue word or phrase, matched case-insensitively on whole words; a
trailing `*` matches any ending ("negotiat*"). Editors extend the rules in YAML and
correct single quotes in front matter; nothing here is learned or hidden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.model import Topic


def cue_pattern(cues: Sequence[str]) -> re.Pattern[str] | None:
    """One regex for a list of cues; None when the list is empty."""
    parts = []
    for cue in sorted({c.strip() for c in cues if c.strip()}, key=len, reverse=True):
        if cue.endswith("*"):
            parts.append(re.escape(cue[:-1]) + r"[\w’'\-]*")
        else:
            parts.append(re.sub("['’]", "['’]", re.escape(cue)))
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class _CompiledTopic:
    id: str
    cues: re.Pattern[str] | None
    stances: tuple[tuple[str, re.Pattern[str] | None], ...]


@lru_cache(maxsize=8)
def _compile(topics: tuple[Topic, ...]) -> tuple[_CompiledTopic, ...]:
    return tuple(
        _CompiledTopic(t.id, cue_pattern(t.cues), tuple((s.id, cue_pattern(s.cues)) for s in t.stances))
        for t in topics
    )


def tag(text: str, context: str, topics: Sequence[Topic]) -> tuple[tuple[str, ...], dict[str, str]]:
    """Topics whose cues occur in `text` (or in `context`, the sentence around a fragment),
    and for each such topic the first stance whose cue occurs in `text` + `context`."""
    found: list[str] = []
    stances: dict[str, str] = {}
    both = f"{text}\n{context}"
    for t in _compile(tuple(topics)):
        if t.cues is None or not (t.cues.search(text) or (context and t.cues.search(context))):
            continue
        found.append(t.id)
        for sid, pattern in t.stances:
            if pattern is not None and pattern.search(both):
                stances[t.id] = sid
                break
    return tuple(found), stances
