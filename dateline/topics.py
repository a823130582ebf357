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

from dateline.lexicon import lexicon
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


SHORT_TERM_WORDS = 3  # a quoted fragment of this many words or fewer may be a term, not a position
_PREDICATE = lexicon().predicate_words


def short_term(text: str, partial: bool) -> bool:
    """A short quoted fragment with no negation, modal, auxiliary or speaking pronoun in it
    ("vigilant", "savings", "a missed opportunity"): even when it is the speaker's word, it says
    nothing about a position on its own, so it never carries a stance, never makes a shift and
    never joins "the same statement" in another outlet (where the same word is just the same
    word). "will not abandon" is a statement and keeps its stance. One rule, read by topics,
    link and timeline."""
    if not partial:
        return False
    words = [w.lower().replace("’", "'") for w in re.findall(r"\w+(?:['’]\w+)*", text)]
    return len(words) <= SHORT_TERM_WORDS and not any(w in _PREDICATE for w in words)


def tag(text: str, context: str, topics: Sequence[Topic],
        partial: bool = False) -> tuple[tuple[str, ...], dict[str, str]]:
    """Topics whose cues occur in `text` (or in `context`, the sentence around a fragment),
    and for each such topic the first stance whose cue occurs in `text` + `context` (none
    for a short term, see `short_term`: the context's stance words are the writer's)."""
    found: list[str] = []
    stances: dict[str, str] = {}
    both = f"{text}\n{context}"
    term = short_term(text, partial)
    for t in _compile(tuple(topics)):
        if t.cues is None or not (t.cues.search(text) or (context and t.cues.search(context))):
            continue
        found.append(t.id)
        if term:
            continue
        for sid, pattern in t.stances:
            if pattern is not None and pattern.search(both):
                stances[t.id] = sid
                break
    return tuple(found), stances
