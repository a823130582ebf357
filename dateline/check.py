"""`dateline check`: build into a temporary folder and verify what a reader relies on.

Checks every internal link and `#anchor`, that nothing escapes the site root
(root-relative links break under /<repo>/), that every quote is verbatim in its
article (the build's verbatim gate) and that its `#q-…` anchor exists, that every
page is reachable from index.html, that pages have a title, a language and images
an alt text, that ids are unique on a page, and that every date in
data/quotes.json is a real date of the precision it claims.

All of those are errors: they fail the check. The build's warnings (a quote mark the article
never closes, …) are reported too but fail only a strict check: faithful text has oddities
an editor should see, not be forced to "fix" in the source's words; an article's
`acknowledge:` entries set the ones an editor has looked at apart, strict or not.

Speed: one lexbor parse per page (selectolax); each page's links resolved in the same worker, once
per (folder, href), against a set of the files written (never one stat per link); sites of 300+
pages are scanned in a fork pool. 1000-article bench corpus (1029 pages, 220 MB of HTML): ~1.7-2.0 s
on 2 shared cores, ~2.2 s of CPU serially.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import tempfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from dateline import pipeline
from dateline.config import SiteConfig
from dateline.errors import BuildFailed, Problem
from dateline.write import MARKER

# Which attribute of which element is a link to follow. One css query with bare attribute
# selectors walks the tree once (tag-qualified selectors cost ~7x more on large pages).
_LINK_ATTRS = {
    "a": "href", "area": "href", "link": "href", "form": "action", "script": "src", "img": "src",
    "iframe": "src", "source": "src", "audio": "src", "video": "src", "track": "src", "embed": "src",
}
_PARALLEL_FROM = 300  # pages; below this a pool costs more than it saves
_SKIP_SCHEMES = ("mailto:", "tel:", "data:", "javascript:")


@dataclass
class CheckResult:
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0
    links: int = 0
    quotes: int = 0
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)
    acknowledged: list[tuple[Problem, str]] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def failed(self, strict: bool) -> bool:
        """Errors fail a check; warnings only a strict one (acknowledged warnings never do)."""
        return bool(self.errors or (strict and self.warnings))


@dataclass
class _Page:
    ids: set[str]
    links: list[str]            # distinct, in document order
    title: bool
    lang: bool
    no_alt: int                 # <img> without alt
    duplicate_ids: list[str]
    # internal links resolved: (link as written, target file or None, fragment, problem message or None)
    refs: list[tuple[str, str | None, str, str | None]] = field(default_factory=list)
    redirect: bool = False      # a page left at an article's old address (meta refresh): linked from nowhere


# The site's files and folders while a verify() runs: set before the worker pool forks, so
# workers inherit it instead of receiving it with every task.
_SITE: tuple[Path, set[str], set[str]] | None = None
_RESOLVED: dict[tuple[str, str], tuple[str | None, str | None]] = {}


def _parse(data: bytes) -> _Page:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data)
    id_list: list[str] = []
    links: dict[str, None] = {}
    for node in tree.css("[id], [href], [src], [action]"):
        attrs = node.attributes
        ident = attrs.get("id")
        if ident is not None:
            id_list.append(ident)
        attr = _LINK_ATTRS.get(node.tag or "")
        if attr is not None:
            value = attrs.get(attr)
            if value is not None:
                links[value.strip()] = None
    ids = set(id_list)
    dups = sorted({i for i in id_list if id_list.count(i) > 1}) if len(ids) != len(id_list) else []
    title = tree.css_first("title")
    html = tree.css_first("html")
    no_alt = len(tree.css("img:not([alt])")) if b"<img" in data or b"<IMG" in data else 0
    redirect = b"http-equiv" in data and any((m.attributes.get("http-equiv") or "").lower() == "refresh"
                                             for m in tree.css("meta[http-equiv]"))
    return _Page(ids, list(links), bool(title and title.text(strip=True)),
                 bool(html and (html.attributes.get("lang") or "").strip()), no_alt, dups, redirect=redirect)


def _scan(rel: str) -> _Page:
    """Parse one page and resolve its internal links against the site's files (runs in workers)."""
    assert _SITE is not None
    out, files, dirs = _SITE
    with open(out / rel, "rb") as fh:
        page = _parse(fh.read())
    if rel == "404.html":
        return page  # served at any depth: its links are checked as base-path-absolute instead
    base = posixpath.dirname(rel) or "."
    for link in page.links:
        path, frag = _split(link)
        if path is None:
            continue
        if path.startswith("/"):
            page.refs.append((link, None, frag, f"root-relative link {link!r} breaks under /<repo>/: make it relative"))
            continue
        if not path:
            page.refs.append((link, rel, frag, None))
            continue
        key = (base, path)
        hit = _RESOLVED.get(key)
        if hit is None:
            hit = _RESOLVED[key] = _resolve(base, path, files, dirs)
        page.refs.append((link, hit[0], frag, None if hit[1] is None else f"broken link {link!r}: {hit[1]}"))
    return page


def _scan_all(out: Path, rels: list[str], files: set[str], dirs: set[str]) -> dict[str, _Page]:
    """Scan every page; large sites in a process pool (lexbor parsing is the bulk of the work)."""
    global _SITE
    _SITE = (out, files, dirs)
    _RESOLVED.clear()
    try:
        workers = min(os.cpu_count() or 1, 8)
        if workers > 1 and len(rels) >= _PARALLEL_FROM:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            try:
                ctx = multiprocessing.get_context("fork")
                # Largest first, a few pages a task: the big listing pages spread over the workers.
                order = sorted(rels, key=lambda r: -os.path.getsize(out / r))
                with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
                    scanned = dict(zip(order, pool.map(_scan, order, chunksize=4), strict=True))
                return {rel: scanned[rel] for rel in rels}
            except (OSError, ValueError, RuntimeError):
                pass  # no fork here (or no room for a worker): scan in this process
        return {rel: _scan(rel) for rel in rels}
    finally:
        _SITE = None
        _RESOLVED.clear()


def _line_of(path: Path, needle: str) -> int:
    """1-based line of the first occurrence of `needle` in a file (0 when not found); only on problems."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 0
    pos = text.find(needle)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 0


def _files(out: Path) -> tuple[set[str], set[str]]:
    """Every file and folder under `out`, as posix paths relative to it (one walk, no stat per link)."""
    files: set[str] = set()
    dirs: set[str] = {"."}
    for dirpath, dirnames, filenames in os.walk(out):
        rel = Path(dirpath).relative_to(out).as_posix()
        for d in dirnames:
            dirs.add(d if rel == "." else f"{rel}/{d}")
        for f in filenames:
            files.add(f if rel == "." else f"{rel}/{f}")
    return files, dirs


def _resolve(base: str, path: str, files: set[str], dirs: set[str]) -> tuple[str | None, str | None]:
    """(target file, problem) for a relative link path seen from folder `base`."""
    joined = posixpath.normpath(posixpath.join(base, unquote(path)))
    if joined == ".." or joined.startswith("../"):
        return None, "escapes the site root"
    if joined in dirs:
        index = "index.html" if joined == "." else f"{joined}/index.html"
        if index in files:
            return index, None
        return None, "is a folder without index.html"
    if joined in files:
        if path.endswith("/"):
            return None, "ends in / but is a file"
        return joined, None
    return None, "points to a missing file"


def _split(link: str) -> tuple[str | None, str]:
    """(path, unquoted fragment) of an internal link; path None for external or non-navigating links."""
    if ":" not in link and not link.startswith("//"):  # the common case: relative, no scheme
        rest, _, frag = link.partition("#")
        return rest.partition("?")[0], unquote(frag) if "%" in frag else frag
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.lower().startswith(_SKIP_SCHEMES):
        return None, ""
    return parts.path, unquote(parts.fragment)


def _valid_date(value: Any, precision: Any) -> bool:
    if not isinstance(value, str):
        return False
    padded = {"year": (4, "-01-01"), "month": (7, "-01"), "day": (10, "")}.get(str(precision))
    if padded is None or len(value) != padded[0]:
        return False
    try:
        date.fromisoformat(value + padded[1])
    except ValueError:
        return False
    return True


PAGE_MAX = 1_000_000  # bytes an HTML page may weigh


def verify(out: Path, per_article: list[tuple[str, int, int, int]] | None = None,
           base_path: str | None = None, label: str = "site") -> CheckResult:
    """Check a built site folder; problems are reported as `<label>/<path>`.

    `base_path` (e.g. "/repo/") also checks that 404.html's absolute links resolve under it.
    """
    result = CheckResult(per_article=per_article or [])
    files, dirs = _files(out)
    html_files = sorted(f for f in files if f.endswith(".html") and not f.startswith("pagefind/"))
    pages = _scan_all(out, html_files, files, dirs)
    result.pages = len(pages)

    def problem(rel: str, message: str, needle: str = "") -> None:
        line = _line_of(out / rel, needle) if needle else 0
        result.problems.append(Problem(f"{label}/{rel}", line, message))

    edges: dict[str, set[str]] = {}
    for rel in html_files:  # DESIGN: no HTML page over 1 MB (a build splits what it can: `markdown.parts`)
        size = (out / rel).stat().st_size
        if size > PAGE_MAX:
            problem(rel, f"page is {size / 1e6:.1f} MB, over the {PAGE_MAX // 1_000_000} MB a page may weigh "
                         "(slow to open on a phone)")
    for rel, page in pages.items():
        if not page.title:
            problem(rel, "page has no <title>", "<head")
        if not page.lang:
            problem(rel, "<html> has no lang attribute", "<html")
        if page.no_alt:
            problem(rel, f"{page.no_alt} <img> without alt text", "<img")
        for dup in page.duplicate_ids:
            problem(rel, f"id {dup!r} is used more than once (anchors to it are ambiguous)", f'id="{dup}"')
        if rel == "404.html":
            _check_404(out, rel, page, base_path, files, dirs, problem)
            continue
        targets = edges.setdefault(rel, set())
        result.links += len(page.refs)
        for link, target, frag, why in page.refs:
            if target is None:
                problem(rel, why or f"broken link {link!r}", link)
                continue
            target_page = pages.get(target)
            if target_page is not None:
                targets.add(target)
                if frag and frag not in target_page.ids:
                    problem(rel, f"link {link!r}: no id={frag!r} on {target}", link)
    seen = {"index.html"} if "index.html" in pages else set()
    if not seen:
        result.problems.append(Problem(f"{label}/index.html", 0, "no index.html at the site root"))
    if MARKER not in files:  # the output contract: every build marks its folder as dateline's
        result.problems.append(Problem(f"{label}/{MARKER}", 0, "missing: this folder was not written by a dateline build"))
    todo = deque(seen)
    while todo:
        for nxt in edges.get(todo.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    this_year = date.today().year
    for rel in sorted(set(pages) - seen - {"404.html"} - {r for r, p in pages.items() if p.redirect}):
        year = re.fullmatch(r"(\d{4})/index\.html", rel)
        future = (f": the page of {year.group(1)}, a year not reached yet (an article's date: is after today; "
                  "the build warns at its line)") if year and int(year.group(1)) > this_year else ""
        problem(rel, f"page is not reachable from index.html (no chain of links leads here){future}")
    _check_quotes(out, pages, result, label)
    return result


def _check_404(out: Path, rel: str, page: _Page, base_path: str | None, files: set[str], dirs: set[str],
               problem: Callable[[str, str, str], None]) -> None:
    """404.html is served at the missing URL, so its links must be absolute under the base path."""
    for link in page.links:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.lower().startswith(_SKIP_SCHEMES) or not parts.path:
            continue
        if not parts.path.startswith("/"):
            problem(rel, f"404.html link {link!r} is relative: it breaks when served at a deep missing URL", link)
            continue
        if base_path is None:
            continue
        if not parts.path.startswith(base_path):
            problem(rel, f"404.html link {link!r} is outside the base path {base_path}", link)
            continue
        target, why = _resolve(".", parts.path[len(base_path):], files, dirs)
        if target is None:
            problem(rel, f"404.html: broken link {link!r}: {why}", link)


def _check_quotes(out: Path, pages: dict[str, _Page], result: CheckResult, label: str) -> None:
    quotes_file = out / "data" / "quotes.json"
    if not quotes_file.exists():
        return
    where = f"{label}/data/quotes.json"
    try:
        quotes = json.loads(quotes_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        result.problems.append(Problem(where, 0, f"not valid JSON: {exc}"))
        return
    if not isinstance(quotes, list):
        result.problems.append(Problem(where, 0, "expected a list of quotes"))
        return
    result.quotes = len(quotes)
    for q in quotes:
        if not isinstance(q, dict):
            result.problems.append(Problem(where, 0, f"not a quote object: {q!r:.60}"))
            continue
        qid = q.get("id")
        if not _valid_date(q.get("statement_date"), q.get("date_precision")):
            result.problems.append(Problem(where, 0, f"quote {qid}: invalid date {q.get('statement_date')!r} "
                                                     f"(precision {q.get('date_precision')!r})"))
        url = q.get("url")
        if not isinstance(url, str) or "#" not in url:
            result.problems.append(Problem(where, 0, f"quote {qid}: no url with a #q- anchor"))
            continue
        path, _, frag = url.partition("#")
        target = posixpath.join(path, "index.html") if path.endswith("/") or not path else path
        page = pages.get(target)
        if page is None:
            result.problems.append(Problem(where, 0, f"quote {qid}: url {url!r} has no page"))
        elif frag not in page.ids:
            result.problems.append(Problem(where, 0, f"quote {qid}: no id={frag!r} on {target}"))


def _base_path(base_url: str) -> str | None:
    if not base_url:
        return None
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


def run(config: SiteConfig, *, use_out: bool = False) -> CheckResult:
    """Build into a temporary folder and verify it, including quote integrity.

    With `use_out` the build still runs in the temporary folder (for its content gates) but the
    folder verified is the existing `--out` one: the site about to be published, search index and
    all, is checked as it is and never rebuilt. Content problems (a quote not verbatim, an invalid
    date, broken front matter) fail the build; they are returned as problems like the rest.
    Warnings are returned too, whatever `config.strict` says: whether they fail is the caller's
    `CheckResult.failed(strict)`, so a strict check still lists every problem of the site.
    """
    tmp = Path(tempfile.mkdtemp(prefix="dateline-check-"))
    try:
        try:
            report = pipeline.build(config.replace(output_dir=tmp / "site", root=config.root, search=False,
                                                   strict=False))
        except BuildFailed as exc:
            return CheckResult(problems=list(exc.problems))
        out = config.output_path if use_out else tmp / "site"
        if not (out / "index.html").exists():
            return CheckResult(problems=[*report.problems, Problem(str(out), 0, (
                f"no built site here: `check --out {config.output_dir}` verifies a site already built in that folder "
                f"and builds nothing into it; run `dateline build --out {config.output_dir}` first, or `dateline "
                "check` without --out to check a fresh build") if use_out else "no built site here: run build first")])
        label = Path(config.output_dir).as_posix().rstrip("/") if use_out else "site"
        result = verify(out, report.per_article, _base_path(config.base_url), label)
        result.problems = report.problems + result.problems
        result.acknowledged = report.acknowledged
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
