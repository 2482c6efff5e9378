"""Problems found in content sources, and the exception that carries all of them at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in a source file."""

    file: str
    """Path of the file, relative to the project root (``content_src/sources.yml``)."""
    line: int
    """1-based line number; 0 when the problem concerns the whole file."""
    message: str
    """What is wrong and what was expected."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def annotation(problem: Problem, level: str = "error") -> str:
    """``problem`` as a GitHub Actions workflow command, shown on the line in a pull request."""

    def escape(text: str, *extra: str) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        for char in extra:
            text = text.replace(char, f"%{ord(char):02X}")
        return text

    where = f"file={escape(problem.file, ':', ',')}"
    if problem.line:
        where += f",line={problem.line}"
    return f"::{level} {where}::{escape(problem.message)}"


class ContentError(Exception):
    """Raised when the sources cannot be built; carries every problem found, sorted."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Problems:
    """Collects problems during validation so that all are reported together."""

    items: list[Problem] = field(default_factory=list)

    def add(self, file: str | Path, line: int, message: str) -> None:
        self.items.append(Problem(str(file), line, message))

    def extend(self, other: Iterable[Problem]) -> None:
        self.items.extend(other)

    def __bool__(self) -> bool:
        return bool(self.items)


class ToolFailure(Exception):
    """A tool the build runs (Pagefind, a library it needs) failed or is missing: the message
    says what to do; the command line prints it without a traceback."""
