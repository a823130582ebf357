"""Atomic writes: staging + swap for builds, changed-bytes-only for incremental writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline import write


def test_write_site_swaps_in_a_complete_tree(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write.write_site({"index.html": b"one", "a/b.html": b"two"}, out)
    write.write_site({"index.html": b"three"}, out)
    assert (out / "index.html").read_bytes() == b"three"
    assert not (out / "a").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_failing_hook_leaves_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write.write_site({"index.html": b"good"}, out)

    def boom(staging: Path) -> None:
        raise RuntimeError("indexer failed")

    with pytest.raises(RuntimeError):
        write.write_site({"index.html": b"bad"}, out, boom)
    assert (out / "index.html").read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_write_changed_touches_only_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert sorted(write.write_changed({"a.html": b"1", "b.html": b"2"}, out)) == ["a.html", "b.html"]
    mtime = (out / "a.html").stat().st_mtime_ns
    assert write.write_changed({"a.html": b"1", "b.html": b"3"}, out) == ["b.html"]
    assert (out / "a.html").stat().st_mtime_ns == mtime
    assert write.write_changed({"a.html": b"1"}, out) == ["b.html"]
    assert not (out / "b.html").exists()


@pytest.mark.parametrize("bad", ["../evil.html", "/etc/x", "a/../../x"])
def test_refuses_paths_outside_the_site(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        write.write_changed({bad: b"x"}, tmp_path / "site")


def test_write_changed_under_each_stops_when_told_and_records_what_it_wrote(tmp_path: Path) -> None:
    """serve's whole-site pass: `each` is entered around every file and may say stop; `record`
    hears of every file written or removed, and of nothing else."""
    import contextlib
    from collections.abc import Iterator

    out = tmp_path / "not" / "yet" / "site"  # missing parents are made
    answers = iter([True, True, False])

    @contextlib.contextmanager
    def each() -> Iterator[bool]:
        yield next(answers)

    recorded: list[tuple[str, bytes | None]] = []
    pages = {"a.html": b"1", "b/c.html": b"2", "d.html": b"3"}
    with pytest.raises(write.WriteStopped) as info:
        write.write_changed(pages, out, each=each, record=lambda rel, data: recorded.append((rel, data)))
    assert info.value.done == ["a.html", "b/c.html"]
    assert recorded == [("a.html", b"1"), ("b/c.html", b"2")]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html")) == ["a.html", "b/c.html"]

    recorded.clear()
    go_on = lambda: contextlib.nullcontext(True)  # noqa: E731
    assert write.write_changed(pages, out, each=go_on, record=lambda r, d: recorded.append((r, d))) == ["d.html"]
    assert recorded == [("d.html", b"3")], "unchanged files are neither rewritten nor recorded"
    assert (out / "d.html").read_bytes() == b"3"

    recorded.clear()
    changed = write.write_changed({"a.html": b"1", "d.html": b"4"}, out, previous=pages, each=go_on,
                                  record=lambda r, d: recorded.append((r, d)))
    assert changed == ["d.html", "b/c.html"]
    assert recorded == [("d.html", b"4"), ("b/c.html", None)]
    assert not (out / "b" / "c.html").exists() and (out / "d.html").read_bytes() == b"4"


# --------------------------------------------------------------------------- the output folder is ours alone

def test_every_build_leaves_the_marker_and_keeps_it_in_incremental_writes(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write.write_site({"index.html": b"one"}, out)
    assert (out / write.MARKER).read_bytes() == write.MARKER_TEXT
    write.write_changed({"index.html": b"two"}, out)  # prune without `previous` scans the disk
    assert (out / write.MARKER).is_file()
    fresh = tmp_path / "fresh"
    assert write.write_changed({"a.html": b"1"}, fresh) == ["a.html"]
    assert (fresh / write.MARKER).is_file()


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for folder in ("content/articles", "templates"):
        (root / folder).mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.dateline]\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(("out", "why", "forcible"), [
    (".", "project root", False),
    ("..", "holds the project root", False),
    ("content", "is the source folder content/", False),
    ("content/articles", "inside the source folder content/", False),
    ("content/site", "inside the source folder content/", False),
    ("templates", "is the source folder templates/", False),
    ("src", "holds the source folder src/articles/", False),
    ("pyproject.toml", "is a file", False),
    ("nested", "holds pyproject.toml", True),
    ("repo", "holds .git", True),
    ("docs", "no .dateline-site marker", True),
])
def test_refuses_an_output_folder_that_is_not_ours(tmp_path: Path, out: str, why: str, forcible: bool) -> None:
    root = _project(tmp_path)
    (root / "src" / "articles").mkdir(parents=True)
    (root / "nested").mkdir()
    (root / "nested" / "pyproject.toml").write_text("", encoding="utf-8")
    (root / "repo" / ".git").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "docs" / "notes.txt").write_text("mine", encoding="utf-8")
    got = write.refusal(root / out, root=root,
                        sources=[root / "content", root / "templates", root / "src" / "articles"])
    assert got is not None and why in got.reason
    assert got.forcible is forcible


@pytest.mark.parametrize("out", ["site", "public/site", "empty"])
def test_accepts_new_empty_or_marked_folders(tmp_path: Path, out: str) -> None:
    root = _project(tmp_path)
    (root / "empty").mkdir()
    (root / "site").mkdir()
    (root / "site" / write.MARKER).write_bytes(write.MARKER_TEXT)
    (root / "site" / "old.html").write_text("from a build", encoding="utf-8")
    assert write.refusal(root / out, root=root, sources=[root / "content", root / "templates"]) is None


def test_write_site_will_not_replace_a_folder_without_the_marker(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(write.OutputRefused):
        write.write_site({"index.html": b"x"}, out)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]
    write.write_site({"index.html": b"x"}, out, force=True)
    assert sorted(p.name for p in out.iterdir()) == [write.MARKER, "index.html"]


def test_a_symlinked_output_swaps_the_target_and_touches_nothing_beside(tmp_path: Path) -> None:
    real = tmp_path / "real"
    write.write_site({"index.html": b"one"}, real)
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "link").symlink_to(real)
    write.write_site({"index.html": b"two"}, tmp_path / "link")
    assert (tmp_path / "link").is_symlink()
    assert (real / "index.html").read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt", "link", "real"]


def test_leftovers_of_killed_builds_are_removed_but_foreign_folders_kept(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write.write_site({"index.html": b"one"}, out)
    dead = tmp_path / ".site.staging-dead1"  # killed while writing: marker first, then pages
    (dead / "2022").mkdir(parents=True)
    (dead / write.MARKER).write_bytes(write.MARKER_TEXT)
    (tmp_path / ".site.staging-empty").mkdir()  # killed right after mkdtemp
    foreign = tmp_path / ".site.staging-not-ours"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    write.write_site({"index.html": b"two"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.staging-not-ours", "site"]
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_site_moved_aside_by_a_killed_fallback_swap_is_put_back(tmp_path: Path) -> None:
    """Without an atomic exchange the swap is two renames; killed between them, the next build
    starts by putting the old site back, so it is never lost."""
    out = tmp_path / "site"
    write.write_site({"index.html": b"one"}, out)
    out.rename(tmp_path / ".site.old-killed")
    write.clean_leftovers(out)
    assert (out / "index.html").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_fallback_swap_gives_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "_EXCHANGE", None)
    out = tmp_path / "site"
    write.write_site({"index.html": b"one", "a/b.html": b"x"}, out)
    write.write_site({"index.html": b"two"}, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [write.MARKER, "index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_the_swap_is_one_atomic_exchange_here(tmp_path: Path) -> None:
    """On Linux the two directories trade places in one system call (renameat2)."""
    if write._EXCHANGE is None:
        pytest.skip("no atomic directory exchange on this system (the two-rename fallback is tested)")
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a", encoding="utf-8")
    assert write._exchange(a, b)
    assert (b / "x").read_text(encoding="utf-8") == "a" and not (a / "x").exists()


# --------------------------------------------------------------------------- builds killed at any moment

GOLDEN = Path(__file__).parent / "data" / "golden_project"

# A child build that SIGKILLs itself at its K-th file-system step (a file half-written, a
# rename, a removal): the hardest moments to be killed at, reached deterministically.
_SELF_KILL = r"""
import os, shutil, signal, sys
from pathlib import Path
from dateline import cli, write

limit = int(sys.argv[1]); count = [0]; names = []
write.clean_leftovers(Path("site").resolve())  # outside the count, so step K is the same step every run
spare = Path(".dateline-cache/site-spare")  # the previous site, recycled as the staging folder (write.Output):
if Path("site").is_dir() and not spare.exists():  # every counted build that replaces a site recycles one
    shutil.copytree("site", spare, copy_function=os.link)  # (hard links: the live site's very inodes)

def step(name):
    count[0] += 1
    names.append(name)
    if count[0] == limit:
        os.kill(os.getpid(), signal.SIGKILL)

def counted(module, name):
    real = getattr(module, name)
    def wrapper(*args, **kwargs):
        step(name)
        return real(*args, **kwargs)
    setattr(module, name, wrapper)

real_write = Path.write_bytes
def write_bytes(self, data):
    count[0] += 1
    names.append("write")
    if count[0] == limit:  # die half-way through writing this file
        with open(self, "wb") as fh:
            fh.write(data[: len(data) // 2])
            fh.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return real_write(self, data)
Path.write_bytes = write_bytes
counted(os, "rename"); counted(os, "replace"); counted(shutil, "rmtree"); counted(write, "_exchange")
counted(os, "link")  # an unchanged page is hard-linked into the staging folder instead of written
counted(Path, "unlink"); counted(Path, "rmdir")
code = cli.main(["build", "--no-search", "-q"])
print(" ".join(names))
sys.exit(code)
"""


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _versions(tmp_path: Path) -> tuple[Path, list[str], list[dict[str, bytes]]]:
    """A project and two versions of one article, with the complete site each one builds."""
    import shutil

    from dateline import pipeline
    from dateline.config import load_config

    project = tmp_path / "project"
    shutil.copytree(GOLDEN, project, ignore=shutil.ignore_patterns(".dateline-cache"))
    article = project / "content" / "articles" / "no-talks-2022.md"
    first = article.read_text(encoding="utf-8")
    second = first.replace("after Bucha", "after Bucha, again") + "\nOne more paragraph of the second version.\n"
    sites = []
    for n, text in enumerate((first, second)):
        article.write_text(text, encoding="utf-8")
        pipeline.build(load_config(project).replace(output_dir=tmp_path / f"v{n}", search=False))
        sites.append(_tree(tmp_path / f"v{n}"))
    assert sites[0] != sites[1]
    return article, [first, second], sites


def _run_child(project: Path, *args: str, kill_after: float | None = None) -> subprocess.CompletedProcess[str] | None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent), "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen([sys.executable, *args], cwd=project, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return None


KILL_ROUNDS = int(os.environ.get("DATELINE_KILL_ROUNDS", "1"))  # `make fuzz` raises it


def _whole(project: Path, sites: list[dict[str, bytes]]) -> int:
    """After a kill, site/ is one whole version: which one."""
    got = _tree(project / "site")
    assert got in (sites[0], sites[1]), "a killed build left a site that is neither the old nor the new one"
    return sites.index(got)


def _recovers(project: Path, sites: list[dict[str, bytes]], now: int) -> None:
    """The next build cleans up what killed ones left beside site/ and gives the current version."""
    done = _run_child(project, "-m", "dateline", "build", "--no-search", "-q")
    assert done is not None and done.returncode == 0, done.stderr
    assert _tree(project / "site") == sites[now]
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


def test_builds_killed_at_every_kind_of_step_leave_a_whole_site(tmp_path: Path) -> None:
    article, texts, sites = _versions(tmp_path)
    project = article.parent.parent.parent
    article.write_text(texts[0], encoding="utf-8")
    for n in range(3):  # the last build counts the steps of one that replaces a site with the other version
        article.write_text(texts[n % 2], encoding="utf-8")  # (one that changed nothing would do almost nothing)
        first = _run_child(project, "-c", _SELF_KILL, "0")
        assert first is not None and first.returncode == 0, first.stderr
    names = first.stdout.split()
    steps = len(names)
    assert _tree(project / "site") == sites[0]
    # the first steps, a spread of file writes (each cut half-way), the steps around the swap,
    # the removal of the old site after it (first, middle, last steps)
    swap = names.index("_exchange") + 1
    assert swap < steps, "the second build replaces a site: the swap and a removal follow the writes"
    stride = max(1, swap // (5 * KILL_ROUNDS))
    limits = sorted({1, 2, *range(3, swap - 2, stride), *range(swap - 2, swap + 3), (swap + steps) // 2,
                     steps - 1, steps} if KILL_ROUNDS == 1 else range(1, steps + 1))
    seen = set()
    now = kills = current = 0
    for i, limit in enumerate(limits):
        now = 1 - current  # the other version than the site's: a build that makes the same site does little
        article.write_text(texts[now], encoding="utf-8")
        killed = _run_child(project, "-c", _SELF_KILL, str(limit))
        assert killed is not None and killed.returncode in (-signal.SIGKILL, 0), (limit, killed.stderr)
        kills += killed.returncode == -signal.SIGKILL
        current = _whole(project, sites)
        seen.add(current)
        if i % 5 == 4:
            _recovers(project, sites, now)
            current = now
    _recovers(project, sites, now)
    assert kills >= 12
    assert seen == {0, 1}, "some kills must leave the old site and some the new one"


@pytest.mark.parametrize("seed", range(2))
def test_builds_killed_at_random_moments_leave_a_whole_site(tmp_path: Path, seed: int) -> None:
    import random

    article, texts, sites = _versions(tmp_path)
    project = article.parent.parent.parent
    article.write_text(texts[0], encoding="utf-8")
    started = time.perf_counter()
    done = _run_child(project, "-m", "dateline", "build", "--no-search", "-q")
    assert done is not None and done.returncode == 0, done.stderr
    took = time.perf_counter() - started
    rng = random.Random(seed)
    now = 0
    for n in range(4 * KILL_ROUNDS):
        now = (n + 1) % 2
        article.write_text(texts[now], encoding="utf-8")
        _run_child(project, "-m", "dateline", "build", "--no-search", "-q", kill_after=rng.uniform(0.0, took * 1.2))
        _whole(project, sites)
    _recovers(project, sites, now)


def test_output_links_unchanged_files_instead_of_rewriting_them(tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = write.Output(out)
    for rel, data in {"index.html": b"one", "a/b.html": b"two", "gone.html": b"x"}.items():
        first.put(rel, data)
    first.commit(3)
    inode = (out / "a" / "b.html").stat().st_ino
    second = write.Output(out)
    second.put("index.html", b"three")
    second.put("a/b.html", b"two")
    assert (out / "index.html").read_bytes() == b"one", "nothing changes before commit"
    second.commit(2)
    assert (out / "index.html").read_bytes() == b"three"
    assert (out / "a" / "b.html").stat().st_ino == inode, "an unchanged file is linked, not rewritten"
    assert (out / ".dateline-site").is_file()
    assert not (out / "gone.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"], "no staging folder left behind"


def test_output_streams_a_file_in_parts_and_links_it_when_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "site"
    big = [b"[\n", b'{"id": 1}', b",\n", b'{"id": 2}', b"\n]\n"]
    first = write.Output(out)
    first.put_parts("data/quotes.json", iter(big))
    first.put_parts("data/shifts.json", iter([b"[]\n"]))
    first.commit(2)
    assert (out / "data" / "quotes.json").read_bytes() == b"".join(big)
    inode = (out / "data" / "quotes.json").stat().st_ino
    second = write.Output(out)
    second.put_parts("data/quotes.json", iter(big))  # the same bytes, made again
    second.put_parts("data/shifts.json", iter([b"[\n", b'{"id": "s"}', b"\n]\n"]))  # other bytes
    second.commit(2)
    assert (out / "data" / "quotes.json").stat().st_ino == inode, "an unchanged file is linked, not rewritten"
    assert (out / "data" / "shifts.json").read_bytes() == b'[\n{"id": "s"}\n]\n'
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        ".dateline-site", "data/quotes.json", "data/shifts.json"], "no part or link file left behind"


@pytest.mark.parametrize("at_once", [1, 4, 11, write.COMPARED_AT_ONCE])
def test_output_in_parts_compares_with_the_live_file_as_the_parts_come(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       at_once: int) -> None:
    """A file made in parts is written only from where it first differs from the current site's
    (the agreeing start copied from it): every way the two can differ gives the new bytes, and the
    same bytes give the live file itself, linked; in a recycled staging folder, left as it is. The
    parts are compared `COMPARED_AT_ONCE` bytes at a time: a difference in any block, or across two."""
    monkeypatch.setattr(write, "COMPARED_AT_ONCE", at_once)
    out = tmp_path / "site"
    old = [b"[\n", b'{"id": 1}', b",\n", b'{"id": 2}', b"\n]\n"]
    files = {"same": old, "later": [b"[\n", b'{"id": 1}', b",\n", b'{"id": 3}', b"\n]\n"],
             "first": [b"{", b'"id": 1}'], "shorter": old[:3], "longer": [*old, b"more"],
             "split": [b"".join(old)[:5], b"".join(old)[5:]], "empty": [], "none": [b""]}
    first = write.Output(out)
    for name in files:
        first.put_parts(f"data/{name}.json", iter(old))
    first.commit(len(files))
    inodes = {name: (out / f"data/{name}.json").stat().st_ino for name in files}
    second = write.Output(out)
    for name, parts in files.items():
        second.put_parts(f"data/{name}.json", iter(parts))
    second.commit(len(files))
    for name, parts in files.items():
        assert (out / f"data/{name}.json").read_bytes() == b"".join(parts), name
        assert ((out / f"data/{name}.json").stat().st_ino == inodes[name]) == (name in ("same", "split")), name
    spare = _spare(out)
    _recycled(out, {f"data/{name}.json": b"".join(parts) for name, parts in files.items()})
    assert _files(spare) == {write.MARKER: write.MARKER_TEXT,
                             **{f"data/{name}.json": b"".join(parts) for name, parts in files.items()}}
    stamp = {f"data/{name}.json": ((out / f"data/{name}.json").stat().st_size,
                                   (out / f"data/{name}.json").stat().st_mtime_ns) for name in files}
    _recycled(out, {}, kept=stamp)  # the spare now holds the live site's inodes
    output = write.Output(out, spare=_spare(out))
    assert output.recycled
    live = (out / "data/same.json").stat().st_ino
    output.put_parts("data/same.json", iter(old))
    output.put_parts("data/later.json", iter(old))
    assert (output.staging / "data/same.json").stat().st_ino == live, "the live file, staged already"
    assert (out / "data/later.json").read_bytes() == b"".join(files["later"]), "the live site's bytes kept"
    assert (output.staging / "data/later.json").read_bytes() == b"".join(old)
    output.abort()


def test_output_abort_and_failing_indexer_leave_the_site_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = write.Output(out)
    first.put("index.html", b"good")
    first.commit(1)
    second = write.Output(out)
    second.put("index.html", b"bad")
    second.abort()

    def boom(staging: Path) -> None:
        assert (staging / "keep.html").read_bytes() == b"same"  # the indexer sees the whole site
        raise RuntimeError("indexer failed")

    third = write.Output(out)
    third.put("index.html", b"good")
    third.put("keep.html", b"same")
    with pytest.raises(RuntimeError):
        third.commit(2, boom)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [".dateline-site", "index.html"]
    assert (out / "index.html").read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_output_refuses_paths_outside_the_site(tmp_path: Path) -> None:
    output = write.Output(tmp_path / "site")
    for bad in ("../x.html", "/etc/x", "a/../../x"):
        with pytest.raises(ValueError):
            output.put(bad, b"x")
    output.abort()


def test_keep_stages_the_current_file_only_while_its_stamp_is_the_recorded_one(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write.write_site({"a/index.html": b"old a", "b/index.html": b"old b"}, out)
    stamp = {rel: ((out / rel).stat().st_size, (out / rel).stat().st_mtime_ns) for rel in ("a/index.html", "b/index.html")}
    inode = (out / "a/index.html").stat().st_ino
    (out / "b/index.html").write_bytes(b"by hand")  # changed since the build recorded its stamp
    output = write.Output(out)
    assert output.keep("a/index.html", stamp["a/index.html"])
    assert not output.keep("b/index.html", stamp["b/index.html"])
    assert not output.keep("c/index.html", (5, 0)), "nothing there to keep"
    with pytest.raises(ValueError):
        output.keep("../escape.html", (0, 0))
    output.put("b/index.html", b"new b")
    output.commit(2)
    assert (out / "a/index.html").read_bytes() == b"old a" and (out / "a/index.html").stat().st_ino == inode
    assert (out / "b/index.html").read_bytes() == b"new b"
    assert not (out / "c").exists()


def test_keep_has_nothing_to_keep_in_a_first_build(tmp_path: Path) -> None:
    output = write.Output(tmp_path / "site")
    assert not output.keep("a/index.html", (0, 0))
    output.abort()


# --------------------------------------------------------------------------- a recycled staging folder


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _spare(out: Path) -> Path:
    return out.parent / "cache" / "site-spare"


def _recycled(out: Path, pages: dict[str, bytes], kept: dict[str, tuple[int, int]] | None = None) -> write.Output:
    """One build with a spare: `pages` put, `kept` kept by their stamps, committed."""
    output = write.Output(out, spare=_spare(out))
    for rel, stamp in (kept or {}).items():
        assert output.keep(rel, stamp)
    for rel, data in pages.items():
        output.put(rel, data)
    output.commit(len(pages), made=[*pages, *(kept or {})])
    return output


def test_a_recycled_staging_folder_gives_exactly_the_new_site(tmp_path: Path) -> None:
    """The previous site becomes the next build's staging folder: what it held that the build did
    not make is gone (files, folders left empty), changed files have their new bytes, a path that
    was a folder is a file and the other way round, and the site before stays whole until the swap."""
    out = tmp_path / "site"
    spare = _spare(out)
    first = {"index.html": b"one", "a/b/index.html": b"ab", "gone/deep/x.html": b"x", "f": b"file", "d/y": b"y"}
    second = {"index.html": b"two", "a/b/index.html": b"ab", "f/inside.html": b"was a file", "d": b"was a folder"}
    third = {"index.html": b"three", "a/b/index.html": b"AB", "new/z.html": b"z"}
    assert not _recycled(out, first).recycled
    assert not spare.exists(), "a first build has no previous site to set aside"
    assert not _recycled(out, second).recycled, "nor a spare to recycle"
    assert _files(out) == {write.MARKER: write.MARKER_TEXT, **second}
    assert _files(spare) == {write.MARKER: write.MARKER_TEXT, **first}, "the previous site, set aside whole"
    inode = (out / "a/b/index.html").stat().st_ino
    output = write.Output(out, spare=spare)
    assert output.recycled and not spare.exists()
    for rel, data in third.items():
        output.put(rel, data)
    assert _files(out) == {write.MARKER: write.MARKER_TEXT, **second}, "the live site untouched before the swap"
    assert (out / "a/b/index.html").stat().st_ino == inode
    output.commit(3, made=third)
    assert _files(out) == {write.MARKER: write.MARKER_TEXT, **third}
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir()) == ["a", "a/b", "new"]
    assert _files(spare) == {write.MARKER: write.MARKER_TEXT, **second}, "the spare is the site before, intact"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "site"], "nothing beside the site"


def test_a_recycled_staging_folder_never_writes_an_inode_the_live_site_holds(tmp_path: Path) -> None:
    """Kept and unchanged files are the live site's inodes in the spare too (hard links): a file
    whose bytes change is made anew, so the live site keeps its bytes whatever the build does next."""
    out = tmp_path / "site"
    _recycled(out, {"a/index.html": b"a", "b/index.html": b"b"})
    stamp = {rel: ((out / rel).stat().st_size, (out / rel).stat().st_mtime_ns) for rel in ("a/index.html",)}
    _recycled(out, {"b/index.html": b"b"}, kept=stamp)  # now the spare holds the same inodes as the site
    assert (out / "a/index.html").stat().st_ino == (_spare(out) / "a/index.html").stat().st_ino
    output = write.Output(out, spare=_spare(out))
    assert output.recycled
    output.put("a/index.html", b"changed")
    output.put("b/index.html", b"changed too")
    assert (out / "a/index.html").read_bytes() == b"a" and (out / "b/index.html").read_bytes() == b"b"
    output.abort()
    stamp = {rel: ((out / rel).stat().st_size, (out / rel).stat().st_mtime_ns) for rel in ("a/index.html",)}
    _recycled(out, {"b/index.html": b"b"}, kept=stamp)  # the spare shares the live site's inodes again
    output = write.Output(out, spare=_spare(out))  # the same for a file written in parts (data exports)
    assert output.recycled and (out / "a/index.html").stat().st_ino == (output.staging / "a/index.html").stat().st_ino
    output.put_parts("a/index.html", iter([b"chan", b"ged"]))
    assert (out / "a/index.html").read_bytes() == b"a"
    assert (output.staging / "a/index.html").read_bytes() == b"changed"
    output.abort()
    assert _files(out) == {write.MARKER: write.MARKER_TEXT, "a/index.html": b"a", "b/index.html": b"b"}


def test_a_recycled_staging_folder_removes_symlinks_without_following_them(tmp_path: Path) -> None:
    """A symlink put into the site by hand (then in the spare) is removed, and nothing is written
    or removed through it: the folder it points to keeps its files."""
    out = tmp_path / "site"
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "index.html").write_bytes(b"my own file")
    _recycled(out, {"index.html": b"one"})
    (out / "media").symlink_to(mine, target_is_directory=True)
    (out / "link.html").symlink_to(mine / "index.html")
    _recycled(out, {"index.html": b"two"})  # the site with the symlinks is now the spare
    assert _recycled(out, {"index.html": b"three", "media/index.html": b"made", "link.html": b"made too"}).recycled
    assert (mine / "index.html").read_bytes() == b"my own file"
    assert not (out / "media").is_symlink() and (out / "media/index.html").read_bytes() == b"made"
    assert not (out / "link.html").is_symlink() and (out / "link.html").read_bytes() == b"made too"


def test_a_recycled_build_needs_the_files_it_made(tmp_path: Path) -> None:
    out = tmp_path / "site"
    _recycled(out, {"index.html": b"one"})
    _recycled(out, {"index.html": b"two"})
    output = write.Output(out, spare=_spare(out))
    output.put("index.html", b"three")
    with pytest.raises(ValueError):
        output.commit(1)  # what to remove from the spare is unknown: nothing changes
    assert _files(out) == {write.MARKER: write.MARKER_TEXT, "index.html": b"two"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "site"]


def test_force_moves_a_folder_that_is_not_ours_aside_and_deletes_nothing(tmp_path: Path) -> None:
    """`--force` lets a build have an output folder it did not make; what was in it is kept whole
    beside it, under a free name (a second --force does not overwrite the first one's)."""
    from dateline import cli

    root = _project(tmp_path)
    (root / "content" / "articles" / "a.md").write_text(
        "---\ntitle: A\ndate: 2024-05-01\noutlet: Herald\n---\nA plain report.\n", encoding="utf-8")
    for n in (1, 2):
        (root / "docs").mkdir(exist_ok=True)
        (root / "docs" / "notes.txt").write_text(f"mine {n}", encoding="utf-8")
        (root / "docs" / ".git").mkdir(exist_ok=True)
        old = os.getcwd()
        os.chdir(root)
        try:
            assert cli.main(["build", "--out", "docs", "--no-search", "--force", "-q"]) == 0
        finally:
            os.chdir(old)
        assert (root / "docs" / write.MARKER).is_file() and not (root / "docs" / "notes.txt").exists()
    assert (root / "docs.before-dateline" / "notes.txt").read_text(encoding="utf-8") == "mine 1"
    assert (root / "docs.before-dateline-2" / "notes.txt").read_text(encoding="utf-8") == "mine 2"
    assert (root / "docs.before-dateline-2" / ".git").is_dir()
