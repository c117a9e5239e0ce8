"""The exception of the package (kept apart so that the native module can raise it)."""

from __future__ import annotations

from typing import Any, Optional, Tuple


class ParseError(ValueError):
    """A text that could not be parsed at all.

    Everything recoverable is a diagnostic on the returned document instead
    (``Document.diagnostics``); this is only for input that cannot be read:
    empty or blank text, text over the size limit (64 MiB), bytes that are
    not valid in their encoding, numbered blocks nested too deep.

    ``str(error)`` is the full message: what went wrong, the line and column,
    and the source line with a caret under the place.

    Attributes:
        kind: a stable id: ``"empty"``, ``"invalid-utf8"``,
            ``"invalid-encoding"``, ``"unknown-encoding"``, ``"too-large"``,
            ``"too-deep"``, ``"no-structure"``, ``"parse-error"``.
        summary: the first line of the message, without the source line.
        line: 1-based line of the place, or ``None`` when the error has no
            place (empty or too large input, an unknown encoding).
        column: 1-based column of the place, counted in characters.
        offset: byte offset of the place in the input (UTF-8 for a ``str``,
            the raw bytes for ``parse_bytes``).
        index: position of the failing input in a ``parse_many`` batch
            (``None`` for ``parse``).
    """

    kind: str
    summary: str
    line: Optional[int]
    column: Optional[int]
    offset: Optional[int]
    index: Optional[int]

    def __init__(
        self,
        message: str,
        kind: str = "parse-error",
        summary: Optional[str] = None,
        line: Optional[int] = None,
        column: Optional[int] = None,
        offset: Optional[int] = None,
        index: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.summary = summary if summary is not None else message.split("\n", 1)[0]
        self.line = line
        self.column = column
        self.offset = offset
        self.index = index

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:  # picklable, e.g. across Spark or multiprocessing workers
        return (
            type(self),
            (self.args[0], self.kind, self.summary, self.line, self.column, self.offset, self.index),
        )
