"""parse_many: input order, whatever the threads; errors in place or raised."""

import gongwen
import pytest

from conftest import fixture_paths


def texts():
    return [p.read_bytes().decode("utf-8") for p in fixture_paths()]


@pytest.mark.parametrize("jobs", [None, 1, 2, 3])
def test_order_is_input_order(jobs):
    ts = texts() * 3
    docs = gongwen.parse_many(ts, jobs=jobs)
    assert len(docs) == len(ts)
    assert [d.to_json() for d in docs] == [gongwen.parse(t).to_json() for t in ts]


def test_numbered_documents_keep_their_place():
    ts = [f"第{i}号文件\n一、总则\n（一）任务{i}。\n" for i in range(500)]
    docs = gongwen.parse_many(ts, jobs=2)
    assert [d.sections[0].children[0].title for d in docs] == [f"任务{i}" for i in range(500)]


def test_str_and_bytes_mixed():
    t = "标题\n一、总则\n"
    docs = gongwen.parse_many([t, t.encode("utf-8"), t.encode("gb18030"), bytearray(t.encode("utf-16"))])
    assert [d.encoding for d in docs] == ["utf-8", "utf-8", "gb18030", "utf-16le"]
    assert len({d.to_json() for d in docs}) == 1


def test_errors_raise_the_first_in_input_order():
    with pytest.raises(gongwen.ParseError) as info:
        gongwen.parse_many(["标题\n", " ", "标题\n", ""], jobs=2)
    assert info.value.index == 1


def test_errors_returned_in_place():
    out = gongwen.parse_many(["标题\n", " ", "标题\n", ""], errors="return")
    assert [type(x).__name__ for x in out] == ["Document", "ParseError", "Document", "ParseError"]
    assert [getattr(x, "index", None) for x in out] == [None, 1, None, 3]


def test_empty_batch_and_generators():
    assert gongwen.parse_many([]) == []
    assert len(gongwen.parse_many(t for t in ["标题\n", "标题二\n"])) == 2


def test_the_gil_is_released_while_parsing():
    """Another Python thread runs while parse_many works in Rust."""
    import threading
    import time

    ts = texts() * 4
    ticks = 0
    stop = threading.Event()

    def count():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0)

    t = threading.Thread(target=count)
    t.start()
    try:
        time.sleep(0.01)
        before = ticks
        start = time.perf_counter()
        gongwen.parse_many(ts, jobs=1)
        spent = time.perf_counter() - start
        during = ticks - before
    finally:
        stop.set()
        t.join()
    # with the GIL held for the whole call the counter would stand still
    assert during > 50, (during, spent)
