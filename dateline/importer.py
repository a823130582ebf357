"""Raw news text → a Markdown article with front matter, dates resolved and explained.

Accepts the seeds' format (an optional leading ` date YYYY-MM-DD `, one paragraph
per line, `Quote:`/`Source:`/`Details:` labels kept as text, no title), Markdown
with or without front matter, and HTML (article text taken with selectolax).
Writes nothing that exists already unless `--force`, and then keeps the editor's
front-matter corrections (`quotes:`, title, topics…). A manifest (`--manifest`)
records how each file was imported so the result can be reproduced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dateline import dates
from dateline.errors import Problem
from dateline.load import Data, SourceFile, load_data, read_source, split_front_matter
from dateline.model import Article, DateInfo, PartialDate, slugify

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
KEPT_ON_FORCE = ("title", "slug", "speakers", "topics", "quotes", "draft", "archive_url", "outlet", "source_url",
                 "acknowledge")


@dataclass(frozen=True)
class ImportOptions:
    into: Path = Path("content/articles")
    outlet: str = ""
    source_url: str = ""
    given_date: str = ""
    date_basis: str = ""
    title: str = ""
    slug: str = ""
    force: bool = False
    dry_run: bool = False
    today: date = field(default_factory=date.today)


@dataclass
class ImportResult:
    source: str
    target: str = ""
    front_matter: str = ""
    problem: Problem | None = None
    skipped: str = ""
    date: DateInfo | None = None
    statement_date: DateInfo | None = None
    phrases: list[str] = field(default_factory=list)
    quotes: int = 0

    def summary(self) -> str:
        if self.skipped:
            return f"{self.source}: skipped ({self.skipped})"
        parts = [f"{self.source} → {self.target}"]
        if self.date:
            parts.append(f"published {self.date.date.iso()} [{self.date.confidence}: {self.date.basis}]")
        if self.statement_date:
            parts.append(f"said {self.statement_date.date.iso()} [{self.statement_date.confidence}: "
                         f"{self.statement_date.basis}]")
        parts.append(f"{self.quotes} quote(s)")
        if self.phrases:
            parts.append("dates in text: " + "; ".join(self.phrases[:6]))
        return "\n  ".join(parts)


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files to import: the given files, and importable files found under given folders."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                              and not f.name.startswith((".", "_"))))
        else:
            out.append(p)
    return out


def html_to_text(html: str) -> tuple[str, str]:
    """(title, paragraphs joined by blank lines) of an HTML article page."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for sel in ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure"):
        for node in tree.css(sel):
            node.decompose()
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    paras: list[str] = []
    if root is not None:
        for node in root.css("p, h2, h3, blockquote, li"):
            text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if text and (not paras or paras[-1] != text):
                paras.append(text)
    return title, "\n\n".join(paras)


# Where article pages record their publication date, most trusted first.
_HTML_DATE_META: tuple[tuple[str, str], ...] = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[name="article:published_time"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('[itemprop="datePublished"]', "datetime"),
    ('[itemprop="datePublished"]', "content"),
    ('meta[property="og:published_time"]', "content"),
    ('meta[name="parsely-pub-date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publishdate"]', "content"),
    ('meta[name="publish-date"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="DC.date.issued"]', "content"),
    ('meta[name="dcterms.date"]', "content"),
    ('meta[name="dc.date"]', "content"),
    ("time[pubdate]", "datetime"),
)
_HTML_ISO = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def html_published(html: str) -> DateInfo | None:
    """The publication date an HTML page states in its markup, as written (no time-zone shift).

    article:published_time and similar meta tags, JSON-LD ``datePublished``, then the
    first ``<time datetime>`` of the article.  The date part of the ISO value is kept as
    written: converting "2025-07-18T23:30:00-04:00" to UTC would move it a day.
    """
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    found: list[tuple[str, str]] = []
    for selector, attr in _HTML_DATE_META:
        for node in tree.css(selector):
            value = node.attributes.get(attr)
            if value:
                found.append((value, f"{selector.replace(chr(34), '')} {attr}"))
    for script in tree.css('script[type="application/ld+json"]'):
        m = _JSONLD_PUBLISHED.search(script.text())
        if m:
            found.append((m.group(1), "JSON-LD datePublished"))
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    first_time = root.css_first("time[datetime]") if root is not None else None
    if first_time is not None:
        found.append((first_time.attributes.get("datetime") or "", "the article's first <time datetime>"))
    for value, where in found:
        m = _HTML_ISO.match(value)
        if m is None:
            continue
        try:
            day = PartialDate.parse_iso(m.group(1))
        except ValueError:
            continue
        if day is not None:
            return DateInfo(day, "high", f"HTML {where} ‘{value.strip()}’ → {day.iso()} (date as written)")
    return None


def _paragraphs(text: str) -> list[str]:
    """Raw news text: one paragraph per non-empty line (the seeds' shape)."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def propose_title(paragraphs: Sequence[str]) -> str:
    """The lede's first sentence, cut at a word boundary near 90 characters."""
    for p in paragraphs:
        if re.match(r"^\s*(?:Source|Details|Quote|Background)\s*:", p):
            continue
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", p, maxsplit=1)[0].strip()
        first = first.rstrip(".")
        if len(first) > 90:
            cut = first[:90].rsplit(" ", 1)[0].rstrip(",;:—– ")
            first = cut + "…"
        return first
    return "Untitled article"


def _slug_from(title: str) -> str:
    words = slugify(title).split("-")
    out: list[str] = []
    for w in words:
        if len("-".join([*out, w])) > 60:
            break
        out.append(w)
    return "-".join(out) or "article"


def _dump(meta: dict[str, Any]) -> str:
    lines = []
    for key, value in meta.items():
        if value in ("", None, [], {}):
            continue
        lines.append(yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1000).rstrip("\n"))
    return "---\n" + "\n".join(lines) + "\n---\n"


def _existing_hashes(into: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    if not into.is_dir():
        return out
    for p in sorted(into.rglob("*.md")):
        try:
            head = p.read_text(encoding="utf-8-sig")[:4000]
        except (OSError, UnicodeDecodeError):
            continue
        m = re.search(r"^import_hash:\s*'?([0-9a-f]{40})'?\s*$", head, re.MULTILINE)
        if m:
            out[m.group(1)] = p
    return out


def _speaker_data(into: Path) -> Data:
    problems: list[Problem] = []
    return load_data(into.parent, problems)


def import_jobs(jobs: Sequence[tuple[Path, ImportOptions]]) -> Iterator[ImportResult]:
    """Import each (file, options); a bad file is reported and skipped, the others still import."""
    hashes: dict[Path, dict[str, Path]] = {}
    data: dict[Path, Data] = {}
    for f, options in jobs:
        if options.into not in hashes:
            hashes[options.into] = _existing_hashes(options.into)
            data[options.into] = _speaker_data(options.into)
        yield import_one(f, options, hashes[options.into], data[options.into])


def import_one(path: Path, options: ImportOptions, hashes: dict[str, Path], data: Data) -> ImportResult:
    display = path.as_posix()
    result = ImportResult(source=display)
    src = read_source(path, display)
    if isinstance(src, Problem):
        result.problem = src
        return result
    if not src.text.strip():
        result.problem = Problem(display, 0, "empty file; nothing to import")
        return result
    if src.digest in hashes and not options.force:
        result.skipped = f"already imported as {hashes[src.digest].as_posix()}"
        return result
    title, body_text, meta_in = _source_text(src, path)
    if options.given_date:
        try:
            given = dates.coerce_date(options.given_date)
        except ValueError as exc:
            result.problem = Problem(display, 0, f"--date: {exc}")
            return result
        _, body_text = dates.leading_date_prefix(body_text)
        pub: DateInfo | None = DateInfo(given, "high" if options.date_basis else "medium",
                                        options.date_basis or "given with --date at import")
    else:
        try:
            published = dates.publication_date(body_text, today=options.today)
        except ValueError as exc:
            result.problem = Problem(display, 1, str(exc))
            return result
        pub, body_text = published.info, published.text
        stated = _stated_date(path, src.text, meta_in)
        if stated is not None and (pub is None or pub.confidence != "high" or pub.date.precision != "day"):
            pub = stated
        elif pub is not None and published.year_assumed:
            pub = _dateline_year(pub, body_text, options.today)
            if pub is None:
                dateline = next((ph.text for ph in dates.find_date_phrases(body_text) if ph.kind == "dateline"),
                                body_text.split("\n", 1)[0][:60])
                result.problem = Problem(display, _line_of_phrase(src.text, dateline),
                                         f"the dateline ‘{dateline}’ gives no year and the text names none: "
                                         "rerun with --date YYYY-MM-DD (and --date-basis 'how you know')")
                return result
    paragraphs = _paragraphs(body_text)
    if not paragraphs:
        result.problem = Problem(display, 0, "no text left after the date line; nothing to import")
        return result
    result.phrases = [f"{ph.text!r}" for ph in dates.find_date_phrases("\n".join(paragraphs))]
    try:
        stmt = dates.article_statement_date(paragraphs, pub.date if pub else None, today=options.today)
    except dates.DateUnknown as exc:
        line = _line_of_phrase(src.text, exc.phrase)
        result.problem = Problem(display, line,
                                 f"‘{exc.phrase}’ gives no year and the text has no publication date: "
                                 "rerun with --date YYYY-MM-DD (and --date-basis 'how you know')")
        return result
    if stmt is not None and stmt.end is not None:
        stmt = _as_stored(stmt)
    if pub is None:
        if stmt is None:
            result.problem = Problem(display, 1, "no publication date and no dated statement found: "
                                                 "rerun with --date YYYY-MM-DD (and --date-basis 'how you know')")
            return result
        pub = DateInfo(stmt.date, "low",
                       f"no publication date in the text; the statement date is used ({stmt.basis})")
    title = options.title or title or propose_title(paragraphs)
    body = "\n\n".join(paragraphs) + "\n"
    slug = options.slug or meta_in.get("slug") or _slug_from(title)
    target = _free_target(options.into, slugify(str(slug)) or "article", path.name, options.force)
    meta: dict[str, Any] = {
        "title": title,
        "date": pub.date.iso(),
        "date_basis": pub.basis,
        "date_confidence": pub.confidence,
    }
    if (stmt is not None and stmt.date != pub.date) or (stmt is not None and stmt.basis != pub.basis):
        assert stmt is not None
        meta["statement_date"] = stmt.date.iso()
        meta["statement_date_basis"] = stmt.basis
        meta["statement_date_confidence"] = stmt.confidence
    meta["outlet"] = options.outlet or meta_in.get("outlet", "")
    meta["source_url"] = options.source_url or meta_in.get("source_url", "")
    analysis_article = Article(id="x", path=display, slug="x", title=title, date=pub, body=body, body_line=1,
                               statement_date=stmt)
    from dateline.pipeline import analyse

    found = analyse(analysis_article, data)
    speakers = sorted({q.speaker for q in found.quotes if q.speaker != "unknown"
                       and q.speaker in {s.id for s in data.speakers}},
                      key=lambda s: -sum(q.speaker == s for q in found.quotes))
    topics = sorted({t for q in found.quotes for t in q.topics})
    meta["speakers"] = speakers
    meta["topics"] = topics
    meta["import_hash"] = src.digest
    meta["import_source"] = path.name
    if target.exists() and not options.dry_run:
        if not options.force:
            result.problem = Problem(target.as_posix(), 0, "exists already; not overwritten (use --force to "
                                                           "re-import; your front-matter corrections are kept)")
            return result
        old = read_source(target, target.as_posix())
        if isinstance(old, SourceFile):
            old_meta, _, _, _ = split_front_matter(old)
            for key in KEPT_ON_FORCE:
                if old_meta.get(key) not in (None, "", []):
                    meta[key] = old_meta[key]
    result.date, result.statement_date, result.quotes = pub, stmt, len(found.quotes)
    result.target = target.as_posix()
    result.front_matter = _dump(meta)
    if not options.dry_run:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(result.front_matter + "\n" + body, encoding="utf-8")
        tmp.replace(target)
        hashes[src.digest] = target
    return result


def _as_stored(info: DateInfo) -> DateInfo:
    """A range ("said last week" → Monday..Sunday) as front matter can hold it: one date.

    Front matter has no end date, and writing the range's first day would claim a day
    nobody named.  A range inside one month becomes that month (month precision, exact);
    one across a month boundary keeps its first day at low confidence ("c. 31 Oct").
    """
    start, end = info.date, info.end
    assert end is not None
    if (start.year, start.month) == (end.year, end.month) and start.month is not None:
        return DateInfo(PartialDate(start.year, start.month), info.confidence,
                        f"{info.basis}; recorded as the month, {PartialDate(start.year, start.month).label()}")
    return DateInfo(start, "low", f"{info.basis}; recorded as its first day")


def _stated_date(path: Path, raw: str, meta_in: dict[str, Any]) -> DateInfo | None:
    """A publication date the file states outside its text: HTML markup or front-matter ``date``."""
    if path.suffix.lower() in (".html", ".htm"):
        return html_published(raw)
    value = meta_in.get("date")
    if value in (None, ""):
        return None
    try:
        day = dates.coerce_date(value)
    except ValueError:
        return None
    basis = str(meta_in.get("date_basis") or f"front matter date: {day.iso()}")
    return DateInfo(day, "high", basis)


def _dateline_year(pub: DateInfo, text: str, today: date) -> DateInfo | None:
    """A year-less dateline ("LIMA, December 6. /EFE/.") takes the latest year the article
    itself names (not today's year, which is wrong for any older article); None when it
    names no year, so the importer asks for --date instead of guessing.  Years in
    background sentences ("the full-scale invasion in February 2022", "since 2014") date
    a past event, not the article, and are not counted."""
    years = []
    for ph in dates.find_date_phrases(text):
        if ph.kind in ("explicit", "month-year", "year") and not _background(text, ph.start):
            years += [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", ph.text)]
    years = [y for y in years if y <= today.year]
    if not years or pub.date.month is None:
        return None
    year = max(years)
    try:
        d = PartialDate(year, pub.date.month, pub.date.day)
    except ValueError:
        return None
    if d.first_day() > today:
        return None
    basis = f"{pub.basis} (year {year}: the latest year the article names)"
    return DateInfo(d, "low", basis)


_BACKGROUND_EVENT = re.compile(
    r"(?i)\b(?:invasion|invaded|invade[sd]?|annex\w*|since|began|begun|launched|started|outbreak"
    r"|anniversary|ago|war\s+(?:broke|began|started))\b")


def _background(text: str, pos: int) -> bool:
    """Is the year at ``pos`` in a sentence about a past event the article recalls?"""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return _BACKGROUND_EVENT.search(text[start:min(ends, default=len(text))]) is not None


def _free_target(into: Path, slug: str, source_name: str, force: bool) -> Path:
    """`slug.md`, or `slug-2.md`… when that name belongs to an article imported from another file.

    A file imported earlier from the *same* source name keeps its name: re-importing it is
    refused without --force rather than silently duplicated.
    """
    n = 1
    while True:
        target = into / (f"{slug}.md" if n == 1 else f"{slug}-{n}.md")
        if not target.exists():
            return target
        try:
            head = target.read_text(encoding="utf-8-sig")[:4000]
        except (OSError, UnicodeDecodeError):
            head = ""
        m = re.search(r"^import_source:\s*'?(.+?)'?\s*$", head, re.MULTILINE)
        if m is None or m.group(1) == source_name:
            return target
        n += 1


def _source_text(src: SourceFile, path: Path) -> tuple[str, str, dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        title, text = html_to_text(src.text)
        return title, text, {}
    if suffix in (".md", ".markdown") and src.text.startswith("---"):
        meta, body, _, problems = split_front_matter(src)
        if not problems:
            found = meta.get("title")
            return (found if isinstance(found, str) else ""), body, meta
    return "", src.text, {}


def _line_of_phrase(text: str, phrase: str) -> int:
    pos = text.find(phrase)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 1


def read_manifest(path: Path) -> list[tuple[Path, ImportOptions]]:
    """`imports.yaml`: a list of {file, outlet, source_url, date, date_basis, title, slug, today}.

    Paths are relative to the manifest. Lets a project reproduce its imports exactly.
    """
    entries = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or []
    if not isinstance(entries, list):
        raise ValueError(f"{path}: a manifest is a list of entries")
    out = []
    for e in entries:
        if not isinstance(e, dict) or "file" not in e:
            raise ValueError(f"{path}: each entry needs file:")
        opts = ImportOptions(
            into=Path(str(e.get("into", "content/articles"))), outlet=str(e.get("outlet", "")),
            source_url=str(e.get("source_url", "")), given_date=str(e.get("date", "")),
            date_basis=str(e.get("date_basis", "")), title=str(e.get("title", "")), slug=str(e.get("slug", "")),
            today=date.fromisoformat(str(e["today"])) if e.get("today") else date.today(),
        )
        out.append(((path.parent / str(e["file"])).resolve(), opts))
    return out
