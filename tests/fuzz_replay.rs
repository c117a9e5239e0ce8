//! The fuzz targets' checks, on stable Rust, so that the fuzz code cannot
//! rot unnoticed (issue #16): every fixture (the main corpus and the wide
//! corpus) goes through the checks of `parse_str` and `parse_bytes`, and of
//! `structured` as raw bytes; the generated `structured` seeds
//! (`gongwen_fuzz::seeds`) through `structured`; and, when a seeded corpus
//! lies in `fuzz/corpus/<target>/` (`fuzz/seed.sh`, plus what fuzzing found),
//! its files too. The code is the fuzz crate's own (`fuzz/src/`), compiled
//! here as a module: what runs is exactly what the fuzzer runs.

#[allow(dead_code, unexpected_cfgs, clippy::all)]
#[path = "../fuzz/src/lib.rs"]
mod gongwen_fuzz;

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    out.sort();
    out
}

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(ROOT).join("fixtures");
    let mut all: Vec<PathBuf> = files(&root).into_iter().chain(files(&root.join("wide"))).collect();
    all.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    all
}

/// Run `check` on each input; name the input that panics.
fn replay(target: &str, inputs: &[PathBuf], check: fn(&[u8])) -> usize {
    for path in inputs {
        // (a running fuzzer may remove a corpus file meanwhile)
        let Ok(data) = std::fs::read(path) else { continue };
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            panic!("{target}: {} fails the target's check", path.display());
        }
    }
    inputs.len()
}

/// The seeded corpus of `target` on this machine, if any (not in the
/// repository; at most this many files, the fixtures' copies left out), and
/// the findings of fuzzing (`fuzz/artifacts/<target>/`): once fixed, they
/// pass.
fn local_corpus(target: &str) -> Vec<PathBuf> {
    let mut found = files(&Path::new(ROOT).join("fuzz/corpus").join(target));
    found.retain(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("fixture-")));
    found.truncate(2000);
    found.extend(files(&Path::new(ROOT).join("fuzz/artifacts").join(target)));
    found
}

#[test]
fn parse_str_target_on_the_fixtures_and_its_corpus() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 136, "{} fixtures", fixtures.len());
    replay("parse_str", &fixtures, gongwen_fuzz::parse_str);
    replay("parse_str", &local_corpus("parse_str"), gongwen_fuzz::parse_str);
}

#[test]
fn parse_bytes_target_on_the_fixtures_and_its_corpus() {
    replay("parse_bytes", &fixtures(), gongwen_fuzz::parse_bytes);
    replay("parse_bytes", &local_corpus("parse_bytes"), gongwen_fuzz::parse_bytes);
    // invalid UTF-8 and control bytes take the error paths
    gongwen_fuzz::parse_bytes(b"\xE4\xB8\x80\xFF");
    gongwen_fuzz::parse_bytes(b"\xE4\xB8\x80\x00\x01\n");
}

#[test]
fn structured_target_on_generated_seeds_the_fixtures_and_its_corpus() {
    let seeds = gongwen_fuzz::seeds::structured(400, 20);
    assert!(seeds.len() >= 5, "only {} rich seeds in 400 tries", seeds.len());
    for (_, bytes) in &seeds {
        gongwen_fuzz::structured(bytes);
    }
    replay("structured", &fixtures(), gongwen_fuzz::structured);
    replay("structured", &local_corpus("structured"), gongwen_fuzz::structured);
}
