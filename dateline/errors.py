"""Problems found in content or templates, and the one exception that carries them.

Every step collects problems instead of raising at the first one, so a user
fixes all of them in one pass; `BuildFailed` is raised once, at the end.
"""

from __future__ import annotations

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

