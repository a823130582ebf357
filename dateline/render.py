"""The render step: the assembled site → every output file in memory, {relative path: bytes}.

This module owns the Jinja environment and the HTML pages (and the two XML templates,
feeds and sitemap); it asks `views` for what to show, `chart` for the overview's
geometry and `exports` for the machine-readable files. It reads no file but templates
and writes none: `write` puts the result on disk.

Templates: the project's `templates/` first, then the shipped theme; a project
template can extend the shipped one of the same name with `default:NAME`
(Datasette's habit). Autoescape is on and undefined names fail (StrictUndefined),
reported as the template's own file:line.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import keyword
import marshal
import os
import pickle
import re
import shutil
import tempfile
import traceback
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from importlib import resources
from pathlib import Path
from types import FunctionType, MethodType
from typing import TYPE_CHECKING, Any

import jinja2
import jinja2.compiler
import markupsafe
from markupsafe import Markup

from dateline import chart, code_key, exports, markdown, reach, timeline
from dateline.errors import BuildFailed, Problem
from dateline.model import Article, DateInfo, Quote, Shift, Site, Speaker, Topic, year_dir
from dateline.names import sort_key as surname_order
from dateline.ui import UI
from dateline.views import (
    ROOT,
    UNKNOWN,
    QuoteBasics,
    QuoteView,
    Views,
    readable_first,
    words_said,
)
from dateline.workers import collector_off, forks, give_back, in_workers

MonthLabel = Callable[[int, int | None], str]  # a month's heading on a timeline page (`ui.UI.month_heading`)

if TYPE_CHECKING:
    from dateline.config import SiteConfig
    from dateline.review import Review

THEME = Path(str(resources.files("dateline") / "theme"))
Sink = Callable[[str, bytes], None]  # receives each finished file: (site-root-relative path, bytes)
Stream = Callable[[str, Iterator[bytes]], None]  # the same for a file given as its parts, as they are made


def environment(project_templates: Path) -> jinja2.Environment:
    """Project templates over the theme, `default:` reaching the theme, strict and escaped."""
    return _environment(str(project_templates.resolve()) if project_templates.is_dir() else "")


@lru_cache(maxsize=4)
def _environment(project: str) -> jinja2.Environment:
    theme = jinja2.FileSystemLoader(str(THEME / "templates"))
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"default": theme}, delimiter=":")]
    if project:
        loaders.append(jinja2.FileSystemLoader(project))
    loaders.append(theme)
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html", "xml", "svg"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.code_generator_class = _LeanCodeGenerator
    env.filters["tojson_safe"] = _json_script
    env.filters["xml_chars"] = xml_chars
    env.filters["year_dir"] = year_dir
    return env


# What every `{{ value }}` costs: a cold build prints about 70 values per quote (its card, its
# entry, its item on the article page), and Jinja's compiled code calls two Python functions for
# each: `environment.getattr` per dot and `markupsafe.escape`, which wraps its result in a
# `Markup` that is only ever joined into the page. These two hooks write the common cases inline
# (the attribute found by the built-in `getattr`; a plain `str` escaped by markupsafe's own
# C function, a `Markup` printed as it is, an `int` as its digits) and fall back to exactly those
# two functions for everything else, so a template shows the same bytes and fails the same way;
# a theme's own templates get the same code.
ESCAPE_STR: Callable[[str], str] = getattr(markupsafe, "_escape_inner", markupsafe.escape)
_GOT, _OBJ, _OUT = "_dateline_got", "_dateline_obj", "_dateline_out"  # temporaries in the generated code (never template names)
_BUF, _JOIN = "_dateline_buf", "_dateline_join"  # an output run's stand-in buffer while it is written; str.join
# The templates rendered once a quote or an article, the only ones written twice: the second pass is
# code to compile (+~65 ms a cold build for every template, +~25 ms for these), and the others are
# rendered a few dozen times a build
PER_QUOTE_TEMPLATES = frozenset({"card.html", "entry.html", "chips.html", "article.html", "base.html", "macros.html"})
_TEST = "_dateline_test"  # an `if`'s test, computed before it (`_LeanCodeGenerator._twice`)
# Jinja's filters that only compute a value from their arguments (a project adds none: `environment`)
_PURE_FILTERS = frozenset({"join", "replace", "length", "count", "safe", "escape", "e", "default", "d", "upper",
                           "lower", "trim", "string", "int", "float", "first", "last", "tojson_safe", "xml_chars",
                           "truncate", "title", "capitalize", "list", "sort", "reverse", "abs", "round", "sum",
                           "min", "max", "urlencode", "striptags", "format", "indent", "wordcount", "center"})
# names Jinja gives a template of its own (`self.title()`, `loop.cycle(…)`, `caller()`): never dateline's
_JINJA_NAMES = frozenset({"self", "loop", "caller", "super", "varargs", "kwargs", "range", "dict", "lipsum",
                          "cycler", "joiner", "namespace"})
_PURE_NODES = (jinja2.nodes.Call, jinja2.nodes.Name, jinja2.nodes.Getattr, jinja2.nodes.Getitem, jinja2.nodes.Const,
               jinja2.nodes.TemplateData, jinja2.nodes.CondExpr, jinja2.nodes.Compare, jinja2.nodes.Operand,
               jinja2.nodes.BinExpr, jinja2.nodes.UnaryExpr, jinja2.nodes.Concat, jinja2.nodes.Tuple,
               jinja2.nodes.List, jinja2.nodes.Slice, jinja2.nodes.Keyword, jinja2.nodes.Test, jinja2.nodes.Filter,
               jinja2.nodes.MarkSafe, jinja2.nodes.MarkSafeIfAutoescape)


def _reads_attribute(node: jinja2.nodes.Node) -> bool:
    return isinstance(node, jinja2.nodes.Getattr) or any(True for _ in node.find_all(jinja2.nodes.Getattr))


def _pure(node: jinja2.nodes.Node) -> bool:
    """Whether evaluating `node` only reads values (no filter but `_PURE_FILTERS`), and calls only
    what the page's context gives it (dateline's callables on the fast pass: `not_plain`)."""
    if not isinstance(node, _PURE_NODES) or (isinstance(node, jinja2.nodes.Filter) and node.name not in _PURE_FILTERS):
        return False
    if isinstance(node, jinja2.nodes.Call):  # called on the fast pass only when it is dateline's (`not_plain`)
        callee = node.node
        while isinstance(callee, jinja2.nodes.Getattr):
            callee = callee.node
        if not isinstance(callee, jinja2.nodes.Name) or callee.name in _JINJA_NAMES:
            return False
    return all(_pure(child) for child in node.iter_child_nodes())
_PLAIN: dict[object, bool] = {}  # a function (or a callable's type) → whether `plain_call` may call it directly


def plain_call(obj: object) -> bool:
    """Whether a template may call `obj` without `Context.call`: a function, method or callable
    instance of dateline's own package (the theme's `ui(…)`, `views.reports(v)`, `date_label(d)`)
    without Jinja's pass_context/pass_environment marks. Those never raise StopIteration (which
    `Context.call` alone would turn into an undefined value), so the call gives what
    `Context.call` gives. Anything else (a project's filters and globals, builtins) is not known
    here and goes through `Context.call`. Decided once a function, or a type for instances."""
    kind = type(obj)
    key = obj.__func__ if kind is MethodType else obj if kind is FunctionType else kind  # type: ignore[attr-defined]
    known = _PLAIN.get(key)
    if known is None:
        func = key if isinstance(key, FunctionType) else getattr(key, "__call__", None)  # noqa: B004 (the function, not a test)
        known = _PLAIN[key] = (
            isinstance(func, FunctionType) and func.__module__.startswith("dateline.")
            and not hasattr(func, "jinja_pass_arg") and (kind in (MethodType, FunctionType) or (
                not hasattr(obj, "jinja_pass_arg") and "__call__" not in getattr(obj, "__dict__", {}))))
    return known


def not_plain() -> None:
    """What a template's fast pass does at a call `plain_call` does not know: leave it to the second
    pass, as a missing attribute does (`_LeanCodeGenerator._twice`)."""
    raise AttributeError("not one of dateline's own callables")


class _LeanCodeGenerator(jinja2.compiler.CodeGenerator):
    """Jinja's code generator with attribute access and autoescaped output written inline."""

    def visit_Template(self, node: jinja2.nodes.Template, frame: jinja2.compiler.Frame | None = None) -> None:
        self.writeline(f"from dateline.render import ESCAPE_STR, not_plain, plain_call\n{_JOIN} = ''.join")
        super().visit_Template(node, frame)

    def writeline(self, x: str, node: jinja2.nodes.Node | None = None, extra: int = 0) -> None:
        # `yield from` a block, a parent template or an imported module's body: each of their pieces
        # would resume this generator too, and the page's root above it; their text joined is
        # yielded once instead (the same text: `render` joins every piece).
        if x.startswith("yield from ") and not self.environment.is_async:
            x = f"yield {_JOIN}({x[len('yield from '):]})"
        super().writeline(x, node, extra)

    # Attribute access as Python writes it (`v.url`), ~0.15 µs cheaper than `getattr(v, "url", missing)`
    # and some sixty times a card, where the code around it may run twice: an output run, or an `if`'s
    # test, made only of names, attributes, items, constants, operators, tests and Jinja's own filters
    # (`_pure`: nothing that calls a template's function, so nothing that acts but read values). It
    # is written with plain attributes in a `try`, and again as before under `except AttributeError`:
    # where an attribute is missing (a dict's key read as `d.key`, an undefined name's attribute)
    # the run is evaluated again, the old way, from its start (before anything of it is output).
    _dateline_fast = False

    def _twice(self, frame: jinja2.compiler.Frame, nodes: Sequence[jinja2.nodes.Node], write: Callable[[], None],
               before: str = "") -> bool:
        """`write()` twice, fast in a `try`, then as before under `except AttributeError`, when
        `nodes` are `_pure` and read an attribute; False (nothing written) otherwise."""
        if (self.name not in PER_QUOTE_TEMPLATES or self.environment.is_async or self.environment.sandboxed
                or frame.require_output_check or not all(_pure(n) for n in nodes)
                or not any(_reads_attribute(n) for n in nodes)):
            return False
        self.writeline("try:")
        self.indent()
        self._dateline_fast = True
        try:
            write()
        finally:
            self._dateline_fast = False
        self.outdent()
        self.writeline("except AttributeError:")
        self.indent()
        write()
        self.outdent()
        return True

    def visit_If(self, node: jinja2.nodes.If, frame: jinja2.compiler.Frame) -> None:
        if node.elif_:
            super().visit_If(node, frame)
            return

        def test() -> None:
            self.writeline(f"{_TEST} = ", node.test)
            self.visit(node.test, frame)
        if not self._twice(frame, [node.test], test):
            super().visit_If(node, frame)
            return
        # Jinja's own `if` (`CodeGenerator.visit_If` without `elif`), its test the value just computed
        frame = frame.soft()
        self.writeline(f"if {_TEST}:", node)
        self.indent()
        self.blockvisit(node.body, frame)
        self.outdent()
        if node.else_:
            self.writeline("else:")
            self.indent()
            self.blockvisit(node.else_, frame)
            self.outdent()

    def visit_Output(self, node: jinja2.nodes.Output, frame: jinja2.compiler.Frame) -> None:
        if not self._twice(frame, node.nodes, partial(self._output, node, frame)):
            self._output(node, frame)

    def _output(self, node: jinja2.nodes.Output, frame: jinja2.compiler.Frame) -> None:
        # Jinja yields each piece of an output run (`<li id="s-`, the id, `"><p class="said">…`) on its
        # own: ~600 yields an article page, each resuming the generators of every template and block
        # it passes through (the block, base.html's root, the page's root). Unbuffered, a run is
        # written as Jinja writes it into a buffer (one `extend((…))`, the same pieces in the same
        # order, each on its own line for error reports) and yielded joined: the page is the same
        # text, and an error raised by a piece is raised as before (nothing of the run is kept).
        if frame.buffer is not None or self.environment.is_async or len(node.nodes) < 2:
            super().visit_Output(node, frame)
            return
        held, self.stream = self.stream, io.StringIO()
        frame.buffer = _BUF
        try:
            super().visit_Output(node, frame)
            code = self.stream.getvalue()
        finally:
            frame.buffer = None
            self.stream = held
        if f"{_BUF}.append(" in code:  # one piece (constant text folded): `yield (piece)`, no tuple
            code = re.sub(r",(\s*\)\s*)$", r"\1", code.replace(f"{_BUF}.append(", "yield ("))
        self.stream.write(code.replace(f"{_BUF}.extend((", f"yield {_JOIN}(("))

    @jinja2.compiler.optimizeconst
    def visit_Getattr(self, node: jinja2.nodes.Getattr, frame: jinja2.compiler.Frame) -> None:
        if self.environment.is_async:
            super().visit_Getattr(node, frame)
            return
        # The object is evaluated once: nested accesses reuse the temporaries only after the inner
        # expression is complete, and nothing between an assignment and its use runs template code.
        if self._dateline_fast and node.attr.isidentifier() and not keyword.iskeyword(node.attr):
            self.write("(")
            self.visit(node.node, frame)
            self.write(f").{node.attr}")
            return
        self.write(f"({_GOT} if ({_GOT} := getattr(({_OBJ} := (")
        self.visit(node.node, frame)
        self.write(f")), {node.attr!r}, missing)) is not missing else environment.getattr({_OBJ}, {node.attr!r}))")

    @jinja2.compiler.optimizeconst
    def visit_Call(self, node: jinja2.nodes.Call, frame: jinja2.compiler.Frame, forward_caller: bool = False) -> None:
        if self.environment.is_async or self.environment.sandboxed or forward_caller:
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        # `context.call(f, …)` asks f (and f.__call__) for Jinja's pass_context marks and turns a
        # StopIteration into an undefined value, ~1.3 µs a call, four a card. Where `plain_call`
        # knows f for one of dateline's own callables (which carry no mark and raise no StopIteration,
        # so context.call would only call it), it is called directly; anything else as before. The
        # callee is evaluated once, then the arguments once, whichever branch is taken.
        self._dateline_calls = n = getattr(self, "_dateline_calls", 0) + 1
        f = f"_dateline_f{n}"
        self.write("")  # pending line breaks are written before the arguments are captured
        held, self.stream = self.stream, io.StringIO()
        try:
            self.visit(node.node, frame)
            callee = self.stream.getvalue()
            self.stream = io.StringIO()
            self.signature(node, frame)
            args = self.stream.getvalue()
            self.stream = io.StringIO()
            extra = {"_loop_vars": "_loop_vars"} if frame.loop_frame else {}
            if frame.block_frame:
                extra["_block_vars"] = "_block_vars"
            self.signature(node, frame, extra or None)
            slow = self.stream.getvalue()
        finally:
            self.stream = held
        # on the fast pass (`_twice`), anything but dateline's own callables is left to the second
        # pass, before it is called: only those (which only compute a value) are ever called twice
        other = "not_plain()" if self._dateline_fast else f"context.call({f}{slow})"
        self.write(f"({f}({args[2:]}) if plain_call({f} := ({callee})) else {other})")

    def _output_child_pre(self, node: jinja2.nodes.Expr, frame: jinja2.compiler.Frame,
                          finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write(f"(ESCAPE_STR({_OUT}) if type({_OUT} := (")
        if finalize.src is not None:
            self.write(finalize.src)

    def _output_child_post(self, node: jinja2.nodes.Expr, frame: jinja2.compiler.Frame,
                           finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_post(node, frame, finalize)
            return
        if finalize.src is not None:
            self.write(")")
        self.write(f")) is str else {_OUT} if type({_OUT}) is Markup else str({_OUT}) if type({_OUT}) is int "
                   f"else escape({_OUT}))")


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_chars(value: object) -> str:
    """The text without the characters XML 1.0 forbids (C0 controls but tab and newlines,
    U+FFFE, U+FFFF): one stray control character would make a whole feed unparseable."""
    text = value if isinstance(value, str) else str(value)
    kept = _XML_FORBIDDEN.sub("", text)
    return Markup(kept) if isinstance(value, Markup) else kept


def template_problem(exc: Exception, root: Path) -> Problem:
    """The template file and line of a Jinja error (syntax or at render time)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(_display(exc.filename or exc.name or "?", root), exc.lineno or 0,
                       f"template syntax error: {exc.message}")
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt", ".json")):
            return Problem(_display(frame.filename, root), frame.lineno or 0, f"template error: {exc}")
    return Problem("templates", 0, f"template error: {exc}")


def _display(path: str, root: Path) -> str:
    p = Path(path)
    for base in (root, THEME.parent.parent):
        try:
            return p.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path


# ----------------------------------------------------------------- pages

ROOT_BYTES = ROOT.encode()
CARDS_IN_WORKERS = 2000  # fewer cards are rendered in this process: forking costs more than it saves
CHART_MARKS = 600  # above this many marks a chart folds them per month (then quarter, year): pages stay small
ARTICLES_IN_WORKERS = 200  # the same for article pages (each about ten cards' work)
# The same for topic and speaker pages (each some hundred lines or cards, a chart: ~15 ms of CPU a page at 1000
# articles). A fork costs CPU in proportion to the heap, not to the pages: the pages both processes then write
# to are copied (a rebuild at 1000 articles, ~190 MB: 52,000 minor faults without a worker, 96,000 with one,
# ~0.1 CPU s). A cold build has a few dozen pages or more (34 at 1000 articles) and gains the wall of half of
# them; a rebuild after one edit makes 7-14 (the edited speaker's and topics' pages from the edit on) and
# paid more CPU for the fork than the pages cost.
LISTINGS_IN_WORKERS = 24
# No render worker is forked from a build process larger than this (`workers.in_workers`' max_resident):
# each forked worker's resident memory counts the whole heap again (the site, its views, the links:
# ~300 MB at 4000 articles, ~450-570 MB at 10,000), and two copies of a heap this size are well over
# the 600 MB a build may take. Past it the pages are rendered in this process alone: slower, in half
# the memory. (At 512 MB, once the views were made smaller, the 10,000-article build forked again from
# a ~500 MB process: 1024 MB summed.)
FORK_MAX_RESIDENT = 400 * 2**20


@dataclass
class RenderMemo:
    """Fragments and pages of the previous build, reused while their inputs are unchanged.

    Each is kept with its key: a digest of everything its template shows (`_key`), so a card,
    an entry or an article page is rendered again exactly when something it shows changed.
    `scope` is the digest of what every file depends on (dateline's version, the templates,
    the configuration, the `_data` files): when it changes, nothing is reused. `serve` keeps a
    memo in memory; a CLI build reads and writes one in `.dateline-cache/` (`DiskCache`),
    whose article pages are the files of the last build rather than bytes in memory."""

    scope: str = ""
    cards: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    entries: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    articles: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # path → (key, page); serve only
    pages: dict[str, str] = field(default_factory=dict)  # this build's article pages: path → key
    records: exports.RecordMemo = field(default_factory=dict)
    # Where this build's records go as they are made, instead of `records` (a CLI build: to disk)
    keep_record: exports.KeepRecord | None = None
    # Called once every listing is made, instead of filling `cards` and `entries`: a CLI build writes
    # this build's (`Made`, read back from the spill one at a time) to disk. Filled and held whole,
    # they were the largest thing a build held (+~330 MB at 10,000 articles, its peak).
    store: Callable[[str, Made, Made], None] | None = None
    # The keys of a committed build and their inputs (a CLI build: read from disk), and what this build
    # knows of its links against them (`reach`): with both, only the keys an edit reaches are made.
    baseline: reach.Baseline | None = None
    linked: reach.Linked | None = None
    made: reach.Baseline | None = None  # this build's, with `linked` (for the next build, once committed)
    # Where each article's page was (article id → its folder, `Article.url`), and the addresses its
    # pages had before (old folder → article id): a corrected date moves a page, and a redirect page
    # at the old address keeps open pages and published links working (`_redirects`). Not part of the
    # scope: kept when nothing else is.
    addresses: dict[str, str] = field(default_factory=dict)
    moved: dict[str, str] = field(default_factory=dict)


@dataclass
class Made:
    """One template's fragments of this build with their keys, as a `RenderMemo` holds them (`items`
    gives `(id, (key, bytes))`), without holding them: each is read when it is asked for."""

    keys: dict[str, str]
    fragments: Mapping[str, bytes]

    def ids(self) -> dict[str, str]:
        """Each fragment's key, by id: what the memo would hold but the bytes."""
        return {qid: self.keys[qid] for qid in self.fragments}

    def items(self) -> Iterator[tuple[str, tuple[str, bytes]]]:
        return ((qid, (self.keys[qid], self.fragments[qid])) for qid in self.fragments)


Reuse = Callable[[str, str], bool]  # (path, key) → True when the last build's file for that key was kept


def _key(*inputs: object) -> str:
    """A digest of a fragment's inputs, equal exactly when the inputs are equal values.

    Most keys are tuples and lists of strings and ints (an entry's, an article page's, a card's but
    its shifts): `marshal` writes those at format version 2, in about half the time `repr` and its
    UTF-8 encoding take (the card, entry and article-page keys of a cold build of 1000 articles, the
    tuples' making included: 0.27 → 0.19 CPU s). Version 2, not the current one: later versions write
    a value seen twice as a back-reference and an interned string with a tag of its own, so equal
    inputs could give different bytes by their objects' identity; version 2 writes each value by its
    type and contents only. Anything marshal does not take (the model's dataclasses, a `Markup`) makes
    the whole key `repr`, not pickle: the dataclasses print every field, and equal values print the
    same whatever their identity or the hash seed. The two encodings are told apart by their first byte."""
    try:
        data = b"m" + marshal.dumps(inputs, 2)  # type: ignore[arg-type]  # (anything else: ValueError)
    except ValueError:
        data = b"r" + repr(inputs).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def render_scope(site: Site) -> str:
    """What every rendered file depends on: dateline, the templates (project and theme), the
    configuration and the `_data` files."""
    h = hashlib.blake2b(code_key().encode(), digest_size=16)  # the analysis too: keys name a quote by its file
    h.update(repr((site.config, site.data)).encode("utf-8", "surrogatepass"))
    for base in (site.config.templates_path, THEME / "templates"):
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file():
                    h.update(p.relative_to(base).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


class _Pages:
    """Renders named templates into a pages dict, collecting template problems."""

    def __init__(self, site: Site, views: Views, sink: Sink | None = None) -> None:
        self.site = site
        self.sink = sink  # where finished pages go at once (a build streams them to disk); None: kept in `pages`
        self.env = environment(site.config.templates_path)
        self.views = views
        self.root_dir = site.config.root
        self.base_url = site.config.base_url
        self.pages: dict[str, bytes] = {}
        self.names: list[str] = []  # files handed to the sink
        self.problems: list[Problem] = []
        self.card_keys: dict[str, str] = {}  # quote id → its card's key (with a memo): part of its article page's
        self.entry_keys: dict[str, str] = {}  # the same for the entries of topic and speaker pages
        self.reuse: Reuse | None = None  # a CLI build with a memo: keeps an unchanged page's last file
        self.keys: dict[str, str] = {}  # path → key of the pages `reuse` was asked about (for the next build)
        self.spill: Spill | None = None  # where a streamed build's cards and entries go (`Fragments`)
        self.stream: Stream | None = None  # where a streamed build's data exports go, part by part
        self.reach: reach.Reach = reach.Reach(None, "", None, site, views)  # every key stale: no baseline
        self.shown: dict[str, str] = {}  # quote id → a digest of what a link to it shows (`_shown_of`), once a build
        self.marked: MarkedBodies | None = None  # the article bodies rendered while the links were made
        self.nothing_kept = False  # no page of an earlier build can be kept (a cold build): every page is made
        self.common: dict[str, Any] = {
            "site": site.config, "views": views, "topics": site.data.topics,
            "date_label": views.ui.date_label, "ui": views.ui, "base_url": self.base_url,
            "search": site.config.search, "base_path": _base_path(self.base_url),
            "search_placeholder": search_placeholder(site.config.search_placeholder, site.data.topics, views.ui),
            "figures": _and_list([views.speaker_name(f) for f in site.config.figures], str(views.ui("and"))),
        }

    def __call__(self, out: str, template: str, **ctx: Any) -> None:
        """Render `template` into the file `out` (site-root-relative), or record its problem."""
        root = "../" * out.count("/")
        here = out[: -len("index.html")] if out.endswith("index.html") else out
        try:
            html = self.env.get_template(template).render(
                **self.common, root=root, here=here, canonical=(self.base_url + here) if self.base_url else "",
                qhref=_qhref(root, self.views), **ctx)
        except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
            self.problems.append(template_problem(exc, self.root_dir))
            return
        # fragments made once for many pages (views): their links from this page (one pass; the same str when none)
        self.put(out, html.replace(ROOT, root).encode("utf-8"))

    def put(self, out: str, data: bytes) -> None:
        """A finished file: handed to the sink (and only its name kept), or kept in memory."""
        if self.sink is not None:
            self.sink(out, data)
            self.names.append(out)
        else:
            self.pages[out] = data

    def put_parts(self, out: str, parts: Iterator[bytes]) -> None:
        """A finished file given as its parts: handed to `stream` as they are made, or joined."""
        if self.sink is not None and self.stream is not None:
            self.stream(out, parts)
            self.names.append(out)
        else:
            self.put(out, exports.joined(parts))

    def article(self, a: Article, quotes: list[QuoteView], prev: Article | None, nxt: Article | None) -> None:
        made = self.marked.get(a) if self.marked is not None else None
        bodies, said, cite, article_cite, jsonld = (made if made is not None else
                                                    link_free(self.site.config, a, self.site.body(a), quotes))
        if len(bodies) == 1:
            self(f"{a.url}index.html", "article.html", article=a, quotes=quotes, body=bodies[0], prev=prev, next=nxt,
                 said=said, cite=cite, article_cite=article_cite, jsonld=jsonld, pager=None)
            return
        # a body too long for one page (`Article.parts`): each part with the statements whose words start in
        # it (their anchors are there), its own JSON-LD of them, and a pager through the parts
        pages = [ListingPage(n, a.part_url(n), []) for n in range(1, len(bodies) + 1)]
        for v in quotes:
            pages[a.part_of(v.q.span.start) - 1].items.append(v)
        config = self.site.config
        for page, body in zip(pages, bodies, strict=True):
            self(f"{page.path}index.html", "article.html", article=a, quotes=page.items, body=body, prev=prev,
                 next=nxt, said=said, cite=cite, article_cite=article_cite,
                 jsonld=exports.quotation_jsonld(a, page.items, config.base_url), pager=Pager(pages, page))

    def kept(self, out: str, key: str) -> bool:
        """Whether the last build's file for `out` has this key and was kept (then it is not made)."""
        if self.reuse is None or self.sink is None:
            return False
        self.keys[out] = key
        if self.reuse(out, key):
            self.names.append(out)
            return True
        return False

    def fail_on_problems(self) -> None:
        if self.problems:
            raise BuildFailed(self.problems)


def moved_pages(addresses: Mapping[str, str], moved: Mapping[str, str],
                articles: Sequence[Article]) -> tuple[dict[str, str], dict[str, str]]:
    """(addresses now, old address → article id) after this build: an article whose page is at a
    new folder (a corrected date: YYYY/MM/DD/slug/) leaves its last folder behind, added to the
    ones it left before. An old address that is a page again, or whose article is gone, is
    dropped (a real page wins; a deleted article's link is a 404, as it should be)."""
    now = {a.id: a.url for a in articles}
    left = dict(moved)
    for aid, old in addresses.items():
        if now.get(aid, old) != old:
            left[old] = aid
    pages = set(now.values())
    return now, {old: aid for old, aid in sorted(left.items()) if aid in now and old not in pages}


def _redirects(page: _Pages, memo: RenderMemo | None) -> None:
    """A small page at each address an article had in an earlier build (`moved_pages`): a meta
    refresh and a link to where it is now, rel=canonical to it, `noindex`. Never listed in the
    sitemap, the feeds or the data exports (they list the articles), nor searched (no
    `data-pagefind-body`). Without a memo (nothing is known of earlier builds) there are none."""
    if memo is None:
        return
    memo.addresses, memo.moved = moved_pages(memo.addresses, memo.moved, page.site.articles)
    by_id = {a.id: a for a in page.site.articles}
    for old, aid in memo.moved.items():
        a = by_id[aid]
        page(f"{old}index.html", "redirect.html", article=a,
             moved_to_canonical=(page.base_url + a.url) if page.base_url else "")


def render_site(site: Site, memo: RenderMemo | None = None) -> dict[str, bytes]:
    """Every generated file of the site (all but the static ones), keyed by its path relative
    to the site root, kept in memory (`serve` compares them with what it wrote last). Raises
    BuildFailed with every template problem found."""
    return _render(site, memo if memo is not None else RenderMemo(), None).pages


def render_to(site: Site, sink: Sink, memo: RenderMemo | None = None, reuse: Reuse | None = None,
              stream: Stream | None = None, marked: MarkedBodies | None = None,
              ahead: exports.Ahead | None = None) -> list[str]:
    """The same files handed to `sink(path, bytes)` as soon as each is made, so a build never
    holds the whole site in memory (article, topic and speaker pages are handed over inside the
    forked worker processes that render them: `sink` must work there, as a file written does).
    With a `memo` (the last build's, from disk), cards and entries whose
    inputs are unchanged are reused, and an unchanged article page is not rendered at all when
    `reuse(path, key)` keeps the last build's file. `stream(path, parts)`: where the data exports
    go as they are made (else `sink`, each whole). `marked`: article bodies rendered already (those
    it holds; `MarkedBodies`), `ahead` export lines encoded already (`exports.Ahead`). Returns the paths
    made, in no particular order."""
    # No memo (nothing to reuse) is a fresh one, as in render_site: the listings' reuse keys are
    # computed from it whatever happens next, and a missing card key would raise.
    return _render(site, memo if memo is not None else RenderMemo(), sink, reuse, stream, marked, ahead).names


def _render(site: Site, memo: RenderMemo | None, sink: Sink | None, reuse: Reuse | None = None,
            stream: Stream | None = None, marked: MarkedBodies | None = None,
            ahead: exports.Ahead | None = None) -> _Pages:
    spill = Spill() if sink is not None else None  # a streamed build keeps its cards and entries on disk
    # Each template is asked once a render whether its file changed (an earlier build's, kept by the
    # environment, may be stale), not at every page (its template, base.html and macros.html: three
    # stats a page): the render's templates are what `render_scope` read at its start.
    env = environment(site.config.templates_path)
    if env.cache is not None:
        for cached, template in list(env.cache.items()):
            if not template.is_up_to_date:
                del env.cache[cached]
    reload, env.auto_reload = env.auto_reload, False
    # Nothing set aside by the caller (`serve`'s rebuilds: one long process): what the render sets aside
    # (`_set_aside`) is given back to the collector at its end; a build gives back its own at its end.
    caller_frozen = gc.get_freeze_count() > 0
    try:
        return _render_with(site, memo, sink, reuse, spill, stream, marked, ahead)
    finally:
        env.auto_reload = reload
        if spill is not None:
            spill.close()
        if not caller_frozen:
            gc.unfreeze()


def _set_aside() -> None:
    """Set every object alive now aside from the collector for the rest of the render (`gc.freeze`: the
    site, its views, the links, what the render holds to its end). Without it each full collection the
    render's allocations set off scanned them all again and freed next to nothing: 0.3-0.7 CPU s of a
    cold build at 4000 articles, during the article pages and the exports. Again after each step that
    forks workers: `workers.in_workers` freezes for its children and gives everything back at its end.
    Cyclic garbage made before a call waits for `_render`'s end (or the build's) to be collected."""
    gc.freeze()


def _render_with(site: Site, memo: RenderMemo | None, sink: Sink | None, reuse: Reuse | None,
                 spill: Spill | None, stream: Stream | None = None, marked: MarkedBodies | None = None,
                 ahead: exports.Ahead | None = None) -> _Pages:
    views = _views(site, marked.basics if marked is not None else None)
    if marked is not None:
        marked.basics = None
    _set_aside()
    page = _Pages(site, views, sink)
    page.spill, page.stream, page.marked = spill, stream, marked
    nothing_kept = False
    if memo is not None:
        scope = render_scope(site)
        if memo.scope != scope:
            memo.scope, memo.cards, memo.entries, memo.articles = scope, {}, {}, {}
            memo.records.clear()
            reuse = None
        page.reuse = reuse if reuse is not None else (lambda out, key: False)  # keys are recorded all the same
        # no page of an earlier build to keep (a cold build, or one whose scope changed): every page is made
        nothing_kept = page.nothing_kept = reuse is None and (sink is not None or not memo.articles)
        page.reach = reach.Reach(memo.baseline, scope, memo.linked, site, views)
    cards = _cards(page, memo)
    _set_aside()
    views.forget_html()  # the cards' related items (the article pages make their own)
    page.fail_on_problems()
    timeline_pages = _timeline_pages(site, views.positions(), cards)
    others = paginate("other/", views.other_statements(), cards)
    for pages in [*timeline_pages.values(), others]:  # before the article pages, which link to the cards
        for p in pages:
            for v in p.items:
                v.timeline_page = p.path
    _to_shown_reports(views, [v for pages in [*timeline_pages.values(), others] for p in pages for v in p.items])
    placed = reach.timeline_of(views) if memo is not None and memo.linked is not None else None
    if placed is not None:
        page.reach.placed(placed)
    # the home page, the other statements' pages and the year pages: made while the workers render the
    # entries, which none of them shows (the home page's chart alone was ~0.25 CPU s at 4000 articles, this
    # process alone before the entries' workers were forked); taken when made: no hold on the cards
    year_pages = [partial(_year_pages, page, cards, timeline_pages), partial(_home, page, timeline_pages, others, cards)]

    def years() -> None:  # while the workers render the entries (which the year pages do not show)
        while year_pages:
            year_pages.pop()()
        # The C heap's freed pages given back after each step that makes large strings (the pages, the exports'
        # buffers: allocated by malloc, not by Python's object allocator): glibc keeps them resident, and a build
        # rendering in this process (10,000 articles: no worker forks above FORK_MAX_RESIDENT) held ~15 MB
        # more at each step's end, its peak at the exports and the cache's save
        give_back()
    entries = _entries(page, memo, years)
    if year_pages:  # the entries failed before any worker started
        years()
    _listing_pages(page, cards, entries)
    give_back()
    _set_aside()
    later: list[Callable[[], None]] = []  # the fragments stored (to disk), then the spill let go
    if memo is not None:  # this build's fragments, for the next (read back from the spill files)
        made = Made(page.card_keys, cards), Made(page.entry_keys, entries)
        if memo.store is not None:  # once: let go of it (a cache's bound method: the cache holds this memo)
            store, memo.store = memo.store, None
            later.append(partial(store, memo.scope, *made))
        else:
            memo.cards, memo.entries = dict(made[0].items()), dict(made[1].items())
        del made
    del cards, entries  # every listing is made: the article pages' workers and the exports need the memory more
    if spill is not None:
        later.append(spill.close)

    def meanwhile() -> None:  # what only this process does, while the article pages' worker starts on them
        while later:  # (each let go once done: the fragments' keys go with the store)
            later.pop(0)()
    data = [partial(_data_exports, page, memo, ahead)]  # taken when made
    forked = forks(len(page.site.articles), ARTICLES_IN_WORKERS, FORK_MAX_RESIDENT)
    if not forked:
        meanwhile()  # no worker (10,000 articles: too large to fork from): first, as before, not held beside them
    elif nothing_kept:
        # A cold build: the exports (~1.1 CPU s at 4000 articles, this process alone after the pages) made
        # beside the article pages' worker too, after the fragments' store. Their buffers, held while the
        # worker is alive, raised the memory summed over the processes by ~16 % at 4000 articles (wall17b),
        # where the memory goal is 10,000's, whose pages are not forked (`forks`): there they stay after.
        later.append(data.pop())
    # The fragments' store (~0.5 CPU s at 4000 articles, this process alone) is done beside the pages too.
    article_keys = _article_pages(page, memo, meanwhile, nothing_kept)  # last of the pages
    _set_aside()
    views.forget_html()  # and what they showed of other quotes: the exports need the memory
    page.shown.clear()
    give_back()
    if memo is not None:
        memo.pages = page.keys
        if placed is not None and memo.linked is not None:
            memo.made = reach.baseline(site, views, memo.scope, memo.linked.digest, placed, page.card_keys,
                                       page.entry_keys, article_keys)
    _redirects(page, memo)
    page.fail_on_problems()
    if site.config.base_url:  # feeds and sitemap need absolute URLs
        _feeds_and_sitemap(page, timeline_pages)
        page.fail_on_problems()
    if data:
        data.pop()()
    page.put(".nojekyll", b"")
    page.put("robots.txt", exports.robots_txt(site.config.base_url))
    return page


def _data_exports(page: _Pages, memo: RenderMemo | None, ahead: exports.Ahead | None) -> None:
    """The data exports (`exports.data_streams`), each file streamed as it is made."""
    for rel, parts in exports.data_streams(page.site, page.views, memo.records if memo is not None else None,
                                           memo.keep_record if memo is not None else None,
                                           page.reach.same_record if page.reach.records else None, ahead):
        page.put_parts(rel, parts)
        give_back()  # the export's buffers and records
    if memo is not None:  # every record is kept: let go of where (a cache's bound method, as `store`)
        memo.keep_record = None


def _views(site: Site, basics: QuoteBasics | None = None) -> Views:
    """`Views(site, basics)` with the collector off: a dozen objects a quote that live as long as the render
    and hold no garbage, which each collection their allocations set off would scan again (a full
    one, in a rebuild after one edit at 1000 articles, cost a sixth of what the views do)."""
    with collector_off():
        views = Views(site, basics)
        _set_aside()  # (before the collector is on again: else its next allocation scans every view made)
        return views


def render_article_alone(site: Site, article: Article, prev: Article | None, nxt: Article | None) -> dict[str, bytes]:
    """One article page from a site holding just that article: `serve`'s fast path, so the
    edited page reaches the browser before the cross-links of the whole site are recomputed."""
    views = Views(site)
    page = _Pages(site, views)
    quotes = sorted((views.quotes[q.id] for q in site.quotes if q.article == article.id), key=lambda v: v.q.span.start)
    page.article(article, quotes, prev, nxt)
    page.fail_on_problems()
    return page.pages


def _card_key(v: QuoteView, views: Views) -> str:
    """Everything a card shows (labels and stance looks come from `_data`: the memo's scope). What
    the quote and its article alone give (its url, date, speaker's link, topics and stances, the
    article's title and outlet) is named by the article file's digest (`exports.quote_token`),
    spelled out only for an article without one; its speaker's name may come from another
    article (a speaker missing from speakers.yaml), and the rest from the links."""
    rel = [(label, views.quotes[rid].url, views.quotes[rid].date_label) for label, rid in v.related]
    shifts = [(s, views.quotes[s.from_id].url) for s in views.shift_into.get(v.id, ())]
    reports = [(o.id, o.url, o.report_name, o.date_label) for o in v.reports], v.more_reports
    a = v.article
    own = () if a.content_hash else (v.url, v.date_label, v.speaker_url, a.title, a.outlet, v.topics, v.stances)
    return _key(exports.quote_token(v), own, v.speaker_name, v.other_reports, rel, shifts, reports)


class Spill:
    """Rendered fragments on disk: one append-only file per process that renders them (this one and
    its forked workers), in a private temporary folder removed by `close`.

    At 10,000 articles the cards alone are ~330 MB: held in this process they would be in its heap
    through every listing, and counted again in each worker forked meanwhile. A worker writes its
    fragments itself and sends back only where they are (`Ref`); a page reads back the ones it shows."""

    PREFIX = "dateline-fragments-"

    def __init__(self) -> None:
        Spill.prune()
        self.folder = tempfile.mkdtemp(prefix=f"{Spill.PREFIX}{os.getpid()}-")
        self.pid = 0  # the process that opened `fd` (a forked worker inherits this object, not the file)
        self.fd = -1
        self.end = 0
        self.readers: dict[int, int] = {}  # writer's pid → a descriptor to read its file

    @staticmethod
    def prune(where: str | None = None) -> None:
        """Remove the folders of builds that were killed before `close` (SIGKILL, power cut): each
        folder names the process that made it, and one whose process is gone is nobody's. A live
        process (or one of another user, which we may not signal) keeps its folder."""
        base = where or tempfile.gettempdir()
        with contextlib.suppress(OSError):
            for name in os.listdir(base):
                pid = name[len(Spill.PREFIX):].split("-", 1)[0] if name.startswith(Spill.PREFIX) else ""
                if not pid.isdigit():
                    continue
                try:
                    os.kill(int(pid), 0)
                except ProcessLookupError:
                    shutil.rmtree(os.path.join(base, name), ignore_errors=True)
                except OSError:
                    pass

    def put(self, data: bytes) -> Ref:
        """Append `data` to this process's file; where it is."""
        pid = os.getpid()
        if pid != self.pid:  # no O_TRUNC: a reused pid appends after an earlier worker's fragments
            self.pid, self.fd = pid, os.open(os.path.join(self.folder, str(pid)), os.O_WRONLY | os.O_CREAT, 0o600)
            self.end = os.lseek(self.fd, 0, os.SEEK_END)
        at, view = self.end, memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        self.end += len(data)
        return (at << _AT) | (len(data) << _PID) | pid

    def put_many(self, parts: list[bytes]) -> list[Ref]:
        """Append the parts with one write (a fragment a write was ~82,000 system calls at 4000
        articles); where each is, as `put` would give it."""
        ref = self.put(b"".join(parts))
        at, pid = ref >> _AT, ref & _PIDS
        refs = []
        for part in parts:
            refs.append((at << _AT) | (len(part) << _PID) | pid)
            at += len(part)
        return refs

    def read(self, ref: Ref) -> bytes:
        pid, at, size = ref & _PIDS, ref >> _AT, _size_of(ref)
        fd = self.readers.get(pid)
        if fd is None:
            fd = self.readers[pid] = os.open(os.path.join(self.folder, str(pid)), os.O_RDONLY)
        return os.pread(fd, size, at)

    def close(self) -> None:
        for fd in self.readers.values():
            os.close(fd)
        if self.fd >= 0 and self.pid == os.getpid():
            os.close(self.fd)
        self.readers, self.fd, self.pid = {}, -1, 0
        shutil.rmtree(self.folder, ignore_errors=True)


# A spilled fragment: where it is as one int, `offset << _AT | size << _PID | pid` (the pid whose file
# holds it). One int, not a tuple of three: a build holds one for each card and entry (~230,000 at
# 10,000 articles) through every listing, ~35 bytes each instead of ~150.
Ref = int
_PID = 23  # bits of a pid (Linux's largest pid_max is 2**22)
_AT = _PID + 40  # and of a fragment's size
_PIDS = (1 << _PID) - 1


def _size_of(ref: Ref) -> int:
    return (ref >> _PID) & ((1 << (_AT - _PID)) - 1)


class Fragments(Mapping[str, bytes]):
    """A fragment (card, entry) by quote id: bytes in memory, or a `Ref` read back from the spill
    when a page shows it. `size` needs no read (pagination weighs every fragment)."""

    def __init__(self, spill: Spill | None, held: dict[str, bytes | Ref] | None = None) -> None:
        self.spill = spill
        self.held: dict[str, bytes | Ref] = {} if held is None else held

    def __getitem__(self, qid: str) -> bytes:
        value = self.held[qid]
        if isinstance(value, bytes):
            return value
        assert self.spill is not None
        return self.spill.read(value)

    def __contains__(self, qid: object) -> bool:
        return qid in self.held

    def __iter__(self) -> Iterator[str]:
        return iter(self.held)

    def __len__(self) -> int:
        return len(self.held)

    def size(self, qid: str) -> int:
        value = self.held[qid]
        return len(value) if isinstance(value, bytes) else _size_of(value)

    def many(self, ids: Sequence[str]) -> list[bytes]:
        """`[self[i] for i in ids]`, the fragments that lie one after the other in a spill file (a page's
        cards were mostly made in its order) read with one read each run (`Spill.read_run`)."""
        out: list[bytes] = []
        run: list[Ref] = []
        for qid in ids:
            value = self.held[qid]
            if isinstance(value, bytes):
                if run:
                    out += self._run(run)
                    run = []
                out.append(value)
            elif run and value >> _AT == (run[-1] >> _AT) + _size_of(run[-1]) and value & _PIDS == run[-1] & _PIDS:
                run.append(value)
            else:
                if run:
                    out += self._run(run)
                run = [value]
        if run:
            out += self._run(run)
        return out

    def _run(self, refs: list[Ref]) -> list[bytes]:
        assert self.spill is not None
        if len(refs) == 1:
            return [self.spill.read(refs[0])]
        first, last = refs[0], refs[-1]
        data = self.spill.read(((first >> _AT) << _AT) | (((last >> _AT) + _size_of(last) - (first >> _AT)) << _PID)
                               | (first & _PIDS))
        at = first >> _AT
        return [data[(r >> _AT) - at:(r >> _AT) - at + _size_of(r)] for r in refs]


def _size(fragments: Mapping[str, bytes], qid: str) -> int:
    return fragments.size(qid) if isinstance(fragments, Fragments) else len(fragments[qid])


def _entry_key(v: QuoteView) -> str:
    """Everything an entry shows (`entry.html`: the start of the words, who, when, stances, the
    report and where the card is) and what the listing's chart marks with it (the statement it
    reports, its stances and words): not the article's title or other fields of the card, so a
    title edit does not make every topic and speaker page that lists the article's quotes anew.
    Strings and tuples of them only: a dataclass's repr is a Python call per field, 12,000 times.
    (`iso` and `date_label` are the whole date: its day, month, year, range end and low confidence.)"""
    return _key(v.url, v.topics, v.stances, v.q.speaker, v.q.text, v.statement, v.timeline_url, v.speaker_name,
                v.iso, v.date_label, v.report_name, v.lang or v.article.lang)
    # (the url ends in the quote's id; `stances` are its stances)


def _memoised(todo: list[str], keys: dict[str, str], memo: dict[str, tuple[str, bytes]] | None,
              make: Callable[[str], bytes], at_least: int, spill: Spill | None,
              meanwhile: Callable[[], None] | None = None) -> Fragments:
    """`make(id)` for each id of `todo` (in forked workers when there are many), reusing the memo's
    fragment where the key is the same. With a `spill`, each process writes the fragments it makes
    there. The memo is emptied: `_render` fills it with this build's once the listings are made.
    `meanwhile`: as `in_workers`'s."""
    out = Fragments(spill)
    if memo is None:
        out.held.update(zip(todo, _made_in_blocks(todo, make, at_least, spill, meanwhile), strict=True))
        return out
    kept: dict[str, bytes | Ref] = {i: memo[i][1] for i in todo if i in memo and memo[i][0] == keys[i]}
    memo.clear()
    fresh = [i for i in todo if i not in kept]
    made = dict(zip(fresh, _made_in_blocks(fresh, make, at_least, spill, meanwhile), strict=True))
    out.held.update((i, kept[i] if i in kept else made[i]) for i in todo)
    return out


SPILL_BLOCK = 64  # fragments made and spilled together: one write (and one item for the workers) a block


def _made_in_blocks(ids: list[str], make: Callable[[str], bytes], at_least: int, spill: Spill | None,
                    meanwhile: Callable[[], None] | None) -> list[bytes | Ref]:
    """`make(id)` for each id, in forked workers when there are `at_least` ids (`in_workers`), each
    block of SPILL_BLOCK fragments written to `spill` at once by the process that made it (where
    each is, in order), or without a spill the fragments themselves."""
    if spill is None:
        return list(in_workers(make, ids, at_least=at_least, meanwhile=meanwhile, max_resident=FORK_MAX_RESIDENT))
    blocks = [ids[i:i + SPILL_BLOCK] for i in range(0, len(ids), SPILL_BLOCK)]
    made = in_workers(lambda block: spill.put_many([make(i) for i in block]), blocks,
                      at_least=1 if len(ids) >= at_least else len(blocks) + 1, meanwhile=meanwhile,
                      max_resident=FORK_MAX_RESIDENT)
    return [ref for refs in made for ref in refs]


def _cards(page: _Pages, memo: RenderMemo | None) -> Fragments:
    """Each quote's card, rendered once (or reused from the last build) with a root placeholder.
    Kept as UTF-8: a card's curly quotes would make its str two bytes a character, and at
    10,000 articles the cards are the largest thing a build holds."""
    views = page.views
    looks = {t.id: chart.styles(t) for t in page.site.data.topics}  # the chart's stance swatches, on the chips
    todo = list(views.quotes)
    keyed: Callable[[], None] | None = None
    if memo is not None:  # the last build's keys that no edit reached, and the others made
        keys, make = page.reach.card_keys()
        page.card_keys = keys

        def keyed() -> None:
            keys.update((qid, _card_key(views.quotes[qid], views)) for qid in make)
            page.reach.carded(keys, make)
            make.clear()
        keyed = _keys_beside(keyed, bool(memo.cards))
    else:
        keys = page.card_keys = {}
    chips: dict[tuple[object, ...], Markup] = {}  # (topics, stances) → chips.html: a site has a handful

    def card(fill: Fill, qid: str) -> str:
        v = views.quotes[qid]
        shown = (*v.topics, *v.stances)
        html = chips.get(shown)
        if html is None:
            html = chips[shown] = Markup(page.env.get_template("chips.html").render(
                v=v, root=ROOT, looks=looks, swatch=chart.SWATCH, ui=views.ui))
        return fill(v=v, shifts=views.shift_into.get(qid, ()), chips=html)
    try:
        return _fragments(page, "card.html", todo, keys, memo.cards if memo is not None else None, card,
                          keyed, views=views, root=ROOT, looks=looks, swatch=chart.SWATCH, ui=views.ui)
    finally:
        if keyed is not None:
            keyed()  # (nothing left when the workers' `meanwhile` ran it)


def _keys_beside(make: Callable[[], None], kept: bool) -> Callable[[], None] | None:
    """`make` (the fragments' keys) at once when fragments of the last build may be `kept` (they are
    decided by their keys), and None; else `make` is returned, for the fragments' `meanwhile` (a cold build:
    every fragment is made whatever its key, and the keys, ~0.5 CPU s of cards' and ~0.25 of entries' at 4000
    articles, this process alone before the workers were forked, are made beside them)."""
    if kept:
        make()
        return None
    return make


def _entries(page: _Pages, memo: RenderMemo | None, meanwhile: Callable[[], None] | None = None) -> Fragments:
    """Each quote's one-line entry for topic and speaker pages (`entry.html`), rendered once with
    a root placeholder, for the quotes whose card is on a timeline page (the entry links there).
    Made after the timeline is paginated: the link needs the page that holds the card."""
    views = page.views
    todo = [v.id for v in views.ordered() if v.timeline_page]
    keyed: Callable[[], None] | None = None
    if memo is not None:  # as the cards'
        keys, make = page.reach.entry_keys(todo)
        page.entry_keys = keys

        def keyed() -> None:
            keys.update((qid, _entry_key(views.quotes[qid])) for qid in make)
            make.clear()
        keyed = _keys_beside(keyed, bool(memo.entries))
    else:
        keys = page.entry_keys = {}
    both = meanwhile if keyed is None else keyed if meanwhile is None else _both(keyed, meanwhile)
    try:
        return _fragments(page, "entry.html", todo, keys, memo.entries if memo is not None else None,
                          lambda fill, qid: fill(v=views.quotes[qid]), both, views=views, root=ROOT,
                          ui=views.ui)
    finally:
        if keyed is not None:
            keyed()  # (nothing left when the workers' `meanwhile` ran it)


def _both(first: Callable[[], None], then: Callable[[], None]) -> Callable[[], None]:
    def both() -> None:
        first()
        then()
    return both


Fill = Callable[..., str]  # a fragment template with its shared context, given what is each fragment's own


def _filler(template: jinja2.Template, shared: dict[str, Any]) -> Fill:
    """`template.render(**shared, **own)` for many fragments, with the context that every one of
    them shares (the template's globals and `shared`) merged once rather than once a fragment:
    Jinja's `render` copies it each call, a tenth of a small card's cost. Errors go through
    Jinja's own handler, as in `render`, so they point at the template's file and line."""
    base = {**template.globals, **shared}
    env = template.environment

    def fill(**own: Any) -> str:
        ctx = base.copy()
        ctx.update(own)
        try:
            return env.concat(template.root_render_func(template.new_context(ctx, shared=True)))
        except Exception:
            env.handle_exception()
            raise  # handle_exception always raises: this is for the type checker
    return fill


def _fragments(page: _Pages, name: str, todo: list[str], keys: dict[str, str],
               store: dict[str, tuple[str, bytes]] | None, make: Callable[[Fill, str], str],
               meanwhile: Callable[[], None] | None = None, **shared: Any) -> Fragments:
    """One template's fragment per quote id, as UTF-8 (`_memoised`); a template error is the
    build's problem with its file:line, and no fragments."""
    try:
        fill = _filler(page.env.get_template(name), shared)
        return _memoised(todo, keys, store, lambda qid: make(fill, qid).encode("utf-8"), CARDS_IN_WORKERS,
                         page.spill, meanwhile)
    except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
        page.problems.append(template_problem(exc, page.root_dir))
        return Fragments(None)


def _article_key(page: _Pages, a: Article, quotes: list[QuoteView], prev: Article | None,
                 nxt: Article | None) -> str:
    """Everything an article page shows: the article, its neighbours, the names of its speakers, for
    each of its quotes the card's inputs and what the statement list adds (other reports, wordings,
    related), and of each quote it links to what the link shows (`_shown_of`, not its card's key: a
    title edit of an article with an outlet, which no link to its quotes shows, leaves the pages of
    the other reports of its statements as they were), as a digest made once a build: spelled out,
    the words of every linked quote made ~60 KB of text to print and hash an article (cold21)."""
    keys = page.card_keys  # a card's key covers its url, outlet, date and words
    views, shown = page.views, page.shown

    def link(qid: str) -> str:
        made = shown.get(qid)
        if made is None:
            made = shown[qid] = _key(_shown_of(views, qid))
        return made
    per_quote = [(keys[v.id], v.on_timeline, v.timeline_url, v.first_report, len(v.same_statement),
                  [link(o) for o in v.same_statement[:5]], v.other_wordings, [link(o) for _, o in v.related])
                 for v in quotes]
    this = (a.content_hash, a.path) if a.content_hash else a  # the article is its file (see exports.quote_token)
    return _key(this, prev and (prev.title, prev.url), nxt and (nxt.title, nxt.url), per_quote,
                [views.speaker_name(s) for s in a.speakers])


def _shown_of(views: Views, qid: str) -> tuple[str, ...]:
    """What a link to a quote from another article's page shows (`Views.reports`, `related_items`):
    its url, outlet or title, date and words, its article's url and outlet, and where its card is."""
    v = views.quotes[qid]
    a = v.article
    return (v.url, v.report_name, v.date_label, v.q.text, a.url, a.outlet, v.timeline_url if v.timeline_page else "")


def _article_pages(page: _Pages, memo: RenderMemo | None, meanwhile: Callable[[], None] | None = None,
                   nothing_kept: bool = False) -> dict[str, str]:
    """One page per article with prev/next. With a memo, an unchanged page is reused: from the
    memo (serve) or, through `reuse`, as the last build's file (a CLI build). Returns each page's key
    (with a memo): the last build's where no edit reached the page (`reach.Reach.page_key`).
    `meanwhile`: this process's other work, done while its workers start on the pages (`in_workers`).
    `nothing_kept`: no page can be kept (a cold build: no earlier page or file to keep), so every page is
    made whatever its key, and the keys (~0.5 CPU s at 4000 articles, this process alone before the
    workers were forked) are made in `meanwhile`, beside the workers' pages, in the same order."""
    views, arts = page.views, page.site.articles
    by_article: dict[str, list[QuoteView]] = defaultdict(list)
    for v in views.ordered():
        by_article[v.article.id].append(v)
    todo: list[tuple[Article, list[QuoteView], Article | None, Article | None]] = []
    keys: dict[str, str] = {}
    later: list[tuple[str, Article, list[QuoteView], Article | None, Article | None, int]] = []
    for i, a in enumerate(arts):
        aq = by_article.get(a.id, [])  # sorted by place in the text below, when the page or its key is made
        prev = arts[i - 1] if i > 0 else None
        nxt = arts[i + 1] if i + 1 < len(arts) else None
        if memo is not None and not a.parts and nothing_kept:
            aq.sort(key=lambda v: v.q.span.start)
            later.append((f"{a.url}index.html", a, aq, prev, nxt, i))
        elif memo is not None and not a.parts:  # (a page in parts is several files: made again each build)
            path = f"{a.url}index.html"
            key = page.reach.page_key(path, a, aq, prev.id if prev else None, nxt.id if nxt else None, i)
            if key is None:
                aq.sort(key=lambda v: v.q.span.start)
                key = _article_key(page, a, aq, prev, nxt)
            keys[path] = key
            old = memo.articles.get(path)
            if page.sink is None and old is not None and old[0] == key:
                page.pages[path] = old[1]
                continue
            if page.kept(path, key):
                continue
        aq.sort(key=lambda v: v.q.span.start)
        todo.append((a, aq, prev, nxt))

    def keyed() -> None:  # `meanwhile`'s work first, then the keys `page.kept` would have recorded
        if meanwhile is not None:
            meanwhile()
        for path, a, aq, prev, nxt, i in later:
            key = page.reach.page_key(path, a, aq, prev.id if prev else None, nxt.id if nxt else None, i)
            keys[path] = key if key is not None else _article_key(page, a, aq, prev, nxt)
            if page.reuse is not None and page.sink is not None:
                page.keys[path] = keys[path]
        later.clear()
    _in_pool(page, [partial(page.article, *t) for t in todo], ARTICLES_IN_WORKERS, keyed if later else meanwhile)
    if later:  # (`in_workers` runs its `meanwhile` in every case: none left)
        keyed()
    if memo is not None and page.sink is None:
        memo.articles = {path: (key, page.pages[path]) for path, key in keys.items() if path in page.pages}
    return keys


# ----------------------------------------------------------------- listings: small pages at any size

PAGE_BUDGET = 400_000  # bytes of cards on one listing page: with its furniture, far under 1 MB
OVERVIEW_ITEMS = 10  # latest and key statements on the home page


@dataclass
class ListingPage:
    """One page of a paginated listing: the first at `base`, the others at `base` + page/N/."""

    number: int
    path: str  # site-root-relative folder
    items: list[QuoteView]


def paginate(base: str, items: list[QuoteView], cards: Mapping[str, bytes], budget: int | None = None,
             first: int | None = None) -> list[ListingPage]:
    """Cut a listing into pages of at most `budget` bytes of cards (`first` for the first
    page, which may carry more besides; a page holds at least one card). Pages fill in order, so
    a page's URL keeps its place while later statements are added; a page always exists, empty
    when there is nothing to list."""
    budget = PAGE_BUDGET if budget is None else budget
    pages: list[ListingPage] = [ListingPage(1, base, [])]
    size = budget - first if first is not None else 0
    for v in items:
        n = _size(cards, v.id)
        if pages[-1].items and size + n > budget:
            number = len(pages) + 1
            pages.append(ListingPage(number, f"{base}page/{number}/", []))
            size = 0
        pages[-1].items.append(v)
        size += n
    return pages


@dataclass
class Pager:
    """Where a page sits in its listing: the links of the pager and rel=prev/next."""

    pages: list[ListingPage]
    current: ListingPage

    @property
    def prev(self) -> ListingPage | None:
        return self.pages[self.current.number - 2] if self.current.number > 1 else None

    @property
    def next(self) -> ListingPage | None:
        return self.pages[self.current.number] if self.current.number < len(self.pages) else None


ARTICLE_LINE = 400  # bytes an article's line on its year's first page may take (budgeted)
# A year's articles are listed on its first page up to this many bytes of lines (~300 articles); a year of
# more has its list on pages of its own, `YYYY/articles/` and `YYYY/articles/page/N/` (hostile round 64's
# 20,000 articles of one year made a year page of 2.67 MB)
ARTICLES_INLINE = 120_000
ARTICLES_PAGE_BUDGET = PAGE_BUDGET  # bytes of article lines on one page of a year's list


def _article_line_bytes(a: Article) -> int:
    """What an article's line in a list may weigh: the furniture, its title and outlet (a title may be
    long: only over 50,000 characters is it an error), as escaped HTML may grow them."""
    return ARTICLE_LINE + 2 * (len(a.title) + len(a.outlet))


def articles_by_year(articles: Iterable[Article]) -> dict[int, list[Article]]:
    """The site's articles by the year they were published, each year's in the site's order."""
    by_year: dict[int, list[Article]] = defaultdict(list)
    for a in articles:
        by_year[a.date.date.year].append(a)
    return by_year


def year_article_pages(year: int, articles: Sequence[Article]) -> list[tuple[str, list[Article]]]:
    """A year's articles on their own pages, (folder, articles) in order, each page at most
    `ARTICLES_PAGE_BUDGET` bytes of lines (at least one article); none when they fit on the year's first
    page (`ARTICLES_INLINE`). The first page is `YYYY/articles/`, the others `YYYY/articles/page/N/`."""
    if sum(_article_line_bytes(a) for a in articles) <= ARTICLES_INLINE:
        return []
    chunks: list[list[Article]] = [[]]
    size = 0
    for a in articles:
        weight = _article_line_bytes(a)
        if chunks[-1] and size + weight > ARTICLES_PAGE_BUDGET:
            chunks.append([])
            size = 0
        chunks[-1].append(a)
        size += weight
    return [(f"{year_dir(year)}articles/" + (f"page/{n}/" if n > 1 else ""), chunk) for n, chunk in enumerate(chunks, 1)]
SHIFTS_LISTED = 300  # shifts listed on a topic's first page (the latest): past this, a line says how many more
SHIFT_LINE = 500  # bytes a listed shift may take (budgeted)
LISTING_CHART_MARKS = 150  # a topic's or speaker's chart folds sooner: it shares its page with cards
CHART_BYTES = 150_000  # what that chart may weigh on the listing's first page (~400 bytes a mark, two layouts)


def _to_shown_reports(views: Views, shown: list[QuoteView]) -> None:
    """Point every other report of a statement on the timeline at the one card shown for it
    (`timeline.follow`), so its article page and its line on a speaker page lead there."""
    card = {v.statement: v for v in shown}
    for v in views.ordered():
        rep = card.get(v.statement) if not v.timeline_page else None
        if rep is not None:
            v.timeline_page, v.card, v.on_timeline = rep.timeline_page, rep.id, True


def _timeline_pages(site: Site, ordered: list[QuoteView], cards: Fragments) -> dict[int, list[ListingPage]]:
    """The full timeline: each year's statements on `YYYY/`, paginated past the budget (the
    first page also lists the articles published that year)."""
    by_year: dict[int, list[QuoteView]] = defaultdict(list)
    for v in ordered:
        by_year[v.date.date.year].append(v)
    published = articles_by_year(site.articles)
    # (a year whose articles have pages of their own shows one line about them: nothing to budget)
    inline = {year: 0 if year_article_pages(year, arts) else len(arts) for year, arts in published.items()}
    return {year: paginate(year_dir(year), vs, cards, first=max(0, PAGE_BUDGET - ARTICLE_LINE * inline.get(year, 0)))
            for year, vs in sorted(by_year.items())}


@dataclass
class Entry:
    """A statement on the overview: a line that links to its card on the timeline."""

    v: QuoteView
    href: str  # site-root-relative: the timeline page and #q- anchor of its card


def _home(page: _Pages, timeline_pages: dict[int, list[ListingPage]], others: list[ListingPage],
          cards: Fragments) -> None:
    """The home page (`_overview`) and the pages of the statements on no timeline (`other.html`)."""
    site = page.site
    page("index.html", "index.html", **_overview(site, page.views, timeline_pages),
         other_count=len(site.other_statements))
    if site.other_statements:
        for p in others:
            page(f"{p.path}index.html", "other.html", pager=Pager(others, p), count=len(site.other_statements),
                 years=_group(p.items, cards, "../" * p.path.count("/"), page.views.ui.month_heading))


def _overview(site: Site, views: Views, timeline_pages: dict[int, list[ListingPage]]) -> dict[str, Any]:
    """The home page's context: chart, latest and key statements, the years (small at any size)."""
    def entry(qid: str) -> Entry:
        return Entry(views.quotes[qid], views.quotes[qid].timeline_url)

    ordered = views.positions()  # the timeline follows the figures ([tool.dateline] figures)
    every = views.quotes.values  # (a fragment is shown only when its speaker said nothing fuller that day)
    latest = [entry(v.id) for v in readable_first(reversed(ordered), OVERVIEW_ITEMS, every)]
    moved = [s.to_id for s in site.shifts if s.status != "dismissed" and s.kind != "held"]
    order = {v.id: i for i, v in enumerate(ordered)}
    key = [entry(v.id) for v in readable_first((views.quotes[q] for q in sorted(set(moved), key=lambda q: order[q],
                                                                                 reverse=True)), OVERVIEW_ITEMS, every)]
    years = [(year, sum(len(p.items) for p in pages)) for year, pages in timeline_pages.items()]
    pages = [p for ps in timeline_pages.values() for p in ps]
    # what the lede counts: the statements (each once, however many reports carry it) and the
    # articles that report them, of all the articles: "17 statements from 15 articles" read as if
    # every article held one, and disagreed with a speaker page counting every quote
    reported = {views.quotes[r].article.id for v in ordered for r in site.links.statements[v.statement].quotes} \
        if all(v.statement in site.links.statements for v in ordered) else {v.article.id for v in ordered}
    return {"chart": _linked_chart(site, views, pages, ""), "latest": latest, "key": key, "years": years,
            "total": len(ordered), "reported_in": len(reported)}


def _linked_chart(site: Site, views: Views, pages: list[ListingPage], root: str, max_marks: int | None = None,
                  **narrow: Any) -> chart.Chart:
    """A page's chart whose marks link to the cards wherever they are: on whichever page of a
    paginated listing (`pages`) holds each statement, and a folded mark to the page that holds
    its month (`root`: from the page the chart is on to the site root)."""
    place = {v.id: p.path for p in pages for v in p.items}
    months: dict[tuple[int, int], str] = {}  # (year, month or 0) → the page where it starts
    for p in pages:
        for v in p.items:
            months.setdefault((v.date.date.year, v.date.date.month or 0), p.path)
            months.setdefault((v.date.date.year, -1), p.path)  # the year's heading: where its first card is
    first = pages[0].path if pages else ""

    def href(v: QuoteView) -> str:  # the card: on its timeline page, else on this listing
        return f"{root}{v.timeline_url}" if v.timeline_page else f"{root}{place.get(v.id, first)}#q-{v.id}"

    def period_href(year: int, month: int) -> str:
        where = months.get((year, month), first) if month else months.get((year, -1), first)
        return f"{root}{where}#h-y{year}" + (f"-{month:02d}" if month else "")

    return chart.lane_chart(site, views, CHART_MARKS if max_marks is None else max_marks, href=href,
                            period_href=period_href, **narrow)


def _year_pages(page: _Pages, cards: Fragments, timeline_pages: dict[int, list[ListingPage]]) -> None:
    """`YYYY/` (and `YYYY/page/N/`): the full timeline, every card once; the year's articles on
    its first page; a month index on every page that points to the page holding each month."""
    site = page.site
    by_year = articles_by_year(site.articles)
    listed = {year: year_article_pages(year, arts) for year, arts in by_year.items()}
    counts = {year: len(arts) for year, arts in by_year.items()}
    for year, pages_of_list in listed.items():
        lists = [ListingPage(n, path, []) for n, (path, _) in enumerate(pages_of_list, 1)]
        for (path, arts), at in zip(pages_of_list, lists, strict=True):
            page(f"{path}index.html", "year_articles.html", year=year, pager=Pager(lists, at), articles=arts,
                 count=counts[year])
        if pages_of_list:  # the year's pages show one line about them
            by_year[year] = []
    years = list(timeline_pages)
    for year, pages in timeline_pages.items():
        months: dict[str, tuple[str, str, int]] = {}  # anchor → (label, page path, statements)
        for p in pages:
            for _, ms in timeline.group(p.items, lambda v: v.date.date, page.views.ui.month_heading):
                for m in ms:
                    label, path, n = months.get(m.anchor, (m.label, p.path, 0))
                    months[m.anchor] = (label, path, n + len(m.items))
        count = sum(len(q.items) for q in pages)
        for p in pages:
            out = f"{p.path}index.html"
            articles = by_year.get(year, []) if p.number == 1 else []
            article_list = counts[year] if listed.get(year) and p.number == 1 else 0  # on pages of their own
            if page.card_keys and page.kept(out, _key(year, years, [q.path for q in pages], months, count,
                                                      [page.card_keys[v.id] for v in p.items],
                                                      [(a.title, a.url, a.outlet, a.date) for a in articles],
                                                      article_list)):
                continue
            root = "../" * p.path.count("/")
            page(out, "year.html", year=year, years=years, pager=Pager(pages, p), months=months,
                 timeline=_group(p.items, cards, root, page.views.ui.month_heading), count=count, articles=articles,
                 article_list=article_list)
    # Every year with an article or a statement has its page (speaker and topic pages link their
    # year headings to it), even a year in which none of the figures' positions fell.
    said = {v.date.date.year for v in page.views.ordered()}
    for year in sorted((set(by_year) | said) - set(timeline_pages)):
        page(f"{year_dir(year)}index.html", "year.html", year=year, years=years,
             pager=Pager([ListingPage(1, year_dir(year), [])], ListingPage(1, year_dir(year), [])),
             months={}, timeline=[], count=0,
             articles=by_year.get(year, []), article_list=counts[year] if listed.get(year) else 0)


def _listing_pages(page: _Pages, cards: Fragments, entries: Fragments) -> None:
    """Topic and speaker pages (paginated past the budget) with their indexes, 404 and search.

    A statement whose card is on a timeline page is one line here (`entries`), linking to that
    card: each card is on one listing page, and these pages stay light at any size. A speaker the
    timeline does not follow has no card there, so their page holds their cards."""
    site, views = page.site, page.views

    def shown(vs: list[QuoteView]) -> Fragments:
        return Fragments(page.spill, {v.id: (entries if v.id in entries else cards).held[v.id] for v in vs})

    ordered, positions = views.ordered(), views.positions()
    on_timeline = {v.statement for v in positions}  # what a speaker page says of its statements
    followed = chart.followed(site, views)
    keyed = bool(page.card_keys)
    every_shift = _key(site.shifts, followed) if keyed else ""  # the charts mark shifts; who they follow
    # a cold build's work of this process that no page waits for, done while the workers start on the pages
    later: list[Callable[[], object]] = []

    def kept(pages: list[ListingPage], vs: list[QuoteView], every: object, *more: object) -> set[str]:
        """The pages of a listing kept from the last build: the first while the whole listing is what
        it was (it shows the count, the chart of every statement linking to the page holding each,
        and on topics the shifts); a later page while its own lines or cards, its place and the
        number of pages are (it shows no count: a statement added further on, or before it without
        moving its items, leaves it as it was). `every`: what every page shows besides (a name)."""
        if not keyed:
            return set()
        if page.nothing_kept:  # every page is made: their keys (recorded for the next build) beside the workers
            later.append(partial(kept_of, pages, vs, every, *more))
            return set()
        return kept_of(pages, vs, every, *more)

    def kept_of(pages: list[ListingPage], vs: list[QuoteView], every: object, *more: object) -> set[str]:
        first = _key([(p.path, [v.id for v in p.items]) for p in pages], every_shift, every, more,
                     [line(v.id) for v in vs])
        return {p.path for p in pages
                if page.kept(f"{p.path}index.html", first if p.number == 1 else
                             _key(p.path, len(pages), every, [line(v.id) for v in p.items]))}

    def line(qid: str) -> str:
        """The key of what a listing shows of a quote: its entry (also its date and link in a
        listed shift), or its card where it has no entry."""
        return page.entry_keys.get(qid) or page.card_keys[qid]

    def topic_page(t: Topic, tq: list[QuoteView], moves: list[Shift], listed: list[Shift],
                   fragments: Fragments, pages: list[ListingPage], p: ListingPage) -> None:
        root = "../" * p.path.count("/")
        page(f"{p.path}index.html", "topic.html", topic=t, count=len(tq), pager=Pager(pages, p),
             years=_group(p.items, fragments, root, page.views.ui.month_heading, entries), shifts=listed if p.number == 1 else [],
             shifts_earlier=len(moves) - len(listed) if p.number == 1 else 0,
             chart=_linked_chart(site, views, pages, root, LISTING_CHART_MARKS, statements=tq, topics=[t],
                                 figures=chart.speakers_on(tq, followed)) if p.number == 1 else chart.Chart())

    def speaker_page(sid: str, spk: Speaker | None, sq: list[QuoteView], fragments: Fragments,
                     pages: list[ListingPage], counts: dict[str, int], p: ListingPage) -> None:
        root = "../" * p.path.count("/")
        page(f"{p.path}index.html", "speaker.html", speaker=spk, speaker_id=sid,
             name=views.speaker_name(sid), count=len(sq), **counts,
             pager=Pager(pages, p), years=_group(p.items, fragments, root, page.views.ui.month_heading, entries),
             chart=_linked_chart(site, views, pages, root, LISTING_CHART_MARKS, statements=sq,
                                 figures=[sid] if spk else [])
             if p.number == 1 else chart.Chart())
    jobs: list[Callable[[], None]] = []
    for t in site.data.topics:
        tq = [v for v in positions if t.id in v.q.topics]
        # a hold between two statements of one day (two answers of one interview, a partial and the
        # sentence it was cut from) is no step a reader can follow: "Held: 19 June → 19 June" (ux36 #28)
        moves = [s for s in site.shifts if s.topic == t.id and s.status != "dismissed"
                 and not (s.kind == "held" and views.quotes[s.from_id].date.date == views.quotes[s.to_id].date.date)]
        listed = moves[max(0, len(moves) - SHIFTS_LISTED):]  # the latest; each is also marked on its card
        fragments = shown(tq)
        pages = paginate(f"topics/{t.id}/", tq, fragments,
                         first=max(0, PAGE_BUDGET - CHART_BYTES - SHIFT_LINE * len(listed)))
        same = kept(pages, tq, t.id, [(s, line(s.from_id), line(s.to_id)) for s in listed], len(moves))
        jobs += [partial(topic_page, t, tq, moves, listed, fragments, pages, p) for p in pages if p.path not in same]
    on_topics = {t.id: sum(t.id in v.q.topics for v in positions) for t in site.data.topics}
    indexes: list[Callable[[], object]] = [partial(page, "topics/index.html", "topics.html", counts=on_topics)]
    by_speaker: dict[str, list[QuoteView]] = defaultdict(list)
    for v in ordered:
        by_speaker[v.q.speaker].append(v)
    speakers = {s.id: s for s in site.data.speakers}
    unidentified = by_speaker.pop(UNKNOWN, [])  # not a person: no page, no entry
    for sid, sq in sorted(by_speaker.items()):
        spk = speakers.get(sid)
        fragments = shown(sq)
        pages = paginate(f"speakers/{sid}/", sq, fragments, first=max(0, PAGE_BUDGET - CHART_BYTES))
        statements = {v.statement for v in sq}  # the first page's counts
        counts = {"statements": len(statements), "in_articles": len({v.article.id for v in sq}),
                  "on_timeline": len(statements & on_timeline)}
        same = kept(pages, sq, (sid, views.speaker_name(sid)), sorted(counts.items()))  # the name on every page
        jobs += [partial(speaker_page, sid, spk, sq, fragments, pages, counts, p) for p in pages if p.path not in same]
    # where the page says they are: the timeline only when every one of them has its card there (a usability
    # round's site following two figures said so of quotes that were on their articles' pages only)
    indexes.append(partial(page, "speakers/index.html", "speakers.html", unidentified=len(unidentified),
                           unidentified_on_timeline=all(v.on_timeline for v in unidentified),  # by surname, as a
                           by_speaker=sorted(by_speaker.items(),                               # reader looks
                                             key=lambda s: _filed_under(s[0], speakers.get(s[0]), views))))
    indexes.append(partial(page, "404.html", "404.html"))
    if site.config.search:
        indexes.append(partial(page, "search/index.html", "search.html"))
    if page.nothing_kept:  # the indexes beside the workers too (else first, as the keys decide the jobs)
        later[:0] = indexes
    else:
        _run(indexes)

    def meanwhile() -> None:
        _run(later)
    _in_pool(page, jobs, LISTINGS_IN_WORKERS, meanwhile)  # the pages themselves: their lines, cards and charts
    _run(later)  # (none left when the workers' `meanwhile` ran them)


def _run(calls: list[Callable[[], object]]) -> None:
    """Each call, in order, taken off the list as it is made."""
    while calls:
        calls.pop(0)()


def _filed_under(sid: str, spk: Speaker | None, views: Views) -> tuple[str, str, str]:
    """Where the speakers index files a speaker: its `sort:`, a compound surname its aliases show,
    an institution's whole name (names.sort_key); a name not in speakers.yaml by its last word."""
    if spk is None:
        return surname_order(views.speaker_name(sid), sid)
    return surname_order(spk.name, sid, aliases=spk.aliases, institution=spk.kind == "institution", sort=spk.sort)


def _in_pool(page: _Pages, jobs: list[Callable[[], None]], at_least: int,
             meanwhile: Callable[[], None] | None = None) -> None:
    """Each job (one page rendered on `page`) in forked workers when there are `at_least` of them:
    the workers inherit the jobs, and only each page's files (or, streamed, their names) and
    problems travel back (`_made`), into `page` in the jobs' order. `meanwhile`: as `in_workers`'."""
    for made, names, found in in_workers(partial(_made, page), jobs, at_least=at_least, meanwhile=meanwhile,
                                           max_resident=FORK_MAX_RESIDENT):
        page.pages.update(made)
        page.names.extend(names)
        page.problems.extend(found)


def _made(page: _Pages, job: Callable[[], None]) -> tuple[dict[str, bytes], list[str], list[Problem]]:
    """The files and problems that `job` gives `page` (which is left as it was): what a forked
    worker sends back of a page it rendered."""
    held = page.pages, page.names, page.problems
    page.pages, page.names, page.problems = {}, [], []
    try:
        job()
        return page.pages, page.names, page.problems
    finally:
        page.pages, page.names, page.problems = held


def _feeds_and_sitemap(page: _Pages, timeline_pages: dict[int, list[ListingPage]]) -> None:
    """The Atom feeds and the sitemap. A feed's `<updated>` is its newest entry's day when that is
    later than the pinned build_time (the default pins 2026-01-01 for byte-identical output): a feed
    older than its own entries reads to a feed reader as one that has not changed."""
    site, ordered = page.site, page.views.ordered()
    articles = list(reversed(site.articles))[:200]
    for path, (kind, topic) in exports.feeds(site).items():
        items = ordered if topic is None else [v for v in page.views.positions() if topic in v.q.topics]
        items = list(reversed(items))[:200]
        days = [v.article.date.date.first_day() for v in items] if kind == "quotes" else \
            [a.date.date.first_day() for a in articles]
        page(path, "feed.xml", kind=kind, topic=topic, path=path, items=items, articles=articles,
             updated=max([site.config.build_time, *days]).isoformat())
    listed = [p.path for pages in timeline_pages.values() for p in pages]
    listed += [path for year, arts in articles_by_year(site.articles).items()
               for path, _ in year_article_pages(year, arts)]
    page("sitemap.xml", "sitemap.xml", paths=sorted(set(exports.sitemap_paths(site, page.views)) | set(listed)))


def _and_list(names: list[str], and_: str = "and") -> str:
    """"A", "A and B", "A, B and C": the site's figures as the lede names them (`and_` in the site's language)."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {and_} " + names[-1] if names else ""


# what the header's search box shows of its placeholder (12rem at 17px, style.css `.search input`), in characters
# of a wide Latin font; a character of a wide script (CJK) counts as two
PLACEHOLDER_ROOM = 20
_PLAIN_CUE = re.compile(r"[^\W\d_][\w' -]*")


def _room(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def search_placeholder(given: str, topics: Sequence[Topic], ui: UI) -> str:
    """The search box's placeholder: the project's `search_placeholder`, else "e.g. <an example>" that the box
    shows whole (`PLACEHOLDER_ROOM`): the first topic's label, else its first cue that is a plain word or phrase
    (no pattern), else any topic's shortest label; else none (the box is labelled, its button says what it does).
    A long label ("Cable de la comuna 8 y su financiación") was cut to "p. ej., Cable d" (ux44 #16)."""
    if given or not topics:
        return given
    first = topics[0]
    choices = [first.label, *(c for c in first.cues if _PLAIN_CUE.fullmatch(c)),
               *sorted((t.label for t in topics[1:]), key=_room)]
    shown = (ui("search_example", example=c) for c in choices)  # (escaped, as the template prints it)
    return next((s for s in shown if _room(s.unescape()) <= PLACEHOLDER_ROOM), "")


def _base_path(base_url: str) -> str:
    m = re.match(r"https?://[^/]+(/.*)?$", base_url)
    path = (m.group(1) if m else None) or "/"
    return path if path.endswith("/") else path + "/"


def _qhref(root: str, views: Views) -> Callable[[str], str]:
    """A quote's link from any page: its anchor on its article page."""
    def href(qid: str) -> str:
        return root + views.quotes[qid].url
    return href


def _quote_spans(aq: Sequence[tuple[Quote, str, str]]) -> list[tuple[int, int, str]]:
    """The spans that mark each quote's words in its article's body, its `id="q-…"` on the first one.

    Words are marked once: a quote whose words another quote's span already holds (a post read a
    second time, an `add:` inside an extracted quote) takes its id on the first part left to it,
    or, when none is, on an empty element where its words start — every quote on the page keeps
    its anchor, which every link to it and `dateline check` need (a usability round's page lost one).
    `aq`: each quote with its speaker's name and its own language as its view shows them (`QuoteView`'s
    `speaker_name` and `lang`), in the order of the text."""
    spans = []
    taken_starts: list[int] = []  # the spans marked so far, disjoint, by start (then their ends are sorted too)
    taken_ends: list[int] = []
    for q, name, lang in aq:
        pos = q.span.start
        parts = q.parts if q.parts else (q.text,)
        cls = "quote" + (" partial" if q.partial else "")
        speaker = markdown.inline_text(name)
        anchor = (f'id="q-{q.id}" data-quote-id="{q.id}" data-speaker="{markdown.inline_text(q.speaker)}" '
                  f'title="{speaker}"' + (f' lang="{markdown.inline_text(lang)}"' if lang else ""))
        anchored = False
        for part in parts:
            start = q.text.find(part, pos - q.span.start) + q.span.start if part else -1
            if start < q.span.start:
                continue
            end = start + len(part)
            pos = end
            j = bisect_left(taken_starts, end)  # of the spans starting before `end`, the last ends last
            if j and taken_ends[j - 1] > start:  # (a scan of all of them was quadratic: 20,000 quotes, hostile p08)
                continue
            k = bisect_left(taken_starts, start)
            taken_starts.insert(k, start)
            taken_ends.insert(k, end)
            if not anchored:
                tag = f'<span class="{cls}" {anchor}>'
                anchored = True
            else:
                tag = f'<span class="{cls}" data-quote-part="{q.id}" title="{speaker}"' + \
                    (f' lang="{markdown.inline_text(lang)}">' if lang else ">")
            spans.append((start, end, tag))
        if not anchored:
            spans.append((q.span.start, q.span.start, f'<span class="quote-anchor" {anchor}>'))
    return spans


def marked_body(body: str, quotes: Sequence[tuple[Quote, str, str]], cuts: Sequence[int] = ()) -> tuple[str, ...]:
    """An article's body as its page shows it: rendered, each quote's words marked (`_quote_spans`;
    `quotes` in the order of the text); one piece per part of its page (`cuts`: `Article.parts`)."""
    spans = _quote_spans(quotes)
    return markdown.render_parts(body, spans, cuts) if cuts else (markdown.render_marked(body, spans),)


# What an article page shows that the links leave alone (`link_free`): its marked body, when its words
# were said (`views.words_said`), the citations of its statements and of itself, its JSON-LD graph
LinkFree = tuple[tuple[str, ...], DateInfo | None, dict[str, str], dict[str, str], dict[str, Any]]


def link_free(config: SiteConfig, a: Article, body: str, quotes: Sequence[QuoteView]) -> LinkFree:
    """The parts of `a`'s page that its quotes' link-free views give (`views.QuoteBasics`: their words,
    spans, speakers' names, languages and marks, dates and urls) and nothing of the links: its page's
    `body`, `said`, `cite`, `article_cite` and `jsonld` (`body`: its Markdown; `quotes` in the order of
    the text). One maker for the article page and for the link wait (`MarkedBodies`), which makes them
    early, so a page is the same bytes whichever made them."""
    title, base_url = config.title, config.base_url
    return (marked_body(body, [(v.q, v.speaker_name, v.lang) for v in quotes], a.parts), words_said(a, quotes),
            exports.citations(a, quotes, title, base_url, _site_ui(config.language)),
            exports.article_citation(a, title, base_url), exports.quotation_jsonld(a, quotes, base_url))


@cache
def _site_ui(language: str) -> UI:
    """The interface of a site's `language`, made once a process (the citations say "Quoted in" in it)."""
    return UI(language)


class _Graph(dict[str, Any]):
    """An article page's JSON-LD graph (`exports.quotation_jsonld`: the same keys in the same order)
    with the text `tojson_safe` makes of it, encoded in the link wait with the page's other link-free
    parts (`MarkedBodies`): the filter gives that text (`_json_script`) instead of encoding the graph
    again on the page (~0.2 CPU s at 4000 articles). Templates only read the values they are given."""

    __slots__ = ("script",)

    def __init__(self, graph: dict[str, Any], script: str) -> None:
        super().__init__(graph)
        self.script = script


def _json_script(value: object) -> str:
    """The `tojson_safe` filter: `exports.json_script`, or the text a `_Graph` was encoded to."""
    return value.script if type(value) is _Graph else exports.json_script(value)


class MarkedBodies:
    """What article pages show that the links leave alone (`link_free`: the rendered body with its
    quotes' words marked, when they were said, the citations, the JSON-LD graph and its encoding),
    made before the render, while the build process would otherwise wait for the link process, and kept
    in a `Spill` until each article's page is made.

    Those parts depend on the quotes only through what analysis, the speakers' names and the site's
    settings give (their ids, words, spans, speakers, languages, dates and urls: `views.QuoteBasics`),
    never on the links: so in a cold build, whose link process takes ~1 s at 1000 articles while this one
    has nothing to do, they are made then, in the order the render would make them, and the article
    pages take them (a page without them makes its own, as before). Made by the same function from the
    same views (`QuoteBasics.view`, which `Views` makes its own from), of the quotes the site will hold."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self.where: dict[str, Ref] = {}  # article path → its parts, pickled, in the spill
        # the quotes' link-free views they were made from, when kept (`QuoteBasics`' `keep`): `Views`
        # takes them rather than making them again, and this lets go of them
        self.basics: QuoteBasics | None = None

    def make(self, config: SiteConfig, basics: QuoteBasics, articles: Sequence[Article], quotes: Sequence[Quote],
             body: Callable[[Article], str], waiting: Callable[[], bool]) -> None:
        """Make the link-free parts of the pages of `articles` (the site's, in its order) with their
        `quotes` (the site's, in timeline order) while `waiting()`: the articles left when it turns false
        are left to their pages (what is made here is work the render would do later, not more)."""
        self.basics = basics if basics.kept is not None else None
        by_article: dict[str, list[Quote]] = defaultdict(list)
        for q in quotes:
            by_article[q.article].append(q)
        view = basics.view
        for a in articles:
            if not waiting():
                return
            aq = sorted(by_article.get(a.id, ()), key=lambda q: q.span.start)  # as `_article_pages` sorts them
            made = link_free(config, a, body(a), [view(q) for q in aq])
            self.where[a.path] = self.spill.put(pickle.dumps((*made, exports.json_script(made[4])),
                                                             pickle.HIGHEST_PROTOCOL))

    def get(self, a: Article) -> LinkFree | None:
        """The link-free parts of the article's page, if they were made."""
        ref = self.where.get(a.path)
        if ref is None:
            return None
        body, said, cite, article_cite, graph, script = pickle.loads(self.spill.read(ref))
        return body, said, cite, article_cite, _Graph(graph, script)


@dataclass
class MonthView:
    year: int
    month: int | None
    label: str
    anchor: str
    count: int
    html: Markup


@dataclass
class YearView:
    year: int
    months: list[MonthView]

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months)


def _group(views: list[QuoteView], fragments: Mapping[str, bytes], root: str, label: MonthLabel,
           entries: Collection[str] = ()) -> list[YearView]:
    """The timeline's year → month buckets, as HTML with the page's root filled in: each quote's
    fragment, a card or (its id in `entries`) a one-line entry; a run of entries is one list."""
    def month_html(items: list[QuoteView]) -> Markup:
        parts: list[bytes] = []
        run: list[bytes] = []
        ids = [v.id for v in items]
        made = fragments.many(ids) if isinstance(fragments, Fragments) else [fragments[i] for i in ids]
        for qid, fragment in zip(ids, made, strict=True):
            if qid in entries:
                run.append(fragment)
                continue
            if run:
                parts.append(b'<ol class="entries">\n' + b"\n".join(run) + b"\n</ol>")
                run = []
            parts.append(fragment)
        if run:
            parts.append(b'<ol class="entries">\n' + b"\n".join(run) + b"\n</ol>")
        return Markup(b"\n".join(parts).replace(ROOT_BYTES, root.encode()).decode("utf-8"))

    return [YearView(year, [MonthView(m.year, m.month, m.label, m.anchor, len(m.items), month_html(m.items))
                            for m in months])
            for year, months in timeline.group(views, lambda v: v.date.date, label)]


def static_files(project_templates: Path) -> dict[str, Path]:
    """Theme static files, overridden by `templates/static/` files of the same name:
    site path → source file, for `write` to copy (render itself reads none of them)."""
    out: dict[str, Path] = {}
    for base in (THEME / "static", project_templates / "static"):
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file():
                    out["static/" + p.relative_to(base).as_posix()] = p
    return out


REVIEW_SHOWN = 100  # items per group on /_review/; a group's own page (?group=ID) shows all of them …
REVIEW_PAGE = 500  # … this many to a page (&page=N): tens of thousands of items made a page of megabytes


def review_page(config: SiteConfig, result: Review, group: str = "", page: int = 1) -> bytes:
    """The review list as an HTML page for `serve`'s /_review/ (in memory: never part of the site).

    Rendered with the site's own templates (a project may override `review.html`), links
    relative to /_review/ so every item opens its quote in context. Each group shows its
    first REVIEW_SHOWN items (a large corpus has tens of thousands of low-risk ones) and
    links to itself in full; `group` is that one group, REVIEW_PAGE items to a page (`page`, from 1).
    """
    env = environment(config.templates_path)
    groups = [(gid, heading, items) for gid, heading, items in result.groups() if not group or gid == group]
    total, pages = 0, 1
    if group and groups:
        gid, heading, items = groups[0]
        total, pages = len(items), max(1, -(-len(items) // REVIEW_PAGE))
        page = min(max(page, 1), pages)
        groups = [(gid, heading, items[(page - 1) * REVIEW_PAGE: page * REVIEW_PAGE])]
    html = env.get_template("review.html").render(
        site=config, ui=UI(config.language), root="../", here="_review/", canonical="", base_url="", search=False,
        base_path="", review=result, groups=groups, risks=("high", "medium", "low"),
        shown=None if group else REVIEW_SHOWN, group=group, total=total, page=page, pages=pages)
    return html.encode("utf-8")
