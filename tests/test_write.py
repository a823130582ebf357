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
