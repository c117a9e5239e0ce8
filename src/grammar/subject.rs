//! Subject labels: a paragraph that opens with a label ending in 主体 and
//! its colon (`排查主体：`, `责任主体：`, `实施主体：`) names who does the work
//! it describes — `排查主体：原则上由街道专职网格化巡查人员每日开展巡查。`,
//! `责任主体：区水务局。` — and that one is responsible for it.
//!
//! The label says the name after it is the work's subject, so staff named
//! by their post (`…巡查人员`, `…办公室工作人员`) are read as the body here,
//! and nowhere else. After the colon an adverb of the rule (原则上, 一般,
//! 主要) and 由 may stand before the name; the name is the first one the
//! body-name rules know (see [`super::request::name_at`]), the text up to
//! its first mark when it is all a body's name, or staff: ideographs
//! ending in 人员 within [`MAX_NAME`] characters.
//!
//! Cost: asked only of a paragraph whose first characters before a colon
//! are ideographs and no body's name ([`super::duty::colon_duty`], which
//! finds that colon for its own rule), on the label's last bytes first.

use crate::punct;

/// The last word of a subject label.
const LABEL_END: &str = "主体";

/// Fewest and most characters of a label, 主体 counted.
const LABEL_CHARS: (usize, usize) = (2, 6);

/// Adverbs of a rule before the name (longest first where one starts
/// another).
const ADVERBS: [&str; 4] = ["原则上", "一般由", "一般", "主要"];

/// The word that ends the name of staff.
const STAFF: &str = "人员";

/// Most characters of a name.
const MAX_NAME: usize = 24;

/// The name a subject label gives: `label`, the ideographs before a
/// paragraph's colon, and `rest`, what follows the colon (see
/// [`super::duty::colon_head`]).
pub(crate) fn subject_of<'s>(label: &str, rest: &'s str) -> Option<&'s str> {
    // (its last bytes first: most labels end otherwise)
    if !punct::has_suffix(label.as_bytes(), LABEL_END.as_bytes())
        || !super::chars_in(label, LABEL_CHARS.0, LABEL_CHARS.1)
    {
        return None;
    }
    let mut rest = rest;
    if let Some(r) = ADVERBS.iter().find_map(|a| rest.strip_prefix(a)) {
        rest = r;
    }
    rest = rest.strip_prefix('由').unwrap_or(rest);
    let clause = &rest[..punct::find_prose_punct(rest).unwrap_or(rest.len())];
    if clause.is_empty() {
        return None;
    }
    // staff named by their post
    let head = punct::head(clause, MAX_NAME * 3);
    if let Some(at) = head.find(STAFF) {
        let name = &clause[..at + STAFF.len()];
        if super::chars_in(name, 3, MAX_NAME) && super::all_ideographs(name) {
            return Some(name);
        }
    }
    if super::prose::is_subject(clause) {
        return Some(clause);
    }
    super::request::name_at(clause).map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name the subject label opening `text` gives.
    fn subject(text: &str) -> Option<&str> {
        let (label, rest) = super::super::duty::colon_head(text)?;
        subject_of(label, rest)
    }

    #[test]
    fn staff_and_bodies_after_a_subject_label() {
        for (text, want) in [
            ("排查主体：原则上由街道专职网格化巡查人员每日开展巡查。", "街道专职网格化巡查人员"),
            ("检查主体：由区市场监管局工作人员开展检查，确保每季度全覆盖。", "区市场监管局工作人员"),
            ("巡查主体：居委会专兼职消防工作人员。", "居委会专兼职消防工作人员"),
            ("责任主体：区水务局。", "区水务局"),
            ("实施主体：一般由区住房城乡建设管理委负责组织实施。", "区住房城乡建设管理委"),
            ("整改主体：主要由县应急管理局牵头开展整改。", "县应急管理局"),
        ] {
            assert_eq!(subject(text), Some(want), "{text}");
        }
    }

    #[test]
    fn what_names_no_subject() {
        for text in [
            // other labels
            "排查对象：街面、沿街商铺等场所。",
            "排查重点：消防设施完好情况。",
            // a subject that is no body nor staff
            "责任主体：各类市场主体。",
            "排查主体：原则上每日开展巡查。",
            // a label too long, or 主体 in the text
            "街道消防安全综合治理排查主体：由网格巡查人员开展。",
            "落实企业主体责任：企业负责人要…",
            "压实主体：",
            // a mark inside the label
            "（排查）主体：由网格巡查人员开展。",
        ] {
            assert_eq!(subject(text), None, "{text}");
        }
    }
}
