"""Shared helpers for the benchmarks: timed child processes with peak memory, medians, tables.

Peak memory is measured two ways for every run:
- `tree_peak_mb`: the sum of resident memory over the child and all its descendants, sampled
  every 20 ms from /proc (what a process pool really costs; shared pages count once per process,
  so it slightly over-counts forked workers);
- `maxrss_mb`: `ru_maxrss` from wait4(), i.e. the largest single process among the child and its
  reaped descendants (exact, but blind to a pool's total);
- `tree_pss_peak_mb`: the sum of proportional set sizes (/proc/PID/smaps_rollup) over the tree,
  sampled with the RSS: a page shared by n forked workers counts 1/n in each, so the sum is what
  the tree really occupies (RSS counts a forked worker's inherited pages again in every worker).
`cpu_seconds` is user + system time of the child and its reaped descendants: what the work cost,
which a machine shared with other jobs does not inflate as much as the wall clock.
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
PYTHON = REPO_DIR / ".venv" / "bin" / "python"
BUILD_PY = REPO_DIR / "build.py"
RESULTS_DIR = BENCH_DIR / "results"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class RunResult:
    seconds: float
    returncode: int
    tree_peak_mb: float
    maxrss_mb: float
    stdout: str
    stderr: str
    tree_pss_peak_mb: float = 0.0
    cpu_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def tail(self, lines: int = 15) -> str:
        text = (self.stderr.strip() or self.stdout.strip()).splitlines()
        return "\n".join(text[-lines:])


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                out.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def _pss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def tree_rss_bytes(root: int, pss: bool = False) -> int:
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _pss_bytes(pid) if pss else _rss_bytes(pid)
        stack.extend(_children(pid))
    return total


class _Sampler(threading.Thread):
    """Samples the process tree's resident memory; kills the group above `limit` bytes."""

    def __init__(self, pid: int, limit: int | None, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.limit = limit
        self.interval = interval
        self.peak = 0
        self.pss_peak = 0
        self.over_limit = False
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, tree_rss_bytes(self.pid))
            self.pss_peak = max(self.pss_peak, tree_rss_bytes(self.pid, pss=True))
            if self.limit is not None and self.peak > self.limit and not self.over_limit:
                self.over_limit = True
                _kill_group(self.pid)
            self.done.wait(self.interval)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGKILL)


def run_timed(
    cmd: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 900.0,
    max_rss_mb: float | None = None,
) -> RunResult:
    """Run `cmd`, return wall seconds, exit status, peak memory and captured output.

    The child gets its own process group; it is killed (with its children) after `timeout`
    seconds or when the tree's resident memory exceeds `max_rss_mb`, so a runaway build
    cannot push the machine into the OOM killer, which may pick someone else's process.
    """
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as out,
        tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err,
    ):
        full_env = dict(os.environ if env is None else env)
        start = time.perf_counter()
        proc = subprocess.Popen(
            [os.fspath(c) for c in cmd],
            cwd=cwd,
            env=full_env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        limit = None if max_rss_mb is None else int(max_rss_mb * 2**20)
        sampler = _Sampler(proc.pid, limit)
        sampler.start()
        killer = threading.Timer(timeout, _kill_group, (proc.pid,))
        killer.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        return RunResult(
            seconds=seconds,
            returncode=proc.returncode,
            tree_peak_mb=sampler.peak / 2**20,
            maxrss_mb=usage.ru_maxrss / 1024,
            stdout=out.read(),
            stderr=err.read() + (f"\n[bench] killed: memory above {max_rss_mb:.0f} MB" if sampler.over_limit else ""),
            tree_pss_peak_mb=sampler.pss_peak / 2**20,
            cpu_seconds=usage.ru_utime + usage.ru_stime,
        )


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(a: float, b: float) -> float:
    return a / b if b > 0 else float("nan")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))) for r in rows]
    return "\n".join([line, sep, *body])


def tool_version(cmd: Sequence[str]) -> str:
    try:
        res = subprocess.run(list(cmd), capture_output=True, text=True, timeout=60, check=False)
    except OSError:
        return "unavailable"
    return (res.stdout.strip() or res.stderr.strip()).splitlines()[0] if res.returncode == 0 else "unavailable"


def git_revision() -> str:
    try:
        res = subprocess.run(
            ["git", "-C", str(REPO_DIR), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        )
        dirty = subprocess.run(
            ["git", "-C", str(REPO_DIR), "status", "--porcelain", "--", "dateline", "build.py"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return "unknown"
    rev = res.stdout.strip() or "unknown"
    return rev + ("+dirty" if dirty.stdout.strip() else "")


def machine() -> dict[str, object]:
    load = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "loadavg_at_start": [round(x, 2) for x in load],
    }


def compile_tree(tree: Path) -> None:
    """Byte-compile a dateline checkout, as `pip install` does for an installed package: a
    machine with PYTHONDONTWRITEBYTECODE set (this one) would otherwise make every timed build
    compile dateline's ~40 modules from source (~0.1 s a build, measured), which no user pays."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    python = PYTHON if PYTHON.is_file() else Path(sys.executable)
    subprocess.run([os.fspath(python), "-m", "compileall", "-q", os.fspath(tree / "dateline")],
                   env=env, check=False, stdout=subprocess.DEVNULL)


def dateline_available() -> bool:
    return BUILD_PY.is_file() and PYTHON.is_file()


def tmpfs_dir(prefix: str) -> Path:
    base = Path("/dev/shm")
    if not base.is_dir():
        raise SystemExit("--tmpfs: /dev/shm is not available on this machine")
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


def remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)
