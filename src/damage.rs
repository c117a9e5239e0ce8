//! Encoding damage: text that a wrong decoding has turned into something
//! else before it reached the parser. It parses "cleanly" (the characters
//! are valid), so it is detected here, on the raw input, in one cheap pass,
//! and reported as one `encoding-damage` diagnostic per damaged region.
//!
//! Kinds:
//! - replacement characters: U+FFFD where bytes could not be decoded (a GBK
//!   file read as UTF-8 with replacement, as Spark's `wholeTextFiles` does):
//!   the bytes are lost;
//! - mojibake, UTF-8 bytes read in another encoding and saved again as
//!   UTF-8: as GBK (`鍥藉姟闄㈠姙鍏巺`), as Latin-1 / Windows-1252
//!   (`å›½åŠ¡é™¢`), as Mac Cyrillic (`еЫљеК°йЩҐ`), Windows-1251 or KOI8-R.
//!   These are reversible: encoding the text back in that encoding gives
//!   the UTF-8 bytes, which [`decode`](crate::decode) does
//!   ([`mojibake`](crate::mojibake)); a parse of a `&str` only reports it.
//!
//! The pass samples one character every [`STRIDE`] bytes (64 in a short
//! text), so it costs a small fraction of a pass over the text (about 1/256
//! of the bytes decoded), and classifies it: U+FFFD,
//! Latin-1 supplement, Cyrillic (with box drawing: KOI8-R's bytes 80–BF),
//! or a CJK ideograph outside the 3,755
//! common characters of GB2312 level 1 (mojibake read as GBK is made of rare
//! characters: the UTF-8 lead bytes E4–E9 are GB2312 level-2 rows). A window
//! of [`WINDOW`] bytes whose samples are mostly of one such class is a
//! candidate; adjacent candidates of one kind form a region. A mojibake
//! region is then confirmed by the round trip itself: encoded back (GBK,
//! Windows-1252, or Mac Cyrillic, Windows-1251 and KOI8-R in turn, with
//! `encoding_rs`), it must be valid UTF-8
//! holding CJK text. So genuine Russian, French or traditional Chinese
//! text, which does not round-trip to UTF-8, is never called damaged.

use crate::diagnostic::{Diagnostic, Severity, codes};
use crate::span::Span;
use std::sync::OnceLock;

/// Bytes between two sampled characters in a long text: 64 samples a
/// window.
const STRIDE: usize = 256;
/// Bytes of a window whose samples are judged together.
const WINDOW: usize = 16 << 10;
/// Samples taken from a text shorter than a window (at most one every 16
/// bytes).
const SHORT_SAMPLES: usize = 64;
/// Fewest non-ASCII samples a window needs to be judged.
const MIN_SAMPLES: usize = 12;

/// What a wrong decoding made of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// U+FFFD replacement characters: bytes lost.
    Replacement,
    /// UTF-8 read as GBK.
    Gbk,
    /// UTF-8 read as Latin-1 / Windows-1252.
    Latin1,
    /// UTF-8 read as a Cyrillic code page: Mac Cyrillic, Windows-1251 or
    /// KOI8-R.
    Cyrillic,
}

/// Counts of the sampled characters of one window.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    non_ascii: usize,
    replacement: usize,
    latin: usize,
    cyrillic: usize,
    rare: usize,
}

impl Tally {
    fn add(&mut self, c: char) {
        if c.is_ascii() {
            return;
        }
        self.non_ascii += 1;
        let u = c as u32;
        // ideographs and CJK punctuation first: what clean text samples
        if u >= 0x3000 {
            match u {
                0x4E00..=0x9FFF => self.rare += usize::from(!is_common(c)),
                // private use: GBK's user-defined rows
                0xE000..=0xF8FF => self.rare += 1,
                0xFFFD => self.replacement += 1,
                _ => {}
            }
            return;
        }
        match u {
            0x80..=0xFF => self.latin += 1,
            // Cyrillic letters, and the box drawing and mathematical
            // symbols of KOI8-R's bytes 80–BF (UTF-8's continuation bytes)
            0x400..=0x4FF | 0x2219..=0x2265 | 0x2320..=0x2321 | 0x2500..=0x25A0 => self.cyrillic += 1,
            _ => {}
        }
    }

    /// The kind of damage these samples show, if any.
    fn kind(&self) -> Option<Kind> {
        let n = self.non_ascii;
        if n < MIN_SAMPLES {
            return None;
        }
        if self.cyrillic * 5 >= n * 2 {
            Some(Kind::Cyrillic)
        } else if self.latin * 5 >= n * 2 {
            Some(Kind::Latin1)
        } else if self.replacement * 4 >= n {
            Some(Kind::Replacement)
        } else if self.rare * 10 >= n * 3 {
            Some(Kind::Gbk)
        } else {
            None
        }
    }
}

/// The 3,755 characters of GB2312 level 1, as a bitset over U+4E00–U+9FFF,
/// decoded once from GBK rows B0–D7.
fn common() -> &'static [u64] {
    static SET: OnceLock<Vec<u64>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut bytes = Vec::with_capacity(2 * 40 * 94);
        for lead in 0xB0..=0xD7u8 {
            for trail in 0xA1..=0xFEu8 {
                bytes.extend([lead, trail]);
            }
        }
        let (text, _) = encoding_rs::GBK.decode_without_bom_handling(&bytes);
        let mut set = vec![0u64; (0xA000 - 0x4E00) / 64];
        for c in text.chars() {
            if let Some(k) = (c as usize).checked_sub(0x4E00).filter(|&k| k < 0xA000 - 0x4E00) {
                set[k / 64] |= 1 << (k % 64);
            }
        }
        set
    })
}

/// Whether `c` (U+4E00–U+9FFF) is one of the common characters.
pub(crate) fn is_common(c: char) -> bool {
    let k = c as usize - 0x4E00;
    common()[k / 64] & (1 << (k % 64)) != 0
}

/// The character that covers byte `at` of `text`: the continuation bytes
/// before it (none to three, 10xxxxxx) counted without a loop, whose length
/// would vary from sample to sample.
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    let b = text.as_bytes();
    let cont = |k: usize| usize::from(b.get(k).is_some_and(|&x| x & 0xC0 == 0x80));
    let c0 = cont(at);
    let c1 = c0 & cont(at.wrapping_sub(1));
    let c2 = c1 & cont(at.wrapping_sub(2));
    text.get(at - c0 - c1 - c2..)?.chars().next()
}

/// Add an `encoding-damage` diagnostic for each damaged region of `text`
/// to `diags`, in order of position.
pub(crate) fn check(text: &str, diags: &mut Vec<Diagnostic>) {
    // ASCII text (most of it no policy document) cannot be damaged so
    let bytes = text.as_bytes();
    let stride = if text.len() < WINDOW { (text.len() / SHORT_SAMPLES).max(16) } else { STRIDE };
    let mut region: Option<(Kind, usize, usize)> = None;
    let mut start = 0;
    while start < bytes.len() {
        // a short rest joins the last window
        let end = if bytes.len() - start < WINDOW * 3 / 2 { bytes.len() } else { start + WINDOW };
        let mut tally = Tally::default();
        let mut at = start;
        while at < end {
            if bytes[at] >= 0x80 {
                if let Some(c) = char_at(text, at) {
                    tally.add(c);
                }
            }
            at += stride;
        }
        let kind = tally.kind();
        region = match (region, kind) {
            (Some((k, from, _)), Some(now)) if k == now => Some((k, from, end)),
            (Some(done), _) => {
                report(text, done, diags);
                kind.map(|k| (k, start, end))
            }
            (None, _) => kind.map(|k| (k, start, end)),
        };
        start = end;
    }
    if let Some(done) = region {
        report(text, done, diags);
    }
}

/// Confirm a region and report it.
fn report(text: &str, (kind, from, to): (Kind, usize, usize), diags: &mut Vec<Diagnostic>) {
    let (from, to) = (floor(text, from), floor(text, to));
    let (span, message) = match kind {
        Kind::Replacement => {
            let n = text[from..to].chars().filter(|&c| c == '\u{FFFD}').count();
            let message = format!(
                "text damaged by a wrong decoding: {n} U+FFFD replacement characters (bytes that could not be \
                 decoded and were lost, as when a GBK file is read as UTF-8); decode the original file as GBK"
            );
            (Span::new(from, to), message)
        }
        _ => {
            // the code pages of the kind, in turn, until one repairs it
            let pages: &[&str] = match kind {
                Kind::Gbk => &["GBK"],
                Kind::Cyrillic => &["Mac Cyrillic", "Windows-1251", "KOI8-R"],
                _ => &["Windows-1252 (Latin-1)"],
            };
            let Some((name, span, shown, sample)) = pages.iter().find_map(|&name| round_trip(text, name, from, to))
            else {
                return;
            };
            let message = format!(
                "text damaged by a wrong decoding: UTF-8 read as {name} (mojibake such as '{shown}'); \
                 re-encode it as {name} and decode as UTF-8 to repair it ('{sample}'): gongwen::decode and \
                 the gongwen tool do so when given the bytes"
            );
            (span, message)
        }
    };
    let d = Diagnostic::new(Severity::Error, codes::ENCODING_DAMAGE, message, span);
    let at = diags.partition_point(|x| x.span.start <= span.start);
    diags.insert(at, d);
}

/// The region `from..to` of `text` encoded back in the code page `name`,
/// line by line: when half its lines or more decode as UTF-8 CJK text, the
/// span of the lines repaired (within a window around the region: a window
/// may reach into clean text, or miss the damaged lines at its edge), a few
/// characters of the mojibake and the start of the repaired text.
fn round_trip(text: &str, name: &'static str, from: usize, to: usize) -> Option<(&'static str, Span, String, String)> {
    let (near_from, near_to) = (floor(text, from.saturating_sub(WINDOW)), floor(text, (to + WINDOW).min(text.len())));
    let mut first: Option<(usize, String)> = None;
    let mut last = 0;
    let (mut lines, mut fixed) = (0, 0);
    let mut at = near_from;
    for line in text[near_from..near_to].split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        if line.is_ascii() {
            continue;
        }
        let core = start < to && end > from;
        lines += usize::from(core);
        let bytes = match name {
            "GBK" => encoding_rs::GBK.encode(line).0.into_owned(),
            "Mac Cyrillic" => encoding_rs::X_MAC_CYRILLIC.encode(line).0.into_owned(),
            "Windows-1251" => encoding_rs::WINDOWS_1251.encode(line).0.into_owned(),
            "KOI8-R" => encoding_rs::KOI8_R.encode(line).0.into_owned(),
            _ => latin1_bytes(line),
        };
        if let Some(sample) = repaired(&bytes) {
            fixed += usize::from(core);
            first.get_or_insert((start, sample));
            last = end;
        }
    }
    let (start, sample) = first?;
    if fixed * 2 < lines {
        return None;
    }
    let shown: String = text[start..last].chars().filter(|c| !c.is_whitespace()).take(8).collect();
    Some((name, Span::new(start, last), shown, sample))
}

/// `at`, or the start of the character that covers it (the text's end
/// for an `at` beyond it).
pub(crate) fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text` as bytes of Windows-1252, where U+0080–U+00FF (Latin-1 and the
/// C1 controls that Latin-1 decoding leaves) are their own byte.
fn latin1_bytes(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars() {
        match u8::try_from(c as u32) {
            Ok(b) => out.push(b),
            Err(_) => {
                let (b, _, bad) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
                if bad || b.len() != 1 {
                    out.push(b'?');
                } else {
                    out.push(b[0]);
                }
            }
        }
    }
    out
}

/// When `bytes` (a region encoded back) are UTF-8 holding CJK text, with at
/// most a few bad sequences, the start of the repaired text.
fn repaired(bytes: &[u8]) -> Option<String> {
    let (mut good, mut bad, mut cjk) = (0usize, 0usize, 0usize);
    let mut sample = String::new();
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().len();
        bad += chunk.invalid().len();
        for c in chunk.valid().chars() {
            if matches!(c as u32, 0x3000..=0x303F | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF) {
                cjk += 1;
            }
            if sample.chars().count() < 12 && !c.is_whitespace() {
                sample.push(c);
            }
        }
    }
    // a few bytes lost where the wrong decoding had no character for them
    (good > 0 && bad <= 3 + good / 20 && cjk * 3 * 4 >= good).then_some(sample)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "国务院办公厅关于推进城市更新工作的通知。各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\
        经国务院同意，现将《关于推进城市更新的实施意见》印发给你们，请认真贯彻执行。一、总体要求。坚持以人民为中心的发展思想。\n";

    fn found(text: &str) -> Vec<Diagnostic> {
        let mut d = Vec::new();
        check(text, &mut d);
        d
    }

    /// The cost of this pass and of the control-character scan of cleaning
    /// against the whole parse, on the main fixtures:
    /// `cargo test --release --lib damage::tests::cost -- --ignored --nocapture`.
    #[test]
    #[ignore = "a timing, run by hand"]
    fn cost() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut docs = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                docs.push(std::fs::read_to_string(p).unwrap());
            }
        }
        let time = |f: &dyn Fn(&str)| {
            let t = std::time::Instant::now();
            for _ in 0..50 {
                for d in &docs {
                    f(d);
                }
            }
            t.elapsed().as_secs_f64()
        };
        let parse = time(&|d| {
            std::hint::black_box(crate::parse(d).ok());
        });
        let damage = time(&|d| {
            let mut v = Vec::new();
            check(std::hint::black_box(d), &mut v);
            std::hint::black_box(v);
        });
        let control = time(&|d| {
            std::hint::black_box(crate::clean::has_rare(std::hint::black_box(d.as_bytes())));
        });
        println!(
            "parse {parse:.3} s; damage pass {:.2} %, control scan {:.2} % of it",
            100.0 * damage / parse,
            100.0 * control / parse
        );
    }

    #[test]
    fn the_common_set_is_gb2312_level_one() {
        assert_eq!(common().iter().map(|w| w.count_ones()).sum::<u32>(), 3755);
        assert!(is_common('国') && is_common('的') && !is_common('鍥') && !is_common('闄'));
    }

    #[test]
    fn clean_text_is_not_damaged() {
        assert!(found(&TEXT.repeat(40)).is_empty());
        assert!(found("Plain ASCII text.\n").is_empty());
    }

    #[test]
    fn gbk_mojibake_is_found_and_repaired() {
        let utf8 = TEXT.repeat(3);
        let (bytes, _, _) = encoding_rs::GBK.decode(utf8.as_bytes());
        let d = found(&bytes);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].message.contains("UTF-8 read as GBK"), "{}", d[0].message);
        assert!(d[0].message.contains("国务院办公厅"), "{}", d[0].message);
    }
}
