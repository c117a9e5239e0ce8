//! A policy-like document assembled from pieces (see `gongwen_fuzz::model`),
//! rendered to text and parsed; the span invariants must hold
//! (`gongwen_fuzz::structured_doc`).

#![no_main]

use gongwen_fuzz::model::Doc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|doc: Doc| gongwen_fuzz::structured_doc(&doc));
