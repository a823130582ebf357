"""Shared fixtures: built sites, a real HTTP server, and Debian Chromium for browser tests."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from dateline import attribution, pipeline, quotes
from dateline.config import SiteConfig, load_config
from dateline.load import load
from dateline.model import Site, Speaker

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# The example site, frozen: tests never read the repository's content/ (a fork replaces it with its own site).
EXAMPLE = DATA / "example_project"
CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(autouse=True)
def _no_memo_under_mutmut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under `make mutate` each mutant runs in a process forked after a clean run of the suite:
    results memoised then (lru caches, the on-disk analysis cache of a fixture project) would
    answer for the mutated code and hide it. So, only there, every test starts without them."""
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    for name, module in list(sys.modules.items()):
        if name == "dateline" or name.startswith("dateline."):
            for obj in list(vars(module).values()):
                clear = getattr(obj, "cache_clear", None)
                if callable(clear):
                    clear()
    from dateline import buildcache

    monkeypatch.setattr(buildcache.Shards, "read", lambda self: {})


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def copy_project(src: Path, dst: Path) -> Path:
    """A throwaway copy of a project folder (content/, templates/, pyproject.toml)."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("site", ".venv", ".git", "__pycache__"))
    return dst


def hostile_project(tmp: Path, *, pyproject: str, speakers: str, topics: str, articles: dict[str, str]) -> Path:
    """A fresh little project at `tmp`/proj: pyproject.toml, speakers.yaml and topics.yaml as given, and
    `articles` (file name → text) under content/articles/ — the hostile rounds' tests each build one."""
    root = tmp / "proj"
    (root / "content" / "_data").mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (root / "content" / "_data" / "speakers.yaml").write_text(speakers, encoding="utf-8")
    (root / "content" / "_data" / "topics.yaml").write_text(topics, encoding="utf-8")
    for name, text in articles.items():
        (root / "content" / "articles" / name).write_text(text, encoding="utf-8")
    return root


def cli_build(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    """`dateline build --no-search` in `root`, in this process: exit status and everything it printed."""
    from dateline import cli

    old = Path.cwd()
    os.chdir(root)
    try:
        rc = cli.main(["build", "--no-search", *extra])
    finally:
        os.chdir(old)
    out = capsys.readouterr()
    return rc, out.out + out.err


def attributed(body: str, speakers: Sequence[Speaker]) -> list[tuple[str, str, str]]:
    """Each quote of `body` as extraction and attribution give it: (its words, its kind, its speaker's id) — what
    the rounds' rule tests compare, one function for all of them."""
    ext = quotes.extract(body)
    return [(q.text, q.kind, a.speaker) for q, a in zip(ext.quotes, attribution.attribute(body, ext, speakers),
                                                       strict=True)]


def review_items(root: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """`dateline review --json`'s items for the project at `root`, run in this process (the usability rounds' review
    tests read its first offers)."""
    from dateline.cli import main

    monkeypatch.chdir(root)
    capsys.readouterr()
    assert main(["review", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert isinstance(items, list)
    return items


def small_project(root: Path, speakers: str, topics: str = "", *, figures: tuple[str, ...] = (),
                  build_time: str = "2026-01-01", title: str = "T") -> Path:
    """A project at `root` with no articles yet: its pyproject.toml (no search), `speakers` and
    `topics` as its speakers.yaml and topics.yaml, `figures` the ones it follows. The tests that
    build a site of a few invented articles add them under content/articles/."""
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "_data").mkdir()
    follows = f"figures = [{', '.join(repr(f).replace(chr(39), chr(34)) for f in figures)}]\n" if figures else ""
    (root / "pyproject.toml").write_text(f'[tool.dateline]\ntitle = "{title}"\nbuild_time = "{build_time}"\n'
                                         f"search = false\n{follows}", encoding="utf-8")
    (root / "content" / "_data" / "speakers.yaml").write_text(speakers, encoding="utf-8")
    if topics:
        (root / "content" / "_data" / "topics.yaml").write_text(topics, encoding="utf-8")
    return root


def seed_config(root: Path, out: Path, **changes: object) -> SiteConfig:
    """The config of a copy of the project at `root` (the frozen example: EXAMPLE), made beside `out`,
    with output to `out`. A copy: a build keeps its caches in its project (`.dateline-cache/`), and a
    fixture project under tests/data must stay as committed (and not answer the next test from them)."""
    copy = out.parent / f"{root.name}-copy"
    if not copy.exists():  # never a cache an earlier run left in tests/data: a build here starts afresh
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site", ".venv", ".git", "__pycache__",
                                                                  ".dateline-cache"))
    cfg = load_config(copy)
    return cfg.replace(output_dir=out, **changes)


def build_to(config: SiteConfig) -> pipeline.BuildReport:
    return pipeline.build(config)


def digest(root: Path) -> dict[str, str]:
    """Every file of a built site with its SHA-256: two sites are byte-identical when these are equal."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def dated_quotes(data: Any, front: str, body: str) -> dict[str, tuple[str, str, str]]:
    """Each quote of a one-file article (front matter `front`, text `body`), by its first word: (speaker, the
    day its words were said as the site shows it, confidence) — how the statement-date tests read a result."""
    from dateline import analyse
    from dateline.load import SourceFile, parse_article

    article, problems = parse_article(SourceFile("content/articles/t.md", f"---\n{front}---\n{body}", "x"))
    assert article is not None and not problems
    out = {}
    for q in analyse.analyse(article, data).quotes:
        said = q.said(article)
        out[q.text.split()[0]] = (q.speaker, said.date.iso(), said.confidence)
    return out


def synthetic_article(n: int, year: int, text: str) -> str:
    """A small article file n (date and outlet vary with n) quoting `text`, for serve and rebuild tests."""
    return (f"---\ntitle: \"Statement {n}\"\ndate: {year}-0{1 + n % 9}-1{n % 10}\noutlet: Outlet {n % 3}\n---\n"
            f"\"{text},\" Zelensky said on Monday.\n\nHe added that talks were \"not a subject for any trade.\"\n")


def assembled(project: Path) -> Site:
    """A project loaded, analysed and assembled (link, timeline) in memory: what render receives."""
    cfg = load_config(project)
    loaded = load(cfg.content_path, drafts=cfg.drafts, display_root=cfg.root)
    return pipeline.assemble(cfg, pipeline.gate(cfg, loaded, pipeline.analyse_all(loaded)))


@pytest.fixture(scope="session")
def golden_site() -> Site:
    """The golden fixture project (tests/data/golden_project), assembled."""
    return assembled(DATA / "golden_project")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site built once per session from its frozen copy (no search index: fast)."""
    out = tmp_path_factory.mktemp("seed") / "site"
    build_to(seed_config(EXAMPLE, out, search=False))
    return out


@pytest.fixture(scope="session")
def design_site() -> Site:
    """The design fixture project (tests/data/design_project: a fictional mayor and council leader,
    four statements on one day, a confirmed and candidate shifts, a partial low-confidence date)."""
    return assembled(DATA / "design_project")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class SubpathHandler(QuietHandler):
    """Serves the site under /repo/ only, as GitHub Pages does for project sites."""

    prefix = "/repo/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@contextlib.contextmanager
def served(directory: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """The base URL of `directory` served over HTTP (under /repo/ for SubpathHandler), then shut down."""
    srv = serve_dir(directory, handler)
    try:
        yield f"http://127.0.0.1:{srv.server_port}{getattr(handler, 'prefix', '/')}"
    finally:
        srv.shutdown()


def serve_dir(directory: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> ThreadingHTTPServer:
    """Serve `directory` on a free port of 127.0.0.1 in a daemon thread."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


@pytest.fixture(scope="session")
def seed_server(seed_site: Path) -> Iterator[str]:
    with served(seed_site) as url:
        yield url


def require_chromium() -> None:
    """Browser tests must run: in CI a missing Chromium is a failure, never a skip."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test` (it installs Debian chromium)")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


# One context per module and one page per test: a context costs 0.3–0.7 s (PITFALLS), a page
# little, and a fresh page keeps one test's state out of the next.
@pytest.fixture(scope="module")
def js_context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context()
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def nojs_context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(java_script_enabled=False)
    yield ctx
    ctx.close()


@pytest.fixture
def js_page(js_context: Any) -> Iterator[Any]:
    p = js_context.new_page()
    yield p
    p.close()


@pytest.fixture
def nojs_page(nojs_context: Any) -> Iterator[Any]:
    p = nojs_context.new_page()
    yield p
    p.close()


@pytest.fixture(scope="session")
def harbour_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[pipeline.BuildReport, Path]:
    """tests/data/ux25_project (usability round 24's findings, in a harbour of its own) built once from a
    copy: its build report and its site folder."""
    out = tmp_path_factory.mktemp("harbour") / "site"
    return build_to(seed_config(DATA / "ux25_project", out, search=True)), out


def crash_extractor_on(monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    """Make the quote extractor raise (a bug of dateline's, as ux33 P2's IndexError was) on any body holding
    ``marker``, and work as usual on the others: how the import and the build tell such a bug."""
    from dateline import quotes

    real = quotes.extract

    def extract(body: str) -> quotes.Extraction:
        if marker in body:
            raise IndexError("string index out of range")
        return real(body)

    monkeypatch.setattr(quotes, "extract", extract)


def saved_page(head: str = "", top: str = "", under: str = "", story: str = "", after: str = "", title: str = "",
               tag: str = "", lang: str = "en") -> str:
    """An invented saved page for the web rounds' rule tests: ``head`` in <head>, ``top`` before the story's block,
    ``under`` between its headline (``title``) and its paragraphs (``story``), ``after`` under them; ``tag`` the
    <title> when it is not the headline."""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{tag or title}</title>{head}</head>"
            f"<body>{top}<main><article><h1>{title}</h1>{under}<div class='story-body'>{story}{after}</div>"
            "</article></main><footer><p>Contact the newsroom</p></footer></body></html>")
