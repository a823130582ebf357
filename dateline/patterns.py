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
_Key = tuple[bool, Any, int]
_K = TypeVar("_K")
_V = TypeVar("_V")


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

    def _read(self) -> dict[_K, _V]:
        try:
            raw = self.path.read_bytes()
        except OSError:
            return {}
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
        makes only some (one that analyses nothing, none; one that reads no front-matter date in words,
        not the dates module's), so the file's others stay, unless most of them are no build's any more
        (after code changes): then this build's alone."""
        if not self.new:
            return
        keep = {**(self.stored or {}), **self.used}
        if len(keep) > 2 * len(self.used):
            keep = self.used
        with suppress(OSError, ValueError):
            self.path.parent.mkdir(exist_ok=True)
            made = marshal.dumps((self.stamp(), keep))
            data = seal(made) if self.sealed else made
            if data is None:
                return  # no key: kept nowhere
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(self.path)


class _Store(_Marshalled[_Key, _Args]):
    """The file's patterns, read at the first compile (a build that compiles nothing reads nothing)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, lambda: _STAMP)

    def compile(self, pattern: Any, flags: int) -> Any:
        if self.stored is None:
            self.stored = self._read()
        key = (isinstance(pattern, bytes), pattern, flags)
        args = self.stored.get(key)
        if args is not None:
            with suppress(Exception):  # a stored entry the engine refuses: compiled from the text below
                compiled = _sre.compile(*args)
                self.used[key] = args
                return compiled
        args = _compile(pattern, flags)
        self.used[key] = args
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


_active: list[_Store] = []  # the store of the `kept` now in force (one at a time)

SOURCES = Path(".dateline-cache") / "sources.marshal"
_Source = tuple[str, Hashable]  # (what made it, its input)


class _Sources(_Marshalled[_Source, str]):
    """Pattern texts made from word lists (`source`), read at the first one asked for: the file's
    entries when this very code wrote it (`code_key`: a source is a function of dateline's code and
    its input), else none."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, code_key)

    def get(self, key: _Source, make: Callable[[], str]) -> str:
        if self.stored is None:
            self.stored = self._read()
        text = self.used.get(key)
        if text is None:
            text = self.stored.get(key)
            if not isinstance(text, str):
                text = make()
                self.new += 1
            self.used[key] = text
        return text


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
    return _sources[0].get((what, key), make) if _sources else make()


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
