//! Arbitrary bytes; when they are UTF-8, parse them with the default
//! options and with small limits, and check the span invariants
//! (`gongwen_fuzz::parse_str`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| gongwen_fuzz::parse_str(data));
