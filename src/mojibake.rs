//! Mojibake repair: text whose UTF-8 bytes were once read in a legacy code
//! page and saved again as UTF-8 (`å›½åŠ¡é™¢`, `еЫљеК°йЩҐ`, `鍥藉姟闄`, all
//! 国务院) is turned back into the text the author wrote, on the bytes →
//! text path ([`decode`](crate::decode)), never inside a parse of a `&str`.
//!
//! The code pages: Windows-1252 (with Latin-1: the C1 controls are their
//! own byte), Mac Cyrillic, Windows-1251, KOI8-R (one character a byte) and
//! GBK (one or two bytes a character). The repair is the round trip itself:
//! each character of the text is encoded back in the code page
//! (`encoding_rs`'s tables), and the bytes are decoded as UTF-8 as they
//! come, in one pass. What cannot be recovered becomes one U+FFFD and is
//! counted ([`Repair::lost`]): a UTF-8 sequence cut short — a byte lost
//! where the wrong decoding had no character for it, which it wrote as
//! U+FFFD or `?` (taken as that byte, not as a character of its own) —, a
//! byte that starts no sequence, and the U+FFFD the original already held
//! (`锟斤拷` is two of them read as GBK). Three forms of damage done after
//! the wrong decoding are undone, because their character tells the byte
//! back: a white space character that is no byte of a sequence is kept as
//! it is (a `&nbsp;` the page's markup resolved after the misreading, as in
//! the wide corpus's document 193), a space where a sequence needs its last
//! byte is the code page's no-break space that was turned into one (`ä¸ `
//! for 一 in Windows-1252), and a character the code page has no byte for
//! (a CJK character typed in later) is kept as it is.
//!
//! Detection is strict, and costs nothing on clean text beyond a sample:
//! up to [`SAMPLES`] characters spread over the text are read (each
//! text under 1 KiB whole); only when most of the non-ASCII ones are of
//! the kinds mojibake is made of (Latin-1 letters, Cyrillic, symbols and
//! box drawing, GBK's rare ideographs) is a code page tried, each whose
//! table holds most of the sample, on the text's first 8 KiB and then on
//! all of it. It is taken only when the original is mostly that code
//! page's characters and the repaired text mostly CJK: nine characters in
//! ten of what the sequences decode to are CJK text (ideographs, CJK and
//! full-width punctuation, general punctuation), three in ten ideographs,
//! at most one in ten of that count cut short or a byte that starts no
//! sequence, and at most a third as many lost in all (a U+FFFD the text
//! held, as Python writes for the bytes Windows-1252 has no character for,
//! loses its character without counting against the code page). Real Russian,
//! French or Chinese text does not decode to UTF-8 so (its letters are
//! lead bytes in a row, or bytes that start no sequence), and is left
//! alone.

use crate::damage;
use std::fmt;
use std::sync::OnceLock;

/// A legacy code page that UTF-8 text was misread in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodePage {
    /// Windows-1252, with Latin-1 (ISO 8859-1): `å›½åŠ¡é™¢`.
    Windows1252,
    /// Mac Cyrillic: `еЫљеК°йЩҐ`.
    MacCyrillic,
    /// Windows-1251: `РіРѕ` for the Cyrillic of UTF-8, `еђЅеЉЎй™ў` for 国务院.
    Windows1251,
    /// KOI8-R: `Е⌡╫Е┼║И≥╒`.
    Koi8R,
    /// GBK (GB2312, GB18030): `鍥藉姟闄`.
    Gbk,
}

impl CodePage {
    /// Every code page, in the order they are tried when the sample does
    /// not rank them.
    pub const ALL: [CodePage; 5] =
        [CodePage::Windows1252, CodePage::MacCyrillic, CodePage::Windows1251, CodePage::Koi8R, CodePage::Gbk];

    /// The name people know it by: `Windows-1252`, `Mac Cyrillic`,
    /// `Windows-1251`, `KOI8-R`, `GBK`.
    pub fn name(self) -> &'static str {
        match self {
            CodePage::Windows1252 => "Windows-1252",
            CodePage::MacCyrillic => "Mac Cyrillic",
            CodePage::Windows1251 => "Windows-1251",
            CodePage::Koi8R => "KOI8-R",
            CodePage::Gbk => "GBK",
        }
    }

    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            CodePage::Windows1252 => encoding_rs::WINDOWS_1252,
            CodePage::MacCyrillic => encoding_rs::X_MAC_CYRILLIC,
            CodePage::Windows1251 => encoding_rs::WINDOWS_1251,
            CodePage::Koi8R => encoding_rs::KOI8_R,
            CodePage::Gbk => encoding_rs::GBK,
        }
    }

    /// The table of a one-byte code page (`None` for GBK).
    fn table(self) -> Option<&'static Table> {
        static TABLES: OnceLock<[Table; 4]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            [CodePage::Windows1252, CodePage::MacCyrillic, CodePage::Windows1251, CodePage::Koi8R].map(Table::new)
        });
        match self {
            CodePage::Windows1252 => Some(&tables[0]),
            CodePage::MacCyrillic => Some(&tables[1]),
            CodePage::Windows1251 => Some(&tables[2]),
            CodePage::Koi8R => Some(&tables[3]),
            CodePage::Gbk => None,
        }
    }
}

impl fmt::Display for CodePage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A repair of mojibake: the code page the UTF-8 text had been read in, and
/// what could not be recovered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Repair {
    /// The code page the text's UTF-8 bytes had been misread in.
    pub code_page: CodePage,
    /// Characters of the repaired text that could not be recovered, each
    /// now one U+FFFD (a byte lost by the wrong decoding, or a U+FFFD the
    /// text held before it).
    pub lost: usize,
}

impl Repair {
    /// The diagnostic a document parsed from the repaired text carries
    /// (code [`codes::MOJIBAKE_REPAIRED`](crate::codes::MOJIBAKE_REPAIRED),
    /// at the text's start): `info` when nothing was lost, else `warning`.
    pub fn diagnostic(&self) -> crate::Diagnostic {
        use crate::diagnostic::{Diagnostic, Severity, codes};
        let (severity, lost) = match self.lost {
            0 => (Severity::Info, "nothing was lost".to_owned()),
            1 => (Severity::Warning, "1 character could not be recovered (U+FFFD)".to_owned()),
            n => (Severity::Warning, format!("{n} characters could not be recovered (U+FFFD)")),
        };
        let message = format!(
            "mojibake repaired: the text was UTF-8 read as {} and saved again; it was encoded back and decoded \
             as UTF-8 ({lost}); spans index the repaired text",
            self.code_page.name()
        );
        Diagnostic::new(severity, codes::MOJIBAKE_REPAIRED, message, crate::Span::new(0, 0))
    }
}

/// Repair `text` when it is mojibake of UTF-8 Chinese text read in one of
/// the [`CodePage`]s: the repaired text and what was done, or `None` when
/// it is not (clean text costs a sample of it). See the module's notes on
/// what is recovered and how strict the test is.
///
/// [`decode`](crate::decode) calls it on every text it decodes (unless
/// told not to: [`DecodeOptions::repair`](crate::DecodeOptions::repair));
/// [`parse`](crate::parse) never does, since its spans index the `&str` it
/// is given: mojibake there is an `encoding-damage` error.
///
/// ```
/// // 国务院办公厅 in UTF-8, read as Windows-1252
/// let (text, repair) = gongwen::repair_mojibake("å›½åŠ¡é™¢åŠžå…¬åŽ…").unwrap();
/// assert_eq!(text, "国务院办公厅");
/// assert_eq!((repair.code_page, repair.lost), (gongwen::CodePage::Windows1252, 0));
/// // real text is left alone
/// assert!(gongwen::repair_mojibake("Le décret relatif à l'école.").is_none());
/// assert!(gongwen::repair_mojibake("国务院办公厅").is_none());
/// ```
pub fn repair_mojibake(text: &str) -> Option<(String, Repair)> {
    let candidates = candidates(text)?;
    let head = &text[..damage::floor(text, HEAD)];
    for page in candidates {
        // the first 8 KiB rule out a wrong page before all the text is
        // read; a text no longer is read once
        if head.len() < text.len() && !attempt(head, page, false).accepted() {
            continue;
        }
        let done = attempt(text, page, true);
        if done.accepted() {
            return Some((done.text, Repair { code_page: page, lost: done.lost }));
        }
    }
    None
}

/// Characters sampled to decide whether a code page is worth trying.
const SAMPLES: usize = 96;
/// Bytes of the start of a text a code page is tried on first.
const HEAD: usize = 8 << 10;
/// A text this short is sampled whole.
const SHORT: usize = 1 << 10;

/// The code pages worth trying, most likely first: the one-byte pages
/// whose table holds four in five sampled non-ASCII characters or more
/// (most held first), and GBK when three in ten are rare ideographs;
/// `None` when half of them or more are what clean Chinese text is made of,
/// or there are too few to judge.
fn candidates(text: &str) -> Option<Vec<CodePage>> {
    let mut sample = [' '; SAMPLES];
    let n = sample_chars(text, &mut sample);
    let sample = &sample[..n];
    // a few characters are judged only in a short text, which is read whole
    if n < 3 || (n < 8 && text.len() >= SHORT) {
        return None;
    }
    let suspect = sample.iter().filter(|&&c| !clean_char(c)).count();
    if suspect * 2 < n {
        return None;
    }
    let mut held: Vec<(usize, CodePage)> = CodePage::ALL
        .iter()
        .filter_map(|&page| {
            let table = page.table()?;
            let held = sample.iter().filter(|&&c| table.byte(c).is_some()).count();
            (held * 5 >= n * 4).then_some((held, page))
        })
        .collect();
    // most held first; the order of `ALL` among equals (a stable sort)
    held.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
    let mut pages: Vec<CodePage> = held.into_iter().map(|(_, p)| p).collect();
    if sample.iter().filter(|&&c| rare_ideograph(c)).count() * 10 >= n * 3 {
        pages.push(CodePage::Gbk);
    }
    (!pages.is_empty()).then_some(pages)
}

/// Up to `out.len()` non-ASCII characters of `text`, spread over it (every
/// one of a short text, in order); how many.
fn sample_chars(text: &str, out: &mut [char]) -> usize {
    let mut n = 0;
    if text.len() < SHORT {
        for c in text.chars().filter(|c| !c.is_ascii()) {
            if n == out.len() {
                break;
            }
            out[n] = c;
            n += 1;
        }
        return n;
    }
    let bytes = text.as_bytes();
    let stride = text.len() / out.len();
    let mut at = 0;
    while at < bytes.len() && n < out.len() {
        if bytes[at] >= 0x80 {
            if let Some(c) = damage::char_at(text, at) {
                out[n] = c;
                n += 1;
            }
        }
        at += stride;
    }
    if n < 8 {
        // mostly ASCII (markup, a table of figures): its first non-ASCII
        // characters, found by a scan that stops when it has them
        n = 0;
        for c in text.chars().filter(|c| !c.is_ascii()) {
            if n == out.len() {
                break;
            }
            out[n] = c;
            n += 1;
        }
    }
    n
}

/// What clean Chinese text is made of: common ideographs, CJK and
/// full-width punctuation, general punctuation (“” — …), white space.
fn clean_char(c: char) -> bool {
    match c as u32 {
        0x4E00..=0x9FFF => !rare_ideograph(c),
        0x2000..=0x206F | 0x3000..=0x303F | 0xFF00..=0xFFEF | 0xFE30..=0xFE4F => true,
        _ => c.is_whitespace(),
    }
}

/// An ideograph outside GB2312 level 1, or a private-use character: what
/// UTF-8 read as GBK is mostly made of (its lead bytes E4–E9 are GBK rows
/// of level 2).
fn rare_ideograph(c: char) -> bool {
    match c as u32 {
        0x4E00..=0x9FFF => !damage::is_common(c),
        0xE000..=0xF8FF => true,
        _ => false,
    }
}

/// A one-byte code page's characters for bytes 80–FF, and the way back.
struct Table {
    /// `(character, byte)` sorted by character, for a binary search.
    back: Vec<(char, u8)>,
    /// The byte of the no-break space U+00A0, when it is a continuation
    /// byte of UTF-8 (80–BF): a space that stands where a sequence needs
    /// its last byte was this no-break space.
    nbsp: Option<u8>,
}

impl Table {
    fn new(page: CodePage) -> Table {
        let bytes: Vec<u8> = (0x80..=0xFF).collect();
        let (text, _) = page.codec().decode_without_bom_handling(&bytes);
        let mut back: Vec<(char, u8)> =
            text.chars().zip(bytes.iter().copied()).filter(|&(c, _)| c != '\u{FFFD}').collect();
        if page == CodePage::Windows1252 {
            // Latin-1 reads 80–9F as the C1 controls
            back.extend((0x80..=0x9Fu8).map(|b| (char::from(b), b)));
        }
        back.sort_unstable();
        back.dedup_by_key(|&mut (c, _)| c);
        let nbsp = back.iter().find(|&&(c, _)| c == '\u{A0}').map(|&(_, b)| b).filter(|b| (0x80..=0xBF).contains(b));
        Table { back, nbsp }
    }

    fn byte(&self, c: char) -> Option<u8> {
        self.back.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| self.back[i].1)
    }
}

/// One repair of a text in one code page, with its counts.
struct Attempt {
    text: String,
    /// Characters the UTF-8 sequences decoded to.
    decoded: usize,
    /// Of them, CJK text: ideographs, CJK and full-width punctuation,
    /// general punctuation.
    cjk: usize,
    /// Of them, ideographs.
    ideographs: usize,
    /// U+FFFD written.
    lost: usize,
    /// Of them, sequences cut short and bytes that start none: what the
    /// misreading itself lost, or evidence that the text is no mojibake in
    /// this code page (a U+FFFD the text held is neither).
    invalid: usize,
    /// Non-ASCII characters of the input that are bytes of the code page.
    mapped: usize,
    /// Non-ASCII characters of the input kept as they are (no byte of the
    /// code page, white space).
    kept: usize,
}

impl Attempt {
    /// Mojibake of Chinese text in this code page: see the module's notes.
    fn accepted(&self) -> bool {
        self.ideographs >= 2
            && self.cjk * 10 >= self.decoded * 9
            && self.ideographs * 10 >= self.decoded * 3
            && self.invalid * 10 <= self.decoded
            && self.lost * 3 <= self.decoded
            && self.mapped * 10 >= (self.mapped + self.kept) * 9
    }
}

/// A UTF-8 decoder fed one byte at a time, each with the character of the
/// text it was encoded from: what [`attempt`] writes the repaired text
/// with.
struct Utf8 {
    out: Attempt,
    /// The bytes of the sequence begun, and how many it needs in all.
    seq: [u8; 4],
    len: usize,
    need: usize,
    /// The character the sequence's first byte came from.
    first: char,
    /// A byte of the sequence begun was lost (its place is held).
    damaged: bool,
    /// A byte was lost with no sequence begun: the continuation bytes right
    /// after it are of the same character, lost with it.
    orphans: bool,
    /// The code page's no-break space byte, when a space may stand for it.
    nbsp: Option<u8>,
    /// Whether the text is written (else only counted).
    write: bool,
}

impl Utf8 {
    fn new(capacity: usize, nbsp: Option<u8>, write: bool) -> Utf8 {
        let out = Attempt {
            text: String::with_capacity(if write { capacity } else { 0 }),
            decoded: 0,
            cjk: 0,
            ideographs: 0,
            lost: 0,
            invalid: 0,
            mapped: 0,
            kept: 0,
        };
        Utf8 { out, seq: [0; 4], len: 0, need: 0, first: ' ', damaged: false, orphans: false, nbsp, write }
    }

    fn push(&mut self, c: char) {
        if self.write {
            self.out.text.push(c);
        }
    }

    /// One U+FFFD written; `invalid` when the bytes themselves are wrong
    /// (not a byte the text already lost).
    fn lose(&mut self, invalid: bool) {
        self.out.lost += 1;
        self.out.invalid += usize::from(invalid);
        self.push('\u{FFFD}');
    }

    /// A byte of the code page, encoded from `from`.
    fn byte(&mut self, b: u8, from: char) {
        if self.orphans {
            if (0x80..=0xBF).contains(&b) {
                return;
            }
            self.orphans = false;
        }
        if self.len > 0 {
            if continues(self.seq[0], self.len, b) {
                self.seq[self.len] = b;
                self.len += 1;
                if self.len == self.need {
                    self.complete();
                }
                return;
            }
            // a space where the last byte is needed: the no-break space
            if from == ' ' && self.len + 1 == self.need {
                if let Some(nb) = self.nbsp.filter(|&nb| continues(self.seq[0], self.len, nb)) {
                    self.seq[self.len] = nb;
                    self.len += 1;
                    self.complete();
                    return;
                }
            }
            self.cut();
            if b == b'?' {
                // the wrong decoding's mark for the byte it lost
                return;
            }
        }
        match b {
            0x00..=0x7F => self.push(char::from(b)),
            0xC2..=0xF4 => {
                self.seq[0] = b;
                self.len = 1;
                self.need = match b {
                    0xC2..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                self.first = from;
            }
            // a continuation byte or a byte UTF-8 never uses
            _ if from.is_whitespace() => self.push(from),
            _ => self.lose(true),
        }
    }

    /// A sequence cut short: one U+FFFD, or the white space character its
    /// only byte came from.
    fn cut(&mut self) {
        let only = self.len == 1 && self.first.is_whitespace();
        let damaged = self.damaged;
        self.len = 0;
        self.damaged = false;
        if only {
            self.push(self.first);
        } else {
            self.lose(!damaged);
        }
    }

    fn complete(&mut self) {
        let damaged = self.damaged;
        let s = std::str::from_utf8(&self.seq[..self.len]).ok().and_then(|s| s.chars().next());
        self.len = 0;
        self.damaged = false;
        let c = match s {
            // a byte of it lost before, or a U+FFFD of the original
            // (`锟斤拷`): lost before the misreading
            _ if damaged => return self.lose(false),
            Some('\u{FFFD}') => return self.lose(false),
            Some(c) => c,
            // `continues` admits only valid sequences: counted, not assumed
            None => return self.lose(true),
        };
        self.out.decoded += 1;
        let code = c as u32;
        self.out.ideographs += usize::from(matches!(code, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF));
        self.out.cjk += usize::from(matches!(code,
            0x2000..=0x206F | 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF));
        self.push(c);
    }

    /// A U+FFFD of the input, which the wrong decoding wrote for a byte it
    /// had no character for: a byte of the sequence begun (the character
    /// is lost when it ends), or one of a character whose other bytes
    /// follow.
    fn lost_byte(&mut self) {
        if self.len > 0 {
            self.damaged = true;
            // its value unknown: the place held by a byte that continues
            self.seq[self.len] = 0x80;
            self.len += 1;
            if self.len == self.need {
                self.complete();
            }
        } else {
            self.lose(false);
            self.orphans = true;
        }
    }

    /// A character kept as it is: it ends a sequence begun.
    fn keep(&mut self, c: char) {
        self.orphans = false;
        if self.len > 0 {
            self.cut();
        }
        self.out.kept += 1;
        self.push(c);
    }

    fn finish(mut self) -> Attempt {
        if self.len > 0 {
            self.cut();
        }
        self.out
    }
}

/// Whether `b` may follow the `len` bytes of a sequence begun by `lead`
/// (the second byte's narrower ranges after E0, ED, F0 and F4 included:
/// no overlong form, no surrogate, nothing past U+10FFFF).
fn continues(lead: u8, len: usize, b: u8) -> bool {
    let (lo, hi) = match (lead, len) {
        (0xE0, 1) => (0xA0, 0xBF),
        (0xED, 1) => (0x80, 0x9F),
        (0xF0, 1) => (0x90, 0xBF),
        (0xF4, 1) => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
    (lo..=hi).contains(&b)
}

/// `text` encoded back in `page` and decoded as UTF-8 (the text written
/// only when `write`).
fn attempt(text: &str, page: CodePage, write: bool) -> Attempt {
    let table = page.table();
    let mut utf8 = Utf8::new(text.len(), table.and_then(|t| t.nbsp), write);
    let mut gbk = page.codec().new_encoder();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii() {
            utf8.byte(c as u8, c);
            continue;
        }
        if c == '\u{FFFD}' {
            utf8.lost_byte();
            continue;
        }
        match table {
            Some(t) => match t.byte(c) {
                Some(b) => {
                    utf8.out.mapped += 1;
                    utf8.byte(b, c);
                }
                None => utf8.keep(c),
            },
            None => {
                let mut src = [0u8; 4];
                let (result, _, written) =
                    gbk.encode_from_utf8_without_replacement(c.encode_utf8(&mut src), &mut buf, false);
                if matches!(result, encoding_rs::EncoderResult::InputEmpty) && written > 0 {
                    utf8.out.mapped += 1;
                    // a byte of two is no character of its own: no white
                    // space kept for it (U+3000 is A1 A1, two continuation
                    // bytes of 衡 and its like)
                    for &b in &buf[..written] {
                        utf8.byte(b, '\u{FFFD}');
                    }
                } else {
                    utf8.keep(c);
                }
            }
        }
    }
    utf8.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "国务院办公厅关于推进城市更新工作的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\
        经国务院同意，现将《关于推进城市更新的实施意见》印发给你们，请认真贯彻执行。\n一、总体要求\n（一）坚持以人民为中心的发展思想。\
        （住房城乡建设部牵头，2025年底前完成）\n";

    /// UTF-8 of `text` read in `codec`, as a browser or Python would.
    fn misread(text: &str, codec: &'static encoding_rs::Encoding) -> String {
        codec.decode_without_bom_handling(text.as_bytes()).0.into_owned()
    }

    #[test]
    fn each_code_page_is_repaired() {
        for (page, long) in [(CodePage::Windows1252, false), (CodePage::Windows1252, true)]
            .into_iter()
            .chain(CodePage::ALL[1..].iter().map(|&p| (p, true)))
        {
            let text = if long { TEXT.repeat(20) } else { TEXT.to_owned() };
            let bad = misread(&text, page.codec());
            assert_ne!(bad, text);
            let (fixed, repair) = repair_mojibake(&bad).unwrap_or_else(|| panic!("{page}: {}", &bad[..60]));
            assert_eq!(repair.code_page, page);
            if page == CodePage::Gbk {
                // a line of an odd number of bytes loses its last byte
                assert_eq!(fixed.lines().count(), text.lines().count());
                assert!(repair.lost > 0 && repair.lost * 20 < fixed.chars().count(), "{repair:?}");
            } else {
                assert_eq!((fixed.as_str(), repair.lost), (text.as_str(), 0), "{page}");
            }
        }
    }

    #[test]
    fn latin1_c1_controls_are_their_bytes() {
        // ISO 8859-1 reads 80–9F as C1 controls, where Windows-1252 has € … ’
        let latin1: String = TEXT.bytes().map(char::from).collect();
        let (fixed, repair) = repair_mojibake(&latin1).unwrap();
        assert_eq!((fixed.as_str(), repair.code_page, repair.lost), (TEXT, CodePage::Windows1252, 0));
    }

    #[test]
    fn gbk_lost_bytes_are_one_replacement_each() {
        // 国务院 is 9 bytes: read as GBK its last is a lead byte before the
        // line break, lost; written as U+FFFD by the decoder, or as ? when
        // saved in GBK
        let bad = misread("国务院\n", encoding_rs::GBK);
        assert_eq!(bad, "鍥藉姟闄\u{FFFD}\n");
        // a line of 15 characters (45 bytes) loses its last one
        let line = "各省、自治区、直辖市人民政府：\n";
        let bad = misread(&line.repeat(3), encoding_rs::GBK);
        let want = line.replace('：', "\u{FFFD}").repeat(3);
        let (fixed, repair) = repair_mojibake(&bad).unwrap();
        assert_eq!((fixed.as_str(), repair.lost), (want.as_str(), 3));
        let (fixed, _) = repair_mojibake(&bad.replace('\u{FFFD}', "?")).unwrap();
        assert_eq!(fixed, want);
        // lost at one character in three (a third of what decodes is half
        // as many), too many to call it repaired
        assert!(repair_mojibake(&misread(&"国务院\n".repeat(5), encoding_rs::GBK)).is_none());
        // 锟斤拷: U+FFFD U+FFFD of UTF-8 read as GBK
        let text = format!("{TEXT}\u{FFFD}\u{FFFD}{TEXT}");
        let bad = misread(&text, encoding_rs::GBK);
        assert!(bad.contains("锟斤拷"));
        let (fixed, repair) = repair_mojibake(&bad).unwrap();
        assert!(fixed.contains("完成）\n\u{FFFD}\u{FFFD}国务院办公厅"), "{fixed}");
        // and the two lines of an odd number of bytes, twice
        assert_eq!((fixed.matches('\u{FFFD}').count(), repair.lost), (6, 6));
    }

    #[test]
    fn white_space_and_foreign_characters_are_kept() {
        // a no-break space of the markup in Mac Cyrillic mojibake (a lead
        // byte there), and a CJK character typed in later
        let bad = format!(
            "\u{A0}{}\u{A0}标题 {}",
            misread("国务院令", encoding_rs::X_MAC_CYRILLIC),
            misread("第一条", encoding_rs::X_MAC_CYRILLIC)
        );
        let (fixed, repair) = repair_mojibake(&bad).unwrap();
        assert_eq!((fixed.as_str(), repair.lost), ("\u{A0}国务院令\u{A0}标题 第一条", 0));
        // Windows-1252's no-break space (A0, a continuation byte) turned
        // into a space: 一 is E4 B8 80, 加 E5 8A A0
        let bad = misread("加强一体化", encoding_rs::WINDOWS_1252).replace('\u{A0}', " ");
        assert_eq!(bad, "åŠ å¼ºä¸€ä½“åŒ–");
        assert_eq!(repair_mojibake(&bad).unwrap().0, "加强一体化");
    }

    #[test]
    fn real_text_is_not_repaired() {
        let texts = [
            "Правительство Российской Федерации постановляет утвердить прилагаемые изменения. ".repeat(30),
            "Le gouvernement présente un décret relatif à la sécurité des élèves et à l'école. ".repeat(30),
            "Übermäßige Größe; Ærø, Øresund, façade, naïve, coöperate — “quoted” ‘text’ … ".repeat(30),
            TEXT.repeat(30),
            "國務院辦公廳關於推進城市更新工作的通知，各縣市政府應當認真貫徹執行，確保實效。".repeat(30),
            // real Chinese with characters of GBK mojibake in it (鍥 is a
            // real character, 鍥而不舍)
            "鍥而不舍，金石可镂。锲而舍之，朽木不折。闄阓之间，藉以为据。".repeat(30),
            "Плановые показатели: ВВП, КПД, НДС — жБВ. ".repeat(30),
            "“十四五”规划——坚持以人民为中心……‘重点’任务 · 第一条 © ® ° ×\n".repeat(30),
            String::from("café"),
            String::from("Привет"),
            String::from("ÄÖÜ äöü ß"),
        ];
        for text in texts {
            assert!(repair_mojibake(&text).is_none(), "{}", text.chars().take(30).collect::<String>());
        }
    }

    #[test]
    fn mixed_clean_and_mojibake_is_repaired_when_mostly_mojibake() {
        // a clean title typed over a mojibake body: the title is kept
        let body = misread(&TEXT.repeat(5), encoding_rs::WINDOWS_1252);
        let (fixed, _) = repair_mojibake(&format!("通知\n{body}")).unwrap();
        assert_eq!(fixed, format!("通知\n{}", TEXT.repeat(5)));
        // mostly clean text with a mojibake line: not repaired as a whole
        let text = format!("{}{}", TEXT.repeat(20), misread("国务院办公厅\n", encoding_rs::WINDOWS_1252));
        assert!(repair_mojibake(&text).is_none());
    }

    #[test]
    fn a_byte_lost_in_a_character_loses_that_character_only() {
        // Windows-1252 as Python reads it, `errors="replace"`: 81 8D 8F 90
        // 9D are no character there (条 is E6 9D A1, 发 E5 8F 91)
        let text = TEXT.repeat(3);
        let bad: String = text
            .bytes()
            .map(|b| match b {
                0x81 | 0x8D | 0x8F | 0x90 | 0x9D => '\u{FFFD}',
                _ => encoding_rs::WINDOWS_1252.decode_without_bom_handling(&[b]).0.chars().next().unwrap(),
            })
            .collect();
        let want: String = text
            .chars()
            .map(|c| {
                let mut buf = [0; 4];
                let lost = c.encode_utf8(&mut buf).bytes().any(|b| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D));
                if lost { '\u{FFFD}' } else { c }
            })
            .collect();
        let (fixed, repair) = repair_mojibake(&bad).unwrap();
        assert_eq!(fixed, want);
        assert_eq!(repair.lost, want.matches('\u{FFFD}').count());
        assert!(repair.lost > 0);
    }

    #[test]
    fn sequences_are_strict() {
        // overlong, surrogate and out-of-range forms are lost, not decoded
        assert!(!continues(0xE0, 1, 0x80) && continues(0xE0, 1, 0xA0));
        assert!(!continues(0xED, 1, 0xA0) && !continues(0xF4, 1, 0x90) && !continues(0xF0, 1, 0x8F));
        let a = attempt("\u{C0}\u{80}", CodePage::Windows1252, true);
        assert_eq!((a.text.as_str(), a.lost), ("\u{FFFD}\u{FFFD}", 2));
    }
}
