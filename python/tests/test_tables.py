"""tasks() and documents(): the rows, their inputs, the CLI's columns, pandas."""

import io
import json
import os
import pathlib
import subprocess

import gongwen
import pytest

from conftest import FIXTURES, ROOT, cargo_build, fixture_paths

TEXT = (
    "标题\n一、任务\n（一）推进改革。2024年底前完成。（中央农办牵头，农业农村部等参与）\n"
    "（二）加强保障。（公安部、发展改革委等负责，长期坚持）\n（三）无主。\n"
)


def test_one_row_per_body_and_task():
    rows = gongwen.tasks(TEXT, as_frame=False)
    got = [(r["id"], r["path"], r["line"], r["marker"], r["title"], r["body"], r["role"]) for r in rows]
    assert got == [
        (0, "一/一", 3, "（一）", "推进改革", "中央农办", "lead"),
        (0, "一/一", 3, "（一）", "推进改革", "农业农村部", "support"),
        (0, "一/二", 4, "（二）", "加强保障", "公安部", "responsible"),
        (0, "一/二", 4, "（二）", "加强保障", "发展改革委", "responsible"),
    ]
    assert rows[0]["canonical"] == "中央农村工作领导小组办公室"
    assert rows[3]["canonical"] == "国家发展和改革委员会"
    assert (rows[0]["deadline"], rows[0]["deadline_by"]) == ("2024年底前", "2024-12-31")
    assert (rows[2]["deadline"], rows[2]["deadline_by"]) == ("长期坚持", "ongoing")
    assert all(r["body_kind"] == "national" and r["inherited"] is False for r in rows)
    assert list(rows[0]) == list(gongwen.TASK_COLUMNS)


def test_jurisdiction_of_local_bodies():
    text = "上海市嘉定区人民政府\n2023年5月1日\n标题\n一、任务\n（一）推进改革。（区建设管理委牵头，嘉定区水务局配合）\n"
    rows = gongwen.tasks(text, as_frame=False)
    doc = gongwen.parse(text)
    agencies = [a for b in doc.blocks() for a in b.agencies()]
    assert [(r["body"], r["body_kind"], r["level"], r["jurisdiction"]) for r in rows] == [
        (a.name, a.kind, a.level, a.jurisdiction) for a in agencies
    ]
    assert any(r["jurisdiction"] for r in rows)


def test_inputs_ids():
    doc = gongwen.parse(TEXT)
    doc.id = "mine"
    assert {r["id"] for r in gongwen.tasks({"a": TEXT}, as_frame=False)} == {"a"}
    assert {r["id"] for r in gongwen.tasks([("b", TEXT.encode("gbk"))], as_frame=False)} == {"b"}
    assert {r["id"] for r in gongwen.tasks([doc], as_frame=False)} == {"mine"}
    assert {r["id"] for r in gongwen.tasks(["标题\n", TEXT], as_frame=False)} == {1}
    seed = FIXTURES / "00-ndrc-2022-urbanization-key-tasks.txt"
    assert {r["id"] for r in gongwen.tasks(seed, as_frame=False)} == {str(seed)}


def test_directories_are_walked_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.md").write_bytes(TEXT.encode("gb18030"))
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    rows = gongwen.documents(tmp_path, as_frame=False)
    assert [(os.path.relpath(r["id"], tmp_path), r["encoding"]) for r in rows] == [
        ("1.md", "gb18030"),
        (os.path.join("b", "2.txt"), "utf-8"),
    ]


def test_errors_raise_or_skip():
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.tasks({"good": TEXT, "bad": "  "}, as_frame=False)
    assert info.value.id == "bad" and info.value.index == 1 and str(info.value).startswith("bad: ")
    assert {r["id"] for r in gongwen.tasks({"good": TEXT, "bad": "  "}, errors="skip", as_frame=False)} == {"good"}


def test_documents_row_of_the_seed(seed_text):
    (row,) = gongwen.documents({"seed": seed_text}, as_frame=False)
    assert row["title"] == "2022年新型城镇化和城乡融合发展重点任务"
    assert (row["issuers"], row["date"], row["doc_number"]) == (["国家发展改革委"], "2022-03-10", None)
    assert (row["sections"], row["blocks"]) == (6, 34)
    assert row["tasks"] == len(gongwen.tasks(seed_text, as_frame=False))
    assert (row["diagnostics"], row["warnings"], row["errors"]) == (2, 1, 0)
    assert row["bytes"] == len(seed_text.encode("utf-8"))


def cli_binary():
    return cargo_build("--bin", "gongwen")


def test_same_bodies_as_the_cli_tasks_command():
    """Grouped by block, the rows name the same bodies, roles and deadlines as `gongwen tasks`."""
    out = subprocess.run(
        [cli_binary(), "tasks", "--format", "jsonl", str(FIXTURES)], check=True, capture_output=True, text=True
    ).stdout
    cli = [json.loads(line) for line in out.splitlines()]
    ours = gongwen.tasks(fixture_paths(), as_frame=False)
    grouped = {}
    for r in ours:
        g = grouped.setdefault((r["id"], r["path"], r["line"]), {"lead": [], "responsible": [], "support": [], "inherited": [], "deadline": []})
        key = "inherited" if r["inherited"] else r["role"]
        if r["body"] not in g[key]:
            g[key].append(r["body"])
        if r["deadline"] and r["deadline"] not in g["deadline"]:
            g["deadline"].append(r["deadline"])
    assert len(grouped) == len(cli) > 100
    for c in cli:
        g = grouped[(c["file"], c["path"], c["line"])]
        for role in ("lead", "responsible", "support", "inherited"):
            assert g[role] == c[role], (c["file"], c["path"], role)
        assert set(g["deadline"]) == set(c["deadline"].split("、") if c["deadline"] else []), (c["file"], c["path"])


def test_pandas_round_trip(seed_text):
    pd = pytest.importorskip("pandas")
    frame = gongwen.tasks({"seed": seed_text})
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(gongwen.TASK_COLUMNS)
    rows = gongwen.tasks({"seed": seed_text}, as_frame=False)
    assert len(frame) == len(rows) == 148
    # the frame holds the rows (missing values as pandas shows them)
    back = [{k: (None if pd.isna(v) else v) for k, v in r.items()} for r in frame.to_dict("records")]
    assert back == rows
    # and survives a trip through CSV
    again = pd.read_csv(io.StringIO(frame.to_csv(index=False)), dtype={"line": "int64"}, keep_default_na=True)
    assert again["body"].tolist() == frame["body"].tolist()
    assert again["line"].tolist() == frame["line"].tolist()
    assert again["inherited"].tolist() == frame["inherited"].tolist()
    docs = gongwen.documents(pd.DataFrame({"id": ["seed"], "text": [seed_text]}))
    assert docs.loc[0, "id"] == "seed" and docs.loc[0, "tasks"] == 148
    # a DataFrame of {id, text} in, task rows out (as in a Spark mapInPandas)
    frame2 = gongwen.tasks(pd.DataFrame({"id": [7, 8], "text": [seed_text, TEXT]}))
    assert frame2.groupby("id").size().to_dict() == {7: 148, 8: 4}


def test_without_pandas_a_list(monkeypatch, seed_text):
    import builtins

    real = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas here")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    rows = gongwen.tasks(seed_text)
    assert isinstance(rows, list) and isinstance(rows[0], dict)
    with pytest.raises(ImportError):
        gongwen.documents(seed_text, as_frame=True)


def test_chunks_give_the_same_rows(monkeypatch):
    docs = {f"d{i}": TEXT.replace("推进改革", f"推进改革{i}") for i in range(10)}
    whole = gongwen.tasks(docs, as_frame=False)
    monkeypatch.setattr(gongwen, "_CHUNK", 3)
    assert gongwen.tasks(docs, as_frame=False) == whole
    assert [r["id"] for r in gongwen.documents(docs, as_frame=False)] == list(docs)
    docs["d7"] = ""
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.documents(docs, as_frame=False)
    assert (info.value.index, info.value.id) == (7, "d7")


def test_errors_included_as_rows():
    inputs = {"good": TEXT, "bad": "  ", "bytes": b"\xff\xfe\xfd\xfc\x00"}
    rows = gongwen.tasks(inputs, errors="include", as_frame=False)
    assert list(rows[0]) == list(gongwen.TASK_COLUMNS) + ["error_kind", "error"]
    assert [r["id"] for r in rows] == ["good"] * 4 + ["bad", "bytes"]
    assert rows[0]["error"] is None and rows[0]["body"] == "中央农办"
    assert (rows[4]["error_kind"], rows[4]["body"]) == ("empty", None)
    assert rows[5]["error_kind"] in ("invalid-utf8", "invalid-encoding")
    docs = gongwen.documents(inputs, errors="include", as_frame=False)
    assert [(d["id"], d["error_kind"]) for d in docs] == [("good", None), ("bad", "empty"), ("bytes", rows[5]["error_kind"])]
    pd = pytest.importorskip("pandas")
    frame = gongwen.documents(inputs, errors="include")
    assert frame["tasks"].tolist()[0] == 4 and pd.isna(frame["tasks"].tolist()[1])
    assert str(frame["tasks"].dtype) == "Int64"
