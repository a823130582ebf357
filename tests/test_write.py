"""Atomic writes: staging + swap for builds, changed-bytes-only for incremental writes."""

from __future__ import annotations

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
