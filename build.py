#!/usr/bin/env python3
"""Build the site: `python build.py` (= `build`), or any dateline command: `python build.py serve`.

Note: this file shadows PyPA's `build` module inside the repository (`python -m build`
runs this file); package dateline with `pyproject-build` instead.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dateline.cli import run

if __name__ == "__main__":
    run(sys.argv[1:] or ["build"])
