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


def test_output_rewrites_only_changed_files_and_prunes_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = write.Output(out)
    for rel, data in {"index.html": b"one", "a/b.html": b"two", "gone.html": b"x"}.items():
        first.put(rel, data)
    first.commit(["index.html", "a/b.html", "gone.html"])
    inode = (out / "a" / "b.html").stat().st_ino
    second = write.Output(out)
    second.put("index.html", b"three")
    second.put("a/b.html", b"two")
    assert (out / "index.html").read_bytes() == b"one", "nothing changes before commit"
    second.commit(["index.html", "a/b.html"])
    assert (out / "index.html").read_bytes() == b"three"
    assert (out / "a" / "b.html").stat().st_ino == inode, "an unchanged file is left alone, not rewritten"
    assert not (out / "gone.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"], "no staging folder left behind"


def test_output_abort_and_failing_indexer_leave_the_site_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = write.Output(out)
    first.put("index.html", b"good")
    first.commit(["index.html"])
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
        third.commit(["index.html", "keep.html"], boom)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["index.html"]
    assert (out / "index.html").read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_output_refuses_paths_outside_the_site(tmp_path: Path) -> None:
    output = write.Output(tmp_path / "site")
    for bad in ("../x.html", "/etc/x", "a/../../x"):
        with pytest.raises(ValueError):
            output.put(bad, b"x")
    output.abort()
