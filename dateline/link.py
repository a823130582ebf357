"""Stable quote ids and the links between quotes.

Ids come from the article slug and the normalised words of the quote, so editing
another paragraph, another article or the build order never changes a `#q-…`
anchor. Cross-linking goes through indexes (shingles of 8 words, per-topic date
order), never all pairs, so 10,000 articles link in linear time.
"""

from __future__ import annotations

import calendar
import difflib
import hashlib
import itertools
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter, itemgetter, not_
from sys import intern
from typing import Any

from dateline.lexicon import polarity_words, spelling_folds
from dateline.model import Article, DateInfo, Links, PartialDate, Quote, Related, RelationKind, Span, Statement, slugify
from dateline.names import fold
from dateline.topics import short_term
from dateline.workers import collector_off

SHINGLE = 8
STOCK_PHRASE = 40  # a 4-word run in more first reports than this is stock wording, not evidence
MAX_SAME = 5  # other reports of the same statement listed per quote (earliest first)
OCCASION_SLACK = 3  # days two reports' statement dates may lie apart and still be one occasion (`same_occasion`)
PARTIAL_WORDS = 5  # a quoted fragment of at least this many words, found word for word inside a
# statement of the same speaker, is a re-quote of that statement ("Jobs matter. Lungs matter too,")
_PUNCT = re.compile(r"[^\w\s]")


class _Blanks(dict[int, str]):
    """`str.translate`'s table for `_PUNCT.sub(" ", …)`: each character that is neither a word character
    nor white space (`_PUNCT`: the regex's \\w is `isalnum()` or "_", its \\s `isspace()`) becomes a space,
    worked out the first time it is met. One C call a text where the regex took a third longer: an
    ASCII text's characters are looked up once each per call (a text has a few dozen distinct ones)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = out = ch if ch.isalnum() or ch == "_" or ch.isspace() else " "
        return out


_BLANKS = _Blanks()
_SPACE = re.compile(r"\s+")
_BRACKETED_LETTER = re.compile(r"\[(\w)\]")
_EDITORIAL = re.compile(r"\[[^\]]{0,40}\]|\((?:his|her|their|the)[^)]{0,40}\)")


def normalise(text: str) -> str:
    """Words only: case, marks, ellipses, brackets and punctuation folded away.

    `[W]e` → `we`, curly and straight marks alike, so the same words reported by
    two outlets normalise to the same string.
    """
    return " ".join(_words(text))


def _words(text: str) -> list[str]:
    """`normalise`'s words, before they are joined (`_profile` needs both)."""
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    if "[" in t:
        t = _BRACKETED_LETTER.sub(r"\1", t)
    if "[" in t or "(" in t:
        t = _EDITORIAL.sub(" ", t)
    t = t.replace("'", "")
    # str.split() and \s agree on what is white space: the same as `\s+` → " " and strip()
    return t.lower().translate(_BLANKS).split()  # (`_PUNCT.sub(" ", …)`, `_Blanks`)


def quote_id(slug: str, text: str, seen: dict[str, int]) -> str:
    """`<first words>-<hash of slug+words>`; a repeat of the same words gets `-2`, `-3`."""
    norm, words = _id_words(text)
    digest = hashlib.sha1(f"{slug}\n{norm}".encode()).hexdigest()[:6]
    base = f"{words}-{digest}"
    n = seen.get(base, 0) + 1
    seen[base] = n
    return base if n == 1 else f"{base}-{n}"


@lru_cache(maxsize=16384)
def _id_words(text: str) -> tuple[str, str]:
    """A quote text's normalised words and the slug of the first four: the same words come back
    from outlet after outlet, so they are worked out once per text."""
    norm = normalise(text)
    head = norm.split(" ", 4)[:4]  # (`normalise` leaves one space between words)
    slug = "-".join(head)
    # `slugify` of ASCII letters and digits is the words joined by hyphens (cut at its length): most
    # quotes' first words, where its regexes and Unicode folding were ~0.1 ms an article of the analysis
    if not (slug.isascii() and "".join(head).isalnum()):
        slug = slugify(" ".join(head))
    return norm, slug[:80].strip("-") or "quote"


def _shingles8(words: list[str]) -> frozenset[bytes]:
    """The 8-word runs of a quote's words, each the bytes of its words' numbers (`_WORD_IDS`): two
    runs are equal exactly when their words are, and a run is a 32-byte string (a 72-byte object)
    where a tuple of its 8 words was twice that. A merge holds the runs of every first report it has
    compared (~500,000 at 10,000 articles: 80 of the link process's ~360 MB were their tuples).
    Made and hashed in C: no Python code per run. Not cached: a first report keeps its own
    (`_Words`), and a cache of every compared text's runs was a third of linking's memory for no
    time saved (measured at 3000 articles: linking's resident memory +132 → +93 MB, the same CPU)."""
    ids = array(_ID_TYPE, map(_WORD_IDS.__getitem__, words))
    step = ids.itemsize
    data, span = ids.tobytes(), step * SHINGLE
    return frozenset(map(data.__getitem__, map(slice, range(0, len(data) - span + 1, step),
                                               range(span, len(data) + 1, step))))


# Every word a run was made of in this process, numbered in the order first seen: the numbers stand
# for the words in `_shingles8`'s runs. The words are a corpus's vocabulary (a few thousand to some
# tens of thousands), kept between `serve`'s rebuilds; a run is only ever compared with another made
# with the same numbers. "I": 4 bytes on the platforms Python runs on ("L" otherwise, at least 4).
_WORD_IDS: defaultdict[str, int] = defaultdict(itertools.count().__next__)
_ID_TYPE = "I" if array("I").itemsize >= 4 else "L"


@lru_cache(maxsize=262144)
def _profile(text: str) -> tuple[list[str], tuple[str, ...], str]:
    """Normalised words, every third distinct 4-word run (and the last: enough to find a candidate
    that shares 70–80% of its words) and the words as one string (`normalise`: a merge's key, one object
    for every quote of the text and every record naming it) of a quote text; cached across rebuilds.
    Lean, as every distinct text of the corpus has one: the words are interned (a corpus has a few
    thousand distinct words for hundreds of thousands of uses), the sample a tuple (a frozenset's table
    is ~4× its items), and the text's other runs are made when it starts a statement (`_runs`): held
    for every text, they were a third of linking's memory (~80 MB at 10,000 articles, 38,000 texts)."""
    w = list(map(intern, _compared(text)))
    norm = " ".join(w)  # (`normalise`, spellings folded: `_compared`)
    if len(w) < 4:
        return w, ((intern(norm),) if w else ()), norm
    last = len(w) - 4
    # the runs interned too: outlets repeat the same wording, so the samples of 38,000 texts at 10,000
    # articles are ~490,000 strings but 6,500 distinct ones; a copy each was ~35 MB of linking's peak
    # (the merge record holds every quote's sample) and of the record's pickle
    # the runs starting at 0, 3, 6, … up to `last` (the shortest slice by threes stops there), joined in C
    starts = zip(w[0::3], w[1::3], w[2::3], w[3::3], strict=False)
    return w, tuple(dict.fromkeys([*map(intern, map(" ".join, starts)), intern(" ".join(w[last:]))])), norm


def _compared(text: str) -> list[str]:
    """The words two reports are compared by: `normalise`'s, with the house style an outlet puts on a wire
    folded away (`lexicon.spelling_folds`: "25 per cent" / "25 percent" / "25%", "defence" / "defense",
    accents on Latin letters, "a la carte" / "à la carte"). Only the comparison: a quote's id hashes the
    words as printed (`quote_id`), so no `#q-…` anchor moves. A negation or number keeps its spelling
    (`_Folded`): "não" folded to "nao" would no longer be a negation."""
    if "%" in text:
        text = text.replace("%", " percent ")
    words = list(map(_FOLDED.__getitem__, _words(text)))
    firsts = _percent_firsts()
    if firsts.isdisjoint(words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        for form in firsts.get(words[i], ()):
            if tuple(words[i:i + len(form)]) == form:
                out.append("percent")
                i += len(form)
                break
        else:
            out.append(words[i])
            i += 1
    return out


class _Folded(dict[str, str]):
    """A normalised word as reports are compared (`_compared`), worked out the first time it is met: accents
    on Latin letters dropped, a spelling variant (`lexicon.spelling_folds`) to the form compared. Negations
    and numbers as they are (`_MarkerWords`)."""

    def __missing__(self, w: str) -> str:
        out = w
        if not _marker_words()[w]:
            if not w.isascii() and (plain := fold(w)).isascii() and plain.isalnum():
                out = plain
            folds = spelling_folds()
            out = folds.words.get(out, out)
            for ending, compared in folds.suffixes:
                if out.endswith(ending) and len(out) - len(ending) >= folds.stem:
                    out = out[:-len(ending)] + compared
                    break
        self[w] = out = intern(out)
        return out


_FOLDED = _Folded()


class _Firsts(dict[str, tuple[tuple[str, ...], ...]]):
    """The first words of the "per cent" written as several words (`spelling_folds().percent`), each
    with its forms."""

    def isdisjoint(self, words: list[str]) -> bool:
        return self.keys().isdisjoint(words)


@lru_cache(maxsize=1)
def _percent_firsts() -> _Firsts:
    firsts = _Firsts()
    for form in spelling_folds().percent:
        if len(form) > 1:
            firsts[form[0]] = (*firsts.get(form[0], ()), form)
        # (a one-word form is a spelling: folded with the words)
    return firsts


def _runs(words: list[str]) -> tuple[str, ...]:
    """The distinct 4-word runs of a text's normalised words (`_profile`), in order: what the index
    of first reports holds for each."""
    if len(words) < 4:
        return (" ".join(words),) if words else ()
    return tuple(dict.fromkeys(map(" ".join, zip(words, words[1:], words[2:], words[3:], strict=False))))


def forget() -> None:
    """Drop the cached text profiles (kept between `serve` rebuilds; a one-shot build has no use
    for them after linking: word lists and runs of every distinct quote text)."""
    _profile.cache_clear()


def same_words(a: list[str], b: list[str], a_partial: bool = False, b_partial: bool = False,
               near: bool = False) -> bool:
    """Are two normalised quotes the same statement?

    Equal; or one is a truncation of the other (≥ 8 words, 80% of the shorter one's
    8-word runs inside the longer); or a small translation variant (≥ 8 words each,
    similar length, ≥ 70% of their distinct words shared); or one is a quoted fragment
    (`partial`) of at least PARTIAL_WORDS words found word for word inside the other. A shared
    stock phrase alone is not enough, so statements do not chain together through common wording.
    A whole quote of fewer than 8 words held in a longer one is for the dates to decide (`_held`).
    `near` (two quotes of one named speaker, `_home`): also one of at least NEAR_WORDS words that is a run
    of the other with a word or two inserted, dropped or respelt (`_near`).
    """
    return _same(_Words(a, a_partial), _Words(b, b_partial), near)


class _Words:
    """A normalised quote's words with its 8-word runs and word set, each made once: merging
    compares a first report with many later quotes. `compact()`: a first report keeps neither (made
    again for each comparison that needs them: ~2 per first report at 10,000 articles), only its
    negations and numbers; the quote being placed keeps both while it is compared."""

    __slots__ = ("_markers", "_places", "_runs", "_set", "kept", "partial", "words")

    def __init__(self, words: list[str], partial: bool = False) -> None:
        self.words = words
        self.partial = partial
        self.kept = True
        self._runs: frozenset[bytes] | None = None
        self._set: set[str] | None = None
        self._markers: list[str] | None = None
        self._places: list[int] = []

    def compact(self) -> _Words:
        """Itself without its runs and word set, and never keeping them again: the index of first
        reports held both for every first report compared (a set of ~25 words is ~2 KB, the 8-word
        runs ~5 KB): ~110 of the link process's ~390 MB at 10,000 articles."""
        self._runs = self._set = None
        self.kept = False
        return self

    @property
    def runs(self) -> frozenset[bytes]:
        if self._runs is not None:
            return self._runs
        runs = _shingles8(self.words)
        if self.kept:
            self._runs = runs
        return runs

    @property
    def word_set(self) -> set[str]:
        if self._set is not None:
            return self._set
        made = set(self.words)
        if self.kept:
            self._set = made
        return made

    @property
    def markers(self) -> list[str]:
        """Its negations and numbers, in order (`one_claim`'s common case, made once per text)."""
        if self._markers is None:
            self._places = _marker_places(self.words)
            self._markers = [self.words[i] for i in self._places]
        return self._markers

    @property
    def places(self) -> list[int]:
        """Where its negations and numbers stand (`markers`' indexes in `words`)."""
        if self._markers is None:
            self.markers  # noqa: B018 - made with the markers
        return self._places


def _same(a: _Words, b: _Words, near: bool = False) -> bool:
    """`same_words` (its rule, in its order) on prepared word lists."""
    if a.words == b.words:
        return True
    if a.markers == b.markers:
        return _alike(a, b, near)
    # Negations or numbers differ: the claim must be kept (`_claim_kept`) as well as the words alike, and
    # `_claim_possible` rules most such pairs out first, cheaper than `_alike` and far cheaper than difflib
    # (at 4000 articles of the bench corpus 83,000 of the 89,000 pairs compared, stock claims with other
    # occasions' counts). Empty words are never alike (`_alike`) nor cut (`_claim_possible` reads the ends).
    return (bool(a.words and b.words) and _claim_possible(a, b) and _alike(a, b, near)
            and _claim_kept(a.words, b.words))


def _alike(a: _Words, b: _Words, near: bool = False) -> bool:
    """Nearly the same words: a truncation, a fragment or a small translation variant (or, `near`, a
    reprint's small edit: `_near`)."""
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if short.partial and len(short.words) >= PARTIAL_WORDS and _inside(short.words, long_.words):
        return True  # a fragment re-quoted from the whole: the writer quoted a part of what was said
    if len(short.words) < SHINGLE:
        return False
    sa, sb = short.runs, long_.runs
    if len(sa & sb) >= 0.8 * len(sa):
        return True
    wa, wb = a.word_set, b.word_set
    if len(short.words) >= 0.7 * len(long_.words) and len(wa & wb) >= 0.7 * len(wa | wb):
        return True
    return near and _near(short.words, long_.words, wb if short is a else wa)


NEAR_WORDS = 8  # a quote at least this long may differ from a run of another by `_edits` words (`_near`)
NEAR_EDITS_EVERY = 20  # one more word edited for each this many words of the shorter quote


def _edits(n: int) -> int:
    """The words a quote of `n` words may have inserted, dropped or respelt and still be the same report."""
    return 0 if n < NEAR_WORDS else 1 + n // NEAR_EDITS_EVERY


def _near(short: list[str], long_: list[str], long_set: set[str] | None = None) -> bool:
    """Is `short` a run of `long_`'s words with at most `_edits` words inserted, dropped or respelt, none
    of them a negation or a number?

    Why: a reprint of a wire puts a word in or takes one out ("A quota that nobody has to respect" and
    "A quota nobody has to respect"), which the 8-word runs of a quote of 10 words cannot survive (one
    word is in every run). Only for quotes of NEAR_WORDS words or more, of one named speaker (`_home`),
    and still split by their dates (`by_occasion`): a few words are too few to tell an edit from other
    words. A word put in its place must be spelt alike (`_respelt`: "quota"/"quotas"), not another word:
    "we will raise the tariff…" is not "we will cut the tariff…". A negation or number in an edit keeps
    the two apart ("not", "20"/"25")."""
    budget = _edits(len(short))
    if not budget or len(long_) < len(short) - budget:
        return False
    have = long_set if long_set is not None else set(long_)
    if sum(w not in have for w in short) > budget:
        return False  # (most pairs: more words of one nowhere in the other)
    first = short[0]
    return any(_run_from(short, 0, long_, i, budget) for i, w in enumerate(long_) if w == first)


def _run_from(s: list[str], si: int, long_: list[str], li: int, budget: int) -> bool:
    """`_near`'s alignment: `s[si:]` against `long_[li:]`, with `budget` edits left."""
    n, m = len(s), len(long_)
    while si < n and li < m and s[si] == long_[li]:
        si += 1
        li += 1
    if si == n:
        return True  # (what `long_` has after it is a cut, as a truncation's)
    if not budget:
        return False
    marker = _marker_words()  # (an edit of a negation or a number is another claim)
    if li < m and not marker[long_[li]]:
        if not marker[s[si]] and _respelt(s[si], long_[li]) and _run_from(s, si + 1, long_, li + 1, budget - 1):
            return True
        if _run_from(s, si, long_, li + 1, budget - 1):
            return True  # a word `long_` has where `s` has none
    return not marker[s[si]] and _run_from(s, si + 1, long_, li, budget - 1)  # a word `s` has, `long_` not


def _respelt(a: str, b: str) -> bool:
    """The same word in another form ("quota"/"quotas", "steelworker"/"steelworkers"): a common start
    of at least four letters, the rest at most three letters on either side."""
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return k >= 4 and max(len(a), len(b)) - k <= 3


NEGATION_REACH = 3  # a negation this close before the words two quotes share governs them


def _markers(words: Sequence[str]) -> list[str]:
    """The words that decide what a claim says beyond its wording, in order: its negations and numbers."""
    return [words[i] for i in _marker_places(words)]


def _marker_places(words: Sequence[str]) -> list[int]:
    """Where `_markers`' words stand in `words`: each distinct word looked at once (`_MarkerWords`),
    then looked up in C; a Python test of every word of every text was a fifth of merging's time."""
    table = _marker_words()
    return list(itertools.compress(itertools.count(), map(table.__getitem__, words)))


class _MarkerWords(dict[str, bool]):
    """Whether a word is a negation or a number (a number word, or digits among other characters),
    worked out the first time it is asked for: a corpus has a few thousand distinct words."""

    def __init__(self, negations: frozenset[str], numbers: frozenset[str]) -> None:
        super().__init__()
        self.negations, self.numbers = negations, numbers

    def __missing__(self, w: str) -> bool:
        self[w] = marker = (w in self.negations or w in self.numbers
                            or (not w.isalpha() and any(map(str.isdigit, w))))
        return marker


_MARKER_WORDS: list[_MarkerWords] = []  # the table of the polarity words in use (one; another list: another table)


def _marker_words() -> _MarkerWords:
    pw = polarity_words()
    if not _MARKER_WORDS or _MARKER_WORDS[0].negations is not pw.negations \
            or _MARKER_WORDS[0].numbers is not pw.numbers:
        _MARKER_WORDS[:] = [_MarkerWords(pw.negations, pw.numbers)]
    return _MARKER_WORDS[0]


def _claim_possible(a: _Words, b: _Words) -> bool:
    """False only where `_claim_kept(a.words, b.words)` is False (both non-empty), known from where the
    two quotes' negations and numbers stand, without aligning their words (difflib).

    Why: `_claim_kept` lets a marker (a negation or a number) stand outside the words its alignment
    matches in both only in a cut off the head (the first opcode, a pure delete or insert, after which
    a matched block starts at the other quote's first word) or off the tail (the last opcode, after a
    matched block that ends at the other's last word); every other marker is matched with the same word
    in the other quote. A cut off `a`'s head ends at the latest place of `b`'s first word in `a` after its
    first word, a cut off its tail starts after the earliest place of `b`'s last word before its last
    word. So `a`'s markers that stand between those places are all among `b`'s (as a multiset), and the
    same the other way round; where not, the claim is not kept, whatever the alignment."""
    return _uncut_among(a, b) and _uncut_among(b, a)


def _uncut_among(x: _Words, y: _Words) -> bool:
    """Are the markers of `x` that no cut against `y` can reach all among `y`'s markers
    (`_claim_possible`)?"""
    places = x.places
    if not places:
        return True
    w = x.words
    # (the words' list, not their set: no set kept for every first report, `_Words.compact`; one search
    # each, the word mostly there)
    try:
        head = len(w) - 1 - w[::-1].index(y.words[0])  # a cut off the head ends here at most
    except ValueError:
        head = 0
    try:
        tail = w.index(y.words[-1]) + 1  # a cut off the tail starts here at least
    except ValueError:
        tail = len(w)
    # `places` ascend: the markers between the cuts are a slice of them
    inner = x.markers[bisect_left(places, head):bisect_left(places, tail)]
    if not inner:
        return True
    among = y.markers
    if not set(among).issuperset(inner):
        return False  # the common case: a count the other quote has nowhere
    rest = list(among)
    for m in inner:  # as a multiset: each of `y`'s markers stands for one of `x`'s
        if m not in rest:
            return False
        rest.remove(m)
    return True


def one_claim(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two nearly identical quotes (normalised words) make the same claim?

    Not when a negation or a number stands in one where the other has another word or none:
    "we cut it by 40% in two years" is not "we did not cut it…", nor "…by 15%…", nor "…in
    three years", however many words they share. An outlet trimming a clause off either end
    keeps the claim ("…in two years, not three" and "…in two years"), unless the words trimmed
    off the front end in a negation that governs what follows ("we did not | cut it…").
    """
    if _markers(a) == _markers(b):
        return True  # the common case: every reprint carries the same negations and numbers
    return _claim_kept(a, b)


def _claim_kept(a: Sequence[str], b: Sequence[str]) -> bool:
    """`one_claim` of two quotes whose negations and numbers differ (`_same` knows that from the
    markers it keeps for each text, and does not work them out again)."""
    negations = polarity_words().negations
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" or not _markers([*a[i1:i2], *b[j1:j2]]):
            continue
        trimmed = a[i1:i2] or b[j1:j2]
        if i1 == i2 or j1 == j2:
            if i2 == len(a) and j2 == len(b):
                continue  # a tail cut off: the words both carry say the same
            if i1 == 0 and j1 == 0 and negations.isdisjoint(trimmed[-NEGATION_REACH:]):
                continue  # a head cut off that negates nothing left
        return False
    return True


def _inside(part: list[str], whole: list[str]) -> bool:
    """Do `part`'s words occur in `whole` as one run, in order?"""
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1) if whole[i] == part[0])


def _best(hits: Counter[str], order: dict[str, int], n: int = 5) -> list[str]:
    """The `n` roots sharing most runs, earliest first among equals: the same as
    `heapq.nsmallest(n, hits, key=lambda r: (-hits[r], order[r]))`, as two sorts with C-level
    keys (a stock phrase can bring hundreds of roots; a Python key per root was most of `_best`):
    by order, then by count, highest first, which keeps equal counts in order (sorts are stable); of
    the roots counted at least as often as the n-th most counted only (no other can be among the
    first n: a third of `_best`'s time went to sorting roots far down the list)."""
    if len(hits) > n:
        least = sorted(hits.values(), reverse=True)[n - 1]
        ranked = list(itertools.compress(hits, map(least.__le__, hits.values())))  # (count >= least, in C)
    else:
        ranked = list(hits)
    ranked.sort(key=order.__getitem__)
    ranked.sort(key=hits.__getitem__, reverse=True)
    return ranked[:n]


def _days(d: PartialDate) -> tuple[date, date]:
    """The first and last calendar day a date can mean: `2023-06` is 1–30 June 2023."""
    first = d.first_day()
    if d.day is not None:
        return first, first
    if d.month is not None:
        return first, date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return first, date(d.year, 12, 31)


def same_occasion(a: DateInfo | None, b: DateInfo | None) -> bool:
    """Whether two reports of the same words can be of one occasion: their statement dates agree
    within the dates' precision (`2023-06` and `2023-06-22` agree; a range agrees with every day of
    it), give or take OCCASION_SLACK days (wire copy reprinted days later, dated by its reprint).

    Politicians repeat their lines on purpose: the same words said again years later are a second
    statement — the position held — not another outlet's report of the first (a merge by words alone
    pooled a campaign line's 26 occasions into one statement at its first date). A date of low
    confidence is a guess (mostly the report's publication date, nothing saying when): it says only
    that the words were said by then, so it agrees with any date up to its own — a weekly re-quoting
    old words without a date stays with the statement it repeats. An unknown date (None) agrees with any."""
    a_lo, a_hi = _occasion_days(a)
    b_lo, b_hi = _occasion_days(b)
    return a_lo <= b_hi and b_lo <= a_hi


_ANY_DAY = (0, date.max.toordinal() + OCCASION_SLACK)  # an unknown date: agrees with every other


def _occasion_days(d: DateInfo | None) -> tuple[int, int]:
    """`same_occasion`'s interval of a statement date as day numbers (`date.toordinal`): its first
    possible day less OCCASION_SLACK (for a date of low confidence, the first day there is) and its
    last. Two dates agree when their intervals overlap. Numbers, so that `by_occasion` works out
    each quote's once and compares integers (it compares ~137,000 pairs at 1000 articles)."""
    if d is None:
        return _ANY_DAY
    last = _days(d.end or d.date)[1].toordinal()
    if d.confidence == "low":
        return date.min.toordinal(), last
    return _days(d.date)[0].toordinal() - OCCASION_SLACK, last


def by_occasion(groups: dict[str, list[str]], said: Callable[[str], DateInfo | None], words: Callable[[str], str],
                order: dict[str, int], who: Callable[[str], tuple[str, bool]] | None = None
                ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """`merge_statements`' groups of the same words split into one statement per occasion, and
    per statement the others of the same words (said again), earliest said first.

    In report order each report joins the first occasion whose first report's date agrees with
    its own (`same_occasion`), else it starts one — when its words are the statement's own words
    (`normalise`d alike): the speaker said the line again. A report merged for other words (a
    longer quote holding the line, "…, I said that in 2022, and the world has changed since") is
    recalling it, not saying it again: it stays with the statement it quotes, as the merge put it.
    Compared with an occasion's first report only, as the merge compares words, so a chain of
    dates a few days apart cannot stretch one occasion over months. Kept apart from the merge by
    words (and its record, `merge_again`): a re-dated quote changes its statement without a
    word-merge decision changing. `words(quote id)`: its `normalise`d words (the merge's record has them).
    `who(quote id)`: its speaker and whether it is a fragment; given, a statement of a few words held
    word for word in a longer report of its speaker and occasion joins that statement (`_held`), and
    the words said again chain through the statement that holds them."""
    out: dict[str, list[str]] = {}
    chains: list[list[str]] = []  # per group of the same words said on several occasions, each one's first report
    family: dict[str, str] = {}  # an occasion's first report → its group's (when the group has several)
    for root, ids in groups.items():
        if len(ids) == 1:
            out[root] = ids
            continue
        parts: list[list[str]] = []
        spans: list[tuple[int, int]] = []  # each part's first report's `_occasion_days`
        own = words(root)
        for qid in ids:
            lo, hi = _occasion_days(said(qid))
            for part, (first, last) in zip(parts, spans, strict=True):
                if first <= hi and lo <= last:  # `same_occasion` of the part's first report and this one
                    part.append(qid)
                    break
            else:
                if parts and _recalls(words(qid), own):
                    parts[0].append(qid)
                else:
                    parts.append([qid])
                    spans.append((lo, hi))
        for part in parts:
            out[part[0]] = part
        if len(parts) > 1:
            chains.append([p[0] for p in parts])
            family.update((p[0], root) for p in parts)
    renamed: dict[str, str] = {}
    if who is not None:
        out, renamed, repeats = _join_held(out, family, said, words, who, order)
    else:
        repeats = {}
    again: dict[str, list[str]] = {}
    for chain in chains:
        firsts = sorted(dict.fromkeys(renamed.get(r, r) for r in chain), key=lambda r: (_when(said(r)), order[r]))
        for i, r in enumerate(firsts):  # the occasions just before and after: a chain, not every pair
            near = firsts[max(0, i - 1):i] + firsts[i + 1:i + 2]
            # (a statement holding another's words is in that one's chain too: both chains' neighbours)
            again[r] = sorted(dict.fromkeys([*again[r], *near]), key=lambda o: (_when(said(o)), order[o])) \
                if r in again else near
    for r, others in repeats.items():  # a line held by statements of other occasions (`_repeats`): both ways
        for a, b in ((r, o) for o in others):
            for x, y in ((a, b), (b, a)):
                again[x] = sorted(dict.fromkeys([*again.get(x, ()), y]), key=lambda o: (_when(said(o)), order[o]))
    return out, again


# A whole quote of at least this many words and fewer than SHINGLE can be held in a longer report
# (`_held`): "We will see." on the day of an answer that ends with it; "No." or "Not now." could be any answer
HELD_WORDS = 3
_BUCKET = 32  # days a bucket of `_held`'s index of statements by date: a firm date spans at most three of them
FIRM_SPAN = 31 + OCCASION_SLACK  # the most days a firm date spans (`_firm_days`): a month's, give or take the slack


def _firm_days(d: DateInfo | None) -> tuple[int, int] | None:
    """`_occasion_days` of a date that names its occasion to the month at least, surely enough to be
    compared: not one of low confidence (a guess: "by then"), not a year alone nor a span of months.
    None for any other, which no statement of a few words is joined by (`_held`)."""
    if d is None or d.confidence == "low" or d.date.month is None or (d.end is not None and d.end.month is None):
        return None
    lo, hi = _occasion_days(d)
    return (lo, hi) if hi - lo <= FIRM_SPAN else None


WIDE_WORDS = 4  # a whole quote dated only to its year (or a guess) joins a statement holding it from this many words
WIDE_SPAN = 366 + OCCASION_SLACK  # the most days such a date may span (`_wide_days`): a year's


def _wide_days(d: DateInfo | None) -> tuple[int, int] | None:
    """The days a date that is not firm (`_firm_days`) names itself, when they are a year at most: "2023"
    of an op-ed's "three years ago I said…", a low-confidence guess of a month. Not "by then" back to the
    first day there is, as `same_occasion` reads a guess: `_held` joins a re-quote to the one statement of
    its speaker that holds its words among those whose firm date lies inside these days (an op-ed of 2026
    quoting "Relocation must be mandatory." of 14 March 2023 as said "three years ago"), and none when
    the year holds two (or none: a date of 2024 never reaches a statement of 2023)."""
    if d is None:
        return None
    lo, hi = _days(d.date)[0].toordinal() - OCCASION_SLACK, _days(d.end or d.date)[1].toordinal()
    return (lo, hi) if hi - lo <= WIDE_SPAN else None


def _held(parts: dict[str, list[str]], family: dict[str, str], said: Callable[[str], DateInfo | None],
          words: Callable[[str], str], who: Callable[[str], tuple[str, bool]],
          order: dict[str, int]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The statements (their first reports) of a few words that another statement holds, each with the
    first report of the one it joins; and those of a line held by statements of other occasions, each
    with those (`_repeats`).

    The merge by words joins no whole quote of fewer than SHINGLE words to another (a few words are
    too few to tell a report of a statement from other words that happen to be alike), and finds a
    short first report from a longer report only when that report's sampled runs hold one of its runs:
    an answer reported whole and one sentence of it re-quoted ("In April he had told traders: “…”")
    were two statements, or one, by the order they were reported in. Here words are not alone: a
    statement of fewer than SHINGLE words (every report of it; a whole quote of at least HELD_WORDS, a
    fragment of at least PARTIAL_WORDS) joins the statement of the same known speaker whose date agrees
    with its own surely (`_firm_days`: a month and a day of it, or days within the slack), or a whole quote of
    WIDE_WORDS words or more dated only by its year, a month or a guess whose days hold the statement's
    firm date (`_wide_days`; never no date) and one of whose longer reports holds its words as a run
    making the same claim (`one_claim`: not "I never said we will close the depot"). Whichever was
    reported first: the statements are the merge's, every one compared. Held by two statements of its
    occasion (two answers of one press conference ending "We will see."), it joins neither: which one
    it reports is not in the words. Nor does it join a statement holding another occasion of its own
    words (`family`): two occasions stay two. The longest first, so that one held in a statement of a
    few words that joins a longer one is held in that one."""
    dated: dict[int, tuple[int, int] | None] = {}  # `_firm_days` by date object (an article's quotes share theirs)

    def firm_days(d: DateInfo | None) -> tuple[int, int] | None:
        key = id(d)
        return dated[key] if key in dated else dated.setdefault(key, _firm_days(d))
    own_days: dict[str, tuple[int, int]] = {}  # each short statement's days: firm, or wide (`_wide_days`)
    short: list[tuple[int, int, str]] = []  # (-its longest report's words, report order, first report)
    # the statements of fewer than SHINGLE words, picked out in C (most are longer: at 4000 articles of the
    # bench corpus, all 18,000); their spaces counted again below for the few
    few = itertools.compress(parts, map(_FEW.__gt__, map(str.count, map(words, parts), _SPACE_CHAR)))
    for root in few:
        ids = parts[root]
        n = words(root).count(" ") + 1
        speaker, partial = who(root)
        if speaker == "unknown" or n < (PARTIAL_WORDS if partial else HELD_WORDS):
            continue
        longest = max(words(q).count(" ") + 1 for q in ids) if len(ids) > 1 else n
        if longest >= SHINGLE:
            continue
        days = firm_days(said(root))
        if days is None and n >= (PARTIAL_WORDS if partial else WIDE_WORDS):
            days = _wide_days(said(root))
        if days is not None:
            own_days[root] = days
            short.append((-longest, order[root], root))
    if not short:
        return {}, {}
    speakers = {who(root)[0] for _, _, root in short}
    firm: dict[str, tuple[int, int]] = {}
    index: dict[tuple[str, int], list[str]] = defaultdict(list)  # (speaker, bucket of days) → statements
    for root in parts:
        speaker = who(root)[0]
        if speaker in speakers and (days := firm_days(said(root))) is not None:
            firm[root] = days
            for bucket in range(days[0] // _BUCKET, days[1] // _BUCKET + 1):
                index[(speaker, bucket)].append(root)
    hay: dict[tuple[str, int], tuple[str, list[int], list[str]]] = {}
    joined: dict[str, str] = {}

    def haystack(key: tuple[str, int]) -> tuple[str, list[int], list[str]]:
        """The distinct words of every report of a bucket's statements, each " words " on a line of one
        text (a short statement's words are looked for in C, not in each candidate's reports in turn:
        a speaker's month holds hundreds of statements), where each line starts, and whose it is."""
        if key not in hay:
            lines: list[str] = []
            owners: list[str] = []
            for other in index[key]:
                seen = dict.fromkeys(map(words, parts[other]))
                lines += seen
                owners += itertools.repeat(other, len(seen))
            starts = list(itertools.accumulate((len(line) + 3 for line in lines), initial=0))
            hay[key] = ("".join(f" {line} \n" for line in lines), starts, owners)
        return hay[key]

    def final(root: str) -> str:
        while root in joined:
            root = joined[root]
        return root
    families: dict[str, set[str]] = {}  # per statement the groups of the same words it holds an occasion of
    negations = polarity_words().negations
    for _, _, root in sorted(short):
        speaker = who(root)[0]
        mine = words(root)
        needle = f" {mine} "
        lo, hi = own_days[root]
        n = mine.count(" ") + 1
        holders: set[str] = set()
        for bucket in range(lo // _BUCKET, hi // _BUCKET + 1):
            if (speaker, bucket) not in index:
                continue
            text, starts, owners = haystack((speaker, bucket))
            at = text.find(needle)
            while at >= 0 and len(holders) < 2:  # (two: it joins neither)
                line = bisect_right(starts, at) - 1
                other = owners[line]
                first, last = firm[other]
                start = starts[line]
                # the same claim (`one_claim` of a run inside another: what is cut off its tail never
                # matters, what is cut off its head when no negation ends it): "I never said | we will …"
                if (first <= hi and lo <= last and (into := final(other)) != root
                        and text.count(" ", start, starts[line + 1]) - 1 > n
                        and negations.isdisjoint(text[start:at].split()[-NEGATION_REACH:])):
                    holders.add(into)
                at = text.find(needle, at + 1)
        if len(holders) != 1:
            continue
        into = holders.pop()
        mine_families = families.get(root, {family.get(root, root)})
        theirs = families.setdefault(into, {family.get(into, into)})
        if not mine_families.isdisjoint(theirs):
            continue
        joined[root] = into
        theirs |= mine_families
    return {root: final(root) for root in joined}, _repeats(short, joined, firm, parts, words, who, final)


def _repeats(short: list[tuple[int, int, str]], joined: dict[str, str], firm: dict[str, tuple[int, int]],
             parts: dict[str, list[str]], words: Callable[[str], str], who: Callable[[str], tuple[str, bool]],
             final: Callable[[str], str]) -> dict[str, list[str]]:
    """Per statement of a few words (at least LINE_WORDS, a whole quote, a firm date) that no statement of
    its occasion holds, the statements of its speaker on other occasions whose longer reports hold its words
    (the first of them, where the line was first said, the latest before it and the earliest after): the
    line said again, as the merge links a line of 8
    words or more that it groups by words ("Solidarity cannot be à la carte," said alone in a speech a year
    after the press release that ended with it). A link, never a merge: two occasions stay two."""
    lines = [root for _, _, root in short if root not in joined and root in firm and not who(root)[1]
             and words(root).count(" ") + 1 >= LINE_WORDS]
    if not lines:
        return {}
    negations = polarity_words().negations
    texts: dict[str, tuple[str, list[int], list[str]]] = {}
    out: dict[str, list[str]] = {}
    for root in lines:
        speaker = who(root)[0]
        if speaker not in texts:  # every report of the speaker's statements of firm date, one text
            owners: list[str] = []
            held: list[str] = []
            for other, days in firm.items():
                if who(other)[0] == speaker and days:
                    seen = dict.fromkeys(map(words, parts[other]))
                    held += seen
                    owners += itertools.repeat(other, len(seen))
            starts = list(itertools.accumulate((len(line) + 3 for line in held), initial=0))
            texts[speaker] = ("".join(f" {line} \n" for line in held), starts, owners)
        text, starts, owners = texts[speaker]
        mine = words(root)
        needle, n = f" {mine} ", mine.count(" ") + 1
        lo, hi = firm[root]
        me = final(root)
        before: tuple[int, str] | None = None
        after: tuple[int, str] | None = None
        origin: tuple[int, str] | None = None  # the earliest occasion of the line, where it was first said
        at = text.find(needle)
        while at >= 0:
            line = bisect_right(starts, at) - 1
            other = owners[line]
            first, last = firm[other]
            start = starts[line]
            if ((last < lo or hi < first) and (into := final(other)) != me
                    and text.count(" ", start, starts[line + 1]) - 1 > n
                    and negations.isdisjoint(text[start:at].split()[-NEGATION_REACH:])):
                if last < lo and (origin is None or first < origin[0]):
                    origin = (first, into)
                if last < lo and (before is None or first > before[0]):
                    before = (first, into)
                elif hi < first and (after is None or first < after[0]):
                    after = (first, into)
            at = text.find(needle, at + 1)
        found = list(dict.fromkeys(pair[1] for pair in (origin, before, after) if pair is not None))
        if found:
            out[me] = found
    return out


_FEW = SHINGLE - 1  # spaces in the words of a statement `_held` may join (fewer than SHINGLE words)
_SPACE_CHAR = itertools.repeat(" ")


def _join_held(parts: dict[str, list[str]], family: dict[str, str], said: Callable[[str], DateInfo | None],
               words: Callable[[str], str], who: Callable[[str], tuple[str, bool]],
               order: dict[str, int]) -> tuple[dict[str, list[str]], dict[str, str], dict[str, list[str]]]:
    """`parts` with each statement `_held` finds joined to the one that holds it (its reports in report
    order, the earliest its first report), the first report each joined statement had before, by the
    one it has now, and the lines said again that `_held` found (`_repeats`, by the first reports they
    have now). Nothing joined: `parts` as they are."""
    joined, repeats = _held(parts, family, said, words, who, order)
    if not joined:
        return parts, {}, repeats
    into: dict[str, list[str]] = defaultdict(list)
    for root, to in joined.items():
        into[to].append(root)
    out: dict[str, list[str]] = {}
    renamed: dict[str, str] = {}
    for root, ids in parts.items():
        if root in joined:
            continue
        if root in into:
            ids = sorted(itertools.chain(ids, *map(parts.__getitem__, into[root])), key=order.__getitem__)
            for was in (root, *into[root]):
                renamed[was] = ids[0]
        out[ids[0]] = ids
    return out, renamed, {renamed.get(r, r): [renamed.get(o, o) for o in others] for r, others in repeats.items()}


# A report holding at least this many of a statement's words, and nothing else, is the line itself:
# said again on another occasion when its date says so, not a fragment recalled ("will go ahead")
LINE_WORDS = 6


def _recalls(mine: str, own: str) -> bool:
    """Does a report whose date agrees with no occasion of its statement recall it rather than say it
    again? Yes when its words are not the statement's own: a longer quote holding the line ("…, I
    said that in 2022") or a short fragment of it. A report that is the line alone, or a whole run
    of its words (the pledge's sentence without the "That is my word to this harbour" the first report
    printed after it), is the speaker saying it again: a campaign rally two years on repeating a
    launch's pledge is its own statement, linked as said again (ux36 #19); so is the line with a word put
    in or left out (`_near`)."""
    if mine == own:
        return False
    if len(mine.split()) < LINE_WORDS:
        return True
    if f" {mine} " in f" {own} ":
        return False
    # the line with a word or two edited (`_near`, as a reprint's), neither longer nor shorter than that: said again
    a, b = mine.split(), own.split()
    return abs(len(a) - len(b)) > _edits(min(len(a), len(b))) or not (_near(a, b) if len(a) <= len(b) else _near(b, a))


def _when(d: DateInfo | None) -> tuple[int, int, int]:
    return (0, 0, 0) if d is None else d.date.sort_key()


def merge_statements(quotes: Sequence[Quote], order: dict[str, int],
                     record: MergeRecord | None = None) -> dict[str, list[str]]:
    """Group quotes that are the same words (see `same_words`), earliest report first.

    Quotes are taken in timeline order; each joins the first existing statement whose
    *first report* it matches, else starts a statement. Comparing with the first report
    only (not with every member) keeps a long quote that strings several sentences
    together from chaining unrelated statements into one. Candidates come from an index
    of the first reports' 4-word runs (the five sharing most runs are compared), never
    all pairs. Same speaker (or unknown) only. A short term (`topics.short_term`) stays alone.
    `record`: filled with every decision and the final index, for the next build's `merge_again`
    (with the first reports each full run's list did not take, `MergeRecord.over`).
    """
    groups: dict[str, list[str]] = {}
    words: dict[str, _Words] = {}
    speaker: dict[str, str] = {}
    by_run: dict[str, list[str]] = defaultdict(list)
    over: dict[str, list[str]] | None = defaultdict(list) if record is not None else None
    exact: dict[tuple[str, str], str] = {}  # (speaker, normalised text) → statement, the common case
    # each (speaker, words) once, for the record's keys: the same words come back from outlet after
    # outlet (129,000 quotes, 38,000 texts at 10,000 articles: ~25 MB of copies held and pickled)
    one_key: dict[tuple[str, str], tuple[str, str]] = {}
    # the statement that the last quote of these words (and partial flag) joined, how long the lists of the
    # runs it looked up were then, and in how many of them that statement stands: the index only grows, so
    # while the lists are as long, so are its candidates and the answer (outlets reprint the same words; a
    # fifth of the quotes are such repeats); once they grew, the answer stands unless a first report added
    # since is counted more often (`_outranked`): a third of the rankings at 4000 articles were such repeats
    joined: dict[tuple[str, str], tuple[bool, str, tuple[int, ...], int]] = {}
    taken = sorted(quotes, key=lambda q: order[q.id])
    for q in taken:
        if short_term(q.text, q.partial):
            groups[q.id] = [q.id]  # the same word in two outlets is not the same statement
            continue
        w, sample, norm = _profile(q.text)
        key = (q.speaker, norm)
        key = one_key.setdefault(key, key)
        if record is not None:
            record.keys[q.id], record.samples[q.id] = key, sample
        home = exact.get(key)  # (`_home`'s first answer: then neither the index nor `joined` is read)
        if home is not None:
            groups[home].append(q.id)
            continue
        lists = list(map(by_run.get, sample, _NONE))  # (each run's list, or `()`: looked up in C)
        lens = tuple(map(len, lists))
        was = joined.get(key)
        mine: _Words | None = None
        if (was is not None and was[0] == q.partial
                and (was[2] == lens or not _outranked(was[3], was[2], lens, lists))):
            home = was[1]
            if was[2] != lens:
                joined[key] = (q.partial, was[1], lens, was[3])
        else:
            mine = _Words(w, q.partial)
            home = _home(q.speaker, mine, lists, None, words.__getitem__, speaker.__getitem__, order)
            if home is not None:
                joined[key] = (q.partial, home, lens, sum(home in roots for roots in lists))
        if home is not None:
            groups[home].append(q.id)
            continue
        groups[q.id] = [q.id]
        exact[key] = q.id
        words[q.id], speaker[q.id] = (mine or _Words(w, q.partial)).compact(), q.speaker
        # each of its runs' lists not full yet (`STOCK_PHRASE`) given this first report, in C
        runs = _runs(w)
        own = list(map(by_run.__getitem__, runs))
        fits = list(map(_NOT_FULL, map(len, own)))
        _consume(map(list.append, itertools.compress(own, fits), itertools.repeat(q.id)))
        if over is not None and not all(fits):  # the full lists' first reports beyond them, for `merge_again`
            _consume(map(list.append, map(over.__getitem__, itertools.compress(runs, map(not_, fits))),
                         itertools.repeat(q.id)))
    if record is not None:
        # the first reports' word runs and sets (compared only during the loop) let go first: the
        # record made meanwhile is linking's peak
        record.roots = set(words)
        words.clear()
        record.seq = list(map(_ID, taken))
        sigs: dict[tuple[str, str, bool], tuple[str, str, bool]] = {}  # the same words from outlet after outlet
        made = list(map(_SIG, taken))
        record.sig = dict(zip(record.seq, map(sigs.setdefault, made, made), strict=True))
        record.home = {qid: root for root, ids in groups.items() for qid in ids}
        record.by_run, record.exact = dict(by_run), exact
        record.over = dict(over) if over is not None else {}
    return groups


_ID = attrgetter("id")
_SIG = attrgetter("text", "speaker", "partial")  # what a merge decision reads of a quote (`MergeRecord.sig`)
_NONE = itertools.repeat(())  # `merge_statements`' default for a run no first report has
_NOT_FULL = STOCK_PHRASE.__gt__  # a list of the index that takes another first report (`merge_statements`)
_consume = deque[None](maxlen=0).extend  # runs an iterator (of `list.append`'s Nones) to its end, in C


def _outranked(count: int, before: tuple[int, ...], lens: tuple[int, ...], lists: Sequence[Sequence[str]]) -> bool:
    """Whether a first report added to `lists` since they were `before` long is in more of them than
    `count`, the number the statement a quote joined then is in. Nothing else can change `_home`'s answer
    for the same words: the lists only grow at their end, so every older first report is in as many as
    then and ranks as it did, and one added since comes later in report order, so it ranks before that
    statement only if it is counted more often."""
    added = Counter(itertools.chain.from_iterable(
        roots[n:] for roots, n, now in zip(lists, before, lens, strict=True) if now > n))
    return bool(added) and max(added.values()) > count


def _home(who: str, mine: _Words, lists: Iterable[Sequence[str]], exact: str | None,
          words: Callable[[str], _Words], speaker: Callable[[str], str], order: dict[str, int]) -> str | None:
    """The statement a quote joins, given what the index holds at its turn (None: it starts one):
    `lists`, the first reports holding each of its sampled runs. The one decision of `merge_statements`,
    shared with `merge_again` so the two cannot differ."""
    if exact is not None:
        return exact
    hits = Counter(itertools.chain.from_iterable(lists))  # counted in C, in one call: most of a large build's linking
    for root in _best(hits, order):
        if speaker(root) != who and "unknown" not in (speaker(root), who):
            continue
        if _same(words(root), mine, who != "unknown" and speaker(root) == who):
            return root
    return None


@dataclass
class MergeRecord:
    """What `merge_statements` decided, so that the next build (`merge_again`) decides again
    only the quotes whose inputs could have changed."""

    seq: list[str] = field(default_factory=list)  # quote ids in the order they were taken
    sig: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # what a decision reads of a quote
    home: dict[str, str] = field(default_factory=dict)  # quote → first report of its statement (itself: a root)
    roots: set[str] = field(default_factory=set)  # quotes that started a statement (short terms excluded)
    keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # (speaker, normalised words); no short terms
    samples: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the runs each quote looked up
    by_run: dict[str, list[str]] = field(default_factory=dict)  # the index as the last quote left it
    # each full list's (`STOCK_PHRASE`) first reports beyond it, in order: the run's whole list is
    # `by_run` + `over`, so `merge_again` knows which first report takes the place of one that went
    over: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[tuple[str, str], str] = field(default_factory=dict)
    # Neither stored with it: what `merge_again` changed of the record it started from (a `Delta` of the
    # fields but `seq`, roots as a dict of their ids; `apply_record_delta`), and what the record read was
    # made of (`buildcache.write_merge`: the stamp of the whole record stored and the changes applied to it)
    patch: Delta | None = field(default=None, compare=False, repr=False)
    read: tuple[str, Delta] | None = field(default=None, compare=False, repr=False)


RECORD_FIELDS = ("sig", "home", "keys", "samples", "by_run", "over", "exact", "roots")


def apply_record_delta(record: MergeRecord, change: Delta, seq: list[str]) -> None:
    """`record` changed in place as `change` says, its quotes in the order `seq` (`MergeRecord.patch`)."""
    for name in RECORD_FIELDS:
        set_, gone = change.get(name, ({}, set()))
        if name == "roots":
            record.roots -= gone
            record.roots.update(set_)
            continue
        field_ = getattr(record, name)
        for key in gone:
            field_.pop(key, None)
        field_.update(set_)
    record.seq = seq


class _StartOver(Exception):
    """`merge_again` cannot know the answer from its record: the full merge gives it."""


def merge_again(quotes: Sequence[Quote], order: dict[str, int],
                old: MergeRecord) -> tuple[dict[str, list[str]], MergeRecord]:
    """`merge_statements` of these quotes, exactly, reusing the last build's decisions.

    A decision reads the index (first reports by 4-word run, first reports by exact words) as the
    quotes before it left it. The index differs from the last build's only at the runs and words
    of first reports that are new or gone; a quote whose inputs are unchanged and that looks up
    none of those differs in nothing, so its decision is the recorded one. The others (new or
    edited quotes, and those looking up a changed part) are decided by the same `_home`, on the
    index as it is now: the recorded index with the gone first reports left out and the new ones
    put in, in timeline order (a full run's list that lost a member takes the next of the first
    reports it did not hold, `MergeRecord.over`). Where that is unknowable (unchanged quotes changed
    order), the full merge runs."""
    try:
        return _merge_again(quotes, order, old)
    except _StartOver:
        record = MergeRecord()
        return merge_statements(quotes, order, record), record


def _merge_again(quotes: Sequence[Quote], order: dict[str, int],
                 old: MergeRecord) -> tuple[dict[str, list[str]], MergeRecord]:
    """`merge_again`'s work. Only the quotes from the first change on are looked at, and of those only
    the changed ones and those whose lists of the index a change reaches (`seen_runs`) are decided: every
    other entry of the new record is the old record's, copied whole (a rebuild after one edit looked at
    each of ~10,000 quotes at 1000 articles, and built each one's entries again, to keep all but a few). An
    unchanged quote the last build took as a short term (`topics.short_term`, a pure function of its
    text and partial flag) is the one with no key in the record."""
    taken = sorted(quotes, key=lambda q: order[q.id])
    ids = [q.id for q in taken]
    at = dict(zip(ids, range(len(ids)), strict=True))
    old_sig = old.sig
    kept = {q.id for q in taken if old_sig.get(q.id) == (q.text, q.speaker, q.partial)}
    # unchanged quotes must keep their order (else recorded lists mean nothing)
    if [qid for qid in ids if qid in kept] != [qid for qid in old.seq if qid in kept]:
        raise _StartOver
    was = dict(zip(old.seq, range(len(old.seq)), strict=True))
    gone = old_sig.keys() - kept  # the last build's quotes that are not this build's unchanged ones
    gone_before: dict[int, list[str]] = defaultdict(list)  # first reports of the last build that no longer exist
    seq = old.seq
    for g in sorted(old.roots & gone, key=was.__getitem__):  # each before the next unchanged quote
        j = was[g] + 1
        while j < len(seq) and seq[j] not in kept:
            j += 1
        gone_before[at[seq[j]] if j < len(seq) else len(taken)].append(g)
    changed = [i for i, qid in enumerate(ids) if qid not in kept]
    start = min(changed[:1] + sorted(gone_before)[:1], default=len(taken))

    dirty_runs: set[str] = set()  # the runs whose index changed (the record's lists of them are made again)
    # those of them whose change a later quote's lists can see: a run with STOCK_PHRASE unchanged first reports
    # before its first change has them as its list for every later quote, whatever changes after (the lists
    # hold the first STOCK_PHRASE): a stock phrase's runs, whose change at a first report beyond the cap made
    # each later quote of the phrase decided again for nothing (~600 of a rebuild's ~700 at 1000 articles)
    seen_runs: set[str] = set()
    dirty_keys: set[tuple[str, str]] = set()
    old_keys, old_samples, old_roots = old.keys, old.samples, old.roots
    old_by_run, old_over = old.by_run, old.over
    # the old record's entries of the unchanged quotes; those decided again below are set again
    home, keys, samples, sig = dict(old.home), dict(old_keys), dict(old_samples), dict(old_sig)
    for qid in gone:
        del home[qid], sig[qid]
        keys.pop(qid, None)
        samples.pop(qid, None)
    roots = old_roots & kept
    lost: set[str] = set()  # unchanged first reports decided again into another statement
    decided: list[str] = []  # the quotes decided here (the others' entries are the old record's)
    now = start  # the place in `taken` being decided: a first report counts from its own place on
    fresh_runs: dict[str, list[str]] = defaultdict(list)  # run → new first reports holding it, in order
    fresh_exact: dict[tuple[str, str], str] = {}
    texts = {q.id: q for q in taken}
    prepared: dict[str, _Words] = {}

    def surviving(r: str) -> bool:
        """An unchanged first report taken before `now` and still one (what the index holds of the old)."""
        return r in kept and r in old_roots and at[r] < now and r not in lost

    def mark(text: str, key: tuple[str, str]) -> None:
        """The index changes at `now` for the runs of `text` and its exact words `key`."""
        for run in _runs(_profile(text)[0]):
            if run not in dirty_runs:  # its first change: the first reports before `now` are all decided
                dirty_runs.add(run)
                recorded = itertools.chain(old_by_run.get(run, ()), old_over.get(run, ()))
                if len(list(itertools.islice(filter(surviving, recorded), STOCK_PHRASE))) < STOCK_PHRASE:
                    seen_runs.add(run)
        dirty_keys.add(key)

    def whole(run: str, cap: int | None) -> list[str]:
        """The first reports holding `run` in the index now, in timeline order, the first `cap` of them.
        The recorded ones (its list and those beyond it) are in the order they are taken now: unchanged
        quotes kept their order."""
        recorded = itertools.chain(old_by_run.get(run, ()), old_over.get(run, ()))
        fresh = fresh_runs.get(run)
        if not fresh:
            return list(itertools.islice(filter(surviving, recorded), cap))
        return sorted(list(itertools.islice(filter(surviving, recorded), cap)) + fresh, key=at.__getitem__)[:cap]

    def lists(run: str) -> list[str]:
        return whole(run, STOCK_PHRASE)

    def words_of(root: str) -> _Words:
        if root not in prepared:
            prepared[root] = _Words(_profile(texts[root].text)[0], texts[root].partial)
        return prepared[root]

    for now in range(start, len(taken)):
        q = taken[now]
        qid = q.id
        for g in gone_before.get(now, ()):
            mark(old_sig[g][0], old_keys[g])
        if qid in kept:
            key = old_keys.get(qid)
            if key is None or (key not in dirty_keys and seen_runs.isdisjoint(old_samples[qid])):
                continue  # a short term, or a decision that reads nothing changed: as recorded
            decided.append(qid)
        else:
            decided.append(qid)
            sig[qid] = (q.text, q.speaker, q.partial)
            if short_term(q.text, q.partial):
                home[qid] = qid
                continue
        w, sample, norm = _profile(q.text)
        key = (q.speaker, norm)
        keys[qid], samples[qid] = key, sample
        recorded = old.exact.get(key)
        exact = fresh_exact.get(key) or (recorded if recorded is not None and surviving(recorded) else None)
        mine = prepared.setdefault(qid, _Words(w, q.partial))
        found = _home(q.speaker, mine, map(lists, sample), exact, words_of, lambda r: texts[r].speaker, order)
        was_root = qid in kept and qid in old_roots
        home[qid] = found if found is not None else qid
        if found is None:
            roots.add(qid)
            if not was_root:
                fresh_exact[key] = qid
                for run in _runs(w):
                    fresh_runs[run].append(qid)
                mark(q.text, key)
        elif was_root:
            lost.add(qid)
            roots.discard(qid)
            mark(q.text, key)
    now = len(taken)
    for g in gone_before.get(now, ()):
        mark(old_sig[g][0], old_keys[g])

    record = MergeRecord(seq=ids, sig=sig, home=home, roots=roots, keys=keys, samples=samples)
    record.by_run, record.over = dict(old_by_run), dict(old_over)
    for run in dirty_runs:
        listed = whole(run, None)
        if listed:
            record.by_run[run] = listed[:STOCK_PHRASE]
        else:
            record.by_run.pop(run, None)
        if len(listed) > STOCK_PHRASE:
            record.over[run] = listed[STOCK_PHRASE:]
        else:
            record.over.pop(run, None)
    record.exact = dict(old.exact)
    for key in dirty_keys:
        held = record.exact.get(key)
        if held is None or not surviving(held):
            record.exact.pop(key, None)
    record.exact.update(fresh_exact)
    record.patch = _patch(record, old, decided, gone, dirty_runs, dirty_keys)
    record.read = old.read
    groups: dict[str, list[str]] = {}
    for qid in ids:
        h = home[qid]
        if h == qid:
            groups[h] = [h]
        else:
            groups[h].append(qid)
    return groups, record


def _patch(record: MergeRecord, old: MergeRecord, decided: list[str], gone: set[str], runs: set[str],
           keys: set[tuple[str, str]]) -> Delta:
    """What `_merge_again` changed of `old` to make `record`: the entries of the quotes it decided and of
    those gone, the runs and words it marked (`dirty_runs`, `dirty_keys`; a new first report's are), the
    first reports come and gone."""
    out: Delta = {}
    for name in ("sig", "home", "keys", "samples"):
        now: dict[str, Any] = getattr(record, name)
        out[name] = ({qid: now[qid] for qid in decided if qid in now}, set(gone))
    out["by_run"] = ({run: record.by_run[run] for run in runs if run in record.by_run},
                     {run for run in runs if run not in record.by_run})
    out["over"] = ({run: record.over[run] for run in runs if run in record.over},
                   {run for run in runs if run not in record.over})
    out["exact"] = ({key: record.exact[key] for key in keys if key in record.exact},
                    {key for key in keys if key not in record.exact})
    out["roots"] = (dict.fromkeys(record.roots - old.roots), old.roots - record.roots)
    return out


@dataclass
class LinkMemo:
    """The last build's links and merge decisions (`serve` keeps one in memory, a CLI build in
    `.dateline-cache/`): the same inputs give the recorded links, changed ones a `merge_again`."""

    digest: str = ""
    links: Links | None = None
    record: MergeRecord | None = None
    recall: Callable[[], MergeRecord | None] | None = None  # reads `record` when it is needed (from disk)
    # Writes the memo once linking changed it (a CLI build: to `.dateline-cache/`), where linking ran: a
    # link child writes its decisions itself rather than send them back to be held, written and dropped.
    store: Callable[[LinkMemo], None] | None = None
    # Writes the merge decisions as soon as they are made, before the links (`store` then writes the
    # links alone): a link process holds them neither beside the links nor while it pickles those
    # (the record is ~a third of its memory at 10,000 articles). Any record on disk is a sound start
    # for `merge_again`, whichever links are stored beside it.
    store_record: Callable[[MergeRecord], None] | None = None
    # each quote's topics when `links` were made: with them, `link` makes again only the related lists
    # whose inputs changed (`_links`' `before`); stored beside the links
    topics: dict[str, tuple[str, ...]] | None = None
    # the quotes whose own links differ from the memo's links before this build's `link` (`changed_quotes`),
    # when `link` worked that out; None: not known
    changed: set[str] | None = None
    # `links` packed (`pack`), where they are made once for both the store and the build process (a link
    # process); `link` drops it whenever it sets `links`
    packed: PackedLinks | None = None
    # what `links` and `topics` were made of when read from the store (`buildcache.read_links`): the digest
    # of the whole links stored and the changes from them applied (`Delta`); None: not read from a store
    read: tuple[str, Delta] | None = None
    # set by `link` when it relinked links that were read: the changes from the whole links stored to its
    # links (`compose` of `read`'s and its own), which the store writes rather than all the links while they are few
    change: Delta | None = None

    def stored_since(self, before: str) -> None:
        """`store` this memo if linking changed it since its digest was `before`."""
        if self.store is not None and self.digest != before:
            self.store(self)


def report_order(articles: Sequence[Article], quotes: Sequence[Quote], chronological: Sequence[str]) -> list[str]:
    """Quote ids in the order their reports came out: by their article's publication date, then
    in timeline order. A statement's first report is the earliest published, which the merge
    takes first: in timeline order a re-quote dated only "March 2023" (an op-ed months later)
    came before the wire report of 14 March that it quotes, and stood for the statement.
    Timeline order where a quote's article is not among `articles`."""
    pub = {a.id: a.date.date.sort_key() for a in articles}
    article = {q.id: q.article for q in quotes}
    if any(a not in pub for a in article.values()):
        return list(chronological)
    at = {qid: i for i, qid in enumerate(chronological)}
    return sorted(chronological, key=lambda qid: (pub[article[qid]], at[qid]))


def inputs_digest(quotes: Sequence[Quote], chronological: Sequence[str], reported: Sequence[str] = (),
                  said: dict[str, DateInfo | None] | None = None) -> str:
    """A digest of all that `link` reads: each quote's id, words, speaker, partial flag, topics,
    stances and statement date (`said`, which decides its occasion: its days and its confidence), in
    both orders it is given, and the order of the reports (`report_order`)."""
    h = hashlib.blake2b(digest_size=16)
    h.update("\0".join(chronological).encode("utf-8", "surrogatepass"))
    h.update(("\2" + "\0".join(reported)).encode("utf-8", "surrogatepass"))
    h.update(f"\3{len(quotes)}".encode())
    # Field by field, DIGEST_BLOCK quotes at a time: each field's values of a block joined in C (`attrgetter`),
    # a statement date's text once per date object (an article's quotes share theirs), a topics tuple's once
    # per distinct tuple, no stance sorted when there is none. Every rebuild digests every quote: one
    # f-string a quote was ~3 µs of it (~0.03 s at 1000 articles, in a title edit's rebuild too). In
    # blocks: the text of every quote at once was ~130 MB at 10,000 articles, freed just before the link
    # process starts, and the pages it left were pinned by what is made next.
    whens: dict[int, str] = {}
    topics = _Joined()
    for i in range(0, len(quotes), DIGEST_BLOCK):
        block = quotes[i:i + DIGEST_BLOCK]
        dates = [said.get(q.id) for q in block] if said is not None else list(map(_STATEMENT_DATE, block))
        for name in ("id", "text", "speaker"):
            h.update(("\1" + "\0".join(map(attrgetter(name), block))).encode("utf-8", "surrogatepass"))
        h.update(bytes(map(_PARTIAL, block)))
        h.update(("\1" + "\0".join(map(topics.__getitem__, map(_TOPICS, block)))).encode("utf-8", "surrogatepass"))
        h.update(("\1" + "\0".join([_stance_text(q.stance) if q.stance else "" for q in block])).encode(
            "utf-8", "surrogatepass"))
        h.update(("\1" + "\0".join([_when_text(d, whens) for d in dates])).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


DIGEST_BLOCK = 512  # quotes a block of `inputs_digest`
_STATEMENT_DATE = attrgetter("statement_date")
_PARTIAL = attrgetter("partial")
_TOPICS = attrgetter("topics")


class _Joined(dict[tuple[str, ...], str]):
    """A topics tuple as one text (`inputs_digest`), made the first time it is asked for."""

    def __missing__(self, key: tuple[str, ...]) -> str:
        text = self[key] = "\3".join(key)
        return text


def _stance_text(stance: dict[str, str]) -> str:
    return "\3".join(f"{topic}\4{side}" for topic, side in sorted(stance.items()))


def _when_text(d: DateInfo | None, whens: dict[int, str]) -> str:
    """A statement date as `inputs_digest` reads it: its first and last day and its confidence (a date of
    low confidence agrees with any earlier one, `same_occasion`)."""
    if d is None:
        return ""
    when = whens.get(id(d))
    if when is None:
        when = whens[id(d)] = f"{d.date.iso()}/{'' if d.end is None else d.end.iso()}/{d.confidence}"
    return when


# What `link` reads of each article (its id and publication date) and of each quote (with its statement date)
Read = tuple[list[tuple[str, DateInfo]],
             list[tuple[str, str, str, str, bool, tuple[str, ...], dict[str, str], DateInfo | None]]]
_NOWHERE = Span(0, 0, 0)


@collector_off()
def what_link_reads(articles: Sequence[Article], quotes: Sequence[Quote]) -> Read:
    """The fields of the articles and quotes that `link` and `inputs_digest` read, as plain tuples:
    a few bytes a quote to send to a linking process that does not inherit the build's memory
    (`pipeline.assemble`), where a pickled Quote carries its spans, dates and marks too."""
    # equal values as one object, pickled once and held once by the linking process: outlets report the
    # same words (130,000 quotes, 38,000 texts at 10,000 articles: ~25 MB of copies held there)
    one: dict[object, Any] = {}
    said = _said(articles, quotes)
    return ([(a.id, a.date) for a in articles],
            [(q.id, one.setdefault(q.article, q.article), one.setdefault(q.text, q.text),
              one.setdefault(q.speaker, q.speaker), q.partial, one.setdefault(q.topics, q.topics),
              one.setdefault(_stance_key(q.stance), q.stance), said[q.id])
             for q in quotes])


def _stance_key(stance: dict[str, str]) -> tuple[str, ...]:
    """A stance dict as a key of `what_link_reads`' shared values (the dicts themselves cannot be):
    its items in order, set apart from a topics tuple of the same words by a leading NUL."""
    return ("\0", *itertools.chain.from_iterable(stance.items()))


@collector_off()
def as_read(read: Read) -> tuple[list[Article], list[Quote]]:
    """Articles and quotes holding what `what_link_reads` kept, every other field empty: `link` gives
    them the links it gives the originals."""
    articles = [Article(aid, "", "", "", date, "", 0) for aid, date in read[0]]
    quotes = [Quote(qid, article, text, _NOWHERE, "", (), partial=partial, speaker=speaker, topics=topics,
                    stance=stance, statement_date=when)
              for qid, article, text, speaker, partial, topics, stance, when in read[1]]
    return articles, quotes


def digest_of(articles: Sequence[Article], quotes: Sequence[Quote], chronological: Sequence[str],
              keep: bool = True) -> str:
    """`inputs_digest` of what `link` would be given: made once by a caller that asks `full_merge_ahead`
    and then `link` the same inputs (`digest=`), for ~13,000 quotes a twentieth of a second each time. The
    report order and statement dates it digested are kept for that `link` (`_digested`), unless not `keep`
    (no `link` of this process follows)."""
    reported, said = report_order(articles, quotes, chronological), _said(articles, quotes)
    digest = inputs_digest(quotes, chronological, reported, said)
    _DIGESTED[:] = [(digest, reported, said)] if keep else []
    return digest


# `digest_of`'s last digest with the report order and statement dates it was made of: `link` given that
# digest reads them here rather than make them again (they are in the digest, so the same digest is the
# same values). One entry, taken by the first `link` that asks.
_DIGESTED: list[tuple[str, list[str], dict[str, DateInfo | None]]] = []


def _digested(digest: str | None) -> tuple[list[str], dict[str, DateInfo | None]] | None:
    """The report order and statement dates `digest_of` made with `digest`, if it was the last one."""
    kept = _DIGESTED.pop() if _DIGESTED else None
    return (kept[1], kept[2]) if kept is not None and digest is not None and kept[0] == digest else None


def full_merge_ahead(memo: LinkMemo | None, quotes: Sequence[Quote], chronological: Sequence[str],
                     articles: Sequence[Article] = (), digest: str | None = None) -> bool:
    """Whether `link` will merge every quote (no memo, or one without decisions to start from), rather
    than return the memo's links as they are or re-decide what changed: only then is its working
    memory large. Reads the memo's decisions (`recall`) when they are needed. `digest`: `digest_of`
    these inputs, when the caller made it. A full merge is linked apart (`pipeline.assemble`): the report
    order and dates `digest_of` kept for this process's `link` are let go."""
    if memo is not None and memo.links is not None and memo.digest == (digest or digest_of(articles, quotes,
                                                                                            chronological)):
        return False
    if memo is not None and memo.record is None and memo.recall is not None:
        memo.record, memo.recall = memo.recall(), None
    full = memo is None or memo.record is None
    if full:
        _DIGESTED.clear()
    return full


# Linking makes ~10 long-lived objects a quote (the merge's index and record, the links) and frees few:
# each 700 allocations counted towards a collection that scanned them all again and found no garbage
# (none of linking's objects refers back to itself). With the collector off, `link` at 4000 articles
# took ~0.5 s less in merging and half its time in `_links`, and `unpack` (in the build process, which
# waits for it) half of its time. Any cycle made meanwhile is found by the next collection.
@collector_off()
def link(articles: Sequence[Article], quotes: Sequence[Quote], chronological: Sequence[str],
         memo: LinkMemo | None = None, digest: str | None = None,
         grouped: Callable[[dict[str, list[str]], dict[str, list[str]]], None] | None = None) -> Links:
    """Statements, same-statement links, topic neighbours, "then vs now" and each quote's related list.

    `chronological` is every quote id in timeline order (statement date, then article
    date, then position), which decides prev/next; `articles` their publication dates, which
    decide "earliest report first" (`report_order`). `memo`: the last build's (updated in
    place); the links it holds are returned as they are when nothing `link` reads has changed,
    so they are never modified by a caller. `digest`: `digest_of` these inputs, when the caller made it;
    else, with a memo, made here when first needed: at once when the memo holds links (returned as they
    are if they are these inputs'), else to store the merge decisions or once linked (a link process
    sends the statements first, `grouped`: the build process waiting for them makes the digest itself).
    `grouped(statements, said_again)`: told the statements (`by_occasion`'s groups) as soon as they are
    decided, before their links are made of them (`links_of`), if they are decided here (not when the
    memo's links are returned as they are).
    """
    if memo is not None and digest is None and memo.links is not None:
        digest = digest_of(articles, quotes, chronological)
    if memo is not None:
        memo.changed = None
    made = _digested(digest)
    if memo is not None and memo.links is not None and memo.digest == digest:
        return memo.links
    reported, said = made if made is not None else (report_order(articles, quotes, chronological),
                                                     _said(articles, quotes))
    del made
    order = {qid: i for i, qid in enumerate(reported)}
    if memo is not None and memo.record is None and memo.recall is not None:
        memo.record = memo.recall()
    if memo is not None and memo.record is not None:
        groups, record = merge_again(quotes, order, memo.record)
    else:
        record = MergeRecord()
        groups = merge_statements(quotes, order, record if memo is not None else None)
    if memo is not None and memo.store is not None:  # a one-shot build: no next build in this process needs
        forget()  # the text profiles, and the links (and a link child's pickles) reuse their memory
    kept: MergeRecord | None = record
    # each quote's (speaker, normalised words), in a record: every quote of a group of two or more has one
    keys = record.keys if memo is not None else None
    if memo is not None and memo.store_record is not None and memo.digest != (
            digest := digest if digest is not None else inputs_digest(quotes, chronological, reported, said)):
        memo.store_record(record)  # on disk: the links are made, and pickled, without it
        kept = None
        del record
    by_id = dict(zip(map(_ID, quotes), quotes, strict=True))
    groups, again = by_occasion(groups, said.get, _words_of(keys, by_id), order, _who(by_id))
    del by_id
    if memo is None:  # (after `by_occasion`, which read each statement's words from them: there is no record)
        forget()
    del keys
    if grouped is not None:
        grouped(groups, again)
    before = (memo.links, memo.topics) if memo is not None and memo.links is not None and memo.topics is not None \
        else None
    changed: set[str] | None = set() if before is not None else None
    out = _links(quotes, chronological, groups, again, before, changed)
    if memo is not None:
        topics = {q.id: q.topics for q in quotes}
        memo.change = compose(memo.read[1], delta(*before, out, topics)) \
            if memo.read is not None and before is not None else None
        if digest is None:
            digest = inputs_digest(quotes, chronological, reported, said)
        memo.digest, memo.links, memo.record, memo.packed = digest, out, kept, None
        memo.topics, memo.changed = topics, changed
    return out


def _words_of(keys: dict[str, tuple[str, str]] | None, quotes: dict[str, Quote]) -> Callable[[str], str]:
    """A quote's `normalise`d words (`by_occasion`): from the merge record's keys when there is a record
    (no text normalised again: ~0.06 s a rebuild at 1000 articles), else from the text profiles the merge
    made (`_profile`). Looked up in C (`_Norms`): `_held` reads the words of every report of a figure's
    statements once (as many calls of a Python function were a fifth of its time)."""
    if keys is None:
        return _Norms(quotes, _profiled).__getitem__
    norms = _Norms(quotes, _normalised)
    norms.update(zip(keys, map(_NORM, keys.values()), strict=True))
    return norms.__getitem__


class _Norms(dict[str, str]):
    """Quote id → its `normalise`d words, each one not given worked out the first time it is asked for (a
    short term has no key in the merge's record; without a record, none has)."""

    def __init__(self, quotes: dict[str, Quote], norm: Callable[[str], str]) -> None:
        super().__init__()
        self.quotes, self.norm = quotes, norm

    def __missing__(self, qid: str) -> str:
        self[qid] = norm = self.norm(self.quotes[qid].text)
        return norm


_NORM = itemgetter(1)


def _profiled(text: str) -> str:
    """`normalise` from the merge's text profiles (`_profile`: there, as the merge made them)."""
    return _profile(text)[2]


def _normalised(text: str) -> str:
    """`normalise`, cached apart (`_id_words`): the profiles may have been let go (`forget`)."""
    return _id_words(text)[0]


def _who(quotes: dict[str, Quote]) -> Callable[[str], tuple[str, bool]]:
    """A quote's speaker and whether it is a fragment (`by_occasion`'s `who`)."""
    return lambda qid: _WHO(quotes[qid])


_WHO = attrgetter("speaker", "partial")


def _said(articles: Sequence[Article], quotes: Sequence[Quote]) -> dict[str, DateInfo | None]:
    """Each quote's statement date (`Quote.said`), which decides its occasion (`by_occasion`)."""
    by_id = {a.id: a for a in articles}
    return {q.id: q.said(by_id[q.article]) if q.article in by_id else q.statement_date for q in quotes}


@collector_off()
def links_of(quotes: Sequence[Quote], chronological: Sequence[str], groups: dict[str, list[str]],
             again: dict[str, list[str]]) -> Links:
    """The links `link` makes of these statements (`grouped`'s), made again where the quotes are: a link
    process sends the build process its statements (`pack_groups`, a few arrays) rather than their links
    packed, and the build process makes the links of them (~0.35 s at 4000 articles) instead of waiting
    for the link process to make and pack them and for their unpacking (~0.25 + 0.2 s). The same
    inputs give the same links, dicts in the same order (`pipeline._link_apart`)."""
    return _links(quotes, chronological, groups, again)


def _links(quotes: Sequence[Quote], chronological: Sequence[str], groups: dict[str, list[str]],
           again: dict[str, list[str]] | None = None,
           before: tuple[Links, dict[str, tuple[str, ...]]] | None = None, changed: set[str] | None = None) -> Links:
    """The links of these statements. `before`: the last build's links and each quote's topics then: a
    quote whose own links (`changed_quotes`) and topics are as they were keeps its related list, which is
    made of nothing else (most of this function's time, after one edit: ~0.12 of 0.18 s at 1000
    articles); `changed` is given those quotes."""
    by_id = {q.id: q for q in quotes}
    out = Links(said_again=again or {})
    # Lists that many quotes hold alike are one list: every report of a statement after its first
    # MAX_SAME + 1 lists the same earliest reports, and the reports of a statement on the same topics
    # mostly have the same related links. Nothing changes a list once made; shared, they are shared
    # in the pickles too, so the build process and its views hold them once as well.
    for _root, ids in sorted(groups.items()):
        st = Statement(ids[0], ids)
        out.statements[st.id] = st
        first = ids[:MAX_SAME + 1]
        rest = first[:MAX_SAME]  # what a report that is not among `first` lists
        for qid in ids:
            out.statement_of[qid] = st.id
            out.same_statement[qid] = [o for o in first if o != qid][:MAX_SAME] if qid in first else rest
    # topic lanes: one representative per statement, in time order
    lanes: dict[str, list[str]] = defaultdict(list)
    for qid in chronological:
        q = by_id[qid]
        if out.statement_of[qid] != qid:
            continue
        for t in q.topics:
            lanes[t].append(qid)
    for topic, ids in lanes.items():
        for a, b in itertools.pairwise(ids):
            out.topic_next[(a, topic)] = b
            out.topic_prev[(b, topic)] = a
        # "then vs now": each stanced statement links back to the latest earlier one with a
        # different stance, and that one links forward to the first statement that changed it.
        # At most two links per quote and topic, so a long lane stays linear. Per speaker: one
        # person's position against their own earlier one, never against someone else's.
        last: dict[str, tuple[str, str]] = {}  # speaker → (quote id, stance)
        for qid in ids:
            st_here = by_id[qid].stance.get(topic)
            speaker = by_id[qid].speaker
            if st_here is None or speaker == "unknown":
                continue
            prev = last.get(speaker)
            if prev is not None and prev[1] != st_here:
                out.stance_contrast.setdefault(qid, []).append(prev[0])
                forward = out.stance_contrast.setdefault(prev[0], [])
                if not any(by_id[f].stance.get(topic) != prev[1] for f in forward if f != qid):
                    forward.append(qid)
            if prev is None or prev[1] != st_here:
                last[speaker] = (qid, st_here)
    made = Made()
    lists: dict[tuple[int, ...], list[Related]] = {}  # by the links' identity (`made` keeps them alive)
    if before is not None:
        old, old_topics = before
        stale = changed_quotes(old, out)
        if changed is not None:
            changed.update(stale)
        kept = old.related
        for q in quotes:
            rel_old = kept.get(q.id)
            if rel_old is not None and q.id not in stale and old_topics.get(q.id) == q.topics:
                out.related[q.id] = rel_old  # shared with the last build's as it was
            else:
                rel = related(q.id, q.topics, out, made)
                out.related[q.id] = lists.setdefault(tuple(map(id, rel)), rel)
        return out
    for q in quotes:
        rel = related(q.id, q.topics, out, made)
        out.related[q.id] = lists.setdefault(tuple(map(id, rel)), rel)
    return out


def changed_quotes(old: Links, new: Links) -> set[str]:
    """The quotes whose own links differ between `old` and `new`: their statement, its reports (the
    count, the first report, the cards' lists of reports), the earliest other reports, and what
    their related list is made of (the neighbours of their statement on each topic, "then vs now",
    "said again"; not `related` itself, which is made of these and the quote's topics).
    A quote in only one of them counts as changed. Plain comparisons of strings and lists of them."""
    if old is new:
        return set()
    changed: set[str] = set()
    o_of, n_of = old.statement_of, new.statement_of
    o_same, n_same = old.same_statement, new.same_statement
    for qid in o_of.keys() | n_of.keys():
        if o_of.get(qid) != n_of.get(qid) or o_same.get(qid) != n_same.get(qid):
            changed.add(qid)
    roots: set[str] = set()  # statements whose reports, neighbours or contrasts changed
    o_st, n_st = old.statements, new.statements
    for sid in o_st.keys() | n_st.keys():
        a, b = o_st.get(sid), n_st.get(sid)
        if a is None or b is None or a.quotes != b.quotes:
            roots.add(sid)
    for was, now in ((old.topic_prev, new.topic_prev), (old.topic_next, new.topic_next)):
        roots.update(key[0] for key in was.keys() | now.keys() if was.get(key) != now.get(key))
    o_c, n_c = old.stance_contrast, new.stance_contrast
    roots.update(key for key in o_c.keys() | n_c.keys() if o_c.get(key) != n_c.get(key))
    # links cached by a version without "said again" have none
    o_a, n_a = getattr(old, "said_again", {}), new.said_again
    roots.update(key for key in o_a.keys() | n_a.keys() if o_a.get(key) != n_a.get(key))
    for sid in roots:
        for st in (o_st.get(sid), n_st.get(sid)):
            if st is not None:
                changed.update(st.quotes)
        changed.add(sid)  # a statement's id is its first quote's
    # a quote whose statement is a changed root, though its statement's list is the same object
    changed.update(qid for qid, sid in n_of.items() if sid in roots)
    return changed


def related(qid: str, topics: Sequence[str], links: Links, made: Made | None = None) -> list[Related]:
    """A quote's related quotes, in the order a reader gets them: the same words in other
    reports, the same words said on other occasions, then per topic the statement before and after its own, then "then vs now"
    (the same speaker's statements with another stance) not already listed.

    `made`: the links made so far, each given again as the same (immutable) object: the
    quotes of one statement all link to each other, so ~7 in 8 links repeat one, and a build
    that reads the links back from `.dateline-cache/` unpickles each once."""
    one = (Made() if made is None else made).__getitem__
    root = links.statement_of.get(qid, qid)
    # the reports of the same words (most of the links: 3 in 5 of the bench corpus's) looked up in C
    out = list(map(one, zip(_SAME_WORDS, links.same_statement.get(qid, ()), _NO_TOPIC, strict=False)))
    again = links.said_again.get(root, ())
    if again:
        out += map(one, zip(_SAID_AGAIN, again, _NO_TOPIC, strict=False))
    for t in topics:
        before = links.topic_prev.get((root, t))
        after = links.topic_next.get((root, t))
        if before and before not in again:  # listed already, as the same words said again
            out.append(one(("earlier", before, t)))
        if after and after not in again:
            out.append(one(("later", after, t)))
    for o in links.stance_contrast.get(root, ()):
        if o != qid and all(o != r.quote for r in out):
            out.append(one(("then vs now", o, "")))
    return out


class Made(dict[tuple[RelationKind, str, str], Related]):
    """`related`'s links made so far by (kind, quote, topic): each made the first time it is asked for."""

    def __missing__(self, key: tuple[RelationKind, str, str]) -> Related:
        r = self[key] = Related(*key)
        return r


_SAME_WORDS: itertools.repeat[RelationKind] = itertools.repeat("same words")
_SAID_AGAIN: itertools.repeat[RelationKind] = itertools.repeat("said again")
_NO_TOPIC = itertools.repeat("")


_Lists = tuple["array[int]", "array[int]", "array[int]"]  # per value its list's number; the lists' sizes; their items


@dataclass(frozen=True, slots=True)
class PackedLinks:
    """`Links` as numbers (`pack`): every string they hold (quote ids, topics, relation kinds) once in
    `table`, and each field as arrays of places in it, so that pickling them is pickling a few arrays.

    What a link process sends back and `.dateline-cache/links.pickle` holds are, at 10,000 articles, ~1
    million objects (136,000 quotes' statement, same-statement, neighbour and related entries): pickled
    as such, twice (to disk and to the build process), the pickler's memo of every object it had
    written was ~50 MB of the link process's peak, and the build process unpickled a second copy of
    every quote id, which it holds already. Packed once (0.75 s there), the links go without them (a
    few arrays pickle in 0.03 s, where the objects took 0.85 s each time), and `unpack` (0.8 s, as long
    as unpickling the objects) gives them the receiver's own id strings."""

    table: tuple[str, ...]
    statement_of: tuple[array[int], array[int]]  # keys, values
    statements: tuple[array[int], array[int], _Lists]  # keys, ids, quotes
    same_statement: tuple[array[int], _Lists]
    topic_prev: tuple[array[int], array[int], array[int]]  # quote, topic, the quote it links to
    topic_next: tuple[array[int], array[int], array[int]]
    stance_contrast: tuple[array[int], _Lists]
    said_again: tuple[array[int], _Lists]
    related: tuple[array[int], _Lists, tuple[array[int], array[int], array[int]]]  # keys, lists, (kind, quote, topic)


class _Table(dict[str, int]):
    """A string's place in `PackedLinks.table`: the next free one the first time it is asked for."""

    def __missing__(self, key: str) -> int:
        at = self[key] = len(self)
        return at


def _places(table: _Table, strings: Iterable[str]) -> array[int]:
    return array(_ID_TYPE, map(table.__getitem__, strings))


def _pack_lists(values: Iterable[list[Any]], place: Callable[[Any], int]) -> _Lists:
    """Lists that several keys hold alike (one object: `_links` shares them) packed once each."""
    nums, sizes, items = array(_ID_TYPE), array(_ID_TYPE), array(_ID_TYPE)
    seen: dict[int, int] = {}  # by identity: every list packed is alive until the end
    for value in values:
        n = seen.get(id(value))
        if n is None:
            n = seen[id(value)] = len(sizes)
            sizes.append(len(value))
            items.extend(map(place, value))
        nums.append(n)
    return nums, sizes, items


def _unpack_lists(packed: _Lists, item: Callable[[int], Any]) -> list[list[Any]]:
    """Per value its list, the lists shared as they were when packed."""
    nums, sizes, items = packed
    made = list(map(item, items))
    ends = list(itertools.accumulate(sizes))
    lists = list(map(made.__getitem__, map(slice, [0, *ends[:-1]], ends)))
    return list(map(lists.__getitem__, nums))


# `by_occasion`'s statements and "said again" as places in the quote ids' timeline order (`pack_groups`):
# for each of the two, its keys, and their lists packed (`_Lists`)
PackedGroups = tuple["array[int]", _Lists, "array[int]", _Lists]


def pack_groups(groups: dict[str, list[str]], again: dict[str, list[str]],
                chronological: Sequence[str]) -> PackedGroups:
    """The statements and "said again" of `link`'s `grouped` as numbers: each quote id its place in
    `chronological` (which the receiver holds), the dicts' order kept (`unpack_groups`)."""
    place = {qid: i for i, qid in enumerate(chronological)}.__getitem__
    return (array(_ID_TYPE, map(place, groups)), _pack_lists(groups.values(), place),
            array(_ID_TYPE, map(place, again)), _pack_lists(again.values(), place))


@collector_off()
def unpack_groups(packed: PackedGroups, chronological: Sequence[str]) -> tuple[dict[str, list[str]],
                                                                             dict[str, list[str]]]:
    """The statements and "said again" that `pack_groups` packed, holding the receiver's own quote ids."""
    keys, lists, again_keys, again_lists = packed
    qid = chronological.__getitem__
    return (dict(zip(map(qid, keys), _unpack_lists(lists, qid), strict=True)),
            dict(zip(map(qid, again_keys), _unpack_lists(again_lists, qid), strict=True)))


@collector_off()
def pack(links: Links) -> PackedLinks:
    """`links` as `PackedLinks`: the same dicts in the same order, the same lists shared, and each
    distinct `Related` once; `unpack` gives them back equal."""
    table = _Table()
    _places(table, links.statement_of)  # the quote ids first, in the links' own order
    place = table.__getitem__

    def keyed(field: dict[str, list[str]]) -> tuple[array[int], _Lists]:
        return _places(table, field), _pack_lists(field.values(), place)

    def neighbours(field: dict[tuple[str, str], str]) -> tuple[array[int], array[int], array[int]]:
        return (_places(table, (q for q, _ in field)), _places(table, (t for _, t in field)),
                _places(table, field.values()))
    made: dict[int, int] = {}  # each distinct Related (by identity) by its number
    kinds, quotes, topics = array(_ID_TYPE), array(_ID_TYPE), array(_ID_TYPE)

    def related(r: Related) -> int:
        n = made.get(id(r))
        if n is None:
            n = made[id(r)] = len(kinds)
            kinds.append(place(r.kind))
            quotes.append(place(r.quote))
            topics.append(place(r.topic))
        return n
    statements = links.statements
    fields = ((_places(table, links.statement_of), _places(table, links.statement_of.values())),
              (_places(table, statements), _places(table, (s.id for s in statements.values())),
               _pack_lists((s.quotes for s in statements.values()), place)),
              keyed(links.same_statement), neighbours(links.topic_prev), neighbours(links.topic_next),
              keyed(links.stance_contrast), keyed(links.said_again),
              (_places(table, links.related), _pack_lists(links.related.values(), related), (kinds, quotes, topics)))
    return PackedLinks(tuple(table), *fields)


@collector_off()
def unpack(packed: PackedLinks, own: Iterable[str] = ()) -> Links:
    """The `Links` that were packed. `own`: strings the caller holds already (its quote ids): the links
    hold those objects rather than copies of them."""
    mine = {s: s for s in own}
    table = list(map(mine.get, packed.table, packed.table)) if mine else list(packed.table)
    string = table.__getitem__

    def strings(places: array[int]) -> list[str]:
        return list(map(string, places))

    def keyed(field: tuple[array[int], _Lists]) -> dict[str, list[str]]:
        return dict(zip(strings(field[0]), _unpack_lists(field[1], string), strict=True))

    def neighbours(field: tuple[array[int], array[int], array[int]]) -> dict[tuple[str, str], str]:
        return dict(zip(zip(strings(field[0]), strings(field[1]), strict=True), strings(field[2]), strict=True))
    keys, values = packed.statement_of
    st_keys, st_ids, st_quotes = packed.statements
    rel_keys, rel_lists, (kinds, quotes, topics) = packed.related
    made = list(map(Related, strings(kinds), strings(quotes), strings(topics)))  # type: ignore[arg-type]
    return Links(statement_of=dict(zip(strings(keys), strings(values), strict=True)),
                 statements=dict(zip(strings(st_keys), map(Statement, strings(st_ids),
                                                           _unpack_lists(st_quotes, string)), strict=True)),
                 same_statement=keyed(packed.same_statement),
                 topic_prev=neighbours(packed.topic_prev), topic_next=neighbours(packed.topic_next),
                 stance_contrast=keyed(packed.stance_contrast), said_again=keyed(packed.said_again),
                 related=dict(zip(strings(rel_keys), _unpack_lists(rel_lists, made.__getitem__), strict=True)))


# The changes from one `Links` (with each quote's topics, `LinkMemo.topics`) to another: per field, the
# entries set (new or with another value) and the keys gone. A rebuild after one edit changes a few
# entries of ~100,000 (1000 articles): `buildcache` stores this beside the last whole links it wrote
# rather than pack and write them all again (~0.05 s of such a rebuild's ~0.3 s of linking).
Delta = dict[str, tuple[dict[Any, Any], set[Any]]]
_HASHABLE = ("statement_of", "topic_prev", "topic_next")  # values compared as items of a set, in C
_LISTED = ("statements", "same_statement", "stance_contrast", "said_again", "related")
DELTA_FIELDS = (*_HASHABLE, *_LISTED, "topics")


def _fields(links: Links, topics: dict[str, tuple[str, ...]]) -> dict[str, dict[Any, Any]]:
    return {**{name: getattr(links, name) for name in (*_HASHABLE, *_LISTED)}, "topics": topics}


def delta(old: Links, old_topics: dict[str, tuple[str, ...]], new: Links,
          new_topics: dict[str, tuple[str, ...]]) -> Delta:
    """What `apply_delta` needs to make `new` (and its topics) of `old` (and its): equal, not in order
    (no reader of the links depends on the order of their dicts; `pack` keeps whatever order they have)."""
    out: Delta = {}
    was, now = _fields(old, old_topics), _fields(new, new_topics)
    for name in DELTA_FIELDS:
        a, b = was[name], now[name]
        if name in _HASHABLE or name == "topics":
            set_ = dict(b.items() - a.items())
        else:  # lists (and statements): a list `link` kept is the same object, else compared
            get = a.get
            set_ = {k: v for k, v in b.items() if (w := get(k)) is not v and w != v}
        out[name] = (set_, set(a.keys() - b.keys()))
    return out


def apply_delta(links: Links, topics: dict[str, tuple[str, ...]], change: Delta) -> None:
    """`links` and `topics` changed in place as `change` says (`delta`)."""
    fields = _fields(links, topics)
    for name, (set_, gone) in change.items():
        field_ = fields[name]
        for key in gone:
            field_.pop(key, None)
        field_.update(set_)


def compose(first: Delta, then: Delta) -> Delta:
    """One delta for `first` and then `then`: what makes of the links `first` was made from the links
    `then` leads to."""
    out: Delta = {}
    for name in sorted(first.keys() | then.keys()):
        set1, gone1 = first.get(name, ({}, set()))
        set2, gone2 = then.get(name, ({}, set()))
        set_ = {k: v for k, v in set1.items() if k not in gone2}
        set_.update(set2)
        out[name] = (set_, (gone1 - set2.keys()) | gone2)
    return out


def delta_size(change: Delta) -> int:
    """How many entries a delta sets or removes."""
    return sum(len(set_) + len(gone) for set_, gone in change.values())


def join_by_hand(links: Links, pairs: Sequence[tuple[str, str]], quotes: Sequence[Quote],
                 chronological: Sequence[str], reported: Sequence[str]) -> Links:
    """`links` with the statements of each pair of quotes (an editor's `same_as:`, `analyse.hand_links`)
    made one, and their links made again (`links_of`): the reports of the statements joined in report
    order (`reported`), its first report the earliest, "said again" following the statements joined.
    `links` as they are when no pair joins anything. New links, never `links` changed: they may be the
    memo's, which the next build returns as they are when nothing `link` reads changed."""
    parent: dict[str, str] = {}

    def root(s: str) -> str:
        while parent.get(s, s) != s:
            s = parent[s]
        return s
    for a, b in pairs:
        sa, sb = root(links.statement_of.get(a, a)), root(links.statement_of.get(b, b))
        if sa != sb:
            parent[max(sa, sb)] = min(sa, sb)
    if not parent:
        return links
    at = {qid: i for i, qid in enumerate(reported)}
    members: dict[str, list[str]] = defaultdict(list)
    for sid, st in links.statements.items():
        members[root(sid)].extend(st.quotes)
    groups: dict[str, list[str]] = {}
    renamed: dict[str, str] = {}
    for ids in members.values():
        ids.sort(key=lambda q: at.get(q, len(at)))
        groups[ids[0]] = ids
    for sid in links.statements:
        renamed[sid] = members[root(sid)][0]
    again: dict[str, list[str]] = {}
    for sid, others in links.said_again.items():
        mine = renamed.get(sid, sid)
        kept = [renamed.get(o, o) for o in others if renamed.get(o, o) != mine]
        again[mine] = list(dict.fromkeys([*again.get(mine, []), *kept]))
    return links_of(quotes, chronological, groups, {k: v for k, v in again.items() if v})
