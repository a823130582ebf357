"""`dateline serve`: build, serve site/ on 127.0.0.1, rebuild on change, reload the browser.

The only importer of livereload. Its pitfalls (../shared/notes/PITFALLS.md) are
handled here:
- its watcher polls every 0.8 s and reports one file per poll; ours is event-driven
  (watchfiles, in a thread) and hands a whole burst of changes to one rebuild;
- its 3 s reload throttle is bypassed: we tell the browsers ourselves after each rebuild
  (its poller, the only reader of DEFAULT_RELOAD_TIME, never runs: our watcher drives);
- a failed build never reaches the disk: the last good site/ stays as it is and every
  HTML request is answered with an error page naming file:line until the fix is saved;
- rebuilds run in the watcher thread, so pages are still served while one runs;
- nothing outside site/ is served: `..`, encoded and backslash paths are refused and
  symlinks are followed only within site/; binding beyond loopback is warned about.
"""

from __future__ import annotations

import contextlib
import errno
import html
import ipaddress
import socket
import sys
import threading
import time
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dateline import incremental, pipeline, render
from dateline.config import SiteConfig, load_config
from dateline.errors import BuildFailed, Problem
from dateline.model import Site
from dateline.pipeline import Analysis, BuildReport, Prepared
from dateline.review import Review
from dateline.write import NO_ROOM, WriteStopped, project_lock

WATCHED_SUFFIXES = (".md", ".markdown", ".yaml", ".yml", ".html", ".xml", ".css", ".js", ".toml", ".txt", ".json",
                    ".svg", ".png", ".jpg", ".ico")


def error_html(problems: list[str]) -> str:
    """The page shown for every HTML request while the build is broken."""
    items = "\n".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build failed — dateline</title>'
        "<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2433}h1{color:#8f1d3a}"
        "code{white-space:pre-wrap}</style></head><body><main><h1>Build failed</h1>"
        "<p>The site on disk is still the last good build. Fix the problems below and save; "
        f'this page reloads by itself.</p><ul class="problems">{items}</ul></main></body></html>\n'
    )


class Rebuilder:
    """Owns the in-memory corpus; one call = one incremental rebuild, never concurrent."""

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self.corpus = incremental.Corpus(config)
        self.error: str | None = None
        self.lock = threading.Lock()
        self.last_seconds = 0.0
        self.generation = 0
        self.pending: tuple[int, Prepared, incremental.Corpus, float] | None = None
        self.wake = threading.Event()
        # the last good build, for /_review/: its site, problems and the analyses holding phrases read as terms
        self.reviewed: tuple[Site, list[Problem], dict[str, Analysis]] | None = None
        self.review_cache: tuple[object, Review] | None = None
        self.said: frozenset[str] = frozenset()  # the warnings the terminal has shown

    def review_html(self, group: str = "", page: int = 1) -> bytes:
        """The /_review/ page of the last good build (`group`: one group in full, in pages of
        `render.REVIEW_PAGE` items: `page`), made on request: a rebuild pays nothing for it; the review
        is computed once per build."""
        with self.lock:
            source = self.reviewed
        if source is None:
            return error_html(["no build yet"]).encode("utf-8")
        cached = self.review_cache
        if cached is None or cached[0] is not source:
            site, problems, analyses = source
            cached = (source, pipeline.review_of(self.config, problems, site, analyses))
            self.review_cache = cached
        return render.review_page(self.config, cached[1], group, page)

    def _keep_for_review(self, corpus: incremental.Corpus, report: BuildReport) -> None:
        if corpus.last_site is not None:
            site, cache = corpus.last_site, corpus.cache
            analyses = {a.id: hit[1] for a in site.articles if (hit := cache.get(a.path)) is not None and hit[1].rejected}
            self.reviewed = (site, list(report.problems), analyses)

    def __call__(self, notify: Callable[[], None] | None = None) -> bool:
        """Rebuild; True when the browsers should reload (success, or a new error).

        `notify` is called as soon as the edited pages alone are on disk (fast path)."""
        with project_lock(self.config.root, _waiting), self.lock, self._reporting() as done:
            started = time.perf_counter()
            self._reload_config()
            quick = notify if self.error is None else None  # while broken, wait for the whole build
            report = self.corpus.rebuild(on_quick=quick)
            self._keep_for_review(self.corpus, report)
            done.append(True)
        if done:
            self.error = None
            self.last_seconds = time.perf_counter() - started
            print(f"rebuilt in {self.last_seconds:.3f} s ({report.written} files changed)", file=sys.stderr)
            self._tell(report)
        return True

    def _tell(self, report: BuildReport) -> None:
        """Print the warnings this build has that the terminal has not shown yet, then how many
        are still standing. A preview that only said "rebuilt" let a misread date (`10/06/2025`
        read as October) move an article with nothing on screen: `build` and `check` print
        warnings, so the terminal of `serve` must too, without repeating them on every save."""
        warnings = sorted({str(p) for p in report.problems if p.severity == "warning"})
        for line in warnings:
            if line not in self.said:
                print(line, file=sys.stderr)
        if warnings and not set(warnings) <= self.said:
            print(f"{len(warnings)} warning(s) standing: listed at /_review/ and by `dateline check`",
                  file=sys.stderr)
        self.said = frozenset(warnings)

    def _reload_config(self) -> bool:
        """Re-read pyproject.toml; a changed configuration starts a fresh corpus."""
        config = load_config(self.config.root, _keep(self.config))
        if config == self.config:
            return False
        self.config = config
        self.corpus = incremental.Corpus(config)
        return True

    @contextlib.contextmanager
    def _reporting(self) -> Iterator[list[bool]]:
        """Turn a failed build (or a bug: it must not kill the server) into the error page.
        The block appends to the yielded list when it got to its end."""
        done: list[bool] = []
        try:
            yield done
        except Exception as exc:  # BuildFailed, a full disk, or a bug
            self._fail(_failure(exc))

    def article_paths(self, paths: set[str]) -> set[Path] | None:
        """The changed paths as the corpus names them, when all are article files; else None
        (a data, template or config change needs the full refresh)."""
        folder = self.config.content_path / "articles"
        base = folder.resolve()
        out: set[Path] = set()
        for raw in paths:
            p = Path(raw)
            try:
                out.add(folder / p.resolve().relative_to(base))
            except (ValueError, OSError):
                return None
            if p.suffix != ".md":
                return None
        return out

    def changed(self, notify: Callable[[], None], paths: set[str] | None = None) -> None:
        """Watcher thread, on a burst of changes: re-read and analyse what changed, put the
        edited pages on disk and tell the browser now; leave the whole-site pass (cross-links,
        listings, data files) to the background thread, which a newer burst supersedes."""
        with self.lock:
            started = time.perf_counter()
            with self._reporting() as done:
                fresh = self._reload_config()
                only = self.article_paths(paths) if paths and not fresh else None
                prep = self.corpus.prepare(only)
                done.append(True)
            if not done:
                notify()
                return
            if self.error is None:
                with self._reporting() as wrote:  # (a full disk here killed the watcher thread for good)
                    wrote.append(self.corpus.quick_write(prep))
                if wrote != [False]:
                    notify()
            self.generation += 1
            self.pending = (self.generation, prep, self.corpus, started)
        self.wake.set()

    def background(self, notify: Callable[[], None], stop: threading.Event) -> None:
        """The whole-site pass of the latest burst; its result is dropped if a newer one came."""
        while not stop.is_set():
            if not self.wake.wait(0.5):
                continue
            self.wake.clear()
            with self.lock:
                job, self.pending = self.pending, None
            if job is None:
                continue
            generation, prep, corpus, started = job

            @contextlib.contextmanager
            def current(generation: int = generation) -> Iterator[bool]:
                with self.lock:  # held per file, so a new edit's fast path never waits for a whole site
                    yield generation == self.generation

            try:
                with project_lock(self.config.root, _waiting):  # (before `self.lock`, as in a rebuild)
                    report = corpus.finish(prep, started, each=current)
            except WriteStopped:
                continue  # a newer burst is queued; its pass replaces this one
            except Exception as exc:  # BuildFailed, or a bug: it must not kill the server
                with self.lock:
                    if generation == self.generation:
                        self._fail(_failure(exc))
                        notify()
                continue
            with self.lock:
                if generation != self.generation:
                    continue
                self._keep_for_review(corpus, report)
                self.error = None
                self.last_seconds = time.perf_counter() - started
            print(f"rebuilt in {self.last_seconds:.3f} s ({report.written} files changed)", file=sys.stderr)
            self._tell(report)
            notify()

    def _fail(self, lines: list[str]) -> None:
        for line in lines:
            print(line, file=sys.stderr)
        self.error = error_html(lines)


def _failure(exc: Exception) -> list[str]:
    """What a rebuild that failed says, on the terminal and the error page: the build's problems, a full
    disk as such (the next save, once there is space, rebuilds), else an internal error."""
    if isinstance(exc, BuildFailed):
        return [str(p) for p in exc.problems]
    if isinstance(exc, OSError) and exc.errno in NO_ROOM:
        where = f" ({exc.filename})" if exc.filename else ""
        return [f"the disk is full, no space left to write{where}: {exc.strerror}; the site is kept as the last "
                "rebuild left it: free some space and save again"]
    return [f"internal error: {exc!r}"]


def _waiting() -> None:
    print("serve: a build is running in this project: the rebuild waits for it", file=sys.stderr, flush=True)


def _keep(config: SiteConfig) -> dict[str, object]:
    """CLI choices that survive a pyproject.toml reload."""
    return {"content_dir": config.content_dir, "templates_dir": config.templates_dir,
            "output_dir": config.output_dir, "base_url": config.base_url or None, "search": config.search,
            "drafts": config.drafts, "strict": config.strict}


def watched_paths(config: SiteConfig) -> list[Path]:
    """content/, templates/, pyproject.toml and (in an editable install) the theme; never site/."""
    paths = [config.content_path, config.templates_path, config.root / "pyproject.toml"]
    theme = Path(__file__).parent / "theme"
    if "site-packages" not in str(theme):
        paths.append(theme)
    return [p for p in paths if p.exists()]


def relevant(path: str, out: Path) -> bool:
    p = Path(path)
    if p.name.startswith((".", "#")) or p.name.endswith(("~", ".swp", ".tmp")):
        return False
    try:
        p.resolve().relative_to(out.resolve())
        return False
    except ValueError:
        pass
    # A folder moved away or back (content/_data, a year of articles) is one event named by
    # the folder, with no suffix: it changes what the build reads, so it rebuilds too.
    return p.suffix.lower() in WATCHED_SUFFIXES or not p.suffix or p.is_dir()


def watch_loop(rebuild: Rebuilder, notify: Callable[[], None], stop: threading.Event) -> None:
    """Wait for filesystem events; each batch (debounced by watchfiles) is one rebuild."""
    import watchfiles

    roots = [str(p) for p in watched_paths(rebuild.config)]
    out = rebuild.config.output_path
    for changes in watchfiles.watch(*roots, stop_event=stop, debounce=40, step=10, rust_timeout=500,
                                    yield_on_timeout=False, raise_interrupt=False):
        paths = {path for _, path in changes if relevant(path, out)}
        if paths:
            rebuild.changed(notify, paths)


def traversal(path: str) -> bool:
    """A request path (already percent-decoded once by tornado) that tries to leave site/:
    `..` segments, backslashes (Windows separators), NUL, or a second layer of encoding."""
    lowered = path.lower()
    return (any(part == ".." for part in path.split("/")) or "\\" in path or "\x00" in path
            or path.startswith("/") or any(code in lowered for code in ("%2e", "%2f", "%5c", "%00", "%25")))


def inside(root: Path, target: Path) -> bool:
    """`target` resolves (symlinks followed) to a path within `root`."""
    try:
        target.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def bind_warning(host: str) -> str | None:
    """What to say when `serve` listens beyond this machine (the review page included)."""
    if host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host.strip("[]")).is_loopback:
            return None
    except ValueError:
        pass
    return (f"warning: serving on {host}, not on 127.0.0.1: anyone who can reach this machine can read the "
            "site, its drafts and the review page; use --host 127.0.0.1 to keep it on this machine")


def make_server(rebuild: Rebuilder) -> Any:
    """A livereload Server whose static handler shows the build error page while broken."""
    from livereload import Server
    from livereload.handlers import LiveReloadHandler
    from livereload.watcher import Watcher
    from tornado import web
    from tornado.ioloop import IOLoop

    site_dir = rebuild.config.output_path

    class SiteHandler(web.StaticFileHandler):
        def set_extra_headers(self, path: str) -> None:
            self.set_header("Cache-Control", "no-store")

        def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
            # tornado compares normalised paths but follows symlinks: compare real ones.
            if not inside(Path(root), Path(absolute_path)):
                raise web.HTTPError(404)
            return super().validate_absolute_path(root, absolute_path)

        async def get(self, path: str, include_body: bool = True) -> None:
            if traversal(path):
                self.set_status(400)
                self.finish("bad path\n")
                return
            if rebuild.error is not None and (path == "" or path.endswith(("/", ".html"))):
                self.set_status(500)
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.set_header("Cache-Control", "no-store")
                self.finish(rebuild.error)
                return
            await super().get(path, include_body)

        def write_error(self, status_code: int, **kwargs: Any) -> None:
            page = site_dir / "404.html"
            if status_code == 404 and page.exists():
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.finish(page.read_bytes())
                return
            super().write_error(status_code, **kwargs)

    class EventWatcher(Watcher):  # type: ignore[misc]
        """livereload's watcher interface, driven by our own event thread instead of polling."""

        stop = threading.Event()

        def start(self, callback: Callable[[], None]) -> bool:
            self.examine()
            loop = IOLoop.current()

            last = [0.0]

            def notify() -> None:
                # A page reloading after the fast-path notice has no socket for ~0.1 s; a second
                # notice sent then would be lost, so it waits until the page can hear it.
                wait = max(0.0, last[0] + 0.4 - time.monotonic())
                last[0] = time.monotonic() + wait
                loop.add_callback(lambda: loop.call_later(wait, LiveReloadHandler.reload_waiters, "*"))

            threading.Thread(target=watch_loop, args=(rebuild, notify, self.stop), daemon=True).start()
            threading.Thread(target=rebuild.background, args=(notify, self.stop), daemon=True).start()
            return True

        def examine(self) -> tuple[None, None]:
            return None, None

    class ReviewHandler(web.RequestHandler):
        """/_review/: what an editor should check, from memory; never a file in site/."""

        def get(self) -> None:
            if not self.request.path.endswith("/"):
                self.redirect("/_review/", permanent=False)
                return
            self.set_header("Cache-Control", "no-store")
            self.set_header("Content-Type", "text/html; charset=utf-8")
            if rebuild.error is not None:
                self.set_status(500)
                self.finish(rebuild.error)
                return
            try:
                number = self.get_query_argument("page", "1")
                page = rebuild.review_html(self.get_query_argument("group", ""),
                                           int(number) if number.isdigit() and len(number) < 7 else 1)
            except Exception as exc:  # a broken review.html override must not kill the server
                self.set_status(500)
                self.finish(error_html([f"review page: {exc!r}"]))
                return
            self.finish(page)

    class DatelineServer(Server):  # type: ignore[misc]
        def get_web_handlers(self, script: bytes) -> list[Any]:
            return [(r"/_review/?", ReviewHandler),
                    (r"/(.*)", SiteHandler, {"path": str(site_dir), "default_filename": "index.html"})]

    return DatelineServer(watcher=EventWatcher())


def _index_once(config: SiteConfig) -> threading.Thread | None:
    """Make the preview's search index in the background when search is on and the site has
    none (a project served before it was ever built); said on stderr, as is its staleness."""
    from dateline import search

    site = config.output_path
    if (site / "pagefind" / "pagefind.js").is_file():
        return None
    index = search.indexer(config)  # None when search is off or Pagefind is missing (said there)
    if index is None:
        return None

    def run() -> None:
        try:
            index(site)
        except BuildFailed as exc:
            print(f"warning: {exc.problems[0].message}", file=sys.stderr)
            return
        print("search index made for the preview; it covers the site as served now "
              "(`dateline build` remakes it)", file=sys.stderr)

    thread = threading.Thread(target=run, name="dateline-search-index", daemon=True)
    thread.start()
    return thread


def port_problem(host: str, port: int) -> str | None:
    """Why `serve` cannot listen on host:port (another server holds it, the system forbids it), or None.
    Asked before the first build: a second `serve` on a port in use rebuilt the site, then died with
    tornado's traceback (hostile round 82, e03)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        return f"cannot listen on {host!r}: {getattr(exc, 'strerror', None) or exc} (give --host an address of this machine)"
    failed: list[OSError] = []
    for family, kind, proto, _name, address in found:
        try:
            sock = socket.socket(family, kind, proto)
        except OSError as exc:  # (a family the system lacks: IPv6 turned off)
            failed.append(exc)
            continue
        with sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as tornado binds: a closed server's port is free
            try:
                sock.bind(address)
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    free = _free_port(host, port)
                    return (f"port {port} on {host} is in use (another `dateline serve`, or another program): "
                            f"stop it, or serve on another port{f', e.g. --port {free}' if free else ' with --port'}")
                failed.append(exc)
    if failed and len(failed) == len(found):  # ("localhost" without IPv6: its ::1 fails, tornado skips it)
        first = failed[0]
        return f"cannot listen on {host} port {port}: {first.strerror or first}" + (
            " (ports under 1024 need administrator rights: use --port 8000 or above)"
            if first.errno == errno.EACCES and port < 1024 else "")
    return None


def _free_port(host: str, taken: int) -> int | None:
    """A port near `taken` that is free now, to suggest; None if none of the next few is."""
    for port in range(taken + 1, min(taken + 20, 65535) + 1):
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return port
    return None


def serve(config: SiteConfig, *, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> int:
    sys.setswitchinterval(0.0005)  # the fast path must not wait 5 ms per system call behind a site pass
    problem = port_problem(host, port)
    if problem is not None:
        print(f"dateline serve: error: {problem}", file=sys.stderr)
        return 2
    # The preview renders what `build` renders (the search page and box included), so `site/` is
    # the same whichever of the two ran last; only Pagefind's index is not remade on each edit
    # (seconds at a thousand articles): the one a build left is kept, or one is made at start.
    rebuild = Rebuilder(config)
    rebuild()
    _index_once(config)
    server = make_server(rebuild)
    url = f"http://{host}:{port}/"
    warning = bind_warning(host)
    if warning is not None:
        print(warning, file=sys.stderr)
    print(f"serving {config.output_dir} at {url} — watching {', '.join(str(p) for p in watched_paths(config))} "
          "(Ctrl+C to stop)", file=sys.stderr)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    try:
        server.serve(host=host, port=port, root=str(config.output_path), restart_delay=0)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        # (taken between the check and now)
        print(f"dateline serve: error: port {port} on {host} is in use: serve on another with --port", file=sys.stderr)
        return 2
    return 0
