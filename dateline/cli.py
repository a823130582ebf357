"""The command line: thin commands over pipeline functions (MkDocs' habit).

The only module that prints. Exit status: 0 ok, 1 content or template problems
(all listed as path:line: message), 2 usage errors (an output folder that is not
dateline's to replace among them).
"""

from __future__ import annotations

import argparse
import atexit
import dataclasses
import errno
import os
import sys
import threading
import time
from collections.abc import Sequence
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from dateline import __version__
from dateline.config import SiteConfig, UsageError, load_config
from dateline.errors import BuildFailed, Problem
from dateline.write import NO_ROOM, OutputRefused, refusal, set_aside

if TYPE_CHECKING:
    from dateline.review import Review, Risk


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline",
        description="Build a documentary site of what public figures said, from news articles in content/.",
        epilog="Run `dateline COMMAND --help` for a command's options. Defaults come from [tool.dateline] "
               "in pyproject.toml.",
    )
    p.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def content_options(sp: argparse.ArgumentParser) -> None:
        """What every command that reads the content takes."""
        sp.add_argument("--content", metavar="DIR", help="content folder (default: content)")
        sp.add_argument("--drafts", action="store_true", default=None, help="include articles marked draft: true")

    def site_options(sp: argparse.ArgumentParser, out: str = "output folder (default: site)") -> None:
        """What a command that builds a site takes besides (review writes nothing: it takes only the above)."""
        content_options(sp)
        sp.add_argument("--templates", metavar="DIR", help="project templates overriding the theme (default: templates)")
        sp.add_argument("--out", metavar="DIR", help=out)
        sp.add_argument("--base-url", metavar="URL",
                        help="absolute URL the site is published at, e.g. https://user.github.io/repo/ "
                             "(used only for feeds, sitemap, canonical and OpenGraph)")
        sp.add_argument("--strict", action="store_true", default=None, help="treat warnings as errors")
        sp.add_argument("--no-search", dest="search", action="store_false", default=None,
                        help="skip the Pagefind search index (faster)")

    b = sub.add_parser("build", help="build the site into site/ (or --out)",
                       description="Full build. On any content or template error nothing in the output changes.")
    site_options(b)
    b.add_argument("--quiet", "-q", action="store_true", help="print problems only")
    b.add_argument("--force", action="store_true",
                   help="replace an output folder dateline did not make (no .dateline-site marker); "
                        "never the project or its content/templates")

    s = sub.add_parser("serve", help="build, serve with live reload, rebuild on edit",
                       description="Build, serve site/ on 127.0.0.1, watch content/, templates/ and pyproject.toml, "
                                   "rebuild what changed and reload the browser.")
    site_options(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=_port, default=8000, help="port, 1 to 65535 (default: 8000)")
    s.add_argument("--open", action="store_true", help="open the site in a browser")
    s.add_argument("--force", action="store_true",
                   help="replace an output folder dateline did not make (no .dateline-site marker); "
                        "never the project or its content/templates")

    i = sub.add_parser("import", help="turn news text, saved pages or URLs into Markdown articles with dates resolved",
                       description="Import raw news text (.txt, .md), saved web pages (.html; files or folders) or "
                                   "page URLs (fetched once, the raw HTML kept in content/_sources/) into "
                                   "content/articles/. Never overwrites an existing file without --force.")
    i.add_argument("files", nargs="*", metavar="FILE_DIR_OR_URL")
    i.add_argument("--manifest", metavar="FILE",
                   help="YAML list of {file, outlet, source_url, date, date_basis, statement_date, "
                        "statement_date_basis, title, slug, today}: "
                        "re-run recorded imports exactly")
    i.add_argument("--into", default="content/articles", metavar="DIR", help="destination (default: content/articles)")
    i.add_argument("--outlet", metavar="NAME", help="outlet name to record (e.g. CNN)")
    i.add_argument("--source-url", metavar="URL", help="URL of the original article")
    i.add_argument("--date", metavar="YYYY[-MM[-DD]]", type=_date_option,
                   help="publication date, when the text gives none (say why with --date-basis)")
    i.add_argument("--date-basis", metavar="TEXT", help="one line: how the --date was found")
    i.add_argument("--statement-date", metavar="YYYY[-MM[-DD]]", type=_date_option,
                   help="the day the words were said, when you know it and the text does not say it (a show "
                        "recorded before it aired): instead of the import's reading (say why with "
                        "--statement-date-basis)")
    i.add_argument("--statement-date-basis", metavar="TEXT", help="one line: how the --statement-date was found")
    i.add_argument("--title", metavar="TEXT", help="title to use instead of the proposed one")
    i.add_argument("--slug", metavar="SLUG", help="file name / URL slug to use")
    i.add_argument("--force", action="store_true",
                   help="overwrite an existing article (front-matter corrections kept); fetch a URL again")
    i.add_argument("--dry-run", action="store_true", help="print the front matter, write nothing")
    i.add_argument("--today", metavar="YYYY-MM-DD", type=_day_option,
                   help="pin 'today' for year inference (reproducible imports)")
    i.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                   help="how long to wait for a URL (default: 20)")

    r = sub.add_parser("review", help="list what an editor should check, each with path:line and the YAML that fixes it",
                       description="Analyse the content (nothing is written) and list every item an editor should "
                                   "look at, ranked by risk: quotes with no identified speaker, names not in "
                                   "speakers.yaml (with near-miss suggestions), low-confidence attributions and "
                                   "dates, untagged statements, candidate shifts and stale verdicts, possible scare "
                                   "quotes, build warnings. A report: exit 0 unless --fail-on.")
    content_options(r)
    r.add_argument("--json", action="store_true", help="print the items as JSON (for tools)")
    r.add_argument("--fail-on", choices=("high", "medium", "low"), metavar="RISK",
                   help="exit 1 when there is an item of this risk or higher (high, medium, low): for CI "
                        "(counts only the items the filters below keep)")
    r.add_argument("--path", action="append", default=[], metavar="PATH",
                   help="only items in this file, folder or article (content/articles/x.md, x.md, x, "
                        "content/articles/2024/ or a slug); repeat for several")
    r.add_argument("--group", action="append", default=[], metavar="GROUP",
                   help="only items of this group, by the id each heading of the review shows "
                        "(e.g. warning, date, unknown); repeat for several")
    r.add_argument("--risk", choices=("high", "medium", "low"), metavar="RISK",
                   help="only items of this risk or higher (high, medium, low)")
    r.add_argument("--all", action="store_true", dest="every",
                   help="print every item in full (past 10 items of one kind — one reason, other quotes and "
                        "dates — the text shows the first 3 and counts the rest; --json always has every item)")
    r.add_argument("--speaker", action="append", default=[], metavar="ID",
                   help="only items about the quotes of this speaker (an id of speakers.yaml, or one review "
                        "shows for a name not in it); repeat for several")
    n = sub.add_parser("new", help="start a site: a new project in DIR, or the example replaced by starter files",
                       description="Write a new project into DIR (default: the current folder): pyproject.toml, "
                                   "content/_data/ starter files with a worked example each, content/articles/, "
                                   "templates/README.md, the GitHub Pages workflow, .gitignore and a README. "
                                   "Existing files outside content/ are kept. If content/ already holds files it "
                                   "refuses, unless --force: then content/ is removed (and listed) and replaced "
                                   "by the starter files, and [tool.dateline] title, description and figures are "
                                   "reset; nothing else is touched.")
    n.add_argument("dir", nargs="?", default=".", metavar="DIR", help="project folder (default: .)")
    n.add_argument("--force", action="store_true", help="remove what is in DIR/content/ and start from the starters")

    v = sub.add_parser("vendor", help="put a copy of this dateline in the project (vendor/dateline) for the "
                                      "Pages workflow to install",
                       description="Write vendor/dateline: an installable copy of the dateline that runs this "
                                   "command (its package and a pyproject.toml naming its requirements), for a "
                                   "project whose pyproject.toml cannot pin dateline to a repository and commit. "
                                   "The Pages workflow `dateline new` writes installs it before the site; an older "
                                   "workflow's install step is updated when it is the shipped one. Run it again "
                                   "after upgrading dateline: the build warns while the copy differs. Only a copy "
                                   "this command wrote is replaced.")
    v.add_argument("dir", nargs="?", default=".", metavar="DIR", help="project folder (default: .)")

    c = sub.add_parser("check", help="build to a temp folder and verify links, anchors, quotes and dates",
                       description="Build into a temporary folder (or check --out) and fail (exit 1) on any error: "
                                   "broken internal link or anchor, quote not verbatim in its article, invalid date, "
                                   "page unreachable from the index, content that does not build. Warnings are "
                                   "printed and fail only with --strict; an article's front matter can acknowledge "
                                   "one with a reason (acknowledge: [{warning, line, reason}]).")
    site_options(c, out="a site already built there (by `build --out DIR`) to verify as it is, instead of a fresh "
                        "build in a temporary folder; check writes nothing into it")
    c.add_argument("--quotes", action="store_true", help="also print per-article quote counts")
    return p


def _day_option(value: str) -> date:
    """--today: a calendar day, or a usage error (exit 2) naming the option, never a traceback."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _date_option(value: str) -> str:
    """--date: a (partial) date as front matter accepts it; checked here so a typo is a usage error.
    A numeric date either order reads ("03/12/2026") waits for the project's `numeric_dates` (`_import`)."""
    from dateline import dates
    from dateline.config import NumericOrder

    try:
        dates.coerce_date(value)
    except ValueError as exc:
        try:
            dates.coerce_date(value, NumericOrder(True, "")), dates.coerce_date(value, NumericOrder(False, ""))
        except ValueError:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The options given, as config keys (a command without an option, e.g. review's --out, gives None)."""
    given = {"content_dir": "content", "templates_dir": "templates", "output_dir": "out", "base_url": "base_url",
             "strict": "strict", "drafts": "drafts", "search": "search"}
    return {key: getattr(args, name, None) for key, name in given.items()}


def _print_problems(problems: Sequence[Problem]) -> None:
    for p in problems:
        print(str(p), file=sys.stderr)


def _port(text: str) -> int:
    """`--port`: a TCP port, 1–65535. `int` took 99999 (served nowhere, forever) and -1 (a
    traceback) as ports (hostile round 82, i09); 0, "any free port", would print a URL no one
    can open."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r} (a number from 1 to 65535)") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} out of range: a port is a number from 1 to 65535")
    return port


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """`main` for the scripts (build.py, `python -m dateline`, the `dateline` command): its exit status,
    and the process ends at once (`leave`). `main` itself returns, for callers in a process that goes on.
    A reader that stops reading (`dateline review | head`) ends the command quietly, as it does `grep`, not with
    a traceback."""
    try:
        code = main(argv)
        sys.stdout.flush()
    except KeyboardInterrupt:  # Ctrl-C before `main` began its work (its arguments, the project's folder): quiet
        print("\ninterrupted before it began; nothing was changed", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        # (Python's documented way: the rest of the output goes nowhere, so the exit's flush fails no more)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    leave(code)


def leave(code: int) -> NoReturn:
    """End the process with `code` without tearing its objects down one by one: what `atexit` holds is
    run and the standard streams flushed, as at a normal exit, then the system takes the memory back
    whole. A build's interpreter otherwise spends its last moments freeing every object it still
    holds and running a last full collection over them: ~0.25 CPU s of a 1.7 CPU s rebuild after one
    edit at 1000 articles (measured: process time at `main`'s return against the process's total).
    Every file a command writes is closed before it returns (the caches are renamed into place); a
    thread that is not a daemon is waited for, as at a normal exit, by exiting normally instead."""
    if any(t is not threading.main_thread() and not t.daemon for t in threading.enumerate()):
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe: what a normal exit would only report
            stream.flush()
    os._exit(code)


def _utf8_io() -> None:
    """Run under Python's UTF-8 mode where the locale would make file names ASCII (`LC_ALL=C` with
    PYTHONCOERCECLOCALE=0 and PYTHONUTF8=0): there `ñandú.md` is read as lone surrogates, which no
    page, export or message can hold (a build stopped with UnicodeEncodeError). The process is run
    again in UTF-8 mode (PEP 540, what Python's own locale coercion is for), once. And whatever the
    output's encoding (PYTHONIOENCODING=ascii), what cannot be printed is printed backslash-escaped,
    never an error."""
    if os.name == "posix" and not sys.flags.utf8_mode and os.environ.get("PYTHONUTF8") != "1" \
            and sys.getfilesystemencoding().lower() in ("ascii", "ansi_x3.4-1968", "us-ascii") \
            and getattr(sys, "orig_argv", None):
        env = {**os.environ, "PYTHONUTF8": "1"}
        with suppress(OSError):
            sys.stdout.flush()
            sys.stderr.flush()
            os.execve(sys.executable, sys.orig_argv, env)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _usable_local_zone() -> None:
    """A `TZ` that babel cannot read as a time zone (`TZ=':/etc/passwd'`, a file that is no zoneinfo file)
    set to UTC for this process. dateline reads no local time (every date is an article's), but babel
    works out the local zone when it is imported and fails there with pytz's AssertionError or
    ValueError, not a LookupError it would catch: the build died in its load workers. Only a `TZ` that
    is set is tried (the import costs what the build pays for babel anyway)."""
    if not os.environ.get("TZ"):
        return
    try:
        import babel.localtime  # noqa: F401
    except Exception as exc:  # whatever pytz raises on a file that is no zoneinfo file
        for name in [m for m in sys.modules if m.startswith("babel.localtime")]:
            del sys.modules[name]
        print(f"dateline: TZ={os.environ['TZ']!r} names no time zone ({type(exc).__name__}); dateline uses no "
              "local time, so it is ignored (TZ=UTC for this command)", file=sys.stderr)
        os.environ["TZ"] = "UTC"
        time.tzset()


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        _utf8_io()
    _usable_local_zone()
    parser = _parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command in ("build", "serve", "review", "check", "import") and not _at_project_root(args):
        return 2
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "new":
            return _new(Path(args.dir), force=args.force)
        if args.command == "vendor":
            return _vendor(Path(args.dir))
        config = load_config(Path("."), _overrides(args))
        project = list(config.warnings)
        if args.command in ("build", "serve", "check"):
            from dateline import scaffold

            project += [p for p in [scaffold.install_problem(config.root)] if p is not None]
        if args.command != "check":  # check prints them with its own, and counts them
            _print_problems(project)
        if args.command in ("build", "serve") and not _output_allowed(config, force=args.force):
            return 2
        if args.command == "build":
            return _build(config, quiet=args.quiet, force=args.force)
        if args.command == "serve":
            from dateline import serve

            config = _keep_published_base(config)
            return serve.serve(config, host=args.host, port=args.port, open_browser=args.open)
        if args.command == "review":
            return _review(config, as_json=args.json, fail_on=args.fail_on,
                           paths=args.path, groups=args.group, risk=args.risk, speakers=args.speaker, every=args.every)
        if args.command == "check":
            return _check(config, args.out is not None, show_quotes=args.quotes, project=project)
    except UsageError as exc:
        for p in exc.problems:
            print(f"dateline {args.command}: error: {p}", file=sys.stderr)
        return 2
    except BuildFailed as exc:
        _print_problems(exc.problems)
        errors = sum(p.severity == "error" for p in exc.problems)
        print(f"build failed: {errors or len(exc.problems)} problem(s); site/ was not changed", file=sys.stderr)
        return 1
    except OutputRefused as exc:
        print(f"dateline: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno in NO_ROOM:
            said = _no_room(exc)
        elif exc.errno in _REFUSED and args.command in ("build", "serve"):
            said = _refused(exc, args.out or "site")
        else:
            raise
        print(f"dateline {args.command}: {said}; {_interrupted(args).split('; ', 1)[-1]}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: say what state it left, never a traceback nor silence
        print(f"\n{_interrupted(args)}", file=sys.stderr)
        return 130
    parser.print_help()
    return 2


def _keep_published_base(config: SiteConfig) -> SiteConfig:
    """serve with no base URL over a site built with one (`build --base-url …` to publish) keeps
    that URL, saying so: its rebuilds would otherwise drop the feeds and sitemap the build made,
    silently, and the next upload of site/ would lack them. The URL is the one the site's own
    index.html names as canonical (written only from base_url)."""
    if config.base_url:
        return config
    try:
        with (config.output_path / "index.html").open(encoding="utf-8") as fh:
            head = fh.read(20_000)
    except (OSError, UnicodeDecodeError):
        return config
    import html
    import re

    found = re.search(r'<link rel="canonical" href="(https?://[^"]+)"', head)
    if found is None:
        return config
    base = html.unescape(found.group(1))
    print(f"serve: {config.output_dir}/ was built with base_url {base}: kept, so its feeds and sitemap stay "
          "(set base_url in pyproject.toml to make it the default, or serve --base-url to change it)", file=sys.stderr)
    return config.replace(base_url=base)




def _no_room(exc: OSError) -> str:
    """What stopped a command that could not write: said as the user's situation, not a traceback."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.EFBIG:
        return f"a file grew past the file-size limit (ulimit -f){where}: {exc.strerror}"
    if exc.errno == errno.EDQUOT:
        return f"the disk quota is used up{where}: {exc.strerror}"
    return f"the disk is full, no space left to write{where}: {exc.strerror}"


# a write the system refused: modes (the project or the output folder not writable), a read-only file system,
# an output folder that is a mount point (it cannot be renamed, and a build swaps its output in by renaming)
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY)


def _refused(exc: OSError, out: str) -> str:
    """What stopped a build that could not write its site, said as the user's situation: a build writes
    the new site into a folder beside `out` (`.out.staging-*`) and then swaps the two by renaming."""
    where = str(exc.filename or out)
    if os.path.basename(where).startswith(f".{os.path.basename(out)}.staging-"):  # (the folder it could not make)
        where = f"in {os.path.dirname(where)}"
    why = {errno.EBUSY: f"{out}/ cannot be replaced (a mount point, or in use): a build renames the new site into "
                        f"place, so {out}/ must be a plain folder",
           errno.EROFS: "the file system is read-only"}.get(
        exc.errno or 0, f"a build writes the new site beside {out}/ and swaps it in: {out}/ and the folder it is in must be "
                   "writable")
    return f"cannot write {where}: {exc.strerror} ({why})"


def _interrupted(args: argparse.Namespace) -> str:
    """What a Ctrl-C left: a build swaps its output in whole or not at all (write.py), an import
    writes each article whole, review and check write nothing of the user's."""
    if args.command in ("build", "serve"):
        out = args.out or "site"
        return (f"interrupted: {args.command} stopped; {out}/ is whole, as the last build that finished left it "
                "(a build replaces it in one step or not at all)")
    if args.command == "import":
        return ("interrupted: the articles listed above were written whole, the others not at all; run the same "
                "command again to import the rest (those already imported are skipped)")
    return f"interrupted: {args.command} stopped; nothing of yours was changed"


def project_root(here: Path) -> Path | None:
    """The project a command run in `here` is about, when `here` is not one itself: the nearest
    folder above with a pyproject.toml that has [tool.dateline], as git finds its repository.

    A folder with its own pyproject.toml or content/ is a project (or is meant as one): None.
    So `dateline build` in content/articles/ builds the project, and `dateline import` there
    writes into the project's content/articles/ (not a nested content/articles/content/articles/)
    and sees what it already imported.
    """
    if _meant_as_project(here):
        return None
    for folder in here.parents:
        if _is_project(folder):
            return folder
    return None


def _meant_as_project(folder: Path) -> bool:
    """A folder with its own pyproject.toml or content/: a project, or one being made (never moved out of)."""
    return (folder / "pyproject.toml").exists() or (folder / "content").is_dir()


def _is_project(folder: Path) -> bool:
    import tomllib

    try:
        data = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return isinstance(data.get("tool"), dict) and "dateline" in data["tool"]


def _at_project_root(args: argparse.Namespace) -> bool:
    """Move to the project's root when run below it (paths given on the command line keep meaning
    what they meant where they were typed), saying so; when run where there is no project, name
    one just below if there is one, and stop there (a build would only add "the content folder does
    not exist"). False when there is nothing to run in: the project's folder cannot be entered, or
    the projects are below. An import into a folder typed with --into needs no project."""
    here = Path.cwd()
    root = project_root(here)
    if root is None:
        into_given = getattr(args, "into", "content/articles") != "content/articles"
        if not _meant_as_project(here) and getattr(args, "content", None) is None and not into_given:
            below = sorted(p.name for p in here.iterdir() if p.is_dir() and _is_project(p)) if here.is_dir() else []
            if below:
                which = (f"{below[0]}/ is one: cd {below[0]}" if len(below) == 1 else
                         f"{', '.join(b + '/' for b in below[:-1])} and {below[-1]}/ are projects: cd into one of them")
                print(f"dateline: no dateline project here (no pyproject.toml with [tool.dateline] in this folder or "
                      f"above); {which}", file=sys.stderr)
                return False
        return True
    from dateline.fetch import is_url

    for name in ("content", "templates", "out", "manifest"):
        if getattr(args, name, None):
            setattr(args, name, str(here / getattr(args, name)))
    if getattr(args, "into", "content/articles") != "content/articles":
        args.into = str(here / args.into)
    if getattr(args, "files", None):
        args.files = [f if is_url(f) else str(here / f) for f in args.files]
    try:
        os.chdir(root)
    except OSError as exc:
        print(f"dateline: cannot enter the project at {root}: {exc.strerror}", file=sys.stderr)
        return False
    print(f"dateline: running in the project at {root} (the nearest pyproject.toml with [tool.dateline] "
          "above this folder)", file=sys.stderr)
    return True


def _output_allowed(config: SiteConfig, *, force: bool) -> bool:
    """The output folder is replaced whole by a build: refuse one that may hold anything else
    (exit 2, before any file is read), unless --force says it may go (and it is not the
    project or its sources, which --force never overrides: then the folder is moved aside whole,
    never deleted)."""
    sources = [config.content_path, config.templates_path, config.root / "content", config.root / "templates"]
    why = refusal(config.output_path, root=config.root, sources=sources)
    if why is None:
        return True
    where = Path(config.output_dir).as_posix()
    if force and why.forcible:
        try:
            aside = set_aside(config.output_path)
        except OSError as exc:
            print(f"dateline: --force: cannot move {where}/ aside: {exc.strerror}; nothing was changed", file=sys.stderr)
            return False
        print(f"warning: --force: {where}/ was not dateline's ({why.reason}): moved it whole to "
              f"{aside.name}/ beside it (nothing deleted); the site is built into a new {where}/",
              file=sys.stderr)
        return True
    hint = ("choose an output folder of its own with --out (or output_dir in pyproject.toml)"
            if not why.forcible else
            "choose another --out, empty or delete it, or pass --force to move it aside whole (nothing is "
            "deleted) and build a new one")
    print(f"dateline: refusing to write the site into {where}/: {why.reason}; {hint}", file=sys.stderr)
    return False


def _build(config: SiteConfig, *, quiet: bool = False, force: bool = False) -> int:
    from dateline.write import project_lock

    with project_lock(config.root, _waiting):
        return _build_alone(config, quiet=quiet, force=force)


def _waiting() -> None:
    print("dateline: another build is running in this project (a build, or serve rebuilding): waiting for it "
          "to finish…", file=sys.stderr, flush=True)


def _build_alone(config: SiteConfig, *, quiet: bool = False, force: bool = False) -> int:
    from dateline import lastbuild, search

    after_write = search.indexer(config)
    inputs = lastbuild.inputs(config, after_write)  # nothing changed: the last report, and no heavy import
    report = lastbuild.unchanged(config, inputs)
    kept = report is not None
    if report is None:
        from dateline import lexicon, patterns

        # the pipeline's imports (Jinja, markdown-it, YAML…) and the render compile ~150 patterns of
        # their own outside the analysis: kept with the analysis modules' (`patterns.kept`); and the
        # lexicon (its address titles order the people's lists, `names.sort_key`) is the kept one
        # outside the analysis too (made, it reads CLDR through babel: ~0.1 s of a title edit's rebuild)
        with patterns.kept(config.root), lexicon.kept(config.root):
            import gc

            from dateline.workers import collector_off

            # The imports make objects that live as long as the process (modules, classes, functions, the
            # kept patterns read back) and next to no garbage: with the collector on, the allocations set
            # off ~40 collections that scanned them all and freed nothing, and each later one of the build
            # scanned them again (~0.02 CPU s of a rebuild after one edit at 1000 articles). Set aside for
            # the build (`gc.freeze`; `pipeline.build` gives them back to the collector at its end).
            with collector_off():
                from dateline import pipeline

                gc.freeze()  # (before the collector is on again: else its next allocation scans all of it)
            report = pipeline.build(config, after_write=after_write, force=force, inputs=inputs)
    _print_problems(report.problems)
    if not quiet and kept:  # the last build's report, said as what it is: nothing was written
        print(f"nothing changed since the last build: {config.output_dir} left as it was ({report.articles} "
              f"articles, {report.quotes} quotes, {report.pages} pages; checked in {report.seconds:.2f} s)")
    elif not quiet:
        print(f"built {report.articles} articles, {report.quotes} quotes, {report.pages} pages into "
              f"{config.output_dir} in {report.seconds:.2f} s ({report.written} files)")
    if not quiet:
        if report.acknowledged:
            print(f"{len(report.acknowledged)} warning(s) acknowledged in front matter (acknowledge:)")
        if report.unknown_speakers:
            n = sum(report.unknown_speakers.values())
            unidentified = report.unknown_speakers.get("unknown", 0)
            print(f"{n} quote(s) without a speaker from speakers.yaml"
                  + (f" ({unidentified} not identified)" if unidentified else "")
                  + ": `dateline review` lists each with path:line and the YAML that fixes it")
        if report.untagged:  # the editor's question is the figures' words alone; review lists each one
            n, by = sum(report.untagged.values()), sorted(report.untagged.items(), key=lambda kv: (-kv[1], kv[0]))
            whose = (f" of {by[0][0]}" if len(by) == 1 else f" of {len(by)} speakers" if len(by) > 3
                     else " (" + ", ".join(f"{k} of {name}" for name, k in by) + ")")
            print(f"{n} statement(s){whose} on no topic, so on no position timeline: `dateline review --group "
                  "untagged` lists each with path:line and the topics: line that tags it")
    return 0


def _review(config: SiteConfig, *, as_json: bool, fail_on: str | None, paths: Sequence[str] = (),
            groups: Sequence[str] = (), risk: str | None = None, speakers: Sequence[str] = (),
            every: bool = False) -> int:
    """Analyse without writing, then print the review (narrowed by the filters given): text for
    people, JSON for tools."""
    from dateline import pipeline
    from dateline.review import GROUPS

    unknown = [g for g in groups if g not in GROUPS]
    if unknown:  # checked before the analysis, which takes seconds on an archive
        print(f"dateline review: error: --group {unknown[0]}: no such group; the groups are: "
              + ", ".join(GROUPS), file=sys.stderr)
        return 2
    prep, site = pipeline.analysed(config.replace(strict=False))
    known = {s.id for s in site.data.speakers} | {q.speaker for q in site.quotes} if speakers else set()
    strange = [s for s in speakers if s not in known]
    if strange:  # a typo would narrow the review to nothing and say "nothing to check"
        print(f"dateline review: error: --speaker {strange[0]}: no such speaker in speakers.yaml or the quotes",
              file=sys.stderr)
        return 2
    whole = pipeline.review_of(config, prep.problems, site, prep.analyses)
    of_speakers = {q.id for q in site.quotes if q.speaker in speakers} if speakers else None
    result = whole.narrowed(paths=paths, groups=groups, risk=cast("Risk | None", risk), quotes=of_speakers)
    if as_json:
        print(result.to_json(), end="")
    else:
        filters = " ".join([*(f"--path {p}" for p in paths), *(f"--group {g}" for g in groups),
                            *([f"--risk {risk}"] if risk else []), *(f"--speaker {s}" for s in speakers)])
        _print_review(result, f"; {len(whole.items)} in all, narrowed by {filters}" if filters else "", every=every,
                      again=f"dateline review {filters}".strip())
    return 1 if fail_on is not None and result.at_least(cast("Risk", fail_on)) else 0


def _print_review(result: Review, narrowed: str = "", *, every: bool = False, again: str = "dateline review") -> None:
    """The review as text. Items of one reason past ten in a group are folded after the first three
    (Review.folded): the summary at the top and each fold line say how to see them all."""
    from dateline.review import SHOW_OF_KIND, Folded

    if not result.items:
        print(f"review: nothing to check{narrowed}")
        return
    groups = result.folded(every)
    folds = sum(1 for _, _, shown in groups for entry in shown if isinstance(entry, Folded))
    if folds:  # where to start, before hundreds of lines: every group's count, and how to unfold
        print(f"review: {len(result.items)} item(s) to check{narrowed}: "
              + ", ".join(f"{len(items)} {gid}" for gid, _, items in result.groups())
              + f"; {folds} kind(s) of many alike are folded after the first 3 (`{again} --all` prints every one)")
        print()
    for group, heading, shown in groups:
        print(f"== {heading} ({sum(1 for i in result.items if i.group == group)}) [--group {group}]")
        for item in shown:
            if isinstance(item, Folded):
                print(f"… and {item.count} more item(s) of this kind, for the same reason: {_clip(item.why)}")
                this = again if f"--group {group}" in again.split(" --") else f"{again} --group {group}"
                print(f"  (`{this} --all` prints every one; `--path FILE` narrows to one article)")
                continue
            print(f"[{item.risk}] {item.title}")
            for place in item.places[:6]:
                print(f"  {place}")
            if len(item.places) > 6:
                print(f"  … and {len(item.places) - 6} more")
            print(f"  why: {item.why}")
            labels: dict[str, int] = {}
            for fix in item.fixes:
                n = labels[fix.label] = labels.get(fix.label, 0) + 1
                if not every and n > SHOW_OF_KIND:  # one fix per article of a name quoted in fifty
                    continue
                print(f"  {fix.label} — paste into {fix.file}:")
                for line in fix.yaml.split("\n"):
                    print(f"    {line}")
            for label, n in labels.items():
                if not every and n > SHOW_OF_KIND:
                    print(f"  … the same ({label}) in {n - SHOW_OF_KIND} more file(s): `--all` prints each")
        print()
    counts = ", ".join(f"{result.count(r)} {r}" for r in ("high", "medium", "low"))
    print(f"review: {len(result.items)} item(s) to check ({counts}){narrowed}")


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _check(config: SiteConfig, keep_out: bool, *, show_quotes: bool, project: Sequence[Problem] = ()) -> int:
    """`project`: the warnings about pyproject.toml itself, which no build step sees; listed and
    counted with the site's, so `check` never prints a warning and then says "0 warning(s)", and
    `--strict` fails on it as on any other."""
    from dateline import check

    result = check.run(config, use_out=keep_out)
    result.problems = [*project, *result.problems]
    _print_problems(result.problems)
    for problem, reason in result.acknowledged:
        print(f"{problem} (acknowledged: {reason})")
    if show_quotes:
        print(f"{'quotes':>6} {'unknown':>7} {'not speech':>10}  article")
        for path, n, unknown, rejected in result.per_article:
            print(f"{n:>6} {unknown:>7} {rejected:>10}  {path}")
    errors, warnings = len(result.errors), len(result.warnings)
    acked = f", {len(result.acknowledged)} acknowledged" if result.acknowledged else ""
    print(f"checked {result.pages} pages, {result.links} links, {result.quotes} quotes: "
          f"{errors} error(s), {warnings} warning(s){acked}")
    if warnings and not errors:
        # (only an article's warning can be acknowledged: one about pyproject.toml or a data file says its own fix)
        ours = any(p.path.endswith(".md") for p in result.warnings)
        print("--strict: warnings fail the check" if config.strict else
              "warnings fail only `check --strict`; when the text is right as it is, acknowledge the warning in "
              "the article's front matter: acknowledge: [{warning: \"words of it\", line: N, reason: \"why\"}]"
              if ours else "warnings fail only `check --strict`; each says how to fix it")
    return 1 if result.failed(config.strict) else 0


def _new(root: Path, *, force: bool) -> int:
    from dateline import scaffold

    plan = scaffold.plan(root, force=force)
    if plan.refused:
        for reason in plan.refused:
            print(f"new: {reason}", file=sys.stderr)
        return 1
    try:
        scaffold.apply(plan)
    except OSError as exc:
        print(f"new: {exc}", file=sys.stderr)
        return 1
    for rel in plan.remove:
        files = plan.removed_files.get(rel)
        if files is None:
            print(f"removed {rel}")
        elif len(files) <= 5:
            print(f"removed {rel}" + "".join(f"\n  {f}" for f in files))
        else:
            print(f"removed {rel} ({len(files)} files)")
    for rel in plan.write:
        print(f"wrote   {rel}")
    for rel in plan.keep:
        if not (rel == "pyproject.toml" and plan.reset):
            print(f"kept    {rel} (already there)")
    if plan.reset:
        print(f"reset   pyproject.toml [tool.dateline] {', '.join(plan.reset)} (the example's subject)")
    for note in plan.notes:
        print(f"note:   {note}")
    where = "" if root.resolve() == Path.cwd().resolve() else f"cd {root} && "
    print(f"\nnext: edit content/_data/speakers.yaml and topics.yaml, set title and figures in pyproject.toml, "
          f"import articles (dateline import FILE…), then: {where}dateline serve")
    return 0


def _vendor(root: Path) -> int:
    from dateline import scaffold

    if not (root / "pyproject.toml").is_file():
        print(f"vendor: {root / 'pyproject.toml'} not found: run it in a project (dateline new makes one)",
              file=sys.stderr)
        return 1
    try:
        done = scaffold.vendor(root)
    except OSError as exc:
        print(f"vendor: {exc}", file=sys.stderr)
        return 1
    if done.refused:
        print(f"vendor: {done.refused}", file=sys.stderr)
        return 1
    print(f"{scaffold.VENDOR}: {done.written} file(s) written, {done.unchanged} unchanged, {done.removed} removed")
    said = {"edited": ".github/workflows/pages.yml: its install step now installs vendor/dateline first",
            "ready": ".github/workflows/pages.yml installs vendor/dateline",
            "missing": "no .github/workflows/pages.yml: `dateline new` writes one that installs vendor/dateline",
            "own": ".github/workflows/pages.yml is not the shipped one: before `pip install .`, add the line "
                   f"`python -m pip install ./{scaffold.VENDOR}`"}
    print(("" if done.workflow == "ready" or done.workflow == "edited" else "note: ") + said[done.workflow])
    print(f"next: commit {scaffold.VENDOR}/ and push; run `dateline vendor` again after upgrading dateline")
    return 0


def _site_config() -> SiteConfig:
    """The configuration of the project the import runs in (its pyproject.toml), the defaults when there
    is none or it does not read (the build says why): its `language` (a pasted text in another is given
    `lang:`) and its order of numeric dates (`numeric_dates`: "03/12/2026" read, not asked about)."""
    try:
        return load_config(Path("."))
    except (BuildFailed, UsageError):
        return SiteConfig()


def _import(args: argparse.Namespace) -> int:
    from dateline import importer

    today: date = args.today or date.today()
    site = _site_config()
    for flag, value in (("--date", args.date), ("--statement-date", args.statement_date)):
        if value:
            from dateline import dates

            try:
                dates.coerce_date(value, site.numeric_dates)
            except ValueError as exc:
                print(f"import: {flag}: {exc}", file=sys.stderr)
                return 2
    options = importer.ImportOptions(
        into=Path(args.into), outlet=args.outlet or "", source_url=args.source_url or "",
        given_date=args.date or "", date_basis=args.date_basis or "", statement_date=args.statement_date or "",
        statement_date_basis=args.statement_date_basis or "", title=args.title or "",
        slug=args.slug or "", force=args.force, dry_run=args.dry_run, today=today, typed=True,
        site_language=site.language, numeric_dates=site.numeric_dates,
    )
    jobs: list[tuple[Path, importer.ImportOptions]] = []
    failed = 0  # files that could not be imported (a manifest's entries refused at their lines too)
    if args.manifest:
        try:
            said: list[Problem] = []
            for path, opts in importer.read_manifest(Path(args.manifest), said, site.numeric_dates):
                jobs.append((path, dataclasses.replace(opts, force=args.force, dry_run=args.dry_run,
                                                       site_language=options.site_language,
                                                       into=Path(args.into) if args.into != "content/articles"
                                                       else opts.into)))
        except (OSError, ValueError) as exc:
            print(f"import: {exc}", file=sys.stderr)
            return 1
        _print_problems(said)
        failed += sum(p.severity == "error" for p in said)
    from dateline.fetch import is_url

    urls = [f for f in args.files if is_url(f)]
    if urls:
        fetched, problems = importer.fetch_jobs(urls, options, timeout=args.timeout)
        _print_problems(problems)
        failed += len(problems)
        jobs += fetched
    jobs += [(f, options) for f in importer.expand([Path(f) for f in args.files if not is_url(f)])]
    if not jobs and failed:
        return 1
    if not jobs:
        print("import: no .txt, .md or .html files given or found", file=sys.stderr)
        return 2 if not args.files and not args.manifest else 1
    show_progress = len(jobs) > 20 and sys.stderr.isatty()
    stopped: list[str] = []
    counts = {"imported": 0, "skipped": 0, "warned": 0}
    for n, result in enumerate(importer.import_jobs(jobs), 1):
        counts["warned"] += bool(result.warnings)
        if result.problem is not None:
            failed += 1
            stopped.append(str(result.problem))
            print(str(result.problem), file=sys.stderr)
        elif result.skipped:
            counts["skipped"] += 1
            if not show_progress:
                print(result.summary())
        elif args.dry_run:
            print(f"{result.summary()}\n  (dry run: nothing written)\n{result.front_matter}")
        elif not show_progress:
            print(result.summary())
        _print_problems(result.warnings)
        if result.problem is None and not result.skipped:
            counts["imported"] += 1
        if show_progress:
            print(f"\rimport: {n}/{len(jobs)}", end="", file=sys.stderr, flush=True)
    if show_progress:
        print(file=sys.stderr)
    if len(jobs) > 1:
        _import_summary(len(jobs), counts, stopped, args.dry_run)
    return 1 if failed else 0


def _import_summary(files: int, counts: dict[str, int], stopped: list[str], dry_run: bool) -> None:
    """The last lines of an import of several files: how many went in, were skipped or stopped, and each
    stopped file again with its reason — a folder's failures are otherwise lost among its summaries
    (a usability round: four of 25 files needed --date and only the exit status said so)."""
    done = "would be imported" if dry_run else "imported"
    line = (f"import: {files} files: {counts['imported']} {done}, {counts['skipped']} skipped (imported before), "
            f"{len(stopped)} stopped, {counts['warned']} with warnings")
    print(line, file=sys.stderr if stopped else sys.stdout)
    for problem in stopped:
        print(f"  stopped: {problem}", file=sys.stderr)


if __name__ == "__main__":
    run()
