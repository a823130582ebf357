"""Problems found in content or templates, and the one exception that carries them.

Every step collects problems instead of raising at the first one, so a user
fixes all of them in one pass; `BuildFailed` is raised once, at the end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dateline.model import Acknowledgement

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place: printed as `path:line: message`."""

    path: str
    line: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "" if self.severity == "error" else "warning: "
        return f"{where}: {prefix}{self.message}"


class BuildFailed(Exception):
    """Raised after a step has collected at least one error-severity problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


def errors_in(problems: list[Problem]) -> list[Problem]:
    """The problems that stop a build (warnings do not, unless --strict)."""
    return [p for p in problems if p.severity == "error"]


def acknowledge(problems: Sequence[Problem],
                acknowledged: Mapping[str, Sequence[Acknowledgement]]) -> tuple[list[Problem], list[tuple[Problem, str]]]:
    """Split off the warnings an editor acknowledged in the article's front matter.

    `acknowledged` maps an article's path to its `acknowledge:` entries. Each entry takes the
    warnings of that article whose message contains its words (and sit on its `line`, when
    given); errors are never acknowledged. An entry that takes nothing is itself a warning,
    so a stale acknowledgement (the text was fixed, the warning changed) does not linger.
    Returns (problems still standing, [(acknowledged warning, reason)]).
    """
    kept: list[Problem] = []
    taken: list[tuple[Problem, str]] = []
    used: set[tuple[str, int]] = set()
    for p in problems:
        entries = acknowledged.get(p.path, ()) if p.severity == "warning" else ()
        hit = next((a for a in entries if a.warning.lower() in " ".join(p.message.split()).lower()
                    and (a.line is None or a.line == p.line)), None)
        if hit is None:
            kept.append(p)
        else:
            taken.append((p, hit.reason))
            used.add((p.path, hit.at))
    for path, entries in sorted(acknowledged.items()):
        for a in entries:
            if (path, a.at) not in used:
                where = f" at line {a.line}" if a.line is not None else ""
                kept.append(Problem(path, a.at, f"acknowledge: no warning{where} matches {a.warning!r}: "
                                                "remove the entry if the warning is gone", "warning"))
    return kept, taken
