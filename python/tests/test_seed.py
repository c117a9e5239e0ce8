"""The seed document's facts (tests/seed.rs), read through the Python API."""

import gongwen
import pytest


@pytest.fixture(scope="module")
def doc(seed_text):
    return gongwen.parse(seed_text)


def test_notice_frame(doc):
    notice = doc.notice
    assert notice.title is None
    assert notice.doc_number is None
    assert notice.issuers == ["国家发展改革委"]
    assert notice.date == "2022-03-10"
    assert [g.text for g in notice.addressees] == [
        "中央和国家机关有关部门、有关直属机构",
        "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委",
        "全国工商联",
        "中国国家铁路集团有限公司、国家开发银行、中国农业发展银行",
    ]
    assert notice.addressees[3].items == ["中国国家铁路集团有限公司", "国家开发银行", "中国农业发展银行"]
    assert doc.raw(notice.addressees[2].span) == "全国工商联"
    assert len(notice.body) == 1
    assert notice.body[0].text.startswith("经城镇化工作暨城乡融合发展工作部际联席会议第四次会议审议通过,现将《")
    assert doc.raw(notice.span).startswith("中央和国家机关")
    assert doc.raw(notice.span).endswith("2022年@@3月@@10日")


def test_title_and_preamble(doc, seed_text):
    assert doc.title == "2022年新型城镇化和城乡融合发展重点任务"
    assert doc.doc_number is None
    assert len(doc.preamble) == 1
    assert doc.preamble[0].text.startswith("以习近平新时代中国特色社会主义思想为指导")
    assert doc.span.start == 0 and doc.span.end == len(seed_text.encode("utf-8"))
    assert doc.text == seed_text


def test_six_sections_and_twenty_eight_tasks(doc):
    assert [s.title for s in doc.sections] == [
        "提高农业转移人口市民化质量",
        "持续优化城镇化空间布局和形态",
        "加快推进新型城市建设",
        "提升城市治理水平",
        "促进城乡融合发展",
        "组织实施",
    ]
    assert [len(s.children) for s in doc.sections] == [4, 6, 9, 3, 4, 2]
    for i, s in enumerate(doc.sections):
        assert (s.kind, s.level, s.number) == ("section", 1, i + 1)
    tasks = [t for s in doc.sections for t in s.children]
    assert len(tasks) == 28
    for i, t in enumerate(tasks):
        assert (t.kind, t.level, t.number) == ("subsection", 2, i + 1)
        assert t.children == [] and t.title is not None
    assert tasks[0].marker == "(一)"
    assert tasks[22].marker == "(二十三)"
    assert doc.raw(tasks[22].marker_span) == "(二@@十@@@@三@@@@)"
    assert tasks[0].title == "持续深化户籍制度改革"
    assert doc.raw(tasks[0].title_span) == "持续深化@@户@@籍制度改革"
    assert tasks[16].title == "提升智慧化水平"
    assert tasks[27].title == "压实地方责任"
    assert [len(s.paragraphs) for s in doc.sections] == [1, 1, 1, 1, 1, 0]
    assert len(list(doc.blocks())) == 34


def test_task_one_clause_and_standing_note(doc):
    t1 = doc.sections[0].children[0]
    assert len(t1.responsibilities) == 1
    r = t1.responsibilities[0]
    assert [(a.name, a.role) for a in r.agencies] == [
        ("公安部", "responsible"),
        ("发展改革委", "responsible"),
        ("各省级有关部门", "responsible"),
    ]
    assert r.agencies[1].canonical == "国家发展和改革委员会"
    assert r.notes == ["以下任务均需各省级有关部门落实,不再列出"]
    assert doc.raw(r.span).startswith("(公安部@@、发展改革@@委")
    assert doc.raw(r.agencies[1].span) == "发展改革@@委"
    assert all("负责" not in p.text for p in t1.paragraphs)
    assert t1.inherited == []


def test_later_tasks_inherit_the_standing_note(doc):
    tasks = [t for s in doc.sections for t in s.children]
    for t in tasks[1:]:
        assert [(a.name, a.role) for a in t.inherited] == [("各省级有关部门", "responsible")], t.marker


def test_spot_checks(doc):
    tasks = [t for s in doc.sections for t in s.children]
    names = lambda i: [a.name for a in tasks[i].agencies()]  # noqa: E731
    assert names(2) == ["人力资源社会保障部"]
    assert names(18) == ["住房城乡建设部", "文化和旅游部", "自然资源部", "文物局", "林草局"]
    assert names(21) == ["民政部", "发展改革委"]
    assert tasks[26].responsibilities == [] and tasks[27].responsibilities == []


def test_diagnostics(doc):
    assert [d.code for d in doc.diagnostics] == ["scrape-artifact", "foreign-insertion"]
    assert doc.raw(doc.diagnostics[0].span) == "@@"
    assert "994" in doc.diagnostics[0].message
    spam = doc.diagnostics[1]
    assert doc.raw(spam.span) == "app "
    line, column = doc.position(spam.span.start)
    assert "(十@@七@@@@)" in doc.text.split("\n")[line - 1]
    assert doc.text.split("\n")[line - 1][column - 1 :].startswith("app ")


def test_seed_tasks_table(doc):
    rows = doc.tasks()
    first = rows[0]
    assert (first["path"], first["line"], first["marker"], first["title"]) == ("一/一", 17, "(一)", "持续深化户籍制度改革")
    assert [(r["body"], r["canonical"], r["role"]) for r in rows[:2]] == [
        ("公安部", "公安部", "responsible"),
        ("发展改革委", "国家发展和改革委员会", "responsible"),
    ]
    # every later task has 各省级有关部门 from the standing note
    inherited = {r["path"] for r in rows if r["inherited"]}
    assert len(inherited) == 27
