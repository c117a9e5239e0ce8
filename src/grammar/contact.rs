//! Contact lines printed before a signature (`联系人：张某　电话：0571-…`,
//! `联系电话：…`, `（联系人：王某，电话：…）`): a request, a report, a letter or a
//! notice of a meeting names who answers for it there. GB/T 9704 puts them
//! in the 附注 (a 请示 注明联系人的姓名和电话), so they are the notice's
//! notes, never a paragraph of the last block, the text of a 附件 entry, the
//! 署名 or the 成文日期.
//!
//! Read only on the few lines right before the signature: the contact
//! lines, with the closing formula (妥否，请批示。) and the 附件 list among
//! or before them.

use super::attachment;
use crate::punct;
use crate::source::Line;

/// The words that open a contact line, before its colon.
const KEYS: [&str; 19] = [
    "联系人",
    "联系电话",
    "联系方式",
    "联系邮箱",
    "联系地址",
    "咨询电话",
    "监督电话",
    "举报电话",
    "投诉电话",
    "经办人",
    "电话",
    "传真",
    "电子邮箱",
    "邮箱",
    "通讯地址",
    "通信地址",
    "地址",
    "邮编",
    "邮政编码",
];

/// Longest contact line, in bytes (a name, two numbers and an address).
const MAX_BYTES: usize = 3 * 100;

/// Most lines read back from a signature: contact lines, a closing formula
/// and a 附件 list.
const MAX_TAIL: usize = 12;

/// Whether `text` is a contact line: one of [`KEYS`], white space allowed
/// before the colon, then something after it; in round brackets or not.
/// One first-character test rejects every other line.
pub(crate) fn is_contact(text: &str) -> bool {
    if text.len() > MAX_BYTES
        || !text.starts_with(['联', '咨', '监', '举', '投', '经', '电', '传', '邮', '通', '地', '（', '('])
    {
        return false;
    }
    let inner = match text.strip_prefix(punct::is_lparen) {
        Some(rest) => match rest.strip_suffix(punct::is_rparen) {
            Some(inner) => inner,
            None => return false,
        },
        None => text,
    };
    let inner = punct::trim(inner);
    // (one sentence: text after a 。 is another line run on, 附件：…)
    if inner.find(punct::JUHAO).is_some_and(|p| p + punct::JUHAO.len_utf8() < inner.len()) {
        return false;
    }
    KEYS.iter().filter_map(|k| inner.strip_prefix(k)).any(|rest| {
        let rest = rest.trim_start_matches(punct::is_space);
        rest.strip_prefix(punct::is_colon).is_some_and(|value| !punct::trim(value).is_empty())
    })
}

/// The contact lines among the last lines of `lines[start..end]`, where
/// `end` is the first line of the signature: a run read back from `end`
/// over contact lines, closing formulas and the 附件 list (its label line
/// and the numbered entries under it). Indices into `lines`, in order;
/// empty (no allocation) when the line before the signature is none of
/// these.
pub(crate) fn before_signature(lines: &[Line<'_>], start: usize, end: usize) -> Vec<usize> {
    let from = end.saturating_sub(MAX_TAIL).max(start);
    let mut found = Vec::new();
    if from >= end {
        return found;
    }
    // (the 附件 list starts at its label line; the entries under it are
    // numbered items)
    let list_at = (from..end).find(|&k| attachment::attach_line(lines[k].text).is_some());
    let mut k = end;
    // (continuation lines read so far, kept only under a contact line)
    let mut pending = 0;
    while k > from {
        let t = lines[k - 1].text;
        if is_contact(t) {
            found.extend((k..k + pending).rev());
            pending = 0;
            found.push(k - 1);
        } else if is_continuation(t) {
            pending += 1;
        } else if pending == 0 && (super::notice::is_closing(t) || list_at.is_some_and(|a| k > a)) {
            // (between the contact lines and the signature)
        } else {
            break;
        }
        k -= 1;
    }
    found.reverse();
    found
}

/// Longest line that continues a contact line, in bytes.
const MAX_CONTINUATION_BYTES: usize = 3 * 40;

/// Fewest digits of the telephone number that ends a continuation line.
const MIN_PHONE_DIGITS: usize = 7;

/// A line under a contact line that names another contact (`县人力社保局　周某
/// 0571-63700002`): short, no prose punctuation, ending in a telephone number.
fn is_continuation(text: &str) -> bool {
    if text.len() > MAX_CONTINUATION_BYTES || !text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = text.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b'-').filter(u8::is_ascii_digit).count();
    digits >= MIN_PHONE_DIGITS && punct::find_prose_punct(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::test_lines as lines;

    #[test]
    fn contact_lines() {
        for t in [
            "联系人：王某某，电话：0571-63812345。",
            "联系人：刘某某　　联系电话：13812345678",
            "联系电话：0571-87654321",
            "联系人 ：陈某",
            "（联系人：黄某，联系电话：0571-85000000）",
            "电话：0571-63700000",
            "经办人：张某",
            "联系方式：张某 13900001111",
            "通讯地址：某某区某某路100号",
            "监督电话：0571-63333333",
            "举报电话：12345",
            "邮编：310000",
        ] {
            assert!(is_contact(t), "{t}");
        }
        for t in [
            "联系人：",
            "联系群众，服务群众。",
            "联系人制度要落实到位。",
            "电话费补贴标准另行制定。",
            "经研究，现批复如下：",
            "（一）联系人：张某",
            "联系人：张某，电话：0571-63711111。附件：某某规划",
            "某某乡人民政府",
            "",
        ] {
            assert!(!is_contact(t), "{t}");
        }
    }

    #[test]
    fn read_back_from_the_signature() {
        let text =
            "正文。\n妥否，请批示。\n附件：损失统计表\n联系人：刘某　电话：13812345678\n某某乡人民政府\n2025年7月8日\n";
        let ls = lines(text);
        assert_eq!(before_signature(&ls, 0, 4), [3]);
        // before the 附件 list, its entries numbered
        let text = "正文。\n联系人：王某，电话：123\n附件：1.参会回执\n2.会议议程\n某县人民政府办公室\n";
        let ls = lines(text);
        assert_eq!(before_signature(&ls, 0, 4), [1]);
        // two lines, after a closing formula
        let text = "正文。\n此复。\n联系人：黄某\n联系电话：0571-85000000\n某市财政局\n";
        let ls = lines(text);
        assert_eq!(before_signature(&ls, 0, 4), [2, 3]);
        // a second contact under the first, its body, name and number
        let text =
            "正文。\n联系人：县委组织部　孙某　0571-63700001\n县人力社保局　周某　0571-63700002\n某县人力社保局\n";
        let ls = lines(text);
        assert_eq!(before_signature(&ls, 0, 3), [1, 2]);
        // such a line with no contact line above it: none
        let text = "正文。\n县人力社保局　周某　0571-63700002\n某县人力社保局\n";
        let ls = lines(text);
        assert!(before_signature(&ls, 0, 2).is_empty());
        // a contact line inside the text, prose after it: none
        let text = "正文。\n联系人：黄某\n请各单位按时报送。\n某市财政局\n";
        let ls = lines(text);
        assert!(before_signature(&ls, 0, 3).is_empty());
        assert!(before_signature(&ls, 2, 2).is_empty());
    }
}
