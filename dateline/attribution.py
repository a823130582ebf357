"""Who said each quote: ordered sieves over the words around it, most precise first.

Sieves (after Muzny et al. 2017 and CoreNLP's quote attribution), each used only
when the ones before found nothing:

1. transcript turns name their speaker (`ZELENSKYY (through translator):`);
2. `"Q," X said` / `"Q," said X` / `"Q?" asked X` right after the closing mark;
3. a cue verb before the quote in its sentence (`X said: "Q"`, `X said he "will…"`,
   `according to X`), nearest verb first, its subject found before it;
4. `Quote:` label lines take the speaker the article is about at that point;
5. a quote with no attribution of its own directly after an attributed one (same or
   next paragraph) carries that speaker over;
6. otherwise `unknown` — never a guess.

Mentions are mapped to speakers separately: aliases and names from speakers.yaml,
a small edit distance for transliterations and typos (Zelesnky), roles ("the
Ukrainian leader") to the most recent speaker holding that role, pronouns to the
most recent person who spoke. "I"/"we" are never speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.model import Speaker, slugify
from dateline.quotes import CUE_RE, Extraction, Paragraph, RawQuote

_HONORIFIC = (r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof)\.?|President|Prime Minister|Premier|Chancellor|Minister|"
              r"Foreign Minister|Defense Minister|Defence Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|"
              r"Ambassador|Envoy|Special Envoy|Senator|Congressman|Congresswoman|Vice President|Pope|King|Queen|"
              r"General|Commander|Mayor|Governor|Chief|Head|Speaker)")
_CAP_WORD = r"[A-Z][a-zà-ÿ’'\-]+(?:-[A-Z][a-z]+)?"
_NAME_RUN = re.compile(rf"\b{_CAP_WORD}(?:\s+(?:(?:de|van|von|der|bin|al|da|di|le|la)\s+)?{_CAP_WORD}){{0,3}}")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_INSTITUTION = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:Ministry|Ministry of [A-Z]\w+(?: [A-Z]\w+)?|Office|Kremlin|White House|"
    r"Pentagon|State Department|Foreign Office|Embassy|Council|Commission|Parliament|Rada|Duma|Government|"
    r"Cabinet|Agency|Service|Department|Staff|Command|Headquarters|Secretariat|Presidency)\b"
)
_NOT_NAMES = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "As", "In",
    "On", "At", "By", "For", "From", "With", "After", "Before", "While", "When", "Where", "If", "Though",
    "Although", "Later", "Earlier", "Then", "Now", "Still", "Also", "However", "Meanwhile", "Finally", "Asked",
    "Speaking", "According", "Quote", "Source", "Details", "Background", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Ukraine", "Russia", "Ukrainian", "Russian",
    "Ukrainians", "Russians", "Moscow", "Kyiv", "Kiev", "Europe", "European", "America", "American", "Americans",
    "Washington", "London", "Paris", "Berlin", "Brussels", "NATO", "EU", "UN", "US", "UK", "CNN", "BBC", "ITV",
    "AP", "Reuters", "TASS", "Donbas", "Donbass", "Crimea", "Western", "West", "This", "That", "These", "Those",
    "There", "Here", "What", "Which", "Who", "Why", "How", "Mr", "Mrs", "Ms", "President", "Minister", "Prime",
    "Foreign", "Kremlin", "Britain", "British", "China", "Chinese", "Belarus", "Hungary", "Turkey", "Istanbul",
    "Geneva", "Minsk", "Normandy", "Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson", "Germany",
    "France", "Poland", "Saudi", "Arabia", "Jeddah", "Riyadh", "Alaska", "Instagram", "Telegram", "Facebook",
    "Twitter", "Fox", "News", "Times", "Post", "Journal", "Sky", "Politico", "Interfax", "Ukrinform", "RIA",
    "Novosti", "Pravda", "Independent", "Guardian", "Truth", "Social", "Oval", "Office", "Congress", "Senate",
}
_TRANSLATED = re.compile(
    r"\b(?:through|via|with the help of|using|speaking through|via an?|through an?)\s+(?:an?\s+|his\s+|her\s+)?"
    r"(?:translator|interpreter)s?\b|\bin (?:Ukrainian|Russian)\b|\btranslated (?:from|by|into)\b|"
    r"\((?:through|via) (?:a |an )?(?:translator|interpreter)\)|\bas translated\b|\binterpreted\b",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(r"^\s*(?:Source|Speaker|Who)\s*:", re.IGNORECASE)
_QUOTE_LABEL = re.compile(r"(?:^|\n)\s*(?:Quote|Quotes|Direct speech|Statement)\s*:\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    speaker: str
    name: str
    how: str
    translated: bool = False


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    speaker: str  # id, or "" for an unknown name, or "pronoun"
    name: str
    kind: str  # "alias" | "role" | "fuzzy" | "name" | "institution" | "pronoun"


def slug_name(name: str) -> str:
    """Unknown speakers keep their written name; their id is its slug."""
    return slugify(name) or "unknown"


def _osa(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (Levenshtein + adjacent transposition), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


class SpeakerIndex:
    """Aliases, roles and surnames of the known speakers, compiled once per speakers file."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self.speakers = {s.id: s for s in speakers}
        self.alias_to_id: dict[str, str] = {}
        self.role_to_ids: dict[str, list[str]] = {}
        for s in speakers:
            for alias in (s.name, *s.aliases):
                self.alias_to_id.setdefault(alias, s.id)
                last = alias.split()[-1] if alias.split() else alias
                if s.kind == "person" and len(last) >= 4 and last[0].isupper():
                    self.alias_to_id.setdefault(last, s.id)
            for role in s.roles:
                self.role_to_ids.setdefault(role.lower(), []).append(s.id)
        names = sorted(self.alias_to_id, key=len, reverse=True)
        roles = sorted(self.role_to_ids, key=len, reverse=True)
        self.alias_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])") if names else None
        self.role_re = (re.compile(r"\b(?:" + "|".join(re.escape(r) for r in roles) + r")\b", re.IGNORECASE)
                        if roles else None)
        self.surnames = sorted({a for a in self.alias_to_id if " " not in a and len(a) >= 5})

    def fuzzy(self, word: str) -> str | None:
        """A typo or transliteration of a known surname (Zelesnky, Zelenskii) → its speaker."""
        if len(word) < 5:
            return None
        limit = 1 if len(word) < 9 else 2
        best: tuple[int, str] | None = None
        for name in self.surnames:
            if name[0].lower() != word[0].lower():
                continue
            d = _osa(word.lower(), name.lower(), limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, self.alias_to_id[name])
        return best[1] if best else None

    def mentions(self, text: str, lo: int, hi: int) -> list[Mention]:
        """Every speaker mention in text[lo:hi], left to right, longest match winning."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        if self.alias_re is not None:
            for m in self.alias_re.finditer(text, lo, hi):
                if free(m.start(), m.end()):
                    sid = self.alias_to_id[m.group(0)]
                    found.append(Mention(m.start(), m.end(), sid, self.speakers[sid].name, "alias"))
                    taken.append((m.start(), m.end()))
        if self.role_re is not None:
            for m in self.role_re.finditer(text, lo, hi):
                if free(m.start(), m.end()):
                    found.append(Mention(m.start(), m.end(), "role:" + m.group(0).lower(), m.group(0), "role"))
                    taken.append((m.start(), m.end()))
        for m in _INSTITUTION.finditer(text, lo, hi):
            if free(m.start(), m.end()):
                name = m.group(0)
                name = re.sub(r"^the\s+", "", name)
                found.append(Mention(m.start(), m.end(), "", name, "institution"))
                taken.append((m.start(), m.end()))
        for m in _NAME_RUN.finditer(text, lo, hi):
            if not free(m.start(), m.end()):
                continue
            words = m.group(0).split()
            while words and (words[0] in _NOT_NAMES or re.fullmatch(_HONORIFIC, words[0])):
                words = words[1:]
            while words and words[-1] in _NOT_NAMES:
                words = words[:-1]
            if not words:
                continue
            if len(words) == 1:
                one = self.fuzzy(words[0].rstrip("’'s"))
                if one:
                    found.append(Mention(m.start(), m.end(), one, self.speakers[one].name, "fuzzy"))
                    taken.append((m.start(), m.end()))
                    continue
            if any(w.endswith(("’s", "'s")) for w in words):
                continue  # a possessive ("CNN's", "Putin's plan") is not a speaker mention
            many = self.fuzzy(words[-1]) if len(words) > 1 else None
            name = " ".join(words)
            found.append(Mention(m.start(), m.end(), many or "", self.speakers[many].name if many else name,
                                 "fuzzy" if many else "name"))
            taken.append((m.start(), m.end()))
        for m in _PRONOUN.finditer(text, lo, hi):
            if free(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), "pronoun", m.group(0), "pronoun"))
        return sorted(found, key=lambda x: x.start)


@lru_cache(maxsize=8)
def index_for(speakers: tuple[Speaker, ...]) -> SpeakerIndex:
    return SpeakerIndex(speakers)


_AFTER_VERB_FIRST = re.compile(r"^\s*[,—–-]?\s*(?P<verb>" + CUE_RE.pattern[5:-3] + r")\b\s+(?P<rest>.*)$", re.DOTALL)
_AFTER_WHO_FIRST = re.compile(r"^\s*[,—–-]?\s*(?P<rest>.*?)\b(?P<verb>" + CUE_RE.pattern[5:-3] + r")\b", re.DOTALL)


class _State:
    """What the article has said so far: who spoke last, who was mentioned last."""

    def __init__(self, index: SpeakerIndex, article_speakers: Sequence[str]) -> None:
        self.index = index
        self.article_speakers = list(article_speakers)
        self.recent: list[str] = []  # speaker ids, most recent last (for roles)
        self.last_person: tuple[str, str] | None = None
        self.last_quote: tuple[str, str, int] | None = None  # (id, name, paragraph)

    def resolve(self, m: Mention) -> tuple[str, str] | None:
        if m.kind == "pronoun":
            return self.last_person
        if m.kind == "role":
            ids = self.index.role_to_ids.get(m.speaker[5:], [])
            for sid in reversed(self.recent):
                if sid in ids:
                    return sid, self.index.speakers[sid].name
            for sid in self.article_speakers:
                if sid in ids:
                    return sid, self.index.speakers[sid].name
            return (ids[0], self.index.speakers[ids[0]].name) if ids else None
        if m.speaker:
            return m.speaker, m.name
        return slug_name(m.name), m.name

    def saw(self, who: tuple[str, str], person: bool = True) -> None:
        sid = who[0]
        if sid in self.recent:
            self.recent.remove(sid)
        self.recent.append(sid)
        spk = self.index.speakers.get(sid)
        if person and (spk is None or spk.kind == "person"):
            self.last_person = who


def _is_person(index: SpeakerIndex, m: Mention) -> bool:
    if m.kind == "institution":
        return False
    spk = index.speakers.get(m.speaker)
    return spk is None or spk.kind == "person"


def _subject_before(index: SpeakerIndex, body: str, lo: int, verb_start: int) -> Mention | None:
    """The mention closest before a cue verb, if nothing but light words separate them."""
    ms = index.mentions(body, lo, verb_start)
    if not ms:
        return None
    m = ms[-1]
    gap = body[m.end:verb_start]
    if len(gap) > 120:
        return None
    if re.search(r"[.;]\s", gap):
        return None
    if m.kind == "pronoun" and gap.strip() and not re.fullmatch(
            r"\s*(?:also|then|later|again|has|had|have|was|is|would|will|further|previously|once|"
            r"repeatedly|himself|herself|quickly|firmly|flatly|\w+ly|,)*\s*", gap):
        return None
    return m


def _subject_after(index: SpeakerIndex, body: str, verb_end: int, hi: int) -> Mention | None:
    """Inverted attribution: `said Zelensky`, `asked Mr Tapper`."""
    ms = index.mentions(body, verb_end, min(hi, verb_end + 90))
    if not ms:
        return None
    m = ms[0]
    gap = body[verb_end:m.start]
    if re.fullmatch(r"[\s,]*(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:[a-z]+\s+){0,2}", gap) and m.kind != "pronoun":
        return m
    return None


def attribute(body: str, extraction: Extraction, speakers: Sequence[Speaker],
              article_speakers: Sequence[str] = ()) -> list[Attribution]:
    """One Attribution per quote in `extraction.quotes`, same order."""
    index = index_for(tuple(speakers))
    state = _State(index, article_speakers)
    paras = extraction.paragraphs
    spans = [(q.start, q.end) for q in extraction.quotes]
    translated_ids: set[str] = set()
    translated_paras: set[int] = set()
    results: list[Attribution] = []
    events = _cue_events(body, paras, spans)
    ev = 0
    for q in extraction.quotes:
        # let everything said before this quote update who was last mentioned
        while ev < len(events) and events[ev][1] < q.start - 1:
            _consume(index, state, body, paras, events[ev])
            ev += 1
        para = paras[q.paragraph]
        who, how = _attribute_one(index, state, body, para, paras, q, spans)
        if who is None:
            results.append(Attribution("unknown", "", "no attribution found"))
            state.last_quote = None
            continue
        sid, name = who
        state.saw(who, person=_is_person_id(index, sid, how))
        state.last_quote = (sid, name, q.last_paragraph)
        ptext = body[para.start:para.end]
        if _TRANSLATED.search(ptext) or (q.kind == "transcript-turn" and _TRANSLATED.search(q.turn_note)):
            translated_ids.add(sid)
            translated_paras.add(q.paragraph)
        results.append(Attribution(sid, name, how))
    # translation said anywhere about a speaker applies to all their quotes in the article
    for p in paras:
        ptext = body[p.start:p.end]
        if _TRANSLATED.search(ptext):
            for m in index.mentions(body, p.start, p.end):
                if m.speaker and not m.speaker.startswith("role:") and m.speaker != "pronoun":
                    translated_ids.add(m.speaker)
                    break
    return [Attribution(a.speaker, a.name, a.how,
                        a.speaker != "unknown" and (a.speaker in translated_ids or q.paragraph in translated_paras))
            for a, q in zip(results, extraction.quotes, strict=True)]


def _is_person_id(index: SpeakerIndex, sid: str, how: str) -> bool:
    spk = index.speakers.get(sid)
    if spk is not None:
        return spk.kind == "person"
    return "institution" not in how


def _cue_events(body: str, paras: list[Paragraph], spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(paragraph, verb start, verb end) for cue verbs outside quotes, and Source: lines."""
    out = []
    for p in paras:
        for m in CUE_RE.finditer(body, p.start, p.end):
            if any(s - 1 <= m.start() <= e for s, e in spans):
                continue
            out.append((p.index, m.start(), m.end()))
        if _SOURCE_LABEL.match(body, p.start):
            out.append((p.index, p.start, p.start))
    return sorted(out, key=lambda e: e[1])


def _consume(index: SpeakerIndex, state: _State, body: str, paras: list[Paragraph],
             event: tuple[int, int, int]) -> None:
    pidx, vs, ve = event
    p = paras[pidx]
    if vs == ve:  # Source: line → its first mention
        ms = [m for m in index.mentions(body, p.start, p.end) if m.kind != "pronoun"]
        if ms:
            who = state.resolve(ms[0])
            if who:
                state.saw(who, _is_person(index, ms[0]))
        return
    lo = _clause_start(body, p.start, vs)
    m = _subject_before(index, body, lo, vs)
    if m is None:
        m = _subject_after(index, body, ve, p.end)
    if m is None:
        return
    who = state.resolve(m)
    if who:
        state.saw(who, _is_person(index, m))


def _clause_start(body: str, lo: int, pos: int) -> int:
    i = pos - 1
    while i > lo:
        if body[i] in ".?!" and body[i + 1:i + 2].isspace() and not _abbrev(body, i):
            return i + 1
        i -= 1
    return lo


def _abbrev(body: str, i: int) -> bool:
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|U\.S|U\.K|[A-Z])$", body[max(0, i - 5):i]))


def _attribute_one(index: SpeakerIndex, state: _State, body: str, para: Paragraph, paras: list[Paragraph],
                   q: RawQuote, spans: list[tuple[int, int]]) -> tuple[tuple[str, str] | None, str]:
    if q.kind == "transcript-turn":
        name = q.turn_name.title()
        ms = index.mentions(name, 0, len(name))
        ms = [m for m in ms if m.kind != "pronoun"]
        if ms:
            who = state.resolve(ms[-1])
            if who:
                return who, "transcript turn"
        return (slug_name(name), name), "transcript turn"
    last = paras[q.last_paragraph]
    close = q.end + 1
    # sentence end after the quote (first stop outside quotes)
    after_hi = _next_stop(body, close, last.end, spans)
    post = body[close:after_hi]
    m = _AFTER_VERB_FIRST.match(post)
    if m:
        sub = _subject_after(index, body, close + m.start("rest"), after_hi)
        if sub is not None:
            who = state.resolve(sub)
            if who:
                return who, f"“…,” {m.group('verb')} {sub.name}"
    m2 = _AFTER_WHO_FIRST.match(post)
    if m2 and len(m2.group("rest")) <= 80 and not re.search(r"[\"“”«»]", m2.group("rest")):
        ms = index.mentions(body, close, close + m2.start("verb"))
        ms = [x for x in ms if x.start - close <= 60]
        if ms:
            who = state.resolve(ms[0])
            if who:
                return who, f"“…,” {ms[0].name} {m2.group('verb')}"
    # a cue verb before the quote in its sentence, nearest first
    lo = _clause_start_outside(body, para.start, q.start - 1, spans)
    pre_verbs = [v for v in CUE_RE.finditer(body, lo, q.start - 1)
                 if not any(s - 1 <= v.start() <= e for s, e in spans)]
    for v in reversed(pre_verbs):
        if v.group(0).lower() == "according to":
            sub = _subject_after(index, body, v.end(), q.start)
        else:
            sub = _subject_before(index, body, lo, v.start()) or _inverted(index, body, v.end(), q.start - 1)
        if sub is not None:
            who = state.resolve(sub)
            if who:
                return who, f"{sub.name} {v.group(0)}"
    # Quote: label lines speak for the article's current speaker
    line_start = body.rfind("\n", 0, q.start) + 1
    if _QUOTE_LABEL.search("\n" + body[line_start:q.start - 1]):
        if state.last_person is not None:
            return state.last_person, "Quote: label (article's speaker)"
        if state.article_speakers and state.article_speakers[0] in index.speakers:
            sid = state.article_speakers[0]
            return (sid, index.speakers[sid].name), "Quote: label (article's speaker)"
    # carry-over: a quote standing alone right after an attributed one
    pre_text = body[lo:q.start - 1].strip()
    if state.last_quote is not None and (not pre_text or pre_text[-1:] in "—–-:") and \
            q.paragraph - state.last_quote[2] <= 1:
        return (state.last_quote[0], state.last_quote[1]), "carried over from the previous quote"
    return None, ""


def _inverted(index: SpeakerIndex, body: str, verb_end: int, hi: int) -> Mention | None:
    gap = body[verb_end:hi]
    if ":" not in gap and "," not in gap[-3:]:
        return None
    return _subject_after(index, body, verb_end, hi)


def _clause_start_outside(body: str, lo: int, pos: int, spans: list[tuple[int, int]]) -> int:
    i = pos - 1
    while i > lo:
        if body[i] in ".?!" and body[i + 1:i + 2].isspace() and not _abbrev(body, i) and \
                not any(s - 1 <= i <= e for s, e in spans):
            return i + 1
        i -= 1
    return lo


def _next_stop(body: str, pos: int, hi: int, spans: list[tuple[int, int]]) -> int:
    j = pos
    while j < hi:
        if body[j] in ".?!" and (j + 1 >= hi or body[j + 1].isspace()) and not _abbrev(body, j) and \
                not any(s - 1 <= j <= e for s, e in spans):
            return j + 1
        if body[j] in "\"“«" and j > pos:
            return j
        j += 1
    return hi
