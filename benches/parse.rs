//! Parse throughput benchmarks (criterion).
//!
//! ```text
//! cargo bench --bench parse                  # everything
//! cargo bench --bench parse -- --quick       # a short run
//! cargo bench --bench parse -- parse/corpus  # only the ids matching a filter
//! ```
//!
//! Group `parse` (throughput in bytes of input text):
//!
//! * `parse/seed`: [`gongwen::parse`] on the seed fixture;
//! * `parse/fixture/<name>`: [`gongwen::parse`] on each `fixtures/*.txt`, sorted by name;
//! * `parse/corpus`: every fixture parsed in turn, throughput = total bytes;
//! * `parse/from_utf8_corpus`: the baseline, [`std::str::from_utf8`] over the same bytes as
//!   `parse/corpus`, file by file.
//!
//! Group `to_json`:
//!
//! * `to_json/seed`: [`gongwen::Document::to_json`] on the already parsed seed, throughput in
//!   bytes of the seed's input text (so that it compares with `parse/seed`).
//!
//! Settings are kept modest for a small machine: 30 samples, 1 s warm-up, 3 s measurement.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Directory of the fixtures, read when the benchmark starts.
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// File name of the seed document in [`FIXTURES`].
const SEED: &str = "00-ndrc-2022-urbanization-key-tasks.txt";

/// Every `*.txt` in [`FIXTURES`], as (file stem, text), sorted by file name.
fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(FIXTURES);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())).path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no *.txt in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            let stem = p.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            if let Err(e) = gongwen::parse(&text) {
                // Still benchmarked, but the figure is then that of the error path.
                eprintln!("warning: {} does not parse: {e}", p.display());
            }
            (stem, text)
        })
        .collect()
}

fn bench_parse(c: &mut Criterion) {
    let docs = fixtures();
    let seed_stem = SEED.trim_end_matches(".txt");
    let seed = &docs
        .iter()
        .find(|(stem, _)| stem == seed_stem)
        .unwrap_or_else(|| panic!("seed {SEED} missing from {FIXTURES}"))
        .1;
    let total: usize = docs.iter().map(|(_, text)| text.len()).sum();

    let mut group = c.benchmark_group("parse");
    group.sample_size(30).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));

    // (a) the seed.
    group.throughput(Throughput::Bytes(seed.len() as u64));
    group.bench_function("seed", |b| b.iter(|| gongwen::parse(black_box(seed))));

    // (b) each fixture.
    for (stem, text) in &docs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("fixture", stem), text.as_str(), |b, text| {
            b.iter(|| gongwen::parse(black_box(text)))
        });
    }

    // (c) the whole corpus as one batch, and the from_utf8 baseline over the same bytes.
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            for (_, text) in &docs {
                // Dropped inside the loop: the cost of freeing the AST counts, as in real use.
                let _ = black_box(gongwen::parse(black_box(text.as_str())));
            }
        })
    });
    group.bench_function("from_utf8_corpus", |b| {
        b.iter(|| {
            for (_, text) in &docs {
                let _ = black_box(std::str::from_utf8(black_box(text.as_bytes())));
            }
        })
    });
    group.finish();

    // Serialisation of the parsed seed.
    let doc = gongwen::parse(seed).expect("the seed parses");
    let mut group = c.benchmark_group("to_json");
    group.sample_size(30).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(seed.len() as u64));
    group.bench_function("seed", |b| b.iter(|| black_box(&doc).to_json()));
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
