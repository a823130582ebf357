"""Raw news text → a Markdown article with front matter, dates resolved and explained.

Accepts the seeds' format (an optional leading ` date YYYY-MM-DD `, one paragraph
per line, `Quote:`/`Source:`/`Details:` labels kept as text, no title), Markdown
with or without front matter, and saved web pages (`webpage`: trafilatura's main
text and metadata, the page's own date markup checked against htmldate); a URL is
fetched into `content/_sources/` first (`fetch`) and then read as a saved page.
The title comes from `headline` (never page furniture; a headline at the top leaves
the body), an outlet the editor did not give from the page's site name or the
text's wire marker (`outlet`), with the basis recorded.  Writes nothing that exists
already unless `--force`, and then keeps the editor's front matter as it is (every
key, a deleted one stays deleted) and replaces only the body. A manifest (`--manifest`) records how each file was
imported so the result can be reproduced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Final

import yaml

from dateline import dates, fetch, headline, quotes, webpage
from dateline.config import NumericOrder
from dateline.errors import Problem, Severity
from dateline.lexicon import language_of
from dateline.load import (
    Data,
    SourceFile,
    check_keys,
    key_nodes,
    load_data,
    read_source,
    split_front_matter,
    written_date_note,
    yaml_entries,
)
from dateline.model import Article, DateInfo, PartialDate, Speaker, path_segment, slugify
from dateline.names import account_holder, fold
from dateline.outlet import OutletGuess, outlet_from_text
from dateline.write import NO_ROOM, write_whole

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_RANK = {"low": 0, "medium": 1, "high": 2}
_GIVEN_BASIS = "given with --date at import"  # the basis of a --date typed without --date-basis
_GIVEN_STATEMENT_BASIS = "given with --statement-date at import"
IMPORT_OWNED = ("import_hash", "import_source")  # bookkeeping of the import itself: the only keys --force rewrites


@dataclass(frozen=True)
class ImportOptions:
    into: Path = Path("content/articles")
    outlet: str = ""
    source_url: str = ""
    given_date: str = ""
    date_basis: str = ""
    statement_date: str = ""  # the day the words were said, when the editor knows it (`--statement-date`)
    statement_date_basis: str = ""
    title: str = ""
    slug: str = ""
    force: bool = False
    dry_run: bool = False
    today: date = field(default_factory=date.today)
    fetched_url: str = ""  # the address a page was fetched from (its canonical URL wins)
    # the page was fetched by this run (not a kept copy): refused, its saved body is removed, never left in
    # content/_sources/ to be offered again (hostile round 71, h10)
    fetched_now: bool = False
    typed: bool = False  # the values above were typed with this command (not read from a manifest): see `given_keys`
    site_language: str = "en"  # the site's `language`: a pasted text in another one is given `lang:` (language_of)
    numeric_dates: NumericOrder | None = None  # the project's order of "03/12/2026" (config.numeric_dates)


def _given_statement_date(options: ImportOptions) -> DateInfo | None:
    """The day the words were said as the editor gave it (`--statement-date`, a manifest's
    `statement_date:`: a podcast recorded two days before it aired, known from its episode notes),
    instead of the import's reading of the text; high with a basis that says how it is known, medium
    without. None when none was given. ValueError when it is no date."""
    if not options.statement_date:
        return None
    said = dates.coerce_date(options.statement_date, options.numeric_dates)
    basis = options.statement_date_basis
    return DateInfo(said, "high" if basis else "medium", basis or _GIVEN_STATEMENT_BASIS)


def given_keys(options: ImportOptions) -> tuple[str, ...]:
    """The front-matter keys whose values were typed on this command line (`--date`, `--source-url`,
    `--outlet`, `--title`): under --force they replace the article's, which keeps every other key.

    An editor re-importing with `--date 2024-04-10` means that date; "kept your date" kept the
    import's own earlier reading of a mistyped flag. A manifest's values are not "typed" (they are
    re-read on every run, and would undo corrections made in the article since)."""
    if not options.typed:
        return ()
    keys = []
    if options.given_date:
        keys += ["date", "date_basis", "date_confidence"]
    elif options.date_basis:
        keys.append("date_basis")
    if options.statement_date:
        keys += ["statement_date", "statement_date_basis", "statement_date_confidence"]
    keys += [k for k, v in (("source_url", options.source_url), ("outlet", options.outlet),
                            ("outlet_basis", options.outlet), ("title", options.title)) if v]
    return tuple(keys)


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
    title: str = ""
    outlet: str = ""
    outlet_basis: str = ""
    source_url: str = ""
    author: str = ""
    lang: str = ""  # the `lang:` the import proposed for a text that declares none, and why
    page_words: int | None = None
    kept_words: int = 0
    fetched: str = ""  # "URL → kept copy" for a page fetched at import
    kept: list[str] = field(default_factory=list)  # --force: the editor's values kept where the import differs
    warnings: list[Problem] = field(default_factory=list)  # what the editor should check, at path:line

    def summary(self) -> str:
        if self.skipped:
            return f"{self.source}: skipped ({self.skipped})"
        parts = [f"{self.source} → {self.target}"]
        if self.fetched:
            parts.append(f"fetched {self.fetched} (re-run from the kept copy: a manifest entry `file:` it)")
        if self.page_words is not None:
            removed = max(0, self.page_words - self.kept_words)
            parts.append(f"kept {self.kept_words} words, removed {removed} of the page's {self.page_words} "
                         "(boilerplate)")
        parts.append(f"title: {self.title}")
        if self.outlet:
            parts.append(f"outlet: {self.outlet}" + (f" [{self.outlet_basis}]" if self.outlet_basis else ""))
        if self.source_url:
            parts.append(f"source: {self.source_url}")
        if self.author:
            parts.append(f"author: {self.author}")
        if self.lang:
            parts.append(f"lang: {self.lang}")
        if self.date:
            parts.append(f"published {self.date.date.iso()} [{self.date.confidence}: {self.date.basis}]")
        if self.statement_date:
            parts.append(f"said {self.statement_date.date.iso()} [{self.statement_date.confidence}: "
                         f"{self.statement_date.basis}]")
        parts.append(f"{self.quotes} quote(s)")
        if self.phrases:
            parts.append("dates in text: " + "; ".join(self.phrases[:6]))
        parts += self.kept
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


def _paragraphs(text: str, pasted: bool = True) -> list[str]:
    """Raw news text: one paragraph per non-empty line (the seeds' shape), or, when a `pasted` text's
    lines are hard-wrapped (a record or a release pasted as 72-column lines), one per block between
    blank lines (`webpage.unwrapped_blocks`; a page's <pre> is unwrapped as it is read): a sentence
    broken by the layout is one again; a video's captions, one per voice (`_caption_turns`)."""
    wrapped = (webpage.unwrapped_blocks(text) or _caption_turns(text)) if pasted else None
    return [_typeset_marks(p) for p in wrapped or [ln.strip() for ln in text.split("\n") if ln.strip()]]


# a video's transcript as its page shows it: a time code on a line of its own ("0:36", "1:02:05"), then the
# words said from then on; ">>" where the voice changes, a sound in brackets ("[Applause]")
_CAPTION_CLOCK = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
_CAPTION_SOUND = re.compile(r"\[[^\[\]]{1,30}\]")
_CAPTION_LINES = 6  # time codes at least, before a text is read as captions


def _caption_turns(text: str) -> list[str] | None:
    """A video transcript's paragraphs: the lines above its first time code as they are, then one paragraph
    per voice — the caption lines from one ">>" to the next joined, opened by the time code they start at
    ("0:36 >> senator what about the farmers in luna county …"), each sound ("[Applause]") a paragraph of
    its own. Captions break a sentence every few words, so no line is a sentence and no words of a
    voice could be added as a statement; joined, they can (the captions name no one: who speaks is the
    editor's to say). None when the text is not such a transcript."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    clocks = [i for i, ln in enumerate(lines) if _CAPTION_CLOCK.fullmatch(ln)]
    if len(clocks) < _CAPTION_LINES or len(clocks) * 2 < len(lines) - clocks[0] - 1:
        return None
    out = lines[:clocks[0]]
    turn: list[str] = []
    at = ""

    def close() -> None:
        if turn:
            out.append(f"{at} {' '.join(turn)}")
            turn.clear()

    clock = ""
    for ln in lines[clocks[0]:]:
        if _CAPTION_CLOCK.fullmatch(ln):
            clock = ln
            continue
        if _CAPTION_SOUND.fullmatch(ln):
            close()
            out.append(f"{clock} {ln}")
            continue
        if ln.startswith(">>") or not turn:
            close()
            at = clock
        turn.append(ln)
    close()
    return out


# a quotation in typewriter marks, two grave accents and two apostrophes (``…''), as a parliament's record
# printed from its typesetting source writes every quotation: within one paragraph, the pair
_TYPEWRITER_QUOTE = re.compile(r"``([^`\n]{1,1500}?)''")


def _typeset_marks(paragraph: str) -> str:
    """The paragraph with each ``…'' pair written as the curly marks it stands for (“…”), so a quotation
    in it reads as one; a lone `` or '' is left as it is."""
    return _TYPEWRITER_QUOTE.sub(r"“\1”", paragraph) if "``" in paragraph else paragraph


_LATIN_LETTER = re.compile("[A-Za-z]")


def _slug_from(title: str) -> str:
    """The file name a title gives: its words up to 60 characters. A title cut there does not end
    on a word that leads into the rest ("…-without-social-licence-as"): such words are left off."""
    words = slugify(title).split("-")
    out: list[str] = []
    for w in words:
        if len("-".join([*out, w])) > 60:
            while len(out) > 1 and out[-1] in _LEADING_WORDS:
                out.pop()
            break
        out.append(w)
    return "-".join(out)


# words that lead into what follows them (articles, prepositions, conjunctions; English, French,
# German, Spanish, Portuguese, Italian, Dutch): a cut title does not end on one. ("that", "who"
# are left: a name cut there reads as a clause, and the file names made before this rule keep
# theirs, and with them the addresses and quote anchors of their pages.)
_LEADING_WORDS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "and", "or", "but",
    "over", "after", "into", "le", "la", "les", "l", "un", "une", "des", "du",
    "de", "d", "et", "ou", "en", "au", "aux", "pour", "par", "sur", "avec", "dans", "sans", "der", "die",
    "das", "den", "dem", "ein", "eine", "und", "oder", "von", "zu", "im", "am", "auf", "mit", "fur", "nach",
    "el", "los", "las", "lo", "y", "o", "del", "al", "con", "por", "para", "sin", "em", "da", "do", "dos",
    "e", "no", "na", "com", "os", "il", "gli", "i", "di", "per", "het", "een", "van", "op", "voor", "met",
))


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: the same text, 10x faster


def _dump(meta: dict[str, Any]) -> str:
    """Front matter in key order, empty values left out (one YAML dump: per-key dumps cost 9 ms a file)."""
    kept = {key: value for key, value in meta.items() if value not in ("", None, [], {})}
    text = yaml.dump(kept, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return "---\n" + text + "---\n"


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


def fetch_jobs(urls: Sequence[str], options: ImportOptions, *,
               timeout: float = fetch.TIMEOUT) -> tuple[list[tuple[Path, ImportOptions]], list[Problem]]:
    """Fetch each URL into ``content/_sources/`` (beside ``--into``) and make it an import job.

    The page is then imported like a saved file, so a re-run (or an audit) reads the same
    bytes.  With ``--dry-run`` pages go to a temporary folder: nothing in the project is
    written.  A URL that fails is a problem; the others still import.
    """
    import tempfile

    sources = (Path(tempfile.mkdtemp(prefix="dateline-fetch-")) if options.dry_run
               else options.into.parent / "_sources")
    jobs: list[tuple[Path, ImportOptions]] = []
    problems: list[Problem] = []
    for url in urls:
        try:
            got = fetch.fetch(url, sources, timeout=timeout, refresh=options.force)
        except fetch.FetchError as exc:
            problems.append(Problem(url, 0, str(exc)))
            continue
        jobs.append((got.path, replace(options, fetched_url=url, fetched_now=not got.reused)))
    return jobs, problems


def import_jobs(jobs: Sequence[tuple[Path, ImportOptions]]) -> Iterator[ImportResult]:
    """Import each (file, options); a bad file is reported and skipped, the others still import."""
    hashes: dict[Path, dict[str, Path]] = {}
    data: dict[Path, Data] = {}
    for f, options in jobs:
        if options.into not in hashes:
            hashes[options.into] = _existing_hashes(options.into)
            data[options.into] = _speaker_data(options.into)
        try:
            result = import_one(f, options, hashes[options.into], data[options.into])
            if result.problem is not None and result.problem.severity == "error" and options.fetched_now \
                    and not options.dry_run:
                f.unlink(missing_ok=True)
            yield result
        except OSError as exc:
            if exc.errno in NO_ROOM:  # a full disk stops the import: the command says so (not "a bug in dateline")
                raise
            yield _a_bug(f, exc)
        except Exception as exc:  # a bug of ours on this file: report it as this file's problem, import the rest
            yield _a_bug(f, exc)


def _a_bug(f: Path, exc: Exception) -> ImportResult:
    """A file the import failed on for a fault of its own: said as this file's problem, the rest imported."""
    return ImportResult(source=f.as_posix(), problem=Problem(
        f.as_posix(), 0, f"dateline could not read this file ({type(exc).__name__}: {exc}): a bug in "
        "dateline, not a fault of the file; please report it with this file. The other files were imported"))


def import_one(path: Path, options: ImportOptions, hashes: dict[str, Path], data: Data) -> ImportResult:
    display = path.as_posix()
    result = ImportResult(source=display)
    sniffed = path.suffix.lower() not in (".html", ".htm") and _saved_page(path)
    src = read_source(path, display, page=sniffed or path.suffix.lower() in (".html", ".htm"))
    if isinstance(src, Problem):
        result.problem = src
        return result
    if sniffed:
        result.warnings.append(Problem(display, 1, f"an HTML document with a {path.suffix or 'bare'} name (a web "
                                                   "page saved under another name): imported as a web page, its "
                                                   "markup left out", "warning"))
    if not src.text.strip():
        result.problem = Problem(display, 0, "empty file; nothing to import")
        return result
    if src.digest in hashes and not options.force:
        result.skipped = f"already imported as {hashes[src.digest].as_posix()}"
        if given_keys(options):
            result.skipped += (f"; to set its {', '.join(given_keys(options))} to what you gave, add --force "
                               "(the rest of its front matter is kept)")
        elif options.given_date and (held := _held_date(hashes[src.digest])) not in (None, options.given_date):
            result.skipped += (f"; the manifest's date, {options.given_date}, is not the article's ({held}): add --force "
                               "to set it (a date the import guessed is replaced, one you corrected is kept)")
        return result
    title, body_text, meta_in, page = _source_text(src, path, data.speakers, page=sniffed)
    # a thread pasted from a social network's page: every line of it is evidence (whose post, when), so
    # none leaves the body as a masthead, a byline or a date line, and the title is the first post's words
    # (a photo network's post too: its handle, its location line, its caption, `quotes.photo_caption`)
    caption = quotes.photo_caption(body_text) if page is None else None
    thread = page is None and (_POST_TOP.match(body_text) or _FEED_TOP.match(body_text) or caption) is not None
    posted = body_text
    unsettled: tuple[tuple[str, str], ...] = ()
    if options.given_date:
        try:
            given = dates.coerce_date(options.given_date, options.numeric_dates)
        except ValueError as exc:
            result.problem = Problem(display, 0, f"--date: {exc}")
            return result
        _, body_text = dates.leading_date_prefix(body_text)
        pub: DateInfo | None = DateInfo(given, "high" if options.date_basis else "medium",
                                        options.date_basis or _GIVEN_BASIS)
    else:
        try:
            # (a photo post's day stands among the lines under its caption, its counts and links: read as a header)
            published = dates.publication_date(body_text if caption is None else body_text[caption[2]:],
                                               today=options.today, order=options.numeric_dates)
            if caption is not None and published.info is None:  # … or only its age ("3 d", "3w")
                published = replace(published, info=dates.post_age(body_text[caption[2]:], options.today))
        except dates.DateRefused as exc:
            result.problem = _refused(display, src.text, exc)
            return result
        except ValueError as exc:
            result.problem = Problem(display, 1, str(exc))
            return result
        visible = None
        try:
            visible = _visible_date(page, options.today, options.numeric_dates) if page is not None else None
        except dates.DateRefused as exc:  # the page's markup still dates it: said, not a stop
            if page is None or page.date is None:
                result.problem = _refused(display, src.text, exc)
                return result
            result.warnings.append(_refused(display, src.text, exc, f"the page's markup date {page.date.date.iso()} "
                                            "is used", "warning"))
        pub, body_text, unsettled = published.info, published.text, published.unsettled
        year_assumed = published.year_assumed
        if visible is not None and (pub is None or pub.confidence != "high" or pub.date.precision != "day"):
            pub, year_assumed = visible, False
        stated = page.date if page is not None else _stated_date(meta_in, options.numeric_dates)
        if stated is not None and (pub is None or ((pub.confidence != "high" or pub.date.precision != "day")
                                   and _RANK[stated.confidence] >= _RANK[pub.confidence])):
            pub = stated
        elif pub is not None and year_assumed:
            pinned = _dateline_year(pub, body_text, options.today)
            if not isinstance(pinned, DateInfo):
                pinned = _address_year(pub, options.source_url or str(meta_in.get("source_url") or "")
                                       or options.fetched_url, pinned)
            if not isinstance(pinned, DateInfo):
                dateline = next((ph.text for ph in dates.find_date_phrases(body_text) if ph.kind == "dateline"),
                                body_text.split("\n", 1)[0][:60])
                result.problem = Problem(display, _line_of_phrase(src.text, dateline),
                                         f"the dateline ‘{dateline}’ gives no year and "
                                         f"{pinned or 'the text names none'}: "
                                         "rerun with --date YYYY-MM-DD (and --date-basis 'how you know')")
                return result
            pub = pinned
    if pub is None and unsettled:
        seen, readings = unsettled[0]
        result.problem = Problem(display, _line_of_phrase(src.text, seen),
                                 f"the date line ‘{seen}’ could be {readings}, and nothing in the text settles "
                                 "which: rerun with --date YYYY-MM-DD as the outlet writes its dates "
                                 "(and --date-basis 'how you know', e.g. 'the outlet writes the day first'), or "
                                 "settle it for every source in pyproject.toml: numeric_dates = \"day-first\" "
                                 "(or a language with its region, e.g. \"en-AU\", \"en-US\")")
        return result
    # (a saved post's page is written as a pasted post reads, its time and day line kept: `webpage.marked_up_posts`)
    marked = page is not None and bool(page.account) and _POST_TOP.match(posted) is not None
    paragraphs = _paragraphs(posted if thread or marked else body_text, pasted=page is None)
    if not paragraphs:
        result.problem = Problem(display, 0, "no article text found in the page; nothing to import" if page is not None
                                 else "no text left after the date line; nothing to import")
        return result
    result.phrases = [f"{ph.text!r}" for ph in dates.find_date_phrases("\n".join(paragraphs))]
    try:
        given_stmt = _given_statement_date(options)
    except ValueError as exc:  # a --statement-date (or manifest `statement_date:`) that is no date
        result.problem = Problem(display, 0, f"--statement-date: {exc}")
        return result
    try:
        stmt = given_stmt or \
            dates.article_statement_date(paragraphs, pub, today=options.today, order=options.numeric_dates)
    except dates.DateRefused as exc:
        result.problem = _refused(display, src.text, exc)
        return result
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
            issue = dates.month_of_issue(src.text)
            hint = (f"‘{issue[0]}’ names a month alone (a month heads anything): if it is the issue's, rerun with "
                    f"--date {issue[1].iso()} --date-basis 'the issue of {issue[0]}'; else " if issue is not None
                    else "")
            result.problem = Problem(display, 1, f"no publication date and no dated statement found: {hint}"
                                                 "rerun with --date YYYY-MM-DD (and --date-basis 'how you know')")
            return result
        # (a show's airing, when its words were recorded before it: the day it was made public)
        shown = dates.occasion_date(paragraphs, options.numeric_dates) or stmt
        pub = DateInfo(shown.date, "low", f"no publication date in the text; the "
                                          f"{'statement date' if shown.date == stmt.date else 'airing'} is used "
                                          f"({shown.basis})")
    guess = outlet_from_text(paragraphs)
    outlet, outlet_basis = _outlet(options, meta_in, page, guess)
    outlets = [name for name in (outlet, guess.name if guess is not None else "") if name]
    given_title = options.title or title or (headline.lead_title([posted[caption[1]:caption[2]]]) if caption is not None
                                             else headline.lead_title(paragraphs[2:]) if thread else "")
    doubt = None if given_title else headline.title_doubt(paragraphs, outlets)
    doubted: Problem | None = None
    if doubt is not None:
        at, why = doubt
        result.warnings.append(doubted := Problem(
            display, _line_of_phrase(src.text, paragraphs[at]),
            f"title: ‘{paragraphs[at]}’ {why}: if the headline is another line, re-import with --title "
            "'the headline' (or title: in the manifest), or correct title: in the article — the address is made "
            "from the title the import took: to change it too, delete the article and import it afresh with "
            "--title (or set slug: in it) before you publish", "warning"))
    # a manifest's values under --force replace only the import's own earlier readings (`_own_readings`)
    own = _own_readings(options, paragraphs, title, page, meta_in, guess, outlets)
    if (page is not None and page.account and not options.title) or thread:
        title = given_title  # a post's first sentence (`webpage.post_page`, a pasted thread): the post stays whole below it
    else:
        title, paragraphs = headline.choose_title(
            paragraphs, given_title, trusted=bool(options.title) or page is None, outlets=outlets,
            sitting=pub.date.iso() if pub is not None and pub.date.precision == "day" else "")
    byline = ""
    if page is not None:
        paragraphs = headline.drop_top_furniture(paragraphs)
    elif not thread:
        paragraphs, byline = headline.pasted_top(paragraphs, outlets)
    body = "\n\n".join(paragraphs) + "\n"
    author = page.author if page is not None else byline  # "By Jane Doe" / "Por Juan Pérez" atop a pasted text
    writer = _listed_writer(author, data) if not (page is not None and page.account) and not thread else None
    if writer is not None and given_stmt is None and stmt is not None and pub is not None:
        # a speaker's own op-ed is written on its day: a date its narration recalls ("In March 2024 I stood … and
        # said: “…”") dates the words it introduces (their own sentence), never the text — nor a passage added from it
        stmt = None
    # a title in a script with no ASCII letters (Japanese, Arabic, Greek): the saved file's own name, when
    # it has Latin letters, is the one the user chose; else the title romanised ("Петров" → "petrov"),
    # before the numbered "article" that says nothing
    first, then = (path.stem, title) if not _LATIN_LETTER.search(title) and _LATIN_LETTER.search(path.stem) \
        else (title, path.stem)
    slug = options.slug or meta_in.get("slug") or _slug_from(first) or _slug_from(then)
    # re-imported with --force, a source keeps its article's file (and so its address on the site),
    # whatever title or slug it reads to now: a new file beside it would publish the story twice
    known = hashes.get(src.digest) if options.force else None
    target = known if known is not None and known.exists() else \
        _free_target(options.into, path_segment(slugify(str(slug))) or "article", path.name, options.force)
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
    meta["outlet"], meta["outlet_basis"] = outlet, outlet_basis
    meta["source_url"] = options.source_url or meta_in.get("source_url", "") or options.fetched_url
    if page is not None and page.archive_url and not options.source_url:
        meta["archive_url"] = page.archive_url  # the capture the page was saved from: a record that exists
    # otherwise none: an address the import made up would read as a copy someone verified (the
    # article page offers a Wayback Machine lookup instead, `Article.archive_link`)
    if page is not None and page.lang:
        meta["lang"] = page.lang  # what the page declares: its words are marked as that language
    elif meta_in.get("lang"):
        meta["lang"] = str(meta_in["lang"])
    else:
        # a text that declares nothing: its function words may say it is not in the site's language (an
        # English wire story on a Spanish site), so its quotes are marked as the language they are in
        said_in, how = language_of(body)
        if said_in and said_in != options.site_language.split("-")[0].lower():
            meta["lang"] = said_in
            result.lang = f"{said_in} [{how}; not the site's language {options.site_language}]"
    if page is not None:
        meta["summary"] = page.description
    if writer is not None:
        meta["writer"] = writer  # their op-ed, column or letter: their "I … said: “…”" is theirs (attribution)
    analysis_article = Article(id="x", path=display, slug="x", title=title, date=pub, body=body, body_line=1,
                               statement_date=stmt, writer=writer or "")
    from dateline import analyse as analyse_mod
    from dateline.pipeline import analyse

    found = analyse(analysis_article, data)
    result.warnings += [p for p in found.problems if p.message.startswith(analyse_mod.NO_STATEMENT)]
    # most quoted first; ties by id, never in set order (which changes with PYTHONHASHSEED)
    speakers = sorted({q.speaker for q in found.quotes if q.speaker != "unknown"
                       and q.speaker in {s.id for s in data.speakers}},
                      key=lambda s: (-sum(q.speaker == s for q in found.quotes), s))
    topics = sorted({t for q in found.quotes for t in q.topics})
    holder = _account_holder(page.account, data) if page is not None and page.account else None
    meta["speakers"] = [holder, *(s for s in speakers if s != holder)] if holder else speakers
    meta["topics"] = topics
    meta["import_hash"] = src.digest
    meta["import_source"] = path.name
    front_matter: str | None = None
    if target.exists() and not options.dry_run:
        if not options.force:
            result.problem = Problem(target.as_posix(), 0, "exists already; not overwritten (use --force to "
                                                           "re-import; your front-matter corrections are kept)")
            return result
        kept = _kept_front_matter(target, meta, result, given_keys(options), own)
        if kept is None:
            return result
        front_matter = kept
        if doubted is not None and str(meta["title"]) != title:  # the editor's title was kept: no doubt of ours is left
            result.warnings.remove(doubted)
    result.date, result.statement_date, result.quotes = pub, stmt, len(found.quotes)
    result.title, result.outlet, result.outlet_basis = str(meta["title"]), str(meta["outlet"]), str(meta["outlet_basis"])
    result.author = author
    result.source_url = str(meta["source_url"])
    if page is not None:
        result.page_words, result.kept_words = page.page_words, page.kept_words
        result.warnings += [Problem(display, 1, note, "warning") for note in page.notes]
        if not result.source_url:  # a saved page's address is what its article page and citations link to
            result.warnings.append(Problem(display, 1, (
                "the page names no address of its own (no canonical link, og:url or JSON-LD url; a <base href> "
                "only says where its links resolve): the article gets no source link; add `source_url:` to its "
                "front matter, or re-import with --source-url URL"), "warning"))
        if result.outlet_basis.startswith(webpage.ADDRESS_OUTLET_BASIS):  # a name no page of the outlet's showed
            result.warnings.append(Problem(display, 1, (
                f"the outlet ‘{result.outlet}’ is read from the page's address alone (the page shows no name of its "
                "own): check its spelling in `outlet:`, or re-import with --outlet NAME"), "warning"))
        if not result.outlet:  # the article page, cards and citations name the outlet
            result.warnings.append(Problem(display, 1, (
                "the page names no outlet (no site name, publisher, credit or copyright line found): add "
                "`outlet:` to its front matter, or re-import with --outlet NAME"), "warning"))
    if writer is not None:  # (the build says it again, at the article's `writer:` line, till passages are added)
        result.warnings.append(analyse_mod.writer_text(display, 1, writer, author))
    if options.fetched_url:
        result.fetched = f"{options.fetched_url} → {display}"
    result.target = target.as_posix()
    result.front_matter = front_matter if front_matter is not None else _dump(meta)
    if not options.dry_run:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, result.front_matter + "\n" + body)
        hashes[src.digest] = target
    return result


def _account_holder(account: str, data: Data) -> str | None:
    """The speakers.yaml id of a social post's account ("Jane Doe (@janedoe)"): the speaker whose name or
    an alias is the account's name, or an alias is its handle; the post is that person's words, so the
    import names them in `speakers:` (the hint attribution reads). None when no one, or several, fit."""
    name, _, handle = account.rpartition(" (")
    return account_holder((name, handle.rstrip(")")), data.speakers)


def _listed_writer(author: str, data: Data) -> str | None:
    """The speakers.yaml id of the byline's writer, when its name or an alias is theirs (one person only)."""
    if not author:
        return None
    fits = {s.id for s in data.speakers if fold(author.strip()) in {fold(n) for n in (s.name, *s.aliases)}}
    return next(iter(fits)) if len(fits) == 1 else None


# the top of a post pasted from X or a like network: the account's name, then its @handle on a line of its own
_POST_TOP = re.compile(r"\A\s*" + quotes.POST_HEAD)
_FEED_TOP = re.compile(r"\A\s*" + quotes.FEED_HEAD)  # … or its name, then the day and the audience ("· 🌎")


def _own_readings(options: ImportOptions, paragraphs: list[str], title: str, page: webpage.WebPage | None,
                  meta_in: dict[str, Any], guess: OutletGuess | None, outlets: list[str]) -> dict[str, str]:
    """What the import reads for each key a manifest gives (title, outlet, source_url), as if the
    manifest gave none: an article still holding that value holds the import's own guess, not an
    editor's correction, so under --force the manifest's value replaces it (`_kept_front_matter`).
    Empty unless this is a --force run of a manifest (typed values are set anyway: `given_keys`)."""
    if not options.force or options.typed:
        return {}
    own: dict[str, str] = {}
    if options.title:
        own["title"] = headline.choose_title(list(paragraphs), title, trusted=page is None, outlets=outlets)[0]
    if options.outlet:
        own["outlet"], own["outlet_basis"] = _outlet(replace(options, outlet=""), meta_in, page, guess)
    if options.source_url:
        own["source_url"] = str(meta_in.get("source_url") or "") or options.fetched_url
    if options.given_date:
        own["date"] = _IMPORT_GUESS  # (whether the article's date is the import's guess: `_import_guessed_date`)
    return own


_IMPORT_GUESS = "\0the import's guess"


def _held_date(target: Path) -> str | None:
    """The date an imported article's front matter holds ("" when none), None when it cannot be read."""
    old = read_source(target, target.as_posix())
    if isinstance(old, Problem):
        return None
    meta, _, _, problems = split_front_matter(old)
    return None if problems else str(meta.get("date") or "")


def _import_guessed_date(old_meta: dict[str, Any]) -> bool:
    """Whether an article's date is still the import's own reading, not an editor's correction: none at all, or
    a basis that shows the import's reading of that very date ("‘on Wednesday, April 1’ → 2026-04-01, …"). An editor
    who corrects the date writes another (the basis left naming the old one) or a basis of their own: kept."""
    date = str(old_meta.get("date") or "")
    return not date or f"→ {date}" in str(old_meta.get("date_basis") or "")


def _kept_front_matter(target: Path, meta: dict[str, Any], result: ImportResult,
                       given: tuple[str, ...] = (), own: dict[str, str] | None = None) -> str | None:
    """The existing article's front matter, kept as the editor left it, for a re-import with --force.

    Nothing an editor wrote may be lost, and an import cannot tell an editor's correction
    (a fixed date, a confirmed statement date, a deleted archive_url) from its own first
    guess: so every key stays, byte for byte with its comments, and a deleted key stays
    deleted; only the import's bookkeeping (`import_hash`, `import_source`) is brought up
    to date, and the body is the raw text read again. Where the new reading differs, the
    result says so (`kept your date: …`), so an editor who wants the import's value takes
    it by hand. The keys `given` were typed with this command (`given_keys`): they are set, and
    said. A manifest's value (`own`: the import's own reading of each key it gives) is set where the
    article has none, or still has what the import reads without the manifest — the import's guess
    (a masthead read as the title), no correction of the editor's. Front matter that does not parse
    is never replaced: the problem is returned.
    """
    display = target.as_posix()
    old = read_source(target, display)
    if isinstance(old, Problem):
        result.problem = Problem(display, old.line, f"{old.message}; not re-imported (its front matter is kept "
                                                    "as you wrote it: fix the file or delete it to import afresh)")
        return None
    old_meta, body, _, problems = split_front_matter(old)
    if problems:
        p = problems[0]
        result.problem = Problem(p.path, p.line, f"{p.message}; not re-imported: --force keeps your front matter, "
                                                 "so fix it first (or delete the file to import afresh)")
        return None
    head = old.text[: len(old.text) - len(body)]
    if "date" in given and meta.get("date_basis") == _GIVEN_BASIS and str(old_meta.get("date") or "") == str(meta["date"]):
        # `--date` the article has already, with no --date-basis: the date is confirmed, and the basis written for
        # it (a manifest's, the editor's own) still says how it is known — "given with --date" would say less
        given = tuple(k for k in given if k not in ("date_basis", "date_confidence"))
        meta["date_basis"], meta["date_confidence"] = old_meta.get("date_basis", ""), old_meta.get("date_confidence", "")
        result.kept.append(f"kept your date_basis and date_confidence: the date given, {meta['date']}, is the "
                           "article's already (give --date-basis to replace its basis)")
    from_manifest = tuple(k for k, reading in (own or {}).items() if k not in given and k in meta
                          and (_import_guessed_date(old_meta) if reading == _IMPORT_GUESS
                               else str(old_meta.get(k) or "") in ("", reading)))
    if "date" in from_manifest:  # (the date's basis and confidence go with it: the manifest's, not the guess's)
        from_manifest += tuple(k for k in ("date_basis", "date_confidence") if k not in given and k in meta)
    given = (*given, *from_manifest)
    for key in (*IMPORT_OWNED, *given):
        if key not in IMPORT_OWNED and meta[key] in ("", None):
            # `--outlet X` leaves the outlet no basis to give: the key goes, never `outlet_basis: ''` written into an
            # editor's front matter (a usability round's), nor a basis of the outlet the import read before kept
            head = re.sub(rf"(?m)^{key}:.*(?:\n[ \t]+\S.*)*\n", "", head, count=1)
            continue
        line = f"{key}: {yaml.dump(meta[key], Dumper=_DUMPER, allow_unicode=True, width=1000).splitlines()[0]}"
        # the key's line and any indented lines continuing its value (a folded title)
        head, n = re.subn(rf"(?m)^{key}:.*(?:\n[ \t]+\S.*)*$", line.replace("\\", "\\\\"), head, count=1)
        if not n:  # the closing fence is the head's last line: the key goes just above it
            fence = head.rstrip("\n").rsplit("\n", 1)
            head = f"{fence[0]}\n{line}\n{fence[1]}\n"
        if key in given and str(old_meta.get(key, "")) != str(meta[key]):
            how = "from the manifest" if key in from_manifest else "as given"
            result.kept.append(f"set {key}: {_shown(meta[key])} {how} (was {_shown(old_meta.get(key, ''))})")
    for key, value in meta.items():
        if key in IMPORT_OWNED or key in given or value in ("", None, [], {}):
            continue
        reads = "the manifest gives" if key in (own or {}) else "the import reads"
        if key not in old_meta:
            result.kept.append(f"left out {key} (your front matter has none; {reads} {_shown(value)})")
        elif str(old_meta[key]) != str(value):
            result.kept.append(f"kept your {key}: {_shown(old_meta[key])} ({reads} {_shown(value)}; "
                               "yours is not the import's own reading, so it is taken as your correction)"
                               if key in (own or {}) else
                               f"kept your {key}: {_shown(old_meta[key])} ({reads} {_shown(value)})")
    for key in ("title", "outlet", "outlet_basis"):  # the summary names what the file says
        if key not in given:
            meta[key] = old_meta.get(key, "")
    return head


def _shown(value: Any) -> str:
    text = yaml.dump(value, Dumper=_DUMPER, allow_unicode=True, default_flow_style=True, width=1000).strip()
    text = text.removesuffix("...").strip()
    return text if len(text) <= 80 else text[:77] + "…"


_OTHER_WAY = ("if this source writes its dates the other way, rerun with --date YYYY-MM-DD "
              "(and --date-basis 'how you know')")


def _refused(display: str, text: str, exc: dates.DateRefused, then: str = _OTHER_WAY,
             severity: Severity = "error") -> Problem:
    """What the import says of a date line the project's order of numeric dates cannot read, at its line."""
    return Problem(display, _line_of_phrase(text, exc.line), f"the date line ‘{exc.line}’: {exc}: {then}", severity)


def _visible_date(page: webpage.WebPage, today: date, order: NumericOrder | None = None) -> DateInfo | None:
    """The publication date the page shows its reader under the headline, when it states one in full.

    Like a date line in pasted text, it beats the markup: it is the outlet's own date in its
    own time zone (markup often carries the UTC time, a day later for an evening story).
    A numeric date the project's ``order`` refuses raises DateRefused, as in pasted text.
    """
    if not page.header_lines:
        return None
    try:
        found = dates.publication_date("\n".join(page.header_lines), today=today, order=order).info
    except dates.DateRefused:
        raise
    except ValueError:
        return None
    if found is None or found.confidence != "high" or found.date.precision != "day":
        return None
    basis = f"the page's visible {found.basis}"
    if page.date is not None and page.date.date != found.date:
        basis += f"; its markup says {page.date.date.iso()} ({page.date.basis})"
    return DateInfo(found.date, "high", basis)


def _outlet(options: ImportOptions, meta_in: dict[str, Any], page: webpage.WebPage | None,
            guess: OutletGuess | None) -> tuple[str, str]:
    """(outlet, basis): the editor's (option, manifest, front matter) first, then the page's own
    site name, then a wire marker or "X reports" in the text; the basis is "" when the editor gave it."""
    if options.outlet:
        return options.outlet, ""
    if meta_in.get("outlet") and page is None:
        return str(meta_in["outlet"]), ""
    if page is not None and page.site_name:
        return page.site_name, page.site_basis
    if guess is not None:
        return guess.name, guess.basis
    return "", ""




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


def _stated_date(meta_in: dict[str, Any], order: NumericOrder | None = None) -> DateInfo | None:
    """A publication date a Markdown file states in its front matter (a web page's: `webpage.page_date`)."""
    value = meta_in.get("date")
    if value in (None, ""):
        return None
    try:
        day = dates.coerce_date(value, order)
    except ValueError:
        return None
    basis = str(meta_in.get("date_basis") or f"front matter date: {day.iso()}")
    return DateInfo(day, "high", basis)


def _address_year(pub: DateInfo, url: str, otherwise: str | None) -> DateInfo | str | None:
    """A year-less dateline ("WASHINGTON, Sept 12 (Reuters) -") whose month and day the story's address
    spells ("…/2023-09-12/…", given with --source-url or in the manifest) takes the address's year: the
    outlet wrote both on the day it went out (ux33 P9). Another day in the address settles nothing."""
    day = webpage.address_day(url)
    if day is None or (day.month, day.day) != (pub.date.month, pub.date.day):
        return otherwise
    return DateInfo(day, "medium", f"{pub.basis.split(' → ')[0]} → {day.iso()}, year from the source address ({url})")


# a wire's closing slug on the story's last line, the agency, the editor's initials and the year it was filed
# ("CMC/ak/2026", "XNA/jd/mm/2025"): the year of a year-less dateline above it
_WIRE_SLUG = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z]{1,9}(?:/[A-Za-z]{1,6}){1,3}/(?P<year>(?:19|20)\d\d)\s*\Z")


def _dateline_year(pub: DateInfo, text: str, today: date) -> DateInfo | str | None:
    """A year-less dateline ("LIMA, December 6. /EFE/.") takes the latest year the article
    itself names (not today's year, which is wrong for any older article); None when it
    names no year, so the importer asks for --date instead of guessing.  Years in
    background sentences ("the full-scale invasion in February 2022", "since 2014") date
    a past event, not the article, and are not counted.  A weekday in the dateline's
    paragraph ("… on Tuesday") overrides this: it picks the one fitting year, or asks (the
    reason is returned instead of a date)."""
    if pub.date.month is not None and pub.date.day is not None:
        pinned = dates.weekday_year(text, pub.date.month, pub.date.day, today)
        if pinned is not None:
            year, why, confidence = pinned
            if year is None:
                return why
            day = PartialDate(year, pub.date.month, pub.date.day)
            return DateInfo(day, confidence, f"{pub.basis.split(' → ')[0]} → {day.iso()}, year from the weekday: {why}")
    slug = _WIRE_SLUG.search(text[-200:]) if "/" in text[-200:] else None
    if slug is not None and pub.date.month is not None and int(slug.group("year")) <= today.year:
        try:
            d = PartialDate(int(slug.group("year")), pub.date.month, pub.date.day)
        except ValueError:
            d = None
        if d is not None and d.first_day() <= today:
            return DateInfo(d, "medium", f"{pub.basis.split(' → ')[0]} → {d.iso()}, the year of the wire's closing "
                                         f"slug ‘{slug.group(0).strip()}’")
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
    basis = f"{pub.basis.split(' → ')[0]} → {d.iso()}, the year the latest the article names ({year})"
    return DateInfo(d, "low", basis)


_BACKGROUND_EVENT = re.compile(
    r"(?i)\b(?:invasion|invaded|invade[sd]?|annex\w*|since|began|begun|launched|started|outbreak"
    r"|anniversary|ago|war\s+(?:broke|began|started))\b")


# a year after a participle that describes the noun of a preposition's phrase ("under a treaty signed
# in 1944", "from the dam built in 1916"): when that thing was made, not the article (a subject's
# finite verb, "The refinery opened in 2014 and …", is no such phrase)
_PARTICIPLE_YEAR = re.compile(
    r"(?i:\b(?:under|by|from|of|with|in|on|to|for|after|before)\s+(?:the|a|an|its|their|this|that)\s+)"
    r"(?:[\w-]+\s+){0,2}[\w-]+\s+"
    r"(?:[a-z]+ed|built|made|written|drawn\s+up|held|laid|set\s+up)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b")


# a year set off by commas after a noun, an aside on when that thing happened ("The last strike,
# in 2019, lasted 11 days"): the noun's date, not the article's
_ASIDE_YEAR = re.compile(r",\s*(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\s*,")


# a sentence that counts on from the one before: "… have since fallen", "Since then, …"
_SINCE_THEN = re.compile(r"\.\s+(?:[^.\n]*?\b(?:ha(?:s|ve|d)|ha[sd]n[’']t|have\s+not|has\s+not)\s+(?:\w+ly\s+)?since\b"
                         r"|(?:Ever\s+)?[Ss]ince\s+then\b)")


def _background(text: str, pos: int) -> bool:
    """Is the year at ``pos`` in a sentence about a past event the article recalls, or in a clause
    that gives a noun's background ("The mine, which opened in 2014, remains closed"), or in the
    sentences after such an aside in its paragraph (wire copy gives its history one paragraph:
    "The last strike, in 2019, lasted 11 days. A shorter one hit two ports in 2012.")?"""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    end = min(ends, default=len(text))
    # the next sentence of its paragraph counts on from it ("The fee was cut in 2024. Prices have since
    # fallen"): what it tells came after that year, so the year is behind the article, not its own
    nl = text.find("\n", end)
    following = text[end:nl if nl >= 0 else len(text)] if text.startswith(". ", end) else ""
    return (_BACKGROUND_EVENT.search(text[start:end]) is not None
            or dates.in_relative_clause(text, start, pos)
            or _ASIDE_YEAR.search(text, text.rfind("\n", 0, pos) + 1, end) is not None
            or any(m.start() <= pos < m.end() for m in _PARTICIPLE_YEAR.finditer(text, start, end))
            or _SINCE_THEN.match(following) is not None)


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


# what an HTML document opens with (after white space, a comment, an XML declaration): a browser's "Save page
# as" keeps it whatever the name the file is given
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*)*"
                         rb"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


def _saved_page(path: Path) -> bool:
    """Whether a file not named .html is an HTML document all the same (a page saved as `story.md` or
    `.txt`): read as plain text, its <html>, <script> and <body> went into the article (hostile round
    82, d07). Only a document that opens as one counts, not a text that shows some markup."""
    try:
        with path.open("rb") as f:
            head = f.read(2048)
    except OSError:
        return False  # (read_source says why)
    return _HTML_START.match(head) is not None


def _source_text(src: SourceFile, path: Path, speakers: Sequence[Speaker] = (), *,
                 page: bool = False) -> tuple[str, str, dict[str, Any], webpage.WebPage | None]:
    """(title, text, front matter or page metadata, the web page when the file is one (`page`: one
    whatever its name); a post it embeds of one of `speakers`' accounts stays in its text)."""
    suffix = path.suffix.lower()
    if page or suffix in (".html", ".htm"):
        read = webpage.read_page(src.text, speakers)
        meta: dict[str, Any] = {"outlet": read.site_name, "source_url": read.url, "summary": read.description}
        return read.title, "\n".join(read.paragraphs), meta, read
    if suffix in (".md", ".markdown") and src.text.startswith("---"):
        meta, body, _, problems = split_front_matter(src)
        if not problems:
            found = meta.get("title")
            return (found if isinstance(found, str) else "") or _md_heading(body), body, meta, None
    if suffix in (".md", ".markdown"):
        return _md_heading(src.text), src.text, {}, None
    return "", src.text, {}, None


# a Markdown document's first-level heading on its first line ("# Harbour Bulletin — Winter Issue", "Title\n===")
_MD_HEADING = re.compile(r"\A\s*(?:#[ \t]+(?P<atx>[^\n]+?)(?:[ \t]+#+)?[ \t]*$|(?P<setext>[^\n#][^\n]*)\n=+[ \t]*$)",
                         re.MULTILINE)


def _md_heading(text: str) -> str:
    """The title a Markdown text gives itself in its first-level heading at the top: its words, without
    the heading's marks (a title "# Harbour Bulletin" would show its '#'); "" when it opens otherwise."""
    m = _MD_HEADING.match(text)
    return (m["atx"] or m["setext"] or "").strip() if m is not None else ""


def _line_of_phrase(text: str, phrase: str) -> int:
    pos = text.find(phrase)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 1


MANIFEST_KEYS = ("file", "outlet", "source_url", "date", "date_basis", "statement_date", "statement_date_basis",
                 "title", "slug", "today", "into")


def _manifest_date(value: object, line: int, path: str, problems: list[Problem],
                   order: NumericOrder | None = None, key: str = "date") -> None:
    """A manifest `date:` (or `statement_date:`) as front matter's is checked: not a date → an error at
    its line; read but not written YYYY-MM-DD (`09/08/2023`: 8 September or 9 August) → the same
    warning as front matter's, naming both readings."""
    if isinstance(value, date):
        return
    try:
        read = dates.coerce_date(value, order)
    except ValueError as exc:
        problems.append(Problem(path, line, f"{key}: {exc}"))
        return
    note = written_date_note(key, value, read)
    if note:
        problems.append(Problem(path, line, note, "warning"))


def _manifest_file(manifest: Path, file: str, line: int, problems: list[Problem]) -> Path | None:
    """A manifest entry's file, resolved; None, with a warning at the entry's line, for one that is not a
    file to import: a symlink loop (which stopped the whole import with a traceback), or the manifest
    itself (which was imported as an article titled "- file: imports.yaml")."""
    shown = manifest.as_posix()
    try:
        target = (manifest.parent / file).resolve()
        itself = target == manifest.resolve()
    except (OSError, RuntimeError) as exc:  # ELOOP: a symlink that leads back to itself
        reason = getattr(exc, "strerror", None) or str(exc)
        problems.append(Problem(shown, line, f"file: {file}: cannot follow it ({reason}); skipped", "warning"))
        return None
    if itself:
        problems.append(Problem(shown, line, f"file: {file} is this manifest itself, not an article; skipped",
                                "warning"))
        return None
    return target


def read_manifest(path: Path, warnings: list[Problem] | None = None,
                  numeric_dates: NumericOrder | None = None) -> list[tuple[Path, ImportOptions]]:
    """`imports.yaml`: a list of {file, outlet, source_url, date, date_basis, statement_date,
    statement_date_basis, title, slug, today, into}.

    Paths are relative to the manifest. Lets a project reproduce its imports exactly. Its keys
    are checked as the `_data` files' are (`load.check_keys`): a misspelt key (`source-url:`)
    would import the file without what it says, so it stops the import (ValueError, with
    `path:line: message`); other unknown keys go to `warnings`. `numeric_dates`: the project's order
    of numeric dates, which reads a `date: 03/12/2026` the manifest gives and each file's own.
    With `warnings` (the import), an entry that cannot be imported as asked (its file missing, a slug
    or a file another entry asked for first) is left out, an error in `warnings` at its line; a
    caller that only reads the manifest gets every entry.
    """
    shown = path.as_posix()
    src = read_source(path, shown)
    if isinstance(src, Problem):
        raise ValueError(str(src))
    problems: list[Problem] = []
    entries = yaml_entries(src, problems)
    if entries is None:
        raise ValueError("\n".join(map(str, problems)))
    if not entries:  # (an empty file, or comments only: "no files given" named no manifest)
        raise ValueError(f"{shown}:1: the manifest lists no entry: write one `- file: …` line for each file to import")
    out = []
    skipped: list[Problem] = []  # entries not imported, each an error at its line; the others are
    asked: dict[tuple[str, str], int] = {}  # (into, slug) → the line of the entry that asked for it first
    files: dict[Path, int] = {}  # a file → the line of the entry that imports it first
    for e, line, node in entries:
        if not e:
            continue  # not a mapping: reported
        if "file" not in e:
            problems.append(Problem(shown, line, "each entry needs file: (the raw file, relative to this manifest)"))
            continue
        check_keys(e, node, MANIFEST_KEYS, shown, f"entry {e['file']}", problems)
        wrong = [(key, value) for key, value in e.items() if key in _TEXT_KEYS and value is not None
                 and not isinstance(value, str)]
        for key, value in wrong:  # (`outlet: {name: X}` was written into the article as "{'name': 'X'}")
            scalar = isinstance(value, (int, float, date)) and f" (write it in quotes, {key}: \"{value}\", if you mean it)"
            problems.append(Problem(shown, key_nodes(node)[key][0], f"{key} must be text, got {_shown(value)}"
                                    + (scalar or "")))
        if wrong:
            continue
        today = date.today()
        if e.get("today"):
            try:
                today = date.fromisoformat(str(e["today"]))
            except ValueError:
                problems.append(Problem(shown, key_nodes(node)["today"][0], f"today must be YYYY-MM-DD, got {e['today']!r}"))
        for key in ("date", "statement_date"):  # checked here, at its line: a misread date is stored at high confidence
            if e.get(key) not in (None, ""):
                _manifest_date(e[key], key_nodes(node)[key][0], shown, problems, numeric_dates, key)
        opts = ImportOptions(
            into=Path(str(e.get("into", "content/articles"))), outlet=str(e.get("outlet", "")),
            source_url=str(e.get("source_url", "")), given_date=str(e.get("date", "")),
            date_basis=str(e.get("date_basis", "")), statement_date=str(e.get("statement_date") or ""),
            statement_date_basis=str(e.get("statement_date_basis", "")),
            title=str(e.get("title", "")), slug=str(e.get("slug", "")),
            today=today, numeric_dates=numeric_dates,
        )
        at = key_nodes(node)["file"][0]
        target = _manifest_file(path, str(e["file"]), at, problems)
        if target is None:
            continue
        slug = (str(opts.into), opts.slug)
        refused = None
        if not target.exists():  # said at the manifest's line, the one to fix (not at `missing.txt:1`)
            refused = Problem(shown, at, f"file: {e['file']}: no such file ({_near_manifest(target, path)})")
        elif opts.slug and slug in asked:  # the second became `slug-2.md` in silence
            refused = Problem(shown, line, f"slug: {opts.slug} is asked for by line {asked[slug]} too; one "
                                           "address, one article: give this entry another slug (not imported)")
        elif target in files:
            refused = Problem(shown, line, f"file: {e['file']} is imported by line {files[target]} already "
                                           "(not imported twice)")
        if refused is not None and warnings is not None:
            skipped.append(refused)
            continue
        if opts.slug:
            asked.setdefault(slug, line)
        files.setdefault(target, line)
        out.append((target, opts))
    if any(p.severity == "error" for p in problems):
        raise ValueError("\n".join(map(str, problems)))
    if warnings is not None:
        warnings.extend(problems + skipped)
    return out


# the manifest's keys whose value is text (a date may also be YAML's date; `today` is checked as a date)
_TEXT_KEYS: Final = ("file", "outlet", "source_url", "date_basis", "statement_date_basis", "title", "slug", "into")


def _near_manifest(target: Path, manifest: Path) -> str:
    """Where a manifest's file was looked for, as the manifest's own folder names it."""
    try:
        return f"looked for at {target.relative_to(Path.cwd().resolve()).as_posix()}"
    except ValueError:
        return f"looked for at {target.as_posix()}"
