"""Recipe 2: parse a corpus on Spark with the `gongwen` command-line tool and `RDD.pipe`.

Input: JSON Lines, one ``{"id": …, "text": "…"}`` object per line (a path
Spark can read: a file, a directory, ``hdfs://…``, ``s3a://…``).
Output: text files (``part-NNNNN``) of JSON Lines, one record per input record,
as ``gongwen parse --stdin-jsonl --format jsonl`` writes them::

    {"id": …, "ok": true, "document": {…}}
    {"id": …, "line": N, "ok": false, "error": "…", "error_kind": "…"}

``line`` counts lines of the task's partition, not of the input: use ``id``.

The binary reaches the workers in one of two ways:

- ``--ship PATH`` (default ``gongwen`` found on the driver's PATH): the driver
  adds it with ``sc.addFile``; each task finds its copy with
  ``SparkFiles.get("gongwen")`` *inside the task* and pipes its partition
  through it. (``./gongwen`` is not where ``sc.addFile`` puts the file in local
  and standalone mode, hence the FileNotFoundError of a plain
  ``rdd.pipe("./gongwen …")``.)
- ``--installed PATH``: the binary is already at this absolute path on every
  worker (an image, a shared file system); the recipe is then the plain
  ``rdd.pipe(command, checkCode=True)``.

Either way the tool runs with ``--keep-going``: a bad record is an error record
carrying its id, the tool exits 0, and the task does not fail.

Run::

    spark-submit recipes/spark_pipe.py records.jsonl out/            # on a cluster
    python recipes/spark_pipe.py --master 'local[2]' records.jsonl out/

The binary must be built for the workers' platform
(``cargo build --release --features cli``; ``target/release/gongwen``).
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import threading

#: Arguments of the tool: JSON Lines in and out, a bad record is a record.
#: ``--jobs 1``: Spark already runs one task per core.
GONGWEN_ARGS = ["parse", "--stdin-jsonl", "--format", "jsonl", "--keep-going", "--jobs", "1"]


def pipe_with_shipped_binary(rdd, name="gongwen", args=GONGWEN_ARGS):
    """``rdd.pipe`` through a binary added with ``sc.addFile``.

    Exactly what ``RDD.pipe(command, checkCode=True)`` does, except that the
    command's path is resolved by ``SparkFiles.get`` in the task, on the
    worker, where the file was put.
    """

    def run(lines):
        from pyspark import SparkFiles

        exe = SparkFiles.get(name)
        proc = subprocess.Popen([exe, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        failure = []

        def feed():
            try:
                for line in lines:
                    proc.stdin.write(line.rstrip("\n").encode("utf-8") + b"\n")
            except BaseException as e:  # noqa: BLE001 (reported in the task)
                failure.append(e)
            finally:
                proc.stdin.close()

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        try:
            for out in proc.stdout:
                yield out.rstrip(b"\n").decode("utf-8")
        finally:
            if proc.poll() is None and feeder.is_alive():
                proc.kill()  # the task stopped reading (take(), a failure downstream)
        feeder.join()
        code = proc.wait()
        if code != 0:
            raise RuntimeError(f"{exe} {' '.join(args)} exited {code}")
        if failure:
            raise failure[0]

    return rdd.mapPartitions(run)


def pipe_with_installed_binary(rdd, path, args=GONGWEN_ARGS):
    """The plain ``RDD.pipe``: the binary is at the absolute ``path`` on every worker."""
    if not os.path.isabs(path):
        raise ValueError(f"--installed takes an absolute path, not {path!r}")
    return rdd.pipe(shlex.join([path, *args]), checkCode=True)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input", help="JSON Lines of {id, text} records")
    p.add_argument("output", help="directory of JSON Lines part files (must not exist)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--ship", metavar="PATH", help="binary to ship with sc.addFile (default: gongwen on PATH)")
    where.add_argument("--installed", metavar="PATH", help="absolute path of the binary on every worker")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: as spark-submit sets it)")
    p.add_argument("--partitions", type=int, default=None, help="minimum number of input partitions")
    a = p.parse_args(argv)

    # workers run the same Python as the driver unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("gongwen-pipe")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    try:
        records = sc.textFile(a.input, minPartitions=a.partitions)
        if a.installed:
            parsed = pipe_with_installed_binary(records, a.installed)
        else:
            binary = a.ship or shutil.which("gongwen")
            if not binary:
                p.error("no gongwen on PATH: give --ship PATH or --installed PATH")
            sc.addFile(os.path.abspath(binary))
            parsed = pipe_with_shipped_binary(records, os.path.basename(binary))
        parsed.saveAsTextFile(a.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
