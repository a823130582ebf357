"""`python -m dateline …` — the same main() (through run()) as build.py and the `dateline` script."""

from dateline.cli import run

run()
