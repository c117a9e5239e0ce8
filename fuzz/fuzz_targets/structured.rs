//! A policy-like document assembled from pieces (see `gongwen_fuzz::model`),
//! rendered to text and parsed; the span invariants must hold.

#![no_main]

use gongwen_fuzz::{exercise, model::Doc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|doc: Doc| {
    let text = doc.render();
    let result = gongwen::parse(&text);
    exercise(&text, &result);
});
