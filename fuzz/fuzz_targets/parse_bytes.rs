//! Arbitrary bytes through `parse_bytes`: invalid UTF-8 is reported at the
//! first bad byte; every diagnostic renders (`Diagnostic::render`) and every
//! error displays without panicking; on `Ok` the span invariants hold
//! (`gongwen_fuzz::parse_bytes`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| gongwen_fuzz::parse_bytes(data));
