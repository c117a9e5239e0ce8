//! Small text helpers: CSV/TSV fields, padding by display width for aligned
//! tables.

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

/// A row of fields, joined with `,` (CSV) or a tab (TSV), ending in `\n`
/// (CSV: `\r\n` is not needed by any reader we target; Excel reads `\n`).
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
    out.push('\n');
}

/// Terminal columns taken by `s`: the library's [`gongwen::display_width`],
/// which also places the caret under CJK text (one implementation).
pub use gongwen::display_width;

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
        row(&mut s, &["公安部、发展改革委", "a,b", "say \"hi\"", "line\nbreak", ""], false);
        assert_eq!(s, "公安部、发展改革委,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\n");
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
