//! Hostile and damaged text (issue #16): encoding damage, control
//! characters, and the wording of the numbering messages.

mod common;

use gongwen::{Severity, codes};

/// The diagnostics of `code` in the parse of `text`.
fn diags(text: &str, code: &str) -> Vec<gongwen::Diagnostic> {
    let doc = gongwen::parse(text).expect("parses");
    if let Err(e) = common::check_invariants(text, &doc) {
        panic!("invariant broken: {e}");
    }
    doc.diagnostics.into_iter().filter(|d| d.code == code).collect()
}

#[test]
fn a_numbering_that_starts_late_names_one_expectation() {
    let found = diags("一、总则\n（二）任务\n（三）任务\n", codes::NUMBERING_GAP);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("starts at 2 (expected 1)"), "{}", found[0].message);
    assert!(!found[0].message.contains("1 or 1"), "{}", found[0].message);
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn a_numbering_that_may_carry_on_names_both_expectations() {
    // （三） under 二、 may restart at （一） or carry on from （一） under 一、
    let found = diags("一、总则\n（一）任务\n二、措施\n（三）任务\n", codes::NUMBERING_GAP);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("starts at 3 (expected 1 or 2)"), "{}", found[0].message);
}
