//! The marks of a 公文's 版头 (GB/T 9704-2012, 7.2) around the issuing
//! body's mark and the 发文字号, which are neither title nor text:
//!
//! - over the 发文机关标志, on the first lines, each on its own line or
//!   several on one: the 份号 (a copy's number, six digits: `000158`), the
//!   密级和保密期限 (`机密★1年`, `秘密★6个月`, `绝密`) and the 紧急程度
//!   (`特急`, `加急`; a telegram's `特提` `平急`);
//! - the 签发人 of a request or report (上行文), printed on the 发文字号's
//!   line to its right (`某县政〔2026〕21号　　签发人：王某某`: the inline
//!   pass cuts it off as a line of its own) and, when several sign, their
//!   names stacked under it (`签发人：张某某` / `王某某`).
//!
//! The notice frame (`notice::frame`) passes over them with an info
//! diagnostic, as it passes over the 发文机关标志. Each test is a few byte
//! compares on one of the first lines of a text, or on the lines right
//! under its 发文字号.

use super::numeral::is_digit;
use crate::punct;

/// Most lines of marks over the 发文机关标志: 份号, 密级, 紧急程度.
const MAX_MARK_LINES: usize = 3;

/// Longest line of marks, in bytes (`000158　机密★10年　特急` is 33).
const MAX_MARKS_BYTES: usize = 48;

/// The levels of secrecy (密级).
const SECRECY: [&str; 3] = ["绝密", "机密", "秘密"];

/// The degrees of urgency (紧急程度; 特提 and 平急 of telegrams).
const URGENCY: [&str; 4] = ["特急", "加急", "特提", "平急"];

/// The word that names the 签发人.
const SIGNER: &str = "签发人";

/// Most names of 签发人 (joint requests list one per issuer).
const MAX_SIGNERS: usize = 6;

/// How many of the first lines are marks over the 发文机关标志
/// ([`is_marks_line`]), at most [`MAX_MARK_LINES`].
pub(crate) fn leading<'t>(texts: impl Iterator<Item = &'t str>) -> usize {
    texts.take(MAX_MARK_LINES).take_while(|t| is_marks_line(t)).count()
}

/// A line of the marks over the 发文机关标志: one or more of a copy's
/// number, a secrecy level with its term, a degree of urgency, parted by
/// white space (`000158`, `机密★1年`, `特急`, `000036　秘密★1年　加急`).
pub(crate) fn is_marks_line(text: &str) -> bool {
    // (cheap first: a short line opening with a digit, ASCII or full-width,
    // or with the first character of a mark)
    if text.len() > MAX_MARKS_BYTES
        || !text.starts_with(|c: char| is_digit(c) || matches!(c, '份' | '绝' | '机' | '秘' | '特' | '加' | '平'))
    {
        return false;
    }
    text.split(punct::is_space).filter(|p| !p.is_empty()).all(is_mark)
}

/// One mark: [`is_copy_number`], [`is_secrecy`] or a degree of urgency
/// (`特急`, `特急·明电`).
fn is_mark(p: &str) -> bool {
    is_copy_number(p)
        || is_secrecy(p)
        || URGENCY.iter().any(|u| p.strip_prefix(u).is_some_and(|r| r.is_empty() || is_telegram(r)))
}

/// `·明电` / `明电` after a degree of urgency (a telegram's).
fn is_telegram(r: &str) -> bool {
    let r = r.strip_prefix(punct::MIDDLE_DOT).or_else(|| r.strip_prefix(punct::KATAKANA_MIDDLE_DOT)).unwrap_or(r);
    r == "明电"
}

/// A copy's number (份号): five to eight digits, ASCII or full-width,
/// alone (GB/T 9704 prints six: `000158`; a year alone is none); one to
/// eight after `份号`.
fn is_copy_number(p: &str) -> bool {
    let (p, least) = match p.strip_prefix("份号") {
        Some(r) => (r.trim_start_matches(punct::is_colon), 1),
        None => (p, 5),
    };
    // (all digits first: a part of another mark is rejected on its first
    // character)
    p.chars().all(is_digit) && (least..=8).contains(&p.chars().count())
}

/// A secrecy level and its term (`机密★1年`, `秘密★6个月`, `绝密★长期`,
/// `机密`): a level of [`SECRECY`], then, after a star, a term of at most
/// six characters in digits, numerals and 年 个 月 长期.
fn is_secrecy(p: &str) -> bool {
    let Some(rest) = SECRECY.iter().find_map(|s| p.strip_prefix(s)) else { return false };
    if rest.is_empty() {
        return true;
    }
    let Some(term) = rest.strip_prefix([punct::BLACK_STAR, punct::WHITE_STAR, '*']) else { return false };
    let n = term.chars().count();
    (1..=6).contains(&n) && term.chars().all(|c| is_digit(c) || "年个月长期一二三四五六七八九十".contains(c))
}

/// A 签发人 line (`签发人：王某某`, `签发人:张某某　李某某`): the word, a
/// colon and one to [`MAX_SIGNERS`] persons' names.
pub(crate) fn is_signer_line(text: &str) -> bool {
    text.strip_prefix(SIGNER)
        .map(punct::trim_start)
        .and_then(|r| r.strip_prefix(punct::is_colon))
        .is_some_and(|names| is_names(punct::trim(names)))
}

/// One to [`MAX_SIGNERS`] persons' names parted by white space or 、: two
/// to four ideographs each (`·` inside allowed).
fn is_names(text: &str) -> bool {
    let mut k = 0;
    for name in text.split(|c| punct::is_space(c) || c == punct::DUNHAO).filter(|p| !p.is_empty()) {
        k += 1;
        let n = name.chars().count();
        if k > MAX_SIGNERS
            || !(2..=4).contains(&n)
            || !name.chars().all(|c| punct::is_ideograph(c) || c == punct::MIDDLE_DOT)
        {
            return false;
        }
    }
    k > 0
}

/// How many lines from `texts`' first are the 签发人 under a 发文字号: a
/// 签发人 line ([`is_signer_line`]), then the names stacked under it, a
/// line of names alone each; none but after a 签发人 line.
pub(crate) fn signers<'t>(mut texts: impl Iterator<Item = &'t str>) -> usize {
    if !texts.next().is_some_and(is_signer_line) {
        return 0;
    }
    1 + texts.take(MAX_SIGNERS - 1).take_while(|t| is_names(t)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_over_the_issuing_body_s_mark() {
        for t in [
            "000158",
            "０００１５８",
            "份号：000012",
            "机密★1年",
            "秘密★6个月",
            "绝密★长期",
            "机密",
            "特急",
            "加急",
            "特提",
        ] {
            assert!(is_marks_line(t), "{t}");
        }
        assert!(is_marks_line("000036　秘密★1年　加急"));
        assert!(is_marks_line("特急·明电"));
        for t in [
            "2026",
            "12",
            "特急通知",
            "机密文件管理办法",
            "秘密★",
            "加急办理有关事项",
            "某某市人民政府办公室文件",
            "特别急",
            "一、总体要求",
            "000158国务院办公厅",
        ] {
            assert!(!is_marks_line(t), "{t}");
        }
        let lines = ["000158", "机密★1年", "特急", "国务院办公厅", "国办发〔2026〕1号"];
        assert_eq!(leading(lines.into_iter()), 3);
        assert_eq!(leading(["国务院办公厅", "特急"].into_iter()), 0);
    }

    #[test]
    fn signers_under_a_number() {
        assert!(is_signer_line("签发人：王某某"));
        assert!(is_signer_line("签发人: 张某某　李某某"));
        assert!(is_signer_line("签发人：欧阳某某、王某"));
        assert!(!is_signer_line("签发人：某某县人民政府办公室主任"));
        assert!(!is_signer_line("签发人签发后印发"));
        assert_eq!(signers(["签发人：张某某", "王某某", "某某县人民政府关于某某的请示"].into_iter()), 2);
        assert_eq!(signers(["签发人：张某某　王某某", "关于某某的请示"].into_iter()), 1);
        // a name alone is none but under a 签发人 line
        assert_eq!(signers(["王某某", "关于某某的请示"].into_iter()), 0);
    }
}
