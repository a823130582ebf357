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
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.model import Article, Quote, slugify

SHINGLE = 8
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_EDITORIAL = re.compile(r"\[[^\]]{0,40}\]|\((?:his|her|their|the)[^)]{0,40}\)")


def normalise(text: str) -> str:
    """Words only: case, marks, ellipses, brackets and punctuation folded away.

    `[W]e` → `we`, curly and straight marks alike, so the same words reported by
    two outlets normalise to the same string.
    """
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = re.sub(r"\[(\w)\]", r"\1", t)
    t = _EDITORIAL.sub(" ", t)
    t = t.replace("'", "")
    t = _PUNCT.sub(" ", t.lower())
    return _SPACE.sub(" ", t).strip()


def quote_id(slug: str, text: str, seen: dict[str, int]) -> str:
    """`<first words>-<hash of slug+words>`; a repeat of the same words gets `-2`, `-3`."""
    norm = normalise(text)
    digest = hashlib.sha1(f"{slug}\n{norm}".encode()).hexdigest()[:6]
    words = slugify(" ".join(norm.split()[:4])) or "quote"
    base = f"{words}-{digest}"
    n = seen.get(base, 0) + 1
    seen[base] = n
    return base if n == 1 else f"{base}-{n}"


@dataclass
class Statement:
    """One set of words carried by one or more articles: the merged record."""

    id: str
    quotes: list[str] = field(default_factory=list)  # quote ids, earliest report first


@dataclass
class Links:
    """Everything `link` computes: statements and, per quote id, its related quote ids."""

    statement_of: dict[str, str] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    same_statement: dict[str, list[str]] = field(default_factory=dict)
    topic_prev: dict[tuple[str, str], str] = field(default_factory=dict)
    topic_next: dict[tuple[str, str], str] = field(default_factory=dict)
    same_article: dict[str, list[str]] = field(default_factory=dict)
    stance_contrast: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, list[str]] = field(default_factory=dict)


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def merge_statements(quotes: Sequence[Quote], order: dict[str, int]) -> dict[str, list[str]]:
    """Group quotes that are the same words: equal after normalising, or sharing a run of
    ≥ 8 words (one is a truncation of the other). Same speaker (or one unknown) only."""
    parent = {q.id: q.id for q in quotes}
    by_norm: dict[str, str] = {}
    by_shingle: dict[str, list[str]] = defaultdict(list)
    speaker = {q.id: q.speaker for q in quotes}

    def union(a: str, b: str) -> None:
        if speaker[a] != speaker[b] and "unknown" not in (speaker[a], speaker[b]):
            return
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[max(ra, rb, key=lambda r: order[r])] = min(ra, rb, key=lambda r: order[r])

    for q in quotes:
        norm = normalise(q.text)
        if not norm:
            continue
        if norm in by_norm:
            union(by_norm[norm], q.id)
        else:
            by_norm[norm] = q.id
        words = norm.split()
        if len(words) >= SHINGLE:
            seen_here: set[str] = set()
            for i in range(len(words) - SHINGLE + 1):
                sh = " ".join(words[i:i + SHINGLE])
                if sh in seen_here:
                    continue
                seen_here.add(sh)
                for other in by_shingle[sh][:20]:
                    if other != q.id:
                        union(other, q.id)
                by_shingle[sh].append(q.id)
    groups: dict[str, list[str]] = defaultdict(list)
    for q in quotes:
        groups[_find(parent, q.id)].append(q.id)
    return {root: sorted(ids, key=lambda i: order[i]) for root, ids in groups.items()}


def link(articles: Sequence[Article], quotes: Sequence[Quote], chronological: Sequence[str]) -> Links:
    """Statements, same-statement links, topic neighbours and same-article links.

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
        for qid in ids:
            out.statement_of[qid] = st.id
            out.same_statement[qid] = [o for o in ids if o != qid]
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
        last_stance: dict[str, str] = {}
        for qid in ids:
            st_here = by_id[qid].stance.get(topic)
            if st_here is None:
                continue
            for other_stance, other in sorted(last_stance.items()):
                if other_stance != st_here:
                    out.stance_contrast.setdefault(qid, []).append(other)
                    out.stance_contrast.setdefault(other, []).append(qid)
            last_stance[st_here] = qid
    by_article: dict[str, list[str]] = defaultdict(list)
    for q in quotes:
        by_article[q.article].append(q.id)
    for ids in by_article.values():
        for qid in ids:
            out.same_article[qid] = [o for o in ids if o != qid]
    for q in quotes:
        rel: list[str] = []
        root = out.statement_of[q.id]
        for o in out.same_statement[q.id]:
            rel.append(o)
        for t in q.topics:
            for d in (out.topic_prev, out.topic_next):
                near = d.get((root, t))
                if near and near not in rel and near != q.id:
                    rel.append(near)
        for o in out.stance_contrast.get(root, []):
            if o not in rel and o != q.id:
                rel.append(o)
        for o in out.same_article[q.id]:
            if o not in rel:
                rel.append(o)
        out.related[q.id] = rel
    return out
