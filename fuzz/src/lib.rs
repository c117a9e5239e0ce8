//! Shared code of the fuzz targets: the span invariants ([`check`]), the
//! structured document model ([`model`]) and [`exercise`], which runs
//! everything a consumer does with a parse result.

pub mod check;
pub mod model;

use gongwen::{Document, Error, LineIndex};

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
