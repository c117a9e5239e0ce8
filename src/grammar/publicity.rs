//! 公开属性 lines: how a document is to be made public (or that it is not),
//! a 附注 of the notice (GB/T 9704-2012, 7.3.6) under the date —
//! `（此件公开发布）` `（此件不公开）` `（此件发至乡镇党委）`, and the key-value
//! lines some provinces print (`公开方式：主动公开`, `信息公开选项：依申请公开`,
//! `公开属性：不予公开`). Never a paragraph of the last block.
//!
//! The notice frame (`notice::frame`) reads them among the notes after the
//! date; each test is a few prefix compares. Printed after a covered
//! document (over the 版记, or ending the text), they are the notice's
//! notes too ([`after_document`]): notes carry no span of their own, so a
//! `publicity-note` diagnostic holds their lines' span.

/// Most 公开属性 lines after a covered document (a bracketed note and a
/// key-value line).
const MAX_AFTER: usize = 2;

/// How many of the last `lines` of a covered document (its text after the
/// signature, the 版记 cut off) are 公开属性 lines: at most [`MAX_AFTER`],
/// from the end, and never all of them (a text that is nothing else has
/// no document to follow).
pub(crate) fn after_document<'t>(lines: impl DoubleEndedIterator<Item = &'t str> + ExactSizeIterator) -> usize {
    let n = lines.len();
    let k = lines.rev().take(MAX_AFTER).take_while(|t| is_publicity(t)).count();
    if k == n { 0 } else { k }
}

use crate::punct;

/// The keys of a 公开属性 line.
const KEYS: [&str; 6] = ["信息公开选项", "信息公开属性", "公开方式", "公开属性", "公开选项", "公开类型"];

/// Longest value after a key, in characters (`删减后主动公开`).
const MAX_VALUE: usize = 8;

/// Longest bracketed note of this kind, in characters.
const MAX_BRACKETED: usize = 24;

/// A 公开属性 line: a key of [`KEYS`], a colon and a short value ending in
/// 公开 or 公布 (`主动公开`, `依申请公开`, `不予公开`, `不公开`); or a short
/// bracketed note on this document (`（此件…）`, `（本件…）`) that names its
/// publication or its readers (公开, 公布, 发至, 发到).
pub(crate) fn is_publicity(text: &str) -> bool {
    // (cheap first: the first character of a key or a bracket)
    if !text.starts_with(['信', '公', punct::FW_LPAREN, '(']) {
        return false;
    }
    if let Some(rest) = KEYS.iter().find_map(|k| text.strip_prefix(k)) {
        let Some(value) = punct::trim_start(rest).strip_prefix(punct::is_colon) else { return false };
        let value = punct::trim(value);
        return super::chars_in(value, 2, MAX_VALUE) && (value.ends_with("公开") || value.ends_with("公布"));
    }
    let mut chars = text.chars();
    let bracketed = chars.next().is_some_and(punct::is_lparen) && chars.next_back().is_some_and(punct::is_rparen);
    let inside = chars.as_str();
    bracketed
        && (inside.starts_with("此件") || inside.starts_with("本件"))
        && super::chars_in(inside, 4, MAX_BRACKETED)
        && ["公开", "公布", "发至", "发到"].iter().any(|w| inside.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publicity_lines() {
        for t in [
            "公开方式：主动公开",
            "公开方式: 依申请公开",
            "信息公开选项：主动公开",
            "公开属性：不予公开",
            "公开选项：不公开",
            "（此件公开发布）",
            "（此件不公开）",
            "(此件依申请公开)",
            "（此件发至乡镇党委）",
            "（本件主动公开）",
        ] {
            assert!(is_publicity(t), "{t}");
        }
        for t in [
            "公开方式：在政府网站公开并同步在政务新媒体发布相关解读材料",
            "公开方式",
            "公开透明是政务工作的基本要求。",
            "（此件由县发改局负责解释）",
            "（联系人：李某，电话：1234567）",
            "（本方案自印发之日起施行）",
            "信息公开选项：无",
        ] {
            assert!(!is_publicity(t), "{t}");
        }
    }

    #[test]
    fn lines_after_a_document() {
        let count = |lines: &[&str]| after_document(lines.iter().copied());
        assert_eq!(count(&["各单位要落实。", "公开方式：主动公开"]), 1);
        assert_eq!(count(&["各单位要落实。", "（此件公开发布）", "公开方式：主动公开"]), 2);
        // a last paragraph about publication, a contact line: none
        assert_eq!(count(&["各单位要落实。", "公开方式：通过镇政府网站和村务公开栏向社会公开。"]), 0);
        assert_eq!(count(&["各单位要落实。", "（联系人：李某，电话：1234567）"]), 0);
        // never the whole text, at most two lines
        assert_eq!(count(&["（此件公开发布）"]), 0);
        assert_eq!(count(&["各单位要落实。", "（此件公开发布）", "公开方式：主动公开", "公开属性：主动公开"]), 2);
    }

    /// A covering notice (constructed), the document it covers, then `tail`.
    fn covered(tail: &str) -> String {
        "某某街道办事处关于印发某某工作方案的通知\n各社区居委会：\n现将《某某工作方案》印发给你们，请认真贯彻执行。\n\
         某某街道办事处\n2026年3月2日\n某某工作方案\n一、工作目标\n年底前完成改造。\n二、保障措施\n各科室要加强协作。\n"
            .to_owned()
            + tail
    }

    #[test]
    fn a_publicity_line_after_the_covered_document_is_a_note() {
        for (tail, note) in [
            ("（此件公开发布）\n", "（此件公开发布）"),
            ("公开方式：主动公开\n", "公开方式：主动公开"),
            (
                "公开方式：主动公开\n抄送：区发展改革委。\n某某街道党政办公室　　2026年3月2日印发\n",
                "公开方式：主动公开",
            ),
        ] {
            let text = covered(tail);
            let doc = crate::parse(&text).unwrap();
            let n = doc.notice.as_ref().unwrap();
            assert_eq!(n.notes, [note], "{tail}");
            let last = doc.sections.last().unwrap();
            assert_eq!(last.paragraphs.len(), 1, "{tail}: {:?}", last.paragraphs);
            let d = doc.diagnostics.iter().find(|d| d.code == crate::codes::PUBLICITY_NOTE).expect("a diagnostic");
            assert_eq!(&text[d.span.start..d.span.end], note, "{tail}");
        }
        // a last paragraph about publication stays the document's text
        let text = covered("公开方式：通过街道网站和社区公开栏向社会公开。\n");
        let doc = crate::parse(&text).unwrap();
        assert!(doc.notice.as_ref().unwrap().notes.is_empty());
        assert_eq!(doc.sections.last().unwrap().paragraphs.len(), 2);
        assert!(doc.diagnostics.iter().all(|d| d.code != crate::codes::PUBLICITY_NOTE));
    }
}
