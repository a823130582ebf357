"""Hostile-input round 77 (blind): markdown that is not article text, pages over 1 MB, unwritable and
unreadable folders, odd environments, interrupted and full-disk imports, manifests of the wrong shape.
Each test an invented case in another setting than the round's (a lakeside town's ferry), with a
negative beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import cli_build, hostile_project

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = """[tool.dateline]
title = "Lakeside Record"
build_time = "2026-01-01"
search = false
figures = ["moreau"]
"""
SPEAKERS = """- id: moreau
  name: Ines Moreau
  aliases: [Moreau, Ines Moreau]
- id: lindqvist
  name: Per Lindqvist
  aliases: [Lindqvist]
"""
TOPICS = """- id: ferry
  label: Ferry fares
  cues: [ferry, fare*]
"""
SAID = '"The ferry will stay free for pupils," Moreau said.\n'


@contextmanager
def _mode(path: Path, mode: int) -> Iterator[None]:
    """`path` with permission bits `mode` for the block, then readable and writable again (0o755), whatever the
    block raised: a test that fails must not leave tmp_path undeletable."""
    path.chmod(mode)
    try:
        yield
    finally:
        path.chmod(0o755)


def article(body: str = SAID, title: str = "Ferry fares", date: str = "2024-05-02") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\n{body}"


def project(tmp: Path, *, pyproject: str = PYPROJECT, articles: dict[str, str] | None = None) -> Path:
    return hostile_project(tmp, pyproject=pyproject, speakers=SPEAKERS, topics=TOPICS,
                           articles=articles or {"ferry.md": article()})


def quotes(root: Path) -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads((root / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))
    return data


def run(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m dateline ARGS` in `root`, in a process of its own (what an environment variable or a
    signal reaches only at start)."""
    return subprocess.run([sys.executable, "-m", "dateline", *args], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=300)


# --- c07: `[tool]` ⏎ `dateline = "yes"` ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "line", "says"), [
    ('[project]\nname = "x"\n[tool]\ndateline = "on"\n', 4, "dateline must be a table"),
    ('tool = 3\n', 1, "tool must be a table"),
])
def test_a_tool_table_of_the_wrong_type_is_an_error_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 text: str, line: int, says: str) -> None:
    root = project(tmp_path, pyproject=text)
    rc, said = cli_build(root, capsys)
    assert rc == 1 and f"pyproject.toml:{line}: " in said and says in said, said


def test_a_tool_table_with_other_tools_only_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, pyproject=PYPROJECT + '[tool.ruff]\nline-length = 100\n')
    rc, said = cli_build(root, capsys)
    assert rc == 0, said


# --- p06: an unreadable pyproject.toml ------------------------------------------------------------------

def test_an_unreadable_pyproject_is_an_error_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path)
    real = Path.read_text

    def refuse(self: Path, *args: object, **kwargs: object) -> str:
        if self.name == "pyproject.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", refuse)
    rc, said = cli_build(root, capsys)
    assert rc == 1 and "pyproject.toml:1: cannot read: Permission denied" in said, said
    assert "Traceback" not in said and not (root / "site").exists()


# --- t01: a TZ naming a file that is no zoneinfo file --------------------------------------------------------

def test_a_tz_naming_no_zoneinfo_file_builds_the_same_site(tmp_path: Path) -> None:
    root = project(tmp_path)
    (tmp_path / "notazone").write_text("operator:x:0:0:ferry\n", encoding="utf-8")
    plain = run(root, "build", "--no-search", env={"TZ": "UTC"})
    assert plain.returncode == 0, plain.stderr
    before = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    odd = run(root, "build", "--no-search", "--force", env={"TZ": f":{tmp_path / 'notazone'}"})
    assert odd.returncode == 0 and "Traceback" not in odd.stderr, odd.stderr
    assert "names no time zone" in odd.stderr
    after = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert after == before
    assert "names no time zone" not in run(root, "build", "--no-search", env={"TZ": "Europe/Oslo"}).stderr


# --- m04 / m01: a link's title and an HTML comment are no text of the article ------------------------------------

LINKED = article(
    "Read [the audit][a] and [the timetable](https://example.org/t \"Lindqvist said “fares double in May” then\").\n\n"
    + SAID + "\n"
    "[a]: https://example.org/audit \"Moreau said “The ferry will charge pupils” in 2018\"\n"
    "[b]: <https://example.org/b> 'Lindqvist: \"the fares stay\"'\n")


def test_link_titles_are_no_quote_and_keep_their_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, articles={"ferry.md": LINKED})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    assert [q["text"] for q in quotes(root)] == ["The ferry will stay free for pupils,"]
    page = (root / "site" / "2024" / "05" / "02" / "ferry" / "index.html").read_text(encoding="utf-8")
    assert 'title="Moreau said “The ferry will charge pupils” in 2018">the audit</a>' in page
    assert 'title="Lindqvist said “fares double in May” then">the timetable</a>' in page


def test_a_transcript_label_in_brackets_is_no_reference_definition(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # negative: `[Moreau]: "…"` opens with a quote mark where a definition's destination stands
    root = project(tmp_path, articles={"ferry.md": article(
        '[Moreau]: "The ferry will stay free for pupils," she told the council.\n')})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    assert [q["text"] for q in quotes(root)] == ["The ferry will stay free for pupils,"]


def test_words_inside_an_html_comment_are_no_statement_nor_shown(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    body = ("Moreau spoke at the quay.\n\n<!-- desk note, hold:\n\"HIDDEN the ferry will charge pupils,\" Moreau said.\n"
            "-->\n\n" + SAID)
    root = project(tmp_path, articles={"ferry.md": article(body)})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    assert [q["text"] for q in quotes(root)] == ["The ferry will stay free for pupils,"]
    page = (root / "site" / "2024" / "05" / "02" / "ferry" / "index.html").read_text(encoding="utf-8")
    assert "HIDDEN" not in page and "desk note" not in page and "quay" in page


def test_an_unclosed_comment_hides_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # negative: an `<!--` that never closes is shown as typed, its quote read
    root = project(tmp_path, articles={"ferry.md": article(SAID + "\n<!-- cut here\n\n"
                                                          '"The fares stay low," Lindqvist said.\n')})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    assert len(quotes(root)) == 2


# --- q04: marks around no word ----------------------------------------------------------------------------

def test_quotes_of_no_word_are_not_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = ('"  ;" Moreau said.\n\n"...," Moreau said.\n\n«—!?» Lindqvist said.\n\n“”, Lindqvist said.\n\n'
            '"12," Lindqvist said of the crossings.\n\n' + SAID)
    root = project(tmp_path, articles={"ferry.md": article(body)})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    # negative beside it: a number alone is a word (`"12,"`)
    assert sorted(q["text"] for q in quotes(root)) == ["12,", "The ferry will stay free for pupils,"]


# --- p01 / p04 / p08: an output or project folder the build cannot write -------------------------------------

def site_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root / "site")): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}


def leftovers(root: Path) -> list[str]:
    return [p.name for p in root.iterdir() if ".staging-" in p.name or ".old-" in p.name]


def test_an_output_folder_that_cannot_be_swapped_is_one_line_and_the_old_site_stays(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from dateline import write

    root = project(tmp_path)
    assert cli_build(root, capsys)[0] == 0
    before = site_files(root)
    (root / "content" / "articles" / "ferry.md").write_text(article(SAID.replace("free", "free all year")),
                                                           encoding="utf-8")

    def busy(a: Path, b: Path) -> bool:  # what renameat2 says of a bind mount's mount point
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(b))

    monkeypatch.setattr(write, "_exchange", busy)
    rc, said = cli_build(root, capsys)
    assert rc == 1 and "Traceback" not in said, said
    assert "site/ cannot be replaced" in said and "site/ is whole" in said
    assert site_files(root) == before and leftovers(root) == []


def unprivileged(args: list[str]) -> list[str]:
    """`args` run so that file modes bite: as root, without the capabilities that override them."""
    if os.geteuid() != 0:
        return args
    if not Path("/usr/bin/setpriv").exists():
        pytest.skip("root without setpriv: file modes cannot be made to bite")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *args]


def build_unprivileged(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(unprivileged([sys.executable, "-m", "dateline", "build", "--no-search"]), cwd=root,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)


def test_a_project_folder_not_writable_is_one_line_naming_it(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert build_unprivileged(root).returncode == 0
    before = site_files(root)
    (root / "content" / "articles" / "ferry.md").write_text(article(SAID.replace("free", "free all year")),
                                                           encoding="utf-8")
    with _mode(root, 0o555):
        done = build_unprivileged(root)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"cannot write in {root}: Permission denied" in done.stderr
    assert site_files(root) == before and leftovers(root) == []


def test_a_read_only_site_tree_is_replaced_whole_and_nothing_left(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert build_unprivileged(root).returncode == 0
    (root / "content" / "articles" / "ferry.md").write_text(article(SAID.replace("free", "free all year")),
                                                           encoding="utf-8")
    for folder in [root / "site", *(p for p in (root / "site").rglob("*") if p.is_dir())]:
        folder.chmod(0o555)
    done = build_unprivileged(root)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "free all year" in (root / "site" / "data" / "quotes.json").read_text(encoding="utf-8")
    assert leftovers(root) == []


# --- u01 / u02: file and folder names that are not UTF-8 ------------------------------------------------------

def test_names_not_utf8_are_skipped_with_a_warning_naming_their_bytes(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    articles = os.fsencode(root / "content" / "articles")
    with open(os.path.join(articles, b"f\xe4rja.md"), "w", encoding="utf-8") as fh:  # Latin-1 "färja"
        fh.write(article('"Fares rise in June," Lindqvist said.\n', title="Latin-1"))
    os.mkdir(os.path.join(articles, b"\xfe\xff"))
    with open(os.path.join(articles, b"\xfe\xff", b"pier.md"), "w", encoding="utf-8") as fh:
        fh.write(article('"The pier closes," Lindqvist said.\n', title="Odd folder"))
    (root / "content" / "articles" / "färja-utf8.md").write_text(article(
        '"The timetable holds," Lindqvist said.\n', title="UTF-8"), encoding="utf-8")  # negative: UTF-8 is read
    rc, said = cli_build(root, capsys)
    assert rc == 0 and "Traceback" not in said, said
    assert "content/articles/f\\xe4rja.md: warning: not read: its name is not UTF-8" in said
    assert "content/articles/\\xfe\\xff: warning: not read: its name is not UTF-8" in said
    assert sorted(q["text"] for q in quotes(root)) == ["The ferry will stay free for pupils,", "The timetable holds,"]


# --- p05: an unreadable folder among the articles -----------------------------------------------------------

def test_an_unreadable_article_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    root = project(tmp_path)
    private = root / "content" / "articles" / "embargo"
    private.mkdir()
    (private / "pier.md").write_text(article('"The pier closes," Lindqvist said.\n'), encoding="utf-8")
    with _mode(private, 0o000):
        done = build_unprivileged(root)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "content/articles/embargo: cannot read this folder: Permission denied" in done.stderr
    assert build_unprivileged(root).returncode == 0  # negative: readable again, it builds


# --- f01 / f02 / f03 / f05: manifests of the wrong shape --------------------------------------------------------

def cli_import(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from dateline import cli

    old = Path.cwd()
    os.chdir(root)
    try:
        rc = cli.main(["import", *args])
    finally:
        os.chdir(old)
    out = capsys.readouterr()
    return rc, out.out + out.err


def manifest_project(tmp: Path, manifest: str) -> Path:
    root = project(tmp)
    (root / "raw").mkdir()
    (root / "raw" / "pier.txt").write_text('Pier notes\n\n"The pier reopens in June," Lindqvist said.\n',
                                           encoding="utf-8")
    (root / "raw" / "quay.txt").write_text('Quay notes\n\n"The quay stays shut," Moreau said.\n', encoding="utf-8")
    (root / "raw" / "m.yaml").write_text(manifest, encoding="utf-8")
    return root


def test_manifest_values_of_the_wrong_type_are_errors_at_their_lines(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    root = manifest_project(tmp_path, "- file: 7\n- file: [pier.txt, quay.txt]\n"
                                      "- {file: pier.txt, outlet: {name: Gazette}}\n"
                                      "- {file: pier.txt, source_url: 99, date: 2024-04-01}\n"
                                      "- {file: pier.txt, title: [a, b], date: 2024-04-01}\n")
    rc, said = cli_import(root, capsys, "--manifest", "raw/m.yaml")
    assert rc == 1, said
    for line, key in ((1, "file"), (2, "file"), (3, "outlet"), (4, "source_url"), (5, "title")):
        assert f"raw/m.yaml:{line}: {key} must be text, got " in said, said
    assert 'write it in quotes, file: "7"' in said
    assert not list((root / "content" / "articles").glob("pier*"))


def test_a_manifest_of_text_values_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # negative: a quoted number is text, a YAML date a date
    root = manifest_project(tmp_path, '- {file: pier.txt, outlet: "7", source_url: "https://example.org/7", '
                                      "date: 2024-04-01}\n")
    rc, said = cli_import(root, capsys, "--manifest", "raw/m.yaml")
    assert rc == 0, said
    assert "outlet: '7'" in (root / "content" / "articles" / "pier-notes.md").read_text(encoding="utf-8")


def test_manifest_entries_of_missing_files_are_named_at_the_manifests_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = manifest_project(tmp_path, "".join(f"- {{file: gone{i}.txt, outlet: X, date: 2024-04-01}}\n"
                                              for i in range(300)) + "- {file: pier.txt, date: 2024-04-01}\n")
    rc, said = cli_import(root, capsys, "--manifest", "raw/m.yaml")
    assert rc == 1, said
    assert "raw/m.yaml:1: file: gone0.txt: no such file" in said and "raw/m.yaml:300: file: gone299.txt" in said
    assert "gone0.txt:1" not in said
    assert (root / "content" / "articles" / "pier-notes.md").is_file()  # the entry whose file exists is imported


@pytest.mark.parametrize("text", ["", "# nothing yet\n"])
def test_an_empty_manifest_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    root = manifest_project(tmp_path, text)
    rc, said = cli_import(root, capsys, "--manifest", "raw/m.yaml")
    assert rc == 1 and "raw/m.yaml:1: the manifest lists no entry" in said, said


def test_two_entries_asking_one_slug_name_both_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = manifest_project(tmp_path, "- {file: pier.txt, slug: harbour, date: 2024-04-01}\n"
                                      "- {file: quay.txt, slug: harbour, date: 2024-04-01}\n"
                                      "- {file: pier.txt, slug: elsewhere, date: 2024-04-01}\n"
                                      "- {file: quay.txt, slug: quay, date: 2024-04-01}\n")
    rc, said = cli_import(root, capsys, "--manifest", "raw/m.yaml")
    assert rc == 1, said
    assert "raw/m.yaml:2: slug: harbour is asked for by line 1 too" in said
    assert "raw/m.yaml:3: file: pier.txt is imported by line 1 already" in said
    names = sorted(p.name for p in (root / "content" / "articles").glob("*.md"))
    assert names == ["ferry.md", "harbour.md", "quay.md"]  # negative: another slug for another file is imported
    assert "pier reopens" in (root / "content" / "articles" / "harbour.md").read_text(encoding="utf-8")


# --- d02 / g03: an import stopped by a full disk or Ctrl-C ------------------------------------------------------

@pytest.mark.parametrize(("stop", "rc", "says"), [
    (OSError(28, "No space left on device"), 1, "the disk is full"),
    (KeyboardInterrupt(), 130, "interrupted: the articles listed above were written whole"),
])
def test_an_import_stopped_mid_write_leaves_no_partial_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch, stop: BaseException,
                                                           rc: int, says: str) -> None:
    root = manifest_project(tmp_path, "- {file: pier.txt, date: 2024-04-01}\n- {file: quay.txt, date: 2024-04-01}\n")
    real = Path.write_text
    calls: list[Path] = []

    def half(self: Path, text: str, *args: object, **kwargs: object) -> int:
        if self.name.endswith(".md.tmp"):
            calls.append(self)
            if len(calls) == 2:  # the second article: half of it written, then the disk is full (or Ctrl-C)
                real(self, text[: len(text) // 2], encoding="utf-8")
                raise stop
        return real(self, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", half)
    got, said = cli_import(root, capsys, "--manifest", "raw/m.yaml")
    assert got == rc and says in said and "a bug in dateline" not in said, said
    left = sorted(p.name for p in (root / "content" / "articles").iterdir())
    assert left == ["ferry.md", "pier-notes.md"]  # the first whole, the second not at all, no .tmp


def test_ctrl_c_before_the_command_begins_is_quiet(tmp_path: Path) -> None:
    root = project(tmp_path)
    code = ("from dateline import cli\n"
            "def stop(*args, **kwargs):\n    raise KeyboardInterrupt\n"
            "cli.main = stop\ncli.run(['import', 'raw'])\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 130 and "Traceback" not in done.stderr, done.stderr
    assert "nothing was changed" in done.stderr


# --- d03: serve on a full disk ----------------------------------------------------------------------------

def test_serve_survives_a_full_disk_and_rebuilds_once_there_is_space(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import threading
    import time

    from dateline import serve, write
    from dateline.config import load_config

    root = project(tmp_path)
    rebuild = serve.Rebuilder(load_config(root))
    assert rebuild() and rebuild.error is None
    art = root / "content" / "articles" / "ferry.md"
    real = write._write_one

    def full(*args: object, **kwargs: object) -> bool:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(write, "_write_one", full)
    art.write_text(article(SAID + '\n"Written on a full disk," Lindqvist said.\n'), encoding="utf-8")
    told: list[bool] = []
    rebuild.changed(lambda: told.append(True), {str(art)})  # raised in the watcher thread, which died
    assert rebuild.error is not None and "the disk is full" in rebuild.error and told
    assert not list((root / "site").rglob(".tmp-*"))
    monkeypatch.setattr(write, "_write_one", real)
    art.write_text(article(SAID + '\n"Space again at the quay," Lindqvist said.\n'), encoding="utf-8")
    rebuild.changed(lambda: None, {str(art)})
    stop = threading.Event()
    worker = threading.Thread(target=rebuild.background, args=(lambda: None, stop), daemon=True)
    worker.start()
    try:
        deadline = time.monotonic() + 120
        while rebuild.error is not None and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        worker.join(timeout=30)
    assert rebuild.error is None
    assert "Space again at the quay," in [q["text"] for q in quotes(root)]


# --- q01: a quote of tens of thousands of words ---------------------------------------------------------------

def long_words(n: int, last: str) -> str:
    return " ".join(f"fare{i}" if i % 40 == 0 else f"ferryword{i}" for i in range(n)) + f" {last}"


def test_a_very_long_quote_is_whole_in_its_text_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = long_words(6_000, "LASTWORDLONG")  # ~70,000 characters
    short = long_words(150, "LASTWORDSHORT")  # negative: ~1,700 characters, whole everywhere
    body = f'"{long}," Moreau said.\n\n"{short}," Lindqvist said.\n'
    root = project(tmp_path, articles={"ferry.md": article(body)})
    rc, said = cli_build(root, capsys)
    assert rc == 0, said
    page = (root / "site" / "2024" / "05" / "02" / "ferry" / "index.html").read_text(encoding="utf-8")
    assert page.count("LASTWORDLONG") == 1  # the text; not its JSON-LD nor its citation again
    assert page.count("LASTWORDSHORT") == 3  # the text, the JSON-LD, the citation
    year = (root / "site" / "2024" / "index.html").read_text(encoding="utf-8")  # the figure's card
    assert "ferryword500 " in year and "ferryword2000" not in year  # cut near 10,000 characters
    assert "LASTWORDSHORT" in (root / "site" / "speakers" / "lindqvist" / "index.html").read_text(encoding="utf-8")
    assert "ferryword2000" not in page.split('<div class="body">')[0]  # (the JSON-LD is cut near 10,000)
    assert "LASTWORDLONG" in (root / "site" / "data" / "quotes.json").read_text(encoding="utf-8")


def test_quotation_marks_typed_as_character_references_are_quotes(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A CMS export spells its marks `&ldquo;`/`&#8220;`: the page showed marks, the site found no quote (left by
    hostile round 77's fixer). Decoded as typed, they are the speaker's words, on the line they stand on; a
    reference in code and one with Markdown meaning stay as written."""
    body = ("Per Lindqvist said the plan was &ldquo;a tax on islanders&rdquo;.\n\n"
            "&#8220;The ferry will stay free for pupils,&#8221; Moreau said.\n\n"
            "`&ldquo;code&rdquo;` and &lt;b&gt;\n")
    root = project(tmp_path, articles={"ferry.md": article(body)})
    rc, out = cli_build(root, capsys)
    assert rc == 0, out
    got = [(q["text"], q["speaker"], q["line"]) for q in quotes(root)]
    assert got == [("a tax on islanders", "lindqvist", 5), ("The ferry will stay free for pupils,", "moreau", 7)]
    page = (root / "site" / "2024" / "05" / "02" / "ferry" / "index.html").read_text(encoding="utf-8")
    assert "<code>&amp;ldquo;code&amp;rdquo;</code>" in page and "&lt;b&gt;" in page
