"""The distributed recipes of docs/distributed.md, run as documented.

Over 2,000 ``{"id", "text"}`` records built from the fixtures (the 12 main
documents and the wide corpus, cycled), a few of which cannot be parsed
(empty text, blank text, no text field):

- recipe 1, ``recipes/spark_tasks.py`` (PySpark, the Python package,
  ``mapInPandas``, Parquet) and recipe 2, ``recipes/spark_pipe.py``
  (``RDD.pipe`` with the CLI, the binary shipped with ``sc.addFile`` or at an
  absolute path), each on Spark ``local[2]``: records in = records out, every
  id exactly once, and the output equal to one process doing the same work
  without Spark (the Python package, the CLI);
- recipe 3, ``recipes/streaming.sh`` (Hadoop-streaming style): the records
  cut into shards, each piped through the script, equal to one run.

The Spark tests are skipped only where Java is absent (``java -version``).
"""

import importlib.util
import json
import os
import pathlib
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import cargo_build

ROOT = pathlib.Path(__file__).resolve().parents[2]
RECIPES = ROOT / "recipes"
FIXTURES = ROOT / "fixtures"
N = 2000
#: Records that cannot be parsed: index → the record without its id.
BAD = {7: {"text": ""}, 507: {"text": " \n\t\n"}, 1007: {"title": "no text field"}, 1507: {"text": ""}}
#: Time allowed to one Spark run, in seconds (a stuck job fails the test).
SPARK_TIMEOUT = 600


def _java():
    """Why Spark cannot run here, or None when `java -version` works."""
    java = shutil.which("java")
    if java is None:
        return "Java is not installed (no `java` on PATH)"
    try:
        done = subprocess.run([java, "-version"], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"`java -version` failed: {e}"
    if done.returncode != 0:
        return f"`java -version` exited {done.returncode}"
    return None


NO_JAVA = _java()
needs_java = pytest.mark.skipif(
    NO_JAVA is not None, reason=f"{NO_JAVA}: the Spark recipes need a JVM (Java 17); recipe 3's test still runs"
)


@pytest.fixture
def scratch(tmp_path):
    """A directory for one test's outputs (up to 100 MB), removed after it."""
    yield tmp_path
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    """The 2,000 records as a JSON Lines file (52 MB, removed after the
    module's tests), and as dicts."""
    paths = sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "wide").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(texts) > 100, "the fixtures are missing"
    recs = []
    for i in range(N):
        rec = {"id": f"doc-{i:04d}"}
        rec.update(BAD.get(i, {"text": texts[i % len(texts)]}))
        recs.append(rec)
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    yield path, recs
    shutil.rmtree(path.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def gongwen_bin():
    """The CLI: $GONGWEN_BIN, else the debug build of `cargo test --all-features`
    (built here if needed; the same features, so nothing is rebuilt in CI)."""
    given = os.environ.get("GONGWEN_BIN")
    if given:
        return str(pathlib.Path(given).resolve())
    if shutil.which("cargo") is None:
        pytest.fail("neither $GONGWEN_BIN nor cargo: cannot find the gongwen CLI")
    return cargo_build("--bin", "gongwen")


def _by_id(lines):
    """Records by id; every id exactly once. `line` (per partition or shard) is dropped."""
    out = {}
    for line in lines:
        rec = json.loads(line)
        assert rec["id"] not in out, f"{rec['id']} twice"
        rec.pop("line", None)
        out[rec["id"]] = rec
    return out


@pytest.fixture(scope="module")
def single_run(gongwen_bin, records):
    """The CLI over all the records in one process, without Spark: records by id."""
    path, _ = records
    with open(path, "rb") as f:
        done = subprocess.run(
            [gongwen_bin, "parse", "--stdin-jsonl", "--format", "jsonl", "--keep-going", "--jobs", "2"],
            stdin=f,
            capture_output=True,
            check=True,
        )
    return _by_id(done.stdout.decode("utf-8").splitlines())


def _check_parse_records(out, recs, single):
    """Records in = records out, every id once, the same as one process."""
    assert len(out) == len(recs) == N
    assert set(out) == {r["id"] for r in recs}
    failed = {i for i, r in out.items() if not r["ok"]}
    assert failed == {f"doc-{i:04d}" for i in BAD}
    assert {out[f"doc-{i:04d}"]["error_kind"] for i in BAD} == {"empty", "invalid-record"}
    assert out == single


def _spark(script, *args, scratch):
    """Run a recipe script on Spark local[2], as docs/distributed.md shows."""
    if importlib.util.find_spec("pyspark") is None:
        pytest.fail(f"pyspark is not installed in {sys.executable}: pip install 'pyspark[sql]' (the CI venv has it)")
    log = scratch / f"{pathlib.Path(script).stem}.log"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    # for a short local job: no web UI, and the JVM's quick compiler only
    # (half the JVM's CPU time); the recipes do not depend on it
    env.setdefault(
        "PYSPARK_SUBMIT_ARGS",
        "--conf spark.ui.enabled=false --driver-java-options -XX:TieredStopAtLevel=1 pyspark-shell",
    )
    start = time.monotonic()
    with open(log, "wb") as f:
        done = subprocess.run(
            [sys.executable, str(RECIPES / script), "--master", "local[2]", *map(str, args)],
            stdout=f,
            stderr=subprocess.STDOUT,
            env=env,
            timeout=SPARK_TIMEOUT,
        )
    took = time.monotonic() - start
    print(f"{script} {' '.join(map(str, args[:1]))}: {took:.1f} s")
    assert done.returncode == 0, f"{script} exited {done.returncode}:\n{log.read_text(errors='replace')[-4000:]}"
    return log


def _parts(directory):
    parts = sorted(pathlib.Path(directory).glob("part-*"))
    assert parts, f"no part files in {directory}"
    return parts


@needs_java
def test_recipe_2_rdd_pipe_ships_the_binary(gongwen_bin, records, single_run, scratch):
    """`sc.addFile` on the driver, `SparkFiles.get` in the task: the 2,000 records."""
    path, recs = records
    out_dir = scratch / "parsed"
    # 4 partitions: line numbers restart in each
    _spark("spark_pipe.py", path, out_dir, "--ship", gongwen_bin, "--partitions", 4, scratch=scratch)
    lines = [line for p in _parts(out_dir) for line in p.read_text(encoding="utf-8").splitlines()]
    # `line` counts lines of the partition: the last bad record is not on its input line
    late = next(json.loads(line) for line in lines if f'"doc-{max(BAD):04d}"' in line[:40])
    assert late["line"] < max(BAD) + 1, late
    _check_parse_records(_by_id(lines), recs, single_run)


@needs_java
def test_recipe_2_rdd_pipe_with_an_installed_binary(gongwen_bin, records, single_run, scratch):
    """The plain `rdd.pipe(command, checkCode=True)` with an absolute path; the
    first 600 records (bad ones among them) are enough to show it."""
    path, recs = records
    few = scratch / "few.jsonl"
    few.write_bytes(b"".join(path.read_bytes().splitlines(keepends=True)[:600]))
    out_dir = scratch / "parsed"
    _spark("spark_pipe.py", few, out_dir, "--installed", gongwen_bin, scratch=scratch)
    lines = [line for p in _parts(out_dir) for line in p.read_text(encoding="utf-8").splitlines()]
    out = _by_id(lines)
    assert list(out) == [r["id"] for r in recs[:600]], "records in = records out, in order"
    assert out == {i: single_run[i] for i in out}
    assert [i for i, r in out.items() if not r["ok"]] == ["doc-0007", "doc-0507"]


def _plain(v):
    """A cell as plain Python: None for every kind of missing, whole floats as ints."""
    import pandas as pd

    if pd.api.types.is_scalar(v) and pd.isna(v):
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v.item() if hasattr(v, "item") else v


def _rows(frame, columns):
    """The rows of a DataFrame as tuples of plain values, in a stable order by id."""
    rows = [tuple(_plain(v) for v in row) for row in frame[list(columns)].itertuples(index=False)]
    return sorted(rows, key=lambda r: r[0])  # stable: a document's rows keep their order


@needs_java
def test_recipe_1_map_in_pandas(records, scratch):
    pd = pytest.importorskip("pandas")  # the recipe's own requirement, with pyarrow
    import gongwen

    path, recs = records
    out_dir = scratch / "out"
    # batches of 300: a partition's records come in several batches
    _spark("spark_tasks.py", path, out_dir, "--batch", 300, scratch=scratch)
    got = pd.read_parquet(out_dir / "records")
    tasks = pd.read_parquet(out_dir / "tasks")

    # records in = records out, every id once, failures as rows
    assert len(got) == N
    assert sorted(got["id"]) == [r["id"] for r in recs]
    by_id = {r.id: r for r in got.itertuples(index=False)}
    assert {i for i, r in by_id.items() if not r.ok} == {f"doc-{i:04d}" for i in BAD}
    assert by_id["doc-1007"].error_kind == "invalid-record"
    assert by_id["doc-0007"].error_kind == "empty" and by_id["doc-0007"].error

    # the same as the package in one process, without Spark
    texts = {r["id"]: r["text"] for r in recs if "text" in r}
    single = gongwen.parse_many(list(texts.values()), errors="return")
    failed = {i for i, d in zip(texts, single) if isinstance(d, gongwen.ParseError)}
    assert failed | {r["id"] for r in recs if "text" not in r} == {f"doc-{i:04d}" for i in BAD}
    good = {i: t for i, t in texts.items() if i not in failed}
    expected = gongwen.tasks(good, jobs=2)
    columns = ["id", *(c for c in gongwen.TASK_COLUMNS if c != "id")]
    assert list(tasks.columns) == columns
    assert len(tasks) == len(expected) > N
    assert _rows(tasks, columns) == _rows(expected, columns)
    counts = expected.groupby("id").size()
    assert all(len(by_id[i].tasks) == counts.get(i, 0) for i in by_id)


def test_recipe_3_streaming_shards(gongwen_bin, records, single_run):
    """Recipe 3 as an engine runs it: the input cut into shards, each shard
    piped through its own copy of the script, at the same time; exit 0
    despite bad records."""
    path, recs = records
    lines = path.read_bytes().splitlines(keepends=True)
    env = {**os.environ, "GONGWEN": gongwen_bin}
    shards = [b"".join(lines[k : k + 700]) for k in range(0, len(lines), 700)]
    with ThreadPoolExecutor(len(shards)) as pool:
        runs = list(
            pool.map(
                lambda shard: subprocess.run(
                    ["sh", str(RECIPES / "streaming.sh")], input=shard, capture_output=True, env=env
                ),
                shards,
            )
        )
    out = []
    for done in runs:
        assert done.returncode == 0, done.stderr.decode()
        out.extend(done.stdout.decode("utf-8").splitlines())
    _check_parse_records(_by_id(out), recs, single_run)
    # tasks: task rows, and one error row per bad record, carrying its id
    bad = b"".join(lines[i] for i in sorted(BAD))
    done = subprocess.run(["sh", str(RECIPES / "streaming.sh"), "tasks"], input=bad, capture_output=True, env=env)
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [(r["id"], r["ok"]) for r in rows] == [(f"doc-{i:04d}", False) for i in sorted(BAD)]
    assert len(done.stderr.decode().splitlines()) == len(BAD), "one reason per bad record on standard error"
