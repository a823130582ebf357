"""`python -m dateline …` — the same main() as build.py and the `dateline` script."""

import sys

from dateline.cli import main

sys.exit(main())
