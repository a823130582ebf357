"""`dateline check`: build into a temporary folder and verify what a reader relies on.

Checks every internal link and `#anchor`, that nothing escapes the site root
(root-relative links break under /<repo>/), that every quote is verbatim in its
article, that every page is reachable from index.html, and that pages have a
title and a language. Uses selectolax: ~1 ms a page.
"""

from __future__ import annotations

import json
import posixpath
import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from dateline import pipeline
from dateline.config import SiteConfig
from dateline.errors import Problem


@dataclass
class CheckResult:
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0
    links: int = 0
    quotes: int = 0
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)


@dataclass
class _Page:
    ids: set[str]
    links: list[tuple[str, int]]
    has_title: bool
    has_lang: bool


def _parse(path: Path) -> _Page:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    text = path.read_text(encoding="utf-8")
    tree = HTMLParser(text)
    ids = {n.attributes.get("id") or "" for n in tree.css("[id]")}
    links: list[tuple[str, int]] = []
    for node in tree.css("a[href], link[href], script[src], img[src], form[action]"):
        for attr in ("href", "src", "action"):
            value = node.attributes.get(attr)
            if value is not None:
                links.append((value, 0))
    title = tree.css_first("title")
    html = tree.css_first("html")
    return _Page(ids, links, bool(title and title.text(strip=True)),
                 bool(html and html.attributes.get("lang")))


def verify(out: Path, per_article: list[tuple[str, int, int, int]] | None = None) -> CheckResult:
    """Check a built site folder."""
    result = CheckResult(per_article=per_article or [])
    pages = {p.relative_to(out).as_posix(): _parse(p) for p in sorted(out.rglob("*.html"))
             if not p.relative_to(out).as_posix().startswith("pagefind/")}
    result.pages = len(pages)
    edges: dict[str, set[str]] = {}
    for rel, page in pages.items():
        if not page.has_title:
            result.problems.append(Problem(f"site/{rel}", 0, "page has no <title>"))
        if not page.has_lang:
            result.problems.append(Problem(f"site/{rel}", 0, "<html> has no lang attribute"))
        if rel == "404.html":
            continue
        edges[rel] = set()
        for link, _ in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
                continue
            result.links += 1
            if parts.path.startswith("/"):
                result.problems.append(Problem(f"site/{rel}", 0, f"root-relative link {link!r} breaks under /<repo>/"))
                continue
            base = posixpath.dirname(rel)
            target = posixpath.normpath(posixpath.join(base, unquote(parts.path))) if parts.path else rel
            if target.startswith("../") or target == "..":
                result.problems.append(Problem(f"site/{rel}", 0, f"link {link!r} escapes the site root"))
                continue
            path = out / target
            if path.is_dir():
                target = posixpath.join(target, "index.html") if target != "." else "index.html"
                path = out / target
            if not path.exists():
                result.problems.append(Problem(f"site/{rel}", 0, f"broken link {link!r}"))
                continue
            if target.endswith(".html"):
                edges[rel].add(target)
                frag = unquote(parts.fragment)
                if frag and frag not in pages.get(target, _Page(set(), [], True, True)).ids:
                    result.problems.append(Problem(f"site/{rel}", 0, f"link {link!r}: no #{frag} on {target}"))
    seen = {"index.html"}
    todo = deque(["index.html"])
    while todo:
        for nxt in edges.get(todo.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    for rel in sorted(set(pages) - seen - {"404.html"}):
        result.problems.append(Problem(f"site/{rel}", 0, "page is not reachable from index.html"))
    quotes_file = out / "data" / "quotes.json"
    if quotes_file.exists():
        quotes = json.loads(quotes_file.read_text(encoding="utf-8"))
        result.quotes = len(quotes)
        for q in quotes:
            if q.get("statement_date") is None or q.get("date_precision") not in ("day", "month", "year"):
                result.problems.append(Problem("site/data/quotes.json", 0, f"quote {q.get('id')}: invalid date"))
    return result


def run(config: SiteConfig, *, use_out: bool = False) -> CheckResult:
    """Build into a temp folder (or into --out when given) and verify it, including quote integrity."""
    tmp = Path(tempfile.mkdtemp(prefix="dateline-check-"))
    out = config.output_path if use_out else tmp / "site"
    try:
        report = pipeline.build(config.replace(output_dir=out, root=config.root, search=False))
        result = verify(out, report.per_article)
        result.problems = report.problems + result.problems
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
