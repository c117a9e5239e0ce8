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

/// Byte offset of the first character of `s` for which `mark` holds.
///
/// `mark` must hold only for ASCII characters and for characters whose
/// UTF-8 encoding starts with E2, E3 or EF (U+2000..=U+3FFF,
/// U+F000..=U+FFFF): general, CJK and full-width punctuation. Only those are
/// decoded; other characters are stepped over by their lead byte, which is
/// about twice as fast as `str::find` with a closure. The predicates used
/// are checked against that rule in the unit tests.
#[inline]
pub(crate) fn find_mark(s: &str, mark: impl Fn(char) -> bool) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match LEAD[usize::from(x)] {
            Lead::Ascii => {
                if mark(char::from(x)) {
                    return Some(i);
                }
                i += 1;
            }
            Lead::Punct if i + 2 < b.len() => {
                let c = (u32::from(x & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                if char::from_u32(c).is_some_and(&mark) {
                    return Some(i);
                }
                i += 3;
            }
            Lead::Skip(n) => i += usize::from(n),
            Lead::Punct => i += 3,
        }
    }
    None
}

/// What `find_mark` does at a byte: test it (ASCII), decode the character it
/// starts (E2, E3, EF: punctuation blocks), or step over the character.
#[derive(Clone, Copy)]
enum Lead {
    Ascii,
    Punct,
    Skip(u8),
}

/// [`Lead`] of every byte value (continuation bytes, never met at a
/// character start, step one byte).
const LEAD: [Lead; 256] = {
    let mut t = [Lead::Skip(1); 256];
    let mut x = 0;
    while x < 256 {
        t[x] = match x {
            0x00..=0x7F => Lead::Ascii,
            0xC0..=0xDF => Lead::Skip(2),
            0xE2 | 0xE3 | 0xEF => Lead::Punct,
            0xE0..=0xEF => Lead::Skip(3),
            0xF0..=0xFF => Lead::Skip(4),
            _ => Lead::Skip(1),
        };
        x += 1;
    }
    t
};

/// The pieces of `s` between the characters for which `mark` holds, like
/// `s.split(mark)` (empty pieces included), found with [`find_mark`] (the
/// same rule on `mark` applies).
#[inline]
pub(crate) fn split_marks<F: Fn(char) -> bool + Copy>(s: &str, mark: F) -> impl Iterator<Item = &str> + Clone {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_mark(r, mark) {
            Some(i) => {
                let len = r[i..].chars().next().map_or(1, char::len_utf8);
                rest = Some(&r[i + len..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Byte offset of the first [prose mark](is_prose_punct) in `s`: the same
/// answer as `s.find(is_prose_punct)` (see [`find_mark`]).
#[inline]
pub fn find_prose_punct(s: &str) -> Option<usize> {
    find_mark(s, is_prose_punct)
}

/// Whether `s` starts with `w`: its first (up to) three bytes, one CJK
/// character, compared inline and the rest only when they match, which
/// beats `starts_with` where most candidates differ at once (it calls
/// `memcmp` for a length known only at run time).
#[inline]
pub(crate) fn has_prefix(s: &[u8], w: &[u8]) -> bool {
    let k = w.len().min(3);
    s.len() >= w.len() && (0..k).all(|j| s[j] == w[j]) && s[k..w.len()] == w[k..]
}

/// Whether `s` ends with `w`, compared from the end like [`has_prefix`].
#[inline]
pub(crate) fn has_suffix(s: &[u8], w: &[u8]) -> bool {
    let (n, m) = (s.len(), w.len());
    let k = m.min(3);
    n >= m && (1..=k).all(|j| s[n - j] == w[m - j]) && s[n - m..n - k] == w[..m - k]
}

/// `s` without the suffix `w`, if it ends with it ([`has_suffix`]).
#[inline]
pub(crate) fn strip_suffix<'s>(s: &'s str, w: &str) -> Option<&'s str> {
    // a suffix that is valid UTF-8 starts on a character boundary of `s`
    has_suffix(s.as_bytes(), w.as_bytes()).then(|| &s[..s.len() - w.len()])
}

/// White space the grammar skips around lines and markers: ASCII white space,
/// the ideographic space, the no-break space and a stray BOM.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_ascii_whitespace() || c == IDEOGRAPHIC_SPACE || c == NBSP || c == BOM
}

/// Trim [`is_space`] characters from both ends.
///
/// Most text starts and ends with a character that is no space, which one
/// byte at each end shows without decoding: a space starts with an ASCII
/// white-space byte or C2/E3/EF (NBSP, U+3000, BOM) and ends with an ASCII
/// white-space byte or A0/80/BF.
#[inline]
pub fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return s };
    let may_start = first.is_ascii_whitespace() || matches!(first, 0xC2 | 0xE3 | 0xEF);
    let may_end = last.is_ascii_whitespace() || matches!(last, 0xA0 | 0x80 | 0xBF);
    match (may_start, may_end) {
        (false, false) => s,
        (true, false) => s.trim_start_matches(is_space),
        (false, true) => s.trim_end_matches(is_space),
        (true, true) => s.trim_matches(is_space),
    }
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

/// Bit `k` set where `flags[k]` is 1 (every flag 0 or 1): each half read as
/// a little-endian word, whose 0/1 bytes one multiplication gathers into its
/// top byte (the shifted copies never overlap, so nothing carries).
#[inline(always)]
fn lane_mask(flags: &[u8; 16]) -> u32 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let [lo, hi] = [0, 8].map(|at| {
        let word = u64::from_le_bytes(flags[at..at + 8].try_into().unwrap_or([0; 8]));
        (word.wrapping_mul(GATHER) >> 56) as u32
    });
    lo | hi << 8
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
        // vectorised: one flag per lane
        let mut flags = [0u8; LANES];
        for (k, f) in flags.iter_mut().enumerate() {
            *f = u8::from(is_bracket(w[k], w[k + 1], w[k + 2]));
        }
        if flags == [0; LANES] {
            i += LANES;
            continue;
        }
        let mut mask = lane_mask(&flags);
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

    /// A named predicate given to `find_mark`.
    type Mark = (&'static str, fn(char) -> bool);

    /// The predicates given to `find_mark` in the grammar.
    const MARK_PREDICATES: &[Mark] = &[
        ("prose", is_prose_punct),
        ("sentence end or semicolon", |c| is_sentence_end(c) || is_semicolon(c)),
        ("sentence end or colon", |c| is_sentence_end(c) || is_colon(c)),
        ("comma or semicolon", |c| is_comma(c) || is_semicolon(c)),
        ("addressee stop", |c| is_sentence_end(c) || c == BOOK_L || is_colon(c)),
        ("dunhao", |c| c == DUNHAO),
        ("dunhao, comma or semicolon", |c| c == DUNHAO || is_comma(c) || is_semicolon(c)),
        ("not in a name", |c| is_prose_punct(c) || c == BOOK_L || c == BOOK_R || c == '\u{201C}' || c == '\u{201D}'),
    ];

    #[test]
    fn mark_predicates_hold_only_where_find_mark_looks() {
        for &(name, mark) in MARK_PREDICATES {
            for c in (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| mark(c)) {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(c.is_ascii() || matches!(lead, 0xE2 | 0xE3 | 0xEF), "{name}: {c:?}");
            }
        }
    }

    #[test]
    fn marks_found_as_str_find_finds_them() {
        let samples = [
            "",
            "无标点",
            "甲，乙",
            "甲,乙",
            "（一）提高质量。其余",
            "a:b",
            "！",
            "问？",
            "甲；",
            "甲：",
            "《》〔〕、“”（）",
            "ＡＢ",
            "x!y",
            "é，𠀀；",
            "\u{3000}。",
        ];
        for &(name, mark) in MARK_PREDICATES {
            for s in samples {
                assert_eq!(find_mark(s, mark), s.find(mark), "{name}: {s}");
            }
            // every character of the two decoded blocks, and some others
            for c in ('\u{2000}'..='\u{3FFF}').chain('\u{F000}'..='\u{FFFF}').chain(['é', '中', '𠀀', '\u{2018}']) {
                let s = format!("甲{c}乙");
                assert_eq!(find_mark(&s, mark), s.find(mark), "{name}: {c:?}");
            }
            for s in samples.iter().copied().chain(["、甲、、乙、", "甲，乙；丙", "“甲”"]) {
                assert_eq!(split_marks(s, mark).collect::<Vec<_>>(), s.split(mark).collect::<Vec<_>>(), "{name}: {s}");
            }
        }
    }

    #[test]
    fn prefixes() {
        for (s, w) in [
            ("市发展改革委", "市"),
            ("市", "市发展"),
            ("特别行政区", "特别行政区"),
            ("ab", "a"),
            ("", ""),
            ("x", ""),
            ("街镇", "街道"),
        ] {
            assert_eq!(has_prefix(s.as_bytes(), w.as_bytes()), s.starts_with(w), "{s} {w}");
        }
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
        // every space on either side, and characters that share a space's first or last byte
        for sp in [" ", "\t", "\n", "\r", "\u{3000}", "\u{A0}", "\u{FEFF}"] {
            assert_eq!(trim(&format!("{sp}甲{sp}")), "甲");
            assert_eq!(trim(&format!("{sp}{sp}甲")), "甲");
            assert_eq!(trim(&format!("甲{sp}")), "甲");
        }
        for s in ["、甲。", "（甲）", "¢甲¢", "ｗ", "\u{3000}", "", "\u{A0}\u{FEFF}"] {
            assert_eq!(trim(s), s.trim_matches(is_space), "{s:?}");
        }
    }
}
