"""The package's JSON is the Rust library's, byte for byte, for every fixture."""

import json
import subprocess

import gongwen
import pytest

from conftest import fixture_paths

PATHS = fixture_paths()


def test_there_are_fixtures():
    assert len(PATHS) >= 12


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_same_json_as_rust(path, to_json_bin):
    rust = subprocess.run([to_json_bin, str(path)], check=True, capture_output=True).stdout.decode("utf-8")
    # the bytes as they are, as the Rust parse_bytes reads them (the
    # mojibake copy, 193, is not repaired: test_encodings has its repair)
    doc = gongwen.parse_bytes(path.read_bytes(), repair=False)
    assert doc.to_json(pretty=True) + "\n" == rust
    compact = doc.to_json()
    assert json.loads(compact) == json.loads(rust)
    assert doc.to_dict() == json.loads(rust)
    # parse(str) gives the same as parse_bytes for UTF-8 files
    assert gongwen.parse(path.read_bytes().decode("utf-8")).to_json() == compact


def test_attributes_mirror_the_json(seed_text):
    doc = gongwen.parse(seed_text)
    data = doc.to_dict()
    for key in ("title", "doc_number"):
        assert getattr(doc, key) == data[key]
    assert doc.notice.to_dict() == data["notice"]
    assert [s.to_dict() for s in doc.sections] == data["sections"]
    assert [d.to_dict() for d in doc.diagnostics] == data["diagnostics"]
    assert [p.to_dict() for p in doc.preamble] == data["preamble"]
    assert doc.span.to_dict() == data["span"]
    # fields beyond the named properties are attributes too
    assert doc.adopted == [] and doc.contents is None
    assert doc.sections[0].children[0]["title"] == data["sections"][0]["children"][0]["title"]
    with pytest.raises(AttributeError):
        doc.no_such_field  # noqa: B018
    # to_dict is a copy: changing it changes nothing
    data["title"] = "x"
    assert doc.to_dict()["title"] != "x"


def test_headings_with_no_number_are_typed():
    # constructed: two parts headed in 【】, the numbering restarting under the second
    text = (
        "某县2025年工作要点\n"
        "【总体要求】\n"
        "坚持稳中求进。\n"
        "1.深化改革。推进重点领域改革。\n"
        "【保障措施】\n"
        "加强组织领导。\n"
        "1.强化督查。定期通报进展。\n"
    )
    doc = gongwen.parse(text)
    heads = doc.headings
    assert [h.title for h in heads] == ["总体要求", "保障措施"]
    assert all(isinstance(h, gongwen.Heading) for h in heads)
    assert [p.text for p in heads[1].paragraphs] == ["加强组织领导。"]
    assert doc.raw(heads[0].span) == "【总体要求】"
    assert [h.to_dict() for h in heads] == doc.to_dict()["headings"]
    assert "加强组织领导。" not in [p.text for b in doc.blocks() for p in b.paragraphs]
