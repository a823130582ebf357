"""What the analysis modules make at start-up, kept between builds: regular expressions
(`patterns.kept`: a pattern made from the kept engine code is the one `re` compiles) and the lexicon
(`lexicon.kept`). A file of another Python or other code, a damaged one or one of another form is no
baseline: everything is made as usual and the file written again, never a wrong value."""

from __future__ import annotations

import marshal
import os
import pickle
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, copy_project, digest

from dateline import lexicon, patterns, write
from dateline.config import load_config

ENGINE = pytest.mark.skipif(not patterns._SUPPORTED, reason="no engine code to keep on this Python")

# named groups, inline and global flags, look-behinds, Unicode case folding, bytes, verbose, backrefs
CASES: list[tuple[str | bytes, int]] = [
    (r"(?P<who>[A-Z][a-z]+)\s+(?:said|told)\b", 0),
    (r"(?i:président|premier)\s+(?P<name>\w+)", 0),
    (r"(?<![\w'’-])(?:MÄRZ|mai)\b", re.IGNORECASE),
    (r"""^\s* (?P<d>\d{1,2}) \s+ (?P<m>[a-zé]+) # a day and a month
         \s+ (?P<y>\d{4})$""", re.VERBOSE | re.MULTILINE),
    (r"(\w+) \1", 0),
    (rb"\x00(?P<tag>[a-z]+)\xff", 0),
    (r"“([^”]*)”|\"([^\"]*)\"", re.DOTALL),
]
TEXT = "Kyrylo said it.  président Dupont; 3 mars 2024; MÄRZ, Mai; the the; “quoted” and \"plain\""


def _compiled_as_usual(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes]:
    return patterns._compiler.compile(pattern, flags)  # type: ignore[no-any-return]


def _made(root: Path) -> tuple[list[re.Pattern[str] | re.Pattern[bytes]], int]:
    """Every case through `re.compile` inside `kept`, and how many were compiled new."""
    re.purge()  # re's own cache would answer before the engine is asked
    with patterns.kept(root):
        made = [re.compile(p, f) for p, f in CASES]
        new = patterns._active[0].new
    re.purge()
    return made, new


def _same(made: list[re.Pattern[str] | re.Pattern[bytes]]) -> None:
    for pat, (p, f) in zip(made, CASES, strict=True):
        usual = _compiled_as_usual(p, f)
        assert pat == usual  # equality compares the flags, the pattern and the engine code
        assert (pat.groups, pat.groupindex, pat.flags) == (usual.groups, usual.groupindex, usual.flags)
        text: str | bytes = TEXT.encode("latin-1", "replace") + b"\x00abc\xff" if isinstance(p, bytes) else TEXT
        assert [m.groups() for m in pat.finditer(text)] == [m.groups() for m in usual.finditer(text)]  # type: ignore[arg-type]


@ENGINE
def test_kept_patterns_are_the_ones_re_compiles_and_are_not_compiled_again(tmp_path: Path) -> None:
    made, new = _made(tmp_path)
    assert new == len(CASES)
    _same(made)
    kept = tmp_path / patterns.FILE
    stamp = kept.stat().st_mtime_ns, kept.stat().st_ino
    # the engine code kept as the bytes of its words (marshal reads a list an int at a time: ~0.045 CPU s
    # of a rebuild at 1000 articles), made a list again when read
    _, entries = marshal.loads(kept.read_bytes())
    assert entries and all(isinstance(args[2], bytes) and len(args[2]) % 4 == 0 for args in entries.values())
    made, new = _made(tmp_path)
    assert new == 0, "every pattern made from the kept code"
    _same(made)
    assert (kept.stat().st_mtime_ns, kept.stat().st_ino) == stamp, "nothing new: the file is not written again"


@ENGINE
def test_a_build_that_uses_a_few_patterns_and_makes_one_keeps_the_others(tmp_path: Path) -> None:
    """A build that analyses nothing (a title edit's) uses the render's patterns and may make one of
    its own (of a new title): the analysis's stay in the file for the next build that analyses. A
    build that had to make most of what it used (code changed since) keeps its own alone."""
    _made(tmp_path)  # the whole set: an analysing build
    kept = tmp_path / patterns.FILE
    re.purge()
    with patterns.kept(tmp_path):  # two of the set and one new: a title edit's rebuild
        re.compile(*CASES[0])
        re.compile(*CASES[1])
        re.compile(r"Ferry to (?P<isle>Inis Mór|Árainn)", 0)
        assert patterns._active[0].new == 1
    re.purge()
    _, entries = marshal.loads(kept.read_bytes())
    assert len(entries) == len(CASES) + 1, "the set's others kept, the new one added"
    made, new = _made(tmp_path)
    assert new == 0, "the next analysing build compiles none of them again"
    _same(made)
    re.purge()
    with patterns.kept(tmp_path):  # most of what this build uses is new: other code
        re.compile(*CASES[0])
        for isle in ("Inis Oírr", "Inis Meáin", "Tory"):
            re.compile(rf"Ferry to {isle}", 0)
    re.purge()
    _, entries = marshal.loads(kept.read_bytes())
    assert len(entries) == 4, "the entries no build of this code uses are dropped"

@ENGINE
def test_a_few_small_new_patterns_do_not_rewrite_a_large_file(tmp_path: Path) -> None:
    """A rebuild that makes a few small patterns of its own (the front-matter keys of the one file it
    parses: a cold build parsed in its workers) beside a large kept set leaves the file as it is and
    makes them again next time; one that makes a large share of the file's bytes writes it."""
    harbours = ["Kirkwall", "Stromness", "Lerwick", "Scalloway", "Stornoway", "Tarbert", "Castlebay", "Lochboisdale"]
    large = [(rf"(?P<ferry>MV \w+) (?:left|reached) (?:{'|'.join(harbours[n:] + harbours[:n])}) at (?P<t>\d+)\b{n}", 0)
             for n in range(60)]
    re.purge()
    with patterns.kept(tmp_path):
        for p, f in large:
            re.compile(p, f)
    kept = tmp_path / patterns.FILE
    stamp = kept.stat().st_mtime_ns, kept.stat().st_ino
    for attempt in range(2):
        re.purge()
        with patterns.kept(tmp_path):
            for p, f in large[:40]:
                re.compile(p, f)
            small = re.compile(r"^sailing\s*:", re.MULTILINE)
            assert patterns._active[0].new == 1, attempt  # made again each time: never written
        assert small.pattern == r"^sailing\s*:" and small.search("x\nsailing: 9") is not None
        assert (kept.stat().st_mtime_ns, kept.stat().st_ino) == stamp, attempt
    re.purge()
    with patterns.kept(tmp_path):  # the negative: new patterns of as many bytes as a sixth of the file
        for p, f in large[:30]:
            re.compile(p, f)
        for p, f in large[:10]:
            re.compile(p.replace("MV", "RV"), f)
    re.purge()
    _, entries = marshal.loads(kept.read_bytes())
    assert len(entries) == len(large) + 10, "written: the set and the new ones"


@ENGINE
@pytest.mark.parametrize("damage", ["truncated", "other python", "other form", "bad entry", "not marshal"])
def test_a_file_of_another_python_or_damaged_is_no_baseline(tmp_path: Path, damage: str) -> None:
    _made(tmp_path)
    kept = tmp_path / patterns.FILE
    stamp, entries = marshal.loads(kept.read_bytes())
    if damage == "truncated":
        kept.write_bytes(kept.read_bytes()[:len(kept.read_bytes()) // 2])
    elif damage == "other python":
        kept.write_bytes(marshal.dumps(("2.7.18 (default)|cpython-27|20171005", entries)))
    elif damage == "other form":
        kept.write_bytes(marshal.dumps([stamp, list(entries)]))
    elif damage == "bad entry":
        kept.write_bytes(marshal.dumps((stamp, {key: (args[0], args[1], "no code", *args[3:])
                                                for key, args in entries.items()})))
    else:
        kept.write_bytes(b"\x00not marshal at all")
    made, new = _made(tmp_path)
    _same(made)
    assert new == len(CASES), "every pattern compiled from its text"
    assert marshal.loads(kept.read_bytes()) == (stamp, entries), "and the file written again"


@ENGINE
def test_inside_another_kept_and_in_a_forked_child_the_file_is_left_to_the_first(tmp_path: Path) -> None:
    re.purge()
    with patterns.kept(tmp_path), patterns.kept(tmp_path / "elsewhere"):
        re.compile(r"(?P<inner>nested)\b")
        if hasattr(os, "fork"):
            pid = os.fork()
            if pid == 0:  # the child leaves its own `kept` (as a worker's exit would not) and writes nothing
                try:
                    re.compile(r"child (only)")
                finally:
                    os._exit(0)
            os.waitpid(pid, 0)
    re.purge()
    assert not (tmp_path / "elsewhere" / patterns.FILE).exists()
    kept = marshal.loads((tmp_path / patterns.FILE).read_bytes())[1]
    assert [key[1] for key in kept] == [r"(?P<inner>nested)\b"]


def _cli_build(project: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    subprocess.run([sys.executable, "-m", "dateline", "build", "--no-search"], cwd=project, env=env, check=True,
                   capture_output=True)


def test_a_rebuild_with_kept_patterns_equals_a_clean_build(tmp_path: Path) -> None:
    """In a new process, as the CLI runs: the analysis modules' patterns come from the file."""
    project = copy_project(DATA / "golden_project", tmp_path / "project")
    _cli_build(project)
    kept = project / patterns.FILE
    if patterns._SUPPORTED:
        held = {key[1] for key in marshal.loads(kept.read_bytes())[1]}
        assert len(held) > 100, "the analysis modules' patterns are kept"
        from markdown_it.common import html_re
        assert html_re.HTML_TAG_RE.pattern in held, "and those the pipeline's imports compile (the CLI's `kept`)"
    assert (project / lexicon.KEPT).is_file()
    article = sorted((project / "content" / "articles").glob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8")
                       + '\n"Every school will open again by September," Jane Doe said on Friday.\n', encoding="utf-8")
    _cli_build(project)
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(load_config(project).output_dir, ".dateline-cache"))
    _cli_build(clean)
    out = load_config(project).output_dir
    assert digest(project / out) == digest(clean / out)


_PATTERN_TEXTS = """
import hashlib, os, re, sys
from re import _compiler
seen = []
original = _compiler.compile
def compile(p, flags=0):
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename.startswith(os.path.dirname(re.__file__)):
        f = f.f_back
    if f is not None and "dateline" in f.f_code.co_filename:  # (babel's plural rules are no concern of ours)
        seen.append(repr((p, flags)))
    return original(p, flags)
_compiler.compile = compile
import dateline.analyse, dateline.attribution, dateline.dates, dateline.headline, dateline.load, dateline.quotes
import dateline.topics
print(len(seen), hashlib.sha256("\\n".join(sorted(seen)).encode()).hexdigest())
"""


def test_the_analysis_modules_patterns_are_the_same_text_in_every_process() -> None:
    """A pattern built from a set (in hash-seed order) has another text in each process, and a
    rebuild compiled it again and rewrote the kept file (dates' month alternation, until rebuild16):
    the patterns compiled by importing the analysis modules are the same under two hash seeds."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    runs = [subprocess.run([sys.executable, "-c", _PATTERN_TEXTS], env={**env, "PYTHONHASHSEED": seed},
                           check=True, capture_output=True, text=True).stdout.split() for seed in ("1", "2", "3")]
    assert int(runs[0][0]) > 100, "the modules' patterns were seen"
    assert runs[0] == runs[1] == runs[2]


def _kept_lexicon(root: Path, made: list[str]) -> tuple[lexicon.Lexicon, lexicon.DateLineWords]:
    def make(name: str, value: object) -> object:
        made.append(name)
        return value
    with lexicon.kept(root):
        lex = lexicon._value("lexicon:en", lexicon.Lexicon, lambda: make("lexicon", lexicon._lexicon("en")))
        words = lexicon._value("date_line_words", lexicon.DateLineWords,
                               lambda: make("date_line_words", lexicon._date_line_words()))
    return lex, words  # type: ignore[return-value]


def test_the_kept_lexicon_is_the_one_made_and_is_not_made_again(tmp_path: Path) -> None:
    made: list[str] = []
    first = _kept_lexicon(tmp_path, made)
    assert made == ["lexicon", "date_line_words"]
    again = _kept_lexicon(tmp_path, made)
    assert made == ["lexicon", "date_line_words"], "both read from the file"
    assert again == first == (lexicon._lexicon("en"), lexicon._date_line_words())
    assert isinstance(again[0].countries, type(first[0].countries)), "still read-only mappings"
    assert again[0].is_female_name("Olena Kovalenko") == first[0].is_female_name("Olena Kovalenko")


def test_the_word_lists_every_build_reads_are_kept_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The predicate words (the timeline's, asked by every build) and the polarity words (linking's) come
    from the kept file as the lexicon does: equal to the ones made, and the TOML lists not read again."""
    made = (lexicon.predicate_words.__wrapped__("en"), lexicon._polarity_words())
    for _ in range(2):
        lexicon.predicate_words.cache_clear()
        lexicon.polarity_words.cache_clear()
        with lexicon.kept(tmp_path):
            got = (lexicon.predicate_words("en"), lexicon.polarity_words())
        assert got == made
        monkeypatch.setattr(lexicon, "_table", lambda language: pytest.fail("the lists were read again"))
        monkeypatch.setattr(lexicon, "_polarity_words", lambda: pytest.fail("polarity.toml was read again"))
    lexicon.predicate_words.cache_clear()
    lexicon.polarity_words.cache_clear()


@pytest.mark.parametrize("damage", ["other code", "truncated", "not a pickle", "other form", "wrong values"])
def test_a_lexicon_of_other_code_or_damaged_is_no_baseline(tmp_path: Path, damage: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _kept_lexicon(tmp_path, [])
    kept = tmp_path / lexicon.KEPT
    good = kept.read_bytes()
    if damage == "other code":
        stamp = lexicon._stamp()
        monkeypatch.setattr(lexicon, "_stamp", lambda: ("another code key", *stamp[1:]))
    elif damage == "truncated":
        kept.write_bytes(good[:len(good) // 2])
    elif damage == "not a pickle":
        kept.write_bytes(b"\x00 not a pickle")
    elif damage == "other form":
        kept.write_bytes(pickle.dumps([lexicon._stamp(), {}]))
    else:
        kept.write_bytes(pickle.dumps({"stamp": lexicon._stamp(), "values": {"lexicon:en": "words",
                                                                              "date_line_words": {}}}))
    made: list[str] = []
    lex, words = _kept_lexicon(tmp_path, made)
    assert made == ["lexicon", "date_line_words"], "made again"
    assert (lex, words) == (lexicon._lexicon("en"), lexicon._date_line_words())
    monkeypatch.undo()
    made = []
    _kept_lexicon(tmp_path, made)
    assert made == [] or damage == "other code", "and kept again"


WORDS = ["said", "says", "told", "añadió", "was saying", "", "s"]
TITLES, VERBS = (["Mr", "Mrs", "Dr"], r"(?<!\w[\s\S])", r"\.?"), (["said", "sagte"], "", r"\b")


def _sources(root: Path) -> tuple[list[str], int]:
    """The pattern texts of the three word-list makers inside `kept`, and how many were made new."""
    from dateline import quotes

    with patterns.kept(root):
        made = [quotes.alternation(WORDS), quotes.alternation(iter(reversed(WORDS))),
                quotes.bounded_alternation(w for w in WORDS if w), quotes.bounded_alternation(WORDS),
                quotes.first_char_alternation([TITLES, (iter(VERBS[0]), *VERBS[1:])])]
        new = patterns._sources[0].new
    return made, new


def _sources_as_usual() -> list[str]:
    from dateline import quotes

    return [quotes._build(quotes._trie(WORDS)), quotes._build(quotes._trie(WORDS)),
            quotes._bounded(tuple(w for w in WORDS if w)), quotes._bounded(tuple(WORDS)),
            quotes._first_char(((tuple(TITLES[0]), *TITLES[1:]), (tuple(VERBS[0]), *VERBS[1:])))]


def test_kept_pattern_texts_are_the_ones_made_and_are_not_made_again(tmp_path: Path) -> None:
    """`patterns.source`: a word list's pattern text (`quotes.alternation` and its two siblings) is the
    one the code makes, in whatever order the words come; the second build takes it from the file."""
    made, new = _sources(tmp_path)
    assert made == _sources_as_usual() and new == 4, "the same words in another order are the same text"
    assert re.compile(made[0]).fullmatch("was saying") and not re.compile(made[2]).match("xsaid")
    kept = tmp_path / patterns.SOURCES
    stamp = kept.stat().st_mtime_ns, kept.stat().st_ino
    made, new = _sources(tmp_path)
    assert made == _sources_as_usual() and new == 0
    assert (kept.stat().st_mtime_ns, kept.stat().st_ino) == stamp, "nothing new: the file is not written again"


@pytest.mark.parametrize("damage", ["other code", "truncated", "wrong text", "not marshal"])
def test_a_pattern_text_file_of_other_code_or_damaged_is_no_baseline(tmp_path: Path, damage: str) -> None:
    _sources(tmp_path)
    kept = tmp_path / patterns.SOURCES
    code, entries = marshal.loads(kept.read_bytes())
    if damage == "other code":  # the same inputs made by other code: their texts may differ
        kept.write_bytes(marshal.dumps(("dateline of another version", {key: "(?:other)" for key in entries})))
    elif damage == "truncated":
        kept.write_bytes(kept.read_bytes()[:len(kept.read_bytes()) // 2])
    elif damage == "wrong text":
        kept.write_bytes(marshal.dumps((code, {key: 42 for key in entries})))
    else:
        kept.write_bytes(b"\x00not marshal at all")
    made, new = _sources(tmp_path)
    assert made == _sources_as_usual() and new == 4
    assert marshal.loads(kept.read_bytes()) == (code, entries), "and the file written again"



# `patterns.parsed`: a data file of dateline's own as parsed (lang/ui.toml), kept by its whole text.

_TIDES = """[en]
high_water = "High water"
months = ["Jan", "Feb"]

[cy]
high_water = "Penllanw"
"""


def _parse_counted(calls: list[str]) -> Callable[[str], dict[str, Any]]:
    def parse(text: str) -> dict[str, Any]:
        calls.append(text)
        return tomllib.loads(text)
    return parse


def _parsed(root: Path, text: str, calls: list[str]) -> dict[str, Any]:
    with patterns.kept(root):
        return patterns.parsed("tides.toml", text, _parse_counted(calls))


def test_a_parsed_data_file_is_kept_by_its_text_and_not_parsed_again(tmp_path: Path) -> None:
    calls: list[str] = []
    assert _parsed(tmp_path, _TIDES, calls) == tomllib.loads(_TIDES) and len(calls) == 1
    kept = tmp_path / patterns.SOURCES
    stamp = kept.stat().st_mtime_ns, kept.stat().st_ino
    assert _parsed(tmp_path, _TIDES, calls) == tomllib.loads(_TIDES) and len(calls) == 1, "read back, not parsed"
    assert (kept.stat().st_mtime_ns, kept.stat().st_ino) == stamp
    edited = _TIDES.replace("Penllanw", "Penllanw (edited)")  # another text: another key, parsed
    assert _parsed(tmp_path, edited, calls)["cy"]["high_water"] == "Penllanw (edited)" and len(calls) == 2
    assert patterns.parsed("tides.toml", _TIDES, tomllib.loads) == tomllib.loads(_TIDES), "outside kept: parsed"


def test_ui_toml_inside_kept_is_the_catalogue_as_parsed(tmp_path: Path) -> None:
    from dateline import ui

    with patterns.kept(tmp_path):
        first = ui.catalogue.__wrapped__()
    with patterns.kept(tmp_path):
        again = ui.catalogue.__wrapped__()
    assert first == again == ui.catalogue()
    assert dict(again["en"]) == dict(ui.catalogue()["en"]) and again["fr"]["quote_marks"] == ui.catalogue()["fr"]["quote_marks"]


@pytest.mark.parametrize("damage", ["other code", "truncated", "wrong value", "not marshal"])
def test_a_parsed_file_of_other_code_or_damaged_is_parsed_again(tmp_path: Path, damage: str) -> None:
    calls: list[str] = []
    _parsed(tmp_path, _TIDES, calls)
    kept = tmp_path / patterns.SOURCES
    code, entries = marshal.loads(kept.read_bytes())
    if damage == "other code":  # another version of dateline may have parsed it otherwise
        kept.write_bytes(marshal.dumps(("dateline of another version", {key: {"en": {}} for key in entries})))
    elif damage == "truncated":
        kept.write_bytes(kept.read_bytes()[:len(kept.read_bytes()) // 2])
    elif damage == "wrong value":
        kept.write_bytes(marshal.dumps((code, {key: "not a table" for key in entries})))
    else:
        kept.write_bytes(b"\x00not marshal at all")
    assert _parsed(tmp_path, _TIDES, calls) == tomllib.loads(_TIDES) and len(calls) == 2
    assert marshal.loads(kept.read_bytes()) == (code, entries), "and the file written again"


def test_a_parse_marshal_cannot_write_is_not_kept_and_the_rest_is(tmp_path: Path) -> None:
    """A TOML date: kept, it would stop the whole file (the pattern texts too) from being written."""
    calls: list[str] = []
    dated = 'launched = 1998-05-04\n'
    with patterns.kept(tmp_path):
        patterns.source("harbour", "pier", lambda: "(?:pier)")
        assert patterns.parsed("dated.toml", dated, _parse_counted(calls)) == tomllib.loads(dated)
    _, entries = marshal.loads((tmp_path / patterns.SOURCES).read_bytes())
    assert list(entries) == [("harbour", "pier")]
    assert _parsed(tmp_path, dated, calls) == tomllib.loads(dated) and len(calls) == 2

_FERRY = '''
from dataclasses import dataclass, field

@dataclass(frozen=True, order=True, slots=True)
class Sailing:
    """A timetable line of an island ferry (invented): what a dataclass of the model looks like."""
    port: str
    minutes: int = 45
    calls: tuple[str, ...] = field(default_factory=tuple)
'''


def _ferry() -> type:
    space: dict[str, object] = {"__name__": "ferry"}
    exec(compile(_FERRY, "<ferry>", "exec", dont_inherit=True), space)  # (not this module's `annotations` future)
    made = space["Sailing"]
    assert isinstance(made, type)
    return made


def _unsealed(path: Path) -> bytes:
    data = write.unseal(path.read_bytes())
    assert data is not None
    return data


def _sealed(data: bytes) -> bytes:
    sealed = write.seal(data)
    assert sealed is not None
    return sealed


def _methods(cls: type) -> dict[str, object]:
    return {name: getattr(cls, name).__code__ for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__",
                                                           "__setattr__", "__delattr__")}


@ENGINE
def test_kept_dataclass_methods_are_the_ones_compiled_and_are_not_compiled_again(tmp_path: Path) -> None:
    """`patterns.kept` keeps the code of the methods `dataclasses` writes (`patterns.CODE`): inside it a
    dataclass gets the very code it gets outside (equal code objects: no flag of patterns.py's own, such
    as its `annotations` future), behaves the same, and a second build takes it from the file."""
    import dataclasses

    outside = _ferry()
    with patterns.kept(tmp_path):
        inside = _ferry()
    assert "exec" not in vars(dataclasses), "dataclasses' own exec again once outside"
    assert _methods(inside) == _methods(outside)
    assert inside.__init__.__annotations__ == outside.__init__.__annotations__  # type: ignore[misc]
    a, b = inside("Kirkwall", 90, ("Stromness",)), inside("Lerwick")
    assert a < b and a == inside("Kirkwall", 90, ("Stromness",)) and repr(b) == "Sailing(port='Lerwick', minutes=45, calls=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.port = "Scrabster"  # type: ignore[misc]
    kept = tmp_path / patterns.CODE
    stamp = kept.stat().st_mtime_ns, kept.stat().st_ino
    with patterns.kept(tmp_path):
        again = _ferry()
    assert _methods(again) == _methods(outside)
    assert (kept.stat().st_mtime_ns, kept.stat().st_ino) == stamp, "nothing compiled new: the file is not written again"
    stored = marshal.loads(_unsealed(kept))  # (sealed under this user's key: `write.seal`)
    kept.write_bytes(_sealed(marshal.dumps((stored[0], {text: "no code" for text in stored[1]}))))
    with patterns.kept(tmp_path):
        damaged = _ferry()
    assert _methods(damaged) == _methods(outside), "an entry that is no code: compiled from its text"
    assert all(isinstance(code, type(_ferry.__code__)) for code in marshal.loads(_unsealed(kept))[1].values())
