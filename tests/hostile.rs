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

// ------------------------------------------------------------ control characters

const DOC: &str =
    "关于推进工作的通知\n一、总体要求\n（一）推进改革。（发展改革委负责）\n（二）完善制度。\n二、保障措施\n";

#[test]
fn control_characters_are_removed_anywhere_with_one_warning() {
    let clean = gongwen::parse(DOC).unwrap();
    for (at, ctrl) in [
        (0, "\0"),
        (DOC.find("一、").unwrap(), "\0\u{1}"),
        (DOC.find("推进改革").unwrap(), "\u{7f}"),
        (DOC.find("二、").unwrap(), "\u{85}\u{9f}"),
        (DOC.len() - 1, "\u{1b}"),
    ] {
        let text = format!("{}{ctrl}{}", &DOC[..at], &DOC[at..]);
        let found = diags(&text, codes::CONTROL_CHARACTER);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!((found[0].span.start, found[0].span.end), (at, at + ctrl.len()), "{text:?}");
        let doc = gongwen::parse(&text).unwrap();
        // the same tree: a control character in front of a heading hides it no more
        assert_eq!(doc.sections.len(), clean.sections.len(), "{text:?}");
        assert_eq!(doc.sections[0].children.len(), 2, "{text:?}");
        assert!(!doc.to_json().contains("\\u0000"), "{text:?}");
    }
}

#[test]
fn many_control_characters_make_one_diagnostic() {
    let text = DOC.replace('、', "\0、").replace('。', "\u{8}。");
    let found = diags(&text, codes::CONTROL_CHARACTER);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("runs of control characters"), "{}", found[0].message);
}

#[test]
fn tab_line_breaks_and_form_feed_are_not_control_residue() {
    let text = DOC.replace("一、", "\t一、").replace('\n', "\r\n") + "\u{c}\n三、附则\n";
    assert!(diags(&text, codes::CONTROL_CHARACTER).is_empty());
}
