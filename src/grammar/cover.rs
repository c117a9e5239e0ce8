//! The cover of a standard (GB/T 1.1: 国家标准, 行业标准, 地方标准 DB,
//! 团体标准 T/…), as PDF text gives it: its classification codes `ICS
//! 13.020` and `CCS Z 00` (or `中国标准文献分类号`, a `备案号`) and its code
//! (`DB31`, `GB`) over its class (`上海市地方标准`), its number
//! (`DB31/T 1234—2023`) and the one it replaces (`代替 DB31/T 100—2010`),
//! then its title, the title's English equivalent, the dates it is issued
//! and takes effect (`2023-05-10 发布　　2023-08-01 实施`) and the body that
//! issues it (`上海市市场监督管理局　发布`).
//!
//! The notice frame reads the class and number as it reads a red-headed
//! document's mark and 发文字号 (`notice::frame`): this module tells the
//! lines around them, so that none of them joins the title. The lines
//! above the title (codes, class, replaced number) are passed over with an
//! info diagnostic, as a document's mark is; those under it stay preamble
//! paragraphs, told by one info diagnostic. Each test is a prefix or
//! suffix compare on one of a document's first lines.

use crate::punct;

/// Most classification lines over a standard's class.
const MAX_CODES: usize = 4;

/// Longest line of a standard's code alone (`DB31`, `T/CECS`, `GB`).
const MAX_CODE: usize = 16;

/// Whether a line is a classification code or the code of a standard on
/// its cover: `ICS 13.020`, `CCS Z 00`, `中国标准文献分类号：…`, `备案号：…`,
/// or the code alone (`DB31`, `GB`, `T/CAS`: Latin capitals first, then
/// Latin letters, digits and `/`).
pub(crate) fn is_code_line(t: &str) -> bool {
    let b = t.as_bytes();
    if b.starts_with(b"ICS") || b.starts_with(b"CCS") {
        return b.len() > 3 && (b[3] == b' ' || b[3].is_ascii_digit() || t[3..].starts_with(punct::is_space));
    }
    if t.starts_with("中国标准文献分类号") || t.starts_with("备案号") {
        return true;
    }
    (2..=MAX_CODE).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'/')
}

/// How many of `texts`' first lines are classification codes
/// ([`is_code_line`]), at most [`MAX_CODES`]: the lines over a standard's
/// class, when the line after them is one (`class`).
pub(crate) fn codes<'t>(mut texts: impl Iterator<Item = &'t str>, class: impl Fn(&str) -> bool) -> usize {
    let mut k = 0;
    for t in texts.by_ref() {
        if k < MAX_CODES && is_code_line(t) {
            k += 1;
            continue;
        }
        return if k > 0 && class(t) { k } else { 0 };
    }
    0
}

/// The line under a standard's number that names the one it replaces:
/// `代替 DB31/T 100—2010`, `代替GB/T 9704—1999`.
pub(crate) fn is_replaced(t: &str) -> bool {
    t.strip_prefix("代替").is_some_and(|r| punct::trim_start(r).as_bytes().first().is_some_and(u8::is_ascii_uppercase))
}

/// Longest line of the cover under a standard's title, in bytes.
const MAX_UNDER_TITLE: usize = 240;

/// Whether a line under a standard's title is more of its cover: the
/// title's English equivalent (Latin letters, spaces and ASCII marks,
/// starting with a capital), the dates it is issued and takes effect
/// (`2023-05-10 发布`, `…实施`: a digit first), or the body that issues it
/// (`…市场监督管理局　发布`).
pub(crate) fn is_under_title(t: &str) -> bool {
    let b = t.as_bytes();
    if b.is_empty() || b.len() > MAX_UNDER_TITLE {
        return false;
    }
    if b[0].is_ascii_uppercase() {
        return b.iter().all(|&c| c.is_ascii() && c != b'\t') && b.contains(&b' ');
    }
    if b[0].is_ascii_digit() {
        return t.ends_with("实施") || t.ends_with("发布");
    }
    t.ends_with("发布") && punct::find_prose_punct(t).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_standards_cover_lines() {
        for t in ["ICS 13.020", "CCS Z 00", "ICS\u{3000}03.080", "中国标准文献分类号：A12", "DB31", "GB", "T/CAS"]
        {
            assert!(is_code_line(t), "{t}");
        }
        for t in ["ICSA", "I", "DB31/T 1234—2023", "上海市地方标准", "ABCDEFGHIJKLMNOPQ", "关于印发"] {
            assert!(!is_code_line(t), "{t}");
        }
        let class = |t: &str| t.ends_with("地方标准");
        assert_eq!(codes(["ICS 13.020", "CCS Z 00", "DB31", "上海市地方标准", "DB31/T 1—2023"].into_iter(), class), 3);
        assert_eq!(codes(["ICS 13.020", "关于印发"].into_iter(), class), 0);
        assert_eq!(codes(["上海市地方标准"].into_iter(), class), 0);
        assert!(is_replaced("代替 DB31/T 100—2010") && is_replaced("代替GB/T 9704—1999"));
        assert!(!is_replaced("代替原有制度。"));
        for t in [
            "Technical guidelines for energy audit of public institutions",
            "2023-05-10 发布                    2023-08-01 实施",
            "2023-08-01 实施",
            "上海市市场监督管理局  发布",
            "国家市场监督管理总局\u{3000}国家标准化管理委员会\u{3000}发布",
        ] {
            assert!(is_under_title(t), "{t}");
        }
        for t in ["前言", "1　范围", "本文件由某某局发布。", "GB/T", "2023年5月10日"] {
            assert!(!is_under_title(t), "{t}");
        }
    }
}
