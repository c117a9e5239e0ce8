//! Seeds for the `structured` corpus: pseudo-random byte strings whose
//! document model renders to a rich parse (many blocks, deep nesting,
//! clauses, a notice frame, attachments), one per distinct shape, best
//! first. Reproducible: the same `tries` give the same seeds.

use super::model::Doc;
use arbitrary::{Arbitrary, Unstructured};
use std::collections::HashSet;

/// Up to `keep` seeds found in `tries` pseudo-random byte strings, best
/// first, each with its score.
pub fn structured(tries: u64, keep: usize) -> Vec<(usize, Vec<u8>)> {
    let mut found: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut shapes = HashSet::new();
    for seed in 1..=tries {
        // xorshift: reproducible without a dependency
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let len = 500 + (seed as usize).wrapping_mul(7919) % 6000;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        let Ok(doc) = Doc::arbitrary_take_rest(Unstructured::new(&bytes)) else { continue };
        let text = doc.render();
        let Ok(d) = gongwen::parse(&text) else { continue };
        let blocks = d.blocks().count();
        let depth = super::check::depth(&d);
        let clauses: usize = d.blocks().map(|b| b.responsibilities.len() + b.inherited().len()).sum::<usize>().min(10);
        let notice = d.notice.as_ref().map_or(0, |n| {
            1 + n.addressees.len()
                + n.issuers.len()
                + usize::from(n.date.is_some())
                + usize::from(n.doc_number.is_some())
        });
        let attachments = d.attachments.len().min(3);
        let score = blocks.min(30) + 5 * depth + 3 * clauses + 3 * notice + 3 * attachments;
        if score >= 12 && shapes.insert((blocks, depth, clauses, notice, attachments)) {
            found.push((score, bytes));
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    found.truncate(keep);
    found
}
