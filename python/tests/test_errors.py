"""ParseError: the kind, line and column of input that cannot be parsed."""

import pickle

import gongwen
import pytest


@pytest.mark.parametrize("text", ["", "   \n\u3000\t\n"])
def test_empty_text(text):
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse(text)
    err = info.value
    assert err.kind == "empty"
    assert (err.line, err.column, err.offset, err.index) == (None, None, None, None)
    assert isinstance(err, ValueError)
    assert "empty" in str(err)


def test_invalid_utf8_has_line_and_column():
    data = "通知\n你好，世界".encode("utf-8") + b"\xff"
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_bytes(data, encoding="utf-8")
    err = info.value
    assert err.kind == "invalid-utf8"
    assert (err.line, err.column, err.offset) == (2, 6, 22)
    assert err.summary == "invalid UTF-8 at byte 22 (line 2, column 6); nothing was parsed"
    # the full message shows the source line with a caret
    assert "2 | 你好，世界" in str(err)
    assert str(err).startswith(err.summary)


def test_invalid_gb18030_has_line_and_column():
    good = "一、总则\n（一）推进".encode("gb18030")
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_bytes(good + b"\x81\x20", encoding="gb18030")
    err = info.value
    assert err.kind == "invalid-encoding"
    assert (err.line, err.column, err.offset) == (2, 6, len(good))
    assert "gb18030" in err.summary.lower()


def test_unknown_encoding():
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_bytes(b"abc", encoding="no-such-encoding")
    assert info.value.kind == "unknown-encoding"


def test_wrong_types():
    with pytest.raises(TypeError):
        gongwen.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gongwen.parse_bytes("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gongwen.parse_many([1])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        gongwen.parse_many(["标题"], jobs=0)


def test_text_without_structure_is_not_an_error():
    doc = gongwen.parse("只是一句话。")
    assert [p.text for p in doc.preamble] == ["只是一句话。"]
    assert "no-structure" in [d.code for d in doc.diagnostics]


def test_parse_error_pickles():
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_many(["标题\n一、总则\n", ""], jobs=1)
    err = pickle.loads(pickle.dumps(info.value))
    assert (err.kind, err.index, str(err)) == ("empty", 1, str(info.value))


def test_documents_pickle(seed_text):
    doc = gongwen.parse(seed_text)
    doc.id = "seed"
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and again.id == "seed"
