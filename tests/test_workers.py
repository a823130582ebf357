"""Forked workers: same results in the same order as a plain loop; a worker's exception reaches the caller;
none forked from a process larger than `max_resident`; the same for one step run in a forked child, and
for one run in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from functools import partial
from pathlib import Path

import pytest

from dateline import buildcache, link, pipeline, workers
from dateline.model import Site

SCRIPT = textwrap.dedent("""
    import os, sys
    from dateline import workers
    base = {i: i * i for i in range(97)}  # inherited by the forked workers, never pickled
    got = workers.in_workers(lambda i: (base[i], os.getpid()), list(range(97)), at_least=10)
    assert [v for v, _ in got] == [i * i for i in range(97)], got
    pids = {p for _, p in got}
    assert os.getpid() in pids and len(pids) == workers.worker_count(), pids  # this process takes a share
    here = workers.resident_bytes()
    assert here is not None and here > 1_000_000, here  # Linux says how large this process is
    said = []
    small = workers.in_workers(lambda i: (base[i], os.getpid()), list(range(97)), at_least=10,
                               meanwhile=lambda: said.append(1), max_resident=here // 2)
    assert small == [(i * i, os.getpid()) for i in range(97)] and said == [1], small  # too large to fork from
    roomy = workers.in_workers(lambda i: os.getpid(), list(range(97)), at_least=10, max_resident=here * 4)
    assert len(set(roomy)) == workers.worker_count(), roomy  # under the limit: forked as before
    def boom(i):
        if i == 50:
            raise ValueError("item 50")
        return i
    try:
        workers.in_workers(boom, list(range(97)), at_least=10)
    except ValueError as exc:
        assert str(exc) == "item 50"
    else:
        sys.exit("no exception")
    value, pid = workers.in_child(lambda: (base[9], os.getpid()))  # one step in a forked child
    assert value == 81 and pid != os.getpid(), (value, pid)
    try:
        workers.in_child(lambda: boom(50))
    except ValueError as exc:
        assert str(exc) == "item 50"
    else:
        sys.exit("no exception from the child")
    import tempfile, pathlib
    mark = pathlib.Path(tempfile.mkdtemp()) / "after"
    def stored(result):  # in the child, after it has sent its result
        mark.write_text(str(result))
    assert workers.in_child(lambda: base[7], then=stored) == 49
    workers.wait_children()
    assert mark.read_text() == "49", "then() ran in the child and was waited for"
    print("ok")
""")


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: in_workers never forks")
def test_forked_results_keep_order_and_exceptions_propagate() -> None:
    # a fresh single-threaded interpreter: this test process may run server threads (no fork then)
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


BUSY = textwrap.dedent("""
    import os, sys, time
    from functools import partial
    from dateline import workers

    def large(done, i):
        with open(done, "ab") as fh:
            fh.write(b".")
        return bytes([i % 256]) * 100_000  # more than a pipe holds: the worker's message waits to be read

    done = sys.argv[1]
    seen = []

    def meanwhile():  # until the workers have taken every item, or long enough to tell they are stuck
        limit = time.monotonic() + 60
        while os.path.getsize(done) < 64 and time.monotonic() < limit:
            time.sleep(0.05)
        seen.append(os.path.getsize(done))
    out = workers.in_workers(partial(large, done), list(range(64)), at_least=2, meanwhile=meanwhile)
    assert seen == [64], seen
    assert out == [bytes([i]) * 100_000 for i in range(64)]
    print("ok")
""")


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: in_workers never forks")
def test_workers_compute_on_while_this_process_does_its_own_work(tmp_path: Path) -> None:
    """While this process does its `meanwhile` (a cold build's load: `_data` and the analysis modules'
    import), it reads no worker's results: the workers still compute every item they can take (their
    messages wait in a thread of theirs, `_Sending`), rather than sit blocked on a full pipe from their
    first block on. The results come back whole, in order."""
    done = tmp_path / "done"
    done.touch()
    proc = subprocess.run([sys.executable, "-c", BUSY, str(done)], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_few_items_run_here_in_order() -> None:
    assert workers.in_workers(lambda i: (i, os.getpid()), [3, 1, 2], at_least=10) == [
        (3, os.getpid()), (1, os.getpid()), (2, os.getpid())]


def test_a_step_in_a_process_of_its_own_gives_the_links_of_this_one_stores_its_memo_and_raises_here(
        golden_site: Site, tmp_path: Path) -> None:
    """`workers.in_process` runs `pipeline._link_apart` in a new interpreter (not a fork: it does not
    hold this process's memory) from what linking reads (`link.what_link_reads`): the statements it sends
    back (`link.pack_groups`) make here the links of the originals (`link.links_of`), holding this process's
    own quote ids, not copies; the memo it stores after sending, with the digest of the originals made
    there, is on disk once `wait_children` returns; when it stores first (digest given) it sends the links
    (packed, `link.PackedLinks`), read once it ended, the same; its exception is raised here."""
    ids = [q.id for q in golden_site.quotes]
    here = link.link(golden_site.articles, golden_site.quotes, ids)
    read = link.what_link_reads(golden_site.articles, golden_site.quotes)
    store = partial(buildcache.write_links, tmp_path)
    sent, packed = workers.in_process(pipeline._link_apart, read, ids, "", None, store, False, None)
    assert sent == "statements"
    links = link.links_of(golden_site.quotes, ids, *link.unpack_groups(packed, ids))
    assert links == here and links.related == here.related
    mine = {id(i) for i in ids}
    assert all(id(q) in mine for q in links.statement_of) and all(id(r.quote) in mine for r in links.related[ids[0]])
    made = link.digest_of(golden_site.articles, golden_site.quotes, ids)
    workers.wait_children()
    stored = buildcache.read_links(tmp_path)
    assert stored.digest == made and stored.links == here and stored.recall is not None, "the digest of the originals"
    assert isinstance(stored.recall(), link.MergeRecord)
    apart = tmp_path / "apart"  # the merge decisions stored as soon as they are made, then the links
    apart.mkdir()
    stored_first = workers.in_process(pipeline._link_apart, read, ids, "", made, partial(buildcache.write_links, apart),
                                      True, partial(buildcache.write_merge, apart), ended=True)  # digest given
    assert stored_first[0] == "links" and link.unpack(stored_first[1]) == here, \
        "stored first, unpickled once the process has ended: the same"
    again = buildcache.read_links(apart)
    assert again.digest == made and again.links == here and again.recall is not None
    assert again.recall() == stored.recall(), "the same decisions, written before the links"
    with pytest.raises(ValueError):  # a quote of three fields: as_read cannot unpack it, in the child
        workers.in_process(pipeline._link_apart, (read[0], [("id", "article", "text")]), ids, "", None, store, True,
                           None)


def test_a_process_started_ahead_runs_the_call_it_is_given_and_one_never_given_a_call_is_ended(
        golden_site: Site, tmp_path: Path) -> None:
    """`workers.Fresh` starts the interpreter (its module imported) before the call is known: given to
    `in_process`, the call runs there with the same links as a process started for it; one no call takes
    is ended by `wait_children` (a build that failed, or linked in this process after all)."""
    ids = [q.id for q in golden_site.quotes]
    read = link.what_link_reads(golden_site.articles, golden_site.quotes)
    ahead = workers.Fresh(pipeline._link_apart.__module__)
    sent, packed = workers.in_process(pipeline._link_apart, read, ids, "", None, partial(buildcache.write_links, tmp_path),
                                      False, None, fresh=ahead)
    assert sent == "statements"
    assert link.links_of(golden_site.quotes, ids, *link.unpack_groups(packed, ids)) == link.link(
        golden_site.articles, golden_site.quotes, ids)
    made = link.digest_of(golden_site.articles, golden_site.quotes, ids)
    unused = workers.Fresh(pipeline._link_apart.__module__)
    workers.wait_children()
    assert ahead.proc.returncode == 0, "the process used: waited for once it stored the links"
    assert unused.proc.returncode is not None, "the process never used: ended"
    assert buildcache.read_links(tmp_path).digest == made


def test_forks_says_what_in_workers_does() -> None:
    """`workers.forks`: fewer items than `at_least`, or a process larger than `max_resident`, runs the items
    here (a caller then does its other work first); else it forks when this process may."""
    assert not workers.forks(3, 10)
    assert not workers.forks(100, 10, max_resident=1), "any process is larger than one byte"
    assert workers.forks(100, 10) == workers.can_fork(workers.worker_count())


def test_give_back_trims_a_large_process_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The C heap is trimmed in a process holding `TRIM_FROM` or more (a large build's), not in a small
    one (a rebuild's, which would fault the pages given back in again)."""
    trims: list[int] = []
    monkeypatch.setattr(workers, "_TRIM", trims.append)
    monkeypatch.setattr(workers, "resident_bytes", lambda: 300 * 2**20)
    workers.give_back()
    assert trims == [0]
    monkeypatch.setattr(workers, "resident_bytes", lambda: 100 * 2**20)
    workers.give_back()
    assert trims == [0], "a small process: not trimmed"
    monkeypatch.setattr(workers, "resident_bytes", lambda: None)  # a system that does not say: as before
    workers.give_back()
    assert trims == [0, 0]
