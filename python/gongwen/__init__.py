"""gongwen — Chinese government policy documents (公文) as data.

Parse the raw text of a policy document (scraped web pages with ``@@``
link artifacts, text copied out of PDFs, full-width or half-width
punctuation) into a typed, span-accurate tree: the covering notice
(发文字号, 主送机关, 署名, 成文日期), the title, numbered blocks at every depth
(一、 （一） 1. （1） ① 第X章 第X条) with their run-in titles, and the
responsibility clauses that say which body leads, is responsible for, or
supports each task, with canonical body names.

>>> import gongwen
>>> doc = gongwen.parse("标题\\n一、任务\\n（一）推进改革。（公安部、发展改革委等负责）\\n")
>>> doc.sections[0].children[0].title
'推进改革'
>>> [a.canonical for a in doc.sections[0].children[0].agencies()]
['公安部', '国家发展和改革委员会']

Functions: :func:`parse`, :func:`parse_bytes`, :func:`parse_file`,
:func:`parse_many` (parallel, in Rust), and the tables :func:`tasks` (one
row per body and task) and :func:`documents` (one row per document), as
pandas DataFrames when pandas is installed. Errors: :class:`ParseError`.
The parser is written in Rust; see the project's README and docs/python.md.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import _gongwen
from ._errors import ParseError
from ._model import (
    AddresseeGroup,
    Agency,
    Attachment,
    Block,
    Contents,
    Deadline,
    Diagnostic,
    Document,
    Heading,
    Node,
    Notice,
    Paragraph,
    Reference,
    Responsibility,
    Span,
    Table,
)

__version__: str = _gongwen.__version__

#: The columns of :func:`tasks`, in order.
TASK_COLUMNS: Tuple[str, ...] = tuple(_gongwen.TASK_COLUMNS)
#: The columns of :func:`documents`, in order.
DOCUMENT_COLUMNS: Tuple[str, ...] = tuple(_gongwen.DOCUMENT_COLUMNS)

__all__ = [
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "tasks",
    "documents",
    "ParseError",
    "Document",
    "Node",
    "Span",
    "Paragraph",
    "AddresseeGroup",
    "Notice",
    "Block",
    "Responsibility",
    "Agency",
    "Deadline",
    "Reference",
    "Table",
    "Attachment",
    "Contents",
    "Heading",
    "Diagnostic",
    "TASK_COLUMNS",
    "DOCUMENT_COLUMNS",
    "ERROR_COLUMNS",
    "__version__",
]

BytesLike = Union[bytes, bytearray, memoryview]


def parse(text: str) -> Document:
    """Parse the text of one policy document.

    Args:
        text: the document as a ``str`` (any layout: scraped, copied out of a
            PDF, with or without blank lines, CRLF or LF).

    Returns:
        A :class:`Document` whose attributes mirror the JSON contract
        (``notice``, ``title``, ``doc_number``, ``preamble``, ``sections``,
        ``attachments``, ``diagnostics`` …), with ``to_json()`` and
        ``to_dict()``.

    Raises:
        ParseError: only when the text cannot be parsed at all (empty or
            blank, over 64 MiB, nested too deep); everything recoverable is
            a diagnostic (``doc.diagnostics``). The error carries ``line``,
            ``column`` and ``kind``.

    >>> doc = gongwen.parse("各省发展改革委：\\n现将《重点任务》印发给你们。\\n国家发展改革委\\n2022年3月10日\\n重点任务\\n一、提高质量\\n")
    >>> doc.notice.date, doc.title, doc.sections[0].marker
    ('2022-03-10', '重点任务', '一、')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse takes a str, not {type(text).__name__} (bytes: use parse_bytes)")
    return Document(_gongwen.parse(text))


def parse_bytes(data: BytesLike, encoding: Optional[str] = None, *, repair: bool = True) -> Document:
    """Decode and parse one document given as bytes.

    Decoding is the Rust library's (``gongwen::decode``). Without
    ``encoding`` it detects: a byte-order mark (UTF-8, UTF-16LE/BE); else
    valid UTF-8; else UTF-16 without a BOM, shown by its zero bytes; else
    GBK / GB18030 when the bytes decode as it and read as Chinese text.
    ``encoding`` (``"utf-8"``, ``"gb18030"`` = ``"gbk"`` = ``"gb2312"``,
    ``"utf-16"``, ``"utf-16le"``, ``"utf-16be"``, ``"auto"``;
    case-insensitive) forces one. ``doc.encoding`` tells which was read
    (``"utf-8"``, ``"gb18030"``, ``"utf-16le"``, ``"utf-16be"``).

    Mojibake is repaired (unless ``repair`` is false): text whose UTF-8
    bytes were once read as Windows-1252 / Latin-1, Mac Cyrillic,
    Windows-1251, KOI8-R or GBK and saved again is encoded back and
    decoded as UTF-8; the document's first diagnostic is then
    ``mojibake-repaired`` (the code page, the characters lost).

    Spans are byte offsets into the UTF-8 text (``doc.text``), which for
    UTF-8 input is the input itself (the repaired text, when repaired).

    Raises:
        ParseError: bytes that are no text in any of these encodings
            (``kind`` ``"invalid-utf8"``, with line, column and byte
            offset), bytes that are not text in the encoding given
            (``"invalid-encoding"``; the message names what they are when
            it can), an unknown ``encoding`` (``"unknown-encoding"``), and
            everything :func:`parse` raises for.
    """
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(f"parse_bytes takes bytes, not {type(data).__name__}")
    return Document(_gongwen.parse_bytes(data, encoding, repair))


def parse_file(
    path: Union[str, "os.PathLike[str]"], encoding: Optional[str] = None, *, repair: bool = True
) -> Document:
    """Read a file and parse it as :func:`parse_bytes` does (the encoding
    detected or given, mojibake repaired unless ``repair`` is false). The
    document's ``id`` is the path."""
    with open(path, "rb") as f:
        data = f.read()
    doc = parse_bytes(data, encoding, repair=repair)
    doc.id = os.fspath(path)
    return doc


def parse_many(
    texts: Iterable[Union[str, bytes]],
    jobs: Optional[int] = None,
    *,
    encoding: Optional[str] = None,
    errors: str = "raise",
    repair: bool = True,
) -> List[Union[Document, ParseError]]:
    """Parse many documents in parallel, in Rust, with the GIL released.

    Args:
        texts: ``str`` or ``bytes`` items (bytes are decoded as in
            :func:`parse_bytes`, with ``encoding`` if given, mojibake
            repaired unless ``repair`` is false; a ``str`` is parsed as
            it is).
        jobs: threads to parse on; ``None``: one per core, ``1``: one at a
            time on the calling thread.
        errors: ``"raise"`` (default): the first document that cannot be
            parsed, in input order, raises its :class:`ParseError` (its
            ``index`` is its position); ``"return"``: the error takes the
            document's place in the list.

    Returns:
        The documents, in input order.
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    if jobs is not None and jobs < 1:
        raise ValueError("jobs must be at least 1")
    items = [bytes(t) if isinstance(t, (bytearray, memoryview)) else t for t in texts]
    natives = _gongwen.parse_many(items, jobs, encoding, errors == "return", repair)
    return [n if isinstance(n, ParseError) else Document(n) for n in natives]


# -- tables ---------------------------------------------------------------

Input = Union[str, bytes, "os.PathLike[str]", Document]
Inputs = Union[Input, Iterable[Union[Input, Tuple[Any, Input]]], Dict[Any, Input]]

#: The integer columns of documents() (nullable when errors="include").
_COUNTS = ("bytes", "sections", "blocks", "tasks", "bodies", "attachments", "references", "diagnostics", "warnings", "errors")

#: Extensions of the files taken from a directory (as the CLI).
_EXTENSIONS = (".txt", ".md", ".html")


class _File:
    """A file to read when its turn comes (so that a large directory is
    never held in memory all at once)."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def read(self) -> bytes:
        with open(self.path, "rb") as f:
            return f.read()


def _files(path: "os.PathLike[str]") -> List[str]:
    p = os.fspath(path)
    if not os.path.isdir(p):
        return [p]
    found: List[str] = []
    for root, dirs, names in os.walk(p):
        dirs.sort()
        found.extend(os.path.join(root, n) for n in names if n.lower().endswith(_EXTENSIONS))
    found.sort()
    return found


def _entries(inputs: Any) -> List[Tuple[Any, Any]]:
    """(id, item) pairs: item a str, bytes, _File or Document."""
    if isinstance(inputs, (str, bytes, bytearray, memoryview, Document)) or isinstance(inputs, os.PathLike):
        inputs = [inputs]
    if type(inputs).__name__ == "DataFrame":  # pandas: a "text" column, ids from "id" or the index
        if "text" not in inputs.columns:
            raise ValueError('a DataFrame of documents needs a "text" column (and an optional "id" column)')
        ids = inputs["id"] if "id" in inputs.columns else inputs.index
        pairs = list(zip(ids, inputs["text"]))
    elif isinstance(inputs, dict) or type(inputs).__name__ == "Series":
        pairs = list(inputs.items())
    else:
        pairs = []
        for i, item in enumerate(inputs):
            if isinstance(item, tuple) and len(item) == 2:
                pairs.append(item)
            else:
                pairs.append((None if isinstance(item, (os.PathLike, Document)) else i, item))
    out: List[Tuple[Any, Any]] = []
    for id, item in pairs:
        if isinstance(item, os.PathLike):
            files = _files(item)
            if id is not None and len(files) == 1 and not os.path.isdir(item):
                out.append((id, _File(files[0])))
            else:
                out.extend((f, _File(f)) for f in files)
        elif isinstance(item, Document):
            out.append((item.id if id is None else id, item))
        elif isinstance(item, (bytearray, memoryview)):
            out.append((id, bytes(item)))
        elif isinstance(item, (str, bytes)):
            out.append((id, item))
        else:
            raise TypeError(f"cannot read a document from {type(item).__name__}: give str, bytes, a path or a Document")
    return out


#: Documents parsed at once by the table functions: their rows are taken
#: and the documents dropped before the next chunk, so memory stays bounded.
_CHUNK = 1024


def _parsed(
    inputs: Any, jobs: Optional[int], encoding: Optional[str], errors: str
) -> Iterator[Tuple[Any, Union[Document, ParseError]]]:
    """(id, Document) for each input, in input order, parsed a chunk at a time
    (with errors="include", (id, ParseError) for one that fails)."""
    if errors not in ("raise", "skip", "include"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'include', not {errors!r}")
    entries = _entries(inputs)
    for base in range(0, len(entries), _CHUNK):
        chunk = entries[base : base + _CHUNK]
        todo = [k for k, (_, item) in enumerate(chunk) if not isinstance(item, Document)]
        items = [chunk[k][1].read() if isinstance(chunk[k][1], _File) else chunk[k][1] for k in todo]
        done: Dict[int, Any] = dict(zip(todo, _gongwen.parse_many(items, jobs, encoding, True)))
        del items
        for k, (id, item) in enumerate(chunk):
            n = done.get(k, item)
            if isinstance(n, ParseError):
                if errors == "skip":
                    continue
                n.index = base + k
                n.id = id  # type: ignore[attr-defined]
                if errors == "include":
                    yield id, n
                    continue
                n.args = (f"{id}: {n.args[0]}",)
                raise n
            yield id, (n if isinstance(n, Document) else Document(n, id))


def _frame(rows: List[Tuple[Any, ...]], columns: Sequence[str], as_frame: Optional[bool], ints: Sequence[str] = ()) -> Any:
    if as_frame is False:
        return [dict(zip(columns, r)) for r in rows]
    try:
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        if as_frame:
            raise ImportError('as_frame=True needs pandas: pip install "gongwen[pandas]"') from None
        return [dict(zip(columns, r)) for r in rows]
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for c in ints:  # nullable integers stay integers
        frame[c] = frame[c].astype("Int64")
    return frame


def tasks(
    texts_or_paths: Inputs,
    *,
    jobs: Optional[int] = None,
    encoding: Optional[str] = None,
    errors: str = "raise",
    as_frame: Optional[bool] = None,
) -> Any:
    """One row per body and task: who leads, is responsible for, or supports
    which numbered block, across one or many documents.

    Args:
        texts_or_paths: one document or many: ``str`` texts, ``bytes``
            (decoded as :func:`parse_bytes`), ``pathlib.Path`` files or
            directories (their ``.txt``, ``.md`` and ``.html`` files, walked
            in sorted order), parsed :class:`Document` objects, ``(id,
            document)`` pairs, a ``dict`` / pandas ``Series`` of id →
            document, or a pandas ``DataFrame`` with a ``text`` column (and
            an ``id`` column, else its index gives the ids). A plain ``str``
            is always text, never a path.
        jobs: threads to parse on (``None``: one per core).
        encoding: for bytes and files, as in :func:`parse_bytes`.
        errors: for documents that cannot be parsed at all: ``"raise"``
            (default) the first one's :class:`ParseError`, ``"skip"`` them,
            or ``"include"`` one row for each with its ``id``, its
            ``error_kind`` (:attr:`ParseError.kind`) and ``error``
            (:attr:`ParseError.summary`), the other columns empty; with
            ``"include"`` every row has these two columns (empty when the
            document parsed), so that every input id is in the output.
        as_frame: ``None``: a pandas DataFrame when pandas is installed,
            else a list of dicts; ``True``/``False`` to choose.

    Columns (:data:`TASK_COLUMNS`), as the CLI's ``gongwen tasks`` but one
    row per body rather than per block:

    - ``id``: the document's id (its path, its key, or its position);
    - ``path``: the block's path of markers (``三/十一``, ``附件1/一/2``);
    - ``line``: the line of the block's marker (1-based); ``kind``,
      ``marker``, ``title``: the block's;
    - ``body``: the body as written; ``canonical``: its official full name
      (national bodies); ``current``: the body that does its work today, for
      one abolished since; ``body_kind``: national | local | collective |
      unknown; ``level`` and ``jurisdiction``: for a local body;
    - ``role``: lead | responsible | support; ``inherited``: True when the
      body applies from an earlier standing note rather than a clause of
      the block;
    - ``deadline``: the task's deadline as written; ``deadline_by``: the
      last day it means (ISO 8601) or ``"ongoing"``;
    - ``attachment``: index into ``Document.attachments`` of the attached
      document the block is in (``None``: the main document).
    """
    rows: List[Tuple[Any, ...]] = []
    for id, doc in _parsed(texts_or_paths, jobs, encoding, errors):
        if isinstance(doc, ParseError):
            rows.append(_error_row(id, doc, len(TASK_COLUMNS)))
        elif errors == "include":
            rows.extend(r + (None, None) for r in doc._native.task_rows(id))
        else:
            rows.extend(doc._native.task_rows(id))
    return _frame(rows, _columns(TASK_COLUMNS, errors), as_frame, ints=("attachment",))


#: The columns errors="include" adds.
ERROR_COLUMNS: Tuple[str, ...] = ("error_kind", "error")


def _columns(columns: Tuple[str, ...], errors: str) -> Tuple[str, ...]:
    return columns + ERROR_COLUMNS if errors == "include" else columns


def _error_row(id: Any, error: ParseError, width: int) -> Tuple[Any, ...]:
    return (id,) + (None,) * (width - 1) + (error.kind, error.summary)


def documents(
    texts_or_paths: Inputs,
    *,
    jobs: Optional[int] = None,
    encoding: Optional[str] = None,
    errors: str = "raise",
    as_frame: Optional[bool] = None,
) -> Any:
    """One row per document: its title, 发文字号, issuers, date and counts.

    Takes the same inputs and options as :func:`tasks` (with
    ``errors="include"``, a row for a document that failed has its ``id``,
    ``error_kind`` and ``error``, the rest empty).

    Columns (:data:`DOCUMENT_COLUMNS`): ``id``; ``title`` (of the main
    document); ``doc_number`` (the 发文字号 of the covering notice, else the
    main document's own); ``notice_title``; ``issuers`` (a list of the
    signing bodies); ``date`` (成文日期, ISO 8601); ``encoding`` the input was
    read in; ``bytes`` of text; the counts ``sections`` (top-level blocks),
    ``blocks`` (at every depth, attachments' included), ``tasks`` (rows of
    :func:`tasks`), ``bodies`` (distinct bodies), ``attachments``,
    ``references`` (cited documents), ``diagnostics``, ``warnings`` and
    ``errors`` (diagnostics of those severities).
    """
    rows = []
    for id, doc in _parsed(texts_or_paths, jobs, encoding, errors):
        if isinstance(doc, ParseError):
            rows.append(_error_row(id, doc, len(DOCUMENT_COLUMNS)))
        elif errors == "include":
            rows.append(doc._native.summary_row(id) + (None, None))
        else:
            rows.append(doc._native.summary_row(id))
    return _frame(rows, _columns(DOCUMENT_COLUMNS, errors), as_frame, ints=_COUNTS if errors == "include" else ())
