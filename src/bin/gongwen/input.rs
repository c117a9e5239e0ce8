//! Where documents come from: files, directories walked in sorted order
//! ([`crate::walk`]), standard input as one document, or standard input as
//! JSON Lines read one line at a time. Reading a file, decoding its bytes
//! (UTF-8, GBK, UTF-16: `--encoding`) and decoding a JSON line happen on the
//! worker threads ([`load`]); this module's [`Source`] only hands out work.

use crate::batch::Pool;
use crate::walk::{Extensions, Walker};
use gongwen::{Encoding, Error, Location};
use serde::de::{self, Deserializer, IgnoredAny, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// Largest document read, in bytes (the library's default
/// [`gongwen::Options::max_bytes`]).
pub const MAX_BYTES: usize = 64 << 20;

/// A file is binary, and not parsed, when more than one byte in this many
/// is a control character (see [`is_control`]). Text with fewer is parsed:
/// the library removes its control characters and says so in one
/// `control-character` diagnostic, wherever they stand.
const BINARY_ONE_IN: usize = 8;

/// The control characters of the library's cleaning, as bytes: C0 other
/// than tab, line feed, carriage return and form feed, and DEL.
fn is_control(b: u8) -> bool {
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) | (b == 0x7F)
}

/// Name used for standard input read as one document.
pub const STDIN_NAME: &str = "<stdin>";

/// What a document is called in the output.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// A file, as its path was given or found.
    File(String),
    /// Standard input read as one document.
    Stdin,
    /// One line of JSON Lines input: its `id` (null when absent or
    /// unreadable) and its 1-based line number.
    Record { id: Id, line: usize },
}

/// The `id` of a JSON Lines record: any JSON value, a string being the usual.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Id {
    /// Absent, `null`, or the line could not be read.
    #[default]
    Null,
    /// A string.
    Str(String),
    /// A number, boolean, array or object, kept as it was read.
    Other(Value),
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Id::Null => s.serialize_unit(),
            Id::Str(id) => s.serialize_str(id),
            Id::Other(id) => id.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl<'de> Visitor<'de> for IdVisitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Id, E> {
                Ok(Id::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Id, E> {
                Ok(Id::Str(v))
            }
            fn visit_unit<E>(self) -> Result<Id, E> {
                Ok(Id::Null)
            }
            fn visit_none<E>(self) -> Result<Id, E> {
                Ok(Id::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Id, E> {
                Ok(Id::Other(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Id, E> {
                Ok(Id::Other(Value::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Id, E> {
                Ok(Id::Other(Value::from(v)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Id, E> {
                Ok(Id::Other(Value::from(v)))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, a: A) -> Result<Id, A::Error> {
                Value::deserialize(de::value::SeqAccessDeserializer::new(a)).map(Id::Other)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, a: A) -> Result<Id, A::Error> {
                Value::deserialize(de::value::MapAccessDeserializer::new(a)).map(Id::Other)
            }
        }
        d.deserialize_any(IdVisitor)
    }
}

impl Key {
    /// The name shown to people: the path, `<stdin>`, or the record's id
    /// (`line N` when it has none).
    pub fn name(&self) -> Cow<'_, str> {
        match self {
            Key::File(name) => Cow::Borrowed(name),
            Key::Stdin => Cow::Borrowed(STDIN_NAME),
            Key::Record { id: Id::Str(s), .. } => Cow::Borrowed(s),
            Key::Record { id: Id::Null, line } => Cow::Owned(format!("line {line}")),
            Key::Record { id: Id::Other(id), .. } => Cow::Owned(id.to_string()),
        }
    }
}

/// Why a document could not be parsed: a stable kind, a one-line reason and,
/// where the error has a place in the text, that place.
#[derive(Debug, Clone)]
pub struct Failure {
    /// `not-found`, `unreadable`, `not-a-file`, `binary`, `invalid-utf8`,
    /// `wrong-encoding`, `invalid-encoding`, `empty`, `too-large`,
    /// `no-structure`, `too-deep`, `invalid-record` or `parse-error`.
    pub kind: &'static str,
    /// One line, without the file name.
    pub message: String,
    /// Where in the input, when known.
    pub location: Option<Location>,
}

impl Failure {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Failure { kind, message: message.into(), location: None }
    }

    /// From a library error: its kind and [`Error::summary`]; text in
    /// another encoding than the one asked for is named, with the
    /// `--encoding` that reads it.
    pub fn from_error(e: &Error) -> Self {
        if let Error::Undecodable { found: Some(found), .. } = e {
            return Failure::wrong_encoding(*found);
        }
        let kind = match e {
            Error::Empty => "empty",
            Error::InvalidUtf8 { .. } => "invalid-utf8",
            Error::TooLarge { .. } => "too-large",
            Error::NoStructure { .. } => "no-structure",
            Error::TooDeep { .. } => "too-deep",
            Error::Undecodable { .. } => "invalid-encoding",
            _ => "parse-error",
        };
        Failure { kind, message: e.summary(), location: e.location().cloned() }
    }

    /// Text in `found`, not in the encoding asked for.
    fn wrong_encoding(found: Encoding) -> Self {
        let (what, flag) = match found {
            Encoding::Gb18030 => ("GBK text", "gb18030"),
            Encoding::Utf8 => ("UTF-8 text", "utf-8"),
            _ => ("UTF-16 text", "utf-16"),
        };
        Failure::new("wrong-encoding", format!("{what}: use --encoding {flag} (or auto); nothing was parsed"))
    }

    pub fn from_io(e: &io::Error, what: &str) -> Self {
        match e.kind() {
            io::ErrorKind::NotFound => Failure::new("not-found", format!("no such {what}")),
            io::ErrorKind::PermissionDenied => {
                Failure::new("unreadable", format!("cannot read {what}: permission denied"))
            }
            _ => Failure::new("unreadable", format!("cannot read {what}: {}", io_reason(e))),
        }
    }
}

/// An I/O error's text without the `(os error N)` tail.
fn io_reason(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// One unit of work, as the [`Source`] hands it out.
#[derive(Debug)]
pub enum RawItem {
    /// A file to read.
    File { name: String, path: PathBuf },
    /// Bytes already read (standard input).
    Bytes { key: Key, bytes: Vec<u8> },
    /// One JSON Lines record, undecoded.
    Line { line: usize, bytes: Vec<u8> },
    /// Something that failed before it could be read (a directory that
    /// cannot be listed, a record line too long).
    Failed { key: Key, failure: Failure },
}

/// A document's text, read and checked, or why it could not be.
pub struct Loaded {
    pub key: Key,
    pub text: Result<String, Failure>,
}

/// Read, decode and check one item (on a worker thread); files and
/// standard input are read in `encoding`.
pub fn load(item: RawItem, encoding: Encoding) -> Loaded {
    match item {
        RawItem::File { name, path } => {
            Loaded { key: Key::File(name), text: read_file(&path).and_then(|b| decode(b, encoding)) }
        }
        RawItem::Bytes { key, bytes } => Loaded { key, text: decode(bytes, encoding) },
        RawItem::Line { line, bytes } => {
            let loaded = decode_record(line, &bytes);
            LINE_STASH.with_borrow_mut(|stash| LINES.put(stash, bytes));
            loaded
        }
        RawItem::Failed { key, failure } => Loaded { key, text: Err(failure) },
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, Failure> {
    let meta = fs::metadata(path).map_err(|e| Failure::from_io(&e, "file"))?;
    if meta.is_dir() {
        return Err(Failure::new("unreadable", "is a directory"));
    }
    if meta.len() > MAX_BYTES as u64 {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    // `take`: a file that grows while read still stops at the limit
    fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| Failure::from_io(&e, "file"))?;
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(size: u64) -> Failure {
    Failure::new("too-large", format!("file of {size} bytes exceeds the limit of {MAX_BYTES} bytes; not read"))
}

/// Bytes to text in `encoding` ([`gongwen::decode_vec`]: UTF-8 is taken
/// without a copy): empty and binary input, and bytes that are not text in
/// the encoding, are refused here. Bytes that look binary (many control
/// bytes) are first tried as UTF-16, whose ASCII characters hold a zero
/// byte each: UTF-16 text is never called binary.
fn decode(bytes: Vec<u8>, encoding: Encoding) -> Result<String, Failure> {
    if bytes.is_empty() {
        return Err(Failure::new("empty", "empty file (0 bytes)"));
    }
    let controls = bytes.iter().filter(|&&b| is_control(b)).count();
    if controls * BINARY_ONE_IN > bytes.len() {
        let has_utf16_bom = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
        return match gongwen::decode(&bytes, encoding) {
            Ok(d) if d.encoding.is_utf16() => text_or_binary(d.text.into_owned()),
            // UTF-16 when another encoding was asked for; damaged UTF-16
            Err(e @ Error::Undecodable { found: Some(_), .. }) => Err(Failure::from_error(&e)),
            Err(e @ Error::Undecodable { .. }) if has_utf16_bom => Err(Failure::from_error(&e)),
            // UTF-16 of ASCII text is valid UTF-8: asked for UTF-8, named
            _ if encoding != Encoding::Auto => match Encoding::detect(&bytes).filter(|e| e.is_utf16()) {
                Some(found) => Err(Failure::wrong_encoding(found)),
                None => Err(binary(controls, bytes.len(), bytes.iter().position(|&b| is_control(b)).unwrap_or(0))),
            },
            _ => Err(binary(controls, bytes.len(), bytes.iter().position(|&b| is_control(b)).unwrap_or(0))),
        };
    }
    match gongwen::decode_vec(bytes, encoding) {
        // decoded from UTF-16 or GBK: its control characters counted again
        Ok(d) if d.encoding != Encoding::Utf8 => text_or_binary(d.text.into_owned()),
        Ok(d) => Ok(d.text.into_owned()),
        Err(e) => Err(Failure::from_error(&e)),
    }
}

/// Decoded text, unless more than one character in eight is a control
/// character.
fn text_or_binary(text: String) -> Result<String, Failure> {
    let (mut controls, mut chars, mut first) = (0, 0, None);
    for (i, c) in text.char_indices() {
        chars += 1;
        if u8::try_from(c).is_ok_and(is_control) {
            controls += 1;
            first.get_or_insert(i);
        }
    }
    if controls * BINARY_ONE_IN > chars {
        return Err(binary(controls, chars, first.unwrap_or(0)));
    }
    Ok(text)
}

fn binary(controls: usize, of: usize, first: usize) -> Failure {
    Failure::new(
        "binary",
        format!("binary file ({controls} control bytes in {of}, the first at offset {first}); not parsed"),
    )
}

/// A JSON Lines record as read: the id, and the text borrowed from the line
/// when it holds no escape. Other fields are skipped.
#[derive(Deserialize)]
struct Record<'a> {
    #[serde(default)]
    id: Id,
    #[serde(default, borrow)]
    text: Option<Text<'a>>,
}

/// A JSON string, borrowed from the input when it holds no escape.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor<'a>(std::marker::PhantomData<&'a str>);
        impl<'de: 'a, 'a> Visitor<'de> for TextVisitor<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        d.deserialize_str(TextVisitor(std::marker::PhantomData))
    }
}

/// The same record when its text could not be decoded: the id alone, the
/// text skipped unread (a string with a lone surrogate escape, a number).
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Id,
    #[serde(default, rename = "text")]
    _text: Option<IgnoredAny>,
}

const EXPECTED: &str = "expected a {\"id\": …, \"text\": \"…\"} object";

/// One JSON Lines record: `{"id": …, "text": "…"}`. The line is checked for
/// UTF-8 once, then decoded without a second check; a record whose text
/// cannot be decoded (invalid UTF-8, a lone surrogate escape, not a string)
/// keeps its id.
fn decode_record(line: usize, bytes: &[u8]) -> Loaded {
    let failed = |id: Id, failure: Failure| Loaded { key: Key::Record { id, line }, text: Err(failure) };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return failed(Id::Null, Failure::new("invalid-record", format!("empty line; {EXPECTED}")));
    }
    let json = match std::str::from_utf8(bytes) {
        Ok(json) => json,
        Err(e) => {
            // the id, read from the line with the bad bytes replaced
            let lossy = String::from_utf8_lossy(bytes);
            let id = serde_json::from_str::<IdOnly>(&lossy).map_or(Id::Null, |r| r.id);
            let at = e.valid_up_to();
            return failed(
                id,
                Failure::new("invalid-utf8", format!("invalid UTF-8 at byte {at} of the line; not parsed")),
            );
        }
    };
    // a struct also reads from an array (`["id", "text"]`): objects only
    if !json.trim_start().starts_with('{') {
        return failed(Id::Null, Failure::new("invalid-record", format!("not a JSON object; {EXPECTED}")));
    }
    match serde_json::from_str::<Record<'_>>(json) {
        Ok(Record { id, text: Some(Text(text)) }) if text.len() > MAX_BYTES => failed(id, too_large(text.len() as u64)),
        Ok(Record { id, text: Some(Text(text)) }) => {
            Loaded { key: Key::Record { id, line }, text: Ok(text.into_owned()) }
        }
        Ok(Record { id, text: None }) => failed(id, Failure::new("invalid-record", "no \"text\" field")),
        Err(e) => match serde_json::from_str::<IdOnly>(json) {
            // the object is sound: its text is what could not be decoded
            Ok(IdOnly { id, .. }) if e.classify() == serde_json::error::Category::Data => {
                failed(id, Failure::new("invalid-record", "\"text\" is not a string"))
            }
            Ok(IdOnly { id, .. }) => {
                failed(id, Failure::new("invalid-record", format!("\"text\" cannot be decoded: {e}")))
            }
            Err(_) => failed(Id::Null, Failure::new("invalid-record", format!("invalid JSON: {e}"))),
        },
    }
}

/// Standard input as one document.
pub fn read_stdin() -> RawItem {
    let mut bytes = Vec::new();
    match io::stdin().take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() > MAX_BYTES => RawItem::Failed { key: Key::Stdin, failure: too_large(bytes.len() as u64) },
        Ok(_) => RawItem::Bytes { key: Key::Stdin, bytes },
        Err(e) => RawItem::Failed { key: Key::Stdin, failure: Failure::from_io(&e, "standard input") },
    }
}

/// Hands out work, one item at a time.
pub enum Source {
    /// Files, directories and `-`, as named on the command line.
    Paths { walker: Walker, inputs: Vec<PathBuf>, extensions: Extensions },
    /// A list known up front (standard input read as one document).
    Items(std::vec::IntoIter<RawItem>),
    /// JSON Lines read from standard input as they come.
    Jsonl(JsonlReader),
}

impl Source {
    pub fn paths(inputs: &[PathBuf], extensions: Extensions) -> Self {
        Source::Paths { walker: Walker::new(inputs, extensions.clone()), inputs: inputs.to_vec(), extensions }
    }

    /// Directories named on the command line that gave no file (known once
    /// the walk is over).
    pub fn empty_dirs(&self) -> &[String] {
        match self {
            Source::Paths { walker, .. } => &walker.empty,
            _ => &[],
        }
    }

    /// Number of documents, when it can be known up front (directories are
    /// walked once more to count their files).
    pub fn len(&self) -> Option<u64> {
        match self {
            Source::Paths { inputs, extensions, .. } => Some(Walker::count(inputs, extensions.clone())),
            Source::Items(items) => Some(items.len() as u64),
            Source::Jsonl(_) => None,
        }
    }

    /// The next item and its size in bytes (for a file, its size as listed,
    /// 0 when missing: it is read later, on a worker); `None` at the end.
    pub fn next_item(&mut self) -> io::Result<Option<(RawItem, usize)>> {
        let item = match self {
            Source::Paths { walker, .. } => walker.next(),
            Source::Items(items) => items.next(),
            Source::Jsonl(reader) => reader.next_item()?,
        };
        Ok(item.map(|item| {
            let size = match &item {
                RawItem::File { path, .. } => fs::metadata(path).map_or(0, |m| m.len() as usize),
                RawItem::Bytes { bytes, .. } | RawItem::Line { bytes, .. } => bytes.len(),
                RawItem::Failed { .. } => 0,
            };
            (item, size)
        }))
    }
}

/// Line buffers of JSON Lines records decoded, for the reader to fill
/// again: the reader allocated them, and a worker freeing each one would
/// contend with the reader for its allocator's lock (see [`Pool`]).
static LINES: Pool = Pool::new(16 << 20);

std::thread_local! {
    /// A worker's decoded lines, given back to [`LINES`] a batch at a time.
    static LINE_STASH: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads JSON Lines records one line at a time, each capped in length.
pub struct JsonlReader {
    reader: Box<dyn BufRead + Send>,
    /// Line buffers taken from [`LINES`].
    stash: Vec<Vec<u8>>,
    line: usize,
    /// A line already read (by [`sniff_stdin`]).
    pending: Option<Vec<u8>>,
}

/// Longest record line read: a document of [`MAX_BYTES`] with every
/// character escaped, and room for the id.
const MAX_LINE: usize = 2 * MAX_BYTES + (1 << 20);

impl JsonlReader {
    pub fn new(reader: Box<dyn BufRead + Send>) -> Self {
        JsonlReader { reader, stash: Vec::new(), line: 0, pending: None }
    }

    fn next_item(&mut self) -> io::Result<Option<RawItem>> {
        if let Some(bytes) = self.pending.take() {
            self.line += 1;
            return Ok(Some(RawItem::Line { line: self.line, bytes }));
        }
        let mut bytes = LINES.get(&mut self.stash);
        let (read, complete) = read_line_capped(&mut self.reader, &mut bytes, MAX_LINE)?;
        if read == 0 {
            return Ok(None);
        }
        if self.line == 0 {
            strip_bom(&mut bytes);
        }
        self.line += 1;
        if !complete {
            let failure =
                Failure::new("invalid-record", format!("line longer than {MAX_LINE} bytes; skipped without decoding"));
            return Ok(Some(RawItem::Failed { key: Key::Record { id: Id::Null, line: self.line }, failure }));
        }
        Ok(Some(RawItem::Line { line: self.line, bytes }))
    }
}

/// Remove a UTF-8 byte order mark from the start of the first line.
fn strip_bom(line: &mut Vec<u8>) {
    if line.starts_with(BOM) {
        line.drain(..BOM.len());
    }
}

const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// Read one line into `buf` (without its `\n` or `\r\n`), keeping at most
/// `cap` bytes; the rest of a longer line is read and dropped. Returns the
/// bytes consumed (0 at the end) and whether the line was kept whole.
fn read_line_capped(reader: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut whole = true;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let content = if done { &available[..take - 1] } else { available };
        if whole && buf.len() + content.len() <= cap {
            buf.extend_from_slice(content);
        } else {
            whole = false;
            buf.clear();
        }
        reader.consume(take);
        consumed += take;
        if done {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok((consumed, whole))
}

/// Standard input for `parse --format jsonl -` without `--stdin-jsonl`: JSON
/// Lines when its first line is a JSON object with a `"text"` string, else
/// one document.
pub fn sniff_stdin() -> io::Result<Source> {
    let mut reader: Box<dyn BufRead + Send> = Box::new(io::BufReader::with_capacity(1 << 20, io::stdin()));
    let mut first = Vec::new();
    let (read, whole) = read_line_capped(&mut reader, &mut first, MAX_LINE)?;
    let json = first.strip_prefix(BOM).unwrap_or(&first);
    let is_record = whole
        && json.trim_ascii_start().starts_with(b"{")
        && std::str::from_utf8(json)
            .is_ok_and(|json| serde_json::from_str::<Record<'_>>(json).is_ok_and(|r| r.text.is_some()));
    if read > 0 && is_record {
        let mut jsonl = JsonlReader::new(reader);
        strip_bom(&mut first);
        jsonl.pending = Some(first);
        jsonl.line = 0;
        return Ok(Source::Jsonl(jsonl));
    }
    // one document: the first line as it was, then the rest
    if !whole {
        return Ok(Source::Items(
            vec![RawItem::Failed { key: Key::Stdin, failure: too_large(read as u64) }].into_iter(),
        ));
    }
    let mut rest = Vec::new();
    reader.take(MAX_BYTES as u64 + 1).read_to_end(&mut rest)?;
    let mut text = first;
    if read > text.len() {
        // restore the line ending read_line_capped removed
        let ending: &[u8] = if read >= text.len() + 2 { b"\r\n" } else { b"\n" };
        text.extend_from_slice(ending);
    }
    text.extend_from_slice(&rest);
    if text.len() > MAX_BYTES {
        return Ok(Source::Items(
            vec![RawItem::Failed { key: Key::Stdin, failure: too_large(text.len() as u64) }].into_iter(),
        ));
    }
    Ok(Source::Items(vec![RawItem::Bytes { key: Key::Stdin, bytes: text }].into_iter()))
}

/// Standard input as JSON Lines (`--stdin-jsonl`).
pub fn stdin_jsonl() -> Source {
    Source::Jsonl(JsonlReader::new(Box::new(io::BufReader::with_capacity(1 << 20, io::stdin()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_capped_and_endings_removed() {
        let mut r: &[u8] = b"abc\r\ndefghij\nxy";
        let mut buf = Vec::new();
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), (5, true));
        assert_eq!(buf, b"abc");
        buf.clear();
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), (8, false));
        assert!(buf.is_empty());
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), (2, true));
        assert_eq!(buf, b"xy");
        buf.clear();
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), (0, true));
    }

    #[test]
    fn records_decode_or_fail_with_a_reason() {
        let ok = decode_record(3, br#"{"id": 7, "text": "abc"}"#);
        assert_eq!(ok.key, Key::Record { id: Id::Other(Value::from(7)), line: 3 });
        assert_eq!(ok.text.unwrap(), "abc");
        // escapes decoded; other fields skipped, whatever they hold
        let ok = decode_record(1, br#"{"meta": {"a": [1, "\ud800"]}, "text": "\u4e00\n\"", "id": "a\tb"}"#);
        assert_eq!(ok.key.name(), "a\tb");
        assert_eq!(ok.text.unwrap(), "\u{4e00}\n\"");
        let no_text = decode_record(4, br#"{"id": "x"}"#);
        assert_eq!(no_text.key.name(), "x");
        assert_eq!(no_text.text.unwrap_err().message, "no \"text\" field");
        let bad = decode_record(5, b"{oops");
        assert_eq!(bad.key.name(), "line 5");
        assert!(bad.text.unwrap_err().message.starts_with("invalid JSON: "));
        assert_eq!(decode_record(6, b"[1]").text.unwrap_err().kind, "invalid-record");
        // an array is no record, even one a struct could be read from
        let array = decode_record(7, br#"["x", "text"]"#);
        assert_eq!(array.key.name(), "line 7");
        assert_eq!(
            array.text.unwrap_err().message,
            "not a JSON object; expected a {\"id\": …, \"text\": \"…\"} object"
        );
    }

    #[test]
    fn a_record_whose_text_cannot_be_decoded_keeps_its_id() {
        // invalid UTF-8 inside the text
        let bad = decode_record(2, b"{\"id\": \"d-2\", \"text\": \"\xE4\xB8\x80\xFF\"}");
        assert_eq!(bad.key, Key::Record { id: Id::Str("d-2".into()), line: 2 });
        let failure = bad.text.unwrap_err();
        assert_eq!(failure.kind, "invalid-utf8");
        assert_eq!(failure.message, "invalid UTF-8 at byte 26 of the line; not parsed");
        // a lone surrogate escape
        let bad = decode_record(3, br#"{"id": 9, "text": "abc\ud800def"}"#);
        assert_eq!(bad.key.name(), "9");
        let failure = bad.text.unwrap_err();
        assert_eq!(failure.kind, "invalid-record");
        assert!(failure.message.starts_with("\"text\" cannot be decoded: "), "{}", failure.message);
        // not a string
        let bad = decode_record(4, br#"{"text": 12, "id": "n"}"#);
        assert_eq!(bad.key.name(), "n");
        assert_eq!(bad.text.unwrap_err().message, "\"text\" is not a string");
        // an id that is not a string is kept as it was read
        let bad = decode_record(5, br#"{"id": [1, {"k": true}], "text": null}"#);
        assert_eq!(bad.key.name(), r#"[1,{"k":true}]"#);
    }

    #[test]
    fn a_byte_order_mark_starts_the_first_line_only() {
        let input = "\u{FEFF}{\"id\": 1, \"text\": \"a\"}\n\u{FEFF}{\"id\": 2, \"text\": \"b\"}\n";
        let mut reader = JsonlReader::new(Box::new(io::Cursor::new(input.as_bytes().to_vec())));
        let Some(RawItem::Line { line: 1, bytes }) = reader.next_item().unwrap() else { panic!("a line") };
        assert_eq!(decode_record(1, &bytes).text.unwrap(), "a");
        let Some(RawItem::Line { line: 2, bytes }) = reader.next_item().unwrap() else { panic!("a line") };
        let failure = decode_record(2, &bytes).text.unwrap_err();
        assert_eq!(failure.kind, "invalid-record", "a BOM inside the stream is no white space");
    }

    #[test]
    fn items_come_one_at_a_time_with_their_size() {
        let item = |n: usize| RawItem::Bytes { key: Key::Stdin, bytes: vec![b'x'; n] };
        let mut source = Source::Items(vec![item(5), item(100)].into_iter());
        let size = |s: &mut Source| s.next_item().unwrap().map(|(_, size)| size);
        assert_eq!(size(&mut source), Some(5));
        assert_eq!(size(&mut source), Some(100));
        assert_eq!(size(&mut source), None);
        let mut jsonl = Source::Jsonl(JsonlReader::new(Box::new(&b"{}\n{\"id\":1}\r\n"[..])));
        assert_eq!(size(&mut jsonl), Some(2));
        assert_eq!(size(&mut jsonl), Some(8), "without the line ending");
        assert_eq!(size(&mut jsonl), None);
    }

    #[test]
    fn bytes_are_checked() {
        let decode = |b: &[u8]| decode(b.to_vec(), Encoding::Auto);
        assert_eq!(decode(b"").unwrap_err().kind, "empty");
        assert_eq!(
            decode(b"ab\0c").unwrap_err().message,
            "binary file (1 control bytes in 4, the first at offset 2); not parsed"
        );
        // one control byte in eight or fewer: text (the library removes it)
        assert_eq!(decode(b"abcdefg\0").unwrap(), "abcdefg\0");
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err().kind, "binary");
        let bad = decode(b"\xE4\xB8\x80\xFF").unwrap_err();
        assert_eq!(bad.kind, "invalid-utf8");
        assert_eq!(bad.message, "invalid UTF-8 at byte 3 (line 1, column 2); nothing was parsed");
        assert_eq!(decode("一".as_bytes()).unwrap(), "一");
    }

    #[test]
    fn other_encodings_are_decoded_or_named() {
        let utf16: Vec<u8> = "第一条\n1. 2. 3.\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        // half its bytes are zero, yet it is text
        assert_eq!(decode(utf16.clone(), Encoding::Auto).unwrap(), "第一条\n1. 2. 3.\n");
        let named = decode(utf16, Encoding::Utf8).unwrap_err();
        assert_eq!(
            (named.kind, named.message.as_str()),
            ("wrong-encoding", "UTF-16 text: use --encoding utf-16 (or auto); nothing was parsed")
        );
        let gbk = encoding_rs::GBK.encode("关于印发的通知。\n").0.into_owned();
        assert_eq!(decode(gbk.clone(), Encoding::Auto).unwrap(), "关于印发的通知。\n");
        let named = decode(gbk, Encoding::Utf8).unwrap_err();
        assert_eq!(named.message, "GBK text: use --encoding gb18030 (or auto); nothing was parsed");
    }
}
