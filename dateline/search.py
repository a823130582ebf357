"""Pagefind search index, built into the staging folder before it is swapped in.

Pagefind ships as a binary inside the `pagefind[bin]` wheel; running it as a
subprocess keeps its cost (~0.1 s) out of the Python process and off `--no-search`
builds.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from dateline.config import SiteConfig
from dateline.errors import BuildFailed, Problem


def available() -> bool:
    try:
        import pagefind  # noqa: F401
    except ImportError:
        return False
    return True


def index(site_dir: Path) -> None:
    """Run Pagefind over a built site folder; raise BuildFailed with its message on failure."""
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", "pagefind", "--silent"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        msg = (proc.stderr or proc.stdout).strip().splitlines()
        raise BuildFailed([Problem("pagefind", 0, "search index failed: " + (msg[-1] if msg else "unknown error"))])


def indexer(config: SiteConfig) -> Callable[[Path], None] | None:
    """The after-write hook for a build, or None when search is off or Pagefind is missing."""
    if not config.search:
        return None
    if not available():
        print("warning: pagefind is not installed; building without search (pip install 'pagefind[bin]')",
              file=sys.stderr)
        return None
    return index
