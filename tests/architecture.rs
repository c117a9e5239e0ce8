//! The layers of ARCHITECTURE.md: data flows one way, and no module below
//! the grammar reaches up into it. Decoding, the mojibake repair,
//! punctuation, cleaning, the encoding-damage check and the source map
//! name no grammar module in their code (their comments may say which
//! production reads what).

use std::path::Path;

/// The modules below the grammar.
const BELOW_GRAMMAR: [&str; 7] = [
    "src/punct.rs",
    "src/decode.rs",
    "src/mojibake.rs",
    "src/clean.rs",
    "src/damage.rs",
    "src/source.rs",
    "src/span.rs",
];

/// The code of a Rust file, its comments blanked (line comments, doc
/// comments; `//` inside a string literal is rare enough here to count as
/// a comment, which errs on the side of letting a file pass).
fn code(text: &str) -> String {
    text.lines().map(|l| l.split_once("//").map_or(l, |(c, _)| c)).collect::<Vec<_>>().join("\n")
}

/// Whether `code` names the grammar: a path through it (`grammar::`,
/// `crate::grammar`, `use crate::{grammar, …}`).
fn names_grammar(code: &str) -> bool {
    code.contains("grammar::") || code.contains("grammar}") || code.contains("grammar,") || code.contains("grammar;")
}

#[test]
fn no_module_below_the_grammar_names_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in BELOW_GRAMMAR {
        let text = std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let code = code(&text);
        let found: Vec<(usize, &str)> =
            code.lines().enumerate().filter(|(_, l)| names_grammar(l)).map(|(n, l)| (n + 1, l.trim())).collect();
        assert!(found.is_empty(), "{file} reaches up into the grammar: {found:?}");
    }
}

#[test]
fn the_check_sees_a_grammar_path() {
    assert!(names_grammar(&code("    let m = crate::grammar::marker::marker(line);")));
    assert!(names_grammar(&code("use crate::{grammar, punct};")));
    assert!(names_grammar(&code("use crate::grammar;")));
    assert!(!names_grammar(&code("/// read by `grammar::layout`")));
    assert!(!names_grammar(&code("let x = 1; // see grammar::inline")));
    assert!(!names_grammar(&code("// the grammar reads cleaned lines")));
}
