//! Write seeds for the `structured` corpus (see `gongwen_fuzz::seeds`).
//!
//! `cargo run --release --manifest-path fuzz/Cargo.toml --example structured_seeds -- fuzz/corpus/structured 200000`
//! (`fuzz/seed.sh` runs it, and seeds every target from the fixtures).

/// Most seeds written.
const KEEP: usize = 60;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().expect("usage: structured_seeds OUT_DIR [TRIES]");
    let tries: u64 = args.next().map_or(100_000, |s| s.parse().expect("TRIES is a number"));
    std::fs::create_dir_all(&out).expect("cannot create the output directory");
    let found = gongwen_fuzz::seeds::structured(tries, KEEP);
    for (i, (score, bytes)) in found.iter().enumerate() {
        std::fs::write(format!("{out}/seed-{i:02}-score{score}"), bytes).expect("cannot write a seed");
    }
    println!("{} seeds written to {out}", found.len());
}
