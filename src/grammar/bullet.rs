//! Markdown list bullets before a heading's marker (`- 1. …`, `* （一）…`,
//! `+ **一、**…`, its bold gone with cleaning), and an ordered list's
//! number before one that is not itself arabic (`1. 一、…`, `2) （二）…`)
//! or before a box's `专栏N` (`1. 专栏1　主要指标`):
//! markdown residue, left by a converter that wrote every heading as a list
//! item. The layout pass cuts
//! the bullet and the spaces after it from the cleaned text
//! (`Cleaned::remove_keeping`, the offset map kept exact), as it cuts page
//! numbers, so that the marker opens its line. A bullet before anything
//! else stays (`- 其他`, a page number `- 6 -`, a metadata pair
//! `- **键**：值`). Cleaning cannot ask this itself: whether a marker
//! follows is the grammar's to say.

use super::boxes;
use super::marker::marker;

/// The length in bytes of a markdown bullet (`-`, `+` or `*`, then ASCII
/// spaces) at the start of `line` (a trimmed cleaned line) before a
/// heading's marker, or of an ordered list's number (one to three digits,
/// `.` or `)`, then ASCII spaces) before a marker that starts with no
/// digit or before a box's `专栏N`; `None` for any other line. One first-byte test rejects almost
/// every line; the marker is read only after a bullet.
#[inline]
pub(crate) fn len(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let number = match b.first() {
        Some(b'-' | b'+' | b'*') => 1,
        // (`1.加快…` is rejected at its second or third byte)
        Some(b'0'..=b'9') => {
            let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
            if digits > 3 || !matches!(b.get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
        _ => return None,
    };
    if !(b.len() > number + 1 && b[number] == b' ') {
        return None;
    }
    let n = number + b[number..].iter().take_while(|&&c| c == b' ').count();
    let rest = &line[n..];
    // (`1. 1.1 …`, `2. 3）…`: numbers of the text's own)
    let ordered = number > 1;
    if ordered && rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // a box's `专栏N` written as a list item too (`1. 专栏1　主要指标`)
    (marker(rest).is_some() || ordered && rest.starts_with(boxes::WORD) && boxes::box_marker(rest).is_some())
        .then_some(n)
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
        // an ordered list's number before a marker of another style
        assert_eq!(len("1. 一、总体要求"), Some(3));
        assert_eq!(len("2.  （一）指导思想"), Some(4));
        assert_eq!(len("10) 第十条 附则"), Some(4));
        // or before a box of a plan (`专栏1` is no heading's marker)
        assert_eq!(len("1. 专栏1　“十四五”时期主要指标"), Some(3));
        assert_eq!(len("2. 专栏2：重点工程"), Some(3));
        assert_eq!(len("1. 专栏期刊"), None);
        // the text's own numbers, a number without a space, a list item
        for line in ["1. 1.1 范围", "1. 2.加快", "1.加快5G网络建设", "1. 加快建设", "2025. 一、", "1."]
        {
            assert_eq!(len(line), None, "{line}");
        }
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
