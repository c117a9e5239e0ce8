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

/// [`FW_RPAREN`]'s bytes, for compares and searches on bytes (the
/// encoding of [`utf8_3`], as the mark sets have theirs).
pub(crate) const FW_RPAREN_BYTES: &[u8] = &utf8_3(FW_RPAREN);
/// [`FW_COMMA`]'s bytes.
pub(crate) const FW_COMMA_BYTES: &[u8] = &utf8_3(FW_COMMA);
/// [`FW_COLON`]'s bytes.
pub(crate) const FW_COLON_BYTES: &[u8] = &utf8_3(FW_COLON);
/// [`FW_SEMICOLON`]'s bytes.
pub(crate) const FW_SEMICOLON_BYTES: &[u8] = &utf8_3(FW_SEMICOLON);
/// [`DUNHAO`]'s bytes.
pub(crate) const DUNHAO_BYTES: &[u8] = &utf8_3(DUNHAO);
/// `〔` LEFT TORTOISE SHELL BRACKET (发文字号 year brackets).
pub const TORTOISE_L: char = '\u{3014}';
/// `〕` RIGHT TORTOISE SHELL BRACKET.
pub const TORTOISE_R: char = '\u{3015}';
/// `﹝` SMALL LEFT TORTOISE SHELL BRACKET: many web pages write a
/// 发文字号's year in it (`国办发﹝2019﹞5号`).
pub const SMALL_TORTOISE_L: char = '\u{FE5D}';
/// `﹞` SMALL RIGHT TORTOISE SHELL BRACKET.
pub const SMALL_TORTOISE_R: char = '\u{FE5E}';
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
/// `“` LEFT DOUBLE QUOTATION MARK.
pub const QUOTE_L: char = '\u{201C}';
/// `”` RIGHT DOUBLE QUOTATION MARK.
pub const QUOTE_R: char = '\u{201D}';
/// `》` RIGHT DOUBLE ANGLE BRACKET.
pub const BOOK_R: char = '\u{300B}';
/// 号, which ends every 发文字号 (not punctuation: an ideograph).
// read by the set macros' tests only (the text index tests its bytes)
#[cfg_attr(not(test), allow(dead_code))]
pub const HAO: char = '\u{53F7}';
/// `！` FULLWIDTH EXCLAMATION MARK.
pub const FW_EXCLAMATION: char = '\u{FF01}';
/// `？` FULLWIDTH QUESTION MARK.
pub const FW_QUESTION: char = '\u{FF1F}';
/// `　` IDEOGRAPHIC SPACE (U+3000), used for indentation and padding.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';
/// `·` MIDDLE DOT (inside a transliterated name, `阿依古丽·某某`; after a
/// degree of urgency, `特急·明电`).
pub const MIDDLE_DOT: char = '\u{B7}';
/// `・` KATAKANA MIDDLE DOT, which input methods give for `·`.
pub const KATAKANA_MIDDLE_DOT: char = '\u{30FB}';
/// `★` BLACK STAR, between a secrecy level and its term (`机密★1年`).
pub const BLACK_STAR: char = '\u{2605}';
/// `☆` WHITE STAR, typed for [`BLACK_STAR`].
pub const WHITE_STAR: char = '\u{2606}';
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

/// The brackets a document number's year stands in, each opening mark with
/// its closing one: `〔2025〕` (the standard's), `﹝2025﹞`, `[2025]`,
/// `［2025］`, `【2025】`, `（2025）`, `(2025)`. One set for every reader of
/// a year so written (发文字号, the numbers of minutes, citations).
pub const YEAR_BRACKETS: [(char, char); 7] = [
    (TORTOISE_L, TORTOISE_R),
    (SMALL_TORTOISE_L, SMALL_TORTOISE_R),
    ('[', ']'),
    (FW_LBRACKET, FW_RBRACKET),
    (LENTICULAR_L, LENTICULAR_R),
    (FW_LPAREN, FW_RPAREN),
    ('(', ')'),
];

/// Whether `c` opens a year bracket (see [`YEAR_BRACKETS`]).
#[inline]
pub fn is_year_open(c: char) -> bool {
    YEAR_BRACKETS.iter().any(|&(open, _)| open == c)
}

/// Whether `c` closes a year bracket (see [`YEAR_BRACKETS`]).
#[inline]
pub fn is_year_close(c: char) -> bool {
    YEAR_BRACKETS.iter().any(|&(_, close)| close == c)
}

/// The mark that closes the year bracket `open` opens, `None` when `open`
/// opens none (see [`YEAR_BRACKETS`]).
#[inline]
pub fn year_close(open: char) -> Option<char> {
    YEAR_BRACKETS.iter().find(|&&(o, _)| o == open).map(|&(_, close)| close)
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

/// Em dash `—` (ranges of years: 2023—2025年).
pub const EM_DASH: char = '\u{2014}';
/// En dash `–`.
pub const EN_DASH: char = '\u{2013}';
/// Horizontal bar `―`, typed for an em dash.
pub const HORIZONTAL_BAR: char = '\u{2015}';
/// Full-width hyphen-minus `－`.
pub const FW_HYPHEN: char = '\u{FF0D}';
/// Full-width solidus `／` (a separator of a date in numbers, `2023／5／10`).
pub const FW_SOLIDUS: char = '\u{FF0F}';
/// Full-width vertical line `｜` (a separator of a page's links).
pub const FW_VERTICAL_LINE: char = '\u{FF5C}';
/// Full-width tilde `～`.
pub const FW_TILDE: char = '\u{FF5E}';
/// Wave dash `〜`.
pub const WAVE_DASH: char = '\u{301C}';

/// Box-drawing light horizontal `─`, a rule of a Word export's 版记.
pub const BOX_LIGHT_HORIZONTAL: char = '\u{2500}';
/// Box-drawing heavy horizontal `━`.
pub const BOX_HEAVY_HORIZONTAL: char = '\u{2501}';
/// Box-drawing double horizontal `═`.
pub const BOX_DOUBLE_HORIZONTAL: char = '\u{2550}';
/// Full-width low line `＿`.
pub const FW_LOW_LINE: char = '\u{FF3F}';
/// Full-width equals sign `＝`.
pub const FW_EQUALS: char = '\u{FF1D}';

/// A character a printed rule is drawn with (`────`, `━━━`, `————`,
/// `____`, `====`): box-drawing horizontals, dashes, hyphens, low lines
/// and equals signs of either width.
#[inline]
pub fn is_rule_char(c: char) -> bool {
    matches!(
        c,
        BOX_LIGHT_HORIZONTAL
            | BOX_HEAVY_HORIZONTAL
            | BOX_DOUBLE_HORIZONTAL
            | EM_DASH
            | EN_DASH
            | HORIZONTAL_BAR
            | FW_HYPHEN
            | FW_LOW_LINE
            | '-'
            | '_'
            | '='
            | FW_EQUALS
    )
}

/// A mark between the ends of a range (2023—2025年, 2023-2025, 3～6月):
/// dashes, hyphens and tildes of either width.
#[inline]
pub fn is_range_mark(c: char) -> bool {
    matches!(c, '-' | '~' | EM_DASH | EN_DASH | HORIZONTAL_BAR | FW_HYPHEN | FW_TILDE | WAVE_DASH)
}

/// Where a heading or a notice part may start inside a line (after it,
/// white space skipped): `。`, a semicolon, colon or closing round bracket
/// (either width), or U+3000 (a run of it is an indentation).
// the oracle of the `InlineBreak` set's test; the grammar searches the set
#[cfg_attr(not(test), allow(dead_code))]
#[inline]
pub fn is_inline_break(c: char) -> bool {
    c == JUHAO || is_semicolon(c) || is_colon(c) || is_rparen(c) || c == IDEOGRAPHIC_SPACE
}

/// Any mark that shows a line is running prose rather than a heading or a
/// name: sentence ends, commas, semicolons, colons (either width).
#[inline]
pub fn is_prose_punct(c: char) -> bool {
    is_sentence_end(c) || is_comma(c) || is_semicolon(c) || is_colon(c)
}

/// The marks of a set that [`find_marks`] searches for: ASCII characters
/// and characters of three UTF-8 bytes (every mark the grammar splits text
/// on is one or the other).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marks {
    ascii: &'static [u8],
    wide: &'static [[u8; 3]],
}

/// A set of marks, known at compile time: [`find_marks`] and
/// [`split_marks`] get one copy each per set, in which every byte compare
/// is a vector compare against a constant. Each set is tested against the
/// predicate it stands for, over all of Unicode.
pub(crate) trait MarkSet {
    /// The marks.
    const MARKS: Marks;
}

/// The UTF-8 encoding of a character of three bytes (U+0800..=U+FFFF).
pub(crate) const fn utf8_3(c: char) -> [u8; 3] {
    let c = c as u32;
    assert!(c >= 0x800 && c <= 0xFFFF);
    [0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]
}

impl Marks {
    /// Whether every mark is ASCII or starts with E2, E3 or EF: the marks
    /// that [`find_marks`] can find in a short text (see [`walk`]).
    const fn punctuation_only(&self) -> bool {
        let mut k = 0;
        while k < self.wide.len() {
            if !matches!(self.wide[k][0], 0xE2 | 0xE3 | 0xEF) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// The bytes a mark of the set starts with, when there are at most
    /// three (its ASCII marks and the lead bytes of its wide ones): then
    /// `memchr` finds the candidates (see [`find_marks`]). The lead bytes
    /// of punctuation are rare in CJK text, whose ideographs start with
    /// E4 to E9.
    const fn first_bytes(&self) -> Option<([u8; 3], usize)> {
        let mut out = [0u8; 3];
        let mut n = 0;
        let mut k = 0;
        while k < self.ascii.len() + self.wide.len() {
            let b = if k < self.ascii.len() { self.ascii[k] } else { self.wide[k - self.ascii.len()][0] };
            let mut seen = false;
            let mut j = 0;
            while j < n {
                seen |= out[j] == b;
                j += 1;
            }
            if !seen {
                if n == 3 {
                    return None;
                }
                out[n] = b;
                n += 1;
            }
            k += 1;
        }
        if n == 0 { None } else { Some((out, n)) }
    }

    /// Whether `c` is in the set.
    #[cfg(test)]
    pub(crate) fn contains(&self, c: char) -> bool {
        let mut buf = [0; 4];
        let e = c.encode_utf8(&mut buf).as_bytes();
        match *e {
            [a] => self.ascii.contains(&a),
            [a, b, c] => self.wide.contains(&[a, b, c]),
            _ => false,
        }
    }

    /// Whether a mark of the set starts with the bytes `a b c` (branch-free,
    /// so that a fixed-size loop over it vectorises). Only character starts
    /// can match: an ASCII byte or the lead byte of a three-byte character.
    #[inline(always)]
    fn at(&self, a: u8, b: u8, c: u8) -> bool {
        let mut hit = false;
        for &x in self.ascii {
            hit |= a == x;
        }
        for w in self.wide {
            hit |= (a == w[0]) & (b == w[1]) & (c == w[2]);
        }
        hit
    }

    /// Bit `k` set where a mark starts at `w[k]`.
    #[inline(always)]
    fn mask(&self, w: &[u8; LANES + 2]) -> u32 {
        let mut flags = [0u8; LANES];
        for (k, f) in flags.iter_mut().enumerate() {
            *f = u8::from(self.at(w[k], w[k + 1], w[k + 2]));
        }
        if flags == [0; LANES] { 0 } else { lane_mask(&flags) }
    }
}

/// Bytes tested at a time by [`find_marks`], [`brackets`] and [`window_positions`].
pub(crate) const LANES: usize = 16;

/// Define mark sets: a zero-sized type each, with its marks.
macro_rules! mark_sets {
    ($($(#[$doc:meta])* $name:ident: ascii $ascii:literal, wide [$($wide:expr),* $(,)?];)*) => {$(
        $(#[$doc])*
        pub(crate) struct $name;
        impl MarkSet for $name {
            const MARKS: Marks = Marks { ascii: $ascii, wide: &[$(utf8_3($wide)),*] };
        }
    )*};
}

mark_sets! {
    /// [`is_prose_punct`], and 会, 研 and 负, which start the words that
    /// prose responsibility needs (会同, 研究提出, 负责). Only for [`mark_positions`]:
    /// the ideographs are no punctuation. (`grammar::prose` finds them
    /// through a cheaper filter of its own; a test checks the two agree.)
    #[cfg_attr(not(test), allow(dead_code))]
    ProseOrTrigger: ascii b"!?,;:", wide [JUHAO, FW_EXCLAMATION, FW_QUESTION, FW_COMMA, FW_SEMICOLON, FW_COLON, '会', '研', '负'];
    /// [`is_prose_punct`].
    Prose: ascii b"!?,;:", wide [JUHAO, FW_EXCLAMATION, FW_QUESTION, FW_COMMA, FW_SEMICOLON, FW_COLON];
    /// [`is_sentence_end`] or [`is_semicolon`].
    SentenceEndOrSemicolon: ascii b"!?;", wide [JUHAO, FW_EXCLAMATION, FW_QUESTION, FW_SEMICOLON];
    /// [`is_sentence_end`] or [`is_colon`].
    SentenceEndOrColon: ascii b"!?:", wide [JUHAO, FW_EXCLAMATION, FW_QUESTION, FW_COLON];
    /// [`is_comma`] or [`is_semicolon`].
    CommaOrSemicolon: ascii b",;", wide [FW_COMMA, FW_SEMICOLON];
    /// [`is_comma`], [`is_semicolon`], an ASCII space or U+3000: what
    /// separates the labels of an unbracketed run
    /// (`牵头单位：A　配合单位：B`).
    CommaSemicolonOrSpace: ascii b",; ", wide [FW_COMMA, FW_SEMICOLON, IDEOGRAPHIC_SPACE];
    /// What an addressee line holds none of: [`is_sentence_end`], [`BOOK_L`], [`is_colon`].
    AddresseeStop: ascii b"!?:", wide [JUHAO, FW_EXCLAMATION, FW_QUESTION, BOOK_L, FW_COLON];
    /// Where a heading or a notice part may start inside a line (see
    /// `grammar::inline`): 。, semicolons, colons, a closing round
    /// bracket, and U+3000 (a run of it is an indentation). Few marks, so
    /// that the search over every line stays cheap.
    InlineBreak: ascii b";:)", wide [JUHAO, FW_SEMICOLON, FW_COLON, FW_RPAREN, IDEOGRAPHIC_SPACE];
    /// [`is_lparen`] or [`is_rparen`].
    RoundBrackets: ascii b"()", wide [FW_LPAREN, FW_RPAREN];
    /// [`DUNHAO`] alone.
    Dunhao: ascii b"", wide [DUNHAO];
    /// [`JUHAO`] alone (`str::find` looks for its last byte, which many
    /// ideographs share, and checks each one it finds).
    Juhao: ascii b"", wide [JUHAO];
    /// [`is_comma`].
    Comma: ascii b",", wide [FW_COMMA];
    /// What [`brackets`] records: round brackets of either width,
    /// book-title brackets, the line break, and 号, the ideograph that ends a
    /// 发文字号 (`grammar::reference` reads only the lines holding 《 or 号).
    /// Only for [`mark_positions`]: 号 is no punctuation. ([`brackets`] finds
    /// these marks through a cheaper filter of its own and 号 by a substring
    /// search; a test checks the two agree.)
    #[cfg_attr(not(test), allow(dead_code))]
    BracketsOrNewline: ascii b"()\n", wide [FW_LPAREN, FW_RPAREN, BOOK_L, BOOK_R, HAO];
    /// [`DUNHAO`], [`is_comma`] or [`is_semicolon`].
    DunhaoCommaSemicolon: ascii b",;", wide [DUNHAO, FW_COMMA, FW_SEMICOLON];
    /// [`DUNHAO`], [`is_comma`], [`is_semicolon`], [`is_lparen`] or
    /// [`is_rparen`]: what bounds the items of a list of bodies, brackets
    /// aside (`grammar::table`).
    ItemBounds: ascii b",;()", wide [DUNHAO, FW_COMMA, FW_SEMICOLON, FW_LPAREN, FW_RPAREN];
    /// What a run-in title holds none of, in most cases (see
    /// `grammar::block::is_run_in_title`): commas, semicolons, the colon
    /// of a label (`春节：2月4日至10日放假`, `春节:…` in half-width marks), and
    /// the characters of the words of obligation and permission (须, 不得,
    /// 应, 可, 要). Only for [`has_marks`]: the ideographs are no punctuation.
    TitleStops: ascii b",;:", wide [FW_COMMA, FW_SEMICOLON, FW_COLON, '须', '得', '应', '可', '要'];
    /// 和, 及 and 与, on which a list item may join two bodies (see
    /// `grammar::clause::split_joined`). Only for [`has_marks`]: the
    /// ideographs are no punctuation.
    Joins: ascii b"", wide ['和', '及', '与'];
    /// The ideographs of which every deadline phrase holds one (年, 月 and
    /// 季 of dates, 期 of 长期, 续 of 持续, 常 of 常态化 and 经常, 每, 五 of
    /// a plan's period, “十四五”末, 内 of a time counted from the
    /// document, 印发之日起30日内): a phrase is looked for only just before an
    /// anchor (see `grammar::deadline`). Only for [`mark_positions`]: the
    /// ideographs are no punctuation.
    DeadlineAnchors: ascii b"", wide ['年', '月', '季', '期', '续', '常', '每', '五', '内'];
    /// The anchors of dated deadline phrases (and of 每年, 每月, 每季度, a
    /// time counted from the document), for the task text before a clause.
    /// Only for [`mark_positions`]. (Not 五 of a plan's period: a fifth
    /// anchor costs this search about 0.3 % of a parse.)
    DateAnchors: ascii b"", wide ['年', '月', '季', '内'];
    /// What a body's name holds none of: [`is_prose_punct`], book-title
    /// brackets and double quotation marks.
    NotInName: ascii b"!?,;:", wide [
        JUHAO, FW_EXCLAMATION, FW_QUESTION, FW_COMMA, FW_SEMICOLON, FW_COLON, BOOK_L, BOOK_R, '\u{201C}', '\u{201D}',
    ];
}

/// Byte offset of the first mark of the set `M` in `s`: the same answer as
/// `s.find(|c| M::MARKS.contains(c))`.
///
/// Tests 16 bytes at a time, each against every mark of the set, without a
/// branch per character: a walk over the characters waits on each one's
/// length before it reads the next, and mispredicts where the kind of
/// character changes, which costs more than the compares once a text is
/// longer than a few characters. Shorter texts are walked: by the lead byte
/// of each character, comparing only ASCII characters and those that start
/// with E2, E3 or EF (the punctuation blocks).
#[inline(never)]
pub(crate) fn find_marks<M: MarkSet>(s: &str) -> Option<usize> {
    const { assert!(M::MARKS.punctuation_only(), "find_marks takes sets of punctuation (see has_marks)") };
    let set = &M::MARKS;
    let b = s.as_bytes();
    if b.len() < LANES + 2 {
        return walk(b, set);
    }
    // a set whose marks start with at most three different bytes (。 alone,
    // 、 alone, ，/, …): those bytes are searched with memchr, and each one
    // found is tested as a mark (it may start another character)
    if let Some((first, n)) = const { M::MARKS.first_bytes() } {
        let byte = |i: usize| b.get(i).copied().unwrap_or(0);
        let mut from = 0;
        loop {
            let hay = &b[from..];
            let k = match n {
                1 => memchr::memchr(first[0], hay),
                2 => memchr::memchr2(first[0], first[1], hay),
                _ => memchr::memchr3(first[0], first[1], first[2], hay),
            }?;
            let i = from + k;
            if set.at(b[i], byte(i + 1), byte(i + 2)) {
                return Some(i);
            }
            from = i + 1;
        }
    }
    let mut i = 0;
    while let Some(w) = b.get(i..).and_then(<[u8]>::first_chunk::<{ LANES + 2 }>) {
        let mask = set.mask(w);
        if mask != 0 {
            return Some(i + mask.trailing_zeros() as usize);
        }
        i += LANES;
    }
    // the last bytes: the window that ends with the text, without the lanes
    // tested already (1 to LANES + 2 of them)
    let last = b.len() - (LANES + 2);
    let w = b[last..].first_chunk::<{ LANES + 2 }>()?;
    let seen = i - last;
    let mask = set.mask(w) >> seen << seen;
    if mask != 0 {
        return Some(last + mask.trailing_zeros() as usize);
    }
    // the last two bytes start no mark of three bytes; an ASCII one is
    // tested on its own
    (b.len().saturating_sub(2).max(i)..b.len()).find(|&k| set.at(b[k], 0, 0))
}

/// Whether `s` holds a mark of the set `M`. Unlike [`find_marks`], the set
/// may hold any characters of three bytes, such as ideographs (see
/// [`mark_positions`], which finds the first).
#[inline(never)]
pub(crate) fn has_marks<M: MarkSet>(s: &str) -> bool {
    mark_positions::<M>(s).next().is_some()
}

/// The byte offsets of every mark of the set `M` in `s`, in order, as
/// `s.match_indices(|c| M::MARKS.contains(c))` finds them. The set may hold
/// any characters of three bytes, such as ideographs (a lead byte of three
/// starts a character wherever it stands): every byte position is tested,
/// 16 bytes at a time, the last ones (and a short text) zero-padded.
pub(crate) fn mark_positions<M: MarkSet>(s: &str) -> MarkPositions<'_, M> {
    window_positions::<M>(s.as_bytes())
}

/// A test of [`LANES`] byte positions at a time: bit `k` of `mask(w)` set
/// where a character of interest may start at `w[k]` (the two bytes after
/// the last lane are there to read a character of three bytes whole). A
/// mark set's test is exact; a filter's may be a superset its caller
/// checks candidate by candidate.
pub(crate) trait WindowFilter {
    /// The lanes of `w` where a character of interest may start.
    fn mask(w: &[u8; LANES + 2]) -> u32;
}

impl<M: MarkSet> WindowFilter for M {
    #[inline(always)]
    fn mask(w: &[u8; LANES + 2]) -> u32 {
        M::MARKS.mask(w)
    }
}

/// The byte offsets in `b`, in order, where the filter `F` flags a lane:
/// every byte position tested, [`LANES`] at a time, the last ones (and a
/// short text) zero-padded — so a filter must flag nothing on zero bytes.
pub(crate) fn window_positions<F: WindowFilter>(b: &[u8]) -> MarkPositions<'_, F> {
    MarkPositions { b, next: 0, base: 0, mask: 0, set: std::marker::PhantomData }
}

/// Iterator of [`mark_positions`] and [`window_positions`].
pub(crate) struct MarkPositions<'s, M> {
    b: &'s [u8],
    /// Offset of the next window to read.
    next: usize,
    /// Offset of the window `mask` was read from.
    base: usize,
    /// Marks of that window not yet returned (bit `k`: offset `base + k`).
    mask: u32,
    set: std::marker::PhantomData<M>,
}

impl<M: WindowFilter> Iterator for MarkPositions<'_, M> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let rest = self.b.get(self.next..).filter(|r| !r.is_empty())?;
            self.mask = match rest.first_chunk::<{ LANES + 2 }>() {
                Some(w) => M::mask(w),
                None => {
                    // zero bytes match no mark: a mark must end in the text
                    let mut w = [0u8; LANES + 2];
                    w[..rest.len()].copy_from_slice(rest);
                    M::mask(&w)
                }
            };
            self.base = self.next;
            self.next += LANES;
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k)
    }
}

/// [`find_marks`] in a short text: character by character.
#[inline(always)]
fn walk(b: &[u8], set: &Marks) -> Option<usize> {
    let mut k = 0;
    while let Some(&x) = b.get(k) {
        match LEAD[usize::from(x)] {
            Lead::Ascii => {
                if set.at(x, 0, 0) {
                    return Some(k);
                }
                k += 1;
            }
            Lead::Punct => {
                if let Some(&[y, z]) = b.get(k + 1..).and_then(<[u8]>::first_chunk::<2>) {
                    if set.at(x, y, z) {
                        return Some(k);
                    }
                }
                k += 3;
            }
            Lead::Skip(n) => k += usize::from(n),
        }
    }
    None
}

/// What [`walk`] does at a byte: test it (ASCII), test the character it
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

/// The pieces of `s` between the marks of the set `M`, like
/// `s.split(|c| M::MARKS.contains(c))` (empty pieces included), found with
/// [`find_marks`].
#[inline]
/// The length in bytes of the character that starts at byte `i` of `s` (a
/// character boundary, as the mark searches return), read off its lead
/// byte: a mark found by a search is stepped over without decoding it.
pub(crate) fn len_at(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        None => 0,
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b < 0xE0 => 2,
        Some(&b) if b < 0xF0 => 3,
        Some(_) => 4,
    }
}

pub(crate) fn split_marks<M: MarkSet>(s: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_marks::<M>(r) {
            Some(i) => {
                rest = Some(&r[i + len_at(r, i)..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Byte offset of the first ASCII full stop in `s` that ends a sentence of
/// CJK text typed with half-width marks (`主体资质.检查…`, `…检查情况.`):
/// right after a non-ASCII character and not before an ASCII letter or
/// digit (`1.5`, `第3.2条`, `www.gov.cn` never qualify). `memchr` finds the
/// candidates; cost is a search of the text for `.`.
pub fn find_cjk_period(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr_iter(b'.', b)
        .find(|&p| p > 0 && b[p - 1] >= 0x80 && !b.get(p + 1).is_some_and(|n| n.is_ascii_alphanumeric()))
}

/// Byte offset of the last 。 in `s`: the same answer as
/// `s.rfind(JUHAO)`, found by `memrchr` on its lead byte E3, which CJK
/// ideographs (E4–E9) never start with, where `rfind` stops at every 0x82,
/// a continuation byte of many ideographs.
pub(crate) fn rfind_juhao(s: &str) -> Option<usize> {
    const J: [u8; 3] = utf8_3(JUHAO);
    let b = s.as_bytes();
    memchr::memrchr_iter(J[0], b).find(|&k| b[k..].starts_with(&J))
}

/// Byte offset of the first [prose mark](is_prose_punct) in `s`: the same
/// answer as `s.find(is_prose_punct)`, found 16 bytes at a time.
#[inline]
pub fn find_prose_punct(s: &str) -> Option<usize> {
    find_marks::<Prose>(s)
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
/// the ideographic space, the no-break space and a stray BOM. The cleaning
/// pass turns the other spaces ([`is_other_space`]) into ASCII spaces, or
/// removes them between CJK characters.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_ascii_whitespace() || c == IDEOGRAPHIC_SPACE || c == NBSP || c == BOM
}

/// [`is_space`] within a line: every one but the line break (`\n`), for
/// look-backs and look-aheads that must stop at the line's edge.
#[inline]
pub fn is_inline_space(c: char) -> bool {
    c != '\n' && is_space(c)
}

/// The spaces of General Punctuation: U+2000–U+200A (en, em, thin, hair
/// spaces …), U+202F narrow no-break space, U+205F medium mathematical space.
/// Web pages indent with them; the cleaning pass replaces a run of them by an
/// ASCII space (or removes it between CJK characters), so that the grammar
/// and [`trim`] never meet one.
#[inline]
pub fn is_other_space(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}')
}

/// An invisible formatting character: soft hyphen, Arabic letter mark,
/// zero-width space, non-joiner and joiner, left-to-right and right-to-left
/// marks, the bidi embeddings, overrides and isolates, word joiner and the
/// other invisible operators, which the cleaning pass removes wherever they
/// stand, and a BOM (zero-width no-break space), which it removes at the
/// start and [`trim`] at a line's edges.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{61C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | BOM)
}

/// The first `max` bytes of `text` at most, cut back to a character
/// boundary: the window a search needs no more than.
#[inline]
pub fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The last `max` bytes of `text` at most, cut forward to a character
/// boundary (its offset in `text` is `text.len() - tail(text, max).len()`).
#[inline]
pub fn tail(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// Trim [`is_space`] characters from both ends.
///
/// Most text starts and ends with a character that is no space, which one
/// byte at each end shows without decoding: a space starts with an ASCII
/// white-space byte or C2/E3/EF (NBSP, U+3000, BOM) and ends with an ASCII
/// white-space byte or A0/80/BF.
///
/// (The byte tests are inlined into every caller, the trimming itself is
/// out of line: inlined whole, the function was too large to be inlined
/// at most of its callers, which then paid a call and the saving of
/// registers for the two byte tests most texts need.)
#[inline]
pub fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return s };
    let may_start = first.is_ascii_whitespace() || matches!(first, 0xC2 | 0xE3 | 0xEF);
    let may_end = last.is_ascii_whitespace() || matches!(last, 0xA0 | 0x80 | 0xBF);
    if may_start || may_end { trim_spaces(s, may_start, may_end) } else { s }
}

/// [`trim`] of a text whose first byte (`start`) or last byte (`end`) may
/// belong to a space.
#[inline(never)]
fn trim_spaces(s: &str, start: bool, end: bool) -> &str {
    match (start, end) {
        (true, false) => s.trim_start_matches(is_space),
        (false, true) => s.trim_end_matches(is_space),
        _ => s.trim_matches(is_space),
    }
}

/// Trim [`is_space`] characters from the start: one byte shows that most
/// texts start with none (see [`trim`]).
#[inline]
pub fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii_whitespace() || matches!(b, 0xC2 | 0xE3 | 0xEF) => trim_spaces(s, true, false),
        _ => s,
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
    Open = 0,
    /// `）` or `)`.
    Close = 1,
    /// `《`.
    BookOpen = 2,
    /// `》`.
    BookClose = 3,
}

/// A bracket of the text index and its byte offset, in eight bytes (the
/// kind in the two low bits): the index holds one per bracket, so that
/// text of nothing but ASCII `(` would cost 16 bytes per input byte as an
/// `(offset, kind)` pair.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct BracketAt(u64);

impl BracketAt {
    #[inline(always)]
    pub(crate) fn new(at: usize, kind: Bracket) -> Self {
        BracketAt((at as u64) << 2 | kind as u64)
    }

    /// The byte offset.
    #[inline(always)]
    pub(crate) fn at(self) -> usize {
        (self.0 >> 2) as usize
    }

    /// What bracket it is.
    #[inline(always)]
    pub(crate) fn kind(self) -> Bracket {
        // (a table whose entries are their own indexes: no branch, where
        // a match compiles to a jump table mispredicted from event to event)
        const KINDS: [Bracket; 4] = [Bracket::Open, Bracket::Close, Bracket::BookOpen, Bracket::BookClose];
        KINDS[(self.0 & 3) as usize]
    }

    /// The same bracket at offset `at`.
    #[inline(always)]
    pub(crate) fn moved(self, at: usize) -> Self {
        BracketAt::new(at, self.kind())
    }
}

impl std::fmt::Debug for BracketAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (self.at(), self.kind()).fmt(f)
    }
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

/// Bit `k` set where `flags[k]` is 1 (every flag 0 or 1): each half read as
/// a little-endian word, whose 0/1 bytes one multiplication gathers into its
/// top byte (the shifted copies never overlap, so nothing carries).
#[inline(always)]
pub(crate) fn lane_mask(flags: &[u8; 16]) -> u32 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let [lo, hi] = [0, 8].map(|at| {
        let word = u64::from_le_bytes(flags[at..at + 8].try_into().unwrap_or([0; 8]));
        (word.wrapping_mul(GATHER) >> 56) as u32
    });
    lo | hi << 8
}

/// What the byte triple `a b c` at a character start is to [`brackets`]:
/// a line break, a bracket, or nothing.
#[inline(always)]
fn indexed_at(a: u8, b: u8, c: u8) -> Option<Option<Bracket>> {
    match (a, b, c) {
        (b'\n', _, _) => Some(None),
        _ => bracket_at(a, b, c).map(Some),
    }
}

/// Bytes tested at a time by [`brackets_and_newlines`]: most stretches of
/// 64 bytes of CJK text hold no candidate (a line break every 130 bytes, a
/// bracket every 200), and each stretch costs one test and one step.
const WINDOW: usize = 4 * LANES;

/// Bit `k` set where `w[k]` may start a bracket or a line break: a
/// superset, cheap to test many bytes at a time (its first and third bytes
/// only: `\n` `(` `)`, EF or E3 then a third byte 88–8B), which the caller
/// checks exactly at each set bit. In CJK text few characters pass that
/// are none of the marks (〈 〉 ＊ ＋, kana).
///
/// Every test added here is paid on every byte of every text, in code
/// built for x86-64's baseline (16 bytes an instruction, two operands),
/// while memchr's searches pick AVX2 at run time: folding in the other
/// whole-text searches was measured to cost more than they do (12
/// fixtures parsed 20 times, 147.71 M instructions): 号 (E5 then B7) and
/// the colons (`:`, EF then 9A) +0.31 M, 号 alone +0.33 M, the role words
/// of `sentence_duty` (负 牵 同 by their first and last bytes) +7.25 M for
/// a filter of 3.0 M, a byte of 60–7F for lint's lower-case letters
/// +1.12 M for a search of 0.6 M.
#[inline(always)]
fn bracket_candidates(w: &[u8; WINDOW + 2]) -> u64 {
    let mut flags = [0u8; WINDOW];
    for (k, f) in flags.iter_mut().enumerate() {
        let (a, c) = (w[k], w[k + 2]);
        let ascii = (a == b'\n') | (a == b'(') | (a == b')');
        let wide = ((a == 0xEF) | (a == 0xE3)) & (c & 0xFC == 0x88);
        *f = u8::from(ascii | wide);
    }
    // (an OR over the flags: the compiler calls memcmp to compare 64 bytes
    // with zeros)
    if flags.iter().fold(0, |any, &f| any | f) == 0 {
        return 0;
    }
    let mut mask = 0;
    for (n, lanes) in flags.chunks_exact(LANES).enumerate() {
        mask |= u64::from(lane_mask(lanes.try_into().unwrap_or(&[0; LANES]))) << (n * LANES);
    }
    mask
}

/// Byte offsets of the round brackets (either width) and book-title brackets
/// in `s`, in order, replacing the contents of `out`, of its line breaks,
/// replacing the contents of `newlines`, and of every 号, replacing the
/// contents of `hao` (the marks of [`BracketsOrNewline`]): see
/// [`brackets_and_newlines`] and [`find_hao`].
pub(crate) fn brackets(s: &str, out: &mut Vec<BracketAt>, newlines: &mut Vec<usize>, hao: &mut Vec<usize>) {
    brackets_and_newlines(s, out, newlines);
    find_hao(s, hao);
}

/// Byte offsets of every 号 in `s`, in order, replacing the contents of
/// `hao`: one SIMD substring search (memchr), which costs less than a
/// test of its own in the filter of [`brackets_and_newlines`] (号 is rare;
/// its lead byte E5 starts one ideograph in six; figures at
/// [`bracket_candidates`]).
pub(crate) fn find_hao(s: &str, hao: &mut Vec<usize>) {
    hao.clear();
    let mut buf = [0; 4];
    hao.extend(memchr::memmem::find_iter(s.as_bytes(), HAO.encode_utf8(&mut buf).as_bytes()));
}

/// Byte offsets of the round brackets (either width) and book-title
/// brackets in `s`, in order, replacing the contents of `out`, and of its
/// line breaks, replacing the contents of `newlines`: 64 bytes at a time
/// through a cheap filter ([`bracket_candidates`]), each candidate checked
/// by its three bytes, decoding nothing.
pub(crate) fn brackets_and_newlines(s: &str, out: &mut Vec<BracketAt>, newlines: &mut Vec<usize>) {
    out.clear();
    newlines.clear();
    let b = s.as_bytes();
    let byte = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut record = |i: usize, a: u8, x: u8, y: u8| match indexed_at(a, x, y) {
        Some(Some(kind)) => out.push(BracketAt::new(i, kind)),
        Some(None) => newlines.push(i),
        None => {}
    };
    let mut i = 0;
    while let Some(w) = b.get(i..).and_then(<[u8]>::first_chunk::<{ WINDOW + 2 }>) {
        let mut mask = bracket_candidates(w);
        while mask != 0 {
            let k = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            record(i + k, w[k], w[k + 1], w[k + 2]);
        }
        i += WINDOW;
    }
    while i < b.len() {
        record(i, b[i], byte(i + 1), byte(i + 2));
        i += 1;
    }
}

#[cfg(test)]
mod tests {

    /// `rfind_juhao` is `rfind(JUHAO)`, whatever stands around the marks
    /// (other E3 punctuation, ideographs ending in 0x82, none at all).
    #[test]
    fn rfind_juhao_is_rfind() {
        for s in [
            "",
            "。",
            "一。二",
            "会议。（一）「二」。、丂",
            "丂丂丂",
            "。。",
            "「」、《》",
            "a.b。c",
            "完成。市农业农村局牵头，各区配合",
        ] {
            assert_eq!(super::rfind_juhao(s), s.rfind(super::JUHAO), "{s}");
        }
    }

    /// The byte forms are the named marks' UTF-8.
    #[test]
    fn byte_forms_are_the_marks_utf8() {
        for (bytes, c) in [
            (FW_RPAREN_BYTES, FW_RPAREN),
            (FW_COMMA_BYTES, FW_COMMA),
            (FW_COLON_BYTES, FW_COLON),
            (FW_SEMICOLON_BYTES, FW_SEMICOLON),
            (DUNHAO_BYTES, DUNHAO),
        ] {
            assert_eq!(bytes, c.to_string().as_bytes(), "{c}");
        }
    }
    use super::*;

    #[test]
    fn len_at_reads_the_character_length_off_its_lead_byte() {
        let s = "a，é𝄞";
        let lens: Vec<usize> = s.char_indices().map(|(i, _)| len_at(s, i)).collect();
        assert_eq!(lens, s.chars().map(char::len_utf8).collect::<Vec<_>>());
        assert_eq!(len_at(s, s.len()), 0);
    }

    #[test]
    fn cjk_periods() {
        assert_eq!(find_cjk_period("资质.检查"), Some(6));
        assert_eq!(find_cjk_period("合格证明."), Some(12));
        assert_eq!(find_cjk_period("增长1.5个"), None);
        assert_eq!(find_cjk_period("见www.gov.cn"), None);
        assert_eq!(find_cjk_period("第3.2条。"), None);
        assert_eq!(find_cjk_period(".开头"), None);
        assert_eq!(find_cjk_period("网站.cn"), None);
    }

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

    /// Check the set `M` against `mark`: over all of Unicode, and
    /// [`find_marks`] and [`split_marks`] against `str::find` and
    /// `str::split` on `samples`.
    fn check_set<M: MarkSet>(name: &str, mark: fn(char) -> bool, samples: &[&str]) {
        // zero bytes pad short texts
        assert!(!M::MARKS.ascii.contains(&0), "{name}");
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(M::MARKS.contains(c), mark(c), "{name}: {c:?}");
        }
        for s in samples {
            assert_eq!(find_marks::<M>(s), s.find(mark), "{name}: {s}");
            assert_eq!(split_marks::<M>(s).collect::<Vec<_>>(), s.split(mark).collect::<Vec<_>>(), "{name}: {s}");
        }
        // every character of the blocks that hold the marks, and some others,
        // in a short text and in a long one
        for c in ('\u{0}'..='\u{7F}')
            .chain('\u{2000}'..='\u{3FFF}')
            .chain('\u{F000}'..='\u{FFFF}')
            .chain(['é', '中', '𠀀', '\u{2018}'])
        {
            for s in [format!("甲{c}乙"), format!("{c}"), format!("{}{c}{}", "中".repeat(6), "b".repeat(9))] {
                assert_eq!(find_marks::<M>(&s), s.find(mark), "{name}: {c:?}");
            }
        }
    }

    #[test]
    fn marks_found_as_str_find_finds_them() {
        let mut samples: Vec<String> = [
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
            "、甲、、乙、",
            "甲，乙；丙",
            "“甲”",
            "a,b;;c",
        ]
        .map(String::from)
        .to_vec();
        // every length around the 16-byte steps, with a mark at every place
        for n in 0..40 {
            for at in 0..=n {
                for mark in ["，", ",", "；", "。", "、", "“", "《", ":", "：", " ", "\u{3000}"] {
                    samples.push(format!("{}{mark}{}", "中".repeat(at), "a".repeat(n - at)));
                    samples.push(format!("{}{mark}{}", "a".repeat(at), "中".repeat(n - at)));
                }
            }
            samples.push("中".repeat(n));
            samples.push("x".repeat(n));
        }
        let samples: Vec<&str> = samples.iter().map(String::as_str).collect();
        check_set::<Prose>("prose", is_prose_punct, &samples);
        check_set::<SentenceEndOrSemicolon>(
            "sentence end or semicolon",
            |c| is_sentence_end(c) || is_semicolon(c),
            &samples,
        );
        check_set::<SentenceEndOrColon>("sentence end or colon", |c| is_sentence_end(c) || is_colon(c), &samples);
        check_set::<CommaOrSemicolon>("comma or semicolon", |c| is_comma(c) || is_semicolon(c), &samples);
        check_set::<CommaSemicolonOrSpace>(
            "comma, semicolon or space",
            |c| is_comma(c) || is_semicolon(c) || c == ' ' || c == IDEOGRAPHIC_SPACE,
            &samples,
        );
        check_set::<AddresseeStop>("addressee stop", |c| is_sentence_end(c) || c == BOOK_L || is_colon(c), &samples);
        check_set::<Dunhao>("dunhao", |c| c == DUNHAO, &samples);
        check_set::<InlineBreak>("inline break", is_inline_break, &samples);
        check_set::<Juhao>("juhao", |c| c == JUHAO, &samples);
        check_set::<Comma>("comma", is_comma, &samples);
        check_set::<RoundBrackets>("round brackets", |c| is_lparen(c) || is_rparen(c), &samples);
        check_set::<DunhaoCommaSemicolon>(
            "dunhao, comma or semicolon",
            |c| c == DUNHAO || is_comma(c) || is_semicolon(c),
            &samples,
        );
        check_set::<ItemBounds>(
            "item bounds",
            |c| c == DUNHAO || is_comma(c) || is_semicolon(c) || is_lparen(c) || is_rparen(c),
            &samples,
        );
        check_set::<NotInName>(
            "not in a name",
            |c| is_prose_punct(c) || c == BOOK_L || c == BOOK_R || c == '\u{201C}' || c == '\u{201D}',
            &samples,
        );
    }

    #[test]
    fn has_marks_finds_any_character_of_three_bytes() {
        let stops = ['，', ',', '；', ';', '：', ':', '须', '得', '应', '可', '要'];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(TitleStops::MARKS.contains(c), stops.contains(&c), "{c:?}");
        }
        // every length and place around the 16-byte steps, after ASCII and
        // after ideographs
        for n in 0..40 {
            for at in 0..=n {
                for mark in ["，", ",", "须", "可", "是"] {
                    for (a, b) in [("中", "a"), ("a", "中"), ("中", "中")] {
                        let s = format!("{}{mark}{}", a.repeat(at), b.repeat(n - at));
                        assert_eq!(has_marks::<TitleStops>(&s), s.contains(stops), "{s}");
                    }
                }
            }
        }
        // continuation bytes equal to a lead byte's neighbours do not match
        for s in ["\u{987B}", "\u{5E94}x", "顾", "颁", "惊"] {
            assert_eq!(has_marks::<TitleStops>(s), s.contains(stops), "{s}");
        }
    }

    #[test]
    fn joins_are_he_ji_yu() {
        let joins = ['和', '及', '与'];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(Joins::MARKS.contains(c), joins.contains(&c), "{c:?}");
        }
        for s in ["住房和城乡建设部", "财政部、民政部", "各省及计划单列市发展改革委", "国家发展改革委", "与", "", "a和"]
        {
            assert_eq!(has_marks::<Joins>(s), s.contains(joins), "{s}");
        }
    }

    #[test]
    fn mark_positions_are_the_match_indices() {
        let marks = ['!', '?', ',', ';', ':', '。', '！', '？', '，', '；', '：', '会', '研', '负'];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(ProseOrTrigger::MARKS.contains(c), marks.contains(&c), "{c:?}");
        }
        let expected = |s: &str| s.match_indices(marks).map(|(i, _)| i).collect::<Vec<_>>();
        // every length and place around the 16-byte steps, one mark or two
        for n in 0..40 {
            for at in 0..=n {
                for mark in ["，", ",", "会", "研", "负", "是", "会同，"] {
                    for (a, b) in [("中", "a"), ("a", "中"), ("中", "中"), ("ab", "。")] {
                        let s = format!("{}{mark}{}", a.repeat(at), b.repeat(n - at));
                        assert_eq!(mark_positions::<ProseOrTrigger>(&s).collect::<Vec<_>>(), expected(&s), "{s}");
                    }
                }
            }
        }
        // characters that share a byte with a mark, at either end
        for s in ["俚", "且", "俚x", "x且", "\u{4F1A}\u{FF0C}", "", "会", "研"] {
            assert_eq!(mark_positions::<ProseOrTrigger>(s).collect::<Vec<_>>(), expected(s), "{s}");
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
        let mut newlines = Vec::new();
        brackets("甲（乙(丙)》《丁）", &mut out, &mut newlines, &mut Vec::new());
        let kinds: Vec<Bracket> = out.iter().map(|e| e.kind()).collect();
        use Bracket::*;
        assert_eq!(kinds, [Open, Open, Close, BookClose, BookOpen, Close]);
        assert_eq!(out[0].at(), "甲".len());
        brackets("无括号", &mut out, &mut newlines, &mut Vec::new());
        assert!(newlines.is_empty());
        assert!(out.is_empty());
    }

    #[test]
    fn brackets_record_hao() {
        let indexed = |c: char| is_lparen(c) || is_rparen(c) || c == BOOK_L || c == BOOK_R || c == '\n' || c == HAO;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(BracketsOrNewline::MARKS.contains(c), indexed(c), "{c:?}");
        }
        let (mut out, mut newlines, mut hao) = (Vec::new(), Vec::new(), Vec::new());
        // every position of the 16-byte windows and of the tail after them
        let base = "国发〔2014〕25号（乙）丙丁《戊》己庚辛壬癸子丑寅卯辰巳午未申酉号";
        for (at, _) in base.char_indices().chain([(base.len(), ' ')]) {
            let s = format!("{}号{}", &base[..at], &base[at..]);
            brackets(&s, &mut out, &mut newlines, &mut hao);
            let expected: Vec<usize> = s.match_indices(HAO).map(|(i, _)| i).collect();
            assert_eq!(hao, expected, "{s}");
            assert_eq!(out.len(), 4, "{s}");
        }
    }

    #[test]
    fn brackets_find_what_a_walk_over_the_characters_finds() {
        // every character of one to three bytes, each at every offset of
        // the 64-byte windows: the filter lets none of the marks slip and
        // keeps none of the others
        let all: String = (0x0..=0xFFFF).filter_map(char::from_u32).collect();
        for shift in 0..WINDOW {
            let s = format!("{}{all}", "a".repeat(shift));
            let (mut out, mut newlines, mut hao) = (Vec::new(), Vec::new(), Vec::new());
            brackets(&s, &mut out, &mut newlines, &mut hao);
            let mut expected = (Vec::new(), Vec::new(), Vec::new());
            for (i, c) in s.char_indices() {
                match c {
                    '\n' => expected.1.push(i),
                    HAO => expected.2.push(i),
                    '(' | FW_LPAREN => expected.0.push(BracketAt::new(i, Bracket::Open)),
                    ')' | FW_RPAREN => expected.0.push(BracketAt::new(i, Bracket::Close)),
                    BOOK_L => expected.0.push(BracketAt::new(i, Bracket::BookOpen)),
                    BOOK_R => expected.0.push(BracketAt::new(i, Bracket::BookClose)),
                    _ => {}
                }
            }
            assert_eq!((out, newlines, hao), expected, "shift {shift}");
        }
    }

    #[test]
    fn brackets_record_line_breaks() {
        let (mut out, mut newlines) = (Vec::new(), Vec::new());
        // every length around the 16-byte steps, breaks at every place
        for n in 0..40 {
            for at in 0..=n {
                let s = format!("{}\n（{}\n", "中".repeat(at), "a".repeat(n - at));
                brackets(&s, &mut out, &mut newlines, &mut Vec::new());
                let expected: Vec<usize> = s.match_indices('\n').map(|(i, _)| i).collect();
                assert_eq!(newlines, expected, "{s:?}");
                assert_eq!(out.len(), 1, "{s:?}");
            }
        }
    }

    #[test]
    fn head_and_tail_stop_at_character_boundaries() {
        let t = "ab一二三";
        assert_eq!(head(t, 0), "");
        assert_eq!(head(t, 4), "ab");
        assert_eq!(head(t, 5), "ab一");
        assert_eq!(head(t, 100), t);
        assert_eq!(tail(t, 0), "");
        assert_eq!(tail(t, 4), "三");
        assert_eq!(tail(t, 7), "二三");
        assert_eq!(tail(t, 9), "一二三");
        assert_eq!(tail(t, 100), t);
        assert_eq!((head("", 3), tail("", 3)), ("", ""));
    }

    #[test]
    fn year_brackets_pair_up() {
        for (open, close) in YEAR_BRACKETS {
            assert!(is_year_open(open) && !is_year_close(open), "{open}");
            assert!(is_year_close(close) && !is_year_open(close), "{close}");
            assert_eq!(year_close(open), Some(close));
            assert_eq!(year_close(close), None);
        }
        for c in ['〔', '﹝', '[', '［', '【', '（', '('] {
            assert!(is_year_open(c), "{c}");
        }
        for c in ['《', '“', '{', '<', '年', '2'] {
            assert!(!is_year_open(c) && !is_year_close(c) && year_close(c).is_none(), "{c}");
        }
    }

    #[test]
    fn trim_is_trim_matches() {
        // every string of up to three characters from white space, the
        // characters that share bytes with it, and others
        let chars = [
            ' ',
            '\t',
            '\n',
            '\r',
            '\u{0B}',
            '\u{0C}',
            '\u{A0}',
            '\u{3000}',
            '\u{FEFF}',
            '\u{2000}',
            '甲',
            'a',
            '、',
            '。',
            '\u{3080}',
            '\u{C0}',
            '\u{A1}',
            '\u{FEBF}',
            '\u{E00}',
            '\u{800}',
            '\u{85}',
            '\u{20000}',
        ];
        let mut strings = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                strings.iter().flat_map(|s| chars.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(longer);
        }
        for s in &strings {
            assert_eq!(trim(s), s.trim_matches(is_space), "{s:?}");
            assert_eq!(trim_start(s), s.trim_start_matches(is_space), "{s:?}");
        }
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
        for s in ["、甲。", "（甲）", "¢甲¢", "ｗ", "\u{3000}", "", "\u{A0}\u{FEFF}", "—甲“", "\u{200B}", "一"]
        {
            assert_eq!(trim(s), s.trim_matches(is_space), "{s:?}");
        }
        // the byte tests of trim agree with is_space over all of Unicode:
        // every character that is a space passes them on either side
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| is_space(c)) {
            let s = format!("{c}甲{c}");
            assert_eq!(trim(&s), "甲", "{c:?}");
        }
        assert!(!is_space('\u{200B}') && is_inline_space('\u{3000}') && !is_inline_space('\n'));
        assert!(is_other_space('\u{2003}') && !is_space('\u{2003}') && !is_other_space('\u{3000}'));
    }
}
