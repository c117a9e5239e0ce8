#!/usr/bin/env python3
"""Throughput of gongwen.parse_many against the CLI (issue 14's speed target).

Builds a batch of N records (default 10,000) by cycling through the
repository's fixture documents, then measures, best of --repeat runs:

- the CLI: ``gongwen parse --stdin-jsonl --format jsonl --jobs 1`` over the
  same records as JSON Lines (``{"id", "text"}``), output to /dev/null;
- ``gongwen.parse_many(texts, jobs=J)`` for each J in --jobs (default 1 2 4),
  and with ``to_json()`` of every document on top (the CLI writes JSON).

Target: parse_many on one job ≥ 0.8 × the CLI's docs/s on one job, and more
docs/s with more jobs. Run it on a release install of the package
(``pip install ./python``; ``maturin develop`` builds debug unless given
``--release``) and a quiet machine:

    python python/bench/bench_parse_many.py                 # builds the CLI (release) with cargo
    python python/bench/bench_parse_many.py --cli target/release/gongwen --records 2000
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

import gongwen

ROOT = pathlib.Path(__file__).resolve().parents[2]


def build_cli() -> str:
    out = subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--features", "cli", "--bin", "gongwen", "--message-format=json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "gongwen" and msg.get("executable"):
            return msg["executable"]
    raise SystemExit("cargo built no gongwen binary")


def best(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cli", help="path of a release gongwen binary (default: cargo builds it)")
    ap.add_argument("--corpus", choices=["main", "all"], default="main", help="fixtures/*.txt, or with fixtures/wide")
    args = ap.parse_args()

    paths = sorted((ROOT / "fixtures").glob("*.txt"))
    if args.corpus == "all":
        paths += sorted((ROOT / "fixtures" / "wide").glob("*.txt"))
    docs = [p.read_bytes().decode("utf-8") for p in paths]
    texts = [docs[i % len(docs)] for i in range(args.records)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"batch: {len(texts)} records from {len(docs)} fixtures, {mb:.1f} MB; best of {args.repeat}")

    cli = args.cli or build_cli()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False))
            f.write("\n")
        jsonl = f.name

    def run_cli() -> None:
        with open(jsonl, "rb") as stdin, open(os.devnull, "wb") as out:
            subprocess.run(
                [cli, "parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", "1"], stdin=stdin, stdout=out, check=True
            )

    try:
        t_cli = best(args.repeat, run_cli)
    finally:
        os.unlink(jsonl)
    cli_rate = len(texts) / t_cli
    print(f"{'CLI parse --stdin-jsonl --format jsonl --jobs 1':<52} {cli_rate:9.0f} docs/s   1.00")

    for jobs in args.jobs:
        t = best(args.repeat, lambda: gongwen.parse_many(texts, jobs=jobs))
        rate = len(texts) / t
        print(f"{f'parse_many(jobs={jobs})':<52} {rate:9.0f} docs/s   {rate / cli_rate:.2f}")
    for jobs in args.jobs:
        t = best(args.repeat, lambda: [d.to_json() for d in gongwen.parse_many(texts, jobs=jobs)])
        rate = len(texts) / t
        print(f"{f'parse_many(jobs={jobs}) + to_json()':<52} {rate:9.0f} docs/s   {rate / cli_rate:.2f}")
    print(f"(cores: {os.cpu_count()}; Python {sys.version.split()[0]}; gongwen {gongwen.__version__})")


if __name__ == "__main__":
    main()
