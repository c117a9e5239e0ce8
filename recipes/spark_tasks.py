"""Recipe 1: the task table of a corpus on Spark, with the Python package and ``mapInPandas``.

Input: JSON Lines, one ``{"id": …, "text": "…"}`` object per line (any path
Spark reads: a file, a directory, ``hdfs://…``, ``s3a://…``). Each executor
needs the package: ``pip install ./python`` (or the wheel) on every node, or a
packed environment shipped with ``--archives``.

Output, two Parquet datasets under OUTPUT, from one parse of each record:

- ``OUTPUT/records``: one row per input record, in the input's partitions:
  ``id``, ``ok``, ``error_kind``, ``error`` (null when ok) and ``tasks``, the
  record's task rows as an array of structs;
- ``OUTPUT/tasks``: the task rows, flat: ``id`` and the columns of
  ``gongwen.tasks`` (one row per body and block: path, line, kind, marker,
  title, body, canonical, role, deadline …).

A record that cannot be parsed (empty or blank text, no ``text``) is a row of
``records`` with ``ok`` false and the reason, never a failed task.

Run::

    spark-submit recipes/spark_tasks.py records.jsonl out/
    python recipes/spark_tasks.py --master 'local[2]' records.jsonl out/
"""

import argparse
import os
import sys

#: Spark types of the task columns that are not strings.
_TYPES = {"line": "bigint", "inherited": "boolean", "attachment": "bigint"}


def task_fields():
    """``name type`` of each column of ``gongwen.tasks`` but ``id``."""
    import gongwen

    return [f"{c} {_TYPES.get(c, 'string')}" for c in gongwen.TASK_COLUMNS if c != "id"]


def record_schema():
    """The schema of ``OUTPUT/records``, as a DDL string."""
    fields = ", ".join(f.replace(" ", ": ", 1) for f in task_fields())
    return f"id string, ok boolean, error_kind string, error string, tasks array<struct<{fields}>>"


def parse_records(ids, texts, jobs=1):
    """One batch of records → the rows of ``OUTPUT/records`` (a pandas DataFrame).

    Each text is parsed once (``gongwen.parse_many``, in Rust); the task rows
    come from the parsed documents (``gongwen.tasks``). ``jobs=1``: Spark
    already runs one task per core.
    """
    import gongwen
    import pandas as pd

    n = len(ids)
    readable = [k for k in range(n) if isinstance(texts[k], str)]
    parsed = gongwen.parse_many([texts[k] for k in readable], jobs=jobs, errors="return")
    ok = [False] * n
    kind = ["invalid-record"] * n
    error = ['no "text" field'] * n
    docs = []
    for k, doc in zip(readable, parsed):
        if isinstance(doc, gongwen.ParseError):
            kind[k], error[k] = doc.kind, str(doc)
        else:
            ok[k], kind[k], error[k] = True, None, None
            docs.append((k, doc))  # the position as id: ids may repeat
    tasks = [[] for _ in range(n)]
    if docs:
        frame = gongwen.tasks(docs, jobs=jobs, as_frame=True)
        frame = frame.astype(object).where(frame.notna(), None)
        for row in frame.to_dict("records"):
            tasks[row.pop("id")].append(row)
    return pd.DataFrame({"id": ids, "ok": ok, "error_kind": kind, "error": error, "tasks": tasks})


def _parse_batches(batches):
    for batch in batches:
        yield parse_records(batch["id"].tolist(), batch["text"].tolist())


def run(spark, source, output, batch=1000):
    """Read ``source``, write ``output/records`` and ``output/tasks``.

    ``batch``: records per Arrow batch handed to ``mapInPandas`` (Spark's
    default, 10,000, holds 10,000 texts and their tables in a worker's memory
    at once).
    """
    from pyspark.sql import functions as F

    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch))
    records = spark.read.schema("id string, text string").json(source)
    records.mapInPandas(_parse_batches, record_schema()).write.parquet(os.path.join(output, "records"))
    # the flat table from the written records: nothing is parsed twice
    written = spark.read.parquet(os.path.join(output, "records"))
    tasks = written.select("id", F.explode("tasks").alias("t")).select("id", "t.*")
    tasks.write.parquet(os.path.join(output, "tasks"))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input", help="JSON Lines of {id, text} records")
    p.add_argument("output", help="directory for records/ and tasks/ (must not exist)")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: as spark-submit sets it)")
    p.add_argument("--batch", type=int, default=1000, help="records per Arrow batch (default 1000)")
    a = p.parse_args(argv)

    # workers run the same Python as the driver unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("gongwen-tasks")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    try:
        run(spark, a.input, a.output, a.batch)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
