//! The tool's pretty JSON layout (`gongwen parse --format json`), made
//! independently of its formatter for the tests: serde_json's pretty layout
//! (two spaces per level), except that a non-empty object or array of
//! scalars whose one-line form (members separated by `", "`, keys by `": "`)
//! takes at most `limit` bytes stays on one line.
//!
//! Included with `#[path]` by `tests/cli.rs` and by the unit tests of
//! `src/bin/gongwen/parse.rs`.

#![allow(dead_code)]

/// Compact JSON (which keeps the order of keys) laid out as if it began
/// `level` levels deep.
pub fn leaf_layout(json: &[u8], level: usize, limit: usize) -> String {
    let mut pos = 0;
    let (out, _) = render(json, &mut pos, level, limit);
    assert_eq!(pos, json.len(), "compact JSON expected");
    out
}

/// The value at `pos`, laid out `level` levels deep; whether it is a scalar.
fn render(json: &[u8], pos: &mut usize, level: usize, limit: usize) -> (String, bool) {
    let start = *pos;
    match json[start] {
        open @ (b'{' | b'[') => {
            let close = if open == b'{' { b'}' } else { b']' };
            *pos += 1;
            let mut members: Vec<(String, bool)> = Vec::new();
            while json[*pos] != close {
                if json[*pos] == b',' {
                    *pos += 1;
                }
                let mut member = String::new();
                if open == b'{' {
                    let (key, _) = render(json, pos, level + 1, limit);
                    assert_eq!(json[*pos], b':');
                    *pos += 1;
                    member = key + ": ";
                }
                let (value, scalar) = render(json, pos, level + 1, limit);
                members.push((member + &value, scalar));
            }
            *pos += 1;
            let (o, c) = (char::from(open), char::from(close));
            if members.is_empty() {
                return (format!("{o}{c}"), false);
            }
            let line = format!("{o}{}{c}", members.iter().map(|m| m.0.as_str()).collect::<Vec<_>>().join(", "));
            if members.iter().all(|m| m.1) && line.len() <= limit {
                return (line, false);
            }
            let inner = "  ".repeat(level + 1);
            let lines: Vec<String> = members.iter().map(|m| format!("{inner}{}", m.0)).collect();
            (format!("{o}\n{}\n{}{c}", lines.join(",\n"), "  ".repeat(level)), false)
        }
        b'"' => {
            *pos += 1;
            while json[*pos] != b'"' {
                *pos += if json[*pos] == b'\\' { 2 } else { 1 };
            }
            *pos += 1;
            (String::from_utf8(json[start..*pos].to_vec()).unwrap(), true)
        }
        _ => {
            while *pos < json.len() && !matches!(json[*pos], b',' | b']' | b'}' | b':') {
                *pos += 1;
            }
            (String::from_utf8(json[start..*pos].to_vec()).unwrap(), true)
        }
    }
}
