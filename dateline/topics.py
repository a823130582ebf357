"""Tag quotes with topics and stances from the readable rules in `_data/topics.yaml`.

A rule is a cue word or phrase, matched case-insensitively on whole words; a
trailing `*` matches any ending ("negotiat*"). Editors extend the rules in YAML and
correct single quotes in front matter; nothing here is learned or hidden.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from dateline.lexicon import folds_to_ascii, lexicon, polarity_words, predicate_words
from dateline.model import Quote, Topic


def cue_pattern(cues: Sequence[str]) -> re.Pattern[str] | None:
    """One regex for a list of cues; None when the list is empty."""
    parts = []
    for cue in sorted({c.strip() for c in cues if c.strip()}, key=lambda c: (-len(c), c)):  # the same text every run
        if cue.endswith("*"):
            parts.append(re.escape(cue[:-1]) + r"[\w’'\-]*")
        else:
            parts.append(re.sub("['’]", "['’]", re.escape(cue)))
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)




def _lowered_pattern(cues: Sequence[str]) -> re.Pattern[str] | None:
    """`cue_pattern(cues)` for lower-cased text: it finds a cue in `text.lower()` exactly when
    `cue_pattern` finds one in `text`, for ASCII cues and a text without `FOLDS_TO_ASCII`
    (None when a cue is not ASCII or does not open with a plain character).

    Why: a case-insensitive pattern that opens with a lookbehind is tried at every position of
    every quote, for every topic and stance; this one opens with the cues' first letters, so
    `re` skips to them. Only whether it matches is used, so the cues are grouped by first letter.
    """
    groups: dict[str, list[str]] = {}
    for cue in sorted({c.strip().lower() for c in cues if c.strip()}, key=lambda c: (-len(c), c)):
        if not cue.isascii() or not cue[0].isalnum():
            return None
        rest = cue[1:]  # cue_pattern's wildcard and apostrophes
        wild = rest.endswith("*")
        part = re.escape(rest[:-1]) + r"[\w’'\-]*" if wild else re.sub("['’]", "['’]", re.escape(rest))
        groups.setdefault(cue[0], []).append(part)
    if not groups:
        return None
    return re.compile("(?:" + "|".join(re.escape(first) + r"(?<!\w[\s\S])(?:" + "|".join(parts) + ")"
                                       for first, parts in groups.items()) + r")(?![\w])")


_WORDS_KEPT = 50_000  # `_Index.states`' words met (~4 MB); forgotten past this (a corpus of many languages)

# a word of the text, as the lowered patterns see words: a run of `\w` between two characters that are not
_RUN = re.compile(r"\w+")
# an ASCII text's characters, those of `\w` kept and every other one a space: its runs of `\w` are then
# what `str.split` gives
_ASCII_WORD_CHARS = bytes(c if chr(c).isalnum() or c == ord("_") else 32 for c in range(128)) + b" " * 128


def _words(text: str) -> set[str]:
    """`set(_RUN.findall(text))`; an ASCII text's (most quotes') split in C, in half the time of the regex.
    A text that is ASCII but for its quotation marks and dashes (the paragraph around a fragment) is too,
    those made spaces first: no more a word character than a space is, they part the same runs."""
    if not text.isascii():
        for mark in _NO_WORD_MARKS:
            if mark in text:
                text = text.replace(mark, " ")
        if not text.isascii():
            return set(_RUN.findall(text))
    return set(text.encode("ascii").translate(_ASCII_WORD_CHARS).decode("ascii").split())


_NO_WORD_MARKS = "“”‘’—–«»„"


@dataclass(frozen=True)
class _Gate:
    """What a text's words say of whether a `_lowered_pattern` matches in it, before it is searched.

    A match opens at the start of a word (the pattern's first letter, no `\\w` before it), and a
    cue's spaces, hyphens and apostrophes are no word characters: each run of word characters
    between them is a whole word of the text, but the last run of a cue with `*`, which a word opens
    with ("won't give up": `won`, `t`, `give`, `up`; "negotiat*": a word opening with `negotiat`).
    So a cue of one word ("land") or one stem ("negotiat*") matches exactly when the text holds
    such a word, a cue of several only if it holds each. Why: the words of a quote are found once,
    and most patterns are then decided by set lookups, not by a search of the text; a pattern is
    searched only where one of its cues of several words may match, so the answers are its own.
    """

    whole: frozenset[str]  # the cues that are one word
    stems: dict[str, tuple[str, ...]]  # the cues that are one stem, by their first three characters
    short_stems: tuple[str, ...]  # … the stems shorter than that
    heads: frozenset[str]  # the first words of the cues of several words
    rest: dict[str, tuple[tuple[frozenset[str], str], ...]]  # by first word: each such cue's other words, its stem or ""

    def state(self, words: set[str], cut: set[str]) -> int:
        """2: a pattern with this gate matches in a text of these `words`; 0: it does not; 1: it may.
        `cut`: those words cut to their first three characters."""
        if not self.whole.isdisjoint(words):
            return 2
        for key in self.stems.keys() & cut:
            if any(w.startswith(self.stems[key]) for w in words):
                return 2
        if self.short_stems and any(w.startswith(self.short_stems) for w in words):
            return 2
        for head in self.heads.intersection(words):
            for others, stem in self.rest[head]:
                if others <= words and (not stem or any(w.startswith(stem) for w in words)):
                    return 1
        return 0


def _gate(cues: Sequence[str]) -> _Gate | None:
    """The `_Gate` of `_lowered_pattern(cues)` (None where that is None)."""
    whole: set[str] = set()
    stems: dict[str, list[str]] = {}
    short: list[str] = []
    rest: dict[str, list[tuple[frozenset[str], str]]] = {}
    for cue in sorted({c.strip().lower() for c in cues if c.strip()}):
        if not cue.isascii() or not cue[0].isalnum():
            return None
        wild = cue.endswith("*")
        runs = _RUN.findall(cue[:-1] if wild else cue)
        stem = runs.pop() if wild and _RUN.fullmatch(cue[-2]) else ""  # "pro-*": no stem, a word "pro"
        if not runs and len(stem) >= 3:
            stems.setdefault(stem[:3], []).append(stem)
        elif not runs:
            short.append(stem)
        elif len(runs) == 1 and not stem:
            whole.add(runs[0])
        else:
            rest.setdefault(runs[0], []).append((frozenset(runs[1:]), stem))
    if not (whole or stems or short or rest):
        return None
    return _Gate(frozenset(whole), {k: tuple(v) for k, v in stems.items()}, tuple(short), frozenset(rest),
                 {k: tuple(v) for k, v in rest.items()})


@dataclass(frozen=True)
class _Index:
    """Every `_Gate` of a topics file in one, each by its number: the text's words are looked up once
    for all of them, not once per topic and stance (the gates' `state` calls were half of tagging).
    `states` gives the numbers of the gates whose `state` is 2, and of those whose `state` is 1."""

    whole: dict[str, tuple[int, ...]]  # a word -> the gates with it among their one-word cues
    stems: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]  # first three characters -> (gate, its stems)
    short: tuple[tuple[int, tuple[str, ...]], ...]  # (gate, its stems shorter than three characters)
    # a word of each cue of several words (its longest: rarer than a first "not" or "will") -> (gate, the
    # cue's other words, its stem): all its words are in the text (and a word opens with the stem) or it cannot match
    heads: dict[str, tuple[tuple[int, frozenset[str], str], ...]]
    # the words `states` has met (`_word_gates` worked out) and, of those, each that puts a gate at 2 with its gates
    _seen: set[str] = field(default_factory=set, compare=False)
    _hits: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)

    @staticmethod
    def of(gates: Sequence[_Gate]) -> _Index:
        whole: dict[str, list[int]] = {}
        stems: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        heads: dict[str, list[tuple[int, frozenset[str], str]]] = {}
        for k, g in enumerate(gates):
            for w in g.whole:
                whole.setdefault(w, []).append(k)
            for key, st in g.stems.items():
                stems.setdefault(key, []).append((k, st))
            for head, rest in g.rest.items():
                for others, stem in rest:
                    every = others | {head}
                    key = max(every, key=lambda w: (len(w), w))
                    heads.setdefault(key, []).append((k, every - {key}, stem))
        return _Index({w: tuple(v) for w, v in whole.items()}, {k: tuple(v) for k, v in stems.items()},
                      tuple((k, g.short_stems) for k, g in enumerate(gates) if g.short_stems),
                      {h: tuple(v) for h, v in heads.items()})

    def _word_gates(self, w: str) -> tuple[int, ...]:
        """The gates one word puts at 2 by itself: a one-word cue it is, a stem it opens with."""
        gates = set(self.whole.get(w, ()))
        gates.update(k for k, st in self.stems.get(w[:3], ()) if w.startswith(st))
        gates.update(k for k, st in self.short if w.startswith(st))
        return tuple(sorted(gates))

    def states(self, words: set[str]) -> tuple[set[int], set[int]]:
        """(gates at 2, gates at 1) for a text of these `words`, each as its own `_Gate.state` says.
        A gate at 2 is one a single word puts there (a one-word cue, a stem), so each word's gates
        are worked out once and kept (`_seen`, `_hits`): a quote's words are then looked up in C,
        not sliced and tried against the stems one by one in Python (that loop was a fifth of tagging)."""
        seen, hits = self._seen, self._hits
        new = words.difference(seen)
        if new:
            if len(seen) > _WORDS_KEPT:
                seen.clear()
                hits.clear()
                new = words
            for w in new:
                seen.add(w)
                gates = self._word_gates(w)
                if gates:
                    hits[w] = gates
        full: set[int] = set()
        for w in hits.keys() & words:
            full.update(hits[w])
        maybe: set[int] = set()
        for head in self.heads.keys() & words:
            for k, others, stem in self.heads[head]:
                if k not in full and others <= words and (not stem or any(w.startswith(stem) for w in words)):
                    maybe.add(k)
        return full, maybe


def _state(gate: int | None, found: tuple[set[int], set[int]]) -> int:
    """`_Gate.state` of gate number `gate` (None: no gate, so 1: search) from `_Index.states`."""
    return 1 if gate is None else 2 if gate in found[0] else 1 if gate in found[1] else 0


def _hit(gate: _Gate | None, pattern: re.Pattern[str], low: str, words: set[str], cut: set[str]) -> bool:
    """Whether the lowered `pattern` matches in the lowered text `low` of these `words` (`_Gate.state`)."""
    return _searched(1 if gate is None else gate.state(words, cut), pattern, low)


def _searched(state: int, pattern: re.Pattern[str], low: str) -> bool:
    """A gate's answer, the lowered `pattern` searched in `low` where the gate says it may match."""
    return state == 2 or (state == 1 and pattern.search(low) is not None)


@dataclass(frozen=True)
class _CompiledTopic:
    id: str
    cues: re.Pattern[str] | None
    stances: tuple[tuple[str, re.Pattern[str] | None], ...]
    lowered: re.Pattern[str] | None = None  # `_lowered_pattern` of the cues
    lowered_stances: tuple[re.Pattern[str] | None, ...] = ()
    # every stance's cues in one pattern (and lowered): a quote off the topic is searched for its
    # stances' words one at a time only when one of them is there, which is rare
    any_stance: re.Pattern[str] | None = None
    any_stance_lowered: re.Pattern[str] | None = None
    # the numbers in the topics' `_Index` of the `_Gate`s of `lowered`, of each of `lowered_stances` and
    # of `any_stance_lowered`
    gate: int | None = None
    stance_gates: tuple[int | None, ...] = ()
    any_stance_gate: int | None = None


@dataclass(frozen=True)
class _Routes:
    """Which topics a quote's gates can put on it, so `tag` reads only those (most quotes are on none
    or one of a file's topics, and reading each topic's gates in Python was a third of tagging).
    A topic is skipped exactly where `tag`'s own reading of it ends in `continue`: its cue pattern has
    a gate (or it has no cues) and its stances' pattern has one (or there are none), and neither
    gate is at 1 or 2 (`on_topic`: the topic's gate, for the words of text and context; `stance`:
    its stances' gate, for the words of the text alone). `always`: the topics with a pattern and no gate."""

    always: frozenset[int]
    on_topic: dict[int, tuple[int, ...]]  # a gate -> the topics whose cues' gate it is
    stance: dict[int, tuple[int, ...]]  # a gate -> the topics whose stances' gate it is

    @staticmethod
    def of(compiled: Sequence[_CompiledTopic]) -> _Routes:
        always: set[int] = set()
        on_topic: dict[int, list[int]] = {}
        stance: dict[int, list[int]] = {}
        for i, t in enumerate(compiled):
            cue_gated = t.cues is None or (t.lowered is not None and t.gate is not None)
            stance_gated = t.any_stance is None or (t.any_stance_lowered is not None and t.any_stance_gate is not None)
            if not (cue_gated and stance_gated):
                always.add(i)
                continue
            if t.cues is not None and t.gate is not None:
                on_topic.setdefault(t.gate, []).append(i)
            if t.any_stance is not None and t.any_stance_gate is not None:
                stance.setdefault(t.any_stance_gate, []).append(i)
        return _Routes(frozenset(always), {g: tuple(v) for g, v in on_topic.items()},
                       {g: tuple(v) for g, v in stance.items()})

    def topics(self, gated: tuple[set[int], set[int]], gated_text: tuple[set[int], set[int]]) -> list[int]:
        """The numbers of the topics `tag` has to read, in the file's order."""
        out = set(self.always)
        for found, routes in ((gated, self.on_topic), (gated_text, self.stance)):
            for part in found:
                for g in routes.keys() & part:
                    out.update(routes[g])
        return sorted(out)


# a topics file's rules: each topic's patterns, the index of their gates, and which gates lead to which topics
_Rules = tuple[tuple[_CompiledTopic, ...], _Index, _Routes]
_LAST: list[tuple[tuple[Topic, ...], _Rules]] = []


def prepare(topics: Sequence[Topic]) -> None:
    """Compile the topics' rules now (tens of milliseconds for a real topics file): called before
    the analysis forks its workers, so that each inherits them instead of compiling its own."""
    _compiled(topics)


def _compiled(topics: Sequence[Topic]) -> _Rules:
    """`_compile(tuple(topics))`, without hashing every topic and stance again for each quote
    when it is the very tuple of the last call (a third of tagging's time went to that hash)."""
    key = tuple(topics)
    if _LAST and _LAST[0][0] is key:
        return _LAST[0][1]
    compiled = _compile(key)
    _LAST[:] = [(key, compiled)]
    return compiled


@lru_cache(maxsize=8)
def _compile(topics: tuple[Topic, ...]) -> _Rules:
    gates: list[_Gate] = []

    def number(gate: _Gate | None) -> int | None:
        if gate is None:
            return None
        gates.append(gate)
        return len(gates) - 1

    compiled = tuple(
        _CompiledTopic(t.id, cue_pattern(t.cues), tuple((s.id, cue_pattern(s.cues)) for s in t.stances),
                       _lowered_pattern(t.cues), tuple(_lowered_pattern(s.cues) for s in t.stances),
                       cue_pattern([c for s in t.stances for c in s.cues]),
                       _lowered_pattern([c for s in t.stances for c in s.cues]),
                       number(_gate(t.cues)), tuple(number(_gate(s.cues)) for s in t.stances),
                       number(_gate([c for s in t.stances for c in s.cues])))
        for t in topics
    )
    return compiled, _Index.of(gates), _Routes.of(compiled)


SHORT_TERM_WORDS = 3  # a quoted fragment of this many words or fewer may be a term, not a position


def short_term(text: str, partial: bool) -> bool:
    """A short quoted fragment with no negation, modal, auxiliary or speaking pronoun in it
    ("vigilant", "savings", "a missed opportunity"): even when it is the speaker's word, it says
    nothing about a position on its own, so it never carries a stance, never makes a shift and
    never joins "the same statement" in another outlet (where the same word is just the same
    word). "will not abandon" is a statement and keeps its stance. One rule, read by topics,
    link and timeline."""
    if not partial:
        return False
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return len(words) <= SHORT_TERM_WORDS and predicate_words().isdisjoint(words)


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def fragment(q: Quote) -> bool:
    """A quoted fragment of a few words ("before Christmas", "will go ahead"): the speaker's words,
    but, away from the writer's sentence around them, no statement a reader can read. Lists that
    show statements without their articles (the home page's latest and key) prefer fuller ones."""
    return q.partial and len(_WORD.findall(q.text)) <= SHORT_TERM_WORDS


@lru_cache(maxsize=1)
def _turn_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The courtesies and the askers' labels of transcript turns, made when a turn is first analysed:
    `lexicon()` loads CLDR, which a build that analyses nothing (it imports this module for
    `short_term`) never needs."""
    courtesy = re.compile(r"(?<![\w’'])(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(
        lexicon().pleasantries, key=len, reverse=True)) + r")(?![\w’'])", re.IGNORECASE)
    asking = re.compile(r"(?<![\w’'\-])(?:" + "|".join(re.escape(w) for w in lexicon().asking_labels)
                        + r")(?![\w’'\-])", re.IGNORECASE)
    # the title a courtesy is said to, which French, Spanish or Italian write in lower case ("Merci,
    # madame la maire.", "Gracias, gobernadora.", "Grazie, sindaca."), as English writes "Governor"
    titles = {w.lower() for w in (*lexicon().title_words, *lexicon().honorifics) if w.isalpha()}
    addressed = re.compile(r"(?<![\w’'])(?:" + "|".join(sorted(map(re.escape, titles | _ADDRESS_LINKS), key=len,
                                                              reverse=True)) + r")(?![\w’'])")
    return courtesy, asking, addressed


# the articles and possessives between a courtesy and its title ("madame la maire", "signor sindaco", "my lord")
_ADDRESS_LINKS = frozenset({"la", "le", "el", "il", "lo", "signor", "signora", "señor", "señora", "my", "mister"})


# what may stand around the courtesies: the name or title they are said to, and punctuation
_VOCATIVE_REST = re.compile(r"(?:[\s,.;:!…—–-]|(?<![\w’'])[A-ZÀ-Þ][\w’'.\-]*)*")


def pleasantry(text: str) -> bool:
    """Only courtesies and the name they are said to ("Good morning.", "Governor Doe, thank you.",
    "Thanks for having me, Sally."): words a transcript records that say nothing on any topic, even
    when a cue word ("Welcome to the housing hour") would tag them; they are kept as the record has
    them, but carry no topic or stance, so they never reach a position timeline."""
    courtesy, _, addressed = _turn_patterns()
    rest = courtesy.sub(" ", text)
    return rest != text and _VOCATIVE_REST.fullmatch(addressed.sub(" ", rest)) is not None


_SENTENCES: Final = re.compile(r"[^.?!…]+(?:[.?!…]+[\"”’»)]*|$)")
# "Ms. Doe", "Sen. Roe": no sentence end
_ABBREVIATION_STOP: Final = re.compile(r"\b(Mrs|Mr|Ms|Dr|Sen|Rep|Gov|Prof|Gen|Col|Lt|Sgt|St|Hon|Cllr)\.(?=\s+[A-Z])")


def only_questions(text: str) -> bool:
    """A turn of nothing but questions, with at most courtesies before them ("Ms. Doe, were the
    growers consulted before the draft was released?", "Thank you. And the levy?"): a hearing member's or
    a moderator's asking takes no position, so it carries no topic or stance and never reaches a
    position timeline (ux40 #15: a senator's question read as her statement on the compact)."""
    parts = [p.strip() for p in _SENTENCES.findall(_ABBREVIATION_STOP.sub(r"\1", text)) if p.strip()]
    asked = [p for p in parts if p.rstrip("\"”’») ").endswith("?")]
    return bool(asked) and all(p in asked or pleasantry(p) for p in parts)


def awaiting_topic(q: Quote, known: Collection[str], followed: Collection[str] | None,
                   corrected: Collection[str]) -> bool:
    """A statement an editor has to settle a topic for: a followed figure's words (`followed`, the
    site's `figures`; None: every speaker in speakers.yaml) that no cue put on any topic, and that no
    `quotes:` correction has named yet (`corrected`). Such words reach no position timeline, so
    they are an editor's question; a host's greeting or a chair's procedure on no topic is not, nor
    the figure's own courtesy turn in a transcript ("Thanks for having me, Sally.", "Asante sana.").
    One rule for the build's count and for `dateline review`'s "untagged" group, which lists them."""
    return (q.speaker in known and (followed is None or q.speaker in followed) and not q.topics and not q.stance
            and q.id not in corrected and not (q.kind == "transcript-turn" and pleasantry(q.text)))


def asker_label(label: str) -> bool:
    """A transcript turn's label (`PRESENTER (JANE DOE):`, `JANE DOE, HOST:`, `Q:`) that names whoever
    asks: an asker puts others' positions to the guest, so their words carry no stance of their own."""
    return _turn_patterns()[1].search(label) is not None and label.strip().endswith(":")


@lru_cache(maxsize=1)
def _reporting() -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The reporting verbs, the pattern of a verb and the rest of its sentence, and the speaker's own voice's words
    (lang *.toml reported_position_verbs, own_voice): made at the first quote, as the lexicon is read then."""
    verbs = lexicon().reported_position_verbs
    reported = re.compile(r"(?<![\w’'])(?:" + "|".join(map(re.escape, verbs)) + r")(?![\w’'])[^.!?;\n]*") \
        if verbs else None
    own = re.compile(r"(?<![\w’'])(?:" + "|".join(map(re.escape, lexicon().own_voice)) + r")(?![\w’'])") \
        if lexicon().own_voice else None
    return verbs, reported, own


def unreported(text: str) -> str:
    """`text` with the positions it reports of someone else blanked: after a verb of `reported_position_verbs` ("In
    March he said no discount", "He stood at the site and promised water by 2028"), to the sentence's end, where
    nothing before the verb in its sentence is the speaker's own voice ("We promised …" stays). A critic quoting the
    figure's promise holds no stance of it (ux58 #5: the Opposition Leader charted with the Premier's position)."""
    verbs, reported, own = _reporting()
    if reported is None or not any(v in text for v in verbs):
        return text  # (most quotes: no such verb, the literal test before the pattern)
    out = text
    for m in reported.finditer(text):
        head = max(text.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        if own is not None and own.search(text, head, m.start()):
            continue
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def tag(text: str, context: str, topics: Sequence[Topic],
        partial: bool = False) -> tuple[tuple[str, ...], dict[str, str]]:
    """`_tag`, its stances read from the quote's own positions only (see `unreported`): the topics of the whole text,
    the stances of the words not reporting another's."""
    own = unreported(text)
    if own == text:
        return _tag(text, context, topics, partial)
    found = _tag(text, context, topics, partial)[0]
    return found, {t: s for t, s in _tag(own, context, topics, partial)[1].items() if t in found}


def _tag(text: str, context: str, topics: Sequence[Topic],
         partial: bool = False) -> tuple[tuple[str, ...], dict[str, str]]:
    """Topics whose cues occur in `text` (or in `context`, the sentence around a fragment), or
    one of whose stances' cues occurs in `text` itself (the speaker's "I support the bill" is on
    the bill's topic though it names no topic cue; the writer's words around a fragment are not
    the speaker's, so they never put it on a topic this way, and a stance cue puts a quote on its
    own topic only), and for each such topic the stance whose cue occurs in `text` + `context` (none for a
    short term, see `short_term`: the context's stance words are the writer's). Where cues of
    several stances occur, a cue in `text` beats any in `context` only (the quote's own words
    before the writer's around it), then the one with the longest cue (most words, then letters; then the
    first listed) wins: "I back the expansion, with shore power" is the stance of "back the
    expansion", not of the generic "shore power" that a stance listed earlier has. The quote is
    uncertain all the same; `doubts` says so, and `dateline review` lists it."""
    compiled, index, routes = _compiled(topics)
    if not _TAGGED_BY or _TAGGED_BY[0] is not compiled:
        _TAGGED.clear()
        _TAGGED_BY[:] = [compiled]
    key = (text, context, partial)
    hit = _TAGGED.get(key)
    if hit is not None:
        return hit[0], dict(hit[1])
    found: list[str] = []
    stances: dict[str, str] = {}
    both = f"{text}\n{context}"
    term = short_term(text, partial)
    # lower-cased once, searched with the lowered patterns where they exist (same verdicts)
    lowered = not folds_to_ascii(both)  # (an ASCII text: at once)
    low_text, low_context = (text.lower(), context.lower()) if lowered else ("", "")
    low_both = ""  # `both` lower-cased, once a topic's stances are searched in it
    # their words, for the gates of the lowered patterns: of the text, and of text and context
    words_text = _words(low_text) if lowered else set()
    words = words_text | _words(low_context) if context else words_text
    # every gate's state for the words of text and context, and of the text alone (`_Index`)
    gated = index.states(words) if lowered else (set(), set())
    gated_text = index.states(words_text) if lowered and context else gated
    # (a text with a character that lower-casing folds to ASCII is read topic by topic, by the patterns)
    for t in map(compiled.__getitem__, routes.topics(gated, gated_text)) if lowered else compiled:
        if t.cues is None:
            on_topic = False
        elif lowered and t.lowered is not None:
            state = _state(t.gate, gated)
            on_topic = state == 2 or (state == 1 and bool(
                t.lowered.search(low_text) or (context and t.lowered.search(low_context))))
        else:
            on_topic = bool(t.cues.search(text) or (context and t.cues.search(context)))
        if term and not on_topic:
            continue
        if on_topic:
            low_both = low_both or (both.lower() if lowered else "")
            hits = [(sid, pattern) for (sid, pattern), low, gate
                    in zip(t.stances, t.lowered_stances, t.stance_gates, strict=True)
                    if pattern is not None
                    and (_searched(_state(gate, gated), low, low_both) if lowered and low is not None
                         else pattern.search(both))]
        else:  # a stance's own words in the quote ("I support the bill") put it on that stance's topic
            if t.any_stance is None or not (_searched(_state(t.any_stance_gate, gated_text), t.any_stance_lowered, low_text)
                                            if lowered and t.any_stance_lowered is not None
                                            else t.any_stance.search(text)):
                continue
            hits = [(sid, pattern) for (sid, pattern), low, gate
                    in zip(t.stances, t.lowered_stances, t.stance_gates, strict=True)
                    if pattern is not None
                    and (_searched(_state(gate, gated_text), low, low_text) if lowered and low is not None
                         else pattern.search(text))]
            if not hits:
                continue
        found.append(t.id)
        if term:
            continue
        if len(hits) == 1:
            stances[t.id] = hits[0][0]
        elif hits:
            # the speaker's own words first: a cue in the quote beats any in the writer's sentences around
            # a fragment ("the tram is dead" is not "will be finished in my first term", quoted beside it)
            own = [h for h in hits if h[1].search(text)] if context else hits
            pool, where = (own, text) if own else (hits, both)
            stances[t.id] = pool[0][0] if len(pool) == 1 else \
                max(pool, key=lambda h: _weight(_longest(h[1], where)))[0]  # max: the first of equals
    if len(_TAGGED) >= _TAGGED_MAX:
        _TAGGED.clear()
    _TAGGED[key] = (tuple(found), dict(stances))
    return tuple(found), stances


def _longest(pattern: re.Pattern[str], text: str) -> str:
    """The longest of `pattern`'s matches in `text` (a stance's most specific cue there)."""
    return max((m.group(0) for m in pattern.finditer(text)), key=_weight, default="")


def _weight(cue: str) -> tuple[int, int]:
    return len(cue.split()), len(cue)


@dataclass(frozen=True)
class Doubt:
    """Why a quote's stance on a topic is uncertain: cues of several stances occur in it
    (`matches`: each stance and its cue, the chosen one first), or the chosen cue follows a
    past-tense marker (`past`: "was against the expansion": maybe a position left behind), or
    a negation shares the cue's clause (`negated`: "a fast bus is no alternative for me": the cue
    names what the speaker rejects)."""

    topic: str
    stance: str
    matches: tuple[tuple[str, str], ...]
    past: str = ""
    negated: str = ""


_PAST: list[re.Pattern[str]] = []


def _past_before() -> re.Pattern[str]:
    """A past marker ("was", "used to") at most one word before the end of the text."""
    if not _PAST:
        words = "|".join(re.escape(w) for w in sorted(lexicon().past_markers, key=len, reverse=True))
        _PAST.append(re.compile(r"(?<![\w'’])(?:" + words + r")\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE))
    return _PAST[0]


def doubts(text: str, context: str, topics: Sequence[Topic], partial: bool = False) -> list[Doubt]:
    """The stances `tag` chose for this quote that a reader of the rules could dispute: see
    `Doubt`. For the editor (`dateline review`), never for the build: a `stance:` correction,
    or a cue that occurs in only one stance's words, settles it."""
    stances = tag(text, context, topics, partial)[1]
    out = []
    both = f"{text}\n{context}"
    for t in _compiled(topics)[0]:
        if t.id not in stances:
            continue
        matches = [(sid, _longest(p, both)) for sid, p in t.stances if p is not None and p.search(both)]
        matches.sort(key=lambda m: m[0] != stances[t.id])  # the chosen stance first, the rest in list order
        chosen = dict(t.stances)[stances[t.id]]
        past = ""
        if chosen is not None:
            for m in chosen.finditer(text):
                before = text[max(0, m.start() - 40):m.start()]
                marker = _past_before().search(before)
                if marker is not None:
                    past = before[marker.start():] + m.group(0)  # "was against the expansion"
                    break
        negated = next((c for m in chosen.finditer(text) if (c := _negated_clause(text, m.start(), m.end()))),
                       "") if chosen is not None else ""
        if len(matches) > 1 or past or negated:
            out.append(Doubt(t.id, stances[t.id], tuple(matches), past, negated))
    return out


_CLAUSE_END = re.compile(r"[,;:.!?()\[\]—–]")


def _negated_clause(text: str, start: int, end: int) -> str:
    """The clause around a cue (`text[start:end]`) when a negation of any language
    (`lexicon.polarity_words`) is in it outside the cue itself, else "". A negation inside the
    cue ("will not cede") is the cue's own meaning and never counts; nor, after such a cue, does
    one that goes on denying ("will not cede an inch nor a metre", "no vamos a ceder ni un
    punto"): it repeats the cue's negation. Only a negation before a negated cue can turn it
    ("I never said we will not cede")."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    negations = polarity_words().negations

    def negating(part: str) -> bool:
        return any(w.casefold() in negations for w in re.findall(r"[\w'’]+", part))

    after = "" if negating(text[start:end]) else text[end:right]
    return text[left:right].strip() if negating(text[left:start] + " " + after) else ""


# tag's answers by (text, context, partial) for the topics compiled in _TAGGED_BY: outlets report
# the same words, and a quote without a fragment's context is tagged by its text alone
_TAGGED: dict[tuple[str, str, bool], tuple[tuple[str, ...], dict[str, str]]] = {}
_TAGGED_BY: list[tuple[_CompiledTopic, ...]] = []
_TAGGED_MAX = 20_000
