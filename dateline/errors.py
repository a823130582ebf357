"""Problems found in content or templates, and the one exception that carries them.

Every step collects problems instead of raising at the first one, so a user
fixes all of them in one pass; `BuildFailed` is raised once, at the end.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place: printed as `path:line: message`."""

    path: str
    line: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        shown = shown_path(self.path)
        where = f"{shown}:{self.line}" if self.line else shown
        prefix = "" if self.severity == "error" else "warning: "
        return f"{where}: {prefix}{self.message}"


def shown_path(path: str) -> str:
    """A path with its control characters escaped (`bad\\nfake.md`): a newline in a file name printed
    raw made a line of its own that CI problem matchers read as another `path:line` (hostile round 59, n08)."""
    if path.isprintable():
        return path
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in path)


class BuildFailed(Exception):
    """Raised after a step has collected at least one error-severity problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


def errors_in(problems: list[Problem]) -> list[Problem]:
    """The problems that stop a build (warnings do not, unless --strict)."""
    return [p for p in problems if p.severity == "error"]


def closest(word: str, known: Iterable[str] | Mapping[str, str]) -> str | None:
    """The known id closest to `word` (case-folded, difflib's 0.6 cutoff), or None when nothing is
    close or the closest is `word` itself. `known` may map other spellings (a speaker's name,
    aliases) to the id to suggest, so `Jane Doe` suggests `jane-doe`. One lookup behind every
    did-you-mean, whatever wording the message around it uses."""
    choices = dict(known) if isinstance(known, Mapping) else {k: k for k in known}
    folded = {k.casefold(): v for k, v in sorted(choices.items())}
    key = word.casefold()
    if key in folded:
        return folded[key] if folded[key] != word else None
    close = difflib.get_close_matches(key, sorted(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close and folded[close[0]] != word else None


def run_together(item: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The items a list item with spaces reads as when a comma was left out of a YAML flow list:
    `[ruiz, okafor lind]` is valid YAML and gives one item 'okafor lind'. Its words cut
    into two or more runs each of which `known` accepts (an id, a name, a multi-word alias: the
    fewest runs, the earliest cuts), or () when the item does not read so — and an item `known`
    accepts whole is one item, as multi-word aliases and names are."""
    words = item.split()
    if len(words) < 2 or known(item):
        return ()
    best: dict[int, tuple[str, ...]] = {0: ()}  # words read so far → the fewest runs that read them
    for end in range(1, len(words) + 1):
        options = [best[start] + (" ".join(words[start:end]),) for start in range(end) if start in best
                   and known(" ".join(words[start:end]))]
        if options:
            best[end] = min(options, key=len)
    found = best.get(len(words), ())
    return found if len(found) >= 2 else ()


def comma_missing(where: str, item: str, parts: Sequence[str]) -> str:
    """How a run-together list item is said: where, the item, and the list as meant."""
    return (f"{where}: {item!r} is one item of the list but reads as {len(parts)}: "
            f"{', '.join(parts)} — a comma missing? (write [{', '.join(parts)}])")


def did_you_mean(word: str, known: Iterable[str] | Mapping[str, str]) -> str:
    """' (did you mean 'x'?)' for the closest known id, or '' when nothing is close: a mistyped
    id would otherwise just do nothing."""
    hint = closest(word, known)
    return f" (did you mean {hint!r}?)" if hint else ""
