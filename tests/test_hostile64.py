"""Hostile input round 64 (blind), the build's files, processes and environment: each fix with an
invented case in a small project of its own (another town and outlet than the round's), with a
negative beside it where the rule could over-reach."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import cli_build, hostile_project

from dateline import cli

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = """[tool.dateline]
title = "Valley Ledger"
build_time = "2026-01-01"
search = false
figures = ["sorensen"]
"""
SPEAKERS = """- id: sorensen
  name: Mette Sorensen
  aliases: [Sorensen, Mette Sorensen]
"""
TOPICS = """- id: tram
  label: Tram line
  cues: [tram, fares*]
  stances:
    - {id: free, label: Free tram, cues: [free tram]}
"""
ARTICLE = """---
title: Tram fares frozen
date: 2023-09-12
outlet: Aarvik Courier
---
"The tram stays free for students," Sorensen said on Monday.
"""


def project(tmp: Path, *, pyproject: str = PYPROJECT,
            articles: dict[str, str] | None = None) -> Path:
    """A fresh little project under `tmp` (`conftest.hostile_project`, with this round's files)."""
    return hostile_project(tmp, pyproject=pyproject, speakers=SPEAKERS, topics=TOPICS, articles=articles or {"tram.md": ARTICLE})


def build(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    """`dateline build` in `root`: exit status and everything it printed."""
    return cli_build(root, capsys, *extra)


def run_cli(root: Path, *args: str, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m dateline ARGS` in `root`, a process of its own."""
    return subprocess.run([sys.executable, "-m", "dateline", *args], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, timeout=timeout,
                          check=False)


# --- y04: a TOML value nested 50,000 deep in pyproject.toml ---------------------------------------

def test_deeply_nested_toml_is_an_error_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT + "\n\nshelf = " + "[" * 40000 + "]" * 40000 + "\n")
    rc, out = build(root, capsys)
    assert rc == 1
    assert "pyproject.toml:8: invalid TOML: nested too deeply" in out
    assert "Traceback" not in out and not (root / "site").exists()


def test_a_modestly_nested_toml_array_still_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT + "shelf = " + "[" * 20 + "]" * 20 + "\n")
    rc, out = build(root, capsys)
    assert rc == 0, out
    assert "nested too deeply" not in out


# --- x14: a non-ASCII file name under the C locale with Python's coercion off ---------------------

C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""}


def test_non_ascii_file_name_builds_under_the_c_locale(tmp_path: Path) -> None:
    root = project(tmp_path, articles={"tram.md": ARTICLE,
                                       "københavn-ø.md": ARTICLE.replace("title: Tram", "hue: blå\ntitle: Tåg")})
    done = run_cli(root, "build", "--no-search", env=C_LOCALE)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "unknown key 'hue'" in done.stderr
    review = run_cli(root, "review", env={**C_LOCALE, "PYTHONIOENCODING": "ascii"})
    assert review.returncode == 0, review.stderr
    assert "Traceback" not in review.stderr
    assert "k\\xf8benhavn-\\xf8.md" in review.stdout  # what ASCII cannot show, escaped


def test_ascii_file_names_print_as_they_are_under_the_c_locale(tmp_path: Path) -> None:
    root = project(tmp_path)
    review = run_cli(root, "review", env={**C_LOCALE, "PYTHONIOENCODING": "ascii"})
    assert review.returncode == 0, review.stderr
    assert "\\x" not in review.stdout and "\\u" not in review.stdout


# --- x08/x09: a damaged cache is not published ------------------------------------------------------

def _edit(root: Path, words: str) -> None:
    article = root / "content" / "articles" / "tram.md"
    article.write_text(article.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")


@pytest.mark.parametrize("damage", [b"This folder is wri", os.urandom(1500)])
def test_a_damaged_marker_in_the_spare_site_is_not_published(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            damage: bytes) -> None:
    from dateline.write import MARKER_TEXT

    root = project(tmp_path)
    assert build(root, capsys)[0] == 0
    _edit(root, "First edit.")
    assert build(root, capsys)[0] == 0  # the first site is now the spare in the cache
    spare = root / ".dateline-cache" / "site-spare" / ".dateline-site"
    assert spare.read_bytes() == MARKER_TEXT
    with spare.open("wb") as fh:  # in place, as `truncate` or `>` do: the live site's inode too
        fh.write(damage)
    _edit(root, "Second edit.")
    rc, out = build(root, capsys)
    assert rc == 0, out
    assert (root / "site" / ".dateline-site").read_bytes() == MARKER_TEXT


def test_a_sound_marker_in_the_spare_site_is_kept_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    assert build(root, capsys)[0] == 0
    _edit(root, "First edit.")
    assert build(root, capsys)[0] == 0
    before = (root / ".dateline-cache" / "site-spare" / ".dateline-site").stat().st_ino
    _edit(root, "Second edit.")
    assert build(root, capsys)[0] == 0
    assert (root / "site" / ".dateline-site").stat().st_ino == before  # recycled, not written again


# --- x04/x05: a full disk or a file-size limit ------------------------------------------------------

def _limited(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _big_article() -> str:
    return ARTICLE.replace("Tram fares frozen", "Long tram report") + ("Rails and fares on the tram line. " * 40
                                                                       + "\n\n") * 250


def _site_sum(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_file_size_limit_stops_the_build_with_a_message(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run_cli(root, "build", "--no-search").returncode == 0
    before = _site_sum(root / "site")
    (root / "content" / "articles" / "long.md").write_text(_big_article(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dateline", "build", "--no-search"], cwd=root, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300, check=False,
                          preexec_fn=lambda: _limited(150_000))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "file-size limit (ulimit -f)" in done.stderr and "site/ is whole" in done.stderr
    assert _site_sum(root / "site") == before
    assert not [p.name for p in root.iterdir() if ".staging-" in p.name]


def test_a_generous_file_size_limit_builds(tmp_path: Path) -> None:
    root = project(tmp_path, articles={"tram.md": ARTICLE, "long.md": _big_article()})
    done = subprocess.run([sys.executable, "-m", "dateline", "build", "--no-search"], cwd=root, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300, check=False,
                          preexec_fn=lambda: _limited(200_000_000))
    assert done.returncode == 0, done.stderr


def test_a_disk_full_at_the_staging_folder_leaves_none(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from dateline import write

    root = project(tmp_path)
    assert build(root, capsys)[0] == 0
    before = _site_sum(root / "site")
    _edit(root, "An edit.")
    real = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        if ".staging-" in str(self):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, data)
    monkeypatch.setattr(Path, "write_bytes", full)
    monkeypatch.setattr(write.Output, "_stage", lambda self, spare: (self.staging / write.MARKER).write_bytes(b"x"))
    rc, out = build(root, capsys)
    assert rc == 1
    assert "the disk is full" in out and "Traceback" not in out
    assert _site_sum(root / "site") == before
    assert not [p.name for p in root.iterdir() if ".staging-" in p.name]


# --- x06: builds at once in one project --------------------------------------------------------------

HOLD = """import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDONLY)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_a_build_waits_for_the_one_running_and_says_so(tmp_path: Path) -> None:
    import time

    root = project(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root), "4"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        done = run_cli(root, "build", "--no-search")
        assert holder.poll() is not None  # it built only once the other had finished
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 0, done.stderr
    assert "another build is running in this project" in done.stderr
    assert time.monotonic() - started >= 3
    assert (root / "site" / "index.html").is_file()


def test_builds_started_together_all_finish_without_a_traceback(tmp_path: Path) -> None:
    import time

    root = project(tmp_path, articles={f"t{i}.md": ARTICLE.replace("Tram fares frozen", f"Tram report {i}")
                                       for i in range(30)})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = []
    for _ in range(3):
        runs.append(subprocess.Popen([sys.executable, "-m", "dateline", "build", "--no-search"], cwd=root, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        time.sleep(0.2)
    results = [(p.wait(timeout=600), p.communicate()[1]) for p in runs]
    assert all(rc == 0 for rc, _ in results), results
    assert not any("Traceback" in err for _, err in results)
    assert not [p.name for p in root.iterdir() if ".staging-" in p.name]


def test_a_lone_build_does_not_wait(tmp_path: Path) -> None:
    root = project(tmp_path)
    done = run_cli(root, "build", "--no-search")
    assert done.returncode == 0, done.stderr
    assert "another build" not in done.stderr


# --- x07: kill -9 of a build leaves no worker behind -------------------------------------------------

ORPHANS = """import os, sys, time
from dateline import workers
workers.worker_count = lambda: 3
def slow(i):
    os.write(1, f"worker {os.getpid()}\\n".encode())  # one write: print's pieces from three processes interleave
    time.sleep(float(sys.argv[1]))
    return i
print(sum(workers.in_workers(slow, list(range(6)), at_least=2)), flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_build_when_it_is_killed(tmp_path: Path) -> None:
    import signal
    import time

    build = subprocess.Popen([sys.executable, "-c", ORPHANS, "60"], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
    assert build.stdout is not None
    pids = set()
    while len(pids) < 2:  # the forked workers (the build computes a share itself)
        pid = int(build.stdout.readline().split()[1])
        if pid != build.pid:
            pids.add(pid)
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left


def test_workers_of_a_build_left_alone_finish_their_work(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", ORPHANS, "0.5"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("15")


# --- i02: --timeout bounds the whole fetch -----------------------------------------------------------

@pytest.fixture
def trickle() -> Iterator[str]:
    """A local server: /slow sends a page a byte every 0.2 s, /quick sends it at once."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    page = (b"<html><head><title>Sorensen on the tram</title></head><body><p>September 12, 2023</p>"
            b"<p>\"The tram stays free for students,\" Sorensen said.</p></body></html>")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            try:
                if self.path == "/slow":
                    for i in range(len(page)):
                        self.wfile.write(page[i:i + 1])
                        self.wfile.flush()
                        time.sleep(0.2)
                else:
                    self.wfile.write(page)
            except OSError:
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_trickling_page_stops_at_the_timeout(tmp_path: Path, trickle: str) -> None:
    import time

    from dateline import fetch

    started = time.monotonic()
    with pytest.raises(fetch.FetchError, match="not all sent within the timeout"):
        fetch.fetch(f"{trickle}/slow", tmp_path, timeout=1.5)
    assert time.monotonic() - started < 6
    assert not list(tmp_path.iterdir())


def test_a_page_sent_at_once_is_fetched_within_the_timeout(tmp_path: Path, trickle: str) -> None:
    from dateline import fetch

    got = fetch.fetch(f"{trickle}/quick", tmp_path, timeout=1.5)
    assert "Sorensen said" in got.path.read_text(encoding="utf-8")


# --- i04: a manifest's loops --------------------------------------------------------------------------

def _import_manifest(root: Path, manifest: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    (root / "imports.yaml").write_text(manifest, encoding="utf-8")
    old = Path.cwd()
    os.chdir(root)
    try:
        rc = cli.main(["import", "--manifest", "imports.yaml"])
    finally:
        os.chdir(old)
    out = capsys.readouterr()
    return rc, out.out + out.err


RAW = "Sorensen on the tram\n\nSeptember 14, 2023\n\n\"The tram stays free for students,\" Sorensen said.\n"


def test_a_manifest_skips_a_symlink_loop_and_itself_at_their_lines(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    (root / "notes").mkdir()
    (root / "notes" / "circle.txt").symlink_to("circle.txt")
    (root / "notes" / "tram.txt").write_text(RAW, encoding="utf-8")
    rc, out = _import_manifest(root, "- file: imports.yaml\n  outlet: Aarvik Courier\n"
                                     "- file: notes/circle.txt\n  outlet: Aarvik Courier\n"
                                     "- file: notes/tram.txt\n  outlet: Aarvik Courier\n", capsys)
    assert "Traceback" not in out
    assert "imports.yaml:1: warning: file: imports.yaml is this manifest itself" in out
    assert "imports.yaml:3: warning: file: notes/circle.txt: cannot follow it" in out
    articles = sorted(p.name for p in (root / "content" / "articles").iterdir())
    assert len(articles) == 2 and "tram.md" in articles  # the good entry imported, nothing from the others
    assert not any("file" in a or "imports" in a for a in articles)
    assert rc == 0, out


def test_a_manifest_of_plain_files_imports_them_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    (root / "notes").mkdir()
    (root / "notes" / "tram.txt").write_text(RAW, encoding="utf-8")
    rc, out = _import_manifest(root, "- file: notes/tram.txt\n  outlet: Aarvik Courier\n", capsys)
    assert rc == 0, out
    assert "warning: file:" not in out


# --- x10: a crafted cache runs no code ----------------------------------------------------------------

PLANT = """import os, pickle, sys
class Planted:
    def __reduce__(self):
        return (os.system, ("touch " + sys.argv[2],))
open(sys.argv[1], "wb").write(pickle.dumps({"format": 5, "code": Planted(), "entries": Planted()}))
"""


def test_a_crafted_pickle_in_the_cache_runs_nothing(tmp_path: Path) -> None:
    root = project(tmp_path)
    keys = {"XDG_CACHE_HOME": str(tmp_path / "keys")}
    assert run_cli(root, "build", "--no-search", env=keys).returncode == 0
    pickles = sorted((root / ".dateline-cache").rglob("*.pickle"))
    assert len(pickles) > 5
    marker = tmp_path / "planted-ran"
    for path in pickles:
        subprocess.run([sys.executable, "-c", PLANT, str(path), str(marker)], check=True)
    _edit(root, "The council meets again in March.")
    done = run_cli(root, "build", "--no-search", env=keys)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    assert any("meets again in March" in p.read_text(encoding="utf-8") for p in (root / "site").rglob("*.html"))


def test_the_caches_of_a_build_are_all_read_back(tmp_path: Path) -> None:
    from dateline.write import CacheUnpickler

    root = project(tmp_path)
    assert run_cli(root, "build", "--no-search", env={"XDG_CACHE_HOME": str(tmp_path / "keys")}).returncode == 0
    _edit(root, "An edit.")
    assert run_cli(root, "build", "--no-search", env={"XDG_CACHE_HOME": str(tmp_path / "keys")}).returncode == 0
    read = 0
    for path in sorted((root / ".dateline-cache").rglob("*.pickle")):
        with path.open("rb") as fh:
            while True:  # (a records shard is a run of pickles)
                try:
                    CacheUnpickler(fh).load()
                except EOFError:
                    break
                read += 1
    assert read > 10  # every one, none refused as naming what a cache does not hold
    from dateline.write import _SEAL

    templates = list((root / ".dateline-cache" / "templates").iterdir())
    assert templates and all(t.read_bytes().startswith(_SEAL) for t in templates)


def _sealed_code(path: Path, key: bytes, marker: Path, *, seal_with: bytes | None) -> None:
    """code.marshal with each dataclass method's code replaced by code that leaves `marker`, sealed
    with `seal_with` (None: unsealed, as anyone without the key would write it)."""
    import hashlib
    import hmac
    import marshal

    from dateline.write import _SEAL

    raw = path.read_bytes()
    assert raw.startswith(_SEAL)
    data = raw[len(_SEAL) + 32:]
    assert hmac.compare_digest(raw[len(_SEAL):len(_SEAL) + 32], hmac.digest(key, data, hashlib.sha256))
    stamp, entries = marshal.loads(data)
    planted = compile(f"open({str(marker)!r}, 'w').close()", "<planted>", "exec")
    body = marshal.dumps((stamp, dict.fromkeys(entries, planted)))
    path.write_bytes(body if seal_with is None else _SEAL + hmac.digest(seal_with, body, hashlib.sha256) + body)


def _planted_build(tmp_path: Path, seal: Callable[[bytes], bytes | None]) -> tuple[subprocess.CompletedProcess[str], Path]:
    """A built project whose kept compiled code is replaced by code that plants a marker, sealed with
    `seal(the user's key)` (None: not sealed), then rebuilt after an edit: the rebuild and the marker."""
    root = project(tmp_path)
    keys = {"XDG_CACHE_HOME": str(tmp_path / "keys")}
    assert run_cli(root, "build", "--no-search", env=keys).returncode == 0
    code = root / ".dateline-cache" / "code.marshal"
    if not code.exists():
        pytest.skip("this Python keeps no compiled code (patterns._SUPPORTED)")
    key = (tmp_path / "keys" / "dateline" / "cache-key").read_bytes()
    marker = tmp_path / "planted-ran"
    _sealed_code(code, key, marker, seal_with=seal(key))
    _edit(root, "An edit.")
    return run_cli(root, "build", "--no-search", env=keys), marker


@pytest.mark.parametrize("seal_with", ["none", "other"])
def test_kept_code_not_sealed_by_this_users_key_is_not_run(tmp_path: Path, seal_with: str) -> None:
    done, marker = _planted_build(tmp_path, lambda key: None if seal_with == "none" else os.urandom(32))
    assert done.returncode == 0, done.stderr
    assert not marker.exists()


def test_kept_code_sealed_by_this_users_key_is_run(tmp_path: Path) -> None:
    """The negative: the same file sealed with the user's own key is trusted (what keeps the cache fast)."""
    _, marker = _planted_build(tmp_path, lambda key: key)
    assert marker.exists()
    assert oct((tmp_path / "keys" / "dateline" / "cache-key").stat().st_mode & 0o777) == "0o600"
