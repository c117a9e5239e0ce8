//! The README's Rust examples run as doctests (`src/lib.rs` includes the
//! README); rustdoc wraps an example that has no `fn main` in one, so that
//! doctest is the example pasted into `fn main() { … }`, provided the
//! README shows all of it: no line hidden with `# `, no `?` outside a
//! `fn main` that returns a `Result`.

#[test]
fn readme_examples_paste_into_fn_main() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in readme.lines() {
        match (&mut current, line) {
            (None, "```rust") => current = Some(Vec::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(b), l) => b.push(l),
            (None, _) => {}
        }
    }
    assert!(blocks.len() >= 2, "the README's rust examples: {}", blocks.len());
    for b in &blocks {
        let code = b.join("\n");
        assert!(!b.iter().any(|l| l.trim_start().starts_with("# ")), "a hidden line:\n{code}");
        let own_main = b.iter().any(|l| l.starts_with("fn main() -> Result<"));
        assert!(own_main || !code.contains(")?"), "`?` in an example without its own fn main:\n{code}");
    }
}
