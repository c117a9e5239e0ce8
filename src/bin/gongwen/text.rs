//! Small text helpers: CSV/TSV fields, display width for aligned tables.

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
/// break or leading/trailing space; quotes doubled.
pub fn csv_field(out: &mut String, s: &str) {
    let needs_quotes = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs_quotes {
        out.push('"');
        for c in s.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// One TSV field: tabs and line breaks (which TSV cannot hold) become spaces.
pub fn tsv_field(out: &mut String, s: &str) {
    out.extend(s.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }));
}

/// A row of fields, joined with `,` (CSV) or a tab (TSV). A CSV row ends
/// with CRLF, as RFC 4180 says (every CSV reader also takes it, and Excel
/// needs it for a line break inside a quoted field to stay in its cell); a
/// TSV row with LF.
pub fn row(out: &mut String, fields: &[&str], tsv: bool) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(if tsv { '\t' } else { ',' });
        }
        if tsv {
            tsv_field(out, f);
        } else {
            csv_field(out, f);
        }
    }
    out.push_str(if tsv { "\n" } else { "\r\n" });
}

/// East Asian Wide or Fullwidth: two terminal columns.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD)
}

/// Terminal columns taken by `s`: 2 per CJK (wide or full-width) character,
/// 0 per combining mark or control character, 1 otherwise.
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if is_wide(c) {
                2
            } else if c.is_control() || matches!(c as u32, 0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F) {
                0
            } else {
                1
            }
        })
        .sum()
}

/// `s` padded with spaces on the right to `width` display columns.
pub fn pad_right(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(display_width(s))));
}

/// `s` padded with spaces on the left to `width` display columns.
pub fn pad_left(out: &mut String, s: &str, width: usize) {
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(display_width(s))));
    out.push_str(s);
}

/// `n` with its English noun, pluralised: `1 error`, `2 errors`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        let mut s = String::new();
        row(&mut s, &["公安部、发展改革委", "a,b", "say \"hi\"", "line\nbreak", "", " pad", "cr\r"], false);
        assert_eq!(s, "公安部、发展改革委,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",,\" pad\",\"cr\r\"\r\n");
        let mut t = String::new();
        row(&mut t, &["a\tb", "c\nd"], true);
        assert_eq!(t, "a b\tc d\n");
    }

    #[test]
    fn cjk_counts_two_columns() {
        assert_eq!(display_width("市水务局"), 8);
        assert_eq!(display_width("ab（一）"), 2 + 6);
        let mut s = String::new();
        pad_right(&mut s, "公安部", 8);
        assert_eq!(s, "公安部  ");
        let mut s = String::new();
        pad_left(&mut s, "12", 5);
        assert_eq!(s, "   12");
        assert_eq!(count(1, "error"), "1 error");
        assert_eq!(count(0, "file"), "0 files");
    }
}
