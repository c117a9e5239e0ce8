//! Physical lines → logical lines: joins the line breaks that are not
//! paragraph breaks, before any other production reads the text.
//!
//! - A line that starts with a mark that cannot start a line (。，、；：）》”
//!   …) continues the line before it — web extractors split a heading
//!   element from its sentence-final 。 this way.
//! - Hard-wrapped text (copied out of a PDF): when most long lines share one
//!   display width `W` and none is much wider, a line that fills the width
//!   continues into the next one, unless the next one starts a heading right
//!   after a sentence end. A line shorter than `W` ends its paragraph.
//!
//! The joins are removed from the cleaned text as `LineWrap` residue, so
//! spans still point at the raw bytes and every later production sees one
//! line per paragraph.

use super::marker::marker;
use crate::clean::Residue;
use crate::punct;
use crate::source::Source;

/// Narrowest width (in display columns, CJK = 2) that counts as wrapped.
const MIN_WRAP_WIDTH: usize = 40;
/// Fewest different lines that must fill the width for a text to count as
/// wrapped (a few equal lines — repeated names — do not make a wrap).
const MIN_FILLED: usize = 5;
/// Widths are counted up to this many columns; wider lines share the last
/// bucket.
const BUCKETS: usize = 512;
/// A line within this many columns of the wrap width fills it.
const SLACK: usize = 3;

/// Display width: ASCII 1 column, a BOM none, anything else 2 (CJK text).
/// Counted on bytes (ASCII bytes, and lead bytes of other characters) so
/// that it vectorises.
fn width(s: &str) -> usize {
    // byte lanes: each byte weighs 0, 1 or 2; at most 127 bytes per chunk
    // so that a u8 sum cannot overflow
    let mut w = 0usize;
    for chunk in s.as_bytes().chunks(127) {
        let sum = chunk.iter().fold(0u8, |n, &b| n + u8::from(b < 0x80) + 2 * u8::from(b >= 0xC0));
        w += usize::from(sum);
    }
    if s.starts_with(punct::BOM) { w - 2 } else { w }
}

/// A mark that cannot start a line (kinsoku): it belongs to the line before.
fn is_continuation_start(c: char) -> bool {
    matches!(
        c,
        punct::JUHAO
            | punct::FW_COMMA
            | punct::DUNHAO
            | punct::FW_SEMICOLON
            | punct::FW_COLON
            | punct::FW_RPAREN
            | punct::BOOK_R
            | punct::TORTOISE_R
            | punct::LENTICULAR_R
            | punct::FW_EXCLAMATION
            | punct::FW_QUESTION
            | '\u{201D}' // ”
            | '\u{2019}' // ’
            | '\u{300D}' // 」
            | '\u{300F}' // 』
    )
}

/// A mark after which a heading may start a new paragraph.
fn is_terminal(c: char) -> bool {
    punct::is_sentence_end(c)
        || punct::is_semicolon(c)
        || punct::is_colon(c)
        || punct::is_rparen(c)
        || matches!(c, '.' | '\u{201D}' | '\u{2019}' | punct::BOOK_R | '\u{300D}' | '\u{300F}')
}

/// One physical line: cleaned offsets of its trimmed content.
struct Phys {
    start: usize,
    end: usize,
    width: usize,
}

/// The wrap width of a hard-wrapped text, if it is one.
fn wrap_width(text: &str, lines: &[Phys]) -> Option<usize> {
    let mut hist = [0u32; BUCKETS + 1];
    let mut long = 0u32;
    for l in lines {
        if l.width >= MIN_WRAP_WIDTH {
            hist[l.width.min(BUCKETS)] += 1;
            long += 1;
        }
    }
    if (long as usize) < MIN_FILLED {
        return None;
    }
    // wider[w]: lines wider than w, a suffix sum (linear, not quadratic)
    let mut wider_than = [0u32; BUCKETS + 2];
    for w in (0..=BUCKETS).rev() {
        wider_than[w] = wider_than[w + 1] + hist[w];
    }
    let mut best: Option<(u32, usize)> = None;
    for w in MIN_WRAP_WIDTH..BUCKETS {
        if hist[w] == 0 {
            continue;
        }
        let filled: u32 = hist[w.saturating_sub(SLACK)..=w].iter().sum();
        let wider: u32 = wider_than[(w + SLACK + 1).min(BUCKETS + 1)];
        if wider * 20 <= long.max(20) && best.is_none_or(|(c, _)| filled > c) {
            best = Some((filled, w));
        }
    }
    let (filled, w) = best?;
    if filled * 10 < long * 3 {
        return None;
    }
    let mut distinct: Vec<&str> =
        lines.iter().filter(|l| (w - SLACK..=w).contains(&l.width)).map(|l| &text[l.start..l.end]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    (distinct.len() >= MIN_FILLED).then_some(w)
}

/// Join continuation lines in `src`'s cleaned text.
pub(crate) fn unwrap(src: &mut Source<'_>) {
    unwrap_lines(src, true);
}

/// Join continuation lines; without `join_heading_breaks`, a heading line
/// whose 。 an extractor put on the next line stays a line of its own (so
/// that the cleaned text, parsed again, still shows the heading).
pub(crate) fn unwrap_lines(src: &mut Source<'_>, join_heading_breaks: bool) {
    let text = src.clean.text.as_str();
    let raw = src.raw;
    let mut lines: Vec<Phys> = Vec::with_capacity(text.len() / 64 + 1);
    src.work(text.len() + BUCKETS);
    for (at, piece) in crate::source::pieces(text) {
        let trimmed = punct::trim(piece);
        let lead = trimmed.as_ptr() as usize - piece.as_ptr() as usize;
        let start = at + if trimmed.is_empty() { 0 } else { lead };
        // the width a reader of the raw text sees, residue included: the
        // wrapping was done before any cleaning. A width is at most the
        // byte length and at least half of it, so a line of more than
        // 2 × BUCKETS bytes fills the last bucket and one shorter than the
        // narrowest wrap can keep its byte length: neither needs measuring
        let width = if piece.len() > 2 * BUCKETS {
            BUCKETS
        } else {
            let raw_from = if at == 0 { 0 } else { src.clean.raw_end(at) };
            let raw_to = if at + piece.len() == text.len() { raw.len() } else { src.clean.raw_start(at + piece.len()) };
            let raw_line = raw.get(raw_from..raw_to.max(raw_from)).unwrap_or("").trim_end_matches('\r');
            match raw_line.len() {
                n if n > 2 * BUCKETS => BUCKETS,
                n if n + SLACK < MIN_WRAP_WIDTH => n,
                _ => width(raw_line),
            }
        };
        lines.push(Phys { start, end: start + trimmed.len(), width });
    }
    let wrap = wrap_width(text, &lines);
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let mut breaks: Vec<usize> = Vec::new();
    let mut prev: Option<usize> = None; // last non-blank line
    for (i, l) in lines.iter().enumerate() {
        if l.start == l.end {
            continue;
        }
        let line = &text[l.start..l.end];
        if let Some(p) = prev {
            let before = &lines[p];
            let first = line.chars().next().unwrap_or(' ');
            let adjacent = p + 1 == i;
            let kinsoku = is_continuation_start(first);
            let before_text = &text[before.start..before.end];
            // a heading may start after a sentence end, or right after
            // another heading line that happens to fill the width
            let heading = || {
                marker(line).is_some()
                    && (before_text.chars().next_back().is_some_and(is_terminal) || marker(before_text).is_some())
            };
            let full = wrap.is_some_and(|w| before.width + SLACK >= w);
            let wrapped = adjacent && full && !heading();
            if kinsoku || wrapped {
                let heading_break = first == punct::JUHAO && !full;
                if heading_break {
                    // the line before was a heading on its own: its 。 ends it
                    breaks.push(src.clean.raw_start(l.start));
                }
                if join_heading_breaks || !heading_break {
                    joins.push((before.end, l.start));
                }
            }
        }
        prev = Some(i);
    }
    src.set_heading_breaks(breaks);
    if joins.is_empty() {
        // the text stays as it is: its lines are known already
        let offsets = lines.iter().filter(|l| l.start < l.end).map(|l| (l.start, l.end)).collect();
        src.set_lines(offsets);
    } else {
        src.clean.remove(&joins, Residue::LineWrap);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unwrapped(raw: &str) -> String {
        let mut src = Source::new(raw);
        unwrap(&mut src);
        src.clean.text
    }

    #[test]
    fn kinsoku_lines_join_the_line_before() {
        assert_eq!(
            unwrapped("——任务1：协同开展编制工作\n。强化城市总体规划。\n下一段"),
            "——任务1：协同开展编制工作。强化城市总体规划。\n下一段"
        );
        assert_eq!(unwrapped("甲\n\n，乙"), "甲，乙");
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let para = "各类城市要根据资源环境承载能力和经济社会发展实际需求畅通在本地稳定就业生活的农业转移人口举家进城落户渠道城区常住人口三百万以下城市落实全面取消落户限制政策。";
        let mut wrapped = String::from("一、总体要求\n");
        let paras: Vec<String> = ["甲", "乙", "丙"].iter().map(|p| format!("{p}{para}")).collect();
        for para in &paras {
            let chars: Vec<char> = para.chars().collect();
            for chunk in chars.chunks(25) {
                wrapped.extend(chunk);
                wrapped.push('\n');
            }
        }
        wrapped.push_str("（一）指导思想。\n");
        let out = unwrapped(&wrapped);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5, "{out}");
        assert_eq!(lines[1], paras[0]);
        assert_eq!(lines[3], paras[2]);
        assert_eq!(lines[4], "（一）指导思想。");
    }

    #[test]
    fn unwrapped_text_is_left_alone() {
        let text = "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n（二）工作目标。到2022年，建成以中国政府网政务新媒体为龙头的政务新媒体矩阵体系。\n";
        assert_eq!(unwrapped(text), text);
    }
}
