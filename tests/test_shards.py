"""The per-article caches of parsing and analysis (`buildcache.Shards`): a rebuild writes only the
shards whose entries changed, and a shard that is damaged, stale or foreign is an empty one, never a
wrong site."""

from __future__ import annotations

import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, copy_project, digest

from dateline import analyse, buildcache, load, pipeline
from dateline.config import load_config
from dateline.errors import BuildFailed


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Each shard file by (inode, mtime): write_cache renames a new file in, so a rewrite shows."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.pickle"))}


def _entries(n: int) -> dict[str, tuple[str, str]]:
    return {f"content/articles/a{i:03d}.md": (f"digest {i}", f"value {i}") for i in range(n)}


def test_a_shard_round_trip_rewrites_only_the_shard_that_changed(tmp_path: Path) -> None:
    entries = _entries(200)
    buildcache.Shards(tmp_path, "parse").write(entries)
    folder = tmp_path / ".dateline-cache" / "parse"
    before = _stamps(folder)
    assert 1 < len(before) <= buildcache.SHARDS

    shards = buildcache.Shards(tmp_path, "parse")
    assert shards.read() == entries
    edited = dict(entries)
    edited["content/articles/a007.md"] = ("digest 7, edited", "value 7, edited")
    shards.write(edited)
    after = _stamps(folder)
    changed = sorted(name for name in after if after[name] != before[name])
    assert changed == [f"{buildcache._shard('content/articles/a007.md')}.pickle"]
    assert buildcache.Shards(tmp_path, "parse").read() == edited

    shards = buildcache.Shards(tmp_path, "parse")
    shards.read()
    shards.write(edited)  # nothing changed: nothing written
    assert _stamps(folder) == after


def test_a_removed_entry_leaves_its_shard_and_an_empty_shard_goes(tmp_path: Path) -> None:
    entries = _entries(3)
    buildcache.Shards(tmp_path, "parse").write(entries)
    shards = buildcache.Shards(tmp_path, "parse")
    shards.read()
    gone = "content/articles/a001.md"
    shards.write({k: v for k, v in entries.items() if k != gone})
    left = buildcache.Shards(tmp_path, "parse").read()
    assert gone not in left and len(left) == 2
    shards = buildcache.Shards(tmp_path, "parse")
    shards.read()
    shards.write({})
    assert list((tmp_path / ".dateline-cache" / "parse").iterdir()) == []


def test_damaged_foreign_and_misplaced_shards_read_as_empty(tmp_path: Path) -> None:
    entries = _entries(200)
    buildcache.Shards(tmp_path, "parse").write(entries)
    files = sorted((tmp_path / ".dateline-cache" / "parse").glob("*.pickle"))
    cut, moved, foreign = files[0], files[1], files[2]
    cut.write_bytes(cut.read_bytes()[: cut.stat().st_size // 2])
    held = pickle.loads(moved.read_bytes())
    moved.unlink()
    (moved.parent / cut.name.replace(cut.stem, "zz")).write_bytes(pickle.dumps(held))  # a shard under another name
    foreign.write_bytes(pickle.dumps({"code": "other code", "entries": {"x": ("d", "v")}}))
    lost = {k for k in entries if buildcache._shard(k) in (cut.stem, moved.stem, foreign.stem)}
    assert lost
    shards = buildcache.Shards(tmp_path, "parse")
    assert shards.read() == {k: v for k, v in entries.items() if k not in lost}
    shards.write(entries)  # the unreadable shards are replaced, the stray one removed
    assert buildcache.Shards(tmp_path, "parse").read() == entries
    assert not (moved.parent / cut.name.replace(cut.stem, "zz")).exists()


def test_shards_of_other_code_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    buildcache.Shards(tmp_path, "parse").write(_entries(20))
    monkeypatch.setattr(buildcache, "code_key", lambda: "dateline of another version")
    assert buildcache.Shards(tmp_path, "parse").read() == {}


def _build(project: Path) -> None:
    pipeline.build(load_config(project).replace(search=False))


def _clean_build_equals(project: Path, tmp_path: Path) -> None:
    clean = copy_project(project, tmp_path / "clean")
    shutil.rmtree(clean / ".dateline-cache")
    _build(clean)
    out = load_config(project).output_dir
    assert digest(project / out) == digest(clean / out)


def _analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the articles a build analyses (rather than takes from the cache)."""
    done: list[str] = []
    real = analyse.analyse

    def spy(article: object, data: object) -> analyse.Analysis:
        done.append(article.path)  # type: ignore[attr-defined]
        return real(article, data)  # type: ignore[arg-type]
    monkeypatch.setattr(analyse, "analyse", spy)
    return done


def _quote_added(project: Path) -> Path:
    path = project / "content" / "articles" / "same-words-2025.md"
    path.write_text(path.read_text(encoding="utf-8")
                    + '\n"We will talk about it when the guns are silent," Zelensky said later.\n', encoding="utf-8")
    return path


def test_a_damaged_analysis_shard_is_analysed_again_and_the_site_equals_a_clean_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _build(project)
    folder = project / ".dateline-cache" / "analysis"
    shard = sorted(folder.glob("*.pickle"))[0]
    held = sorted(pickle.loads(shard.read_bytes())["entries"])
    shard.write_bytes(shard.read_bytes()[:100])
    for loaded in (project / ".dateline-cache" / "load").glob("*.pickle"):
        loaded.write_bytes(b"not a pickle")
    edited = _quote_added(project)
    done = _analysed(monkeypatch)
    _build(project)
    monkeypatch.undo()
    assert sorted(set(done)) == sorted({*held, edited.relative_to(project).as_posix()})
    assert sorted(pickle.loads(shard.read_bytes())["entries"]) == held, "the damaged shard is written again"
    _clean_build_equals(project, tmp_path)


def test_a_deleted_article_leaves_the_caches_and_the_rest_is_not_rewritten(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # the fixture's files are seconds old: unsettled, the first build's load stamps would be taken again by the
    # next one (a race with the machine's speed: two helpers saw it under load), which is not this test's question
    monkeypatch.setattr(load, "SETTLED_NS", 0)
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _build(project)
    cache = project / ".dateline-cache"
    before = {name: _stamps(cache / name) for name in ("analysis", "load")}
    gone = project / "content" / "articles" / "same-words-2025.md"
    gone.unlink()
    _build(project)
    rel = gone.relative_to(project).as_posix()
    for name in ("analysis", "load"):
        assert rel not in buildcache.Shards(project, name).read()
        after = _stamps(cache / name)
        kept = {f for f in after if before[name].get(f) == after[f]}
        assert set(after) - kept <= {f"{buildcache._shard(rel)}.pickle"}, name
    _clean_build_equals(project, tmp_path)


def test_a_code_change_makes_every_article_analysed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _build(project)
    monkeypatch.setattr(buildcache, "code_key", lambda: "dateline of another version")
    monkeypatch.setattr(analyse, "code_key", lambda: "dateline of another version")
    _quote_added(project)  # an edit: else the build is skipped as unchanged before any cache is read
    done = _analysed(monkeypatch)
    _build(project)
    assert sorted(done) == sorted(p.relative_to(project).as_posix()
                                  for p in (project / "content" / "articles").glob("*.md"))
    monkeypatch.undo()
    _clean_build_equals(project, tmp_path)


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article files a build reads from disk (rather than knows unchanged by their stat record)."""
    from dateline import load

    read: list[str] = []
    real = load.read_source

    def spy(path: Path, *args: object, **kwargs: object) -> object:
        read.append(path.name)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(load, "read_source", spy)
    return read


def test_a_rebuild_reads_only_the_files_whose_stat_record_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline import load

    monkeypatch.setattr(load, "SETTLED_NS", 0)  # the fixture's files are seconds old, not minutes
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _build(project)
    _build(project)  # records every file's stat (the first build read them as just copied)
    edited = _quote_added(project)
    read = _reads(monkeypatch)
    _build(project)
    assert read == [edited.name]
    # same size and mtime put back after an edit: the change time still tells
    other = project / "content" / "articles" / "no-talks-2022.md"
    text, st = other.read_text(encoding="utf-8"), other.stat()
    other.write_text(text.replace("Zelensky", "Zelenskx", 1), encoding="utf-8")
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    read.clear()
    _build(project)
    assert read == [other.name]
    monkeypatch.undo()
    _clean_build_equals(project, tmp_path)


def _settled_by_then(monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[], None] = lambda: None) -> None:
    """The build's `settle_stamps` runs as if the files it read fresh had settled since (a cold build takes
    seconds; a test's, less than SETTLED_NS), after `meanwhile` (an edit made while the build ran)."""
    from dateline import load

    real = load.settle_stamps

    def later(cache: load.ParseCache, root: Path, content: Path) -> None:
        meanwhile()
        with monkeypatch.context() as m:
            m.setattr(load, "SETTLED_NS", 0)
            real(cache, root, content)
    monkeypatch.setattr(pipeline, "settle_stamps", later)


def test_the_files_a_cold_build_read_fresh_are_stamped_once_settled_so_the_next_build_reads_only_the_edited_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout or a copy just before a cold build: every file too fresh to stamp when `load` read it.
    The build stamps them once they have settled (`load.settle_stamps`, before the parse cache is
    written), so the first rebuild reads the edited file alone, not every file again."""
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _settled_by_then(monkeypatch)
    _build(project)
    from dateline import load

    monkeypatch.setattr(load, "SETTLED_NS", 0)  # (the next build comes less than 2 s later: the others untouched)
    edited = _quote_added(project)
    read = _reads(monkeypatch)
    _build(project)
    assert read == [edited.name]
    monkeypatch.undo()
    _clean_build_equals(project, tmp_path)


def test_a_file_changed_while_the_cold_build_ran_stays_unstamped_and_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its bytes are not those the build parsed: no stamp says they are, and the next build reads it
    (and parses what it holds now)."""
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    other = project / "content" / "articles" / "no-talks-2022.md"
    text = other.read_text(encoding="utf-8")
    _settled_by_then(monkeypatch, lambda: other.write_text(text.replace("Zelensky", "Zelenskx", 1), encoding="utf-8"))
    _build(project)
    monkeypatch.undo()
    from dateline import load

    monkeypatch.setattr(load, "SETTLED_NS", 0)
    read = _reads(monkeypatch)
    _build(project)
    assert read == [other.name]
    monkeypatch.undo()
    _clean_build_equals(project, tmp_path)


def test_a_file_replaced_by_a_link_to_the_same_bytes_outside_content_is_refused_as_in_a_clean_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its cached parse is not taken for it: a symlink has no stamp, and it resolves elsewhere."""
    from dateline import load

    monkeypatch.setattr(load, "SETTLED_NS", 0)
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _build(project)
    _build(project)
    article = project / "content" / "articles" / "same-words-2025.md"
    outside = tmp_path / "same-words-2025.md"
    article.rename(outside)
    article.symlink_to(outside)
    with pytest.raises(BuildFailed) as failed:
        _build(project)
    assert [Path(p.path).name for p in failed.value.problems if "outside" in p.message] == [article.name]


def test_the_fragments_are_written_a_shard_at_a_time_and_only_the_shards_that_changed(tmp_path: Path) -> None:
    """`RenderCache.store_fragments` keeps the cards and entries in SHARDS files by quote id: read back by
    `load` as the memo's dicts; the same bytes for the same fragments; after an edit only the shards of
    the fragments whose keys changed are read (from the spill) and written, a shard left empty goes; a
    damaged shard, one of another form or of another scope than most, and the one file of earlier
    versions are no fragments (made again), never wrong ones; nor is a shard holding another's."""
    from dateline import render

    read: list[str] = []

    class Spilled(dict[str, bytes]):  # a fragment read from the spill files only when asked for
        def __getitem__(self, qid: str) -> bytes:
            read.append(qid)
            return super().__getitem__(qid)

    ids = [f"q-{i}" for i in range(300)]
    cards = render.Made({q: f"card key {q}" for q in ids}, Spilled({q: f"<b>“{q}”</b>".encode() for q in ids}))
    entries = render.Made({q: f"entry key {q}" for q in ids[::2]}, Spilled({q: f"entry {q}".encode() for q in ids[::2]}))
    folder = tmp_path / buildcache.FRAGMENTS
    legacy = tmp_path / buildcache.LEGACY_FRAGMENTS
    legacy.parent.mkdir()
    legacy.write_bytes(pickle.dumps({"format": buildcache.FORMAT, "scope": "scope", "cards": {"q-0": ("card key q-0", b"old")},
                                     "entries": {}}))
    assert buildcache.load(tmp_path).memo.cards == {}, "the one file of earlier versions is no baseline"
    buildcache.load(tmp_path).store_fragments("scope", cards, entries)
    assert sorted(read) == sorted(ids + ids[::2]) and not legacy.exists()
    stamps = _stamps(folder)
    assert 1 < len(stamps) <= buildcache.SHARDS
    again = buildcache.load(tmp_path)
    assert again.memo.scope == "scope"
    assert again.memo.cards == {q: (f"card key {q}", f"<b>“{q}”</b>".encode()) for q in ids}
    assert again.memo.entries == {q: (f"entry key {q}", f"entry {q}".encode()) for q in ids[::2]}
    first = {name: (folder / name).read_bytes() for name in stamps}
    shutil.rmtree(folder)
    buildcache.load(tmp_path).store_fragments("scope", cards, entries)
    assert {name: (folder / name).read_bytes() for name in _stamps(folder)} == first, "the same bytes again"

    stamps = _stamps(folder)
    read.clear()
    buildcache.load(tmp_path).store_fragments("scope", cards, entries)
    assert read == [] and _stamps(folder) == stamps, "the same keys as the files': nothing read or written"
    cards.keys["q-7"] = "card key q-7, edited"
    cards.fragments["q-7"] = b"<b>edited</b>"
    gone = [q for q in ids if buildcache._shard(q) == buildcache._shard("q-11")]
    for q in gone:  # every quote of one shard removed: its file goes
        del cards.keys[q], cards.fragments[q]
        entries.keys.pop(q, None)
        entries.fragments.pop(q, None)
    buildcache.load(tmp_path).store_fragments("scope", cards, entries)
    after = _stamps(folder)
    assert set(read) == {q for q in cards.keys if buildcache._shard(q) == buildcache._shard("q-7")} \
        | {q for q in entries.keys if buildcache._shard(q) == buildcache._shard("q-7")}
    assert {name for name in stamps if after.get(name) != stamps[name]} == {
        f"{buildcache._shard('q-7')}.pickle", f"{buildcache._shard('q-11')}.pickle"}
    assert f"{buildcache._shard('q-11')}.pickle" not in after
    memo = buildcache.load(tmp_path).memo
    assert memo.cards["q-7"] == ("card key q-7, edited", b"<b>edited</b>") and "q-11" not in memo.cards

    shard = folder / f"{buildcache._shard('q-7')}.pickle"
    other = folder / f"{buildcache._shard('q-8')}.pickle"
    assert shard != other
    whole = shard.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"not a pickle", pickle.dumps([1, 2]),
                    pickle.dumps({"format": buildcache.FORMAT - 1, "scope": "scope", "cards": {}, "entries": {}}),
                    other.read_bytes()):  # another shard's ids
        shard.write_bytes(damaged)
        memo = buildcache.load(tmp_path).memo
        assert "q-7" not in memo.cards and memo.cards["q-8"][1] == b"<b>\xe2\x80\x9cq-8\xe2\x80\x9d</b>"
    shard.write_bytes(pickle.dumps({"format": buildcache.FORMAT, "scope": "another scope",
                                    "cards": {"q-7": ("card key q-7, edited", b"<b>edited</b>")}, "entries": {}}))
    memo = buildcache.load(tmp_path).memo
    assert memo.scope == "scope" and "q-7" not in memo.cards, "a shard of another scope than most is dropped"
    cache = buildcache.load(tmp_path)
    cache.store_fragments("scope", cards, entries)
    assert buildcache.load(tmp_path).memo.cards["q-7"] == ("card key q-7, edited", b"<b>edited</b>"), "written again"


def test_the_records_are_written_as_they_are_made_and_only_the_shards_that_changed(tmp_path: Path) -> None:
    """`buildcache.Records` writes each quote's quotes.json line as the exports hand it over (no dict of
    them held), in SHARDS files by key: read back, the records and the build's scope; the same bytes for
    the same records; a shard is written again only when one of its records or its set of records
    changed (a removed record too), one left empty goes; a truncated, foreign or misshapen shard is no
    records (the others still are), and the one file of earlier versions is none."""
    from dateline import render

    folder = tmp_path / buildcache.RECORDS
    legacy = tmp_path / buildcache.LEGACY_RECORDS
    legacy.parent.mkdir()
    legacy.write_bytes(b"records of an earlier version")
    lines = {f"q-{i}": ((f"inputs {i}", ("shared", i % 3)), f'{{"id": "q-{i}"}}'.encode()) for i in range(2500)}

    def build(scope: str = "scope") -> buildcache.Records:
        memo = render.RenderMemo()
        records = buildcache.Records(folder, memo)
        read = records.read()
        if read is not None and read[0] == scope:
            memo.records = read[1]
        memo.scope = scope
        for qid, (sig, text) in lines.items():
            old = memo.records.get(qid)
            records.keep(qid, sig, old[1] if old is not None and old[0] == sig else text)
        records.finish(keep_old=read is not None and read[0] == scope)
        return records

    build()
    assert not legacy.exists()
    assert buildcache.Records(folder, render.RenderMemo()).read() == ("scope", lines)
    assert 1 < len(_stamps(folder)) <= buildcache.SHARDS and not list(folder.glob("*.tmp"))
    first = {name: (folder / name).read_bytes() for name in _stamps(folder)}
    shutil.rmtree(folder)
    build()
    assert {name: (folder / name).read_bytes() for name in _stamps(folder)} == first, "the same bytes again"
    stamps = _stamps(folder)
    build()
    assert _stamps(folder) == stamps, "every record the last build's: nothing written"

    lines["q-7"] = (("inputs 7, edited", ("shared", 1)), b'{"id": "q-7", "edited": true}')
    del lines["q-8"]
    gone = [q for q in lines if buildcache._shard(q) == buildcache._shard("q-11")]
    for q in gone:
        del lines[q]
    build()
    after = _stamps(folder)
    assert {name for name in stamps if after.get(name) != stamps[name]} == {
        f"{buildcache._shard(q)}.pickle" for q in ("q-7", "q-8", "q-11")}
    assert f"{buildcache._shard('q-11')}.pickle" not in after, "a shard left empty goes"
    assert buildcache.Records(folder, render.RenderMemo()).read() == ("scope", lines)

    build("another scope")
    assert all(after.get(name) != stamp for name, stamp in _stamps(folder).items()), "a new scope: every shard"
    assert buildcache.Records(folder, render.RenderMemo()).read() == ("another scope", lines)

    shard = folder / f"{buildcache._shard('q-7')}.pickle"
    whole = shard.read_bytes()
    in_shard = {q: v for q, v in lines.items() if buildcache._shard(q) == buildcache._shard("q-7")}
    for damaged in (whole[:-1], whole[: len(whole) // 2], pickle.dumps({"format": buildcache.FORMAT, "scope": "s",
                                                                        "records": {"q-1": (("x",), b"{}")}}),
                    pickle.dumps({"format": buildcache.FORMAT, "scope": "another scope", "records": "batches"})
                    + pickle.dumps([("q-7", "not a tuple", b"{}")]) + pickle.dumps(None), b"not a pickle"):
        shard.write_bytes(damaged)
        read = buildcache.Records(folder, render.RenderMemo()).read()
        assert read == ("another scope", {q: v for q, v in lines.items() if q not in in_shard})
        assert "q-7" not in buildcache.load(tmp_path).memo.records
    build("another scope")
    assert buildcache.Records(folder, render.RenderMemo()).read() == ("another scope", lines), "written again"
