"""Stable quote ids and the links between quotes.

Ids come from the article slug and the normalised words of the quote, so editing
another paragraph, another article or the build order never changes a `#q-…`
anchor. Cross-linking goes through indexes (shingles of 8 words, per-topic date
order), never all pairs, so 10,000 articles link in linear time.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from dateline.model import Article, Links, Quote, Related, Statement, slugify
from dateline.topics import short_term

SHINGLE = 8
STOCK_PHRASE = 40  # a 4-word run in more first reports than this is stock wording, not evidence
MAX_SAME = 5  # other reports of the same statement listed per quote (earliest first)
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_BRACKETED_LETTER = re.compile(r"\[(\w)\]")
_EDITORIAL = re.compile(r"\[[^\]]{0,40}\]|\((?:his|her|their|the)[^)]{0,40}\)")


def normalise(text: str) -> str:
    """Words only: case, marks, ellipses, brackets and punctuation folded away.

    `[W]e` → `we`, curly and straight marks alike, so the same words reported by
    two outlets normalise to the same string.
    """
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    if "[" in t:
        t = _BRACKETED_LETTER.sub(r"\1", t)
    if "[" in t or "(" in t:
        t = _EDITORIAL.sub(" ", t)
    t = t.replace("'", "")
    # str.split() and \s agree on what is white space: the same as `\s+` → " " and strip()
    return " ".join(_PUNCT.sub(" ", t.lower()).split())


def quote_id(slug: str, text: str, seen: dict[str, int]) -> str:
    """`<first words>-<hash of slug+words>`; a repeat of the same words gets `-2`, `-3`."""
    norm = normalise(text)
    digest = hashlib.sha1(f"{slug}\n{norm}".encode()).hexdigest()[:6]
    words = slugify(" ".join(norm.split()[:4])) or "quote"
    base = f"{words}-{digest}"
    n = seen.get(base, 0) + 1
    seen[base] = n
    return base if n == 1 else f"{base}-{n}"


def _shingles(words: list[str], n: int) -> set[str]:
    return {" ".join(run) for run in zip(*(words[k:] for k in range(n)), strict=False)}


@lru_cache(maxsize=262144)
def _shingles8(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_shingles(list(words), SHINGLE))


@lru_cache(maxsize=262144)
def _profile(text: str) -> tuple[list[str], frozenset[str], tuple[str, ...]]:
    """Normalised words, 4-word runs, and every third run (enough to find a candidate that
    shares 70–80% of its words) of a quote text; cached across rebuilds."""
    w = normalise(text).split()
    if len(w) < 4:
        return w, frozenset({" ".join(w)} if w else ()), ((" ".join(w),) if w else ())
    ordered = [" ".join(run) for run in zip(w, w[1:], w[2:], w[3:], strict=False)]
    sample = tuple(dict.fromkeys(ordered[::3] + ordered[-1:]))
    return w, frozenset(ordered), sample


def forget() -> None:
    """Drop the cached text profiles (kept between `serve` rebuilds; a one-shot build has no use
    for them after linking: word lists and run sets of every distinct quote text)."""
    _profile.cache_clear()
    _shingles8.cache_clear()


def same_words(a: list[str], b: list[str]) -> bool:
    """Are two normalised quotes the same statement?

    Equal; or one is a truncation of the other (≥ 8 words, 80% of the shorter one's
    8-word runs inside the longer); or a small translation variant (≥ 8 words each,
    similar length, ≥ 70% of their distinct words shared). A shared stock phrase alone
    is not enough, so statements do not chain together through common wording.
    """
    return _same(_Words(a), _Words(b))


class _Words:
    """A normalised quote's words with its 8-word runs and word set, each made once: merging
    compares a first report with many later quotes."""

    __slots__ = ("_runs", "_set", "words")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self._runs: frozenset[str] | None = None
        self._set: set[str] | None = None

    @property
    def runs(self) -> frozenset[str]:
        if self._runs is None:
            self._runs = _shingles8(tuple(self.words))
        return self._runs

    @property
    def word_set(self) -> set[str]:
        if self._set is None:
            self._set = set(self.words)
        return self._set


def _same(a: _Words, b: _Words) -> bool:
    """`same_words` (its rule, in its order) on prepared word lists."""
    if a.words == b.words:
        return True
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < SHINGLE:
        return False
    sa, sb = short.runs, long_.runs
    if len(sa & sb) >= 0.8 * len(sa):
        return True
    wa, wb = a.word_set, b.word_set
    return len(short.words) >= 0.7 * len(long_.words) and len(wa & wb) >= 0.7 * len(wa | wb)


def _best(hits: Counter[str], order: dict[str, int], n: int = 5) -> list[str]:
    """The `n` roots sharing most runs, earliest first among equals: the same as
    `heapq.nsmallest(n, hits, key=lambda r: (-hits[r], order[r]))`, as two sorts with C-level
    keys (a stock phrase can bring hundreds of roots; a Python key per root was most of `_best`):
    by order, then by count, highest first, which keeps equal counts in order (sorts are stable)."""
    ranked = sorted(hits, key=order.__getitem__)
    ranked.sort(key=hits.__getitem__, reverse=True)
    return ranked[:n]


def merge_statements(quotes: Sequence[Quote], order: dict[str, int]) -> dict[str, list[str]]:
    """Group quotes that are the same words (see `same_words`), earliest report first.

    Quotes are taken in timeline order; each joins the first existing statement whose
    *first report* it matches, else starts a statement. Comparing with the first report
    only (not with every member) keeps a long quote that strings several sentences
    together from chaining unrelated statements into one. Candidates come from an index
    of the first reports' 4-word runs (the five sharing most runs are compared), never
    all pairs. Same speaker (or unknown) only. A short term (`topics.short_term`) stays alone.
    """
    groups: dict[str, list[str]] = {}
    words: dict[str, _Words] = {}
    speaker: dict[str, str] = {}
    by_run: dict[str, list[str]] = defaultdict(list)
    exact: dict[tuple[str, str], str] = {}  # (speaker, normalised text) → statement, the common case
    for q in sorted(quotes, key=lambda q: order[q.id]):
        if short_term(q.text, q.partial):
            groups[q.id] = [q.id]  # the same word in two outlets is not the same statement
            continue
        w, runs, sample = _profile(q.text)
        key = (q.speaker, " ".join(w))
        if key in exact:
            groups[exact[key]].append(q.id)
            continue
        pool: list[str] = []
        for run in sample:
            roots = by_run.get(run)
            if roots:
                pool += roots
        hits = Counter(pool)  # counted in C, in one call: this is most of a large build's linking
        home = None
        mine = _Words(w)
        for root in _best(hits, order):
            if speaker[root] != q.speaker and "unknown" not in (speaker[root], q.speaker):
                continue
            if _same(words[root], mine):
                home = root
                break
        if home is not None:
            groups[home].append(q.id)
            continue
        groups[q.id] = [q.id]
        exact[key] = q.id
        words[q.id], speaker[q.id] = mine, q.speaker
        for run in runs:
            roots = by_run[run]
            if len(roots) < STOCK_PHRASE:
                roots.append(q.id)
    return groups


def link(articles: Sequence[Article], quotes: Sequence[Quote], chronological: Sequence[str]) -> Links:
    """Statements, same-statement links, topic neighbours, "then vs now" and each quote's related list.

    `chronological` is every quote id in timeline order (statement date, then article
    date, then position), which decides "earliest report first" and prev/next.
    """
    order = {qid: i for i, qid in enumerate(chronological)}
    by_id = {q.id: q for q in quotes}
    out = Links()
    groups = merge_statements(quotes, order)
    for _root, ids in sorted(groups.items()):
        st = Statement(ids[0], ids)
        out.statements[st.id] = st
        first = ids[:MAX_SAME + 1]
        for qid in ids:
            out.statement_of[qid] = st.id
            out.same_statement[qid] = [o for o in first if o != qid][:MAX_SAME]
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
    for q in quotes:
        out.related[q.id] = related(q.id, q.topics, out)
    return out


def related(qid: str, topics: Sequence[str], links: Links) -> list[Related]:
    """A quote's related quotes, in the order a reader gets them: the same words in other
    reports, then per topic the statement before and after its own, then "then vs now"
    (the same speaker's statements with another stance) not already listed."""
    root = links.statement_of.get(qid, qid)
    out = [Related("same words", o) for o in links.same_statement.get(qid, [])]
    for t in topics:
        before = links.topic_prev.get((root, t))
        after = links.topic_next.get((root, t))
        if before:
            out.append(Related("earlier", before, t))
        if after:
            out.append(Related("later", after, t))
    for o in links.stance_contrast.get(root, []):
        if o != qid and all(o != r.quote for r in out):
            out.append(Related("then vs now", o))
    return out
