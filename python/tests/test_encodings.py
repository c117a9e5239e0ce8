"""parse_bytes: UTF-8 (with or without BOM), UTF-16 (BOM or zero bytes), GBK/GB18030, detected or given."""

import codecs

import gongwen
import pytest

from conftest import FIXTURES

TEXT = "各省发展改革委：\n现将《重点任务》印发给你们。\n国家发展改革委\n2022年3月10日\n重点任务\n一、提高质量\n（一）深化改革。（公安部负责）\n"


@pytest.fixture(scope="module")
def reference():
    return gongwen.parse(TEXT)


def facts(doc):
    return (doc.title, doc.notice.date, doc.notice.issuers, [a.name for b in doc.blocks() for a in b.agencies()])


def test_utf8(reference):
    doc = gongwen.parse_bytes(TEXT.encode("utf-8"))
    assert doc.encoding == "utf-8" and doc.to_json() == reference.to_json()


def test_utf8_bom_keeps_spans_into_the_input(reference):
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")
    doc = gongwen.parse_bytes(data)
    assert doc.encoding == "utf-8"
    assert facts(doc) == facts(reference)
    span = doc.sections[0].span
    assert data[span.start : span.end].decode("utf-8").startswith("一、提高质量")


@pytest.mark.parametrize("codec,name", [("utf-16", "utf-16le"), ("utf-16-be", "utf-16be")])
def test_utf16_by_bom(codec, name, reference):
    data = TEXT.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    doc = gongwen.parse_bytes(data)
    assert doc.encoding == name
    assert doc.to_json() == reference.to_json()


@pytest.mark.parametrize("encoding", [None, "gb18030", "gbk", "GB2312"])
def test_gb18030(encoding, reference):
    doc = gongwen.parse_bytes(TEXT.encode("gb18030"), encoding=encoding)
    assert doc.encoding == "gb18030"
    assert doc.to_json() == reference.to_json()


def test_gb_bytes_read_as_utf8_when_told_fail():
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_bytes(TEXT.encode("gb18030"), encoding="utf-8")
    assert info.value.kind == "invalid-encoding"
    assert info.value.summary == "GBK (GB18030) text, not UTF-8; nothing was parsed"


def test_utf16_without_bom_by_its_zero_bytes(reference):
    doc = gongwen.parse_bytes(TEXT.encode("utf-16-le"))
    assert doc.encoding == "utf-16le"
    assert doc.to_json() == reference.to_json()


def test_bytes_that_are_no_text_fail():
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_bytes("一、总则\n".encode("utf-8") + b"\xff\xfe\xfd")
    assert (info.value.kind, info.value.line, info.value.column) == ("invalid-utf8", 2, 1)


def test_fixture_in_gbk(seed_text):
    doc = gongwen.parse_bytes(seed_text.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert doc.to_json() == gongwen.parse(seed_text).to_json()


def test_parse_file(tmp_path, reference):
    p = tmp_path / "gbk.txt"
    p.write_bytes(TEXT.encode("gbk"))
    doc = gongwen.parse_file(p)
    assert doc.id == str(p) and doc.to_json() == reference.to_json()


def encoded_fixtures():
    index = FIXTURES / "encodings" / "INDEX.tsv"
    if not index.exists():
        return []
    rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return [(r[0], r[1]) for r in rows]


@pytest.mark.parametrize("name,source", encoded_fixtures())
def test_encoded_fixtures_read_as_their_source(name, source):
    """fixtures/encodings: corpus documents in GBK, GB18030 and UTF-16 give their source's text and JSON."""
    doc = gongwen.parse_file(FIXTURES / "encodings" / name)
    text = (FIXTURES / source).read_bytes().decode("utf-8")
    assert doc.text == text
    assert doc.encoding == ("gb18030" if ".gb" in name else "utf-16be" if "utf16be" in name else "utf-16le")
    assert doc.to_json() == gongwen.parse(text).to_json()


# mojibake: constructed text (TEXT), its UTF-8 bytes read in a legacy code page and saved again
@pytest.mark.parametrize(
    "codec,page",
    [("latin-1", "Windows-1252"), ("mac_cyrillic", "Mac Cyrillic"), ("cp1251", "Windows-1251"), ("koi8_r", "KOI8-R")],
)
def test_mojibake_is_repaired(codec, page, reference):
    mojibake = TEXT.encode("utf-8").decode(codec, errors="replace").encode("utf-8")
    doc = gongwen.parse_bytes(mojibake)
    # a byte the code page has no character for (98 in Windows-1251) was
    # lost: its character is one U+FFFD
    lost = {"cp1251": b"\x98"}.get(codec, b"")
    assert doc.text == "".join("\ufffd" if any(b in lost for b in c.encode("utf-8")) else c for c in TEXT)
    if not lost:
        assert facts(doc) == facts(reference)
    first = doc.diagnostics[0]
    assert first.code == "mojibake-repaired" and page in first.message
    span = doc.sections[0].span
    assert doc.text.encode("utf-8")[span.start : span.end].decode("utf-8").startswith("一、提")


def test_gbk_mojibake_and_repair_off():
    mojibake = TEXT.encode("utf-8").decode("gbk", errors="replace")
    doc = gongwen.parse_bytes(mojibake.encode("utf-8"))
    assert doc.diagnostics[0].code == "mojibake-repaired" and "GBK" in doc.diagnostics[0].message
    # Python's GBK decoder loses a byte wherever UTF-8's bytes pair up
    # oddly (a lead byte before an ASCII character; 80, the last byte of
    # 一): those characters are U+FFFD, the rest is back
    assert "\n重点任务\n\ufffd、提高质\ufffd\n（一）深化改革" in doc.text
    assert doc.text.count("\ufffd") == int(doc.diagnostics[0].message.split("(")[1].split(" ")[0])
    as_is = gongwen.parse_bytes(mojibake.encode("utf-8"), repair=False)
    assert as_is.text == mojibake
    assert all(d.code != "mojibake-repaired" for d in as_is.diagnostics)
    # a str is parsed as it is
    assert all(d.code != "mojibake-repaired" for d in gongwen.parse(mojibake).diagnostics)
    docs = gongwen.parse_many([mojibake.encode("utf-8")] * 2, jobs=1)
    assert [d.diagnostics[0].code for d in docs] == ["mojibake-repaired"] * 2
    docs = gongwen.parse_many([mojibake.encode("utf-8")], jobs=1, repair=False)
    assert docs[0].text == mojibake


def test_mojibake_fixture_193():
    path = FIXTURES / "wide" / "193-guowuyuanling-622-barrier-free-regulation-mojibake.txt"
    doc = gongwen.parse_file(path)
    assert doc.diagnostics[0].code == "mojibake-repaired"
    assert doc.title == "无障碍环境建设条例"
    assert [b.marker for b in doc.sections] == ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]
