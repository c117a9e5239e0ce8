"""Shared test fixtures: the repository's documents and the Rust library's own JSON."""

import json
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SEED_PATH = FIXTURES / "00-ndrc-2022-urbanization-key-tasks.txt"


def fixture_paths():
    """Every fixture document: the main ones and the wide corpus."""
    return sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "wide").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_text():
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def to_json_bin():
    """The Rust example `to_json`, built (debug, all features: the build
    `cargo test --all-features` already made in CI) for this run: the
    reference the Python package's JSON must equal."""
    return cargo_build("--example", "to_json")


def cargo_build(kind: str, name: str) -> str:
    """Build one target of the Rust crate (debug, all features: the build
    `cargo test --all-features` already made in CI, so nothing is rebuilt)
    and return its executable; skips the test when cargo is absent.
    `kind` is `--bin` or `--example`."""
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip(f"cargo is not installed: cannot build {name}")
    out = subprocess.run(
        [cargo, "build", "--quiet", "--all-features", kind, name, "--message-format=json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "CARGO_TERM_COLOR": "never"},
    ).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == name and msg.get("executable"):
            return msg["executable"]
    raise AssertionError(f"cargo built no {name} executable")
