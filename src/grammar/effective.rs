//! When the main document takes effect, as its text states it: `本办法自
//! 2024年1月1日起施行。`, `本通知自印发之日起施行`, an order's `现予公布，自
//! 2024年1月1日起施行`, an adoption note `2019年9月1日 施行`.
//!
//! Read on the last few lines of the main document (where a regulation's
//! 附则 states it), then on the covering notice's body: each line searched
//! once for 起 before a verb of taking effect, a walk back over at most
//! [`MAX_BACK`] characters to its 自 (or 从), and the date or the
//! `X之日` between them. A phrase naming the issue (发布之日, 印发之日 …)
//! resolves to the document's issue date when it is known.

use super::date::{Date, date};
use crate::punct;

/// The last lines of the main document searched.
pub(crate) const TAIL_LINES: usize = 4;
/// Most characters between 自 and 起 (a date, `发布之日`).
const MAX_BACK: usize = 16;
/// Most characters of the clause before 自 that names the document.
const MAX_SUBJECT: usize = 24;

/// What comes after 起: the verbs of taking effect, `正式` allowed before.
const VERBS: [&str; 4] = ["施行", "实施", "执行", "生效"];

/// The acts of issuing a `X之日` names: it resolves to the issue date.
const ISSUES: [&str; 8] = ["发布", "印发", "公布", "颁布", "发文", "下发", "公告", "签发"];

/// Words of the clause before 自 that show it is the document's own
/// statement (本办法, 以上措施, 现予公布): not a cited law's date.
const SUBJECTS: [&str; 5] = ["本", "以上", "公布", "发布", "印发"];

/// 起 in UTF-8: searched by its last byte (one `memchr`, cheaper on short
/// lines than a substring search), then its first two compared.
const QI: [u8; 3] = [0xE8, 0xB5, 0xB7];

/// A statement of when the document takes effect, found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found<'c> {
    /// From 自 to the verb (`自2024年1月1日起施行`), a sub-slice of the line.
    pub(crate) text: &'c str,
    /// The date named; `None` for an issue (`发布之日`), see `on_issue`.
    pub(crate) date: Option<Date>,
    /// Whether it takes effect on the day of its issue.
    pub(crate) on_issue: bool,
}

/// The first statement of taking effect in `text`.
pub(crate) fn find(text: &str) -> Option<Found<'_>> {
    let b = text.as_bytes();
    memchr::memchr_iter(QI[2], b).filter(|&k| k >= 2 && b[k - 2..k] == QI[..2]).find_map(|k| at_qi(text, k - 2))
}

/// The statement whose 起 is at byte `q` of `text`.
fn at_qi<'c>(text: &'c str, q: usize) -> Option<Found<'c>> {
    let after = &text[q + '起'.len_utf8()..];
    let after_verb = after.strip_prefix("正式").unwrap_or(after);
    let verb = VERBS.iter().find(|v| after_verb.starts_with(*v))?;
    let end = text.len() - after_verb.len() + verb.len();
    // (a verb going on, `施行以来`, `实施后`: no statement of this document's)
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| !(punct::is_prose_punct(c) || punct::is_rparen(c) || punct::is_space(c)))
    {
        return None;
    }
    let (z, zc) = text[..q].char_indices().rev().take(MAX_BACK + 1).find(|&(_, c)| c == '自' || c == '从')?;
    let between = &text[z + zc.len_utf8()..q];
    let (date, on_issue) = match between.strip_suffix("之日") {
        // (`本通知印发之日`: the act at its end)
        Some(act) => (None, ISSUES.iter().any(|w| act.ends_with(w))),
        None => {
            let (rest, d) = date(between).ok()?;
            // (`（含）` after the date allowed)
            let rest = punct::trim(rest);
            (rest.is_empty() || rest == "（含）" || rest == "(含)").then_some(())?;
            (Some(d), false)
        }
    };
    if date.is_none() && !on_issue {
        return None;
    }
    // the clause before 自 names the document (本办法) or its issue
    let clause = text[..z]
        .char_indices()
        .rev()
        .take(MAX_SUBJECT)
        .take_while(|&(_, c)| !(c == punct::JUHAO || punct::is_semicolon(c) || punct::is_colon(c)))
        .last()
        .map_or("", |(k, _)| &text[k..z]);
    let own = clause.is_empty() || SUBJECTS.iter().any(|s| clause.contains(s));
    own.then_some(Found { text: &text[z..end], date, on_issue })
}

/// An adoption note that states the day of taking effect:
/// `2019年9月1日 施行`, `2019年9月1日起施行`.
pub(crate) fn adoption_note(text: &str) -> Option<(&str, Date)> {
    let (rest, d) = date(text).ok()?;
    let rest = punct::trim(rest);
    let rest = rest.strip_prefix('起').unwrap_or(rest);
    (rest == "施行" || rest == "实施").then_some((text, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<(&str, Option<String>, bool)> {
        find(t).map(|f| (f.text, f.date.map(|d| d.iso()), f.on_issue))
    }

    #[test]
    fn statements_of_taking_effect() {
        assert_eq!(
            read("第三条　本办法自2024年5月1日起施行。"),
            Some(("自2024年5月1日起施行", Some("2024-05-01".into()), false))
        );
        assert_eq!(read("本通知自印发之日起施行。"), Some(("自印发之日起施行", None, true)));
        assert_eq!(read("本规定自发布之日起实施，有效期5年。"), Some(("自发布之日起实施", None, true)));
        assert_eq!(
            read("《某某规定》已经部务会议通过，现予公布，自二〇二四年一月一日起施行。"),
            Some(("自二〇二四年一月一日起施行", Some("2024-01-01".into()), false))
        );
        assert_eq!(
            read("本实施细则自2025年1月1日起正式执行。"),
            Some(("自2025年1月1日起正式执行", Some("2025-01-01".into()), false))
        );
        assert_eq!(
            read("本办法从2023年7月1日（含）起施行"),
            Some(("从2023年7月1日（含）起施行", Some("2023-07-01".into()), false))
        );
        // a cited law's date, a deadline counted from the issue, no verb
        assert_eq!(read("《某某法》自2021年1月1日起施行以来，成效明显。"), None);
        assert_eq!(read("各地要自本通知印发之日起30日内报送。"), None);
        assert_eq!(read("自2024年起，全面推行某某制度。"), None);
        assert_eq!(read("本办法自收到之日起施行。"), None);
        assert_eq!(read("起施行"), None);
        assert_eq!(read("本办法自本通知印发之日起施行。"), Some(("自本通知印发之日起施行", None, true)));
        assert_eq!(read("本市自2021年1月1日起实施后，成效明显。"), None);
    }

    #[test]
    fn qi_is_searched_by_its_bytes() {
        assert_eq!("起".as_bytes(), QI);
    }

    #[test]
    fn adoption_notes_of_taking_effect() {
        assert_eq!(adoption_note("2019年9月1日 施行").map(|(_, d)| d.iso()).as_deref(), Some("2019-09-01"));
        assert_eq!(adoption_note("2019年9月1日起施行").map(|(_, d)| d.iso()).as_deref(), Some("2019-09-01"));
        assert_eq!(adoption_note("2019年4月20日 某部令第7号公布"), None);
    }
}
