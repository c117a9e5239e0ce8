//! Input cleaning: residue removal with an offset map back to the raw bytes.
//!
//! The grammar reads the *cleaned* text; every node it builds carries a span
//! into the *raw* input. Cleaning only ever deletes bytes, so the map is a
//! sorted list of verbatim segments: cleaned offset `c` inside a segment that
//! starts at cleaned `s` and raw `r` maps to raw `r + (c - s)`.
//!
//! What is removed:
//! - a leading byte order mark;
//! - runs of `@` left at link boundaries by web scrapers (`二@@十@@@@三`),
//!   except a single `@` between ASCII letters or digits (an e-mail address);
//! - stray ASCII spaces between two CJK characters (`国 务 院`).

use crate::punct;
use crate::span::Span;

/// Kinds of residue, one summarising diagnostic each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Residue {
    /// `@` runs from link boundaries.
    LinkArtifact,
    /// ASCII spaces between CJK characters.
    StraySpace,
    /// A byte order mark at the start.
    Bom,
}

impl Residue {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Residue::LinkArtifact => "'@' link artifact run",
            Residue::StraySpace => "stray space inside CJK text",
            Residue::Bom => "byte order mark",
        }
    }
}

/// One verbatim stretch: cleaned bytes from `clean` on are raw bytes from
/// `raw` on, up to the next segment.
#[derive(Debug, Clone, Copy)]
struct Seg {
    clean: usize,
    raw: usize,
}

/// The cleaned text with its map back to raw offsets.
#[derive(Debug)]
pub(crate) struct Cleaned {
    pub(crate) text: String,
    segs: Vec<Seg>,
    /// Every removed run, in input order, with its raw span.
    pub(crate) removed: Vec<(Residue, Span)>,
}

impl Cleaned {
    /// Remove residue from `raw`.
    pub(crate) fn new(raw: &str) -> Cleaned {
        let bytes = raw.as_bytes();
        let mut c = Cleaned { text: String::with_capacity(raw.len()), segs: Vec::new(), removed: Vec::new() };
        let mut i = 0;
        let mut copy_from = 0;
        if raw.starts_with(punct::BOM) {
            let n = punct::BOM.len_utf8();
            c.removed.push((Residue::Bom, Span::new(0, n)));
            i = n;
            copy_from = n;
        }
        while i < bytes.len() {
            match bytes[i] {
                b'@' => {
                    let j = i + bytes[i..].iter().take_while(|&&b| b == b'@').count();
                    let email = j == i + 1
                        && i > 0
                        && bytes[i - 1].is_ascii_alphanumeric()
                        && bytes.get(j).is_some_and(|b| b.is_ascii_alphanumeric());
                    if !email {
                        c.flush(raw, copy_from, i);
                        c.removed.push((Residue::LinkArtifact, Span::new(i, j)));
                        copy_from = j;
                    }
                    i = j;
                }
                b' ' => {
                    let j = i + bytes[i..].iter().take_while(|&&b| b == b' ').count();
                    let prev = raw[copy_from..i].chars().next_back().or_else(|| c.text.chars().next_back());
                    let next = raw[j..].chars().next();
                    if prev.is_some_and(punct::is_cjk) && next.is_some_and(punct::is_cjk) {
                        c.flush(raw, copy_from, i);
                        c.removed.push((Residue::StraySpace, Span::new(i, j)));
                        copy_from = j;
                    }
                    i = j;
                }
                _ => i += 1,
            }
        }
        c.flush(raw, copy_from, bytes.len());
        c
    }

    fn flush(&mut self, raw: &str, from: usize, to: usize) {
        if from < to {
            self.segs.push(Seg { clean: self.text.len(), raw: from });
            self.text.push_str(&raw[from..to]);
        }
    }

    /// Raw offset of cleaned offset `c` used as a start: the byte it names.
    pub(crate) fn raw_start(&self, c: usize) -> usize {
        let i = self.segs.partition_point(|s| s.clean <= c);
        match i.checked_sub(1).map(|i| self.segs[i]) {
            Some(s) => s.raw + (c - s.clean),
            None => self.segs.first().map_or(0, |s| s.raw),
        }
    }

    /// Raw offset of cleaned offset `c` used as an end: just past the byte
    /// before it, so trailing residue is not included.
    pub(crate) fn raw_end(&self, c: usize) -> usize {
        let i = self.segs.partition_point(|s| s.clean < c);
        match i.checked_sub(1).map(|i| self.segs[i]) {
            Some(s) => s.raw + (c - s.clean),
            None => self.segs.first().map_or(0, |s| s.raw),
        }
    }

    /// Whether cleaned `start..end` is one verbatim stretch of the input, so
    /// its text can be borrowed from the raw input.
    pub(crate) fn is_verbatim(&self, start: usize, end: usize) -> bool {
        let i = self.segs.partition_point(|s| s.clean <= start);
        match self.segs.get(i) {
            Some(next) => end <= next.clean,
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(c: &Cleaned, needle: &str) -> (usize, usize) {
        let s = c.text.find(needle).unwrap();
        (c.raw_start(s), c.raw_end(s + needle.len()))
    }

    #[test]
    fn at_runs_are_removed_and_mapped_back() {
        let raw = "(二@@十@@@@三@@@@)推进@@。";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "(二十三)推进。");
        let (s, e) = spans(&c, "二十三");
        assert_eq!(&raw[s..e], "二@@十@@@@三");
        let (s, e) = spans(&c, "推进");
        assert_eq!(&raw[s..e], "推进");
        assert_eq!(c.removed.len(), 4);
        assert!(c.removed.iter().all(|(k, _)| *k == Residue::LinkArtifact));
        assert!(!c.is_verbatim(c.text.find("二").unwrap(), c.text.find("三").unwrap()));
        assert!(c.is_verbatim(0, "(二".len()));
    }

    #[test]
    fn email_at_is_kept() {
        let c = Cleaned::new("联系 gov@example.cn 办理");
        assert!(c.text.contains("gov@example.cn"));
        assert!(c.removed.is_empty());
    }

    #[test]
    fn stray_spaces_between_cjk_only() {
        let raw = "国 务  院\n  一、总则 app 智慧";
        let c = Cleaned::new(raw);
        assert_eq!(c.text, "国务院\n  一、总则 app 智慧");
        assert_eq!(c.removed.len(), 2);
    }

    #[test]
    fn bom_and_empty() {
        let c = Cleaned::new("\u{FEFF}通知");
        assert_eq!(c.text, "通知");
        assert_eq!(c.raw_start(0), 3);
        assert_eq!(c.raw_end(c.text.len()), "\u{FEFF}通知".len());
        let e = Cleaned::new("@@@");
        assert_eq!(e.text, "");
        assert_eq!((e.raw_start(0), e.raw_end(0)), (0, 0));
    }
}
