//! Arbitrary bytes through `parse_bytes`: invalid UTF-8 is reported at the
//! first bad byte; every diagnostic renders (`Diagnostic::render`) and every
//! error displays without panicking; on `Ok` the span invariants hold.

#![no_main]

use gongwen::Error;
use gongwen_fuzz::exercise;
use libfuzzer_sys::fuzz_target;

/// `Diagnostic::render` indexes the whole input on every call; past this many
/// bytes indexed in total, [`exercise`] renders the rest with one shared
/// index (the same output) so that the harness stays linear.
const RENDER_BUDGET: usize = 16 << 20;

fuzz_target!(|data: &[u8]| {
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
                gongwen_fuzz::exercise_error(e);
            }
            other => panic!("invalid UTF-8 (valid up to {}) gave {other:?}", utf8.valid_up_to()),
        },
    }
});
