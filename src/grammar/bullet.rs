//! Markdown list bullets before a heading's marker (`- 1. …`, `* （一）…`,
//! `+ **一、**…`, its bold gone with cleaning): markdown residue, left by a
//! converter that wrote every heading as a list item. The layout pass cuts
//! the bullet and the spaces after it from the cleaned text
//! (`Cleaned::remove_keeping`, the offset map kept exact), as it cuts page
//! numbers, so that the marker opens its line. A bullet before anything
//! else stays (`- 其他`, a page number `- 6 -`, a metadata pair
//! `- **键**：值`). Cleaning cannot ask this itself: whether a marker
//! follows is the grammar's to say.

use super::marker::marker;

/// The length in bytes of a markdown bullet (`-`, `+` or `*`, then ASCII
/// spaces) at the start of `line` (a trimmed cleaned line) before a
/// heading's marker; `None` for any other line. One first-byte test
/// rejects almost every line; the marker is read only after a bullet.
#[inline]
pub(crate) fn len(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    if !(b.len() > 2 && matches!(b[0], b'-' | b'+' | b'*') && b[1] == b' ') {
        return None;
    }
    let n = 1 + b[1..].iter().take_while(|&&c| c == b' ').count();
    marker(&line[n..]).is_some().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;

    #[test]
    fn a_bullet_before_a_marker() {
        assert_eq!(len("- 一、总体要求"), Some(2));
        assert_eq!(len("* （一）指导思想"), Some(2));
        assert_eq!(len("+ 1. 建立台账"), Some(2));
        assert_eq!(len("-   2. 定期调度"), Some(4));
        assert_eq!(len("- 第三章 附则"), Some(2));
        assert_eq!(len("- ①加强领导"), Some(2));
        // anything else keeps its dash
        for line in ["- 其他", "- 6 -", "-6-", "- 文档类型：政策类", "-1. 无空格", "- ", "-", "——任务3：", "* 注：略"]
        {
            assert_eq!(len(line), None, "{line}");
        }
    }

    /// The cleaned text the productions read, and raw spans of its lines.
    #[test]
    fn the_layout_pass_cuts_bullets_and_keeps_the_map() {
        let raw = "- 一、总体要求\n* （一）指导思想\r\n+ **1.** 建立台账\n-  2. 定期调度\n- 其他\n温度-5 度\n2025-06-01 发布\n  - （1）缩进的列表\n";
        let mut src = Source::new(raw);
        super::super::layout::unwrap(&mut src);
        let text = src.clean.text.as_ref();
        assert_eq!(
            text,
            "一、总体要求\n（一）指导思想\r\n1. 建立台账\n2. 定期调度\n- 其他\n温度-5 度\n2025-06-01 发布\n  （1）缩进的列表\n"
        );
        for needle in ["（一）指导思想", "2. 定期调度", "1. 建立台账", "（1）缩进的列表", "- 其他"]
        {
            let s = text.find(needle).unwrap();
            let span = src.span_of(&text[s..s + needle.len()]);
            let got = &raw[span.start..span.end];
            assert_eq!(got.replace("**", ""), needle);
        }
        // the lines the grammar reads start with the markers
        let lines: Vec<&str> = src.lines().iter().map(|l| l.text).take(4).collect();
        assert_eq!(lines, ["一、总体要求", "（一）指导思想", "1. 建立台账", "2. 定期调度"]);
    }
}
