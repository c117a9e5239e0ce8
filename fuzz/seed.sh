#!/usr/bin/env bash
# Seed every fuzz target's corpus: all fixtures (the 12 main documents and
# the wide corpus) for every target, and for `structured` also the model
# seeds that render to rich documents. Run from anywhere; idempotent.
set -euo pipefail
cd "$(dirname "$0")"
for target in parse_str parse_bytes structured; do
    mkdir -p "corpus/$target"
    for f in ../fixtures/*.txt ../fixtures/wide/*.txt; do
        cp "$f" "corpus/$target/fixture-$(basename "$f")"
    done
done
cargo run --release --example structured_seeds -- corpus/structured "${TRIES:-200000}"
ls corpus/* | grep -c . || true
