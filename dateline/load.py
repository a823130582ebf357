"""Read the content folder: articles (front matter + Markdown) and the `_data` files.

The only step that reads content files. python-frontmatter fails silently on a
BOM, an unclosed fence or a non-mapping block, so the fence is found here and
every such case becomes a `Problem` with the file's own line number.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import re
import stat
import time
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import frontmatter.default_handlers
import yaml

from dateline import markdown
from dateline.config import LANG_TAG, NumericOrder
from dateline.errors import Problem, closest, comma_missing, did_you_mean, run_together
from dateline.model import (
    CONFIDENCES,
    Acknowledgement,
    Article,
    CorrectionKind,
    DateInfo,
    Era,
    PartialDate,
    QuoteCorrection,
    ShiftVerdict,
    Speaker,
    Stance,
    Topic,
    path_segment,
    reserved_name,
    slugify,
)
from dateline.model import Data as Data  # re-exported: `load` returns it
from dateline.names import compare, fold
from dateline.workers import in_workers

_YAML = frontmatter.default_handlers.YAMLHandler()
LOAD_IN_WORKERS = 500  # article files from which they are read and parsed in forked workers
# Invalid in XML feeds or invisible in HTML (C0, DEL, C1 with NEL, the noncharacters U+FFFE/F), and
# what YAML refuses without saying where: replaced one for one, so offsets and lines stay right.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_FENCE = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)

ARTICLE_KEYS = {
    "title", "date", "statement_date", "date_basis", "date_confidence", "statement_date_basis",
    "statement_date_confidence", "outlet", "outlet_basis", "source_url", "archive_url", "speakers", "topics",
    "draft", "slug", "quotes", "import_hash", "import_source", "summary", "acknowledge", "lang", "writer",
}
RENAMED_KEYS = {"url": "source_url", "link": "source_url", "tags": "topics", "speaker": "speakers"}


@dataclass(frozen=True)
class SourceFile:
    """A content file as read from disk: decoded text (LF endings), its path and hash."""

    path: str
    text: str
    digest: str
    replaced: tuple[int, ...] = ()  # lines where control characters were replaced by U+FFFD


@dataclass
class Loaded:
    """What `load` hands on: articles, data, and every problem met on the way."""

    articles: list[Article] = field(default_factory=list)
    data: Data = field(default_factory=Data)
    problems: list[Problem] = field(default_factory=list)


def newlines(text: str) -> str:
    """CRLF and lone CR become LF; the Unicode line and paragraph separators (U+2028, U+2029)
    become spaces, one character for one, so every offset stays.

    `path:line` counts LFs, as an editor shows lines. YAML counts U+2028/2029 as line breaks too:
    made LFs they kept YAML's count equal to ours but put every later line of the file one lower
    than the editor's (a body pasted from a web page or JSON carries them: hostile round 64, u08);
    made spaces, no one counts them, and YAML folds a line break inside a value to a space anyway.
    (The other breaks `str.splitlines` knows, VT, FF, FS–RS and NEL, are control characters:
    replaced, in place, and warned about.)"""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", " ").replace("\u2029", " ")
    return text


def read_source(path: Path, display: str, within: Path | None = None, *,
                resolved: tuple[Path, Path] | None = None, page: bool = False) -> SourceFile | Problem:
    """A content or data file read (`_read_source`), refused at the line of a merge conflict marker
    left in it (`conflict_marker`)."""
    src = _read_source(path, display, within, resolved=resolved, page=page)
    if isinstance(src, Problem):
        return src
    if src.text.startswith("{\\rtf"):
        # (imported or built, its control words were published as text: hostile round 82, d04)
        return Problem(display, 1, "an RTF document (rich text, as Word, WordPad or TextEdit save it): not read; "
                                   "save it as plain text (.txt) or as a web page (.html) and use that")
    return conflict_marker(src) or src


# the marker lines git (and Mercurial, Subversion, diff3) write around the two sides of a conflict: seven
# signs at a line's start, then a space and the side's name or nothing
_CONFLICT_OPEN = re.compile(r"^<{7}(?:[ \t].*)?$", re.MULTILINE)
_CONFLICT_SPLIT = re.compile(r"^={7}[ \t]*$", re.MULTILINE)
_CONFLICT_CLOSE = re.compile(r"^>{7}(?:[ \t].*)?$", re.MULTILINE)


def conflict_marker(src: SourceFile) -> Problem | None:
    """An error at the first line of a merge conflict left in a file (`<<<<<<< HEAD` … `=======` …
    `>>>>>>> branch`), or None. Left in an article body it built silently, both versions published as
    quotes and the marker as a heading (hostile round 82, a05); in a data file it was reported as the
    YAML error it causes, a line below (b02). An opening or closing marker alone counts (one half of the
    conflict deleted by hand); a `=======` alone does not (a Markdown heading's underline), nor inside
    a front-matter value: only whole lines of exactly seven signs."""
    text = src.text
    if "<<<<<<<" not in text and ">>>>>>>" not in text:
        return None
    found = [m for m in (_CONFLICT_OPEN.search(text), _CONFLICT_CLOSE.search(text)) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    line = text.count("\n", 0, first.start()) + 1
    split = _CONFLICT_SPLIT.search(text, first.end())
    tail = f" (its other side from line {text.count(chr(10), 0, split.start()) + 1})" \
        if split is not None and first.group(0).startswith("<") else ""
    return Problem(src.path, line, f"merge conflict marker {first.group(0)[:60]!r}: a merge left two versions "
                                   f"here{tail}; keep the right one and delete the marker lines "
                                   "(<<<<<<<, ======= and >>>>>>>)")


def _read_source(path: Path, display: str, within: Path | None = None, *,
                 resolved: tuple[Path, Path] | None = None, page: bool = False) -> SourceFile | Problem:
    """Decode a file as UTF-8 (a BOM is dropped) with LF line endings.

    `page`: a saved web page, which may say its own encoding (`<meta charset="iso-8859-1">`, an
    older CMS, a Windows "Save as"): not UTF-8, it is decoded as it says, as a browser does.

    `within`: the content folder; a file that resolves outside it (a symlink to /etc/passwd,
    to a private note) is refused rather than published. `resolved`: `path.resolve()` and
    `within.resolve()` when the caller has them already (`load` resolves each path once).
    """
    if within is not None:
        try:
            here, folder = resolved if resolved is not None else (path.resolve(), within.resolve())
            here.relative_to(folder)
        except (ValueError, OSError, RuntimeError):
            return Problem(display, 1, f"links to a file outside {within.name}/: not read (copy the file in instead)")
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            # a named pipe blocks the read until something writes to it: the build hung (hostile round 59, l05)
            return Problem(display, 1, "not a regular file (a named pipe, socket or device): skipped", "warning")
        raw = path.read_bytes()
    except OSError as exc:
        return Problem(display, 1, f"cannot read: {exc.strerror or exc}")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") and b"\x00" in raw[:4096]:
        # a BOM names UTF-16 (or UTF-32) exactly: Windows' "Save as Unicode" of a page or a text (hostile round 71, e04)
        try:
            return read_text_source(display, raw.decode("utf-32" if raw[:4] in _UTF32_BOMS else "utf-16"), raw)
        except UnicodeDecodeError as exc:
            return Problem(display, 1, f"starts with a UTF-16 byte order mark but is not UTF-16 (offset {exc.start}): "
                                       "save it as UTF-8 text")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return Problem(display, line, "NUL byte (binary data, or a file saved as UTF-16?): not read; save it as UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(raw) if page else None
        if declared is not None:
            return read_text_source(display, raw.decode(declared, errors="replace"), raw)
        line = raw[: exc.start].count(b"\n") + 1
        return Problem(display, line, f"not valid UTF-8 (byte {raw[exc.start]:#x} at offset {exc.start})"
                       + _encoding_hint(raw, exc.start, display))
    return read_text_source(display, text, raw)


def read_text_source(display: str, text: str, raw: bytes) -> SourceFile:
    """A decoded file as a source: LF line endings, control characters replaced (their lines kept)."""
    text = newlines(text)
    replaced = tuple(sorted({text.count("\n", 0, m.start()) + 1 for m in _CONTROL.finditer(text)}))
    if replaced:
        text = _CONTROL.sub("\ufffd", text)
    return SourceFile(display, text, hashlib.sha1(raw).hexdigest(), replaced)


# `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`, in the
# first 2048 bytes as the HTML standard looks for it
_META_CHARSET = re.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})""")


def _declared_charset(raw: bytes) -> str | None:
    """The encoding a page declares, as Python names it; the standard reads "iso-8859-1" and
    "ascii" as windows-1252 (its curly quotes and dashes). None: no declaration, or UTF-8, or an
    encoding Python does not know."""
    import codecs

    found = _META_CHARSET.search(raw[:2048])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith("utf-8") or name.startswith("utf_8"):
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
# the legacy encodings an editor's file is likely in, for `_legacy_encoding` to choose among: the Windows code
# pages of Europe, KOI8-R, and the East Asian multi-byte ones
LEGACY = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "koi8_r", "shift_jis", "gb18030", "big5",
          "euc_kr", "euc_jp")
_WORD_BYTES = re.compile(rb"[A-Za-z\x80-\xff]+")


def _legacy_encoding(raw: bytes) -> str | None:
    """The legacy encoding a file that is not UTF-8 is most likely in, or None. Latin text in Windows-1252 has
    a few bytes over 0x7f inside mostly ASCII words ('Ação'); text in another script read as Windows-1252 has
    words made wholly of them ('Ðóèñ' for 'Руис': windows-1251, and advising windows-1252 made mojibake,
    hostile round 71, e05/e07). Which other encoding: charset_normalizer's guess among `LEGACY`."""
    sample = raw[:65536]
    words = [w for w in _WORD_BYTES.findall(sample) if any(b > 0x7F for b in w)]
    high = sum(sum(b > 0x7F for b in w) for w in words)
    try:
        sample.decode("cp1252")
        latin = high <= 0.5 * sum(len(w) for w in words)
    except UnicodeDecodeError:
        latin = False
    if latin:
        return "cp1252"
    try:
        import charset_normalizer
    except ImportError:  # (a dependency of trafilatura's): without it, no guess
        return None
    best = charset_normalizer.from_bytes(sample, cp_isolation=list(LEGACY)).best()
    return best.encoding if best is not None and best.encoding != "cp1252" else None


def iconv_name(encoding: str) -> str:
    """Python's name of an encoding as iconv spells it (cp1251 → WINDOWS-1251, koi8_r → KOI8-R)."""
    if encoding.startswith("cp125"):
        return f"windows-{encoding[2:]}"
    return encoding.upper() if encoding == "shift_jis" else encoding.upper().replace("_", "-")


def _encoding_hint(raw: bytes, at: int, display: str) -> str:
    """How to make a file UTF-8: text saved by older Windows or newsroom tools is in a legacy encoding (Latin-1
    with curly quotes, Windows-1251 …). Say the one the bytes read as, what the text there reads as in it, and
    the command that converts it; never convert silently (a wrong guess would publish wrong letters as quotes)."""
    encoding = _legacy_encoding(raw)
    if encoding is None:
        return ": save it as UTF-8 text (most editors offer the encoding under Save As)"
    word = next((m for m in _WORD_BYTES.finditer(raw, max(0, at - 40), at + 40) if m.start() <= at < m.end()), None)
    shown = (raw[word.start():word.end()] if word is not None else raw[at:at + 2]).decode(encoding, errors="replace")
    quoted = display if re.fullmatch(r"[\w./-]+", display) else f"'{display}'"
    name = iconv_name(encoding)
    what = "Windows-1252 / Latin-1" if encoding == "cp1252" else name
    return (f": it reads as {what} ({shown!r} there), so convert it: "
            f"iconv -f {name} -t utf-8 {quoted} > converted.txt, check it, then replace the file with it "
            "(or save it as UTF-8 in your editor)")


def replaced_warning(src: SourceFile) -> list[Problem]:
    """Say where invisible control characters were replaced (U+FFFD shows in the page)."""
    if not src.replaced:
        return []
    more = f" (and on lines {', '.join(map(str, src.replaced[1:6]))}{'…' if len(src.replaced) > 6 else ''})" \
        if len(src.replaced) > 1 else ""
    return [Problem(src.path, src.replaced[0], f"control character(s) replaced by \ufffd{more}: "
                                                "remove them or retype the text", "warning")]


# What PyYAML says (its context, its problem) → where the mistake is and what it is, in an editor's
# words. An unclosed quote or bracket is found only where the text ends ("found unexpected end of
# stream" at the closing ---): the line to fix is the one where it was opened (the context's mark).
_PLAIN_YAML: tuple[tuple[str, tuple[str, ...], bool, str], ...] = (
    ("while scanning a quoted scalar", ("",), True,
     "a quote opened on this line is never closed: end the text with the same quote mark "
     "(a \" inside \"…\" is written \\\", or put the text in '…')"),
    ("while parsing a flow sequence", ("",), True,
     "a list opened with '[' on this line is never closed with ']' (or a ',' is missing)"),
    ("while parsing a flow mapping", ("",), True,
     "a '{' opened on this line is never closed with '}' (or a ',' is missing)"),
    ("", ("mapping values are not allowed",), False,
     "a ': ' inside a value: put the whole value in quotes (\"…\")"),
    ("", ("found character '\\t' that cannot start any token",), False,
     "a tab indents this line: YAML indents with spaces only (replace the tab with spaces)"),
    ("while parsing a block mapping", ("expected <block end>, but found", "did not find expected key"), False,
     "this line is not `key: value`: text after a closing quote? Put the whole value in quotes "
     "('…' around a text with \"…\" in it)"),
)


def _yaml_error(exc: yaml.YAMLError, text: str, first_line: int) -> tuple[int, str]:
    """(line, reason) of a YAML error; reader errors (bad characters) carry a position, not a mark.
    The common mistakes are said in plain words, at the line where they were made."""
    context, problem = str(getattr(exc, "context", None) or ""), str(getattr(exc, "problem", None) or "")
    for said, found, at_start, plain in _PLAIN_YAML:
        start = getattr(exc, "context_mark", None) if at_start else getattr(exc, "problem_mark", None)
        if context.startswith(said) and problem.startswith(found) and start is not None:
            return first_line + start.line, plain
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        line = first_line + mark.line
    elif isinstance(getattr(exc, "position", None), int):
        line = first_line + text.count("\n", 0, exc.position)  # type: ignore[attr-defined]
    else:
        line = first_line
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return line, str(reason)


def split_front_matter(src: SourceFile) -> tuple[dict[str, Any], str, int, list[Problem]]:
    """Return (metadata, body, first body line, problems) for one article file."""
    text = src.text
    if not text.startswith("---"):
        return {}, text, 1, [Problem(src.path, 1, "no front matter: an article starts with a '---' line")]
    first = _FENCE.match(text)
    if not first:
        return {}, text, 1, [Problem(src.path, 1, "front matter must open with a line of '---'")]
    closing = _FENCE.search(text, first.end())
    if not closing:
        return {}, text, 1, [Problem(src.path, 1, "front matter opened with '---' is never closed")]
    block = text[first.end() + 1 : closing.start()]
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    body_line = text.count("\n", 0, body_start) + 1
    try:
        meta = _YAML.load(block)
    except yaml.YAMLError as exc:
        line, reason = _yaml_error(exc, block, 2)
        return {}, text[body_start:], body_line, [
            Problem(src.path, line, f"front matter is not valid YAML: {reason}: {_line_of(text, line)!r}")
        ]
    except (ValueError, OverflowError) as exc:  # PyYAML's own ValueError for impossible dates like 2022-02-30
        line = _bad_value_line(block, exc) or _find_key_line(text, "date") or 2
        return {}, text[body_start:], body_line, [Problem(src.path, line, f"front matter: {exc}: {_line_of(text, line)!r}")]
    except RecursionError:
        return {}, text[body_start:], body_line, [Problem(src.path, 2, "front matter is nested too deeply")]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, text[body_start:], body_line, [
            Problem(src.path, 2, f"front matter must be a mapping of keys, got a {type(meta).__name__}")
        ]
    twice = _duplicate_keys(block)
    if twice:
        return {}, text[body_start:], body_line, [
            Problem(src.path, later, f"{key}: set twice (first on line {first}); YAML would keep only the last one")
            for key, first, later in twice
        ]
    return {str(k): v for k, v in meta.items()}, text[body_start:], body_line, []


_TOP_KEY = re.compile(r"^(?:(['\"])(.+?)\1|([^\s#'\"\-?:][^:#]*?))[ \t]*:(?:[ \t]|$)", re.MULTILINE)
_ISO_LIKE = re.compile(r"^[^#\n]*?:\s*['\"]?(\d{4}-\d{1,2}-\d{1,2})\b", re.MULTILINE)


def _duplicate_keys(block: str) -> list[tuple[str, int, int]]:
    """Top-level keys written twice: (key, first line, repeated line), file lines (block + 1).

    PyYAML keeps the last value without a word; the first one, which the editor may think
    is in force, would be silently lost."""
    seen: dict[str, int] = {}
    out = []
    for m in _TOP_KEY.finditer(block):
        key = (m.group(2) or m.group(3) or "").strip()
        line = block.count("\n", 0, m.start()) + 2
        if key in seen:
            out.append((key, seen[key], line))
        else:
            seen[key] = line
    return out


def _bad_value_line(block: str, exc: Exception) -> int:
    """The line of the value PyYAML could not convert (it raises ValueError with no mark):
    an integer too long to convert, else the first date that is not a real date (2023-02-30).
    A line of the block as a file line (block + 1), or 0."""
    if "integer string conversion" in str(exc):
        m = re.search(r"\d{4000,}", block)
        return block.count("\n", 0, m.start()) + 2 if m else 0
    for m in _ISO_LIKE.finditer(block):
        y, mo, d = (int(x) for x in m.group(1).split("-"))
        try:
            date(y, mo, d)
        except ValueError:
            return block.count("\n", 0, m.start()) + 2
    return 0


def _line_of(text: str, line: int) -> str:
    """The offending line as quoted in a message (cut short: a message is one readable line)."""
    lines = text.split("\n")
    found = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return found if len(found) <= 100 else found[:100] + "…"


def _find_key_line(text: str, key: str) -> int:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def parse_article(src: SourceFile, numeric_dates: NumericOrder | None = None) -> tuple[Article | None, list[Problem]]:
    """Front matter + body → Article, checking every key; problems carry file:line. `numeric_dates`:
    the project's order of numeric dates (`config.NumericOrder`), which reads `date: 03/12/2026`."""
    meta, body, body_line, problems = split_front_matter(src)
    if problems:
        return None, problems + replaced_warning(src)
    body = markdown.character_references(body)
    problems = replaced_warning(src)

    def where(key: str) -> int:
        return _find_key_line(src.text, key) or 1

    for key in sorted(meta):
        if key in RENAMED_KEYS:
            problems.append(Problem(src.path, where(key), f"unknown key {key!r}: use {RENAMED_KEYS[key]!r}"))
        elif key not in ARTICLE_KEYS:
            problems.append(Problem(src.path, where(key), f"unknown key {key!r} (ignored)"
                                                          f"{did_you_mean(key, sorted(ARTICLE_KEYS))}", "warning"))

    title = meta.get("title")
    if isinstance(title, str):
        title = bidi_free(title, src.path, where("title"), "title", problems)
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(src.path, where("title") if "title" in meta else 1, "title is missing or empty"))
        title = ""
    elif len(title) > TITLE_MAX:
        title = shortened_title(title)
        problems.append(Problem(src.path, where("title"), f"title is {len(meta['title']):,} characters long (a "
                                f"headline is a line): pages show its first {len(title) - 1:,}, cut at a word — "
                                "did the body end up in the title?", "warning"))
    pub = _date_field(meta, "date", src, where, problems, required=True, order=numeric_dates)
    stmt = _date_field(meta, "statement_date", src, where, problems, required=False, order=numeric_dates)
    if pub is not None and pub.year < EARLIEST_PUBLICATION_YEAR:
        # a CMS's empty date (`0001-01-01`) or a typo'd year ("0224"): silent, it filed the article under
        # year 1, ahead of every real one (hostile round 64, d06; its mirror, year 9999, is `future_dates`')
        problems.append(Problem(src.path, where("date"), f"date {pub.iso()} is before {EARLIEST_PUBLICATION_YEAR}, "
                                "before any printed news: a typo in the year, or a placeholder for no date? (if "
                                "it is right, acknowledge this warning: acknowledge: [{warning: \"before any "
                                "printed news\", reason: \"…\"}])", "warning"))
    if pub is not None and stmt is not None:
        problems.extend(said_before_published(stmt, pub, "statement_date", src.path, where("statement_date"),
                                              where("date")))

    strings: dict[str, str] = {}
    for key in ("outlet", "source_url", "archive_url", "slug", "date_basis", "statement_date_basis",
                "date_confidence", "statement_date_confidence", "lang", "import_hash", "writer"):
        value = meta.get(key)
        if value is None:
            strings[key] = ""
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            strings[key] = str(value).strip() if key != "outlet" else \
                bidi_free(str(value).strip(), src.path, where(key), key, problems)
        else:
            problems.append(Problem(src.path, where(key), f"{key} must be text, got {type(value).__name__}"))
            strings[key] = ""
    for key in ("source_url", "archive_url"):
        if strings[key] and not strings[key].startswith(("http://", "https://")):
            problems.append(Problem(src.path, where(key), f"{key} must be an http(s) URL, got {strings[key]!r}"))
            strings[key] = ""
    if strings["lang"] and not LANG_TAG.fullmatch(strings["lang"]):
        problems.append(Problem(src.path, where("lang"), f"lang must be a language tag such as en, fr or pt-BR, "
                                                         f"got {strings['lang']!r}"))
        strings["lang"] = ""
    for key in ("date_confidence", "statement_date_confidence"):
        if strings[key] and strings[key] not in CONFIDENCES:
            problems.append(Problem(src.path, where(key), f"{key} must be one of high, medium, low"))
            strings[key] = ""
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("speakers", "topics"):
        value = meta.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(Problem(src.path, where(key), f"{key} must be a list of ids"))
            value = []
        lists[key] = tuple(dict.fromkeys(value))  # (a repeat adds nothing)
        if len(lists[key]) > HINTS_MAX:
            problems.append(Problem(src.path, where(key), f"{key}: {len(lists[key])} ids — a hint names the few "
                                                          f"{key} one article is about; a list this long (over "
                                                          f"{HINTS_MAX}) is a paste or a script gone wrong", "warning"))
    draft = meta.get("draft", False)
    if not isinstance(draft, bool):
        problems.append(Problem(src.path, where("draft"), "draft must be true or false"))
        draft = False
    # a wrong `quotes:` entry fails the build but keeps the article, with its other entries: analysis checks
    # those in the same build (an `id:` naming no quote was reported only once the others were fixed: round 71 c08)
    wrong_entries: list[Problem] = []
    overrides = _quote_overrides(src, meta, where, wrong_entries, numeric_dates)
    lines = src.text.split("\n")
    for fix in overrides:
        if fix.statement_date is not None and pub is not None:
            # a correction's date is checked as the front matter's is (round 82, j11: 2046 said nothing)
            at = next((n + 1 for n in range(fix.line - 1, min(len(lines), body_line - 1))
                       if lines[n].lstrip(" -").startswith("statement_date:")), fix.line)
            problems.extend(said_before_published(fix.statement_date, pub, "quotes: statement_date", src.path, at,
                                                  where("date")))
    acknowledged = _acknowledgements(src, meta, where, problems)

    stem = Path(src.path).stem
    plain = slugify(strings["slug"] or stem)
    slug = path_segment(plain)
    if not slug:
        problems.append(Problem(src.path, where("slug") if strings["slug"] else 1,
                                "cannot make a URL slug from the file name; set slug:"))
    elif (slug != plain or (strings["slug"] and slug != strings["slug"])) and pub is not None:
        url = Article(id=slug, path=src.path, slug=slug, title="", date=DateInfo(pub, "high", ""), body="",
                      body_line=1).url
        given = strings["slug"] or stem
        why = (f"{'slug' if strings['slug'] else 'the file name'} {given!r} is a name Windows reserves for a "
               f"device (CON, PRN, AUX, NUL, COM1-9, LPT1-9): no folder may bear it, so"
               if slug != plain else f"slug {given!r} is not a plain URL segment (lowercase letters, digits, "
               f"hyphens):")
        problems.append(Problem(src.path, where("slug") if strings["slug"] else 1,
                                f"{why} the article is published at {url}", "warning"))
    if any(p.severity == "error" for p in problems) or pub is None:
        return None, problems + wrong_entries
    problems += wrong_entries
    confidence = strings["date_confidence"] or "high"
    pub_info = DateInfo(pub, confidence, strings["date_basis"] or "date in front matter")  # type: ignore[arg-type]
    stmt_info = None
    if stmt is not None:
        stmt_conf = strings["statement_date_confidence"] or confidence
        stmt_info = DateInfo(stmt, stmt_conf,  # type: ignore[arg-type]
                             strings["statement_date_basis"] or strings["date_basis"]
                             or "statement_date in front matter")
    article = Article(
        id=slug, path=src.path, slug=slug, title=title.strip(), date=pub_info, body=body,
        body_line=body_line, statement_date=stmt_info, outlet=strings["outlet"],
        source_url=strings["source_url"], archive_url=strings["archive_url"], lang=strings["lang"],
        speakers=lists["speakers"], topics=lists["topics"], writer=strings["writer"], draft=draft,
        quote_overrides=overrides, content_hash=src.digest, acknowledged=acknowledged,
        id_lines=_id_lines(src.text, body_line, lists, where)
        + ((("writer", strings["writer"], where("writer")),) if strings["writer"] else ()),
        slug_line=where("slug") if strings["slug"] else where("title") if "title" in meta else 1,
        date_line=where("date"), import_hash=strings["import_hash"], parts=markdown.parts(body),
    )
    return article, problems + page_weight(article)


PARTS_NAMED = 8  # the parts a split page's warning names by their first line; the rest are counted


def said_before_published(stmt: PartialDate, pub: PartialDate, key: str, path: str, line: int,
                          date_line: int) -> list[Problem]:
    """A warning at `line` when a statement date (the front matter's, or a `quotes:` correction's: `key`
    names which) is after the publication date, or over EARLY_STATEMENT_YEARS before it: a typo in a
    year, most likely; acknowledged when right. (A date past the build day is after the publication
    date too, which no article can be past.)"""
    if stmt.first_day() > _last_day(pub):
        return [Problem(path, line, f"{key} {stmt.iso()} is after the publication date {pub.iso()} (line "
                                    f"{date_line}): a typo in a year? If the words were published before they were "
                                    "said (an advance text), acknowledge this warning: acknowledge: [{warning: \"is "
                                    "after the publication date\", reason: \"…\"}]", "warning")]
    if stmt.year < pub.year - EARLY_STATEMENT_YEARS:
        # the mirror of the check above: `0001-01-01` or a typo'd `0224` stretched every chart over centuries
        # (hostile round 59, f11)
        return [Problem(path, line, f"{key} {stmt.iso()} is far before the publication date {pub.iso()} (line "
                                    f"{date_line}), over {EARLY_STATEMENT_YEARS} years: a typo in a year? If the words "
                                    "are that old, acknowledge this warning: acknowledge: [{warning: \"is far before "
                                    "the publication date\", reason: \"…\"}]", "warning")]
    return []


TITLE_MAX = 400  # characters of a title pages show; a longer one is cut, with a warning


def shortened_title(title: str) -> str:
    """An overlong title cut at the last word boundary within TITLE_MAX, with an ellipsis. Each page
    prints an article's title several times (heading, <title>, meta tags, lists, feeds): a title of
    200 KB made a 1.4 MB page, over DESIGN's 1 MB (hostile round 82, h02)."""
    head = title[:TITLE_MAX]
    cut = head.rfind(" ", TITLE_MAX // 2)
    return (head[:cut] if cut > 0 else head).rstrip() + "…"


def page_weight(a: Article) -> list[Problem]:
    """A warning at the line where an article's page is first split, for a body too long for one page
    (`markdown.parts`: DESIGN's no page over 1 MB, whatever an article holds).

    A full transcript pasted in (megabytes) or thousands of quotations on one page made pages of 5 and
    15 MB (hostile round 54): slow on a phone, and nothing said so. Such a page is published in parts,
    each quote's anchor on the part its words start in (`data/quotes.json` links there); said once,
    where the text is first cut, with every part's address and first line and the way out."""
    if not a.parts:
        return []
    line = [a.body_line + a.body.count("\n", 0, cut) for cut in a.parts]
    named = ", ".join(f"{a.part_url(n + 2)} from line {ln}" for n, ln in enumerate(line[:PARTS_NAMED]))
    more = f" and {len(line) - PARTS_NAMED} more" if len(line) > PARTS_NAMED else ""
    return [Problem(a.path, line[0], f"this article is too long for one page (its text and statements would "
                                     f"weigh {markdown.weight(a.body) / 1e6:.1f} MB): it is published in "
                                     f"{len(a.parts) + 1} parts, {a.url} then {named}{more}; to keep it one page, "
                                     "keep the passages the statements are in and link the full text with "
                                     "source_url: (or archive_url:), or split it into one article per session or day",
                    "warning")]


def _id_lines(text: str, body_line: int, lists: dict[str, tuple[str, ...]],
              where: Callable[[str], int]) -> tuple[tuple[str, str, int], ...]:
    """The file line of each id under `speakers:` / `topics:` (inline or one per line), so a
    warning about one unknown id points at it. The ids are written in their list's order, so each is
    looked for from where the one before it was found (a few lines on at most: a list of 4,000 hints
    searched from the key's line for each took 42 s, hostile round 82, b11); one not found there (an
    escaped or folded YAML value) points at the key's line."""
    header = text[: _line_start(text, body_line)]
    starts = [0, *(m.end() for m in re.finditer("\n", header))]
    out = []
    for key in ("speakers", "topics"):
        start = where(key)
        pos = starts[min(start, len(starts)) - 1]
        for value in lists[key]:
            hit, at = start, _token_at(header, value, pos, pos + len(value) + _ID_LOOKAHEAD)
            if at >= 0:
                hit, pos = bisect_right(starts, at), at + len(value)
            out.append((key, value, hit))
    return tuple(out)


HINTS_MAX = 200  # more `speakers:` or `topics:` hints than this in one article: a warning
_ID_LOOKAHEAD = 400  # how far past the previous id of a hint list the next is looked for (characters)


def _line_start(text: str, line: int) -> int:
    """The offset of line `line` (1-based) of text, or its length."""
    at = 0
    for _ in range(line - 1):
        at = text.find("\n", at) + 1
        if at == 0:
            return len(text)
    return at


def _token_at(text: str, value: str, lo: int, hi: int) -> int:
    """The offset of `value` in text[lo:hi] as a whole token (no word character or hyphen on
    either side), or -1."""
    at = text.find(value, lo, hi)
    while at >= 0:
        before, after = text[at - 1: at] if at else "", text[at + len(value): at + len(value) + 1]
        if not (before.isalnum() or (before in "_-" and before)) and not (after.isalnum() or (after in "_-" and after)):
            return at
        at = text.find(value, at + 1, hi)
    return -1


def _date_field(meta: dict[str, Any], key: str, src: SourceFile, where: Callable[[str], int],
                problems: list[Problem], *, required: bool, order: NumericOrder | None = None) -> PartialDate | None:
    value = meta.get(key)
    if value is None or value == "":
        if required:
            problems.append(Problem(src.path, where(key) if key in meta else 1,
                                    f"{key} is missing (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)"))
        return None
    try:
        if isinstance(value, datetime):
            return PartialDate.from_date(value.date())
        if isinstance(value, date):  # what YAML makes of YYYY-MM-DD: as `coerce_date` does, without importing it
            return PartialDate.from_date(value)
        from dateline.dates import coerce_date  # here: a rebuild that parses no other date never loads dates
        read = coerce_date(value, order)
    except ValueError as exc:
        problems.append(Problem(src.path, where(key), f"{key}: {exc}"))
        return None
    note = written_date_note(key, value, read)
    if note:
        problems.append(Problem(src.path, where(key), note, "warning"))
    return read


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
def written_date_note(key: str, value: object, read: PartialDate) -> str | None:
    """What to say about a date written in a form other than YYYY-MM-DD (None for that form).

    Read, but said, so the editor sees what dateline made of '13/04/2024' or 'July 7, 2022'.
    (A form whose day and month could be swapped, '04/05/2024', is refused by `coerce_date`.)
    One message for every place a date is written by hand: front matter and the import manifest.
    """
    if not isinstance(value, str) or _ISO_DATE.fullmatch(value.strip()):
        return None
    return (f"{key}: {value!r} is read as {read.label()}: write it as {key}: {read.iso()} "
            "(YYYY-MM-DD, or YYYY-MM / YYYY: the forms no one misreads)")


def _last_day(when: PartialDate) -> date:
    """The latest calendar day a (partial) date can mean: 2024-04 → 30 April 2024."""
    month = when.month or 12
    return date(when.year, month, when.day or calendar.monthrange(when.year, month)[1])


EARLIEST_PUBLICATION_YEAR = 1600  # the first printed newspapers (1605): an earlier publication date is a typo or a placeholder
LATEST_ERA_YEAR = 2199  # an era (a term, a campaign) past this is a typo'd year: 9999 stretched the chart
EARLY_STATEMENT_YEARS = 75  # a statement this much older than its article is more likely a typo'd year than history


def future_dates(articles: Iterable[Article], today: date) -> list[Problem]:
    """A publication date after `today` (a typo'd year: 2027 for 2026) is a warning at its line.

    Checked against the day of the build, not the pinned `build_time` (which fixes what the
    output says, not what day it is), and outside the parse cache, so a warning does not
    outlive the day it stops being true. Without it the article builds silently into a year
    page nothing links to yet, and `check` fails with an unrelated "page is not reachable"."""
    return [Problem(a.path, a.date_line, f"date {a.date.date.iso()} is after today ({today.isoformat()}): "
                                         "a typo in the year? (if the date is right, this is said until "
                                         "that day)", "warning")
            for a in articles if a.date.date.first_day() > today]


CORRECTION_KEYS = ("add", "drop", "id", "text")  # what a `quotes:` entry acts on: exactly one of them
CHANGE_KEYS = ("speaker", "topics", "stance", "partial", "translated", "statement_date", "same_as")


def _quote_overrides(src: SourceFile, meta: dict[str, Any], where: Callable[[str], int],
                     problems: list[Problem], order: NumericOrder | None = None) -> tuple[QuoteCorrection, ...]:
    """`quotes:` hand corrections, each checked here once and kept with its file line.

    A wrong shape is an error at the entry's line: a correction that silently did
    nothing (or something else: `partial: "no"` is true to YAML) would be worse."""
    value = meta.get("quotes")
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(Problem(src.path, where("quotes"), "quotes must be a list of corrections"))
        return ()
    start = where("quotes")
    item_lines = [start + 1 + i for i, ln in enumerate(src.text.split("\n")[start:]) if ln.lstrip().startswith("- ")]
    out: list[QuoteCorrection] = []
    for i, item in enumerate(value):
        line = item_lines[i] if i < len(item_lines) else start
        correction, wrong = _quote_correction(item, line, order)
        problems.extend(Problem(src.path, line, message) for message in wrong)
        if correction is not None:
            out.append(correction)
    return tuple(out)


def _acknowledgements(src: SourceFile, meta: dict[str, Any], where: Callable[[str], int],
                      problems: list[Problem]) -> tuple[Acknowledgement, ...]:
    """`acknowledge:` entries ({warning, line?, reason}), each with its own line for later messages."""
    value = meta.get("acknowledge")
    if value is None:
        return ()
    start = where("acknowledge")
    if not isinstance(value, list):
        problems.append(Problem(src.path, start, "acknowledge must be a list of {warning, line, reason}"))
        return ()
    lines = src.text.split("\n")
    item_lines: list[int] = []
    indent: int | None = None
    end = start  # the block's last line: `line:` numbers printed before it was written are that much lower
    for n in range(start, len(lines)):  # this list's items only: up to the next top-level key
        text = lines[n]
        if text.rstrip() == "---" or (text and not text[0].isspace() and not text.startswith("-")):
            break
        stripped = text.lstrip()
        if stripped.startswith("- ") and (indent is None or len(text) - len(stripped) == indent):
            indent = len(text) - len(stripped)
            item_lines.append(n + 1)
        if stripped:
            end = n + 1
    out = []
    for i, item in enumerate(value):
        line = item_lines[i] if i < len(item_lines) else start
        if not isinstance(item, dict) or set(item) - {"warning", "line", "reason"}:
            problems.append(Problem(src.path, line, "acknowledge: each entry is {warning: words of the warning, "
                                                    "line: its line (optional), reason: why the text is right}"))
            continue
        warning, reason, at = item.get("warning"), item.get("reason"), item.get("line")
        if not isinstance(warning, str) or not warning.strip():
            problems.append(Problem(src.path, line, "acknowledge: warning: needs words of the warning as printed"))
        elif not isinstance(reason, str) or not reason.strip():
            problems.append(Problem(src.path, line, "acknowledge: reason: say why the text is right as it is"))
        elif at is not None and (isinstance(at, bool) or not isinstance(at, int) or at < 1):
            problems.append(Problem(src.path, line, f"acknowledge: line must be a line number, got {at!r}"))
        else:
            out.append(Acknowledgement(" ".join(warning.split()), reason.strip(), at, line, end - start + 1))
    return tuple(out)


def _quote_correction(item: object, line: int,
                      order: NumericOrder | None = None) -> tuple[QuoteCorrection | None, list[str]]:
    """One `quotes:` entry as a record, or None and everything wrong with it."""
    wrong: list[str] = []
    if not isinstance(item, dict):
        wrong.append("each quotes: entry must be a mapping (add:/drop:/id:/text:)")
        return None, wrong
    entry: dict[str, object] = {str(k): v for k, v in item.items()}
    unknown = sorted(set(entry) - set(CORRECTION_KEYS) - set(CHANGE_KEYS))
    if unknown:
        wrong.append(f"quotes: unknown key(s) {', '.join(unknown)}")
        return None, wrong
    acts = [k for k in CORRECTION_KEYS if k in entry]
    if not acts:
        wrong.append("quotes: entry needs add:, drop:, id: or text:")
        return None, wrong
    if len(acts) > 1:
        wrong.append(f"quotes: an entry does one thing: add:, drop:, id: or text: (this one has {', '.join(acts)})")
        return None, wrong
    act = acts[0]
    target = entry[act]
    if not isinstance(target, str) or not target.strip():
        wrong.append("quotes: add: needs the exact quoted text" if act == "add"
                     else f"quotes: {act}: needs a quote id or the quote's exact text")
        return None, wrong
    changes = [k for k in CHANGE_KEYS if k in entry]
    if act == "drop" and changes:
        wrong.append(f"quotes: drop: removes the quote; {', '.join(changes)} would do nothing (use id: or text:)")
        return None, wrong
    speaker = entry.get("speaker")
    if "speaker" in entry and (not isinstance(speaker, str) or not speaker.strip()):
        wrong.append("quotes: speaker must be a speaker id")
    topics: tuple[str, ...] | None = None
    if "topics" in entry:
        raw = entry["topics"]
        listed = raw if isinstance(raw, list) else [raw]
        if all(isinstance(t, (str, int)) and not isinstance(t, bool) for t in listed):
            topics = tuple(str(t) for t in listed)
        else:
            wrong.append("quotes: topics must be a list of topic ids")
    stance: tuple[tuple[str, str], ...] | None = None
    if "stance" in entry:
        raw = entry["stance"]
        if isinstance(raw, dict) and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in raw.values()):
            stance = tuple((str(k), str(v)) for k, v in raw.items())
        else:
            wrong.append("quotes: stance must map topic → stance id")
    flags: dict[str, bool | None] = {}
    for flag in ("partial", "translated"):
        flags[flag] = None
        if flag in entry:
            if isinstance(entry[flag], bool):
                flags[flag] = bool(entry[flag])
            else:
                wrong.append(f"quotes: {flag} must be true or false")
    same_as = entry.get("same_as")
    if "same_as" in entry and (not isinstance(same_as, str) or not same_as.strip()):
        wrong.append("quotes: same_as: needs another quote's id or its words")
    said: PartialDate | None = None
    if "statement_date" in entry:
        try:
            from dateline.dates import coerce_date
            said = coerce_date(entry["statement_date"], order)
        except ValueError as exc:
            wrong.append(f"quotes: statement_date: {exc}")
    if wrong:
        return None, wrong
    kind: CorrectionKind = "add" if act == "add" else "drop" if act == "drop" else "set"
    return QuoteCorrection(kind, target, line, "id" if act == "id" else "text",
                           speaker if isinstance(speaker, str) else None, topics, stance,
                           flags["partial"], flags["translated"], said,
                           same_as.strip() if isinstance(same_as, str) else None), []


Entry = tuple[dict[str, Any], int, "yaml.MappingNode"]  # a `_data` list entry, its first line, its YAML node


# an id names its page's folder (speakers/<id>/, topics/<id>/): one path segment, never a way out of the site
_PLAIN_ID = re.compile(r"[^/\\\s.][^/\\\s]*")


def _unique_ids(items: Iterable[Entry], display: str, noun: str, problems: list[Problem]) -> Iterator[Entry]:
    """The entries of a `_data` list whose id is new and plain; a repeated id is an error at its own line
    (the first entry wins, so the build reports every duplicate, not only the first). An id with a '/' or
    a leading '.' ("../x") would name a folder outside its pages' (the writer refused it with a traceback
    that named no file: hostile round 54), and a speaker id "unknown" is the mark of a quote nobody is
    named for, whose quotes would vanish into "not identified": both errors at the entry's line."""
    seen: set[str] = set()
    folded_seen: dict[str, tuple[str, int]] = {}
    looks: dict[str, tuple[str, int]] = {}  # how each id reads, scripts aside (`_look`) → (id, line)
    for item, line, node in items:
        if not _PLAIN_ID.fullmatch(item["id"]):
            problems.append(Problem(display, line, f"{noun} id {item['id']!r} is not a plain id: it names the "
                                    f"{noun}'s page folder, so no '/', '\\', space or leading '.' (letters, digits "
                                    "and hyphens, as `jane-doe`)"))
            continue
        if reserved_name(item["id"]):
            problems.append(Problem(display, line, f"{noun} id {item['id']!r} is a name Windows reserves for a device "
                                    f"(CON, PRN, AUX, NUL, COM1-9, LPT1-9): it names the {noun}'s page folder, which "
                                    f"Windows cannot create or check out (give it another id, as "
                                    f"{path_segment(item['id'].lower())!r})"))
            continue
        if noun == "speaker" and item["id"] == "unknown":
            problems.append(Problem(display, line, "speaker id 'unknown' is reserved: it marks the quotes nobody is "
                                    "named for (give this speaker another id)"))
            continue
        if item["id"] in seen:
            problems.append(Problem(display, line, f"duplicate {noun} id {item['id']!r}"))
            continue
        folded = folder_key(item["id"])
        if folded in folded_seen:
            # `ruiz` and `Ruiz`: two folders on Linux, one on macOS, Windows and in a zip (one page overwrote
            # the other in a checkout, said nowhere: hostile round 64, u06)
            first, first_line = folded_seen[folded]
            problems.append(Problem(display, line, f"{noun} id {item['id']!r} differs from {first!r} (line "
                                    f"{first_line}) only in case or accents as typed: their page folders are one "
                                    "on macOS and Windows; give one another id"))
            continue
        seen.add(item["id"])
        folded_seen[folded] = (item["id"], line)
        for key in ("id", "name"):
            if isinstance(item.get(key), str) and (mixed := mixed_script(item[key])):
                problems.append(_look_alike(display, line, noun, key, item[key], mixed, looks.get(_look(item[key]))))
        if isinstance(item["id"], str):
            looks.setdefault(_look(item["id"]), (item["id"], line))
        yield item, line, node


def mixed_script(text: str) -> str:
    """'' — or, for a word whose letters come from two scripts (`ruіz`: a Cyrillic і among Latin letters), its
    cased letters not of the word's main script, with their script ('і (Cyrillic)'). No language writes one word so:
    it is a look-alike of another word, typed or pasted to pass as it (hostile round 71, n06)."""
    for word in re.findall(r"[^\W\d_]+", text):
        scripts: dict[str, list[str]] = {}
        for c in word:
            if unicodedata.category(c) not in ("Lu", "Ll", "Lt"):
                continue  # the scripts of cased letters only (Latin, Cyrillic, Greek …), the look-alike ones: a word
                # of Japanese mixes kanji and kana, 'Oʻzbek' a modifier letter, and both are right
            scripts.setdefault(unicodedata.name(c, "? ?").split(" ")[0], []).append(c)
        if len(scripts) > 1:
            main = max(scripts, key=lambda s: len(scripts[s]))
            return ", ".join(f"{''.join(cs)} ({s.title()})" for s, cs in scripts.items() if s != main)
    return ""


def _look(text: str) -> str:
    """How an id reads, scripts aside: `ruіz` (Cyrillic і) as `ruiz`."""
    from anyascii import anyascii

    return anyascii(text).casefold()


def _look_alike(display: str, line: int, noun: str, key: str, value: str, mixed: str,
                other: tuple[str, int] | None) -> Problem:
    like = f": it looks like {other[0]!r} (line {other[1]}), a page and a name no reader can tell apart" \
        if other is not None and other[0] != value else ""
    return Problem(display, line, f"{noun} {key} {value!r} mixes scripts in one word ({mixed}){like}; retype it in "
                                  "one script", "warning")


def folder_key(name: str) -> str:
    """What a file system that ignores case and Unicode normalisation (macOS, Windows) makes of a folder's
    name: two names with one key are one folder there."""
    return unicodedata.normalize("NFC", name).casefold()


def yaml_entries(src: SourceFile, problems: list[Problem]) -> list[Entry] | None:
    """A YAML list of mappings, each with its first line and its node (for the line of each
    key; an entry that is not a mapping is reported and comes back empty); None when the file
    cannot be read as a list at all (the problem is reported), so what is checked against the
    file later is not checked against nothing."""
    try:
        node = yaml.compose(src.text, Loader=yaml.SafeLoader)
        data = yaml.load(src.text, Loader=yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)
    except yaml.YAMLError as exc:
        line, reason = _yaml_error(exc, src.text, 1)
        problems.append(Problem(src.path, line, f"not valid YAML: {reason}"))
        return None
    except (ValueError, OverflowError) as exc:  # impossible dates (2023-02-30) are ValueErrors in PyYAML
        bad = _bad_value_line(src.text, exc)
        line = bad - 1 if bad else 1
        problems.append(Problem(src.path, line, f"not valid YAML: {exc}"))
        return None
    except RecursionError:
        problems.append(Problem(src.path, 1, "nested too deeply"))
        return None
    if data is None:
        return []
    if not isinstance(data, list) or node is None or not isinstance(node, yaml.SequenceNode):
        problems.append(Problem(src.path, 1, "must be a YAML list of entries"))
        return None
    out: list[Entry] = []
    for item, item_node in zip(data, node.value, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict) or not isinstance(item_node, yaml.MappingNode):
            out.append(({}, line, yaml.MappingNode("tag:yaml.org,2002:map", [], item_node.start_mark)))
            problems.append(Problem(src.path, line, "each entry must be a mapping (key: value lines)"))
            continue
        out.append(({str(k): v for k, v in item.items()}, line, item_node))
    return out


def _yaml_list(path: Path, display: str, problems: list[Problem],
               within: Path | None = None) -> list[Entry] | None:
    """A `_data/*.yaml` list of mappings with an id, each with its line; missing file = empty list,
    a file that cannot be read = None."""
    if not path.exists() and not path.is_symlink():
        return []
    src = read_source(path, display, within)
    if isinstance(src, Problem):
        problems.append(src)
        return None
    problems.extend(replaced_warning(src))
    entries = yaml_entries(src, problems)
    if entries is None:
        return None
    out = []
    for item, line, node in entries:
        if not item:
            continue  # not a mapping: reported
        if not isinstance(item.get("id"), str) or not item["id"]:
            problems.append(Problem(display, line, "each entry must be a mapping with an id"))
            continue
        out.append((item, line, node))
    return out


def key_nodes(node: yaml.MappingNode) -> dict[str, tuple[int, yaml.Node]]:
    """key → (its file line, its value node), for messages about one key of an entry."""
    return {str(k.value): (k.start_mark.line + 1, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def check_keys(item: dict[str, Any], node: yaml.MappingNode, known: Sequence[str], path: str, what: str,
               problems: list[Problem]) -> None:
    """Every key of an entry that dateline does not read, at its own line, with the key it is
    closest to. A key that is a misspelling of one the entry lacks (`cue:` for `cues:`,
    `alias:` for `aliases:`) is an error: the entry can mean nothing else, and what it was
    for would silently not happen (a topic without cues tags no quote). Any other key is a
    warning (ignored), like an unknown front-matter key. A key written twice in one entry is an
    error, as in front matter: YAML keeps the last silently (a second `name:` renamed the speaker)."""
    first: dict[str, int] = {}
    for k, _v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value != "<<":
            at = k.start_mark.line + 1
            if str(k.value) in first:
                problems.append(Problem(path, at, f"{what}: {k.value}: set twice (first on line {first[str(k.value)]}); "
                                                  f"YAML would keep only the last one"))
            first.setdefault(str(k.value), at)
    for key, (line, _value) in key_nodes(node).items():
        if key in known or key == "<<":
            continue
        hint = closest(key, known)
        if hint is not None and hint not in item:
            problems.append(Problem(path, line, f"{what}: unknown key {key!r}: did you mean {hint!r}? "
                                                f"(as written it has no {hint}: rename the key)"))
        else:
            problems.append(Problem(path, line, f"{what}: unknown key {key!r} (ignored){did_you_mean(key, known)}",
                                    "warning"))


def _is_text(value: object) -> bool:
    """A value that reads as text: a string, or a number YAML made of digits (a year as a label)."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _text(item: dict[str, Any], key: str, lines: dict[str, tuple[int, yaml.Node]], path: str, what: str,
          problems: list[Problem]) -> str:
    """`key` of an entry as text ('' when absent or empty); a list, mapping or true/false is an error."""
    value = item.get(key)
    if value is None:
        return ""
    if not _is_text(value):
        problems.append(Problem(path, lines[key][0] if key in lines else 1,
                                f"{what}: {key} must be text, got {_kind(value)}"))
        return ""
    return bidi_free(str(value).strip(), path, lines[key][0] if key in lines else 1, f"{what}: {key}", problems)


# the controls that embed, override or isolate the direction of the text after them (U+202A–U+202E, U+2066–U+2069):
# in a name or a title one left open turns what follows it on the page around ("Ana \u202eziuR" shows as "Ana Ruiz",
# and the date after it reversed too), in <title>, tooltips and cards alike, where no markup can close it
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def bidi_free(text: str, path: str, line: int, what: str, problems: list[Problem]) -> str:
    """`text` (a name, title, label or outlet the editor gave) without direction controls, and a warning
    at path:line saying which were removed. Right-to-left names keep their letters' own direction: the
    theme shows each such name isolated (`<bdi>`), so it neither takes nor gives direction to its line."""
    found = sorted(set(_BIDI_CONTROLS.findall(text)))
    if not found:
        return text
    codes = ", ".join(f"U+{ord(c):04X}" for c in found)
    problems.append(Problem(path, line, f"{what} holds direction control characters ({codes}), which turn the "
                                        "text after them around on every page that shows it: removed", "warning"))
    return _BIDI_CONTROLS.sub("", text).strip()


def _texts(item: dict[str, Any], key: str, lines: dict[str, tuple[int, yaml.Node]], path: str, what: str,
           problems: list[Problem]) -> tuple[str, ...]:
    """`key` as a list of words or names (one string is a list of one). A true/false in it is an
    error: YAML reads yes, no, on, off unquoted as true/false, and that cue would be lost."""
    value = item.get(key)
    if value is None:
        return ()
    line = lines[key][0] if key in lines else 1
    listed = value if isinstance(value, list) else [value]
    if isinstance(value, dict) or not all(_is_text(v) for v in listed):
        wrong = next((v for v in listed if not _is_text(v)), value)
        hint = " (YAML reads yes/no/on/off as true/false: put the word in quotes)" if isinstance(wrong, bool) else ""
        problems.append(Problem(path, line, f"{what}: {key} must be a list of words, e.g. {key}: [one, \"two words\"]; "
                                            f"got {_kind(wrong)}{hint}"))
        return ()
    return tuple(str(v) for v in listed)


# what a cue or alias may not hold: they are words as a text writes them, matched whole (a cue's one
# wildcard is a `*` ending it), never patterns; `.*`, `[a-z]`, `a|b` were taken as literal text and
# matched nothing, or a lone `*` matched every word and put every quote on the topic (hostile round 59, k11/k12)
# A `$` is a currency's sign where money is written ("R$ 6", "US$ 40", "$5 billion": ux76, a Brazilian desk's cue
# stopped the build) — after a capital or before a digit or space; a pattern's end anchor elsewhere ("tariff$").
_PATTERN_SIGNS = re.compile(r"[\\^\[\]{}|?]|(?<![A-Z])\$(?![\d\s])|\.\*|\*(?!$)")


def _words_checked(found: tuple[str, ...], node: yaml.MappingNode, key: str, path: str, what: str,
                   problems: list[Problem]) -> tuple[str, ...]:
    """`found` (an entry's cues or aliases) without the blank ones, the ones with no letter or digit,
    and the ones written as patterns, each an error at its own line."""
    at = _item_lines(node, key, key_nodes(node).get(key, (1, None))[0])
    fallback = key_nodes(node).get(key, (1, None))[0]
    kept = []
    for word in found:
        if not word.strip():
            why = "is empty"
        elif not any(c.isalnum() for c in word):
            why = "has no letter or digit" + (": it would match every word" if "*" in word else "")
        elif (sign := _PATTERN_SIGNS.search(word) or (key != "cues" and "*" in word)):
            shown = sign.group(0) if isinstance(sign, re.Match) else "*"
            why = (f"is written as a pattern (`{shown}`); write the words as a text writes them"
                   + (" (a `*` may only end a cue: negotiat*)" if key == "cues" else ""))
        else:
            kept.append(word)
            continue
        problems.append(Problem(path, at.get(word, fallback), f"{what}: {key}: {word!r} {why}"))
    return tuple(kept)


def _kind(value: object) -> str:
    """What a wrong value is, in an editor's words."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, dict):
        return "a mapping (key: value)"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


SPEAKER_KEYS = ("id", "name", "role", "kind", "aliases", "roles", "sort")
TOPIC_KEYS = ("id", "label", "cues", "stances", "eras", "moves")
MOVE_KINDS = ("softened", "hardened", "reversed", "held")
MOVE_WORDS_MAX = 40  # a label beside a topic's name on cards and the chart: a few words
STANCE_KEYS = ("id", "label", "rank", "cues")
ERA_KEYS = ("id", "label", "start", "end")
SPEAKER_KINDS = ("person", "institution")
# other words a speakers file may use for them ("kind: organization"): the kind to suggest in the error
_KIND_WORDS = {**{k: k for k in SPEAKER_KINDS}, **dict.fromkeys(
    ("organization", "organisation", "org", "company", "agency", "body", "party", "government"), "institution"),
    **dict.fromkeys(("individual", "human", "people"), "person")}


def _speaker(item: dict[str, Any], node: yaml.MappingNode, path: str, problems: list[Problem]) -> Speaker:
    what = f"speaker {item['id']}"
    check_keys(item, node, SPEAKER_KEYS, path, what, problems)
    lines = key_nodes(node)
    kind = _text(item, "kind", lines, path, what, problems) or "person"
    if kind not in SPEAKER_KINDS:
        problems.append(Problem(path, lines["kind"][0], f"{what}: kind must be person or institution, got "
                                                        f"{kind!r}{did_you_mean(kind, _KIND_WORDS)}"))
        kind = "person"
    return Speaker(id=item["id"], name=_text(item, "name", lines, path, what, problems) or item["id"],
                   aliases=_words_checked(_texts(item, "aliases", lines, path, what, problems), node, "aliases",
                                          path, what, problems),
                   roles=_words_checked(_texts(item, "roles", lines, path, what, problems), node, "roles",
                                        path, what, problems),
                   role=_text(item, "role", lines, path, what, problems),
                   kind="institution" if kind == "institution" else "person",
                   sort=_text(item, "sort", lines, path, what, problems))


def _topic(item: dict[str, Any], line: int, node: yaml.MappingNode, path: str, problems: list[Problem]) -> Topic:
    what = f"topic {item['id']}"
    check_keys(item, node, TOPIC_KEYS, path, what, problems)
    lines = key_nodes(node)
    for key in ("stances", "eras"):
        if not isinstance(item.get(key) or [], list):
            problems.append(Problem(path, lines[key][0] if key in lines else line, f"{what}: {key} must be a list"))
            item[key] = []
    stances = []
    stance_keys: dict[str, str] = {}  # folder_key → the id as written
    listed = lines["stances"][1] if "stances" in lines else None
    stance_nodes = listed.value if isinstance(listed, yaml.SequenceNode) else []
    for rank, (st, st_node) in enumerate(zip(item.get("stances") or [], stance_nodes, strict=False)):
        st_line = st_node.start_mark.line + 1
        if not isinstance(st, dict) or not isinstance(st.get("id"), str) or not isinstance(st_node, yaml.MappingNode):
            problems.append(Problem(path, st_line, f"{what}: each stance needs an id"))
            continue
        st = {str(k): v for k, v in st.items()}
        st_what = f"{what}, stance {st['id']}"
        if folder_key(st["id"]) in stance_keys:
            problems.append(Problem(path, st_line, f"{st_what}: the topic has a stance {stance_keys[folder_key(st['id'])]!r}"
                                                   " already (ids that differ only in case are one on macOS and Windows)"))
            continue
        stance_keys[folder_key(st["id"])] = st["id"]
        check_keys(st, st_node, STANCE_KEYS, path, st_what, problems)
        st_lines = key_nodes(st_node)
        given = st.get("rank")
        if given is not None and (isinstance(given, bool) or not isinstance(given, int) or given < 0):
            problems.append(Problem(path, st_lines["rank"][0], f"{st_what}: rank must be a whole number, 0 for the "
                                    f"hardest line and up from there (e.g. rank: 1), got {_kind(given)}"))
            given = None
        stances.append(Stance(st["id"], _text(st, "label", st_lines, path, st_what, problems) or st["id"],
                              _words_checked(_texts(st, "cues", st_lines, path, st_what, problems), st_node, "cues",
                                             path, st_what, problems),
                              given if isinstance(given, int) else rank))
    eras = []
    listed = lines["eras"][1] if "eras" in lines else None
    era_nodes = listed.value if isinstance(listed, yaml.SequenceNode) else []
    for era, era_node in zip(item.get("eras") or [], era_nodes, strict=False):
        era_line = era_node.start_mark.line + 1
        if isinstance(era, dict) and isinstance(era_node, yaml.MappingNode):
            check_keys({str(k): v for k, v in era.items()}, era_node, ERA_KEYS, path,
                       f"{what}, era {era.get('id', '')}".rstrip(), problems)
        try:
            from dateline.dates import coerce_date
            start = coerce_date(era["start"])
            end = coerce_date(era["end"]) if era.get("end") else None
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(Problem(path, era_line, f"{what}: bad era: {exc}"))
            continue
        if end is not None and _last_day(end) < start.first_day():
            # a band drawn backwards, or not at all, said nowhere (hostile round 64, y08)
            problems.append(Problem(path, era_line, f"{what}, era {era['id']}: it ends ({end.iso()}) before it "
                                                    f"starts ({start.iso()}): are the two dates swapped?"))
            continue
        odd = [d.iso() for d in (start, end) if d is not None
               and not EARLIEST_PUBLICATION_YEAR <= d.year <= LATEST_ERA_YEAR]
        if odd:
            verb = "is" if len(odd) == 1 else "are"
            problems.append(Problem(path, era_line, f"{what}, era {era['id']}: {' and '.join(odd)} {verb} before "
                                    f"{EARLIEST_PUBLICATION_YEAR} or after {LATEST_ERA_YEAR}: a typo in the year, or "
                                    "a placeholder?", "warning"))
        eras.append(Era(str(era["id"]), str(era.get("label") or era["id"]), start, end))
    return Topic(item["id"], _text(item, "label", lines, path, what, problems) or item["id"],
                 _words_checked(_texts(item, "cues", lines, path, what, problems), node, "cues", path, what, problems),
                 tuple(stances), tuple(eras), _moves(item, lines, path, what, problems))


def _moves(item: dict[str, Any], lines: dict[str, tuple[int, yaml.Node]], path: str, what: str,
           problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    """A topic's `moves:` — its own words for a move up its scale (softened), down (hardened), across two or
    more ranks (reversed) or none (held) — checked at their lines: a kind that is not one of these, or a
    word that is empty or too long for a label, is an error where it stands."""
    if "moves" not in lines:
        return ()
    line, node = lines["moves"]
    given = item.get("moves")
    if not isinstance(given, dict) or not isinstance(node, yaml.MappingNode):
        problems.append(Problem(path, line, f"{what}: moves must be a mapping of a move to its words, e.g. "
                                            "moves: {softened: Brought forward, hardened: Pushed back}"))
        return ()
    out = []
    for key_node, _value in node.value:
        kind, at = str(key_node.value), key_node.start_mark.line + 1
        if kind not in MOVE_KINDS:
            problems.append(Problem(path, at, f"{what}: moves: {kind!r} is no move; the moves are "
                                              f"{', '.join(MOVE_KINDS)}{did_you_mean(kind, MOVE_KINDS)}"))
            continue
        words = given.get(kind)
        if not isinstance(words, str) or not words.strip() or len(words.strip()) > MOVE_WORDS_MAX:
            problems.append(Problem(path, at, f"{what}: moves: {kind} must be a few words (1 to {MOVE_WORDS_MAX} "
                                              f"characters), got {_kind(words)}"))
            continue
        out.append((kind, " ".join(words.split())))
    return tuple(sorted(out))


def load_data(content: Path, problems: list[Problem], display_root: Path | None = None) -> Data:
    """Parse `_data/speakers.yaml`, `topics.yaml` and `shifts.yaml`, every key checked."""
    base = content / "_data"
    rel = display_path(base, display_root or content.parent)
    unread: list[str] = []

    def entries(name: str) -> list[Entry]:
        found = _yaml_list(base / name, f"{rel}/{name}", problems, content)
        if found is None:
            unread.append(name)
        return found or []

    speakers_file, topics_file = f"{rel}/speakers.yaml", f"{rel}/topics.yaml"
    listed = list(_unique_ids(entries("speakers.yaml"), speakers_file, "speaker", problems))
    speakers = [_speaker(item, node, speakers_file, problems) for item, _line, node in listed]
    alias_lines = [_item_lines(node, "aliases", line) for _, line, node in listed]
    problems += _aliases_run_together(speakers, alias_lines, speakers_file)
    problems += _aliases_shared(speakers, [(key_nodes(node).get("name", (line, None))[0], at)
                                           for (_, line, node), at in zip(listed, alias_lines, strict=True)],
                                speakers_file, [line for _, line, _ in listed])
    topics = [_topic(item, line, node, topics_file, problems)
              for item, line, node in _unique_ids(entries("topics.yaml"), topics_file, "topic", problems)]
    shifts_file = f"{rel}/shifts.yaml"
    shifts: dict[str, ShiftVerdict] = {}
    for item, line, node in entries("shifts.yaml"):
        verdict = _shift_verdict(item, node, shifts_file, line, problems)
        if verdict is None:
            continue
        if verdict.id in shifts:
            problems.append(Problem(shifts_file, line, f"a verdict on {verdict.id} is already given on line "
                                    f"{shifts[verdict.id].line}: this later one counts", "warning"))
            del shifts[verdict.id]  # the later one counts, in its own place
        shifts[verdict.id] = verdict
    return Data(tuple(speakers), tuple(topics), tuple(shifts.values()), tuple(unread))


def _item_lines(node: yaml.MappingNode, key: str, line: int) -> dict[str, int]:
    """Each text item of an entry's list `key` with its own line (`[a, b]` on one line, or a block list)."""
    found = key_nodes(node).get(key)
    if found is None or not isinstance(found[1], yaml.SequenceNode):
        return {}
    return {str(item.value): item.start_mark.line + 1 for item in found[1].value if isinstance(item, yaml.ScalarNode)}


def _aliases_shared(speakers: Sequence[Speaker], lines: Sequence[tuple[int, dict[str, int]]],
                    path: str, entry_lines: Sequence[int]) -> list[Problem]:
    """A warning at each later line that writes a name or alias an earlier speaker already has:
    attribution cannot tell whose a bare "Ruiz" is, so it gives it to neither (the quote is left
    for review) rather than to whoever is listed first, which it did silently (hostile round 59, k05).

    Two people of one name are one person listed twice (under two ids after a merge or by two
    editors): one warning at the later entry's line naming the earlier's, instead of one per shared
    alias (hostile round 82, b03)."""
    first: dict[str, tuple[str, int]] = {}
    named: dict[str, tuple[str, int]] = {}  # a person's folded name → the first entry of it, its line
    twins: set[tuple[str, str]] = set()
    out = []
    for speaker, (name_line, at), entry in zip(speakers, lines, entry_lines, strict=True):
        if speaker.kind == "person" and speaker.name.strip():
            other = named.setdefault(fold(speaker.name), (speaker.id, entry))
            if other[0] != speaker.id:
                twins.add((other[0], speaker.id))
                out.append(Problem(path, entry, f"speaker {speaker.id} is named {speaker.name!r}, as speaker "
                                                f"{other[0]} is (line {other[1]}): one person listed twice? Keep "
                                                "one entry and move the other's aliases there; until then a text "
                                                "naming them is attributed to neither and left for review",
                                   "warning"))
        mine: set[str] = set()
        for form in (speaker.name, *speaker.aliases):
            if not form.strip() or form in mine:
                continue
            mine.add(form)
            line = at.get(form, name_line) if form != speaker.name or form in at else name_line
            owner = first.setdefault(form, (speaker.id, line))
            if owner[0] != speaker.id and (owner[0], speaker.id) not in twins:
                out.append(Problem(path, line, f"speaker {speaker.id}: {form!r} is also speaker {owner[0]}'s "
                                               f"(line {owner[1]}): a bare {form!r} in a text is attributed to "
                                               f"neither and left for review; write a longer alias for each",
                                   "warning"))
    return out


def _aliases_run_together(speakers: Sequence[Speaker], lines: Sequence[dict[str, int]], path: str) -> list[Problem]:
    """A warning at the `aliases:` line of a speaker whose alias reads as two of their spellings run
    together, a comma left out of the flow list: `[Kowalski, Kowalsky Kovalski]` makes one alias
    'Kowalsky Kovalski' that no text writes, and the two spellings go unmatched, silently. Multi-word
    aliases are common ("Mayor Ruiz", "Lula da Silva"), so only runs that each end in a spelling of the
    speaker's own surname count ("Ruiz Mayor Ruiz", "Kowalsky Kovalski"); never an institution's."""
    out = []
    for speaker, at in zip(speakers, lines, strict=True):
        words = speaker.name.split()
        if speaker.kind != "person" or len(words) < 2:
            continue
        surname = fold(words[-1])

        def spelling(run: str, surname: str = surname) -> bool:
            """An alias of its own: a run whose last word, and no other, spells the surname."""
            words = [fold(w) for w in run.split()]
            return [w == surname or compare(w, surname) is not None for w in words] == [False] * (len(words) - 1) + [True]

        for alias in speaker.aliases:
            parts = run_together(alias, spelling)
            if parts:
                out.append(Problem(path, at.get(alias, 1), comma_missing(f"speaker {speaker.id}: aliases", alias, parts),
                                   "warning"))
    return out


SHIFT_KEYS = ("id", "status", "note")


def _shift_verdict(item: dict[str, Any], node: yaml.MappingNode, path: str, line: int,
                   problems: list[Problem]) -> ShiftVerdict | None:
    """One `shifts.yaml` entry as a record, or None after reporting why it cannot be one.

    An id that is not `topic:from-quote:to-quote` can never match a shift, so it is
    reported (a warning, like any id naming nothing) rather than kept."""
    check_keys(item, node, SHIFT_KEYS, path, f"verdict {item['id']}", problems)
    status = str(item.get("status", "confirmed"))
    if status not in ("confirmed", "dismissed"):
        problems.append(Problem(path, line, "status must be confirmed or dismissed"))
        return None
    parts = item["id"].split(":")
    if len(parts) != 3 or not all(parts):
        problems.append(Problem(path, line, f"shift id {item['id']!r} must be topic:from-quote:to-quote "
                                            "(copy it from the review page or data/shifts.json)", "warning"))
        return None
    topic, from_id, to_id = parts
    note = _text(item, "note", key_nodes(node), path, f"verdict {item['id']}", problems)
    return ShiftVerdict(topic, from_id, to_id, "confirmed" if status == "confirmed" else "dismissed",
                        note, path, line)


def nothing_to_publish(content: Path, loaded: Loaded, root: Path) -> list[Problem]:
    """A missing content folder, or one without a single article to publish, is an error:
    building it would swap an empty site in place of the last good one (a typo in
    --content or content_dir must not wipe the published site)."""
    if loaded.articles or any(p.severity == "error" for p in loaded.problems):
        return []
    shown = display_path(content, root)
    if not content.is_dir():
        what = "is not a folder" if content.exists() else "does not exist"
        return [Problem(shown, 0, f"the content folder {what} (check --content or content_dir in pyproject.toml)")]
    return [Problem(display_path(content / "articles", root), 0,
                    "no article to publish: add .md files here (drafts are built only with --drafts); "
                    "building nothing would replace the last site with an empty one")]


def article_files_under(folder: Path, path: Path) -> list[Path]:
    """[path] if it is an article file of `folder` (same rules as `article_files`), else []."""
    try:
        rel = path.relative_to(folder)
    except ValueError:
        return []
    if path.suffix != ".md" or any(part.startswith(("_", ".")) for part in rel.parts) or not path.is_file():
        return []
    return [path]


def article_files(content: Path) -> list[Path]:
    """Every article file, sorted; names starting with `_` or `.` are data or hidden."""
    folder = content / "articles"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.md")
                  if not any(part.startswith(("_", ".")) for part in p.relative_to(folder).parts)
                  and utf8_name(str(p.relative_to(folder))))


def utf8_name(name: str) -> bool:
    """Whether a file name (as Python reads it: bytes that are not UTF-8 become lone surrogates) is UTF-8.
    One that is not (`caf\xe9.md` from a Latin-1 system or a zip archive) cannot be a page's path nor
    written into the site's JSON: its file is not read, and `stray_files` says so."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def escaped_name(path: str) -> str:
    """A path whose name is not UTF-8, printable: its odd bytes backslash-escaped (`caf\xe9.md`)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_IMPORTABLE = (".txt", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".json")


def stray_files(content: Path, root: Path) -> list[Problem]:
    """A warning at each file or folder under `content` that no build reads, where an editor put it
    meaning an article: a raw `.txt` or saved page dropped into articles/ instead of imported, an
    article in content/ itself, a folder named `article/`. Each was skipped in silence (`check
    --strict` passed) and the editor believed it published. Names starting with `_` or `.` are the
    editor's own (data, notes, hidden) and are left alone, as the build leaves them."""
    out: list[Problem] = []
    keep = "(or start its name with _ to keep it here unread)"
    try:
        top = sorted(content.iterdir())
    except OSError:
        return out
    for entry in top:
        if entry.name.startswith(("_", ".")) or entry.name == "articles":
            continue
        if entry.is_dir():
            near = did_you_mean(entry.name, ["articles", "_data"])
            out.append(Problem(display_path(entry, root), 0, f"not read: articles go in "
                                                f"content/articles/, data in content/_data/{near} {keep}", "warning"))
        else:
            move = "move it into content/articles/" if entry.suffix == ".md" else "import it with `dateline import`"
            out.append(Problem(display_path(entry, root), 1,
                               f"not read: articles go in content/articles/: {move} {keep}", "warning"))
    folder = content / "articles"
    unread: list[OSError] = []
    for here, dirs, files in os.walk(folder, onerror=unread.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        for name in [d for d in dirs if not utf8_name(d)] + [f for f in files if f.endswith(".md") and
                                                              not f.startswith(("_", ".")) and not utf8_name(f)]:
            if name in dirs:
                dirs.remove(name)
            at = escaped_name(f"{display_path(Path(here), root)}/{name}")
            out.append(Problem(at, 0, "not read: its name is not UTF-8 (bytes from another system's encoding); "
                               "rename it in UTF-8 to publish it", "warning"))
        for name in [d for d in dirs if (Path(here) / d).is_symlink()]:
            # never followed (a link may loop, `loop -> .`, or lead out of content/), and said, not silent
            dirs.remove(name)
            out.append(Problem(f"{display_path(Path(here), root)}/{name}", 0, "a symlinked folder: not read (a link "
                               "may loop or lead outside content/): move the folder itself here", "warning"))
        for name in sorted(files):
            if name.startswith(("_", ".")) or name.endswith(".md"):
                continue
            at = escaped_name(display_path(Path(here) / name, root))
            how = ("rename it to .md" if name.endswith((".markdown", ".mdown", ".mkd"))
                   else f"turn it into one with `dateline import {at}`" if name.lower().endswith(_IMPORTABLE)
                   else "only .md files are articles")
            out.append(Problem(at, 1, f"not an article, so not read: {how} {keep}", "warning"))
    for exc in unread:  # (os.walk skipped it in silence: an article missing from the site, rc 0)
        if exc.filename is not None and exc.filename != str(folder):
            out.append(Problem(escaped_name(display_path(Path(exc.filename), root)), 0,
                               f"cannot read this folder: {exc.strerror}: its articles are not built"))
    return out


# article path → (digest of its bytes, Article or None, problems, stamp or None); DATA_ENTRY → (digest,
# Data, problems)
ParseCache = dict[str, tuple[Any, ...]]
DATA_ENTRY = "\0_data"
ORDER_ENTRY = "\0numeric_dates"  # → (the order the cached articles' dates were read in,)
DATA_FILES = ("speakers.yaml", "topics.yaml", "shifts.yaml")
SETTLED_NS = 2_000_000_000  # a file changed this recently may change again within one clock tick


def _data_digest(content: Path, root: Path) -> str:
    """What `load_data` reads: the three files' resolved paths and bytes (and where messages point);
    "" when one cannot be read (then it is parsed, and its problem reported, as always)."""
    h = hashlib.sha1(f"{content.resolve()}\0{root.resolve()}".encode("utf-8", "surrogatepass"))
    for name in DATA_FILES:
        path = content / "_data" / name
        try:
            if path.exists() or path.is_symlink():
                h.update(f"\0{name}\0{path.resolve()}\0".encode("utf-8", "surrogatepass") + path.read_bytes())
        except (OSError, RuntimeError):
            return ""
    return h.hexdigest()


def _stamp(path: Path, here: Path | str, now: int) -> tuple[object, ...] | None:
    """A regular file's stat record with where it resolves to (`here`: a folder on its way moved and
    linked back changes nothing of the file's own record), or None for a symlink, anything else or
    a file changed in the last SETTLED_NS. The change time moves with every write, rename or link
    and cannot be set back by hand (as in `lastbuild`); a file that changed this recently could
    change again within the same tick of the clock, unseen."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_ctime_ns > now - SETTLED_NS:
        return None
    return (str(here), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def settle_stamps(cache: ParseCache, root: Path, content: Path) -> None:
    """Stamp the cached article files that `load` read while they were too recent to stamp (`_stamp`): a
    checkout or a copy made just before a cold build leaves every file so, and the next build read and
    hashed them all again (a quote edit's rebuild after a cold build at 1000 articles: ~0.2 CPU s, a
    pool of workers to parse none). Called once the build has analysed them, seconds later: a file
    settled since whose bytes are still those parsed gets the stamp `load` would give it now, so the next
    build skips it unread, as after any other build. A file still too recent, changed since, or not
    the file its cache entry names stays unstamped (read and hashed next time, as before)."""
    now = time.time_ns()
    root_res, content_res = root.resolve(), content.resolve()
    for display, entry in list(cache.items()):
        if display in (DATA_ENTRY, ORDER_ENTRY) or len(entry) < 4 or entry[3] is not None:
            continue
        here = root_res / display
        try:
            if here.resolve() != here or not here.is_relative_to(content_res):
                continue  # (a path through a link: `load` stamps the path it walked, not this one)
            stamp = _stamp(here, here, now)
            if stamp is None or hashlib.sha1(here.read_bytes()).hexdigest() != entry[0] \
                    or _stamp(here, here, now) != stamp:  # (read while it changed: left unstamped)
                continue
        except (OSError, RuntimeError, ValueError):
            continue
        cache[display] = (*entry[:3], stamp)


def load(content: Path, *, drafts: bool = False, display_root: Path | None = None,
         cache: ParseCache | None = None, numeric_dates: NumericOrder | None = None,
         while_parsing: Callable[[], None] | None = None) -> Loaded:
    """Read every article and data file under `content`; never raises on bad content.

    `cache` (the last build's, from `.dateline-cache/`): an article file whose bytes have the
    digest recorded for its path is not parsed again; its Article and its problems are the
    recorded ones (reported again, like every build's). A file whose stat record is the one
    recorded when its bytes were last read (`_stamp`) is not even read: a rebuild after one edit
    reads that file alone, and starts no worker to do it. Any other file is read and hashed, so a
    change is never missed. The cache is left holding exactly this build's files. `numeric_dates`:
    the project's order of numeric dates; when it is not the one the cache was read in, every
    article is parsed again (its `date: 03/12/2026` means another day now). `while_parsing`: the
    caller's own work, done in this process while forked workers parse LOAD_IN_WORKERS files or more
    (a cold build: the analysis modules' import, which compiles their patterns, ~0.7 CPU s for which
    the second core was idle), after `_data` is read; with fewer files it is not called."""
    out = Loaded()
    root = display_root or content.parent
    old = dict(cache) if cache is not None else None
    if old is not None and old.get(ORDER_ENTRY, (None,))[0] != numeric_dates:
        old = {key: entry for key, entry in old.items() if key == DATA_ENTRY}
    if cache is not None:
        cache.clear()
        if numeric_dates is not None:
            cache[ORDER_ENTRY] = (numeric_dates,)

    def read_data() -> None:
        """`_data`, from the cache or its files: its problems come first, before the articles'."""
        digest = _data_digest(content, root) if cache is not None else ""
        hit = old.get(DATA_ENTRY) if old is not None else None
        if digest and hit is not None and hit[0] == digest:
            out.data = hit[1]
            out.problems.extend(hit[2])
        else:
            out.data = load_data(content, out.problems, root)
        if cache is not None and digest:
            cache[DATA_ENTRY] = (digest, out.data, tuple(out.problems))
    # display_path and read_source's check, with each path resolved once (resolve() walks the
    # path's links on disk: four calls an article were a third of loading)
    root_res, content_res = root.resolve(), content.resolve()
    now = time.time_ns()
    stamped = {entry[3][0]: (display, entry) for display, entry in old.items()
               if len(entry) > 3 and entry[3] is not None} if old is not None else {}

    Made = tuple[str, str, tuple[Article | None, list[Problem]] | None, tuple[object, ...] | None]

    def one(path: Path) -> Problem | Made:
        """A file read and, unless the cache holds its bytes' parse (None), parsed."""
        here = path.resolve()
        stamp = _stamp(path, here, now) if old is not None else None  # before reading: a later write moves it
        try:
            display = here.relative_to(root_res).as_posix()
        except ValueError:
            display = path.as_posix()
        src = read_source(path, display, content, resolved=(here, content_res))
        if isinstance(src, Problem):
            return src
        hit = old.get(display) if old is not None else None
        return display, src.digest, (None if hit is not None and hit[0] == src.digest
                                     else parse_article(src, numeric_dates)), stamp

    files = article_files(content)
    unchanged: dict[int, Made] = {}
    folders: dict[str, str] = {}  # an article folder → where it resolves to: resolved once, not once a file
    under = os.path.join(str(content_res), "")
    for i, path in enumerate(files if stamped else ()):
        # where the file resolves to, if it is no symlink itself (if it is, it has no stamp: read below)
        folder, name = os.path.split(str(path))
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder)
        here = os.path.join(real, name)
        known = stamped.get(here)
        if known is not None and known[1][3] == _stamp(path, here, now) and here.startswith(under):
            unchanged[i] = (known[0], known[1][0], None, known[1][3])
    # the others in forked workers from LOAD_IN_WORKERS files: the parsed articles come back
    # pickled, at a fraction of what parsing (front matter, YAML) costs. Meanwhile `_data` is read here,
    # after the fork (its topics' eras import the dates module: ~0.3 CPU s of patterns compiled, which
    # the workers waited for), then the caller's `while_parsing`
    todo = [p for i, p in enumerate(files) if i not in unchanged]

    def meanwhile() -> None:
        read_data()
        if while_parsing is not None and len(todo) >= LOAD_IN_WORKERS:
            while_parsing()
    rest = iter(in_workers(one, todo, at_least=LOAD_IN_WORKERS, meanwhile=meanwhile))
    for i in range(len(files)):
        made = unchanged[i] if i in unchanged else next(rest)
        if isinstance(made, Problem):
            out.problems.append(made)
            continue
        display, digest, parsed, stamp = made
        if parsed is None:
            assert old is not None
            hit = old[display]
            article, problems = hit[1], list(hit[2])
        else:
            article, problems = parsed
        if cache is not None:
            cache[display] = (digest, article, tuple(problems), stamp)
        out.problems.extend(problems)
        if article is not None and (drafts or not article.draft):
            out.articles.append(article)
    out.problems.extend(duplicate_articles(out.articles))
    out.problems.extend(stray_files(content, root))
    return out


def duplicate_articles(articles: Iterable[Article]) -> list[Problem]:
    """A warning at each article that is another's copy: the same body word for word, from the
    same outlet and source_url (a file copied under a new name, a text imported twice from two
    folders): both would be published as two articles of one report. Reported at the later path,
    naming the first. The same wire text in two outlets is two reports (syndication), not a copy:
    the timeline counts its statements once and says where else it ran."""
    first: dict[tuple[str, str, str], str] = {}
    imported: dict[str, str] = {}
    out = []
    for a in sorted(articles, key=lambda a: a.path):
        if a.import_hash and a.import_hash in imported:
            # one raw file imported twice (a copy of the article, or a re-import under another title's file
            # name): the bodies may differ by a headline line, the source is one report
            out.append(Problem(a.path, 1, f"imported from the same source file as {imported[a.import_hash]} "
                                          "(the same import_hash): one report published as two articles; delete "
                                          "one (or acknowledge this warning if both are meant)", "warning"))
            continue
        if a.import_hash:
            imported[a.import_hash] = a.path
        body = a.body.strip()
        if not body:
            continue
        key = (body, a.outlet, a.source_url)
        if key in first:
            out.append(Problem(a.path, 1, f"the same text, outlet and source_url as {first[key]}: a copy, published "
                                          "as a second article; delete one (or acknowledge this warning if both "
                                          "are meant)", "warning"))
        else:
            first[key] = a.path
    return out


def display_path(path: Path, root: Path) -> str:
    """A path as shown in messages: relative to the project root when it is inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
