"""Type stubs of the native module gongwen._gongwen (Rust, pyo3).

Use the package's own functions (``gongwen.parse`` …); this module is their
engine and its API may change.
"""

from typing import Any, Iterable, List, Optional, Tuple, Union

from ._errors import ParseError

__version__: str
TASK_COLUMNS: List[str]
DOCUMENT_COLUMNS: List[str]

class NativeDocument:
    """A parsed document kept in Rust, with the text it was parsed from."""

    @property
    def text(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def title(self) -> Optional[str]: ...
    @property
    def doc_number(self) -> Optional[str]: ...
    def to_json(self, pretty: bool = False) -> str: ...
    def raw(self, start: int, end: int) -> str: ...
    def position(self, offset: int) -> Tuple[int, int]: ...
    def task_rows(self, id: Any) -> List[Tuple[Any, ...]]: ...
    def summary_row(self, id: Any) -> Tuple[Any, ...]: ...

def parse(text: str) -> NativeDocument: ...
def parse_bytes(data: bytes, encoding: Optional[str] = None, repair: bool = True) -> NativeDocument: ...
def parse_many(
    texts: Iterable[Union[str, bytes]],
    jobs: Optional[int] = None,
    encoding: Optional[str] = None,
    errors_as_values: bool = False,
    repair: bool = True,
) -> List[Union[NativeDocument, ParseError]]: ...
