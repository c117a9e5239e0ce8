//! Page furniture of text extracted from a PDF: the page numbers at the foot
//! of each page (GB/T 9704 sets them as `— 3 —`; extractors also give `-3-`,
//! `－3－`, `- 3 -`, `第3页`, `第 3 页 共 12 页`, `3/12`) and running headers
//! (a short line that repeats next to them). The layout pass removes both as
//! residue and joins the paragraph that a page break cut (see
//! `grammar::layout`).

use crate::punct;
use std::collections::HashMap;

/// Longest line, in bytes, that can be a page number.
const MAX_PAGE_NUMBER: usize = 48;

/// Longest line, in bytes, that can be a running header (a title of about
/// 40 characters).
const MAX_HEADER: usize = 128;

/// Fewest lines next to page numbers that must read the same for them to be
/// a running header.
const MIN_HEADER_REPEATS: u32 = 2;

/// A dash that frames a page number: ASCII hyphen-minus, the dashes
/// U+2010–U+2015, minus sign, box-drawing line, full-width hyphen-minus.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{2500}' | '\u{FF0D}')
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

fn skip_spaces(s: &str) -> &str {
    s.trim_start_matches(punct::is_inline_space)
}

/// A number of one to four digits (ASCII or full-width) at the start of
/// `s`: its value and the rest.
fn number(s: &str) -> Option<(u32, &str)> {
    let mut value = 0u32;
    let mut len = 0;
    for (k, c) in s.chars().take_while(|&c| is_digit(c)).enumerate() {
        if k == 4 {
            return None;
        }
        let d = if c.is_ascii_digit() { c as u32 - '0' as u32 } else { c as u32 - '\u{FF10}' as u32 };
        value = value * 10 + d;
        len += c.len_utf8();
    }
    (len > 0).then(|| (value, &s[len..]))
}

/// A middle dot that frames a gazette's page number (`·12·`, `• 3 •`):
/// U+00B7, U+2022, U+30FB, U+FF65.
fn is_dot(c: char) -> bool {
    matches!(c, '\u{B7}' | '\u{2022}' | '\u{30FB}' | '\u{FF65}')
}

/// One or two dashes (or middle dots) at the start of `s`, and the rest.
fn dashes(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(|c| is_dash(c) || is_dot(c));
    let n = s[..s.len() - rest.len()].chars().count();
    (1..=2).contains(&n).then_some(rest)
}

/// `— 3 —`, `-3-`, `－3－`, `- 3 -`, `·3·`.
fn dashed(s: &str) -> bool {
    let Some(rest) = dashes(s) else { return false };
    let Some((_, rest)) = number(skip_spaces(rest)) else { return false };
    dashes(skip_spaces(rest)).is_some_and(str::is_empty)
}

/// `第3页`, `第 3 页`, `第3页 共12页`, `第3页/共12页`.
fn page_of(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('第') else { return false };
    let Some((n, rest)) = number(skip_spaces(rest)) else { return false };
    let Some(rest) = skip_spaces(rest).strip_prefix('页') else { return false };
    let rest = skip_spaces(rest);
    if rest.is_empty() {
        return true;
    }
    let rest = skip_spaces(rest.trim_start_matches([',', '，', '/', '／', '、']));
    let Some(rest) = rest.strip_prefix('共') else { return false };
    let Some((total, rest)) = number(skip_spaces(rest)) else { return false };
    n <= total && skip_spaces(rest).strip_prefix('页').is_some_and(|r| skip_spaces(r).is_empty())
}

/// `3/12`, `3 / 12` (a page of so many, never past the last).
fn fraction(s: &str) -> bool {
    let Some((n, rest)) = number(s) else { return false };
    let Some(rest) = skip_spaces(rest).strip_prefix(['/', '／']) else { return false };
    let Some((total, rest)) = number(skip_spaces(rest)) else { return false };
    (1..=total).contains(&n) && total >= 2 && rest.is_empty()
}

/// Whether a trimmed line is a page number. Most lines are rejected by
/// their length and their first and last bytes (read in [`EDGES`]): a page
/// number starts with a dash (`-`, E2, EF), a digit (or EF, full-width) or
/// 第 (E7), and ends with a dash (`-`; 80, 8D, 90–95: ─ － ‐–—―), a digit
/// (or 90–99, full-width) or 页 (B5).
#[inline]
pub(crate) fn is_page_number(line: &str) -> bool {
    let b = line.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return false };
    // one branch on the three tests (each alone varies from line to line)
    let short = b.len() <= MAX_PAGE_NUMBER;
    let edges = (EDGES[usize::from(first)] & FIRST) & ((EDGES[usize::from(last)] & LAST) >> 1);
    short & (edges != 0) && (dashed(line) || page_of(line) || fraction(line))
}

/// [`EDGES`]: the byte may start a page number.
const FIRST: u8 = 1;
/// [`EDGES`]: the byte may end a page number.
const LAST: u8 = 2;

/// What each byte may be at a page number's edges ([`FIRST`], [`LAST`]):
/// a table, one load a byte instead of a dozen compares. (A middle dot
/// ends in B7 (·), A2 (•), BB (・) or A5 (･), and starts with C2, E2, E3
/// or EF.)
const EDGES: [u8; 256] = {
    let mut t = [0u8; 256];
    let first: &[u8] = b"-0123456789\xC2\xE2\xE3\xE7\xEF";
    let last: &[u8] = b"-0123456789\xB7\xA2\xBB\xA5\x80\x8D\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\xB5";
    let mut k = 0;
    while k < first.len() {
        t[first[k] as usize] |= FIRST;
        k += 1;
    }
    let mut k = 0;
    while k < last.len() {
        t[last[k] as usize] |= LAST;
        k += 1;
    }
    t
};

/// Mark the running headers among `lines` (trimmed, blank ones empty), in
/// `furniture`, which holds the page numbers already: a line next to page
/// furniture (blank lines between do not count) that is short, ends no
/// sentence, and reads the same next to page furniture at least twice. Two
/// rounds, so that a header of two lines is found too.
pub(crate) fn mark_running_headers(lines: &[&str], furniture: &mut [bool]) {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    for _round in 0..2 {
        let mut near: Vec<usize> = Vec::new();
        for (k, &i) in non_blank.iter().enumerate() {
            let beside = |j: Option<&usize>| j.is_some_and(|&j| furniture[j]);
            let line = lines[i];
            if !furniture[i]
                && (beside(k.checked_sub(1).and_then(|k| non_blank.get(k))) || beside(non_blank.get(k + 1)))
                && line.len() <= MAX_HEADER
                && !line.chars().next_back().is_some_and(|c| punct::is_sentence_end(c) || punct::is_semicolon(c))
            {
                near.push(i);
            }
        }
        let mut repeats: HashMap<&str, u32> = HashMap::new();
        for &i in &near {
            *repeats.entry(lines[i]).or_default() += 1;
        }
        let mut found = false;
        for &i in &near {
            if repeats[lines[i]] >= MIN_HEADER_REPEATS {
                furniture[i] = true;
                found = true;
            }
        }
        if !found {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of edge bytes holds the bytes the comments name.
    #[test]
    fn edge_table_is_the_byte_tests() {
        for b in 0..=255u8 {
            let starts = matches!(b, b'-' | b'0'..=b'9' | 0xC2 | 0xE2 | 0xE3 | 0xE7 | 0xEF);
            let ends = matches!(b, b'-' | b'0'..=b'9' | 0xB7 | 0xA2 | 0xBB | 0xA5 | 0x80 | 0x8D | 0x90..=0x99 | 0xB5);
            assert_eq!(EDGES[usize::from(b)] & FIRST != 0, starts, "{b:x}");
            assert_eq!(EDGES[usize::from(b)] & LAST != 0, ends, "{b:x}");
        }
    }

    #[test]
    fn page_numbers_in_every_form() {
        // the last bytes of the fast rejection: every dash, digit and 页
        for c in ('\u{0}'..='\u{FFFF}').filter(|&c| is_dash(c) || is_digit(c) || c == '页') {
            let mut buf = [0; 4];
            let last = *c.encode_utf8(&mut buf).as_bytes().last().unwrap_or(&0);
            assert!(matches!(last, b'-' | b'0'..=b'9' | 0x80 | 0x8D | 0x90..=0x99 | 0xB5), "{c:?}");
        }
        // and the first and last bytes of every middle dot
        for c in ('\u{0}'..='\u{FFFF}').filter(|&c| is_dot(c)) {
            let mut buf = [0; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert!(matches!(b[0], 0xC2 | 0xE2 | 0xE3 | 0xEF), "{c:?}");
            assert!(matches!(b[b.len() - 1], 0xB7 | 0xA2 | 0xBB | 0xA5), "{c:?}");
        }
        for s in [
            "— 3 —",
            "—3—",
            "-3-",
            "- 3 -",
            "－3－",
            "－ 12 －",
            "-- 7 --",
            "―\u{3000}1\u{3000}―",
            "— ３ —",
            "第3页",
            "第 3 页",
            "第3页 共12页",
            "第3页，共12页",
            "第 3 页 / 共 12 页",
            "3/12",
            "3 / 12",
            "12/12",
            "·2·",
            "· 12 ·",
            "• 3 •",
        ] {
            assert!(is_page_number(s), "{s}");
        }
        for s in [
            "",
            "3",
            "— 3",
            "3 —",
            "—— 第一章 ——",
            "--- 3 ---",
            "— 12345 —",
            "-4294967296-",
            "第3条",
            "第三页",
            "第3页的内容",
            "第13页 共12页",
            "13/12",
            "0/12",
            "1/1",
            "1.5/2",
            "——坚持以人民为中心。",
            "2022年3月10日",
            "（3）",
            "-3-是",
            "·",
            "·2",
            "·一·",
            "··· 3 ···",
        ] {
            assert!(!is_page_number(s), "{s}");
        }
    }

    #[test]
    fn running_headers_repeat_beside_page_numbers() {
        let lines = [
            "某某市人民政府文件",
            "正文第一段，",
            "— 1 —",
            "",
            "某某市人民政府公报",
            "继续第一段。",
            "第二段的开头",
            "— 2 —",
            "某某市人民政府公报",
            "2024年第3期",
            "第二段的结尾。",
            "— 3 —",
            "某某市人民政府公报",
            "2024年第3期",
            "第三段。",
            "某某市人民政府公报",
        ];
        let mut furniture: Vec<bool> = lines.iter().map(|l| is_page_number(l)).collect();
        mark_running_headers(&lines, &mut furniture);
        let marked: Vec<&str> = (0..lines.len()).filter(|&i| furniture[i]).map(|i| lines[i]).collect();
        assert_eq!(
            marked,
            [
                "— 1 —",
                "某某市人民政府公报",
                "— 2 —",
                "某某市人民政府公报",
                "2024年第3期",
                "— 3 —",
                "某某市人民政府公报",
                "2024年第3期"
            ]
        );
        // a line beside one page number only is no header
        let lines = ["甲", "— 1 —", "乙"];
        let mut furniture = vec![false, true, false];
        mark_running_headers(&lines, &mut furniture);
        assert_eq!(furniture, [false, true, false]);
    }
}
