//! Shared code of the fuzz targets: the span invariants ([`check`]), the
//! structured document model ([`model`]), [`exercise`], which runs
//! everything a consumer does with a parse result, and each target's whole
//! check ([`parse_str`], [`parse_bytes`], [`structured`]): the targets in
//! `fuzz_targets/` only call them, so that `tests/fuzz_replay.rs` of the main
//! crate replays seed corpora through exactly what the fuzzer runs, on stable
//! Rust, and this code cannot break unnoticed.

pub mod check;
pub mod model;
pub mod seeds;

use arbitrary::{Arbitrary, Unstructured};
use gongwen::{Document, Error, LineIndex, Options};

/// `Diagnostic::render` indexes the whole input on every call; past this many
/// bytes indexed in total, [`parse_bytes`] renders the rest with one shared
/// index (the same output) so that the harness stays linear.
const RENDER_BUDGET: usize = 16 << 20;

/// The `parse_str` target: arbitrary bytes; when they are UTF-8, parse them
/// with the default options and with small limits, and check the span
/// invariants.
pub fn parse_str(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let full = gongwen::parse(text);
    exercise(text, &full);

    // small limits: 1 MiB or less, a depth limit of 0..=16 picked by the input
    let max_bytes = if data.len().is_multiple_of(7) { data.len() / 2 } else { 1 << 20 };
    let max_depth = data.iter().fold(0usize, |a, &b| a.wrapping_add(usize::from(b))) % 17;
    let small = gongwen::parse_with(text, &Options::default().max_bytes(max_bytes).max_depth(max_depth));
    exercise(text, &small);
    match (&full, &small) {
        // a limit only ever rejects: whatever it accepts parses the same
        (Ok(a), Ok(b)) => assert_eq!(a, b, "a smaller limit changed the result"),
        (Err(_), Ok(_)) => panic!("a smaller limit accepted what the default options reject: {full:?}"),
        (Ok(doc), Err(Error::TooDeep { depth, limit, .. })) => {
            assert!(*limit == max_depth && *depth > max_depth, "TooDeep {depth} with limit {limit}");
            assert!(check::depth(doc) > max_depth, "TooDeep although the tree is {} deep", check::depth(doc));
        }
        (Ok(_), Err(Error::TooLarge { size, limit })) => assert!(size > limit && *limit == max_bytes),
        (Ok(_), Err(e)) => panic!("a smaller limit gave {e:?}"),
        (Err(a), Err(b)) => {
            if !matches!(b, Error::TooLarge { .. } | Error::TooDeep { .. }) {
                assert_eq!(a, b, "a smaller limit changed the error");
            }
        }
    }

    // a line limit of 0..=15 picked by the input: the rest is kept as it
    // stands, and the invariants hold
    let max_lines = usize::from(data.first().copied().unwrap_or(0) % 16);
    exercise(text, &gongwen::parse_with(text, &Options::default().max_lines(max_lines)));
}

/// The `parse_bytes` target: arbitrary bytes through `parse_bytes`: invalid
/// UTF-8 is reported at the first bad byte; every diagnostic renders and
/// every error displays without panicking; on `Ok` the span invariants hold.
pub fn parse_bytes(data: &[u8]) {
    let result = gongwen::parse_bytes(data);
    match std::str::from_utf8(data) {
        Ok(text) => {
            if let Ok(doc) = &result {
                let n = (RENDER_BUDGET / text.len().max(1)).min(doc.diagnostics.len());
                for d in &doc.diagnostics[..n] {
                    let shown = d.render(text, Some("f"));
                    assert!(shown.starts_with(d.severity.as_str()), "{shown}");
                }
            }
            exercise(text, &result);
        }
        Err(utf8) => match &result {
            Err(e @ Error::InvalidUtf8 { offset, location }) => {
                assert_eq!(*offset, utf8.valid_up_to(), "InvalidUtf8 offset");
                assert_eq!(location.span.start, *offset, "InvalidUtf8 location");
                exercise_error(e);
            }
            other => panic!("invalid UTF-8 (valid up to {}) gave {other:?}", utf8.valid_up_to()),
        },
    }
}

/// The `structured` target: the bytes fill a document model (as
/// libfuzzer-sys does for a `fuzz_target!(|doc: Doc| …)`: the last field
/// takes the rest), rendered to text and parsed; the span invariants must
/// hold.
pub fn structured(data: &[u8]) {
    let Ok(doc) = model::Doc::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    structured_doc(&doc);
}

/// [`structured`] for a model already built.
pub fn structured_doc(doc: &model::Doc) {
    let text = doc.render();
    let result = gongwen::parse(&text);
    exercise(&text, &result);
}

/// Assert the invariants of a successful parse and use every rendering path
/// of the result: diagnostics rendered with and without an index, the error
/// message and summary, the JSON. Nothing here may panic.
pub fn exercise(input: &str, result: &Result<Document<'_>, Error>) {
    match result {
        Ok(doc) => {
            check::assert_invariants(input, doc);
            let index = LineIndex::new(input);
            for (i, d) in doc.diagnostics.iter().enumerate() {
                let shown = d.render_with(&index, input, Some("f"));
                assert!(!shown.is_empty());
                // `render` indexes the whole input on every call: a few
                // suffice to cover it (all of them would be quadratic)
                if i < 8 {
                    assert_eq!(d.render(input, Some("f")), shown, "render and render_with differ");
                }
                let _ = d.to_string();
            }
            let _ = doc.to_json();
        }
        Err(e) => exercise_error(e),
    }
}

/// Render an error every way it can be shown.
pub fn exercise_error(e: &Error) {
    let shown = e.to_string();
    assert!(!shown.is_empty());
    let _ = e.summary();
    if let Some(loc) = e.location() {
        let _ = loc.to_string();
        let _ = loc.snippet(Some("f"));
    }
}
