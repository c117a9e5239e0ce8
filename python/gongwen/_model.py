"""The parsed tree as Python objects, built lazily from the JSON contract.

A :class:`Document` keeps the parsed tree in Rust. Its nested parts
(``notice``, ``sections``, ``diagnostics`` …) are made on first access from
the document's JSON, as read-only views of it: each node is a small object
whose attributes are the fields of the JSON contract (``block.title``,
``agency.canonical``). Fields added to the contract later are reachable the
same way, and ``node.to_dict()`` gives the plain dict.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, KeysView, List, Optional, Tuple, cast

from . import _gongwen

__all__ = [
    "Node",
    "Span",
    "Paragraph",
    "AddresseeGroup",
    "Notice",
    "Agency",
    "Deadline",
    "Responsibility",
    "Reference",
    "Table",
    "Block",
    "Attachment",
    "Contents",
    "Diagnostic",
    "Document",
]


class Node:
    """A read-only view of one object of the JSON contract.

    Attributes are the object's fields (``node.title``); nested objects and
    lists of objects come back as nodes too. ``node["title"]`` works as
    well, ``node.to_dict()`` gives the dict, and two nodes are equal when
    their dicts are.
    """

    __slots__ = ("_d",)

    def __init__(self, data: Dict[str, Any]) -> None:
        self._d = data

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._d[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None
        return _wrap(name, value)

    def __getitem__(self, name: str) -> Any:
        return _wrap(name, self._d[name])

    def __contains__(self, name: object) -> bool:
        return name in self._d

    def keys(self) -> KeysView[str]:
        """The field names, in the order of the JSON."""
        return self._d.keys()

    def to_dict(self) -> Dict[str, Any]:
        """The object as plain JSON data (a deep copy)."""
        data: Dict[str, Any] = json.loads(json.dumps(self._d))
        return data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and type(other) is type(self) and other._d == self._d

    __hash__ = None  # type: ignore[assignment]

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._d))

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={self._d[k]!r}" for k in self._repr_fields if k in self._d)
        return f"{type(self).__name__}({shown})"

    _repr_fields: Tuple[str, ...] = ()


class Span(Node):
    """Byte offsets ``start..end`` (half-open) into the ORIGINAL input.

    Offsets count UTF-8 bytes, not Python characters: use
    ``document.raw(span)`` for the text of a span, and
    ``document.position(span.start)`` for its line and column.
    """

    __slots__ = ()
    _repr_fields = ("start", "end")
    start: int
    end: int


class Paragraph(Node):
    """A paragraph: ``text`` (cleaned) and ``span``."""

    __slots__ = ()
    _repr_fields = ("text",)
    text: str
    span: Span


class AddresseeGroup(Node):
    """A group of 主送机关: ``text`` as written, ``items`` split on 、,
    ``span``, ``names`` (each item's full name: 各市、县人民政府 gives
    各市人民政府) and ``item_spans`` (each item as written)."""

    __slots__ = ()
    _repr_fields = ("text",)
    text: str
    items: List[str]
    span: Span
    names: List[str]
    item_spans: List[Span]


class Notice(Node):
    """The document's official frame: covering notice, or its own 版头/主送/落款."""

    __slots__ = ()
    _repr_fields = ("title", "doc_number", "date")
    title: Optional[str]
    doc_number: Optional[str]
    addressees: List[AddresseeGroup]
    body: List[Paragraph]
    issuers: List[str]
    date: Optional[str]
    span: Span


class Agency(Node):
    """A body named in a clause (or inherited from a standing note).

    ``role`` is ``"lead"`` (牵头), ``"responsible"`` (负责) or ``"support"``
    (配合/参与); ``canonical`` the official full name of a national body;
    ``kind`` national | local | collective | unknown; ``level`` and
    ``jurisdiction`` for a local body; ``current`` the body that carries an
    abolished body's work today.
    """

    __slots__ = ()
    _repr_fields = ("name", "role", "canonical")
    name: str
    canonical: Optional[str]
    role: str
    kind: str
    level: Optional[str]
    jurisdiction: Optional[str]
    current: Optional[str]
    span: Span


class Deadline(Node):
    """A deadline: ``text`` as written, ``by`` the last day (ISO 8601), ``ongoing``, ``every``."""

    __slots__ = ()
    _repr_fields = ("text", "by")
    text: str
    by: Optional[str]
    ongoing: bool
    every: Optional[str]
    span: Span


class Responsibility(Node):
    """A responsibility clause such as （公安部、发展改革委等负责）."""

    __slots__ = ()
    _repr_fields = ("raw",)
    raw: str
    agencies: List[Agency]
    notes: List[str]
    deadline: Optional[Deadline]
    span: Span


class Reference(Node):
    """A cited document: ``title``, ``doc_number`` (normalised), ``kind``."""

    __slots__ = ()
    _repr_fields = ("title", "doc_number")
    title: Optional[str]
    doc_number: Optional[str]
    kind: str
    span: Span


class Table(Node):
    """A table (a task table of a plan): ``form``, ``columns``, ``rows``."""

    __slots__ = ()
    _repr_fields = ("form",)
    form: str
    columns: List[Node]
    rows: List[Node]
    span: Span


class Block(Node):
    """One numbered block at any depth (一、 （一） 1. （1） ① 第X章 第X条 …)."""

    __slots__ = ()
    _repr_fields = ("kind", "marker", "title")
    kind: str
    level: int
    marker: str
    number: int
    title: Optional[str]
    paragraphs: List[Paragraph]
    responsibilities: List[Responsibility]
    inherited: List[Agency]
    children: List["Block"]
    deadline: Optional[Deadline]
    references: List[Reference]
    tables: List[Table]
    span: Span

    def walk(self) -> Iterator["Block"]:
        """This block and every block under it, depth first, in document order."""
        stack = [self]
        while stack:
            b = stack.pop()
            yield b
            stack.extend(reversed(b.children))

    def agencies(self) -> Iterator[Agency]:
        """Every body of every clause of this block, in order."""
        for r in self.responsibilities:
            yield from r.agencies


class Attachment(Node):
    """A 附件, or a further document a notice transmits."""

    __slots__ = ()
    _repr_fields = ("number", "title")
    number: Optional[int]
    title: str
    paragraphs: List[Paragraph]
    sections: List[Block]
    span: Span


class Heading(Node):
    """A heading with no number (``【保障措施】``, ``## 保障措施``): no block
    and no level of the outline; the numbered blocks after it stay
    top-level ``sections`` (its part: those whose spans start after its
    span and before the next heading's)."""

    __slots__ = ()
    _repr_fields = ("title",)
    title: str
    paragraphs: List[Paragraph]
    span: Span


class Contents(Node):
    """A table of contents (目录): ``entries`` and ``span``."""

    __slots__ = ()
    entries: List[Paragraph]
    span: Span


class Diagnostic(Node):
    """Something the parser noticed and recovered from.

    ``severity`` error | warning | info, ``code`` a stable id
    (``scrape-artifact``, ``numbering-gap`` …), ``message`` one line.
    """

    __slots__ = ()
    _repr_fields = ("severity", "code", "message")
    severity: str
    code: str
    message: str
    span: Span


# which class a field's objects are, by the field's name
_CLASSES = {
    "notice": Notice,
    "sections": Block,
    "children": Block,
    "responsibilities": Responsibility,
    "agencies": Agency,
    "inherited": Agency,
    "preamble": Paragraph,
    "closing": Paragraph,
    "paragraphs": Paragraph,
    "body": Paragraph,
    "adopted": Paragraph,
    "entries": Paragraph,
    "addressees": AddresseeGroup,
    "attachments": Attachment,
    "diagnostics": Diagnostic,
    "deadline": Deadline,
    "references": Reference,
    "tables": Table,
    "contents": Contents,
    "headings": Heading,
}


def _wrap(name: str, value: Any) -> Any:
    if isinstance(value, dict):
        if name == "span" or name.endswith("_span"):
            return Span(value)
        return _CLASSES.get(name, Node)(value)
    if isinstance(value, list) and value and isinstance(value[0], dict):
        cls = _CLASSES.get(name, Node)
        return [cls(v) for v in value]
    return value


class Document:
    """A parsed policy document (公文).

    Attributes mirror the JSON contract: ``notice``, ``title``,
    ``doc_number``, ``preamble``, ``sections``, ``attachments``,
    ``diagnostics``, ``span`` (and ``adopted``, ``contents``,
    ``references``, ``title_span`` …). The tree stays in Rust; the nested
    objects are made on first access.

    ``to_json()`` gives the same JSON as the Rust library's
    ``Document::to_json``; ``to_dict()`` the same as plain Python data.
    ``text`` is the text parsed; spans are UTF-8 byte offsets into it
    (``raw(span)`` gives a span's text).

    ``id`` is the name given by :func:`gongwen.tasks` and
    :func:`gongwen.documents` (``None`` unless set).
    """

    __slots__ = ("_native", "_data", "id")

    def __init__(self, native: "_gongwen.NativeDocument", id: Any = None) -> None:
        self._native = native
        self._data: Optional[Dict[str, Any]] = None
        self.id = id

    # -- fast fields, straight from Rust ---------------------------------
    @property
    def title(self) -> Optional[str]:
        """Title of the main document (the attached 方案/意见 …, or its own)."""
        return self._native.title

    @property
    def doc_number(self) -> Optional[str]:
        """发文字号 of the main document when it has one of its own (the
        covering notice's is ``notice.doc_number``)."""
        return self._native.doc_number

    @property
    def text(self) -> str:
        """The text parsed (for ``parse_bytes``: after decoding)."""
        return self._native.text

    @property
    def encoding(self) -> str:
        """The encoding the input was read in (``"utf-8"`` for a ``str``)."""
        return self._native.encoding

    # -- the tree, made lazily from the JSON -----------------------------
    def _tree(self) -> Dict[str, Any]:
        if self._data is None:
            self._data = json.loads(self._native.to_json())
        return self._data

    @property
    def notice(self) -> Optional[Notice]:
        """The covering notice or the document's own frame, or ``None``."""
        return cast(Optional[Notice], _wrap("notice", self._tree()["notice"]))

    @property
    def preamble(self) -> List[Paragraph]:
        """Paragraphs before the first numbered heading."""
        return cast(List[Paragraph], _wrap("preamble", self._tree()["preamble"]))

    @property
    def sections(self) -> List[Block]:
        """The top-level numbered blocks."""
        return cast(List[Block], _wrap("sections", self._tree()["sections"]))

    @property
    def headings(self) -> List[Heading]:
        """Headings with no number (``【保障措施】``), in input order; the text
        under each before the next numbered block is its ``paragraphs``."""
        return cast(List[Heading], _wrap("headings", self._tree()["headings"]))

    @property
    def closing(self) -> List[Paragraph]:
        """The closing formula (特此通知。) after the last block, or empty."""
        return cast(List[Paragraph], _wrap("closing", self._tree()["closing"]))

    @property
    def attachments(self) -> List[Attachment]:
        """附件 named or attached after the body."""
        return cast(List[Attachment], _wrap("attachments", self._tree()["attachments"]))

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """Everything the parser noticed and recovered from, in input order."""
        return cast(List[Diagnostic], _wrap("diagnostics", self._tree()["diagnostics"]))

    @property
    def references(self) -> List[Reference]:
        """Every citation of another document, in input order."""
        return cast(List[Reference], _wrap("references", self._tree()["references"]))

    @property
    def span(self) -> Span:
        """The whole input."""
        return cast(Span, _wrap("span", self._tree()["span"]))

    def __getattr__(self, name: str) -> Any:
        # the other fields of the contract (adopted, contents, title_span …)
        if name.startswith("_"):
            raise AttributeError(name)
        tree = self._tree()
        if name in tree:
            return _wrap(name, tree[name])
        raise AttributeError(f"Document has no field {name!r}")

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._tree()))

    def blocks(self) -> Iterator[Block]:
        """Every block of the main document at every depth, depth first, in
        document order (an attachment's blocks: ``attachment.sections``)."""
        for s in self.sections:
            yield from s.walk()

    # -- conversions -----------------------------------------------------
    def to_json(self, pretty: bool = False) -> str:
        """The JSON of the contract: exactly the Rust library's
        ``Document::to_json`` (``to_json_pretty`` with ``pretty=True``)."""
        return self._native.to_json(pretty)

    def to_dict(self) -> Dict[str, Any]:
        """The JSON as plain Python data (a new dict on each call)."""
        data: Dict[str, Any] = json.loads(self._native.to_json())
        return data

    def tasks(self) -> List[Dict[str, Any]]:
        """One dict per body and block: the rows of :func:`gongwen.tasks`
        for this document alone."""
        cols = _gongwen.TASK_COLUMNS
        return [dict(zip(cols, row)) for row in self._native.task_rows(self.id)]

    def raw(self, span: Any) -> str:
        """The raw text of a span (a :class:`Span`, a ``{"start", "end"}``
        dict or a ``(start, end)`` pair): residue included, as in the input."""
        if isinstance(span, Node):
            span = span._d
        if isinstance(span, dict):
            start, end = span["start"], span["end"]
        else:
            start, end = span
        return self._native.raw(start, end)

    def position(self, offset: int) -> "tuple[int, int]":
        """1-based ``(line, column)`` of a byte offset, the column counted in
        characters, as editors show it."""
        return self._native.position(offset)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and other.to_json() == self.to_json()

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        # picklable (Spark, multiprocessing): parsed again from its text
        return (_reparse, (self._native.text, self.id))

    def __repr__(self) -> str:
        return f"<gongwen.Document title={self.title!r} doc_number={self.doc_number!r} id={self.id!r}>"


def _reparse(text: str, id: Any) -> Document:
    return Document(_gongwen.parse(text), id)
