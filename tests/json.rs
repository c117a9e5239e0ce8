//! `gongwen::json` writes the bytes serde_json writes: every fixture's
//! document, compact and pretty, and any string.

mod common;
#[path = "common/layout.rs"]
mod layout;

use gongwen::json::{Layout, write};
use proptest::prelude::*;

fn written(value: &impl serde::Serialize, layout: Layout) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, value, layout).expect("serialises");
    out
}

#[test]
fn every_fixture_s_json_is_serde_json_s_bytes() {
    let paths = common::all_fixture_paths();
    assert!(paths.len() > 100, "the fixtures and fixtures/wide");
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("fixture");
        let doc = gongwen::parse(&text).expect("parses");
        let name = path.display();
        assert_eq!(doc.to_json().as_bytes(), serde_json::to_vec(&doc).unwrap(), "{name}: compact");
        assert_eq!(doc.to_json_pretty().as_bytes(), serde_json::to_vec_pretty(&doc).unwrap(), "{name}: pretty");
        // the tidy layout is the pretty one with small containers closed up
        let tidy = written(&doc, Layout::Tidy { indent: 0 });
        let reference = layout::leaf_layout(&serde_json::to_vec(&doc).unwrap(), 0, gongwen::json::TIDY_LEAF_BYTES);
        assert_eq!(String::from_utf8(tidy).unwrap(), reference, "{name}: tidy");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_escaped_as_serde_json_escapes_it(s in any::<String>()) {
        prop_assert_eq!(written(&s, Layout::Compact), serde_json::to_vec(&s).unwrap());
    }

    #[test]
    fn strings_of_escapes_and_ideographs_are_escaped_as_serde_json_escapes_them(
        s in "[\\x00-\\x20\"\\\\a-z甲乙（）\\u{7f}\\u{2028}]{0,80}"
    ) {
        prop_assert_eq!(written(&s, Layout::Compact), serde_json::to_vec(&s).unwrap());
        let v = vec![s.clone(), s];
        prop_assert_eq!(written(&v, Layout::Pretty), serde_json::to_vec_pretty(&v).unwrap());
    }

    #[test]
    fn any_json_value_in_the_tidy_layout_is_the_reference_layout(v in json_value(), indent in 0usize..3) {
        // containers of scalars short and long around the one-line bound,
        // containers opened after scalars, empty ones, nested ones
        let reference = layout::leaf_layout(&serde_json::to_vec(&v).unwrap(), indent, gongwen::json::TIDY_LEAF_BYTES);
        prop_assert_eq!(String::from_utf8(written(&v, Layout::Tidy { indent })).unwrap(), reference);
    }

    #[test]
    fn any_parsed_text_gives_serde_json_s_bytes(s in "(?s)[一二（）1.、。；：\\n 甲乙牵头负责\"\\\\\\t]{1,200}") {
        if let Ok(doc) = gongwen::parse(&s) {
            prop_assert_eq!(doc.to_json().into_bytes(), serde_json::to_vec(&doc).unwrap());
        }
    }
}

/// Arbitrary JSON: scalars of every kind (strings up to 60 bytes, so that a
/// few make a container longer than the one-line bound) in arrays and
/// objects nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z甲\\\"]{0,60}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec(("[a-z]{1,12}", inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}
