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
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
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


def give_back() -> None:
    """Return the C heap's free pages to the system (glibc's `malloc_trim`; elsewhere nothing).

    Objects freed here (a card's bytes, a step's temporaries) leave holes that the C allocator
    keeps resident: a forked worker would inherit them, and they would count in its resident
    memory and in this process's for the rest of the build."""
    if _TRIM is not None:
        _TRIM(0)


def worker_count() -> int:
    return min(os.cpu_count() or 1, MAX_WORKERS)


def in_workers(func: Callable[[T], R], items: Sequence[T], *, at_least: int) -> list[R]:
    """`[func(x) for x in items]`, split over forked workers when there are `at_least` items.

    The first chunk is computed here while the forked workers compute the others: one process
    fewer. Each fork inherits this process's whole heap, which the resident memory summed over
    the build's processes counts once more per worker (at 10,000 articles ~1 GB a worker), and
    this process would otherwise only wait. Fewer items, a single core or a threaded process:
    computed here, in order. The first exception (in item order) is raised here."""
    workers = worker_count()
    if len(items) < at_least or not can_fork(workers):
        return [func(x) for x in items]
    size = -(-len(items) // workers)
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    ctx = multiprocessing.get_context("fork")
    give_back()
    gc.freeze()  # the children's collector would otherwise touch, and so copy, every inherited object
    started: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
    try:
        for chunk in chunks[1:]:
            receive, send = ctx.Pipe(duplex=False)
            worker = ctx.Process(target=_work, args=(func, chunk, send), daemon=True)
            worker.start()
            send.close()
            started.append((worker, receive))
        inbox: list[list[tuple[bool | None, Any]]] = [[] for _ in started]
        mine: list[R] = []
        for x in chunks[0]:
            mine.append(func(x))
            _drain(started, inbox, block=False)  # a worker blocks on a full pipe until it is read
        _drain(started, inbox, block=True)
        results = mine
        for box in inbox:
            for ok, value in box:
                if ok:
                    results.extend(value)
                elif ok is False:
                    raise value
        return results
    finally:
        for proc, receive in started:
            receive.close()
            if proc.is_alive():
                proc.kill()
            proc.join()
        gc.unfreeze()


def _drain(started: list[tuple[multiprocessing.process.BaseProcess, Connection]],
           inbox: list[list[tuple[bool | None, Any]]], *, block: bool) -> None:
    """Read what the workers have sent into their inboxes: what is waiting now, or (`block`)
    everything up to each worker's end — its (None, None), its exception or its death."""
    for (proc, receive), box in zip(started, inbox, strict=True):
        while not (box and box[-1][0] is not True):  # not finished
            if not block and not receive.poll():
                break
            box.append(_receive(receive, proc))


BATCH = 500  # results per message: the parent never holds one worker's whole output twice (pickled and not)


def _work(func: Callable[[T], R], chunk: Sequence[T], send: Connection) -> None:
    """Worker body: results back in batches — (True, results)… then (None, None) — or, on the
    first exception, (False, the exception)."""
    try:
        for i in range(0, len(chunk), BATCH):
            send.send((True, [func(x) for x in chunk[i:i + BATCH]]))
        send.send((None, None))
    except BaseException as exc:  # handed to the parent, which raises it
        _send_failure(send, exc)
    finally:
        send.close()


def _send_failure(send: Connection, exc: BaseException) -> None:
    """(False, the exception) to the parent, or its repr when the exception cannot be pickled."""
    try:
        send.send((False, exc))
    except Exception:
        send.send((False, RuntimeError(repr(exc))))


def _receive(receive: Connection, proc: multiprocessing.process.BaseProcess) -> tuple[bool | None, Any]:
    """The next message of a worker or child; its death (the pipe closed unannounced) as a failure.

    Unpickled with the collector off: a message is many new objects at once (a child's links, a
    batch of analyses), each allocation counted towards a collection that would scan them all
    again and find nothing to free; that was half of unpickling the links of 4000 articles
    (measured on branch wall17)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        msg: tuple[bool | None, Any] = receive.recv()
    except EOFError:
        return False, RuntimeError(f"worker process {proc.pid} died")
    finally:
        if collecting:
            gc.enable()
    return msg


def in_child(func: Callable[[], R]) -> R:
    """`func()` computed in a forked child, its result sent back pickled: for a step whose working
    memory is many times its result (linking: the word runs of every quote, for a few dicts of
    ids). Memory this process frees is seldom given back to the system (the allocator keeps its
    arenas while one object in them lives), so a peak reached here would stay for the rest of the
    build and be inherited by every later worker; a child's goes with it. A threaded process:
    computed here. The child's exception is raised here."""
    if not can_fork(2):
        return func()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    give_back()
    gc.freeze()
    try:
        child = ctx.Process(target=_once, args=(func, send), daemon=True)
        child.start()
        send.close()
        ok, value = _receive(receive, child)
        receive.close()
        child.join()
    finally:
        gc.unfreeze()
    if not ok:
        raise value
    result: R = value
    return result


def _once(func: Callable[[], R], send: Connection) -> None:
    """Child body of `in_child`: (True, result) or (False, the exception)."""
    try:
        send.send((True, func()))
    except BaseException as exc:
        _send_failure(send, exc)
    finally:
        send.close()
