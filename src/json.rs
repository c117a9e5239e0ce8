//! JSON output: the bytes `serde_json` writes, made faster.
//!
//! [`write()`] serialises any [`Serialize`] value into a byte buffer in one of
//! three [`Layout`]s. [`Layout::Compact`] and [`Layout::Pretty`] give exactly
//! the bytes of `serde_json::to_vec` and `serde_json::to_vec_pretty`;
//! [`Layout::Tidy`] is the pretty layout of the command-line tool, in which
//! small containers of scalars stay on one line.
//!
//! Why not `serde_json` itself: it looks at every byte of every string one at
//! a time to find what needs escaping, and in a document's JSON nearly all
//! bytes are strings (paragraph text, titles, body names). This writer tests
//! eight bytes at a time, and copies each run that needs no escape in one
//! piece. On the corpus it writes a document's JSON in about half the time
//! (see `docs/performance.md`). Numbers are formatted by `serde_json`'s own
//! formatter, so they are the same too.
//!
//! ```
//! let doc = gongwen::parse("关于某事的通知\n\n一、总体要求\n").unwrap();
//! let mut out = Vec::new();
//! gongwen::json::write(&mut out, &doc, gongwen::json::Layout::Compact).unwrap();
//! assert_eq!(out, serde_json::to_vec(&doc).unwrap());
//! assert_eq!(String::from_utf8(out).unwrap(), doc.to_json());
//! ```

use serde::Serialize;
use serde::ser::{self, Impossible};
use serde_json::ser::{CompactFormatter, Formatter};
use std::fmt;

/// How [`write()`] lays out JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Layout {
    /// One line, no spaces: the bytes of `serde_json::to_vec`.
    Compact,
    /// Every member on its own line, two spaces per level, `": "` after a
    /// key: the bytes of `serde_json::to_vec_pretty`.
    Pretty,
    /// As [`Layout::Pretty`], except that an object or array whose members
    /// are all scalars (strings, numbers, booleans, null) and whose one-line
    /// form takes at most [`TIDY_LEAF_BYTES`] bytes is written on one line,
    /// members separated by `", "`: `"span": {"start": 0, "end": 56}`. Lines
    /// after the first start `indent` levels deep (to nest the value in an
    /// enclosing array or object written by the caller). The layout of the
    /// command-line tool's `--format json`.
    Tidy {
        /// Levels of indentation (two spaces each) of the lines after the first.
        indent: usize,
    },
}

/// Longest container [`Layout::Tidy`] keeps on one line, in bytes from its
/// opening bracket to its closing one.
pub const TIDY_LEAF_BYTES: usize = 100;

/// Why a value could not be written: a map key that is not a string, a
/// number, a boolean or a character (as with `serde_json`), or an error the
/// value's own `Serialize` raised. The AST of this crate always serialises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Append `value` as JSON to `out`, laid out as `layout` says.
///
/// On error, `out` holds what was written before it.
///
/// ```
/// use gongwen::json::{write, Layout};
/// let value = serde_json::json!({"title": "关于\"某事\"的通知", "span": {"start": 0, "end": 9}});
/// let mut out = Vec::new();
/// write(&mut out, &value, Layout::Tidy { indent: 0 }).unwrap();
/// assert_eq!(
///     String::from_utf8(out).unwrap(),
///     "{\n  \"span\": {\"end\": 9, \"start\": 0},\n  \"title\": \"关于\\\"某事\\\"的通知\"\n}"
/// );
/// ```
pub fn write<T: ?Sized + Serialize>(out: &mut Vec<u8>, value: &T, layout: Layout) -> Result<(), Error> {
    match layout {
        Layout::Compact => value.serialize(&mut Writer { out, style: Compact }),
        Layout::Pretty => value.serialize(&mut Writer { out, style: Pretty { depth: 0 } }),
        Layout::Tidy { indent } => {
            value.serialize(&mut Writer { out, style: Tidy { base: indent, frames: Vec::new(), starts: Vec::new() } })
        }
    }
}

/// `value` as compact JSON (the bytes of `serde_json::to_string`).
///
/// Written straight into the `String` (see [`Sink`]): no second pass to
/// check the UTF-8 of what was written.
pub(crate) fn to_string<T: ?Sized + Serialize>(value: &T, layout: Layout, capacity: usize) -> Result<String, Error> {
    let mut out = String::with_capacity(capacity);
    match layout {
        Layout::Compact => value.serialize(&mut Writer { out: &mut out, style: Compact })?,
        Layout::Pretty => value.serialize(&mut Writer { out: &mut out, style: Pretty { depth: 0 } })?,
        // (the tidy layout closes containers up in place: bytes only)
        Layout::Tidy { .. } => {
            let mut bytes = Vec::with_capacity(capacity);
            write(&mut bytes, value, layout)?;
            return String::from_utf8(bytes).map_err(|e| Error(e.to_string()));
        }
    }
    Ok(out)
}

/// Where the writer puts what it writes: a byte buffer, or a `String`.
/// Every piece is whole UTF-8 (a string or part of one cut at an ASCII
/// byte, an ASCII mark, serde_json's ASCII digits), so a `String` is
/// written without `unsafe` and without checking its UTF-8 again.
trait Sink {
    /// Text, or an ASCII mark.
    fn text(&mut self, s: &str);
    /// One ASCII byte.
    fn mark(&mut self, b: u8);
    /// ASCII bytes.
    fn ascii(&mut self, b: &[u8]);
    fn reserve(&mut self, n: usize);
    /// A number as serde_json's compact formatter writes it: `into_vec`
    /// writes it into a byte buffer, `into_slice` into a slice (see
    /// [`formatted!`]).
    fn number(
        &mut self,
        into_vec: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
        into_slice: impl FnOnce(&mut &mut [u8]) -> std::io::Result<()>,
    );
}

impl Sink for Vec<u8> {
    #[inline]
    fn text(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
    #[inline]
    fn mark(&mut self, b: u8) {
        self.push(b);
    }
    #[inline]
    fn ascii(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
    #[inline]
    fn reserve(&mut self, n: usize) {
        Vec::reserve(self, n);
    }
    #[inline]
    fn number(
        &mut self,
        into_vec: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
        _: impl FnOnce(&mut &mut [u8]) -> std::io::Result<()>,
    ) {
        let _ = into_vec(self);
    }
}

impl Sink for String {
    #[inline]
    fn text(&mut self, s: &str) {
        self.push_str(s);
    }
    #[inline]
    fn mark(&mut self, b: u8) {
        self.push(char::from(b));
    }
    #[inline]
    fn ascii(&mut self, b: &[u8]) {
        // (ASCII by its callers: the check is over a few bytes)
        self.push_str(std::str::from_utf8(b).unwrap_or_default());
    }
    #[inline]
    fn reserve(&mut self, n: usize) {
        String::reserve(self, n);
    }
    #[inline]
    fn number(
        &mut self,
        _: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
        into_slice: impl FnOnce(&mut &mut [u8]) -> std::io::Result<()>,
    ) {
        // (the longest is an i128: 40 characters; a float: 24)
        let mut buf = [0u8; 48];
        let mut rest: &mut [u8] = &mut buf;
        let _ = into_slice(&mut rest);
        let n = 48 - rest.len();
        self.ascii(&buf[..n]);
    }
}

/// `$v` written into `$out` by serde_json's compact formatter method
/// `$write` (the same call for either kind of [`Sink`]).
macro_rules! formatted {
    ($out:expr, $write:ident, $v:expr) => {
        $out.number(|w| CompactFormatter.$write(w, $v), |w| CompactFormatter.$write(w, $v))
    };
}

// ---------------------------------------------------------------------------
// strings

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` that JSON must escape (`"`, `\`, below 0x20), as the
/// high bit of each: exact up to the lowest one set, which is all that is
/// read (a borrow only runs upwards from a byte that matched).
#[inline(always)]
fn escapes(x: u64) -> u64 {
    let quote = x ^ (LO * u64::from(b'"'));
    let backslash = x ^ (LO * u64::from(b'\\'));
    let zero = |v: u64| v.wrapping_sub(LO) & !v;
    let control = x.wrapping_sub(LO * 0x20) & !x;
    (zero(quote) | zero(backslash) | control) & HI
}

#[inline(always)]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte at or after `from` that JSON must escape.
#[inline]
fn find_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    let mut chunks = bytes[from..].chunks_exact(16);
    for chunk in &mut chunks {
        let (a, b) = chunk.split_at(8);
        let a = escapes(u64::from_le_bytes(a.try_into().unwrap_or([0; 8])));
        let b = escapes(u64::from_le_bytes(b.try_into().unwrap_or([0; 8])));
        if a | b != 0 {
            return Some(if a != 0 {
                i + (a.trailing_zeros() / 8) as usize
            } else {
                i + 8 + (b.trailing_zeros() / 8) as usize
            });
        }
        i += 16;
    }
    chunks.remainder().iter().position(|&b| needs_escape(b)).map(|k| i + k)
}

/// Eight bytes of `b` from `at` (which has eight bytes after it).
#[inline(always)]
fn load8(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]))
}

/// Whether any byte of `b` must be escaped: every byte is tested, eight at
/// a time, without a branch per word (most strings of a document are short
/// and need no escape; the tail is read as a word that overlaps the last).
#[inline]
fn has_escape(b: &[u8]) -> bool {
    let n = b.len();
    if n >= 8 {
        let mut acc = escapes(load8(b, n - 8));
        let mut i = 0;
        while i + 8 <= n {
            acc |= escapes(load8(b, i));
            i += 8;
        }
        acc != 0
    } else if n >= 4 {
        let word = |at: usize| u64::from(u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or([0; 4])));
        escapes(word(0) | word(n - 4) << 32) != 0
    } else {
        b.iter().any(|&c| needs_escape(c))
    }
}

/// `s` as a JSON string, escaped as `serde_json` escapes it: `\"`, `\\`,
/// `\b`, `\f`, `\n`, `\r`, `\t`, and `\u00XX` (lower-case hex) for the other
/// control characters; nothing else.
#[inline]
fn write_str<O: Sink>(out: &mut O, s: &str) {
    out.reserve(s.len() + 2);
    out.mark(b'"');
    if has_escape(s.as_bytes()) {
        write_escaped(out, s);
    } else {
        out.text(s);
    }
    out.mark(b'"');
}

/// The contents of a string that holds something to escape.
#[cold]
fn write_escaped<O: Sink>(out: &mut O, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(at) = find_escape(bytes, start) {
        // (cut at ASCII bytes: whole characters)
        out.text(&s[start..at]);
        let b = bytes[at];
        match b {
            b'"' => out.text("\\\""),
            b'\\' => out.text("\\\\"),
            b'\n' => out.text("\\n"),
            b'\r' => out.text("\\r"),
            b'\t' => out.text("\\t"),
            0x08 => out.text("\\b"),
            0x0C => out.text("\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.ascii(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]]);
            }
        }
        start = at + 1;
    }
    out.text(&s[start..]);
}

// ---------------------------------------------------------------------------
// layouts

/// What a layout writes around values: brackets, separators, indentation.
trait Style<O> {
    /// An object (`{`) or array (`[`) begins.
    fn open(&mut self, out: &mut O, bracket: u8);
    /// A member (array element or object key) begins; `first` in its container.
    fn member(&mut self, out: &mut O, first: bool);
    /// Between an object key and its value.
    fn colon(&mut self, out: &mut O);
    /// The container ends; `members`: it had any.
    fn close(&mut self, out: &mut O, bracket: u8, members: bool);
}

struct Compact;

impl<O: Sink> Style<O> for Compact {
    #[inline]
    fn open(&mut self, out: &mut O, bracket: u8) {
        out.mark(bracket);
    }
    #[inline]
    fn member(&mut self, out: &mut O, first: bool) {
        if !first {
            out.mark(b',');
        }
    }
    #[inline]
    fn colon(&mut self, out: &mut O) {
        out.mark(b':');
    }
    #[inline]
    fn close(&mut self, out: &mut O, bracket: u8, _: bool) {
        out.mark(bracket);
    }
}

/// `,`, a line break and 64 levels of indentation; `newline` copies a
/// prefix of it.
const BREAK_BYTES: [u8; 130] = {
    let mut b = [b' '; 130];
    b[0] = b',';
    b[1] = b'\n';
    b
};
const BREAK: &str = match std::str::from_utf8(&BREAK_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("ASCII"),
};

/// A line break (after a comma unless `first`) and `level` levels of
/// indentation.
#[inline]
fn newline<O: Sink>(out: &mut O, first: bool, level: usize) {
    let from = usize::from(first);
    let mut n = 2 * level;
    if n <= BREAK.len() - 2 {
        out.text(&BREAK[from..2 + n]);
        return;
    }
    out.text(&BREAK[from..]);
    n -= BREAK.len() - 2;
    while n > 0 {
        let k = n.min(BREAK.len() - 2);
        out.text(&BREAK[2..2 + k]);
        n -= k;
    }
}

/// serde_json's `PrettyFormatter`.
struct Pretty {
    depth: usize,
}

impl<O: Sink> Style<O> for Pretty {
    #[inline]
    fn open(&mut self, out: &mut O, bracket: u8) {
        self.depth += 1;
        out.mark(bracket);
    }
    #[inline]
    fn member(&mut self, out: &mut O, first: bool) {
        newline(out, first, self.depth);
    }
    #[inline]
    fn colon(&mut self, out: &mut O) {
        out.text(": ");
    }
    #[inline]
    fn close(&mut self, out: &mut O, bracket: u8, members: bool) {
        self.depth -= 1;
        if members {
            newline(out, true, self.depth);
        }
        out.mark(bracket);
    }
}

/// [`Layout::Tidy`]: every container is written as [`Pretty`] writes it,
/// and one that ends with only scalars in it and short enough is closed up
/// onto one line, in place. Only those small containers are written twice;
/// a container that holds a container is never touched again.
struct Tidy {
    base: usize,
    /// The open containers.
    frames: Vec<Frame>,
    /// Where each member of the innermost container begins (after its line
    /// break and indentation), while it holds only scalars: only the
    /// innermost can (a container in it ends that).
    starts: Vec<usize>,
}

struct Frame {
    /// Where its opening bracket is in the output.
    open: usize,
    /// Only scalars in it so far.
    leaf: bool,
}

impl Style<Vec<u8>> for Tidy {
    #[inline]
    fn open(&mut self, out: &mut Vec<u8>, bracket: u8) {
        // a container in a container: that one is not a leaf
        if let Some(parent) = self.frames.last_mut() {
            parent.leaf = false;
        }
        self.frames.push(Frame { open: out.len(), leaf: true });
        self.starts.clear();
        out.push(bracket);
    }

    #[inline]
    fn member(&mut self, out: &mut Vec<u8>, first: bool) {
        let level = self.base + self.frames.len();
        newline(out, first, level);
        if self.frames.last().is_some_and(|f| f.leaf) {
            self.starts.push(out.len());
        }
    }

    #[inline]
    fn colon(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(b": ");
    }

    fn close(&mut self, out: &mut Vec<u8>, bracket: u8, members: bool) {
        let Some(frame) = self.frames.pop() else { return };
        let level = self.base + self.frames.len();
        if frame.leaf && members && self.close_up(out, frame.open, level) {
            out.push(bracket);
            return;
        }
        if members {
            newline(out, true, level);
        }
        out.push(bracket);
    }
}

impl Tidy {
    /// The members of the container opened at `open` (`level` deep, so its
    /// members one deeper), all scalars, moved onto one line if it stays
    /// within [`TIDY_LEAF_BYTES`]; whether they were.
    fn close_up(&mut self, out: &mut Vec<u8>, open: usize, level: usize) -> bool {
        // between two members: ",\n" and the indentation
        let gap = 2 + 2 * (level + 1);
        let n = self.starts.len();
        let Some(&first) = self.starts.first() else { return false };
        let content = out.len() - first - (n - 1) * gap;
        // brackets, members and ", " between them
        if 2 + content + 2 * (n - 1) > TIDY_LEAF_BYTES {
            return false;
        }
        let mut to = open + 1;
        for i in 0..n {
            let from = self.starts[i];
            let end = if i + 1 < n { self.starts[i + 1] - gap } else { out.len() };
            if i > 0 {
                out[to..to + 2].copy_from_slice(b", ");
                to += 2;
            }
            out.copy_within(from..end, to);
            to += end - from;
        }
        out.truncate(to);
        true
    }
}

// ---------------------------------------------------------------------------
// the serde serializer

struct Writer<'o, O, S> {
    out: &'o mut O,
    style: S,
}

/// The integer methods of serde's `Serializer`, each with the method of
/// serde_json's `Formatter` that writes its type, given to `$write_with`.
macro_rules! integers {
    ($write_with:ident) => {
        $write_with! {
            serialize_i8(i8) => write_i8;
            serialize_i16(i16) => write_i16;
            serialize_i32(i32) => write_i32;
            serialize_i64(i64) => write_i64;
            serialize_i128(i128) => write_i128;
            serialize_u8(u8) => write_u8;
            serialize_u16(u16) => write_u16;
            serialize_u32(u32) => write_u32;
            serialize_u64(u64) => write_u64;
            serialize_u128(u128) => write_u128;
        }
    };
}

/// serde_json's number formatting, into the buffer.
macro_rules! number {
    ($($name:ident($ty:ty) => $write:ident;)*) => {$(
        #[inline]
        fn $name(self, v: $ty) -> Result<(), Error> {
            formatted!(self.out, $write, v);
            Ok(())
        }
    )*};
}

impl<O: Sink, S: Style<O>> Writer<'_, O, S> {
    /// `{"variant": ` — what an enum variant with content opens with (as
    /// serde_json writes it); its content and the closing `}` follow.
    fn open_variant(&mut self, variant: &str) {
        self.style.open(self.out, b'{');
        self.style.member(self.out, true);
        write_str(self.out, variant);
        self.style.colon(self.out);
    }
}

impl<'a, 'o, O: Sink, S: Style<O>> ser::Serializer for &'a mut Writer<'o, O, S> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'o, O, S>;
    type SerializeTuple = Compound<'a, 'o, O, S>;
    type SerializeTupleStruct = Compound<'a, 'o, O, S>;
    type SerializeTupleVariant = Compound<'a, 'o, O, S>;
    type SerializeMap = Compound<'a, 'o, O, S>;
    type SerializeStruct = Compound<'a, 'o, O, S>;
    type SerializeStructVariant = Compound<'a, 'o, O, S>;

    #[inline]
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.text(if v { "true" } else { "false" });
        Ok(())
    }

    integers!(number);

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // as serde_json: NaN and the infinities are null
        if v.is_finite() {
            formatted!(self.out, write_f32, v);
        } else {
            self.out.text("null");
        }
        Ok(())
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            formatted!(self.out, write_f64, v);
        } else {
            self.out.text("null");
        }
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }

    #[inline]
    fn serialize_none(self) -> Result<(), Error> {
        self.out.text("null");
        Ok(())
    }

    #[inline]
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }

    #[inline]
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        write_str(self.out, variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        // {"variant": value}
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.style.close(self.out, b'}', true);
        Ok(())
    }

    #[inline]
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 'o, O, S>, Error> {
        self.style.open(self.out, b'[');
        Ok(Compound { w: self, first: true, wrapped: false })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'o, O, S>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, 'o, O, S>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'o, O, S>, Error> {
        // {"variant": [...]}
        self.open_variant(variant);
        self.style.open(self.out, b'[');
        Ok(Compound { w: self, first: true, wrapped: true })
    }

    #[inline]
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 'o, O, S>, Error> {
        self.style.open(self.out, b'{');
        Ok(Compound { w: self, first: true, wrapped: false })
    }

    #[inline]
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, 'o, O, S>, Error> {
        self.serialize_map(None)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'o, O, S>, Error> {
        // {"variant": {...}}
        self.open_variant(variant);
        self.style.open(self.out, b'{');
        Ok(Compound { w: self, first: true, wrapped: true })
    }
}

/// An array or object being written.
struct Compound<'a, 'o, O, S> {
    w: &'a mut Writer<'o, O, S>,
    /// No member written yet.
    first: bool,
    /// In a `{"variant": …}` object, closed after the container.
    wrapped: bool,
}

impl<O: Sink, S: Style<O>> Compound<'_, '_, O, S> {
    #[inline]
    fn member(&mut self) {
        self.w.style.member(self.w.out, self.first);
        self.first = false;
    }

    #[inline]
    fn close(self, bracket: u8) -> Result<(), Error> {
        self.w.style.close(self.w.out, bracket, !self.first);
        if self.wrapped {
            self.w.style.close(self.w.out, b'}', true);
        }
        Ok(())
    }

    #[inline]
    fn field<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.member();
        write_str(self.w.out, key);
        self.w.style.colon(self.w.out);
        value.serialize(&mut *self.w)
    }

    #[inline]
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.member();
        value.serialize(&mut *self.w)
    }
}

/// The four kinds of array serde knows (a sequence, a tuple, a tuple
/// struct, a tuple variant's fields) are written alike.
macro_rules! array {
    ($($trait:ident::$element:ident;)*) => {$(
        impl<O: Sink, S: Style<O>> ser::$trait for Compound<'_, '_, O, S> {
            type Ok = ();
            type Error = Error;
            #[inline]
            fn $element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            #[inline]
            fn end(self) -> Result<(), Error> {
                self.close(b']')
            }
        }
    )*};
}

array! {
    SerializeSeq::serialize_element;
    SerializeTuple::serialize_element;
    SerializeTupleStruct::serialize_field;
    SerializeTupleVariant::serialize_field;
}

impl<O: Sink, S: Style<O>> ser::SerializeMap for Compound<'_, '_, O, S> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.member();
        key.serialize(KeyWriter { out: self.w.out })
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.w.style.colon(self.w.out);
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close(b'}')
    }
}

impl<O: Sink, S: Style<O>> ser::SerializeStruct for Compound<'_, '_, O, S> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }
    #[inline]
    fn end(self) -> Result<(), Error> {
        self.close(b'}')
    }
}

impl<O: Sink, S: Style<O>> ser::SerializeStructVariant for Compound<'_, '_, O, S> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close(b'}')
    }
}

/// A map key: a string as it is; a number, boolean or character quoted (as
/// serde_json writes them); anything else an error.
struct KeyWriter<'o, O> {
    out: &'o mut O,
}

fn key_error() -> Error {
    Error("key must be a string".to_owned())
}

macro_rules! quoted_key {
    ($($name:ident($ty:ty) => $write:ident;)*) => {$(
        fn $name(self, v: $ty) -> Result<(), Error> {
            self.out.mark(b'"');
            formatted!(self.out, $write, v);
            self.out.mark(b'"');
            Ok(())
        }
    )*};
}

impl<O: Sink> ser::Serializer for KeyWriter<'_, O> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.text(if v { "\"true\"" } else { "\"false\"" });
        Ok(())
    }
    integers!(quoted_key);
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        write_str(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
    fn serialize_tuple(self, _: usize) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Error>, Error> {
        Err(key_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn compact(v: &impl Serialize) -> String {
        let mut out = Vec::new();
        write(&mut out, v, Layout::Compact).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn pretty(v: &impl Serialize) -> String {
        let mut out = Vec::new();
        write(&mut out, v, Layout::Pretty).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_byte_escapes_as_serde_json_escapes_it() {
        // every ASCII byte, at every position of a 16-byte chunk and of the tail
        for b in 0u8..0x80 {
            for at in 0..40 {
                let mut s = "甲".repeat(at / 3);
                s.push_str(&"a".repeat(at % 3));
                s.push(char::from(b));
                s.push_str("乙丙丁戊己庚辛");
                assert_eq!(compact(&s), serde_json::to_string(&s).unwrap(), "byte {b:#x} at {at}");
            }
        }
        // several escapes in a row, and none at all
        for s in ["", "\"\"\\\\\n\n", "\u{1}\u{1f}\u{7f}", "全角（）“”‘’", "a\"b\\c\u{0}d"] {
            assert_eq!(compact(&s), serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn strings_of_every_length_find_their_escape_wherever_it_is() {
        for len in 1..40 {
            for at in 0..len {
                for b in [b'"', b'\\', b'\n', 0, 0x1f, b' ', b'a', 0x7f] {
                    let mut bytes = vec![b'x'; len];
                    bytes[at] = b;
                    let s = String::from_utf8(bytes).unwrap();
                    assert_eq!(compact(&s), serde_json::to_string(&s).unwrap(), "{len} {at} {b:#x}");
                    assert_eq!(has_escape(s.as_bytes()), needs_escape(b), "{len} {at} {b:#x}");
                }
            }
        }
    }

    #[test]
    fn escapes_finds_exactly_the_first_byte_to_escape() {
        for word in [0u64, u64::MAX, 0x2222_2222_2222_2222, 0x1f20_5c5d_2123_7f80] {
            let bytes = word.to_le_bytes();
            let first = bytes.iter().position(|&b| needs_escape(b));
            let m = escapes(word);
            assert_eq!(first, (m != 0).then(|| (m.trailing_zeros() / 8) as usize), "{word:#x}");
        }
    }

    #[test]
    fn values_of_every_shape_are_serde_json_s_bytes() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, String),
            Struct { a: Option<i64>, b: Vec<f64> },
        }
        #[derive(Serialize)]
        struct S<'a> {
            unit: (),
            t: (u8, char),
            e: Vec<E>,
            empty: Vec<u8>,
            empty_map: std::collections::BTreeMap<String, u8>,
            nested: Vec<Vec<u8>>,
            floats: [f64; 4],
            big: (i128, u128),
            bytes: &'a [u8],
        }
        let s = S {
            unit: (),
            t: (7, '\n'),
            e: vec![E::Unit, E::New(1), E::Tuple(2, "x".into()), E::Struct { a: None, b: vec![1.5, -0.0] }],
            empty: vec![],
            empty_map: Default::default(),
            nested: vec![vec![], vec![1, 2]],
            floats: [f64::NAN, f64::INFINITY, 1e300, 0.1],
            big: (i128::MIN, u128::MAX),
            bytes: b"ab",
        };
        assert_eq!(compact(&s), serde_json::to_string(&s).unwrap());
        assert_eq!(pretty(&s), serde_json::to_string_pretty(&s).unwrap());
        let v = json!({"a": [1, {"b": null, "c": [true, false, "s"]}, []], "d": {}, "e": {"f": {"g": [[]]}}});
        assert_eq!(compact(&v), serde_json::to_string(&v).unwrap());
        assert_eq!(pretty(&v), serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn map_keys_are_quoted_or_refused_as_serde_json_does() {
        let m: std::collections::BTreeMap<i32, &str> = [(-1, "a"), (2, "b")].into_iter().collect();
        assert_eq!(compact(&m), serde_json::to_string(&m).unwrap());
        let b: std::collections::BTreeMap<bool, u8> = [(true, 1)].into_iter().collect();
        assert_eq!(compact(&b), serde_json::to_string(&b).unwrap());
        let bad: std::collections::BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
        let mut out = Vec::new();
        assert_eq!(write(&mut out, &bad, Layout::Compact), Err(Error("key must be a string".into())));
        assert!(serde_json::to_string(&bad).is_err());
    }

    #[test]
    fn deep_values_indent_past_the_break_constant() {
        let mut v = json!(1);
        for _ in 0..80 {
            v = json!([v]);
        }
        assert_eq!(pretty(&v), serde_json::to_string_pretty(&v).unwrap());
        // written straight into a String too
        assert_eq!(to_string(&v, Layout::Pretty, 0).unwrap(), serde_json::to_string_pretty(&v).unwrap());
        assert_eq!(to_string(&v, Layout::Compact, 0).unwrap(), serde_json::to_string(&v).unwrap());
    }

    #[test]
    fn tidy_keeps_small_containers_of_scalars_on_one_line() {
        let v = json!({"span": {"start": 0, "end": 56}, "items": ["各省", "自治区"], "long": ["x".repeat(99)],
                       "nested": [[1]], "empty": [], "o": {}});
        let mut out = Vec::new();
        write(&mut out, &v, Layout::Tidy { indent: 1 }).unwrap();
        let text = String::from_utf8(out).unwrap();
        let long = "x".repeat(99);
        let expected = format!(
            "{{\n    \"empty\": [],\n    \"items\": [\"各省\", \"自治区\"],\n    \"long\": [\n      \"{long}\"\n    ],\n    \"nested\": [\n      [1]\n    ],\n    \"o\": {{}},\n    \"span\": {{\"end\": 56, \"start\": 0}}\n  }}"
        );
        assert_eq!(text, expected);
    }
}
