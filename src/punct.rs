//! Every punctuation mark the grammar knows, as named constants.
//!
//! Full-width marks are easy to mistype as their ASCII look-alikes, so the
//! grammar never writes them inline: it names them here, with `\u{…}` escapes
//! so that the source is unambiguous at the byte level.

/// `（` FULLWIDTH LEFT PARENTHESIS.
pub const FW_LPAREN: char = '\u{FF08}';
/// `）` FULLWIDTH RIGHT PARENTHESIS.
pub const FW_RPAREN: char = '\u{FF09}';
/// `，` FULLWIDTH COMMA.
pub const FW_COMMA: char = '\u{FF0C}';
/// `：` FULLWIDTH COLON.
pub const FW_COLON: char = '\u{FF1A}';
/// `；` FULLWIDTH SEMICOLON.
pub const FW_SEMICOLON: char = '\u{FF1B}';
/// `．` FULLWIDTH FULL STOP (used after arabic item numbers: `1．`).
pub const FW_DOT: char = '\u{FF0E}';
/// `、` IDEOGRAPHIC COMMA (enumeration comma).
pub const DUNHAO: char = '\u{3001}';
/// `。` IDEOGRAPHIC FULL STOP.
pub const JUHAO: char = '\u{3002}';
/// `〔` LEFT TORTOISE SHELL BRACKET (发文字号 year brackets).
pub const TORTOISE_L: char = '\u{3014}';
/// `〕` RIGHT TORTOISE SHELL BRACKET.
pub const TORTOISE_R: char = '\u{3015}';
/// `［` FULLWIDTH LEFT SQUARE BRACKET.
pub const FW_LBRACKET: char = '\u{FF3B}';
/// `］` FULLWIDTH RIGHT SQUARE BRACKET.
pub const FW_RBRACKET: char = '\u{FF3D}';
/// `【` LEFT BLACK LENTICULAR BRACKET.
pub const LENTICULAR_L: char = '\u{3010}';
/// `】` RIGHT BLACK LENTICULAR BRACKET.
pub const LENTICULAR_R: char = '\u{3011}';
/// `《` LEFT DOUBLE ANGLE BRACKET (book title).
pub const BOOK_L: char = '\u{300A}';
/// `》` RIGHT DOUBLE ANGLE BRACKET.
pub const BOOK_R: char = '\u{300B}';
/// `！` FULLWIDTH EXCLAMATION MARK.
pub const FW_EXCLAMATION: char = '\u{FF01}';
/// `？` FULLWIDTH QUESTION MARK.
pub const FW_QUESTION: char = '\u{FF1F}';
/// `　` IDEOGRAPHIC SPACE (U+3000), used for indentation and padding.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';
/// `\u{FEFF}` byte order mark / zero-width no-break space.
pub const BOM: char = '\u{FEFF}';
/// `\u{A0}` NO-BREAK SPACE (what `&nbsp;` stands for).
pub const NBSP: char = '\u{A0}';

/// Opening round bracket, either width: `（` or `(`.
#[inline]
pub fn is_lparen(c: char) -> bool {
    c == FW_LPAREN || c == '('
}

/// Closing round bracket, either width: `）` or `)`.
#[inline]
pub fn is_rparen(c: char) -> bool {
    c == FW_RPAREN || c == ')'
}

/// Comma that separates groups, either width: `，` or `,`.
#[inline]
pub fn is_comma(c: char) -> bool {
    c == FW_COMMA || c == ','
}

/// Colon, either width: `：` or `:`.
#[inline]
pub fn is_colon(c: char) -> bool {
    c == FW_COLON || c == ':'
}

/// Semicolon, either width: `；` or `;`.
#[inline]
pub fn is_semicolon(c: char) -> bool {
    c == FW_SEMICOLON || c == ';'
}

/// Sentence-ending mark: `。`, `！`, `？` (and their ASCII forms `!` `?`).
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, JUHAO | FW_EXCLAMATION | FW_QUESTION | '!' | '?')
}

/// Any mark that shows a line is running prose rather than a heading or a
/// name: sentence ends, commas, semicolons, colons (either width).
#[inline]
pub fn is_prose_punct(c: char) -> bool {
    is_sentence_end(c) || is_comma(c) || is_semicolon(c) || is_colon(c)
}

/// White space the grammar skips around lines and markers: ASCII white space,
/// the ideographic space, the no-break space and a stray BOM.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_ascii_whitespace() || c == IDEOGRAPHIC_SPACE || c == NBSP || c == BOM
}

/// Trim [`is_space`] characters from both ends.
#[inline]
pub fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// A CJK ideograph or CJK/full-width punctuation: the characters between
/// which a space is a stray.
#[inline]
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3001..=0x303F      // CJK symbols and punctuation (without U+3000)
        | 0x3400..=0x4DBF    // extension A
        | 0x4E00..=0x9FFF    // unified ideographs
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 // full-width punctuation
        | 0x20000..=0x2FA1F) // extensions B… and supplement
}

/// A CJK ideograph only (no punctuation).
#[inline]
pub fn is_ideograph(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// A bracket the grammar tracks, found by [`brackets`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bracket {
    /// `（` or `(`.
    Open,
    /// `）` or `)`.
    Close,
    /// `《`.
    BookOpen,
    /// `》`.
    BookClose,
}

/// The bracket whose UTF-8 encoding starts at `a b c`, if any: `(` `)`,
/// `（` `）` (EF BC 88/89), `《` `》` (E3 80 8A/8B).
#[inline(always)]
fn bracket_at(a: u8, b: u8, c: u8) -> Option<Bracket> {
    match (a, b, c) {
        (b'(', _, _) => Some(Bracket::Open),
        (b')', _, _) => Some(Bracket::Close),
        (0xEF, 0xBC, 0x88) => Some(Bracket::Open),
        (0xEF, 0xBC, 0x89) => Some(Bracket::Close),
        (0xE3, 0x80, 0x8A) => Some(Bracket::BookOpen),
        (0xE3, 0x80, 0x8B) => Some(Bracket::BookClose),
        _ => None,
    }
}

/// Whether `a b c` starts a bracket, branch-free so that a fixed-size loop
/// over it vectorises.
#[inline(always)]
fn is_bracket(a: u8, b: u8, c: u8) -> bool {
    (a == b'(')
        | (a == b')')
        | ((a == 0xEF) & (b == 0xBC) & (c | 1 == 0x89))
        | ((a == 0xE3) & (b == 0x80) & (c | 1 == 0x8B))
}

/// Byte offsets of the round brackets (either width) and book-title brackets
/// in `s`, in order, replacing the contents of `out`. Tests 16 bytes at a
/// time with a branch-free check the compiler vectorises, and decodes
/// nothing.
pub(crate) fn brackets(s: &str, out: &mut Vec<(usize, Bracket)>) {
    const LANES: usize = 16;
    out.clear();
    let b = s.as_bytes();
    let byte = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i + LANES + 2 <= b.len() {
        let w = &b[i..i + LANES + 2];
        // vectorised: is there any bracket in these lanes?
        let mut any = false;
        for k in 0..LANES {
            any |= is_bracket(w[k], w[k + 1], w[k + 2]);
        }
        if !any {
            i += LANES;
            continue;
        }
        // rare: which ones, one bit per lane, then visit the set bits
        let mut mask = 0u32;
        for k in 0..LANES {
            mask |= u32::from(is_bracket(w[k], w[k + 1], w[k + 2])) << k;
        }
        while mask != 0 {
            let k = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if let Some(kind) = bracket_at(w[k], w[k + 1], w[k + 2]) {
                out.push((i + k, kind));
            }
        }
        i += LANES;
    }
    while i < b.len() {
        if let Some(kind) = bracket_at(b[i], byte(i + 1), byte(i + 2)) {
            out.push((i, kind));
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_the_full_width_code_points() {
        assert_eq!("（），：；．、。〔〕《》", {
            let s: String = [
                FW_LPAREN,
                FW_RPAREN,
                FW_COMMA,
                FW_COLON,
                FW_SEMICOLON,
                FW_DOT,
                DUNHAO,
                JUHAO,
                TORTOISE_L,
                TORTOISE_R,
                BOOK_L,
                BOOK_R,
            ]
            .iter()
            .collect();
            s
        });
        assert!(is_lparen('(') && is_lparen(FW_LPAREN) && !is_lparen('['));
        assert!(is_comma(',') && is_comma(FW_COMMA) && !is_comma(DUNHAO));
    }

    #[test]
    fn bracket_events() {
        let mut out = Vec::new();
        brackets("甲（乙(丙)》《丁）", &mut out);
        let kinds: Vec<Bracket> = out.iter().map(|e| e.1).collect();
        use Bracket::*;
        assert_eq!(kinds, [Open, Open, Close, BookClose, BookOpen, Close]);
        assert_eq!(out[0].0, "甲".len());
        brackets("无括号", &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn cjk_classes() {
        assert!(is_cjk('中') && is_cjk(JUHAO) && is_cjk(FW_COMMA));
        assert!(!is_cjk('a') && !is_cjk(IDEOGRAPHIC_SPACE) && !is_cjk('1'));
        assert!(is_ideograph('部') && !is_ideograph(JUHAO));
        assert_eq!(trim("\u{3000} 公安部\t\r"), "公安部");
    }
}
