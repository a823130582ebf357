"""Regular expressions compiled once and kept in `.dateline-cache/patterns.marshal` between builds.

The analysis modules (quotes, attribution, dates, headline) build ~320 patterns from the lexicon
when they are imported, and `re` turns each into the regex engine's code in pure Python: 0.14 s
CPU of the 0.4 s a rebuild after a one-quote edit spent analysing that article (1000 articles,
rebuild21), more than the article's analysis itself. The engine's code is a function of the
pattern's text, its flags and the Python that compiled it, nothing else: `kept` keeps it on disk
and, while active, makes a pattern seen before from that code (`_sre.compile`, what `re` itself
ends with), skipping the parser and the code generator. A pattern made so is equal (`==`
compares the engine's code) to the one `re.compile` makes.

Only CPython 3.11 to 3.13, whose `re._compiler.compile` is the short function mirrored in
`_compile` below; any other Python, a file of another Python, or one that cannot be read: every
pattern is compiled as usual (and the file written again). Nothing else in the build depends on it.

The same for the methods `dataclasses` compiles from text as each dataclass is defined (`_Code`,
`.dateline-cache/code.marshal`): their code kept by its text, for the same Python.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import CodeType
from typing import Any, Generic, TypeVar

from dateline import code_key
from dateline.write import seal, unseal

FILE = Path(".dateline-cache") / "patterns.marshal"

try:  # the engine's internals as CPython 3.11-3.13 have them; absent or other: no cache at all
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
    _SUPPORTED = (sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
                  and callable(getattr(_compiler, "compile", None)) and callable(getattr(_compiler, "_code", None))
                  and callable(getattr(_parser, "parse", None)))
except ImportError:  # pragma: no cover - another implementation
    _SUPPORTED = False

_STAMP = f"{sys.version}|{sys.implementation.cache_tag}|{getattr(_sre, 'MAGIC', '') if _SUPPORTED else ''}"

# (is bytes, pattern, flags) -> the arguments of `_sre.compile`
_Args = tuple[Any, int, list[int], int, dict[Any, int], tuple[Any, ...]]
_Kept = tuple[Any, int, bytes, int, dict[Any, int], tuple[Any, ...]]  # `_Args` with the code as bytes (`_Store`)
_Key = tuple[bool, Any, int]
_K = TypeVar("_K")
_V = TypeVar("_V")
_T = TypeVar("_T")


class _Marshalled(Generic[_K, _V]):
    """A file of entries (marshal format) that a build reads at its first use and writes back, stamped:
    the patterns' (`_Store`) and the pattern texts' (`_Sources`). `stamp` says what made the entries:
    a file with another stamp holds none."""

    sealed = False  # the file holds code that runs: read only when this user's key sealed it (`write.seal`)

    def __init__(self, path: Path, stamp: Callable[[], Any]) -> None:
        self.path = path
        self.stamp = stamp
        self.stored: dict[_K, _V] | None = None
        self.used: dict[_K, _V] = {}
        self.new = 0
        self.size = 0  # the file's bytes as read

    def _read(self) -> dict[_K, _V]:
        try:
            raw = self.path.read_bytes()
        except OSError:
            return {}
        self.size = len(raw)
        opened = unseal(raw) if self.sealed else raw
        try:
            data = marshal.loads(opened) if opened is not None else None
        except (EOFError, ValueError, TypeError):
            return {}
        if not (isinstance(data, tuple) and len(data) == 2 and data[0] == self.stamp() and isinstance(data[1], dict)):
            return {}
        return data[1]

    def write(self) -> None:
        """The file's entries and this build's, when this build made any that was not in it. A build
        uses only some (one that analyses nothing, not the analysis modules'; one that reads no
        front-matter date in words, not the dates module's), so the file's others stay, unless most of
        what this build used it had to make (code changed since the file was written): then the file's
        others are no build's any more, and this build's alone are kept. (The file's size against this
        build's use was the test before: a title edit's rebuild, which uses the render's ~150 patterns
        and made one of a new title's, wrote those alone, and the next rebuild that analysed an article
        compiled the analysis modules' thousands again: 1.5 CPU s of a quote's words edited at 1000.)

        Nor is the file written for a few small entries (`_FEW`): the first rebuild after a cold build,
        which analysed in forked workers, makes the patterns of the front-matter keys and ids of the files
        it parses itself (`^title\\s*:`, a topic's id: ~10, 1 KB), and rewrote the 8.6 MB of patterns
        for them (~0.03 CPU s and 3,400 page faults at 1000 articles, more than making them again each
        build that needs them: the file's bytes cost ~1/100 of what its patterns cost to compile)."""
        if not self.new:
            return
        stored = self.stored or {}
        keep = {**stored, **self.used}
        if 2 * self.new > len(self.used):
            keep = self.used
        elif stored:
            fresh = {key: value for key, value in self.used.items() if stored.get(key) is not value}
            with suppress(ValueError):
                if len(marshal.dumps(fresh)) * _FEW < self.size:
                    return
        with suppress(OSError, ValueError):
            self.path.parent.mkdir(exist_ok=True)
            made = marshal.dumps((self.stamp(), keep))
            data = seal(made) if self.sealed else made
            if data is None:
                return  # no key: kept nowhere
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(self.path)


_FEW = 64  # a build's new entries under 1/_FEW of the file's bytes are not worth writing it again (`write`)


class _Store(_Marshalled[_Key, _Kept]):
    """The file's patterns, read at the first compile (a build that compiles nothing reads nothing).

    Each pattern's engine code is kept as the bytes of its 32-bit words (`_CODE_TYPE`), made a list
    again when the pattern is asked for: marshal writes a list of ints an int at a time, and reading
    the analysis modules' 1.7 million of them back was ~0.045 CPU s of every rebuild that compiles a
    pattern (a title edit's, which asks for ~150 of the file's ~1,000, too), against ~0.005 for the
    bytes and ~0.014 to make the lists of all of them again."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, lambda: _STORE_STAMP)

    def compile(self, pattern: Any, flags: int) -> Any:
        if self.stored is None:
            self.stored = self._read()
        key = (isinstance(pattern, bytes), pattern, flags)
        kept = self.stored.get(key)
        if kept is not None:
            with suppress(Exception):  # a stored entry the engine refuses: compiled from the text below
                code = array(_CODE_TYPE)
                code.frombytes(kept[2])
                compiled = _sre.compile(kept[0], kept[1], code.tolist(), *kept[3:])
                self.used[key] = kept
                return compiled
        args = _compile(pattern, flags)
        self.used[key] = (args[0], args[1], array(_CODE_TYPE, args[2]).tobytes(), *args[3:])
        self.new += 1
        return _sre.compile(*args)


def _compile(pattern: Any, flags: int) -> _Args:
    """What `re._compiler.compile` passes to `_sre.compile` for a str or bytes pattern (its body)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[Any] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (pattern, int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex,
            tuple(indexgroup))  # plain ints: the opcodes are an int subclass marshal does not write


_SHARED_MIN = 80  # a group's text from this long is parsed once inside `shared_parses` (the tries: 0.1-13 KB)
_CODE_TYPE = "I" if array("I").itemsize >= 4 else "L"  # the engine's code words: 32 bits (`_sre.CODESIZE`)
# the patterns file's stamp: the Python's, and how its code words are written (as bytes of this machine's order)
_STORE_STAMP = f"{_STAMP}|{sys.byteorder}|{_CODE_TYPE}{array(_CODE_TYPE).itemsize}"
_SHARED_KEY = 48  # the memo's key: a group text's first characters (tries of one word list open alike)
# what makes a group's parse depend on the pattern around it (its state): a group reference or a condition
_GROUP_REF = re.compile(r"\\[0-9g]|\(\?P=|\(\?\(")
_SHARED_OK = (_SUPPORTED and callable(getattr(_parser, "_parse_sub", None))
              and _parser._parse_sub.__code__.co_varnames[:4] == ("source", "state", "verbose", "nested")
              and all(hasattr(_parser.Tokenizer, a) for a in ("tell", "seek"))
              and _compiler._compile.__code__.co_varnames[:3] == ("code", "pattern", "flags"))


@contextmanager
def shared_parses() -> Iterator[None]:
    """While inside, a group's text parsed before (its contents from `_SHARED_MIN` characters, the
    same verbose flag) is not parsed again: `re`'s parser gives the parse made the first time, and
    `re`'s compiler copies the engine code it wrote for that parse's parts (for the same flags).

    The analysis modules' ~710 patterns hold ~660 KB of text, ~300 KB of it the same tries of word
    lists again (the speech verbs' 10 KB trie in 11 patterns and its variants in 7 more, the roles'
    4 KB one in 20), and `re` parses and compiles each character in pure Python: importing them was
    12.0 G instructions, 8.4 G with this (~0.4-0.5 CPU s of every cold build). What a group's
    contents parse to depends on their text and the verbose flag only, as long as they open no
    group and refer to none (then the parser's state is the same after as before: checked); the
    compiler never changes a parse, and writes a part's code the same wherever it stands (its jumps
    are relative) for the same flags. So every pattern is the one `re` makes of its text alone.

    The parses are held until the end (~30 MB for the analysis modules, the process ~1.5 MB larger
    after): around an import of many patterns only. Only CPython 3.11-3.13 (`_SHARED_OK`), else
    nothing is shared."""
    if not _SHARED_OK or _parser._parse_sub is not _plain_parse_sub or _compiler._compile is not _plain_compile:
        yield  # (inside another: that one's)
        return
    memo: dict[str, list[tuple[str, bool, Any]]] = {}
    shared: set[int] = set()  # the parts of the parses in `memo` (held by it): their engine code is kept
    made: dict[tuple[int, int], array[int]] = {}  # (a part's id, flags) -> its engine code (compact)

    def parse_sub(source: Any, state: Any, verbose: int, nested: int) -> Any:
        if not nested or not source.istext:  # (a whole pattern: its global flags come from its start)
            return _plain_parse_sub(source, state, verbose, nested)
        start = source.tell()
        text = source.decoded_string
        for content, verbose_then, parsed in memo.get(text[start:start + _SHARED_KEY], ()):
            end = start + len(content)
            if verbose_then == bool(verbose) and text.startswith(content, start) and text[end:end + 1] == ")":
                source.seek(end)
                return parsed
        before = (len(state.groupwidths), len(state.groupdict), state.flags, len(state.grouprefpos))
        parsed = _plain_parse_sub(source, state, verbose, nested)
        end = source.tell()
        if (end - start >= _SHARED_MIN and source.next == ")"
                and before == (len(state.groupwidths), len(state.groupdict), state.flags, len(state.grouprefpos))):
            content = text[start:end]
            if _GROUP_REF.search(content) is None:
                memo.setdefault(content[:_SHARED_KEY], []).append((content, bool(verbose), parsed))
                shared.update(id(part) for part in _parts(parsed))
        return parsed

    def compile_part(code: list[int], pattern: Any, flags: int) -> None:
        # `re`'s compiler writes a part's code the same wherever it stands (its jumps are relative) for
        # the same flags: a shared part's is written once and copied where it stands again
        key = (id(pattern), flags)
        done = made.get(key)
        if done is not None:
            code.extend(done)
        elif key[0] in shared:
            at = len(code)
            _plain_compile(code, pattern, flags)
            made[key] = array(_CODE_TYPE, code[at:])
        else:
            _plain_compile(code, pattern, flags)

    _parser._parse_sub = parse_sub
    _compiler._compile = compile_part
    try:
        yield
    finally:
        _parser._parse_sub = _plain_parse_sub
        _compiler._compile = _plain_compile
        memo.clear()
        shared.clear()
        made.clear()


def _parts(parsed: Any) -> Iterator[Any]:
    """The parts of a parse that `re`'s compiler compiles by themselves: a branch's alternatives, a
    repeated, grouped or looked-around part."""
    for _op, av in parsed.data:
        if isinstance(av, _parser.SubPattern):
            yield av
        elif isinstance(av, tuple) and av:
            last = av[-1]
            if isinstance(last, _parser.SubPattern):
                yield last
            elif isinstance(last, list):  # a branch: (None, [alternatives])
                yield from (x for x in last if isinstance(x, _parser.SubPattern))


_plain_parse_sub = _parser._parse_sub if _SHARED_OK else None
_plain_compile = _compiler._compile if _SHARED_OK else None

_active: list[_Store] = []  # the store of the `kept` now in force (one at a time)

SOURCES = Path(".dateline-cache") / "sources.marshal"
_Source = tuple[str, Hashable]  # (what made it, its input)


class _Sources(_Marshalled[_Source, Any]):
    """Pattern texts made from word lists (`source`) and data files as parsed (`parsed`), read at the
    first one asked for: the file's entries when this very code wrote it (`code_key`: each is a function
    of dateline's code and its input), else none."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, code_key)

    def get(self, key: _Source, make: Callable[[], _T], kind: type[_T]) -> _T:
        if self.stored is None:
            self.stored = self._read()
        value = self.used.get(key)
        if value is None:
            value = self.stored.get(key)
            if not isinstance(value, kind):
                value = make()
                self.new += 1
            self.used[key] = value
        return value


_sources: list[_Sources] = []  # the sources of the `kept` now in force

CODE = Path(".dateline-cache") / "code.marshal"


class _Code(_Marshalled[str, CodeType]):
    """The code of the methods `dataclasses` writes as text and compiles for every dataclass as it is
    defined (`__init__`, `__repr__`, `__eq__`, the frozen `__setattr__`…: ~450 texts when a build imports
    the pipeline and the analysis modules, ~0.05 CPU s of a rebuild's start, all in the compiler), kept
    by their text: the same text compiles to the same code for this Python (`_STAMP`)."""

    sealed = True  # code run as it is read: never from a file this user's key did not seal

    def __init__(self, path: Path) -> None:
        super().__init__(path, lambda: _STAMP)

    def exec(self, source: str | CodeType, globals: dict[str, Any] | None = None,
             locals: dict[str, Any] | None = None) -> None:
        """`exec` as `dataclasses` calls it, with the code of a text compiled before taken as it was."""
        if not isinstance(source, str):
            exec(source, globals, locals)
            return
        if self.stored is None:
            self.stored = self._read()
        code = self.used.get(source)
        if code is None:
            code = self.stored.get(source)
            if not isinstance(code, CodeType):
                # what `exec` compiles of a text given by dataclasses.py, which imports nothing from
                # __future__: no flags of this module's (`dont_inherit`)
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.new += 1
            self.used[source] = code
        exec(code, globals, locals)


# where `dataclasses` calls `exec` with the text of a method (`_Code`): a name of its module, which its
# functions find before the builtin
_DATACLASS_EXEC = "exec"


def source(what: str, key: Hashable, make: Callable[[], str]) -> str:
    """`make()`, the text of a pattern made from word lists (`quotes.alternation`'s trie of hundreds of
    words), or inside `kept` the text an earlier build made for the same `what` and `key` (the whole
    input, in a form marshal writes: a frozenset of the words). The analysis modules build ~110 such
    texts when imported, ~0.09 CPU s of a rebuild that analyses one edited article at 1000 articles,
    the same texts every build."""
    return _sources[0].get((what, key), make, str) if _sources else make()


def parsed(what: str, text: str, parse: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """`parse(text)`, a data file of dateline's own as parsed (lang/ui.toml: ~0.02 CPU s of TOML at
    every build's start), or inside `kept` what an earlier build's same code parsed of the very same
    text (the whole text is the key). A result marshal cannot write (a TOML date) is not kept."""
    if not _sources:
        return parse(text)
    sources, key = _sources[0], (what, text)
    made = sources.new
    value = sources.get(key, lambda: parse(text), dict)
    if sources.new != made:
        try:
            marshal.dumps(value)
        except ValueError:  # kept, it would stop the whole file from being written
            del sources.used[key]
            sources.new -= 1
    return value


@contextmanager
def kept(root: Path) -> Iterator[None]:
    """While inside, `re` compiles a pattern this Python has compiled for an earlier build of the
    project at `root` from the engine code kept then, `source` gives the pattern texts this code
    made then, and a dataclass defined gets the code of its methods compiled then (`_Code`); at the
    end, any pattern, text or code made new is kept too. Inside another `kept`: that one's. Forked
    workers leave the files to the process that began."""
    if _active or _sources:
        yield
        return
    original = _compiler.compile if _SUPPORTED else None
    store = _Store(root / FILE)
    sources = _Sources(root / SOURCES)
    code = _Code(root / CODE) if _SUPPORTED and _DATACLASS_EXEC not in vars(dataclasses) else None
    pid = os.getpid()

    def compile(p: Any, flags: int = 0) -> Any:
        if isinstance(p, (str, bytes)) and not flags & re.DEBUG:
            return store.compile(p, flags)
        assert original is not None
        return original(p, flags)

    _sources.append(sources)
    if original is not None:
        _active.append(store)
        _compiler.compile = compile
    if code is not None:
        setattr(dataclasses, _DATACLASS_EXEC, code.exec)
    try:
        yield
    finally:
        if original is not None:
            _compiler.compile = original
        if code is not None:
            delattr(dataclasses, _DATACLASS_EXEC)
        _active.clear()
        _sources.clear()
        if os.getpid() == pid:
            store.write()
            sources.write()
            if code is not None:
                code.write()
