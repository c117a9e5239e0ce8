//! Memory bound on hostile inputs: the peak of bytes allocated while one
//! document is parsed (the parse result included) stays within
//! [`FACTOR`] × the input + [`SLACK`], whatever the shape of the input.
//!
//! Measured with the allocator's own counters: this test binary installs a
//! counting global allocator that tracks the bytes live now and their peak.
//! The tests of this file run one at a time (a lock), since the counters are
//! global to the process.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the bytes live and their peak; allocation itself is the system's.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; the counters only
// observe the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on to `System`.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // counted as the change of size: a large block grows in place
            // (mremap), a small one is copied, briefly both live
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The tests share the counters: one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Peak bytes allocated above what was live before, while `f` runs.
fn peak_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let r = f();
    (PEAK.load(Ordering::Relaxed) - base, r)
}

/// Allowed: this many bytes per input byte …
const FACTOR: usize = 10;
/// … plus this much (issue #16).
const SLACK: usize = 20 << 20;

/// A hostile input: its name, a generator of about `n` bytes, and the
/// ceiling in bytes per input byte that it holds today, when it does not
/// meet the bound ([`FACTOR`] × input + [`SLACK`]).
type Input = (&'static str, fn(usize) -> String, Option<usize>);

fn fit(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len())
}

/// The hostile inputs of issue #16 (unclosed brackets, deep nesting and
/// alternation of markers, heading floods, one long line) and others. Text
/// of nothing but short headings would build a `Block` (192 bytes before
/// its contents) and the tables kept per line every few bytes: past
/// `Options::max_blocks` headings (25,000 by default) the rest of such a
/// text is kept as one paragraph, unparsed (see
/// [`the_block_limit_bounds_text_of_nothing_but_headings`]).
///
/// The one input with a ceiling is not of the kinds: HTML tags
/// around short headings cost the offset map of cleaning a 32-byte
/// segment per tag and per text between tags, over the whole text (the
/// block limit stops the grammar, not cleaning).
fn inputs() -> Vec<Input> {
    vec![
        ("open parens", |n| fit("(", n), None),
        ("full-width open parens", |n| fit("（", n), None),
        ("unclosed book titles", |n| fit("《", n), None),
        ("deep alternation of markers on one line", |n| fit("（一）1.（1）①一、", n), None),
        ("deep alternation of markers, one a line", |n| fit("（一）\n1.\n（1）\n①\n一、\n", n), None),
        (
            "deep alternation with titles",
            |n| fit("第一章 总则\n第一条 内容\n一、标题\n（一）任务\n1.事项\n（1）细节\n①要点\n", n),
            None,
        ),
        ("arabic headings", arabic_headings, None),
        ("one long line", |n| fit("推进高质量发展，", n), None),
        ("one long line of clauses", |n| fit("推进。（发展改革委负责）", n), None),
        ("section markers on one line", |n| fit("一、", n), None),
        ("at signs", |n| fit("@", n), None),
        // 64x when the guard was set; 71.8x after the decimal outlines and the
        // HTML table grid landed (a block per 13 bytes here); 31.8x with the
        // block limit (the rest: cleaning's offset map)
        ("html tags", |n| fit("<p>一、<br>", n), Some(33)),
    ]
}

/// `1.任务` … one heading a line, about `n` bytes.
fn arabic_headings(n: usize) -> String {
    let mut s = String::with_capacity(n + 16);
    let mut i = 1;
    while s.len() < n {
        s.push_str(&format!("{i}.任务\n"));
        i += 1;
    }
    s
}

/// Text of many very short lines and no heading, where the block limit
/// never applies, each with its ceiling in bytes per input byte (measured
/// at 4 and 16 MiB, the same figure at both): they do not meet the issue's
/// bound. What stays live per line of 2 to 5 bytes is the line tables: a
/// `Line` (24 bytes) and the marker each starts with (40 bytes, from
/// `inline::split`), a line break's offset (8 bytes); while the layout pass
/// runs, its per-line table (24 bytes a physical line), and where it joins
/// lines (`。` at the start of each) the cuts (24 bytes), the offset map's
/// new segments (32 bytes) and the pieces kept (24 bytes), a join a line.
/// The duplicate-line diagnostics of text of one line repeated (some 140
/// bytes each, with the sort's scratch) are counted past the first
/// hundred, not made.
fn floods() -> Vec<Input> {
    vec![
        // 135x before the duplicate lines were counted; 37.1x
        ("short lines", |n| fit("a\n", n), Some(40)),
        // 34.1x before; 32.1x
        ("short full-width lines", |n| fit("。\n", n), Some(34)),
        // 62.9x before; 21.1x
        ("one-character paragraphs", |n| fit("甲\n\n", n), Some(23)),
        // (no document: an error, nothing kept)
        ("blank lines", |n| fit("\n", n), None),
        // 21.1x before; 18.5x: 25,000 blocks, then the rest as one
        // paragraph, and numbering diagnostics made for every block before
        // they are capped
        ("short numbered lines", |n| fit("1.\n", n), Some(20)),
    ]
}

/// Parse each input and measure; `(name, input bytes, peak bytes)`.
fn measure(n: usize) -> Vec<(&'static str, usize, usize, Option<usize>)> {
    measure_inputs(inputs(), n)
}

fn measure_inputs(inputs: Vec<Input>, n: usize) -> Vec<(&'static str, usize, usize, Option<usize>)> {
    inputs
        .into_iter()
        .map(|(name, make, ceiling)| {
            let text = make(n);
            let (peak, _) = peak_during(|| gongwen::parse(&text).map(|d| d.blocks().count()));
            (name, text.len(), peak, ceiling)
        })
        .collect()
}

fn report(rows: &[(&str, usize, usize, Option<usize>)]) -> String {
    rows.iter()
        .map(|(name, len, peak, _)| {
            format!("{name:45} {len:>9} B input, peak {peak:>11} B ({:.1}x)", *peak as f64 / *len as f64)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each row within the bound (10× the input + 20 MB), or within its
/// ceiling when it has one (no worse than when measured).
fn assert_within_bounds(rows: &[(&str, usize, usize, Option<usize>)]) {
    let table = report(rows);
    println!("{table}");
    for (name, len, peak, ceiling) in rows {
        match ceiling {
            None => assert!(peak <= &(FACTOR * len + SLACK), "{name}: over {FACTOR}x input + 20 MB\n{table}"),
            Some(per_byte) => assert!(peak <= &(per_byte * len), "{name}: over {per_byte}x input\n{table}"),
        }
    }
}

/// The target for every input of its kinds; the one input with a
/// ceiling (HTML tags, not one of the kinds: see [`inputs`]) no
/// worse than when measured.
#[test]
fn every_hostile_input_within_ten_times_plus_twenty_megabytes() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    assert_within_bounds(&measure(4 << 20));
}

/// Text of many very short lines (see [`floods`]), at 4 and 16 MiB: each
/// within its ceiling (no worse than when measured).
#[test]
fn short_line_floods_stay_within_their_ceilings() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    for n in [4 << 20, 16 << 20] {
        assert_within_bounds(&measure_inputs(floods(), n));
    }
}

#[test]
fn unclosed_brackets_need_no_pairing_buffers() {
    // 8 MB of the issue: the bracket index only (8 bytes a bracket), no
    // pairing stack or partner table for a line that closes nothing
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    for unit in ["（", "《"] {
        let text = fit(unit, 8 << 20);
        let (peak, _) = peak_during(|| gongwen::parse(&text).map(|d| d.blocks().count()));
        assert!(peak <= FACTOR * text.len() + SLACK, "{unit}: peak {peak} B for {} B", text.len());
    }
}

#[test]
fn two_hundred_thousand_headings() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let text: String = (1..=200_000).map(|i| format!("{i}.任务\n")).collect();
    let (peak, doc) = peak_during(|| gongwen::parse(&text));
    let doc = doc.expect("parses");
    // the first `max_blocks` headings are blocks; the rest of the text is
    // the last one's paragraph, from the next heading on, and a warning
    // says where reading stopped
    let max = gongwen::Options::default().max_blocks;
    assert_eq!(doc.blocks().count(), max);
    let next = format!("{}.任务\n", max + 1);
    let stop = text.find(&next).expect("the next heading");
    let limit: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == gongwen::codes::BLOCK_LIMIT).collect();
    assert_eq!(limit.len(), 1);
    assert_eq!(limit[0].span.start, stop);
    let last = doc.blocks().last().expect("blocks");
    let rest = last.paragraphs.last().expect("the rest");
    assert_eq!((rest.span.start, rest.span.end), (stop, text.len() - 1));
    assert_eq!(rest.text, text[stop..].trim_end());
    println!(
        "200,000 headings, {} B: peak {peak} B ({:.1}x) with the limit",
        text.len(),
        peak as f64 / text.len() as f64
    );
    assert!(peak <= FACTOR * text.len() + SLACK, "peak {peak} B for {} B", text.len());
    // with the limit raised, all 200,000 are blocks, at some 25 bytes per
    // input byte (35 with the 272-byte blocks, before the limit)
    let options = gongwen::Options::default().max_blocks(200_000);
    let (peak, blocks) = peak_during(|| gongwen::parse_with(&text, &options).map(|d| d.blocks().count()));
    println!("200,000 headings: peak {peak} B ({:.1}x) without", peak as f64 / text.len() as f64);
    assert_eq!(blocks, Ok(200_000));
    assert!(peak <= 30 * text.len(), "peak {peak} B for {} B", text.len());
}

#[test]
fn real_documents_stay_within_the_bound() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut worst = (0.0f64, String::new());
    for path in common::all_fixture_paths() {
        let text = std::fs::read_to_string(&path).expect("read");
        let (peak, _) = peak_during(|| gongwen::parse(&text).map(|d| d.blocks().count()));
        assert!(peak <= FACTOR * text.len() + SLACK, "{}", path.display());
        let ratio = peak as f64 / text.len() as f64;
        if ratio > worst.0 {
            worst = (ratio, path.display().to_string());
        }
    }
    println!("worst fixture: {:.1} bytes allocated at the peak per input byte ({})", worst.0, worst.1);
}

/// Text of nothing but short headings, each kind just long enough to pass
/// `Options::max_blocks` (where the bytes allocated per input byte are
/// highest: a block per 3 to 7 bytes, up to the limit; past it the text is
/// kept as one paragraph), and a tenth of that.
#[test]
fn the_block_limit_bounds_text_of_nothing_but_headings() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let max = gongwen::Options::default().max_blocks;
    let mut rows = Vec::new();
    for (unit, per_unit) in [
        ("1.\n", 1),
        ("①\n", 1),
        ("一、\n", 1),
        ("（一）\n1.\n（1）\n①\n一、\n", 5),
        ("第一章 总则\n第一条 内容\n一、标题\n（一）任务\n1.事项\n（1）细节\n①要点\n", 7),
        ("<p>一、<br>", 1),
    ] {
        for units in [max / per_unit + 1, max / per_unit / 10] {
            let text = unit.repeat(units);
            let (peak, doc) = peak_during(|| gongwen::parse(&text).map(|d| (d.blocks().count(), d.diagnostics.len())));
            rows.push((unit.replace('\n', "⏎"), text.len(), peak, doc));
        }
    }
    let table: Vec<String> = rows
        .iter()
        .map(|(u, len, peak, doc)| {
            format!("{u:40} {len:>9} B, peak {peak:>10} B ({:.1}x) {doc:?}", *peak as f64 / *len as f64)
        })
        .collect();
    println!("{}", table.join("\n"));
    for (unit, len, peak, _) in &rows {
        assert!(*peak <= FACTOR * len + SLACK, "{unit}\n{}", table.join("\n"));
    }
}
