"""The examples in the docstrings run, and help() has something to say."""

import doctest

import gongwen
import gongwen._model


def test_docstring_examples():
    for module in (gongwen, gongwen._model):
        result = doctest.testmod(module, extraglobs={"gongwen": gongwen}, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0
    assert doctest.testmod(gongwen, extraglobs={"gongwen": gongwen}).attempted >= 3


def test_help_is_useful():
    for f in (gongwen.parse, gongwen.parse_bytes, gongwen.parse_many, gongwen.tasks, gongwen.documents):
        assert len(f.__doc__) > 300, f.__name__
    assert "line" in gongwen.ParseError.__doc__ and "column" in gongwen.ParseError.__doc__
    for cls in (gongwen.Document, gongwen.Block, gongwen.Agency, gongwen.Diagnostic, gongwen.Span):
        assert cls.__doc__, cls.__name__
