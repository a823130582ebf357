"""`serve`: incremental rebuilds equal full builds, and a real browser sees every edit."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import REPO, digest, synthetic_article
from playwright.sync_api import Browser

from dateline import serve
from dateline.config import load_config
from dateline.errors import BuildFailed

GOLDEN = Path(__file__).parent / "data" / "golden_project"


def test_failed_incremental_build_keeps_site_and_reports(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    cfg = load_config(project).replace(output_dir=tmp_path / "site")
    rebuild = serve.Rebuilder(cfg)
    assert rebuild() and rebuild.error is None
    before = digest(tmp_path / "site")
    art = project / "content" / "articles" / "no-talks-2022.md"
    art.write_text(art.read_text(encoding="utf-8").replace("title:", "title: x: y\nz:", 1), encoding="utf-8")
    rebuild()
    assert rebuild.error is not None and "no-talks-2022.md:2:" in rebuild.error
    assert digest(tmp_path / "site") == before
    with pytest.raises(BuildFailed):
        rebuild.corpus.rebuild()


def test_watch_ignores_output_and_editor_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert not serve.relevant(str(out / "index.html"), out)
    assert not serve.relevant(str(tmp_path / "content" / ".x.md.swp"), out)
    assert serve.relevant(str(tmp_path / "content" / "articles" / "a.md"), out)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_browser_sees_two_quick_edits_and_the_error_page(tmp_path: Path, browser: Browser) -> None:
    from playwright.sync_api import expect

    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--port", str(port)], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(REPO)})
    art = project / "content" / "articles" / "no-talks-2022.md"
    original = art.read_text(encoding="utf-8")
    try:
        url = f"http://127.0.0.1:{port}/2022/04/05/no-talks-2022/"
        # the server listens once its first build is done: seconds on a quiet machine, a minute or more under load
        # (a fixed 30 s wait failed with "connection refused" while other suites ran); a dead server fails at once
        deadline = time.monotonic() + 180
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert proc.poll() is None, "dateline serve exited before it listened"
                assert time.monotonic() < deadline, "dateline serve did not listen within 180 s"
                time.sleep(0.1)
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            expect(page.locator("h1")).to_have_text("Zelensky rules out talks with Putin after Bucha")
            connected = ("() => !!(window.LiveReload && window.LiveReload.connector"
                         " && window.LiveReload.connector._isSocketConnected())")
            page.wait_for_function(connected, timeout=10000)
            art.write_text(original.replace("after Bucha", "FIRST EDIT"), encoding="utf-8")
            expect(page.locator("h1")).to_contain_text("FIRST EDIT", timeout=10000)
            # the second save follows the first one shown, well within a second of the first save
            art.write_text(original.replace("after Bucha", "SECOND EDIT"), encoding="utf-8")
            expect(page.locator("h1")).to_contain_text("SECOND EDIT", timeout=10000)
            art.write_text(original.replace("title:", "title: Broken: yes\nx:", 1), encoding="utf-8")
            expect(page.locator("h1")).to_have_text("Build failed", timeout=10000)
            assert re.search(r"no-talks-2022\.md:2:", page.locator(".problems").inner_text())
            art.write_text(original.replace("after Bucha", "FIXED"), encoding="utf-8")
            expect(page.locator("h1")).to_contain_text("FIXED", timeout=10000)
        finally:
            context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_burst_of_fifty_changes_is_one_rebuild(tmp_path: Path) -> None:
    """A git checkout touching 50 files reaches the rebuild as one batch (watchfiles debounce)."""
    import threading

    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    cfg = load_config(project).replace(output_dir=tmp_path / "site")
    calls: list[set[str]] = []

    class Counting(serve.Rebuilder):
        def changed(self, notify: object, paths: set[str] | None = None) -> None:
            calls.append(set(paths or ()))

    rebuild = Counting(cfg)
    stop = threading.Event()
    thread = threading.Thread(target=serve.watch_loop, args=(rebuild, lambda: None, stop), daemon=True)
    thread.start()
    time.sleep(0.5)  # let the watcher start
    arts = project / "content" / "articles"
    for n in range(50):
        (arts / f"burst-{n}.md").write_text(synthetic_article(n, 2023, "We hold the line"), encoding="utf-8")
    deadline = time.monotonic() + 10
    # (distinct paths: under load a file's creation and its write can fall into two batches, one path twice)
    while len(set().union(*calls)) < 50 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=5)
    assert len(set().union(*calls)) == 50
    assert len(calls) <= 2, f"50 files gave {len(calls)} rebuilds"


def test_article_paths_are_mapped_only_for_article_files(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    rebuild = serve.Rebuilder(load_config(project).replace(output_dir=tmp_path / "site"))
    art = project / "content" / "articles" / "no-talks-2022.md"
    assert rebuild.article_paths({str(art.resolve())}) == {rebuild.config.content_path / "articles" / art.name}
    assert rebuild.article_paths({str((project / "content" / "_data" / "topics.yaml").resolve())}) is None


def test_reload_notices_are_spaced_so_a_reloading_page_hears_the_second(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two notices in quick succession (fast path, then the whole-site pass): the second waits
    until 0.4 s after the first, when the reloaded page has its socket again. Deterministic: a fake
    clock and a fake IOLoop record the delays instead of a browser racing a timer (issue 18: the
    spacing set to 0 was caught by 1 run in 6)."""
    import threading

    from tornado.ioloop import IOLoop

    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    rebuild = serve.Rebuilder(load_config(project).replace(output_dir=tmp_path / "site"))
    now = [1000.0]
    delays: list[float] = []

    class Loop:
        def add_callback(self, fn: Any) -> None:
            fn()

        def call_later(self, delay: float, fn: Any, *args: Any) -> None:
            delays.append(round(delay, 6))

    handed: list[Any] = []
    got = threading.Event()

    def fake_watch(rb: object, notify: Any, stop: threading.Event) -> None:
        handed.append(notify)
        got.set()

    monkeypatch.setattr(serve, "watch_loop", fake_watch)
    monkeypatch.setattr(rebuild, "background", lambda notify, stop: None)
    monkeypatch.setattr(IOLoop, "current", staticmethod(lambda *a, **k: Loop()))
    monkeypatch.setattr(serve, "time", SimpleNamespace(monotonic=lambda: now[0], perf_counter=time.perf_counter))
    server = serve.make_server(rebuild)
    assert server.watcher.start(lambda: None) is True
    assert got.wait(10), "the watcher thread never started"
    [notify] = handed
    notify()                  # fast path: at once
    now[0] += 0.05
    notify()                  # whole-site pass 50 ms later: waits until 0.4 s after the first
    notify()                  # and a third right after: 0.4 s after the second
    now[0] += 5.0
    notify()                  # long after: at once again
    assert delays == [0.0, 0.35, 0.75, 0.0]


# --------------------------------------------------------------------------- nothing outside site/ is served

def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """One GET with the request target sent exactly as given (no client-side normalising)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


TRAVERSALS = [
    "/../secret.txt", "/../../secret.txt", "/2022/../../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
    "/..%5csecret.txt", "//etc/passwd", "/%2fetc%2fpasswd", "/%252e%252e/secret.txt", "/index.html%00.txt",
    "/leak.txt", "/leakdir/secret.txt",
]


def test_serve_refuses_traversal_and_serves_nothing_outside_site(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    secret = "SECRET-OUTSIDE-THE-SITE"
    (project / "secret.txt").write_text(secret, encoding="utf-8")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--port", str(port)], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        # symlinks planted inside site/ that point out of it are not followed
        (project / "site" / "leak.txt").symlink_to(project / "secret.txt")
        (project / "site" / "leakdir").symlink_to(project)
        assert _raw_get(port, "/index.html")[0] == 200
        for target in TRAVERSALS:
            status, body = _raw_get(port, target)
            assert status in (400, 403, 404), (target, status)
            assert secret.encode() not in body and b"root:" not in body, target
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert b"warning: serving on" not in err, "127.0.0.1 is this machine only: no warning"


@pytest.mark.parametrize(("path", "bad"), [
    ("", False), ("index.html", False), ("2022/04/05/no-talks-2022/", False), ("a..b/c.html", False),
    ("..", True), ("a/../b", True), ("a\\b", True), ("/etc/passwd", True), ("%2e%2e/x", True), ("x%00", True),
])
def test_traversal_rules(path: str, bad: bool) -> None:
    assert serve.traversal(path) is bad


@pytest.mark.parametrize(("host", "warns"), [
    ("127.0.0.1", False), ("localhost", False), ("::1", False), ("127.0.0.2", False),
    ("0.0.0.0", True), ("::", True), ("192.168.1.10", True), ("example.org", True),
])
def test_binding_beyond_loopback_is_warned_about(host: str, warns: bool) -> None:
    message = serve.bind_warning(host)
    assert (message is not None) is warns
    if message is not None:
        assert host in message and "127.0.0.1" in message


def test_serve_refuses_an_output_folder_that_is_not_ours(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    (project / "docs").mkdir()
    (project / "docs" / "mine.txt").write_text("keep", encoding="utf-8")
    for out in (".", "content", "docs"):
        run = subprocess.run([sys.executable, "-m", "dateline", "serve", "--out", out, "--port", str(_free_port())],
                             cwd=project, capture_output=True, text=True, timeout=60,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
        assert run.returncode == 2, run.stderr
        assert "refusing to write the site into" in run.stderr
    assert (project / "docs" / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert not (project / "site").exists()


def test_serving_after_a_build_leaves_the_built_site_as_it_was(tmp_path: Path) -> None:
    """`serve` renders what `build` renders: the search page and box stay, the build's Pagefind
    index is kept, and a first preview pass over a fresh build changes no file (it once built
    with search off: 35 files rewritten and /search/ gone until the next `build`)."""
    from dateline import pipeline, search

    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    cfg = load_config(project).replace(output_dir=tmp_path / "site", search=True)
    pipeline.build(cfg, after_write=search.indexer(cfg))
    built = digest(tmp_path / "site")
    assert "search/index.html" in built and "pagefind/pagefind.js" in built
    rebuild = serve.Rebuilder(cfg)
    assert rebuild() and rebuild.error is None
    assert digest(tmp_path / "site") == built


def test_a_preview_of_a_site_never_built_gets_its_search_index(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    cfg = load_config(project).replace(output_dir=tmp_path / "site", search=True)
    serve.Rebuilder(cfg)()
    assert (tmp_path / "site" / "search" / "index.html").is_file()
    assert not (tmp_path / "site" / "pagefind").exists()
    thread = serve._index_once(cfg)
    assert thread is not None
    thread.join(timeout=120)
    assert (tmp_path / "site" / "pagefind" / "pagefind.js").is_file()
    assert serve._index_once(cfg) is None  # an index is there: nothing to do
    assert serve._index_once(cfg.replace(search=False)) is None


def test_terminal_shows_a_new_warning_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`build` and `check` print warnings; the preview's terminal said only "rebuilt in …" (a misread
    date moved an article with nothing on screen). Now it shows each new warning once, not again on
    every save while it stands."""
    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project)
    rebuild = serve.Rebuilder(load_config(project).replace(output_dir=tmp_path / "site"))
    assert rebuild()
    capsys.readouterr()
    art = project / "content" / "articles" / "no-talks-2022.md"
    text = art.read_text(encoding="utf-8")
    line = re.search(r"^date: .*$", text, re.M)
    assert line is not None
    art.write_text(text.replace(line.group(0), "date: '13/06/2022'", 1), encoding="utf-8")
    assert rebuild()
    said = capsys.readouterr().err
    assert "no-talks-2022.md:" in said and "'13/06/2022' is read as" in said and "/_review/" in said
    art.write_text(art.read_text(encoding="utf-8") + "\nMore words.\n", encoding="utf-8")
    assert rebuild()
    again = capsys.readouterr().err
    assert "rebuilt in" in again and "is read as" not in again
