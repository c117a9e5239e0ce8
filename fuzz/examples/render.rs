//! Print the text a `structured` input renders to, as a Rust string literal
//! (for `tests/regressions.rs`) and raw, and what `gongwen::parse` makes of it.
//!
//! `cargo run --manifest-path fuzz/Cargo.toml --example render -- fuzz/artifacts/structured/crash-…`

use arbitrary::{Arbitrary, Unstructured};
use gongwen_fuzz::model::Doc;

fn main() {
    for path in std::env::args().skip(1) {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        // as libfuzzer-sys does: the whole input, the rest taken by the last field
        let Ok(doc) = Doc::arbitrary_take_rest(Unstructured::new(&data)) else {
            eprintln!("{path}: not a document");
            continue;
        };
        let text = doc.render();
        println!("// {path}\n{text:?}\n---\n{text}\n---");
        match gongwen::parse(&text) {
            Ok(d) => match gongwen_fuzz::check::check(&text, &d) {
                Ok(()) => println!("Ok, invariants hold"),
                Err(e) => println!("Ok, invariant violated: {e}"),
            },
            Err(e) => println!("Err: {}", e.summary()),
        }
    }
}
