//! Measure parse throughput against a `std::str::from_utf8` baseline, in one run.
//!
//! ```text
//! cargo run --release --example throughput            # the bundled fixtures/*.txt
//! cargo run --release --example throughput -- DIR     # every *.txt in DIR instead
//! ```
//!
//! The corpus is every `*.txt` file of the directory, sorted by name. Both
//! [`gongwen::parse`] and the baseline [`std::str::from_utf8`] are run over
//! the very same bytes, file by file, the same way: a calibrated number of
//! passes over the corpus per round (about 0.2 s a round), several rounds
//! (at least 1 s in all), rounds of the two interleaved; best and median
//! rounds are reported in MB/s (1 MB = 10^6 bytes), then the ratio
//! parse/baseline of the medians and whether it meets the target of 1/4.
//! Last, the per-document median time of parsing the seed document.
//!
//! This is a measurement, not a test: it exits 0 whether the target is met
//! or not (1 only when the corpus cannot be read).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The seed document, bundled so that its timing does not depend on the directory.
const SEED: &str = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");

/// Default corpus directory.
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// Target ratio of parse throughput to baseline throughput.
const TARGET: f64 = 0.25;

/// Aimed duration of one round.
const ROUND: Duration = Duration::from_millis(200);

/// Fewest rounds, and least total time of the rounds, for each of the two measurements.
const MIN_ROUNDS: usize = 7;
const MIN_TOTAL: Duration = Duration::from_secs(1);

/// Every readable UTF-8 `*.txt` in `dir`, as (file name, text), sorted by name.
fn corpus(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
        if path.is_file() && path.extension().is_some_and(|ext| ext == "txt") {
            paths.push(path);
        }
    }
    paths.sort();
    let mut docs = Vec::new();
    for path in paths {
        let name = path.file_name().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        match std::fs::read_to_string(&path) {
            Ok(text) => docs.push((name, text)),
            Err(e) => eprintln!("warning: skipped {}: {e}", path.display()),
        }
    }
    if docs.is_empty() {
        return Err(format!("no readable *.txt in {}", dir.display()));
    }
    Ok(docs)
}

/// One pass of `gongwen::parse` over the corpus; the documents are dropped as they go.
#[inline(never)]
fn parse_pass(docs: &[(String, String)]) {
    for (_, text) in docs {
        let _ = black_box(gongwen::parse(black_box(text.as_str())));
    }
}

/// One pass of the baseline over the same bytes.
#[inline(never)]
fn utf8_pass(docs: &[(String, String)]) {
    for (_, text) in docs {
        let _ = black_box(std::str::from_utf8(black_box(text.as_bytes())));
    }
}

/// Time `passes` passes of `f`.
fn round(f: fn(&[(String, String)]), docs: &[(String, String)], passes: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..passes {
        f(docs);
    }
    start.elapsed()
}

/// Number of passes of `f` that take about [`ROUND`], after a warm-up.
fn calibrate(f: fn(&[(String, String)]), docs: &[(String, String)]) -> u64 {
    let mut passes = 1u64;
    loop {
        let t = round(f, docs, passes);
        if t >= ROUND / 10 || passes >= 1 << 40 {
            let per_pass = t.as_secs_f64() / passes as f64;
            return ((ROUND.as_secs_f64() / per_pass.max(1e-12)).ceil() as u64).max(1);
        }
        passes *= 2;
    }
}

/// Median of a sample (sorted in place).
fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 { xs[n / 2] } else { (xs[n / 2 - 1] + xs[n / 2]) / 2.0 }
}

/// Best and median throughput in MB/s, from the round durations.
struct Figures {
    best: f64,
    median: f64,
    rounds: usize,
    passes: u64,
}

fn figures(durations: &[Duration], bytes_per_round: f64, passes: u64) -> Figures {
    let mut rates: Vec<f64> = durations.iter().map(|d| bytes_per_round / d.as_secs_f64() / 1e6).collect();
    let median = median(&mut rates);
    let best = rates.iter().copied().fold(0.0, f64::max);
    Figures { best, median, rounds: durations.len(), passes }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a == "-h" || a == "--help") {
        eprintln!("usage: throughput [DIR]   (no argument: {FIXTURES})");
        return ExitCode::from(if args.len() > 1 { 1 } else { 0 });
    }
    let dir = args.first().map_or_else(|| PathBuf::from(FIXTURES), PathBuf::from);
    let docs = match corpus(&dir) {
        Ok(docs) => docs,
        Err(e) => {
            eprintln!("throughput: {e}");
            return ExitCode::FAILURE;
        }
    };
    let total: usize = docs.iter().map(|(_, text)| text.len()).sum();
    let failing: Vec<&str> =
        docs.iter().filter(|(_, text)| gongwen::parse(text).is_err()).map(|(name, _)| name.as_str()).collect();

    println!("corpus: {} ({} files, {} bytes)", dir.display(), docs.len(), total);
    if !failing.is_empty() {
        println!("warning: {} file(s) do not parse (timed on the error path): {}", failing.len(), failing.join(", "));
    }

    // Calibrate each measurement on its own, then interleave the rounds so that
    // both see the same machine state.
    let parse_passes = calibrate(parse_pass, &docs);
    let utf8_passes = calibrate(utf8_pass, &docs);
    let (mut parse_times, mut utf8_times) = (Vec::new(), Vec::new());
    let (mut parse_total, mut utf8_total) = (Duration::ZERO, Duration::ZERO);
    while parse_times.len() < MIN_ROUNDS || parse_total < MIN_TOTAL || utf8_total < MIN_TOTAL {
        let t = round(parse_pass, &docs, parse_passes);
        parse_total += t;
        parse_times.push(t);
        let t = round(utf8_pass, &docs, utf8_passes);
        utf8_total += t;
        utf8_times.push(t);
    }
    let parse = figures(&parse_times, (total as u64 * parse_passes) as f64, parse_passes);
    let utf8 = figures(&utf8_times, (total as u64 * utf8_passes) as f64, utf8_passes);

    for (label, f) in [("parse", &parse), ("from_utf8", &utf8)] {
        println!(
            "{label:<10} median {:>10.1} MB/s   best {:>10.1} MB/s   ({} rounds x {} passes)",
            f.median, f.best, f.rounds, f.passes
        );
    }
    let ratio = parse.median / utf8.median;
    println!("ratio parse/from_utf8: {ratio:.4} (median), {:.4} (best)", parse.best / utf8.best);
    println!("target 1/4 of baseline: {}", if ratio >= TARGET { "met" } else { "not met" });

    // Per-document time of the seed: each parse timed on its own, for about 1 s.
    for _ in 0..10 {
        let _ = black_box(gongwen::parse(black_box(SEED)));
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < 11 || start.elapsed() < MIN_TOTAL {
        let t = Instant::now();
        let _ = black_box(gongwen::parse(black_box(SEED)));
        samples.push(t.elapsed().as_secs_f64() * 1e6);
    }
    let n = samples.len();
    let seed_median = median(&mut samples);
    println!(
        "seed ({} bytes): median {seed_median:.1} µs per document, min {:.1} µs ({n} parses, {:.1} MB/s at the median)",
        SEED.len(),
        samples[0],
        SEED.len() as f64 / seed_median
    );
    ExitCode::SUCCESS
}
