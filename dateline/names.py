"""How close a written name is to a known speaker's: typos, transliterations, first letters.

Outlets spell the same person differently: a transliteration (Kovalsky / Kowalski,
Kallberg / Calberg), a typo (Kowlaski), a dropped or doubled letter. Attribution
uses this to decide whether a name it does not know is a known speaker misspelt, and
review uses it to say "did you mean …?". One comparison, kept apart from both, so the
suggestion an editor reads is the rule the build applied.

Two measures, both on case- and accent-folded words:
- the optimal-string-alignment distance (Levenshtein plus adjacent transposition);
- the same distance between *skeletons*: spellings reduced by the transliteration
  variants of Latin script (kh/h, sh/sch/sz/s, zh/z, ts/tz/c, c/k/q, ph/f, w/v, y/j/i,
  doubled letters once), so "Calberg" and "Kallberg" have the same skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.model import LETTER_FOLD, Speaker, path_segment, slugify

NEAR_MISS_MARK = "near-miss spelling"  # written into an attribution's `how` when a near miss decided it

# Latin-script spellings of the same sound, longest first (applied left to right, once).
_VARIANTS = (
    ("shch", "s"), ("sch", "s"), ("tch", "c"), ("sh", "s"), ("sz", "s"), ("zh", "z"), ("kh", "h"),
    ("ch", "c"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("ph", "f"), ("ck", "k"), ("gh", "g"),
    ("ou", "u"), ("iy", "i"), ("yi", "i"), ("ii", "i"), ("ij", "i"), ("ie", "i"), ("yy", "i"),
    ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("x", "ks"),
)
_VARIANT_RE = re.compile("|".join(re.escape(a) for a, _ in _VARIANTS))
_VARIANT_MAP = dict(_VARIANTS)
_DOUBLE = re.compile(r"(.)\1+")
_FIRST_LETTERS = ({"c", "k", "q"}, {"h", "g", "k"}, {"y", "i", "j", "e"}, {"v", "w", "f"}, {"z", "s", "c", "t"},
                  {"p", "f"}, {"u", "o"})


def slug_name(name: str) -> str:
    """A person not in speakers.yaml keeps their written name; their id is its slug."""
    return path_segment(slugify(name)) or "unknown"


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """Lower case, accents and special letters folded to plain ASCII letters. (Kept per word: a name not in
    speakers.yaml is compared with every known speaker's name and aliases, each folded four to six times a
    comparison — ~70 % of `same_person`'s time, ~0.2 ms an article of real texts, before.)"""
    text = unicodedata.normalize("NFKD", word.translate(LETTER_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def account_holder(accounts: Iterable[str], speakers: Iterable[Speaker]) -> str | None:
    """The id of the one speaker whose name or an alias is one of a social post's ``accounts`` (its display
    name, its handle), case, accents and a handle's "@" aside — "@JaneDoe" in speakers.yaml is the account
    janedoe —, else None (no one, or several: a post is its account's words only when the account is sure)."""
    wanted = {fold(a.strip().lstrip("@")) for a in accounts} - {""}
    fits = {s.id for s in speakers if wanted & {fold(n.strip().lstrip("@")) for n in (s.name, *s.aliases)}}
    return next(iter(fits)) if len(fits) == 1 else None


@lru_cache(maxsize=16384)
def skeleton(word: str) -> str:
    """The spelling with transliteration variants and doubled letters reduced to one form."""
    folded = fold(word)
    # romanised: nothing was left of a word in another script, and "Петров" had the skeleton of "Попов"
    low = re.sub(r"[^a-z]", "", folded if folded.isascii() else slugify(folded))
    return _DOUBLE.sub(r"\1", _VARIANT_RE.sub(lambda m: _VARIANT_MAP[m.group(0)], low))


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (Levenshtein + adjacent transposition), capped at limit+1."""
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


@dataclass(frozen=True, order=True)
class Suggestion:
    """A known speaker a written name may stand for, and why (shown to editors)."""

    score: int  # lower is closer: tens for the kind of match, units for the raw edit distance
    speaker: str
    written: str
    known: str  # the spelling it is close to (a name or alias of the speaker)
    why: str


def sort_key(name: str, sid: str = "", *, aliases: Sequence[str] = (), institution: bool = False,
             sort: str = "") -> tuple[str, str, str]:
    """Where a person goes in a list of people: by surname, as readers look a person up
    (Großmann under G, Öztürk beside Oberle: letters folded), then the given names; titles
    of address in front ("Dr.", "Prof.") never decide.

    The surname is the last word, unless the speakers file shows a longer one: an alias that is
    the name's last two or more words ("Ruiz Soto" of Ana Ruiz Soto, "Lloyd Webber") is
    a compound surname, filed under its first word as Spanish, Portuguese and English readers
    look it up (lower-case particles in front, "von der", stay out of it, as before). An
    institution is filed under its whole name ("Salar Blanco Lithium S.A." under S, not under
    "S.A."), an article in front left out. `sort` (speakers.yaml `sort:`) overrides all of it:
    the words the editor files the entry under."""
    from dateline.lexicon import lexicon  # here: the list pages need it, name matching does not

    if sort:
        return fold(sort), fold(name), sid
    lex = lexicon()
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").casefold() in lex.address_titles:
        words.pop(0)
    if institution:
        if len(words) > 1 and words[0].casefold() in lex.articles:
            words.pop(0)
        return fold(" ".join(words)), "", sid
    folded = {fold(a) for a in aliases}
    cut = len(words) - 1
    for k in range(1, len(words) - 1):  # the longest run of last words an alias spells, from the second word on
        if fold(" ".join(words[k:])) in folded:
            cut = k
            break
    while cut < len(words) - 1 and words[cut][:1].islower():
        cut += 1  # "von der Leyen": the particles are no part of where the name is filed
    return fold(" ".join(words[cut:]) if words else ""), fold(" ".join(words[:cut])), sid


def _surname(name: str) -> str:
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1] if words else ""


def _first(name: str) -> str:
    words = name.split()
    return words[0] if len(words) > 1 else ""


def compare(written: str, known: str) -> tuple[int, str] | None:
    """(score, reason) when the one-word `written` is a plausible spelling of `known`, else None.

    Accepted: a transliteration variant (same skeleton), or, from six letters on, a skeleton
    one edit away or an edit distance of 1 (2 from 7 letters on) between the folded words.
    Words under 4 letters are never compared: too many short names are one letter apart.
    """
    a, b = fold(written), fold(known)
    if a == b or len(a) < 4 or len(b) < 4:
        return None
    if not first_letter_variant(a, b):
        return None  # a first letter no transliteration shares (M/P, B/R): another name
    sa, sb = skeleton(a), skeleton(b)
    limit = 1 if min(len(a), len(b)) < 7 else 2
    d = distance(a, b, limit)
    sd = distance(sa, sb, 1)
    reasons = []
    if a[0] != b[0]:
        reasons.append(f"first letter {written[:1]}/{known[:1]}")
    if sa == sb:
        reasons.insert(0, "transliteration variant")
        score = 10
    elif min(len(a), len(b)) < 6:
        return None  # short words one letter apart are other words ("Host" is not "Holt")
    elif d == 1 and len(a) == len(b) and sorted(a) == sorted(b):
        reasons.insert(0, "two letters swapped")
        score = 20
    elif sd <= 1 and len(sa) >= 4:
        reasons.insert(0, "transliteration variant one letter apart" if d > 1 else "one letter apart")
        score = 20
    elif d <= limit and a[0] == b[0]:
        reasons.insert(0, f"edit distance {d}")
        score = 10 + 10 * d
    else:
        return None
    if len(a) < len(b):
        reasons.append("a letter dropped" if len(b) - len(a) == 1 else "letters dropped")
    return score + min(d, 9), ", ".join(reasons)  # the raw distance breaks ties between spellings


def suggestions(name: str, speakers: Sequence[Speaker]) -> list[Suggestion]:
    """Known speakers whose surname (or any one-word alias) the written name's surname is close to, best first."""
    sur = _surname(name)
    if not sur:
        return []
    best: dict[str, Suggestion] = {}
    for s in speakers:
        for form in (s.name, *s.aliases):
            if form.lower().startswith("the "):
                continue
            hit = compare(sur, _surname(form))
            if hit is None:
                continue
            sug = Suggestion(hit[0], s.id, name, _surname(form), hit[1])
            if s.id not in best or sug < best[s.id]:
                best[s.id] = sug
    return sorted(best.values())


def first_names_agree(written: str, speaker: Speaker) -> bool:
    """False when the written name has a first name and it is not the speaker's (nor close to it).

    "Anna Calberg" is not Henrik Kallberg whatever the surname; an initial ("H. Calberg")
    or no first name at all does not contradict.
    """
    first = _first(written).rstrip(".")
    if not first:
        return True
    for form in (speaker.name, *speaker.aliases):
        known = _first(form).rstrip(".")
        if not known:
            continue
        if len(first) == 1 or len(known) == 1:
            if fold(first)[0] == fold(known)[0]:
                return True
            continue
        if fold(first) == fold(known) or skeleton(first) == skeleton(known) or \
                distance(fold(first), fold(known), 1) <= 1:
            return True
    return not any(_first(form) for form in (speaker.name, *speaker.aliases))


def same_person(name: str, speakers: Sequence[Speaker]) -> Suggestion | None:
    """The known person a name not in speakers.yaml is taken to be, or None (kept apart).

    Taken only when exactly one known person is closest and the first names (if written)
    agree; a tie between two known people, or an institution, is left to the editor.
    """
    found = suggestions(name, [s for s in speakers if s.kind == "person"])
    if not found:
        return None
    if len(found) > 1 and found[1].score // 10 == found[0].score // 10:  # as close in kind: ambiguous
        return None
    by_id = {s.id: s for s in speakers}
    best = found[0]
    return best if first_names_agree(name, by_id[best.speaker]) else None


def first_letter_variant(a: str, b: str) -> bool:
    """Whether two first letters are spellings of one sound in some transliteration (C/K, H/G, Y/J…)."""
    x, y = fold(a)[:1], fold(b)[:1]
    return x == y or any(x in group and y in group for group in _FIRST_LETTERS)


@dataclass(frozen=True)
class OneName:
    """What :func:`one_id_per_person` decided: each surname-only id taken as one fuller name's person
    (``same``: short id → (fuller id, fuller name)), and each left apart because several fuller names
    fit it (``open``: short id → their (id, name)s)."""

    same: dict[str, tuple[str, str]]
    open: dict[str, tuple[tuple[str, str], ...]]


def one_id_per_person(people: Mapping[str, str], speakers: Sequence[Speaker]) -> OneName:
    """One person, one id, across the site.

    Attribution names a person not in speakers.yaml by the fullest form of the name in *their*
    article: "Senator Dirceu Paranhos" in one article is `dirceu-paranhos`, a transcript's
    "SENATOR PARANHOS:" in another `paranhos` — two speaker pages and two sets of quotes for one
    senator. ``people`` maps each such id quoted on the site to its name. A one-word name that is
    a later word of exactly one fuller name — of a person quoted elsewhere on the site or of a
    person in speakers.yaml ("Monteiro" of Luíza Caldeira Monteiro) — is that person; where
    several fit ("Silva": Maria Silva, João Silva) nothing is merged, and the caller says so.
    Institutions are never merged: their words are not a surname."""
    known = {s.id for s in speakers}
    fuller: dict[str, str] = {pid: name for pid, name in people.items() if len(name.split()) > 1 and pid not in known}
    fuller.update((s.id, s.name) for s in speakers if s.kind == "person" and len(s.name.split()) > 1)
    by_word: dict[str, set[tuple[str, str]]] = {}
    for pid, name in fuller.items():
        for word in name.split()[1:]:
            by_word.setdefault(slug_name(word), set()).add((pid, name))
    same: dict[str, tuple[str, str]] = {}
    open_: dict[str, tuple[tuple[str, str], ...]] = {}
    for pid, name in sorted(people.items()):
        if pid in known or len(name.split()) != 1 or pid != slug_name(name):
            continue
        fits = sorted(by_word.get(pid, ()))
        if len(fits) == 1:
            same[pid] = fits[0]
        elif fits:
            open_[pid] = tuple(fits)
    return OneName(same, open_)
