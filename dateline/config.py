"""Site configuration: `[tool.dateline]` in pyproject.toml, overridden by the command line.

Validated up front (MkDocs' habit) so a typo in a key fails before any file is read,
with every problem listed at once.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from dateline.errors import BuildFailed, Problem, Severity, closest

DEFAULT_BUILD_TIME = date(2026, 1, 1)
NUMERIC_DATES = ("day-first", "month-first", "ask")


@dataclass(frozen=True, slots=True)
class NumericOrder:
    """How a project reads a numeric date whose day and month could be swapped ("03/12/2026"), and
    which setting said so: `numeric_dates` itself, or a `language` whose region writes one order.

    A newsroom whose every source writes the day first says it once, in pyproject.toml, instead of
    a `--date` for each file; a date its order cannot read (no month 31) or whose weekday it
    contradicts is still a problem at its line, so a source that writes the other way is caught."""

    day_first: bool
    said: str  # the setting, as written: 'numeric_dates = "day-first"', 'language = "es-AR"'

    @property
    def words(self) -> str:
        return "day first" if self.day_first else "month first"

    def because(self) -> str:
        """Why, for a date's basis: 'day first, as numeric_dates = "day-first" in pyproject.toml says'."""
        return f"{self.words}, as {self.said} in pyproject.toml says"


# `lang:` and `language` — a BCP 47 tag as HTML's lang attribute takes it: a language, then subtags (fr, fr-CA,
# pt-BR, zh-Hant); front matter's `lang:` is checked with it too (model re-exports it)
LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

# the description `dateline new` writes into a project's pyproject.toml (English, as its comments are): a site in
# another language that still carries it is warned, since its readers would get an English sentence
STARTER_DESCRIPTION = "What was said, by whom and when: every statement dated, sourced and quoted verbatim."


FIRST_FEED_YEAR = 1999  # RSS 0.91: a build_time before it dates feeds no reader could have read


@dataclass(frozen=True)
class SiteConfig:
    """Everything a build needs to know that is not content.

    `build_time` pins "now" so the same input gives byte-identical output; it is the
    only clock the pipeline reads.
    """

    root: Path = Path(".")
    title: str = "dateline"
    description: str = ""                # under the title and in search results; empty: the site
                                         # language's sentence (lang/ui.toml site_description)
    base_url: str = ""
    content_dir: Path = Path("content")
    templates_dir: Path = Path("templates")
    output_dir: Path = Path("site")
    language: str = "en"
    strict: bool = False
    drafts: bool = False
    search: bool = True
    build_time: date = DEFAULT_BUILD_TIME
    # Whose positions the site follows: speaker ids from speakers.yaml. Empty: every speaker.
    figures: tuple[str, ...] = ()
    # The theme's words about the subject (never the theme's own: a site is about anything).
    eras_label: str = ""                 # what the shaded bands of the position chart are; empty: the
                                         # site language's word (lang/ui.toml eras_label: "periods", "périodes")
    search_placeholder: str = ""         # empty: "e.g. <first topic>" from topics.yaml
    # how "03/12/2026" is read: the `numeric_dates` setting, else the order `language`'s region writes
    # (`region_order`); None: such a date is asked about (`--date`), or refused in front matter
    numeric_dates: NumericOrder | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()  # config problems that do not stop a build (unknown keys)

    @property
    def content_path(self) -> Path:
        return self.root / self.content_dir

    @property
    def templates_path(self) -> Path:
        return self.root / self.templates_dir

    @property
    def output_path(self) -> Path:
        return self.root / self.output_dir

    def replace(self, **changes: Any) -> SiteConfig:
        return dataclasses.replace(self, **changes)


_PATH_KEYS = {"content_dir", "templates_dir", "output_dir"}
_STR_KEYS = {"title", "description", "base_url", "language", "eras_label", "search_placeholder"}
_BOOL_KEYS = {"strict", "drafts", "search"}
KNOWN_KEYS = _PATH_KEYS | _STR_KEYS | _BOOL_KEYS | {"build_time", "figures", "numeric_dates"}
# key → (what it must be, the test, the conversion): one rule per kind of value
_KINDS: dict[str, tuple[str, Callable[[Any], bool], Callable[[Any], Any]]] = {
    **{k: ("a path", lambda v: isinstance(v, (str, Path)) and bool(str(v).strip()), Path) for k in _PATH_KEYS},
    **{k: ("a string", lambda v: isinstance(v, str), str) for k in _STR_KEYS},
    **{k: ("true or false", lambda v: isinstance(v, bool), bool) for k in _BOOL_KEYS},
    "figures": ('a list of speaker ids, e.g. ["smith"]',
                lambda v: isinstance(v, list) and all(isinstance(i, str) and i.strip() for i in v),
                lambda v: tuple(dict.fromkeys(i.strip() for i in v))),
}
# the command-line option behind each override, for usage errors that name what the user typed
OPTIONS = {"content_dir": "--content", "templates_dir": "--templates", "output_dir": "--out",
           "base_url": "--base-url", "strict": "--strict", "drafts": "--drafts", "search": "--no-search"}


# how long a site's title and description may be before every page's size is mostly them (a warning), and
# before the pages carrying them (several times each: <title>, header, og:, JSON-LD) near 1 MB (an error)
LONGEST = {"title": 200, "description": 1000}
TOO_LONG = {"title": 50_000, "description": 100_000}


class UsageError(BuildFailed):
    """A bad command-line value: a usage error (exit 2), not a content error (exit 1)."""


def load_config(root: Path, overrides: dict[str, Any] | None = None) -> SiteConfig:
    """Read `[tool.dateline]` from `root/pyproject.toml` (if any) and apply overrides.

    Overrides whose value is None are ignored, so argparse defaults can be passed as-is.
    Raises BuildFailed listing every invalid key or value with `pyproject.toml:line`, or
    UsageError when a command-line value is bad. Unknown keys are warnings (with the
    key that was probably meant), returned in `SiteConfig.warnings` for the caller to show.
    """
    pyproject = root / "pyproject.toml"
    table: dict[str, Any] = {}
    text = ""
    if pyproject.exists():
        try:
            text = pyproject.read_text(encoding="utf-8-sig")
            data = tomllib.loads(text)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            line = _toml_error_line(str(exc))
            raise BuildFailed([Problem(str(pyproject), line, f"invalid TOML: {exc}")]) from None
        except RecursionError:  # tomllib recurses per nesting level: `deep = [[[[…]]]]` 50,000 deep
            raise BuildFailed([Problem(str(pyproject), _too_deep_line(text),
                                       "invalid TOML: nested too deeply")]) from None
        except OSError as exc:  # unreadable (mode 000): building with the defaults would publish another site
            raise BuildFailed([Problem(str(pyproject), 1, f"cannot read: {exc.strerror or exc}")]) from None
        table = _dateline_table(data, text, str(pyproject))
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    problems: list[Problem] = []
    usage: list[Problem] = []

    def report(key: str, message: str, severity: Severity = "error") -> None:
        if key in given and severity == "warning":
            problems.append(Problem(OPTIONS.get(key, key), 0, message, severity))
        elif key in given:
            usage.append(Problem(OPTIONS.get(key, key), 0, message))
        else:
            problems.append(Problem(str(pyproject), _key_line(text, key), message, severity))

    values: dict[str, Any] = {"root": root}
    for key, value in sorted((table | given).items()):
        if key not in KNOWN_KEYS:
            hint = closest(key, KNOWN_KEYS)
            report(key, f"[tool.dateline] unknown key {key!r}" + (f": did you mean {hint!r}?" if hint else ""),
                   "warning")
        elif key in _KINDS:
            what, valid, convert = _KINDS[key]
            if valid(value):
                values[key] = convert(value)
            else:
                report(key, f"{key} must be {what}, got {value!r}")
        elif key == "build_time":
            try:
                values[key] = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
            except ValueError:
                report(key, f"build_time must be YYYY-MM-DD, got {value!r}")
            else:
                when = values[key]
                if not FIRST_FEED_YEAR <= when.year <= date.today().year + 1:
                    # year 1 dated every feed and sitemap 2,000 years back, said nowhere (hostile round 64, d09)
                    report(key, f"build_time {when.isoformat()} is no day a site is built (before {FIRST_FEED_YEAR}, "
                                "or after next year): a typo in the year? It dates the feeds and the sitemap",
                           "warning")
        elif key == "numeric_dates" and value in NUMERIC_DATES:
            values[key] = value
        elif key == "numeric_dates":
            hint = closest(str(value), NUMERIC_DATES)
            report(key, f"numeric_dates must be one of {', '.join(map(repr, NUMERIC_DATES))}, got {value!r}"
                        + (f": did you mean {hint!r}?" if hint else ""))
    language = str(values.get("language", "en"))
    if values.get("description") == STARTER_DESCRIPTION and not language.lower().startswith("en"):
        report("description", f"description is `dateline new`'s English sentence, and the site's language is "
                              f"{language!r}: write the site's own, or delete the line for the interface's (in its language)",
               "warning")
    elif values.get("description") == STARTER_DESCRIPTION and values.get("figures"):
        # a site that names whom it follows has been set up, all but its description: a usability round's reporter
        # edited another `description =` and published the starter's sentence under her title, unwarned
        report("description", "description is still `dateline new`'s sentence, under the title and in search "
                              "results: write one about the figures and issues this site follows", "warning")
    for key, most in LONGEST.items():
        value = str(values.get(key) or "")
        if len(value) > most:
            # every page carries the title (and the description): 300 KB of it made each page pass 1 MB (hostile round 59, k03)
            size = f"{len(value.encode('utf-8')) / 1024:.0f} KB" if len(value) >= 1024 else f"{len(value)} characters"
            report(key, f"{key} is {size}, and every page carries it: keep it under {most} characters",
                   "error" if len(value) > TOO_LONG[key] else "warning")
    base = values.get("base_url", "")
    if base and not str(base).startswith(("http://", "https://")):
        report("base_url", f"base_url must start with http:// or https://, got {base!r}")
    elif base and (problem := _address_problem(str(base))):
        report("base_url", f"base_url {problem}, got {base!r}")
    elif base and (kept := urlunsplit(urlsplit(str(base))._replace(query="", fragment=""))) != base:
        # every page's URL is base_url + its path: a ?query or #fragment put each after it (`…?utm=1#frag/feed.xml`,
        # read as the home page by feed readers and search engines: hostile round 59, k02)
        report("base_url", f"base_url holds a ?query or #fragment, which would end up inside every page's URL: "
                           f"read as {kept!r} (write it so)", "warning")
        values["base_url"] = base = kept
    if "language" in values and not LANG_TAG.fullmatch(language.replace("_", "-")):  # (as a locale writes it: es_AR)
        report("language", f"language must be a language tag such as \"en\", \"fr\" or \"es-AR\", got {language!r}")
    if usage:
        raise UsageError(usage)
    if any(p.severity == "error" for p in problems):
        raise BuildFailed(problems)  # the warnings too: fix everything in one pass
    if base and not str(base).endswith("/"):
        values["base_url"] = str(base) + "/"
    values["numeric_dates"] = _numeric_order(values.get("numeric_dates"), values.get("language", "en"))
    return SiteConfig(**values, warnings=tuple(sorted(problems)))


def _dateline_table(data: dict[str, Any], text: str, shown: str) -> dict[str, Any]:
    """`[tool.dateline]` as a dict; `tool` or `tool.dateline` of another type (`[tool]` ⏎ `dateline = "yes"`)
    is an error at its line, not a traceback nor a silent build with the defaults."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise BuildFailed([Problem(shown, _first_line(text, "tool"),
                                   f"tool must be a table ([tool.dateline]), got {tool!r}")])
    table = tool.get("dateline", {})
    if not isinstance(table, dict):
        raise BuildFailed([Problem(shown, _first_line(text, "dateline"),
                                   f"[tool] dateline must be a table ([tool.dateline] with its keys below), got {table!r}")])
    return dict(table)


def _first_line(text: str, key: str) -> int:
    """The first line that sets `key` (`key = …` or `key.… = …`), 1 when none does (written inline)."""
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*[=.]", line):
            return number
    return 1


def _address_problem(base: str) -> str:
    """What makes `base` no site address ('' when none): no host; a user name or password (`user:pass@`, published
    in every feed, sitemap and canonical link: hostile round 71, b06); a space or another character no URL holds
    raw (written as given into the feed's ids and the sitemap, both then invalid: b03), with the address encoded."""
    parts = urlsplit(base)
    if "@" in parts.netloc:
        return ("holds a user name or password (user:pass@ before the host), which every page, the feed and the "
                "sitemap would publish: give the public address alone")
    if not parts.hostname:
        return "names no host (e.g. https://example.org/news/)"
    if any(c.isspace() or c in '<>"{}|\\^`' or not c.isprintable() for c in base):
        encoded = urlunsplit(parts._replace(path=quote(parts.path, safe="/%:@!$&'()*+,;=~-._")))
        return f"holds a space or a character a URL cannot hold as it is: write it encoded, {encoded!r}"
    return ""


def _numeric_order(setting: str | None, language: str) -> NumericOrder | None:
    """The project's order of numeric dates: `numeric_dates` when set ("ask": none, whatever the
    language), else the one `language`'s region writes (`region_order`), else none."""
    if setting in ("day-first", "month-first"):
        return NumericOrder(setting == "day-first", f'numeric_dates = "{setting}"')
    if setting == "ask":
        return None
    day_first = region_order(language)
    return None if day_first is None else NumericOrder(day_first, f'language = "{language}"')


def region_order(language: str) -> bool | None:
    """True when the region of a language tag writes numeric dates day first ("es-AR", "en-GB",
    "en-KE"), False month first ("en-US"), None when the tag names no region ("en", "es": English
    is month first in one country and day first in most others) or its region writes the year
    first ("ja-JP", "en-CA", "sv-SE"), so that "03/12/2026" is foreign to it.

    The region's own short date format (CLDR, through babel, as the date lines' month names) is
    the knowledge, kept as data: "d/M/yy" in es-AR, "M/d/yy" in en-US, "y-MM-dd" in en-CA."""
    parts = re.split(r"[-_]", language.strip())
    if len(parts) < 2 or not re.fullmatch(r"[A-Za-z]{2}|\d{3}", parts[-1]):
        return None
    from babel import Locale, UnknownLocaleError  # here: only a language with a region asks

    try:
        pattern = Locale.parse(f"{parts[0].lower()}_{parts[-1].upper()}").date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    first = next((c for c in re.sub(r"'[^']*'", "", pattern) if c in "dMLy"), "y")  # (quoted: literal text)
    return None if first == "y" else first == "d"


def _key_line(text: str, key: str) -> int:
    """The line of `key = …` inside the `[tool.dateline]` table (0 when not written there)."""
    inside = False
    for n, line in enumerate(text.split("\n"), 1):  # (lines as an editor counts them: not `splitlines`' VT, FF…)
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "") in ("[tool.dateline]",)
        elif inside and re.match(rf"""["']?{re.escape(key)}["']?\s*=""", stripped):
            return n
    return 0


def _too_deep_line(text: str, limit: int = 100) -> int:
    """The line where a TOML value's brackets first nest `limit` deep (what tomllib's recursion gave up
    on), 0 when none does. Brackets are counted as they come, strings and table headers aside only
    roughly: a line for the message, not a parse."""
    depth = 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith("[") and "=" not in line:
            continue  # a table header
        for ch in line:
            depth += ch in "[{"
            depth -= ch in "]}"
            if depth >= limit:
                return n
    return 0


def _toml_error_line(message: str) -> int:
    """tomllib puts "(at line N, column M)" in its message; pull N out for file:line."""
    marker = "at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].strip(" )")
        if digits.isdigit():
            return int(digits)
    return 0


def figure_problems(config: SiteConfig, speaker_ids: list[str]) -> list[Problem]:
    """`figures` ids that are not in speakers.yaml, each with a did-you-mean.

    Checked once `_data` is read (the config alone cannot know the speakers); an error, since
    a misspelt id would silently empty the timeline.
    """
    known = set(speaker_ids)
    unknown = [fid for fid in config.figures if fid not in known]
    if not unknown:
        return []
    pyproject = config.root / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8-sig")
    except OSError:
        text = ""
    line = _key_line(text, "figures")
    problems = []
    for fid in unknown:
        near = closest(fid, known)
        hint = f": did you mean {near!r}?" if near else (
            f" (speakers.yaml has {', '.join(sorted(known)[:8])})" if known else " (speakers.yaml lists no one)")
        problems.append(Problem(str(pyproject), line,
                                f"[tool.dateline] figures: {fid!r} is not a speaker id in speakers.yaml{hint}"))
    return problems

