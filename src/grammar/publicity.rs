//! 公开属性 lines: how a document is to be made public (or that it is not),
//! a 附注 of the notice (GB/T 9704-2012, 7.3.6) under the date —
//! `（此件公开发布）` `（此件不公开）` `（此件发至乡镇党委）`, and the key-value
//! lines some provinces print (`公开方式：主动公开`, `信息公开选项：依申请公开`,
//! `公开属性：不予公开`). Never a paragraph of the last block.
//!
//! The notice frame (`notice::frame`) reads them among the notes after the
//! date; each test is a few prefix compares. (Such a line printed after a
//! covered document, over the 版记, is not read yet: the notes carry no
//! span of their own, and the notice's spans end at its signature.)

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
}
