"""Run a pure, CPU-bound function over many items in forked worker processes.

Analysis (per article) and rendering (per card, per article page) are pure and take
most of a large build. A forked worker inherits the whole parent (the loaded corpus,
the assembled site, the compiled templates), so neither the function nor its inputs
are pickled: `items` should be small keys (ids, indices, articles) and only results
travel back, through one pipe per worker. This process computes one share itself.
"""

from __future__ import annotations

import ctypes
import gc
import importlib
import multiprocessing
import os
import pickle
import queue
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 8


def can_fork(workers: int) -> bool:
    """Fork workers only from a single-threaded process (serve's threads could hold locks)."""
    return workers > 1 and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc
    except (OSError, AttributeError):
        return None
    return lambda pad: int(trim(pad))


_TRIM = _malloc_trim()


# resident bytes from which `give_back` trims: a large build's (its main process is ~300 MB and more
# from 4000 articles), not a rebuild's at 1000 (~190 MB, nothing forked for its few pages)
TRIM_FROM = 256 * 2**20


def give_back() -> None:
    """Return the C heap's free pages to the system (glibc's `malloc_trim`; elsewhere nothing), in a
    process holding TRIM_FROM or more.

    Objects freed here (a card's bytes, a step's temporaries) leave holes that the C allocator
    keeps resident: a forked worker would inherit them, and they would count in its resident
    memory and in this process's for the rest of the build. A small process has little to give
    back and pays for it: the trim's own ~0.015 CPU s and ~4,500 page faults when the pages given
    back are used again (a quote edit's rebuild at 1000 articles, 11 calls)."""
    if _TRIM is not None and (resident_bytes() or TRIM_FROM) >= TRIM_FROM:
        _TRIM(0)


def resident_bytes() -> int | None:
    """This process's resident memory (Linux: /proc/self/statm); None where the system does not say."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return None


def worker_count() -> int:
    return min(os.cpu_count() or 1, MAX_WORKERS)


BATCH = 500  # results per message: the parent never holds one worker's whole output twice (pickled and not)
PARTS = 16  # blocks per process: small enough that the processes finish together, few enough to cost nothing
TAIL_PARTS = 8  # the last blocks (`_Blocks`) down to this fraction of a block


def in_workers(func: Callable[[T], R], items: Sequence[T], *, at_least: int,
               meanwhile: Callable[[], None] | None = None, max_resident: int | None = None,
               compact: bool = False) -> list[R]:
    """`[func(x) for x in items]`, split over forked workers when there are `at_least` items.

    This process computes a share itself while the forked workers compute the others: one process
    fewer. Each fork inherits this process's whole heap, which the resident memory summed over
    the build's processes counts once more per worker (at 10,000 articles ~1 GB a worker), and
    this process would otherwise only wait. `max_resident`: no worker is forked from a process
    whose resident memory (its free pages given back first) is above this many bytes, as each
    would count it again: the items are computed here, slower but in half the memory. The items
    go out in blocks, each to the first process free to take it, so that all finish together
    however uneven the items (halves fixed in advance left one process waiting for the other for
    a tenth of the step). `meanwhile`: other work of
    this process, done first (after the fork, so no worker inherits what it makes) while the
    workers start on the items. `compact`: this process's own results are kept pickled, a block
    at a time, until every item is done, and only then unpickled: results made here lie between
    the temporaries their making left (holes the allocator keeps resident for the rest of the
    build), where the workers' arrive unpickled, packed together (analysis of 10,000 articles: the
    build process ~14 MB smaller after it, for ~0.3 s of pickling). Fewer items, a single core or a threaded process: `meanwhile`,
    then the items here, in order. The first exception (in item order) is raised here."""
    workers = worker_count()
    if not forks(len(items), at_least, max_resident):
        if meanwhile is not None:
            meanwhile()
        return [func(x) for x in items]
    n = len(items)
    size = max(1, min(BATCH, -(-n // (workers * PARTS))))
    # each process's first block (this one's too, unless it has other work first): every one takes a share
    first = [(b * size, min(n, (b + 1) * size)) for b in range(min(workers - (meanwhile is not None), -(-n // size)))]
    mine: tuple[int, int] | None = first.pop(0) if meanwhile is None else None
    ctx = multiprocessing.get_context("fork")
    blocks = _Blocks(ctx, n, size, len(first) + (mine is not None), len(first) + 1)
    if max_resident is None:
        give_back()  # else done by `_too_large`
    gc.freeze()  # the children's collector would otherwise touch, and so copy, every inherited object
    started: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
    try:
        for given in first:
            receive, send = ctx.Pipe(duplex=False)
            worker = ctx.Process(target=_work, args=(func, items, blocks, given, send, os.getpid()), daemon=True)
            worker.start()
            send.close()
            started.append((worker, receive))
        results: list[Any] = [None] * n
        failed: list[tuple[int, BaseException]] = []
        done = [False] * len(started)
        if meanwhile is not None:
            meanwhile()
        block = mine if mine is not None else blocks.claim()
        packed: list[tuple[int, bytes]] = []  # this process's own blocks, pickled (`compact`)
        while block is not None:
            at, end = block
            made: list[Any] = []
            for i in range(at, end):
                try:
                    made.append(func(items[i]))
                except Exception as exc:
                    failed.append((i, exc))
                    blocks.stop()
                    break
                _drain(started, done, results, failed, block=False)  # a worker blocks on a full pipe
            if compact:
                packed.append((at, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)))
            else:
                results[at:at + len(made)] = made
            del made
            block = blocks.claim()
        _drain(started, done, results, failed, block=True)
        if failed:
            raise min(failed, key=lambda f: f[0])[1]
        with collector_off():
            while packed:
                at, data = packed.pop(0)
                made = pickle.loads(data)
                del data
                results[at:at + len(made)] = made
        return results
    finally:
        for proc, receive in started:
            receive.close()
            if proc.is_alive():
                proc.kill()
            proc.join()
        gc.unfreeze()


def forks(items: int, at_least: int, max_resident: int | None = None) -> bool:
    """Whether `in_workers` would fork workers for this many items now (`at_least`, `max_resident`: its own):
    for a caller whose `meanwhile` should come first when it does not (the items' memory on top of it)."""
    return items >= at_least and can_fork(worker_count()) and not _too_large(max_resident)


def _too_large(max_resident: int | None) -> bool:
    """Whether this process is too large to fork from (`in_workers`' `max_resident`), after giving
    its free pages back (which the fork would otherwise count too)."""
    if max_resident is None:
        return False
    give_back()
    resident = resident_bytes()
    return resident is not None and resident > max_resident


class _Blocks:
    """The items in blocks, handed out in order, each once, to whichever process asks first: a
    counter in memory shared by the forked processes. Blocks of `size`, and towards the end smaller
    ones, a share of what is left (guided scheduling): with blocks of one size the process that
    took the last one was still at it alone for half a block on average (analysis of 4000
    articles on two cores: blocks of 125 articles, ~0.6 s each), and the others waited."""

    def __init__(self, ctx: Any, n: int, size: int, taken: int, processes: int) -> None:
        self.n, self.size = n, size
        self.least = max(1, size // TAIL_PARTS)  # the smallest block: a message each, with its pickling
        self.share = 2 * max(1, processes)  # a block is at most this fraction of the items left
        self.next = ctx.RawValue("q", min(n, taken * size))  # the first item nobody has taken
        self.lock = ctx.Lock()

    def claim(self) -> tuple[int, int] | None:
        """The next block (its first item, the item after its last), or None when every item is taken."""
        with self.lock:
            at: int = self.next.value
            if at >= self.n:
                return None
            end = min(self.n, at + max(self.least, min(self.size, -(-(self.n - at) // self.share))))
            self.next.value = end
        return at, end

    def stop(self) -> None:
        """Hand out nothing more (an item failed: no later item's result will be used)."""
        with self.lock:
            self.next.value = self.n


def _drain(started: list[tuple[multiprocessing.process.BaseProcess, Connection]], done: list[bool],
           results: list[Any], failed: list[tuple[int, BaseException]], *, block: bool) -> None:
    """Put what the workers have sent in its place: what is waiting now, or (`block`) everything
    up to each worker's end — its (None, None), its failure or its death."""
    for k, (proc, receive) in enumerate(started):
        while not done[k]:
            if not block and not receive.poll():
                break
            ok, value = _receive(receive, proc)
            if ok:
                at, made = value
                results[at:at + len(made)] = made
            elif ok is None:
                done[k] = True
            else:  # (item, exception) from the worker, or its death: after every item
                failed.append(value if isinstance(value, tuple) else (len(results), value))
                done[k] = True


def _work(func: Callable[[T], R], items: Sequence[T], blocks: _Blocks, block: tuple[int, int] | None,
          send: Connection, parent: int) -> None:
    """Worker body: starting with `block`, then each block it can take, its results back —
    (True, (first item, results))… then (None, None) — or, on the first exception, (False, (item, exception)).
    Sent by a thread of its own (`_Sending`) while it computes on."""
    die_with(parent)
    i = block[0] if block is not None else 0
    out = _Sending(send)
    try:
        while block is not None:
            at, end = block
            made = []
            for i in range(at, end):
                made.append(func(items[i]))
            out.put((True, (at, made)))
            block = blocks.claim()
        out.put((None, None))
        out.close()
    except BaseException as exc:  # handed to the parent, which raises it, after what was sent before
        blocks.stop()
        out.close()
        _send_failure(send, exc, i)
    finally:
        send.close()


class _Sending:
    """A worker's messages to its parent, pickled as they are made and written to the pipe by a thread of
    the worker's own while it computes on. A pipe holds 64 KB, a block of results is often more (a block of
    parsed articles, ~0.5 MB at 4000), and the parent reads the pipes only between items of its own: not
    during its `meanwhile` (a cold build's load: `_data` read and the analysis modules imported, ~1 CPU s),
    for which the worker sat blocked on its first block's send, the second core idle (9.8 s of loading's
    17.7 at load ~13 on 2 cores, measured). A message that cannot be pickled fails in the worker's own
    thread, as when it was sent there."""

    def __init__(self, send: Connection) -> None:
        self.send = send
        self.queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._write, daemon=True)
        self.thread.start()

    def _write(self) -> None:
        while (data := self.queue.get()) is not None:
            try:
                self.send.send_bytes(data)
            except OSError:  # the parent has stopped reading (it failed, or ended the worker): nobody to tell
                return

    def put(self, message: object) -> None:
        """`message` to be sent, after those put before (pickled as `Connection.send` does)."""
        self.queue.put(bytes(ForkingPickler.dumps(message)))

    def close(self) -> None:
        """Once every message put is written (or the parent has stopped reading)."""
        self.queue.put(None)
        self.thread.join()


def _send_failure(send: Connection, exc: BaseException, item: int | None = None) -> None:
    """(False, the exception) to the parent, or its repr when the exception cannot be pickled;
    a worker's as (False, (the item it failed on, the exception))."""
    for value in (exc, RuntimeError(repr(exc))):
        try:
            send.send((False, value if item is None else (item, value)))
            return
        except Exception:
            continue


def _receive(receive: Connection, proc: multiprocessing.process.BaseProcess) -> tuple[bool | None, Any]:
    """The next message of a worker or child; its death (the pipe closed unannounced) as a failure.

    Unpickled with the collector off: a message is many new objects at once (a child's links, a
    batch of analyses), each allocation counted towards a collection that would scan them all
    again and find nothing to free; that was half of unpickling the links of 4000 articles
    (measured on branch wall17)."""
    with collector_off():
        try:
            msg: tuple[bool | None, Any] = receive.recv()
        except EOFError:
            return False, RuntimeError(f"worker process {proc.pid} died")
    return msg


@contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off for the block, then as it was: for a block that makes many
    long-lived objects holding no garbage (an unpickled message, a cache read, the views), each
    allocation of which would count towards a collection that scans them all again and frees nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def in_child(func: Callable[[], R], then: Callable[[R], None] | None = None) -> R:
    """`func()` computed in a forked child, its result sent back pickled: for a step whose working
    memory is many times its result (linking: the word runs of every quote, for a few dicts of
    ids). Memory this process frees is seldom given back to the system (the allocator keeps its
    arenas while one object in them lives), so a peak reached here would stay for the rest of the
    build and be inherited by every later worker; a child's goes with it. `then(result)`: the
    child's work after it has sent the result (storing what it made), while this process goes on;
    `wait_children` waits for it. A threaded process: computed here. The child's exception is
    raised here."""
    if not can_fork(2):
        here = func()
        if then is not None:
            then(here)
        return here
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    give_back()
    gc.freeze()
    try:
        child = ctx.Process(target=_once, args=(func, send, then, os.getpid()), daemon=True)
        child.start()
        send.close()
        ok, value = _receive(receive, child)
        receive.close()
        if ok and then is not None:
            _behind.append(child.join)
        else:
            child.join()
    finally:
        gc.unfreeze()
    if not ok:
        raise value
    result: R = value
    return result


def _death_signal() -> Callable[[], bool] | None:
    """Linux's prctl(PR_SET_PDEATHSIG, SIGKILL) for this process, if the system has it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1
    return lambda: int(prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)) == 0


_DEATH_SIGNAL = _death_signal()


def die_with(parent: int) -> None:
    """Make this worker or child end when `parent`, the build that started it, does, however that ends:
    after a `kill -9` of a build its workers ran on for as long as their work took, or for ever waiting
    on a pipe (hostile round 64: processes of killed builds with ppid 1, tens of MB and their /dev/shm
    segments each, found 6 to 28 minutes later). On Linux the kernel kills it (PR_SET_PDEATHSIG); elsewhere
    a thread of its own looks at its parent once a second. A parent already gone: it ends now. 0: not
    tied (started from a thread that may end first)."""
    if not parent:
        return
    if _DEATH_SIGNAL is None or not _DEATH_SIGNAL():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the tie was made
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while True:
        threading.Event().wait(1.0)
        if os.getppid() != parent:
            os._exit(1)


_behind: list[Callable[[], object]] = []  # waits for a child still at its `then` (or after its `send`)


def wait_children() -> None:
    """Wait for the children of `in_child` still at their `then` (a process that exits first would
    stop them half-way: multiprocessing ends daemonic children at exit), and of `in_process` still
    at their work after they sent their result; end the processes `Fresh` started that no call used."""
    while _unused:
        _unused.pop().end()
    while _behind:
        _behind.pop()()


class Fresh:
    """A new Python process started before its `in_process` call is known, `module` imported: its
    interpreter starts and imports while this process works on (the link process of a cold build,
    started after analysis: its ~0.3–0.45 CPU s of start-up and imports, on a core otherwise idle, were
    waited for). Holds nothing of this process's (not forked). Not given to a call: `wait_children` ends it."""

    def __init__(self, module: str) -> None:
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self.receive, send = os.pipe()
        # (a process started from another thread than the main one is not tied to it: the kernel's tie is to
        # the thread that started it, which may end before the process's work does)
        parent = os.getpid() if threading.current_thread() is threading.main_thread() else 0
        code = (f"import sys; sys.path.insert(0, {package!r}); from dateline import workers; "
                f"workers.die_with({parent}); import {module}; workers._fresh({send})")
        try:
            self.proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, pass_fds=(send,))
        except BaseException:
            os.close(self.receive)
            raise
        finally:
            os.close(send)
        _unused.append(self)

    def taken(self) -> tuple[subprocess.Popen[bytes], int]:
        """The process and the end of its pipe its result comes through, for `in_process`."""
        _unused.remove(self)
        return self.proc, self.receive

    def end(self) -> None:
        """Not needed after all: stopped (it waits for a call, and holds nothing), its pipe closed."""
        self.proc.kill()
        self.proc.wait()
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        os.close(self.receive)


_unused: list[Fresh] = []  # `Fresh` processes no `in_process` call took (yet)


def in_process(func: Callable[..., None], *args: object, ended: bool = False, spent: Sequence[list[Any]] = (),
               fresh: Fresh | None = None, meanwhile: Callable[[Callable[[], bool]], None] | None = None) -> Any:
    """`func(*args, send)` run in a new Python process, not a fork; returns the value it `send`s (once),
    and it may go on working after that while this process goes on (`wait_children` waits for it).
    `ended`: the value is unpickled once the process has ended (for a `func` that ends when it has
    sent it: its memory and the value's, made here, are then never held at the same time).

    For a step whose working memory is large beside a large build: a forked child starts with the
    parent's whole heap in its resident memory, which the memory summed over the build's processes
    counts once more (at 10,000 articles ~300 MB for linking, which reads a tenth of it). This one
    holds the interpreter, the modules `func`'s imports (~30 MB) and `args`, pickled through a pipe:
    `func` must be a module-level function and `args` small. Its exception is raised here. `spent`:
    lists among `args` (or in them) emptied once sent: the caller's call holds its arguments until it
    returns, and what was made only to be sent would be held beside the process's memory for its run.
    `fresh`: the process to run it in, started earlier (`Fresh`), else one started now. `meanwhile`:
    this process's own work while it waits for the value (it must not fork: a fork would hold the pipes),
    given `waiting()`, true while the value has not come: work that could as well be done later stops
    when it comes, so that it never holds up what the value lets this process do."""
    proc, receive = (fresh or Fresh(func.__module__)).taken()
    with os.fdopen(receive, "rb") as results:
        try:
            assert proc.stdin is not None
            with proc.stdin:
                pickle.dump((func.__module__, func.__qualname__, args), proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            # sent: let go of the arguments made for the call (what linking reads: ~130,000 tuples at
            # 10,000 articles) while the process works, and give their pages back, for its whole run
            del args
            for part in spent:
                part.clear()
            give_back()
            if meanwhile is not None:
                meanwhile(partial(_nothing_yet, results.fileno()))
            message = results.read()  # to the end: the process closes its end once it has sent
            if ended:
                proc.wait()
            try:
                with collector_off():  # many new objects at once (`_receive`)
                    ok, value = pickle.loads(message)
            finally:
                del message
        except (OSError, EOFError, pickle.UnpicklingError):
            ok, value = False, RuntimeError(f"process {proc.pid} died (exit status {proc.wait()})")
        except BaseException:
            proc.kill()
            proc.wait()
            raise
    if not ok:
        proc.wait()
        raise value
    _behind.append(proc.wait)
    return value


def _nothing_yet(fd: int) -> bool:
    """Whether nothing can be read yet from the pipe `fd` (neither a value nor its writer's end)."""
    return not select.select([fd], [], [], 0)[0]


def _fresh(fd: int) -> None:
    """Body of `in_process`'s process: the call read from stdin, its result (True, value) or its
    exception (False, exception) written to `fd`, then the rest of its work."""
    with collector_off():  # many new objects at once, no garbage (what linking reads: 0.30 → 0.11 s at 10,000 articles)
        module, name, args = pickle.load(sys.stdin.buffer)
    out = os.fdopen(fd, "wb")

    def send(value: object) -> None:
        with out:
            pickle.dump((True, value), out, protocol=pickle.HIGHEST_PROTOCOL)

    try:
        getattr(importlib.import_module(module), name)(*args, send)
    except BaseException as exc:
        if out.closed:  # after its result: nobody to tell but stderr
            raise
        for failure in (exc, RuntimeError(repr(exc))):
            try:
                data = pickle.dumps((False, failure), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                continue
            with out:
                out.write(data)
            return


def _once(func: Callable[[], R], send: Connection, then: Callable[[R], None] | None = None, parent: int = 0) -> None:
    """Child body of `in_child`: (True, result) or (False, the exception); then `then(result)`."""
    die_with(parent)
    try:
        result = func()
        send.send((True, result))
    except BaseException as exc:
        _send_failure(send, exc)
        return
    finally:
        send.close()
    if then is not None:
        then(result)
