"""Run a pure, CPU-bound function over many items in forked worker processes.

Analysis (per article) and rendering (per card, per article page) are pure and take
most of a large build. A forked worker inherits the whole parent (the loaded corpus,
the assembled site, the compiled templates), so neither the function nor its inputs
are pickled: `items` should be small keys (ids, indices, articles) and only results
travel back, through one pipe per worker.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 8


def can_fork(workers: int) -> bool:
    """Fork workers only from a single-threaded process (serve's threads could hold locks)."""
    return workers > 1 and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def worker_count() -> int:
    return min(os.cpu_count() or 1, MAX_WORKERS)


def in_workers(func: Callable[[T], R], items: Sequence[T], *, at_least: int) -> list[R]:
    """`[func(x) for x in items]`, split over forked workers when there are `at_least` items.

    Fewer items, a single core or a threaded process: computed here, in order. The
    first exception raised in a worker is raised again here."""
    workers = worker_count()
    if len(items) < at_least or not can_fork(workers):
        return [func(x) for x in items]
    size = -(-len(items) // workers)
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    ctx = multiprocessing.get_context("fork")
    gc.freeze()  # the children's collector would otherwise touch, and so copy, every inherited object
    try:
        started = []
        for chunk in chunks:
            receive, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_work, args=(func, chunk, send), daemon=True)
            proc.start()
            send.close()
            started.append((proc, receive))
        results: list[R] = []
        failure: BaseException | None = None
        for proc, receive in started:  # read before join: a worker blocks until its pipe is drained
            try:
                ok, value = receive.recv()
            except EOFError:
                ok, value = False, RuntimeError(f"worker process {proc.pid} died")
            receive.close()
            proc.join()
            if ok:
                results.extend(value)
            elif failure is None:
                failure = value
        if failure is not None:
            raise failure
        return results
    finally:
        gc.unfreeze()


def _work(func: Callable[[T], R], chunk: Sequence[T], send: Connection) -> None:
    """Worker body: one chunk, one message back — (True, results) or (False, the exception)."""
    try:
        send.send((True, [func(x) for x in chunk]))
    except BaseException as exc:  # handed to the parent, which raises it
        try:
            send.send((False, exc))
        except Exception:  # the exception itself cannot be pickled
            send.send((False, RuntimeError(repr(exc))))
    finally:
        send.close()
