//! Reading bytes as text: UTF-8 (with or without a byte order mark),
//! UTF-16 (little- or big-endian, with a BOM, or without one when its zero
//! bytes show it) and GBK / GB18030, told apart without being told
//! ([`Encoding::Auto`]) or as asked.
//!
//! Detection, in this order, for [`Encoding::Auto`]:
//!
//! 1. a byte order mark: `EF BB BF` UTF-8, `FF FE` UTF-16LE, `FE FF` UTF-16BE;
//! 2. valid UTF-8 (one validation, the one the parse needs anyway; the text
//!    is then the input itself, borrowed). Bytes that are valid UTF-8 but
//!    made a quarter or more of zero bytes, four in five of them at the
//!    same parity of offset, are UTF-16 of ASCII text;
//! 3. UTF-16 without a BOM, when the bytes hold a zero byte (the high byte
//!    of a line break, a digit, ASCII punctuation; of 一 U+4E00 in
//!    little-endian order): decoded in the byte order most zero bytes point
//!    to, then the other, the first that decodes without error to text
//!    (nine characters in ten ASCII, Latin-1, general punctuation and
//!    symbols, CJK, full-width forms; the wrong order gives characters of
//!    no script). UTF-16 text without any ASCII character needs
//!    [`Encoding::Utf16`];
//! 4. GB18030, the superset of GBK and GB2312: the whole decoding without
//!    error, and seven two-byte characters in ten or more in the GB2312
//!    area (both bytes from A1), as Chinese text in GBK is. UTF-8 misread
//!    this way has its continuation bytes (80–BF) as trail bytes, so fails
//!    it;
//!    A very short GBK text can be valid UTF-8 by chance (通知 is `CD A8 D6
//!    AA`, two 2-byte UTF-8 sequences), and is then read as UTF-8: name
//!    the encoding for such input;
//! 5. otherwise [`Error::InvalidUtf8`] at the first bad UTF-8 byte, as
//!    [`parse_bytes`](crate::parse_bytes) reports it.
//!
//! Then, whatever the encoding, mojibake is repaired (unless
//! [`DecodeOptions::repair`] is off): text whose UTF-8 bytes were once read
//! in a legacy code page (Windows-1252 / Latin-1, Mac Cyrillic,
//! Windows-1251, KOI8-R, GBK) and saved again is encoded back and decoded
//! as UTF-8 ([`repair_mojibake`](crate::repair_mojibake)); the text is then
//! a new string, [`Decoded::repair`] says so, and the parse
//! ([`Decoded::parse`]) carries a `mojibake-repaired` diagnostic.
//!
//! The cost on UTF-8 input is a check of its first three bytes, one
//! validation and, only if it is valid, a `memchr` for a zero byte; and,
//! for the repair, a sample of at most 96 characters (all of a text under
//! 1 KiB), which on clean Chinese text goes no further.

use crate::error::Error;
use crate::mojibake::{self, Repair};
use crate::render::Location;
use crate::span::Span;
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// A text encoding for [`decode`].
///
/// `Auto`, `Utf8`, `Gb18030` and `Utf16` are what a user asks for; a
/// [`Decoded`] text reports what was read: `Utf8`, `Gb18030`, `Utf16Le` or
/// `Utf16Be`. Names for [`FromStr`] (case-insensitive): `auto`, `utf-8`
/// (`utf8`), `gb18030` (`gbk`, `gb2312`), `utf-16` (`utf16`), `utf-16le`,
/// `utf-16be`.
///
/// ```
/// use gongwen::Encoding;
/// assert_eq!("GBK".parse::<Encoding>(), Ok(Encoding::Gb18030));
/// assert_eq!(Encoding::Utf16Le.to_string(), "UTF-16LE");
/// assert_eq!(Encoding::default(), Encoding::Auto);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Encoding {
    /// Detect it: a byte order mark, else UTF-8, else UTF-16 shown by its
    /// zero bytes, else GBK / GB18030 (see [`decode`]).
    #[default]
    Auto,
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
    /// UTF-16, its byte order from its byte order mark, else the one that
    /// decodes to text (tried first: the one the zero bytes of ASCII
    /// characters point to; little-endian when there are none).
    Utf16,
    /// UTF-16, little-endian (a `FF FE` byte order mark is skipped).
    Utf16Le,
    /// UTF-16, big-endian (a `FE FF` byte order mark is skipped).
    Utf16Be,
}

impl Encoding {
    /// The name people know it by: `UTF-8`, `GB18030`, `UTF-16LE`, … (`auto`
    /// for [`Encoding::Auto`]).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
            Encoding::Utf16 => "UTF-16",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }

    /// Whether it is one of the UTF-16 forms.
    pub fn is_utf16(self) -> bool {
        matches!(self, Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be)
    }

    /// What [`Encoding::Auto`] reads `bytes` as (`Utf8`, `Gb18030`,
    /// `Utf16Le` or `Utf16Be`), or `None` when it is none of them (binary
    /// data, damaged text). It decodes to decide, so costs a decoding.
    ///
    /// ```
    /// use gongwen::Encoding;
    /// assert_eq!(Encoding::detect("通知".as_bytes()), Some(Encoding::Utf8));
    /// assert_eq!(Encoding::detect(b"\xB9\xAB\xCE\xC4"), Some(Encoding::Gb18030)); // 公文 in GBK
    /// assert_eq!(Encoding::detect(b"\xFF\xFE\x1A\x90\xE5\x77"), Some(Encoding::Utf16Le));
    /// assert_eq!(Encoding::detect(b"\xE4\xB8\x80\xFF"), None);
    /// ```
    pub fn detect(bytes: &[u8]) -> Option<Encoding> {
        decode_cow(Cow::Borrowed(bytes), Encoding::Auto).ok().map(|d| d.encoding)
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An encoding name [`FromStr`] does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEncoding(pub String);

impl fmt::Display for UnknownEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown encoding '{}' (expected auto, utf-8, gb18030 or utf-16)", self.0)
    }
}

impl std::error::Error for UnknownEncoding {}

impl FromStr for Encoding {
    type Err = UnknownEncoding;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "auto" => Encoding::Auto,
            "utf-8" | "utf8" => Encoding::Utf8,
            "gb18030" | "gbk" | "gb2312" => Encoding::Gb18030,
            "utf-16" | "utf16" => Encoding::Utf16,
            "utf-16le" | "utf16le" => Encoding::Utf16Le,
            "utf-16be" | "utf16be" => Encoding::Utf16Be,
            _ => return Err(UnknownEncoding(s.to_owned())),
        })
    }
}

/// How [`decode_with`] reads bytes: the encoding, and whether mojibake is
/// repaired.
///
/// ```
/// use gongwen::{DecodeOptions, Encoding};
/// let options = DecodeOptions::default();
/// assert_eq!((options.encoding, options.repair), (Encoding::Auto, true));
/// let options = DecodeOptions::new(Encoding::Gb18030).repair(false);
/// assert!(!options.repair);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DecodeOptions {
    /// The encoding of the bytes ([`Encoding::Auto`]: detected).
    pub encoding: Encoding,
    /// Repair mojibake (UTF-8 text once read in a legacy code page and
    /// saved again; see [`repair_mojibake`](crate::repair_mojibake)), in
    /// whatever encoding the bytes are. Default: on. Off, the text is what
    /// the bytes say, and a parse of mojibake reports `encoding-damage`.
    pub repair: bool,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions { encoding: Encoding::Auto, repair: true }
    }
}

impl DecodeOptions {
    /// Bytes in `encoding`, mojibake repaired.
    pub fn new(encoding: Encoding) -> Self {
        DecodeOptions { encoding, repair: true }
    }

    /// Set [`DecodeOptions::encoding`].
    pub fn encoding(mut self, encoding: Encoding) -> Self {
        self.encoding = encoding;
        self
    }

    /// Set [`DecodeOptions::repair`].
    pub fn repair(mut self, repair: bool) -> Self {
        self.repair = repair;
        self
    }
}

/// A text decoded by [`decode`] or [`decode_vec`].
///
/// Spans of a document parsed from it ([`Decoded::parse`]) are byte offsets
/// into [`Decoded::text`], the decoded UTF-8 text. For UTF-8 input that is
/// the input itself, byte for byte (a BOM included: the parser skips it),
/// so the spans are also offsets into the input bytes; for UTF-16 and
/// GB18030 it is a new string without the BOM, and spans index it, not the
/// input bytes; for repaired mojibake ([`Decoded::repair`]) it is the
/// repaired text, a new string, and spans index it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decoded<'a> {
    /// The text, as UTF-8: borrowed from the input when it was UTF-8 and
    /// needed no repair.
    pub text: Cow<'a, str>,
    /// What it was read as: `Utf8`, `Gb18030`, `Utf16Le` or `Utf16Be`.
    pub encoding: Encoding,
    /// Whether the input started with a byte order mark.
    pub bom: bool,
    /// The mojibake repair made, when the text read was mojibake: the code
    /// page it had been misread in and the characters lost. `None` when
    /// the text is as read.
    pub repair: Option<Repair>,
}

impl Decoded<'_> {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Parse the text with default [`Options`](crate::Options); spans index
    /// [`Decoded::text`]. A repaired text's document carries the repair's
    /// `mojibake-repaired` diagnostic ([`Repair::diagnostic`]) first.
    pub fn parse(&self) -> Result<crate::Document<'_>, Error> {
        self.parse_with(&crate::Options::default())
    }

    /// Parse the text with the given [`Options`](crate::Options).
    pub fn parse_with(&self, options: &crate::Options) -> Result<crate::Document<'_>, Error> {
        let mut doc = crate::parse_with(&self.text, options)?;
        if let Some(repair) = &self.repair {
            doc.diagnostics.insert(0, repair.diagnostic());
        }
        Ok(doc)
    }

    /// The decoded text, owning its bytes.
    pub fn into_owned(self) -> Decoded<'static> {
        Decoded {
            text: Cow::Owned(self.text.into_owned()),
            encoding: self.encoding,
            bom: self.bom,
            repair: self.repair,
        }
    }

    /// The text repaired when it is mojibake (see [`DecodeOptions::repair`]).
    fn repaired(self) -> Self {
        match mojibake::repair_mojibake(&self.text) {
            Some((text, repair)) => Decoded { text: Cow::Owned(text), repair: Some(repair), ..self },
            None => self,
        }
    }
}

/// Decode `bytes` as text in `encoding` ([`Encoding::Auto`] detects it; see
/// [`Encoding`]) for [`parse`](crate::parse). Spans of the parse index the
/// decoded text ([`Decoded::text`]), which for UTF-8 input is the input
/// itself.
///
/// Errors: with `Auto`, bytes that are none of the encodings give
/// [`Error::InvalidUtf8`] at the first bad UTF-8 byte (as
/// [`parse_bytes`](crate::parse_bytes)), or [`Error::Undecodable`] for
/// UTF-16 (by its BOM or zero bytes) with a malformed unit. With a named
/// encoding, bytes that are not text in it give [`Error::Undecodable`],
/// naming what they are when `Auto` would have read them
/// ([`Error::Undecodable::found`]), or [`Error::InvalidUtf8`] for UTF-8 that
/// is nothing else either. A BOM of another encoding is not obeyed: asked
/// for UTF-8, UTF-16 with a BOM is an error that says it is UTF-16.
///
/// ```
/// use gongwen::{Encoding, decode};
/// // 通知。 (notice) and a line break, in GBK
/// let gbk = b"\xCD\xA8\xD6\xAA\xA1\xA3\n";
/// let decoded = decode(gbk, Encoding::Auto)?;
/// assert_eq!(decoded.encoding, Encoding::Gb18030);
/// assert_eq!(decoded.text, "通知。\n");
///
/// // UTF-16LE with a byte order mark
/// let utf16: Vec<u8> = [0xFEFF].into_iter().chain("一、总则\n".encode_utf16()).flat_map(u16::to_le_bytes).collect();
/// let decoded = decode(&utf16, Encoding::Auto)?;
/// assert_eq!((decoded.encoding, decoded.bom), (Encoding::Utf16Le, true));
/// let doc = decoded.parse()?;
/// let span = doc.sections[0].marker_span;
/// assert_eq!(&decoded.text[span.start..span.end], "一、"); // spans index the decoded text
///
/// // UTF-8 is borrowed as it is
/// let decoded = decode("一、总则\n".as_bytes(), Encoding::Auto)?;
/// assert!(matches!(decoded.text, std::borrow::Cow::Borrowed(_)));
///
/// // asked for UTF-8, GBK text is named for what it is
/// let err = decode(gbk, Encoding::Utf8).unwrap_err();
/// assert!(matches!(err, gongwen::Error::Undecodable { found: Some(Encoding::Gb18030), .. }));
/// assert_eq!(err.summary(), "GBK (GB18030) text, not UTF-8; nothing was parsed");
///
/// // mojibake is repaired: 第一条 in UTF-8 read as Windows-1252
/// let decoded = decode("ç¬¬ä¸€æ\u{9D}¡ã€€æ€»åˆ™".as_bytes(), Encoding::Auto)?;
/// assert_eq!(decoded.text, "第一条　总则");
/// assert_eq!(decoded.repair.map(|r| r.code_page), Some(gongwen::CodePage::Windows1252));
/// # Ok::<(), gongwen::Error>(())
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded<'_>, Error> {
    decode_with(bytes, &DecodeOptions::new(encoding))
}

/// As [`decode`], with [`DecodeOptions`]: the encoding, and whether mojibake
/// is repaired.
///
/// ```
/// use gongwen::{DecodeOptions, decode_with};
/// let mojibake = "å›½åŠ¡é™¢åŠžå…¬åŽ…".as_bytes(); // 国务院办公厅, read as Windows-1252
/// let repaired = decode_with(mojibake, &DecodeOptions::default())?;
/// assert_eq!((repaired.text.as_ref(), repaired.repair.unwrap().lost), ("国务院办公厅", 0));
/// let as_is = decode_with(mojibake, &DecodeOptions::default().repair(false))?;
/// assert_eq!((as_is.text.as_ref(), as_is.repair), ("å›½åŠ¡é™¢åŠžå…¬åŽ…", None));
/// # Ok::<(), gongwen::Error>(())
/// ```
pub fn decode_with<'a>(bytes: &'a [u8], options: &DecodeOptions) -> Result<Decoded<'a>, Error> {
    let decoded = decode_cow(Cow::Borrowed(bytes), options.encoding)?;
    Ok(if options.repair { decoded.repaired() } else { decoded })
}

/// As [`decode`], taking the bytes: UTF-8 input becomes the `String`
/// without a copy or a second validation.
///
/// ```
/// let decoded = gongwen::decode_vec("一、总则\n".as_bytes().to_vec(), gongwen::Encoding::Auto)?;
/// assert_eq!(decoded.text, "一、总则\n");
/// # Ok::<(), gongwen::Error>(())
/// ```
pub fn decode_vec(bytes: Vec<u8>, encoding: Encoding) -> Result<Decoded<'static>, Error> {
    decode_vec_with(bytes, &DecodeOptions::new(encoding))
}

/// As [`decode_vec`], with [`DecodeOptions`].
pub fn decode_vec_with(bytes: Vec<u8>, options: &DecodeOptions) -> Result<Decoded<'static>, Error> {
    let decoded = decode_cow(Cow::Owned(bytes), options.encoding)?;
    Ok(if options.repair { decoded.repaired() } else { decoded })
}

const BOM_UTF8: &[u8] = b"\xEF\xBB\xBF";
const BOM_LE: &[u8] = b"\xFF\xFE";
const BOM_BE: &[u8] = b"\xFE\xFF";

/// The encoding a byte order mark at the start names.
fn bom_of(bytes: &[u8]) -> Option<Encoding> {
    if bytes.starts_with(BOM_UTF8) {
        Some(Encoding::Utf8)
    } else if bytes.starts_with(BOM_LE) {
        Some(Encoding::Utf16Le)
    } else if bytes.starts_with(BOM_BE) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Validate as UTF-8 without copying; on failure give the bytes back.
fn utf8(bytes: Cow<'_, [u8]>) -> Result<Cow<'_, str>, (Cow<'_, [u8]>, usize)> {
    match bytes {
        Cow::Borrowed(b) => std::str::from_utf8(b).map(Cow::Borrowed).map_err(|e| (Cow::Borrowed(b), e.valid_up_to())),
        Cow::Owned(v) => String::from_utf8(v).map(Cow::Owned).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            (Cow::Owned(e.into_bytes()), at)
        }),
    }
}

/// The error for bytes that are not UTF-8, located as `parse_bytes` does.
fn invalid_utf8(bytes: &[u8], offset: usize) -> Error {
    let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
    Error::InvalidUtf8 { offset, location: Location::new(valid, Span::new(offset, offset)) }
}

fn decode_cow(bytes: Cow<'_, [u8]>, encoding: Encoding) -> Result<Decoded<'_>, Error> {
    let bom = bom_of(&bytes);
    match encoding {
        Encoding::Auto => match bom {
            Some(Encoding::Utf8) => utf8(bytes)
                .map(|text| Decoded { text, encoding: Encoding::Utf8, bom: true, repair: None })
                .map_err(|(b, at)| invalid_utf8(&b, at)),
            Some(e) => decode_utf16(&bytes, e),
            None => auto(bytes),
        },
        Encoding::Utf8 => match bom {
            Some(e @ (Encoding::Utf16Le | Encoding::Utf16Be)) => Err(wrong(Encoding::Utf8, e)),
            _ => utf8(bytes)
                .map(|text| Decoded { text, encoding: Encoding::Utf8, bom: bom.is_some(), repair: None })
                .map_err(|(b, at)| match Encoding::detect(&b) {
                    Some(found) => wrong(Encoding::Utf8, found),
                    None => invalid_utf8(&b, at),
                }),
        },
        Encoding::Gb18030 => match bom {
            Some(found) => Err(wrong(Encoding::Gb18030, found)),
            None => named(
                &bytes,
                Encoding::Gb18030,
                strict(encoding_rs::GB18030, &bytes, 0).map(|text| Decoded {
                    text: Cow::Owned(text),
                    encoding: Encoding::Gb18030,
                    bom: false,
                    repair: None,
                }),
            ),
        },
        Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be => {
            let order = match (encoding, bom) {
                (_, Some(Encoding::Utf8)) => return Err(wrong(encoding, Encoding::Utf8)),
                (Encoding::Utf16, Some(e)) => e,
                (Encoding::Utf16, None) => return named(&bytes, encoding, utf16_either_order(&bytes)),
                (e, Some(b)) if b != e => return Err(wrong(e, b)),
                (e, _) => e,
            };
            if bom.is_some() {
                // the BOM says it is UTF-16 in this order: obeyed as it comes
                return decode_utf16(&bytes, order);
            }
            named(&bytes, encoding, decode_utf16(&bytes, order))
        }
    }
}

/// A decoding in a named encoding (GB18030, UTF-16 without a BOM) that
/// failed, or gave no text (mostly characters of no script): when the
/// bytes are another encoding [`Encoding::Auto`] reads, that is the error,
/// naming it.
fn named<'a>(bytes: &[u8], asked: Encoding, result: Result<Decoded<'a>, Error>) -> Result<Decoded<'a>, Error> {
    let other = || Encoding::detect(bytes).filter(|&found| found != asked && !(asked.is_utf16() && found.is_utf16()));
    match result {
        Ok(d) if plausible(&d.text) => Ok(d),
        Ok(d) => match other() {
            Some(found) => Err(wrong(asked, found)),
            None => Ok(d),
        },
        Err(e) => Err(other().map_or(e, |found| wrong(asked, found))),
    }
}

/// Detection without a BOM (steps 2–5 of the module's list).
fn auto(bytes: Cow<'_, [u8]>) -> Result<Decoded<'_>, Error> {
    let (bytes, bad_at) = match utf8(bytes) {
        Ok(text) => {
            // zero bytes are rare in UTF-8 text, common in UTF-16 of ASCII
            if memchr::memchr(0, text.as_bytes()).is_some() {
                let b = text.as_bytes();
                if let Some(zeros) = Zeros::count(b).filter(|z| z.strong() && (z.even + z.odd) * 4 >= b.len()) {
                    if let Ok(d) = decode_utf16(b, zeros.order()) {
                        if plausible(&d.text) {
                            return Ok(d.into_owned());
                        }
                    }
                }
            }
            return Ok(Decoded { text, encoding: Encoding::Utf8, bom: false, repair: None });
        }
        Err(back) => back,
    };
    if let Some(zeros) = Zeros::count(&bytes) {
        // the byte order the zeros point to first, then the other: the
        // right one gives text, the wrong one mostly characters of no script
        for order in [zeros.order(), zeros.other_order()] {
            if let Ok(d) = decode_utf16(&bytes, order) {
                if plausible(&d.text) {
                    return Ok(d.into_owned());
                }
            }
        }
        if zeros.strong() {
            // zero bytes at one parity but a malformed unit: damaged UTF-16
            decode_utf16(&bytes, zeros.order())?;
        }
    }
    if gb2312_share_ok(&bytes) {
        if let Ok(text) = strict(encoding_rs::GB18030, &bytes, 0) {
            return Ok(Decoded { text: Cow::Owned(text), encoding: Encoding::Gb18030, bom: false, repair: None });
        }
    }
    Err(invalid_utf8(&bytes, bad_at))
}

/// UTF-16 without a BOM, its byte order not given: the order the zero
/// bytes point to (little-endian when there are none), unless only the
/// other gives text.
fn utf16_either_order(bytes: &[u8]) -> Result<Decoded<'static>, Error> {
    let first = Zeros::count(bytes).map_or(Encoding::Utf16Le, Zeros::order);
    let second = if first == Encoding::Utf16Le { Encoding::Utf16Be } else { Encoding::Utf16Le };
    let guess = decode_utf16(bytes, first);
    if guess.as_ref().is_ok_and(|d| plausible(&d.text)) {
        return guess;
    }
    match decode_utf16(bytes, second) {
        Ok(d) if plausible(&d.text) => Ok(d),
        _ => guess,
    }
}

/// The zero bytes of a text, by the parity of their offsets. In UTF-16
/// the high byte of an ASCII character (a line break, a digit) is zero,
/// second in little-endian order, first in big-endian.
#[derive(Debug, Clone, Copy)]
struct Zeros {
    even: usize,
    odd: usize,
}

impl Zeros {
    /// `None` when there is no zero byte.
    fn count(bytes: &[u8]) -> Option<Zeros> {
        let mut z = Zeros { even: 0, odd: 0 };
        for i in memchr::memchr_iter(0, bytes) {
            if i % 2 == 0 {
                z.even += 1;
            } else {
                z.odd += 1;
            }
        }
        (z.even + z.odd > 0).then_some(z)
    }

    /// The byte order with more zeros in its high bytes.
    fn order(self) -> Encoding {
        if self.even > self.odd { Encoding::Utf16Be } else { Encoding::Utf16Le }
    }

    fn other_order(self) -> Encoding {
        if self.order() == Encoding::Utf16Le { Encoding::Utf16Be } else { Encoding::Utf16Le }
    }

    /// Four zeros or more, four in five or more at one parity.
    fn strong(self) -> bool {
        let (more, less) = (self.even.max(self.odd), self.even.min(self.odd));
        more >= 4 && less * 4 <= more
    }
}

/// Nine characters in ten are text: white space, ASCII, Latin-1, general
/// punctuation and symbols (arrows, circled numbers), CJK (punctuation,
/// kana, ideographs, compatibility), full-width forms.
fn plausible(text: &str) -> bool {
    let (mut all, mut textual) = (0usize, 0usize);
    for c in text.chars() {
        all += 1;
        let ok = matches!(c as u32,
            0x09 | 0x0A | 0x0C | 0x0D | 0x20..=0x7E | 0xA0..=0xFF | 0x2000..=0x2BFF
            | 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFEFF | 0xFF00..=0xFFEF);
        textual += usize::from(ok);
    }
    textual * 10 >= all * 9
}

/// Seven two-byte characters in ten or more have both bytes from A1 (the
/// GB2312 area, where simplified Chinese text lives); four-byte GB18030
/// sequences (a digit second) are not counted. True when there is no
/// two-byte character at all.
fn gb2312_share_ok(bytes: &[u8]) -> bool {
    let (mut pairs, mut gb2312) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x81 || b == 0xFF {
            i += 1;
            continue;
        }
        let Some(&next) = bytes.get(i + 1) else { break };
        if next.is_ascii_digit() {
            i += 4;
            continue;
        }
        pairs += 1;
        gb2312 += usize::from(b >= 0xA1 && next >= 0xA1);
        i += 2;
    }
    gb2312 * 10 >= pairs * 7
}

/// UTF-16 in the given byte order, its BOM skipped, every unit valid.
fn decode_utf16(bytes: &[u8], order: Encoding) -> Result<Decoded<'static>, Error> {
    let (codec, bom) = match order {
        Encoding::Utf16Be => (encoding_rs::UTF_16BE, BOM_BE),
        _ => (encoding_rs::UTF_16LE, BOM_LE),
    };
    let skip = if bytes.starts_with(bom) { 2 } else { 0 };
    let text = strict(codec, &bytes[skip..], skip).map_err(|e| match e {
        Error::Undecodable { offset, .. } => Error::Undecodable { encoding: order, offset, found: None },
        other => other,
    })?;
    Ok(Decoded { text: Cow::Owned(text), encoding: order, bom: skip > 0, repair: None })
}

/// Decode all of `bytes` with `codec`, failing at the first malformed
/// sequence (its offset plus `base`).
fn strict(codec: &'static encoding_rs::Encoding, bytes: &[u8], base: usize) -> Result<String, Error> {
    let mut decoder = codec.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    let encoding = if std::ptr::eq(codec, encoding_rs::GB18030) { Encoding::Gb18030 } else { Encoding::Utf16 };
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            let offset = base + read.saturating_sub(usize::from(after) + usize::from(bad));
            Err(Error::Undecodable { encoding, offset, found: None })
        }
        // the capacity is the decoder's own bound, so this cannot happen;
        // reported rather than assumed
        encoding_rs::DecoderResult::OutputFull => {
            Err(Error::Undecodable { encoding, offset: base + read, found: None })
        }
    }
}

/// Bytes asked to be read as `asked` that are `found`.
fn wrong(asked: Encoding, found: Encoding) -> Error {
    Error::Undecodable { encoding: asked, offset: 0, found: Some(found) }
}

/// What people call the text an encoding reads: `GBK (GB18030) text`,
/// `UTF-16 text`, `UTF-8 text`.
pub(crate) fn text_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Gb18030 => "GBK (GB18030) text",
        Encoding::Utf16Le => "UTF-16 (little-endian) text",
        Encoding::Utf16Be => "UTF-16 (big-endian) text",
        Encoding::Utf16 => "UTF-16 text",
        Encoding::Utf8 => "UTF-8 text",
        Encoding::Auto => "text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, le: bool, bom: bool) -> Vec<u8> {
        let units = bom.then_some(0xFEFF_u16).into_iter().chain(text.encode_utf16());
        units.flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    const DOC: &str =
        "关于印发《重点任务》的通知\n各区人民政府：\n一、总则\n（一）推进改革。（市发展改革委牵头）\n2024年3月1日\n";

    #[test]
    fn utf8_is_borrowed_with_or_without_bom() {
        let d = decode(DOC.as_bytes(), Encoding::Auto).unwrap();
        assert_eq!((d.encoding, d.bom), (Encoding::Utf8, false));
        assert!(matches!(d.text, Cow::Borrowed(_)));
        let with_bom = format!("\u{FEFF}{DOC}");
        let d = decode(with_bom.as_bytes(), Encoding::Auto).unwrap();
        assert_eq!((d.encoding, d.bom, d.text.as_ref()), (Encoding::Utf8, true, with_bom.as_str()));
        let d = decode(with_bom.as_bytes(), Encoding::Utf8).unwrap();
        assert!(d.bom);
        let d = decode_vec(DOC.as_bytes().to_vec(), Encoding::Utf8).unwrap();
        assert_eq!(d.text, DOC);
    }

    #[test]
    fn utf16_both_orders_with_and_without_bom() {
        for le in [true, false] {
            for bom in [true, false] {
                let bytes = utf16(DOC, le, bom);
                let d = decode(&bytes, Encoding::Auto).unwrap_or_else(|e| panic!("le {le} bom {bom}: {e}"));
                let order = if le { Encoding::Utf16Le } else { Encoding::Utf16Be };
                assert_eq!((d.encoding, d.bom, d.text.as_ref()), (order, bom, DOC), "le {le} bom {bom}");
                assert_eq!(decode(&bytes, Encoding::Utf16).unwrap().text, DOC);
                assert_eq!(decode(&bytes, order).unwrap().text, DOC);
                assert_eq!(decode_vec(bytes, Encoding::Auto).unwrap().text, DOC);
            }
        }
        // UTF-16 of ASCII is valid UTF-8 (its zero bytes included)
        let ascii = utf16("Article 1\nArticle 2\n", true, false);
        assert_eq!(decode(&ascii, Encoding::Auto).unwrap().encoding, Encoding::Utf16Le);
    }

    #[test]
    fn gbk_is_detected_and_utf8_misread_is_not() {
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(DOC);
        assert!(!unmappable);
        let d = decode(&gbk, Encoding::Auto).unwrap();
        assert_eq!((d.encoding, d.text.as_ref()), (Encoding::Gb18030, DOC));
        assert_eq!(decode(&gbk, Encoding::Gb18030).unwrap().text, DOC);
        // UTF-8 with one bad byte is not taken for GBK
        let mut damaged = DOC.as_bytes().to_vec();
        damaged.insert(DOC.find('一').unwrap(), 0xFF);
        assert!(matches!(decode(&damaged, Encoding::Auto), Err(Error::InvalidUtf8 { .. })));
        // even when every line has an even number of bytes (so that UTF-8
        // decodes as GB18030 without error)
        let even = "通知\n一、总则\n".as_bytes().iter().copied().chain([0x80, 0x0A]).collect::<Vec<u8>>();
        assert!(strict(encoding_rs::GB18030, &even, 0).is_ok(), "the trap is set");
        assert!(matches!(decode(&even, Encoding::Auto), Err(Error::InvalidUtf8 { .. })));
    }

    #[test]
    fn named_encodings_are_obeyed_and_mismatches_named() {
        let (gbk, _, _) = encoding_rs::GBK.encode(DOC);
        let err = decode(&gbk, Encoding::Utf8).unwrap_err();
        assert_eq!(err, Error::Undecodable { encoding: Encoding::Utf8, offset: 0, found: Some(Encoding::Gb18030) });
        let le = utf16(DOC, true, true);
        let err = decode(&le, Encoding::Utf8).unwrap_err();
        assert_eq!(err.summary(), "UTF-16 (little-endian) text, not UTF-8; nothing was parsed");
        assert!(matches!(decode(&le, Encoding::Gb18030), Err(Error::Undecodable { found: Some(_), .. })));
        assert!(matches!(decode(&le, Encoding::Utf16Be), Err(Error::Undecodable { found: Some(_), .. })));
        // UTF-8 asked to be read as GB18030 or UTF-16: named
        let err = decode(DOC.as_bytes(), Encoding::Gb18030).unwrap_err();
        assert_eq!(err.summary(), "UTF-8 text, not GB18030; nothing was parsed");
        let even = if DOC.len() % 2 == 0 { DOC.to_owned() } else { format!("{DOC}\n") };
        assert_eq!(even.len() % 2, 0, "UTF-16 decodes it without error");
        assert!(matches!(
            decode(even.as_bytes(), Encoding::Utf16),
            Err(Error::Undecodable { found: Some(Encoding::Utf8), .. })
        ));
        assert!(matches!(
            decode(even.as_bytes(), Encoding::Utf16Be),
            Err(Error::Undecodable { found: Some(Encoding::Utf8), .. })
        ));
        // not GB18030 at all: located
        let err = decode(b"ab\x81\x0A", Encoding::Gb18030).unwrap_err();
        assert_eq!(err, Error::Undecodable { encoding: Encoding::Gb18030, offset: 2, found: None });
        assert_eq!(err.summary(), "malformed GB18030 at byte 2; nothing was parsed");
        // an unpaired surrogate, and an odd last byte
        let err = decode(b"\xFF\xFEa\x00\x00\xD8b\x00", Encoding::Auto).unwrap_err();
        assert_eq!(err, Error::Undecodable { encoding: Encoding::Utf16Le, offset: 4, found: None });
        assert!(matches!(decode(b"\xFF\xFEa\x00b", Encoding::Auto), Err(Error::Undecodable { offset: 4, .. })));
        // plain bad UTF-8 asked for as UTF-8: the usual error
        assert!(matches!(decode(b"\xE4\xB8\x80\xFF", Encoding::Utf8), Err(Error::InvalidUtf8 { offset: 3, .. })));
    }

    #[test]
    fn binary_is_nothing() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66";
        assert_eq!(Encoding::detect(png), None);
        assert_eq!(Encoding::detect(b""), Some(Encoding::Utf8));
    }

    #[test]
    fn names_round_trip() {
        for e in
            [Encoding::Auto, Encoding::Utf8, Encoding::Gb18030, Encoding::Utf16, Encoding::Utf16Le, Encoding::Utf16Be]
        {
            assert_eq!(e.name().parse::<Encoding>(), Ok(e));
        }
        assert!("latin-1".parse::<Encoding>().unwrap_err().to_string().contains("latin-1"));
    }
}
