"""`dateline import URL`: fetched from a local server (no network here), raw HTML kept, imported as a page."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import EXAMPLE

from dateline import cli, fetch

PAGES = Path(__file__).parent / "data" / "web_pages"


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Handler.seen.append(self.headers.get("User-Agent", ""))
        name = self.path.strip("/").split("?")[0]
        page = PAGES / name
        if name.endswith(".png"):
            page = PAGES / "w01_courier_ap_jsonld.html"  # any bytes: the content type decides
        elif not name or not page.is_file():
            self.send_error(404, "Not Found")
            return
        body = page.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if name.endswith(".png") else "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _project(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE / "content" / "_data", content / "_data")
    (content / "articles").mkdir()
    return content / "articles"


def test_import_url_keeps_the_raw_page_and_imports_it(tmp_path: Path, server: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    into = _project(tmp_path)
    url = f"{server}/w01_courier_ap_jsonld.html"
    assert cli.main(["import", url, "--into", str(into), "--today", "2026-01-01"]) == 0
    kept = list((into.parent / "_sources").iterdir())
    assert len(kept) == 1 and kept[0].read_bytes() == (PAGES / "w01_courier_ap_jsonld.html").read_bytes()
    [article] = into.glob("*.md")
    text = article.read_text(encoding="utf-8")
    assert "source_url: https://www.northfieldcourier.example/world/2025/01/14/" in text, "canonical beats fetched URL"
    assert "archive_url" not in text, "no capture was made: the page offers a lookup instead (Article.archive_link)"
    assert f"import_source: {kept[0].name}" in text
    out = capsys.readouterr().out
    assert "kept 160 words" in out and "published 2025-01-14" in out
    assert f"fetched {url} → " in out and kept[0].name in out
    assert _Handler.seen[-1].startswith("dateline/")


def test_fetched_url_is_the_source_url_when_the_page_names_none(tmp_path: Path, server: str) -> None:
    into = _project(tmp_path)
    url = f"{server}/w07_related_dates_no_date.html"
    assert cli.main(["import", url, "--into", str(into), "--date", "2024-02-11", "--date-basis", "print"]) == 0
    [article] = into.glob("*.md")
    assert f"source_url: {url}" in article.read_text(encoding="utf-8")


def test_dry_run_fetches_but_writes_nothing_in_the_project(tmp_path: Path, server: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    into = _project(tmp_path)
    assert cli.main(["import", f"{server}/w04_amp_wire.html", "--into", str(into), "--dry-run"]) == 0
    assert not list(into.glob("*.md")) and not (into.parent / "_sources").exists()
    out = capsys.readouterr().out
    assert "kept 104 words, removed 25" in out and "dry run" in out and "title: Kremlin says no date set" in out


def test_bad_urls_are_reported_and_the_others_still_import(tmp_path: Path, server: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    into = _project(tmp_path)
    code = cli.main(["import", f"{server}/missing.html", f"{server}/w05_wire_reuters_style.html",
                     "--into", str(into), "--timeout", "5"])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{server}/missing.html: HTTP 404" in err
    assert len(list(into.glob("*.md"))) == 1


def test_not_a_page_and_unreachable(tmp_path: Path, server: str) -> None:
    with pytest.raises(fetch.FetchError, match="not a web page"):
        fetch.fetch(f"{server}/logo.png", tmp_path)
    with pytest.raises(fetch.FetchError, match="could not fetch"):
        fetch.fetch("http://127.0.0.1:9/x.html", tmp_path, timeout=2)


def test_second_import_reads_the_kept_copy(tmp_path: Path, server: str) -> None:
    url = f"{server}/w02_meridian_liveblog.html"
    first = fetch.fetch(url, tmp_path)
    first.path.write_text("<html>edited copy</html>", encoding="utf-8")
    again = fetch.fetch(url, tmp_path)
    assert again.reused and again.path == first.path
    assert again.path.read_text(encoding="utf-8") == "<html>edited copy</html>"
    fresh = fetch.fetch(url, tmp_path, refresh=True)
    assert not fresh.reused and "Summit talks" in fresh.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.example.com/world/2025/01/14/grid-operator/", "example.com-world-2025-01-14-grid-operator-"),
    ("https://example.com/", "example.com-"),
])
def test_source_names_are_readable_and_stable(url: str, name: str) -> None:
    got = fetch.source_name(url)
    assert got.startswith(name) and got.endswith(".html") and got == fetch.source_name(url)
    assert got != fetch.source_name(url + "?x=1")
