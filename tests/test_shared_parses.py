"""`patterns.shared_parses`: a long group's text that recurs in many patterns (a trie of a word list) is
parsed and compiled once, and every pattern compiled inside is the one `re` compiles without it — the
same engine code, groups and flags, whatever stands around the shared text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dateline import patterns
from dateline.quotes import alternation

pytestmark = pytest.mark.skipif(not patterns._SHARED_OK, reason="no parser internals to share on this Python")

# an invented word list (a harbour authority's job titles), long enough to be shared as one trie
TITLES = alternation([f"{head} {tail}" for head in ("harbour", "harbor", "port", "pier", "dock", "quay")
                      for tail in ("master", "warden", "pilot", "clerk", "captain", "engineer", "inspector")])
VERBS = alternation([f"{verb}{end}" for verb in ("announce", "argue", "assure", "concede", "declare", "note", "observe",
                                                 "conclude", "state", "propose", "promise", "deplore", "oppose")
                     for end in ("", "s", "d")])


# a group written by hand, with plain spaces, which a verbose pattern reads otherwise (spaces ignored)
SPACED = "(?:" + "|".join(f"{w} of the port" for w in (
    "chair", "deputy chair", "treasurer", "secretary", "auditor", "chief pilot", "head of works", "legal adviser",
    "press officer", "archivist")) + ")"
GROUPED = rf"(?:(?:{VERBS})\s+(\w+)\s+again)"  # holds a group: its number is the pattern's


def _cases() -> list[tuple[str, int]]:
    t, v = TITLES, VERBS
    return [
        (rf"\bthe\s+(?P<title>{t})\s+(?P<verb>{v})\b", 0),
        (rf"(?P<title>{t})\s+(?P<verb>{v})", re.IGNORECASE),  # the same texts, other flags: other code
        (rf"(?:{t})?\s*(?:{v})+", 0),                          # repeated: the group's parse itself is used
        (rf"(?<!\w)(?={t})(?:{t}|port\s+director)\b", 0),      # beside an alternative sharing its first letters
        (rf"(?:{t}|p)\b", 0),                                  # an alternative that a character set could join
        (rf"(?:{v})(?!\s+(?:{t}))", re.IGNORECASE | re.MULTILINE),
        (rf"(?x) (?: {t} ) \s+ said", 0),                      # verbose: parsed apart from the others
        (rf"{SPACED}\s+said", 0),
        (rf"(?x) {SPACED} \s+ said", 0),
        (rf"{GROUPED}\s+\1", 0),                                # holds a group and a reference: never shared
        (rf"(\d+)\s+{GROUPED}\s+\2", 0),
        (rf"(?:{t})\s+(?P<n>\w+)\s+(?P=n)", 0),
    ]


def _compile_inside(cases: list[tuple[str, int]]) -> list[re.Pattern[str]]:
    re.purge()
    with patterns.shared_parses():
        made = [re.compile(p, f) for p, f in cases]
    re.purge()
    return made


def test_patterns_compiled_sharing_the_tries_are_the_ones_re_compiles() -> None:
    cases = _cases()
    made = _compile_inside(cases)
    for pat, (p, f) in zip(made, cases, strict=True):
        usual = patterns._compiler.compile(p, f)
        assert pat == usual  # equality compares the flags, the pattern and the engine code
        assert (pat.groups, pat.groupindex, pat.flags) == (usual.groups, usual.groupindex, usual.flags)
    text = ("The harbour master announced it; the PIER PILOT opposed so; dock clerk dock clerk; port director; "
            "the chair of the port said; 12 noted again 12; states Kai again Kai")
    for pat, (p, f) in zip(made, cases, strict=True):
        assert [m.span() for m in pat.finditer(text)] == [m.span() for m in re.compile(p, f).finditer(text)]


def test_a_shared_trie_is_parsed_and_compiled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [(rf"\b(?P<title>{TITLES})\s+(?P<verb>{VERBS})\b", 0), (rf"(?:{TITLES}),\s+(?:{VERBS})", 0),
             (rf"(?P<verb>{VERBS})\s+the\s+(?:{TITLES})", 0)] * 2
    calls = {"parse": 0, "compile": 0}

    def counted(name: str, plain: Any) -> Any:
        def call(*args: Any) -> Any:
            calls[name] += 1
            return plain(*args)
        return call

    made = []
    for shared in (False, True):
        calls.update(parse=0, compile=0)
        monkeypatch.setattr(patterns, "_plain_parse_sub", counted("parse", patterns._plain_parse_sub))
        monkeypatch.setattr(patterns, "_plain_compile", counted("compile", patterns._plain_compile))
        monkeypatch.setattr(patterns._parser, "_parse_sub", patterns._plain_parse_sub)
        monkeypatch.setattr(patterns._compiler, "_compile", patterns._plain_compile)
        re.purge()
        if shared:
            made = _compile_inside(cases)
        else:
            [patterns._compiler.compile(p, f) for p, f in cases]
        monkeypatch.undo()
        if not shared:
            usual = dict(calls)
    assert calls["parse"] < usual["parse"] / 3, (calls, usual)
    assert calls["compile"] < usual["compile"] / 3, (calls, usual)
    assert made == [patterns._compiler.compile(p, f) for p, f in cases]


_EVERY_PATTERN = """
import _sre, sys
from re import _compiler
from dateline import patterns, pipeline
seen = []
plain = _compiler.compile
def compile(p, flags=0):
    made = plain(p, flags)
    seen.append((p, flags, made))
    return made
_compiler.compile = compile
with patterns.shared_parses():  # as a build loads: the dates module (for the topics' eras), then the rest
    from dateline import dates
    pipeline._import_analysis()
_compiler.compile = plain
differ = [p for p, f, made in seen if _sre.compile(*patterns._compile(p, f)) != made]
print(len(seen), len(differ))
"""


def test_the_analysis_modules_patterns_are_the_ones_re_compiles() -> None:
    """Every pattern the analysis modules compile on import (~700, their tries shared) has the engine
    code that `re` makes of its text alone."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    seen, differ = subprocess.run([sys.executable, "-c", _EVERY_PATTERN], env=env, check=True, capture_output=True,
                                  text=True).stdout.split()
    assert int(seen) > 500
    assert int(differ) == 0
