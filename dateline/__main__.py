"""`python -m dateline …` — the same main() (through run()) as build.py and the `dateline` script."""

try:
    from dateline.cli import run
except KeyboardInterrupt:  # Ctrl-C while Python reads dateline's modules: nothing begun, no traceback
    raise SystemExit(130) from None

run()
