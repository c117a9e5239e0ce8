//! Arbitrary bytes; when they are UTF-8, parse them with the default
//! options and with small limits, and check the span invariants.

#![no_main]

use gongwen::{Error, Options};
use gongwen_fuzz::{check, exercise};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});
