"""The per-article caches of parsing and analysis (`buildcache.Shards`): a rebuild writes only the
shards whose entries changed, and a shard that is damaged, stale or foreign is an empty one, never a
wrong site."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest
from conftest import DATA, copy_project, digest

from dateline import analyse, buildcache, pipeline
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


def test_a_deleted_article_leaves_the_caches_and_the_rest_is_not_rewritten(tmp_path: Path) -> None:
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


def test_the_fragments_are_written_one_at_a_time_as_the_dict_a_memo_pickled_whole_makes(tmp_path: Path) -> None:
    """`RenderCache.store_fragments` pickles each card and entry as it is read (no dict of them, no
    pickler memo holding them): the file must load as the memo's dicts would, be the same bytes for
    the same fragments, and be read back by `load`; a damaged one is an empty cache."""
    from dateline import render

    read: list[str] = []

    class Spilled(dict[str, bytes]):  # a fragment read from the spill files only when asked for
        def __getitem__(self, qid: str) -> bytes:
            read.append(qid)
            return super().__getitem__(qid)

    cards = render.Made({"q-b": "kb", "q-a": "ka"}, Spilled({"q-b": b"<b>\xe2\x80\x9cB\xe2\x80\x9d</b>", "q-a": b"A"}))
    entries = render.Made({"q-a": "ea", "q-b": "eb"}, Spilled({"q-a": b"entry A"}))
    cache = buildcache.load(tmp_path)
    cache.store_fragments("scope", cards, entries)
    path = tmp_path / buildcache.FRAGMENTS
    assert read == ["q-b", "q-a", "q-a"]
    assert pickle.loads(path.read_bytes()) == {
        "format": buildcache.FORMAT, "scope": "scope",
        "cards": {"q-b": ("kb", b"<b>\xe2\x80\x9cB\xe2\x80\x9d</b>"), "q-a": ("ka", b"A")},
        "entries": {"q-a": ("ea", b"entry A")}}
    assert list(pickle.loads(path.read_bytes())["cards"]) == ["q-b", "q-a"], "in the fragments' order"
    first = path.read_bytes()
    path.unlink()
    buildcache.load(tmp_path).store_fragments("scope", cards, entries)
    assert path.read_bytes() == first
    again = buildcache.load(tmp_path)
    assert again.memo.scope == "scope"
    assert again.memo.cards == {"q-b": ("kb", b"<b>\xe2\x80\x9cB\xe2\x80\x9d</b>"), "q-a": ("ka", b"A")}
    read.clear()
    again.store_fragments("scope", cards, entries)
    assert read == [], "the same keys as the file's: not written again"
    path.write_bytes(first[: len(first) // 2])
    assert buildcache.load(tmp_path).memo.cards == {}


def test_the_records_file_is_written_as_the_records_are_made_and_read_whole_or_not_at_all(tmp_path: Path) -> None:
    """`buildcache.Records` writes each quote's quotes.json line as the exports hand it over (no dict of
    them held): read back, the records in their order and the build's scope; the same bytes for the same
    records; rewritten only when a record changed; a truncated, foreign or misshapen file is no records."""
    from dateline import render

    path = tmp_path / buildcache.RECORDS
    lines = {f"q-{i}": ((f"inputs {i}", ("shared", i % 3)), f'{{"id": "q-{i}"}}'.encode()) for i in range(2500)}

    def build(memo: render.RenderMemo) -> buildcache.Records:
        records = buildcache.Records(path, memo)
        memo.scope = "scope"
        for qid, (sig, text) in lines.items():
            old = memo.records.get(qid)
            records.keep(qid, sig, old[1] if old is not None and old[0] == sig else text)
        memo.records.clear()  # as the exports leave it
        return records

    build(render.RenderMemo()).finish(keep_old=False)
    first = path.read_bytes()
    assert buildcache.Records.read(path) == ("scope", lines)
    assert list((buildcache.Records.read(path) or ("", {}))[1]) == list(lines), "in quotes.json's order"
    path.unlink()
    build(render.RenderMemo()).finish(keep_old=False)
    assert path.read_bytes() == first
    stamp = path.stat().st_mtime_ns, path.stat().st_ino
    scope, loaded = buildcache.Records.read(path) or ("", {})
    build(render.RenderMemo(scope=scope, records=loaded)).finish(keep_old=True)
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == stamp, "every record the last build's: not rewritten"
    assert not path.with_suffix(".tmp").exists()
    lines["q-7"] = (("inputs 7, edited", ("shared", 1)), b'{"id": "q-7", "edited": true}')
    scope, loaded = buildcache.Records.read(path) or ("", {})
    build(render.RenderMemo(scope=scope, records=loaded)).finish(keep_old=True)
    assert buildcache.Records.read(path) == ("scope", lines)
    whole = path.read_bytes()
    for damaged in (whole[:-1], whole[: len(whole) // 2], pickle.dumps({"format": buildcache.FORMAT, "scope": "s",
                                                                        "records": {"q-1": (("x",), b"{}")}}),
                    pickle.dumps({"format": buildcache.FORMAT, "scope": "s", "records": "batches"})
                    + pickle.dumps([("q-1", "not a tuple", b"{}")]) + pickle.dumps(None), b"not a pickle"):
        path.write_bytes(damaged)
        assert buildcache.Records.read(path) is None
        assert buildcache.load(tmp_path).memo.records == {}
