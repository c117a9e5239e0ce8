//! Where documents come from: files, directories walked in sorted order
//! ([`crate::walk`]), standard input as one document, or standard input as
//! JSON Lines read in blocks of whole lines. Reading a file, decoding its
//! bytes (UTF-8, GBK, UTF-16: `--encoding`) and decoding a JSON line happen
//! on the worker threads ([`Batch::load_each`]); this module's [`Source`]
//! only hands out work, a [`Batch`] at a time, to the worker that asks (under
//! a lock: it reads standard input, walks directories, splits nothing).

use crate::batch::Pool;
use crate::walk::{Extensions, Walker};
use gongwen::{DecodeOptions, Encoding, Error, Location, Repair};
use serde::de::{self, Deserializer, IgnoredAny, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

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
    /// Something that failed before it could be read (a directory that
    /// cannot be listed, a record line too long).
    Failed { key: Key, failure: Failure },
}

/// A document's text, read and checked, or why it could not be.
pub struct Loaded {
    pub key: Key,
    pub text: Result<String, Failure>,
    /// The mojibake repair made to the text, if any (`--no-repair` off).
    pub repair: Option<Repair>,
}

/// Read, decode and check one item (on a worker thread); files and
/// standard input are read as `decoding` says.
fn load(item: RawItem, decoding: DecodeOptions) -> Loaded {
    let (key, read) = match item {
        RawItem::File { name, path } => {
            let key = Key::File(name);
            let read = read_file(&path).and_then(|b| guarded_decode(&key, b, decoding));
            (key, read)
        }
        RawItem::Bytes { key, bytes } => {
            let read = guarded_decode(&key, bytes, decoding);
            (key, read)
        }
        RawItem::Failed { key, failure } => (key, Err(failure)),
    };
    match read {
        Ok((text, repair)) => Loaded { key, text: Ok(text), repair },
        Err(failure) => Loaded { key, text: Err(failure), repair: None },
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
/// [`decode`], with a panic caught (a bug: decoding is meant to be total,
/// as parsing is): the item gets an error of kind `panic` and the batch goes
/// on with the others, as for a panic while parsing (`batch::one`).
fn guarded_decode(key: &Key, bytes: Vec<u8>, decoding: DecodeOptions) -> Result<(String, Option<Repair>), Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::batch::injected_panic(key, "GONGWEN_TEST_DECODE_PANIC_ON");
        decode(bytes, decoding)
    }))
    .unwrap_or_else(|payload| Err(crate::batch::panicked("decoding", payload.as_ref())))
}

fn decode(bytes: Vec<u8>, decoding: DecodeOptions) -> Result<(String, Option<Repair>), Failure> {
    let encoding = decoding.encoding;
    if bytes.is_empty() {
        return Err(Failure::new("empty", "empty file (0 bytes)"));
    }
    let controls = bytes.iter().filter(|&&b| is_control(b)).count();
    if controls * BINARY_ONE_IN > bytes.len() {
        let has_utf16_bom = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
        return match gongwen::decode_with(&bytes, &decoding) {
            Ok(d) if d.encoding.is_utf16() => text_or_binary(d.text.into_owned()).map(|t| (t, d.repair)),
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
    match gongwen::decode_vec_with(bytes, &decoding) {
        // decoded from UTF-16 or GBK: its control characters counted again
        Ok(d) if d.encoding != Encoding::Utf8 => text_or_binary(d.text.into_owned()).map(|t| (t, d.repair)),
        Ok(d) => Ok((d.text.into_owned(), d.repair)),
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
/// keeps its id. Its text is repaired when it is mojibake and `repair`.
fn decode_record(line: usize, bytes: &[u8], repair: bool) -> Loaded {
    let failed = |id: Id, failure: Failure| Loaded { key: Key::Record { id, line }, text: Err(failure), repair: None };
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
            let key = Key::Record { id, line };
            match repair.then(|| gongwen::repair_mojibake(&text)).flatten() {
                Some((text, repair)) => Loaded { key, text: Ok(text), repair: Some(repair) },
                None => Loaded { key, text: Ok(text.into_owned()), repair: None },
            }
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

/// Set when the run stops before its input ends (the output cannot be
/// written): a read of standard input that waits for more returns then.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// Make every read of standard input that waits return an error, now and
/// later: the run has stopped (its output cannot be written), and a pipe
/// that sends nothing more (`(sleep 60; cat) | gongwen …`, `tail -f`) must
/// not keep it waiting.
pub fn stop_reading_stdin() {
    STOPPED.store(true, Ordering::Relaxed);
}

/// Standard input, read on a thread of its own and handed over in chunks,
/// so that a reader can give up when the run stops ([`stop_reading_stdin`]):
/// a read blocked in the system cannot be interrupted, a wait on a channel
/// can. The thread is left blocked then; the process ends without it. With
/// no thread to be had, standard input itself.
fn stdin() -> Box<dyn Read + Send> {
    /// Bytes a read of the thread asks for, and chunks it may have ready
    /// ahead of the reader: at most 768 KiB held.
    const CHUNK: usize = 256 << 10;
    let (tx, rx) = mpsc::sync_channel::<io::Result<Vec<u8>>>(2);
    let spawned = std::thread::Builder::new().name("gongwen.stdin".into()).spawn(move || {
        let mut stdin = io::stdin().lock();
        loop {
            let mut chunk = vec![0; CHUNK];
            let read = match stdin.read(&mut chunk) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                read => read,
            };
            let end = !matches!(read, Ok(n) if n > 0);
            let sent = tx.send(read.map(|n| {
                chunk.truncate(n);
                chunk
            }));
            if end || sent.is_err() {
                return;
            }
        }
    });
    match spawned {
        Ok(_) => Box::new(ChannelReader { rx, chunk: Vec::new(), at: 0, ended: false }),
        Err(_) => Box::new(io::stdin()),
    }
}

/// The reading end of [`stdin`].
struct ChannelReader {
    rx: Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
    ended: bool,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.chunk.len() && !self.ended {
            // how often a read waiting for a pipe looks whether the run stopped
            const POLL: Duration = Duration::from_millis(50);
            match self.rx.recv_timeout(POLL) {
                Ok(Ok(chunk)) => {
                    self.ended = chunk.is_empty();
                    (self.chunk, self.at) = (chunk, 0);
                }
                Ok(Err(e)) => {
                    self.ended = true;
                    return Err(e);
                }
                Err(RecvTimeoutError::Timeout) if STOPPED.load(Ordering::Relaxed) => {
                    return Err(io::Error::other("the run stopped"));
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => self.ended = true,
            }
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Standard input as one document.
pub fn read_stdin() -> RawItem {
    let mut bytes = Vec::new();
    match stdin().take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() > MAX_BYTES => RawItem::Failed { key: Key::Stdin, failure: too_large(bytes.len() as u64) },
        Ok(_) => RawItem::Bytes { key: Key::Stdin, bytes },
        Err(e) => RawItem::Failed { key: Key::Stdin, failure: Failure::from_io(&e, "standard input") },
    }
}

/// Hands out work, a [`Batch`] at a time.
pub enum Source {
    /// Files, directories and `-`, as named on the command line.
    Paths { walker: Walker, inputs: Vec<PathBuf>, extensions: Extensions },
    /// A list known up front (standard input read as one document).
    Items(std::vec::IntoIter<RawItem>),
    /// JSON Lines read from standard input as they come.
    Jsonl(JsonlReader),
}

/// What one worker takes from the [`Source`] at once.
#[derive(Debug)]
pub enum Batch {
    /// Items loaded one by one: files, standard input, failures.
    Items(Vec<RawItem>),
    /// `count` whole JSON Lines lines, undecoded, the first of them line
    /// `first` (1-based) of the input; the last may lack its line break.
    Lines { bytes: Vec<u8>, first: usize, count: usize },
}

impl Batch {
    /// The number of documents.
    pub fn len(&self) -> usize {
        match self {
            Batch::Items(items) => items.len(),
            Batch::Lines { count, .. } => *count,
        }
    }

    /// Each document read, decoded and checked in turn (on a worker
    /// thread), in input order: files and standard input as `decoding`
    /// says, JSON Lines records as [`decode_record`] (repaired as it says).
    pub fn load_each(self, decoding: DecodeOptions, mut each: impl FnMut(Loaded)) {
        match self {
            Batch::Items(items) => items.into_iter().for_each(|item| each(load(item, decoding))),
            Batch::Lines { bytes, first, count } => {
                let mut rest = &bytes[..];
                for line in first..first + count {
                    let (content, next) = match memchr::memchr(b'\n', rest) {
                        Some(i) => rest.split_at(i + 1),
                        None => (rest, &rest[rest.len()..]),
                    };
                    let content = content.strip_suffix(b"\n").unwrap_or(content);
                    let content = content.strip_suffix(b"\r").unwrap_or(content);
                    each(decode_record(line, content, decoding.repair));
                    rest = next;
                }
                LINE_STASH.with_borrow_mut(|stash| LINES.put(stash, bytes));
            }
        }
    }
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

    /// The next batch and its size in bytes (for a file, its size as
    /// listed, 0 when missing: it is read later, on a worker); `None` at the
    /// end. Files and other items come one a batch (their cost is unknown
    /// until read, and taking one is cheap beside reading it); JSON Lines in
    /// blocks of whole lines ([`JsonlReader::next_batch`]).
    pub fn next_batch(&mut self) -> io::Result<Option<(Batch, usize)>> {
        let item = match self {
            Source::Paths { walker, .. } => walker.next(),
            Source::Items(items) => items.next(),
            Source::Jsonl(reader) => return reader.next_batch(),
        };
        Ok(item.map(|item| {
            let size = match &item {
                RawItem::File { path, .. } => fs::metadata(path).map_or(0, |m| m.len() as usize),
                RawItem::Bytes { bytes, .. } => bytes.len(),
                RawItem::Failed { .. } => 0,
            };
            (Batch::Items(vec![item]), size)
        }))
    }
}

/// Blocks of JSON Lines records read, for the reader to fill again: a
/// worker reads them and another may decode them, and a thread freeing
/// memory another allocated contends for that one's allocator lock (see
/// [`Pool`]).
static LINES: Pool = Pool::new(16 << 20);

std::thread_local! {
    /// A worker's decoded blocks, given back to [`LINES`] a batch at a time.
    static LINE_STASH: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Bytes of JSON Lines a [`Batch`] holds, about (whole lines: it ends at
/// the last line break within this many bytes): 10 to 30 records of the
/// corpus, a few milliseconds of parsing. Larger blocks mean fewer turns at
/// the source's lock; smaller, a shorter wait at the end of the input for
/// the last block, and less memory held per worker.
const BLOCK: usize = 256 << 10;

/// Lines a [`Batch`] holds at most (short records): well under the
/// records the batch engine lets be in flight, so that several blocks are.
pub const BLOCK_LINES: usize = 128;

/// A read that returns fewer bytes than this is taken to mean that no more
/// input is ready (a pipe fed slowly, a terminal): the lines read so far go
/// out without waiting for a whole block, so that records fed one at a time
/// are answered one at a time. A pipe written faster than it is read gives
/// its whole buffer (64 KiB) a read, a file what is asked.
const READY: usize = 32 << 10;

/// Reads JSON Lines records in blocks of whole lines, each line capped in
/// length.
pub struct JsonlReader {
    reader: Box<dyn Read + Send>,
    /// Blocks taken from [`LINES`].
    stash: Vec<Vec<u8>>,
    /// Bytes read and not yet handed out, from `pos` on: whole lines up to
    /// `tail`, then the start of a line.
    data: Vec<u8>,
    pos: usize,
    tail: usize,
    /// Lines handed out.
    line: usize,
    /// The input ended.
    eof: bool,
    /// The last read suggests that more input is ready.
    ready: bool,
    /// Longest line read ([`MAX_LINE`]; less in tests).
    max_line: usize,
}

/// Longest record line read: a document of [`MAX_BYTES`] with every
/// character escaped, and room for the id.
const MAX_LINE: usize = 2 * MAX_BYTES + (1 << 20);

impl JsonlReader {
    pub fn new(reader: Box<dyn Read + Send>) -> Self {
        JsonlReader::with_start(reader, Vec::new())
    }

    /// A reader whose input begins with `start`, already read.
    fn with_start(reader: Box<dyn Read + Send>, start: Vec<u8>) -> Self {
        let tail = memchr::memrchr(b'\n', &start).map_or(0, |i| i + 1);
        JsonlReader {
            reader,
            stash: Vec::new(),
            data: start,
            pos: 0,
            tail,
            line: 0,
            eof: false,
            ready: true,
            max_line: MAX_LINE,
        }
    }

    /// The next block of whole lines: about [`BLOCK`] bytes, at most
    /// [`BLOCK_LINES`] lines, when the input has them ready, else the lines
    /// ready (at least one); a line longer than `max_line` is skipped unread
    /// (what is read of it dropped) and given as a failed item. `None` at
    /// the end of the input.
    pub fn next_batch(&mut self) -> io::Result<Option<(Batch, usize)>> {
        let end = loop {
            let avail = &self.data[self.pos..];
            // whole lines held: from `pos` to `tail`
            let whole = self.tail.saturating_sub(self.pos);
            if avail.len() - whole > self.max_line {
                // the line being read is too long: the lines before it first
                if whole > 0 {
                    break whole;
                }
                return self.skip_long_line(None).map(Some);
            }
            if whole > 0 {
                let first = memchr::memchr(b'\n', &avail[..whole]).unwrap_or(whole);
                if first > self.max_line {
                    return self.skip_long_line(Some(first)).map(Some);
                }
                if let Some(end) = block_end(avail, first) {
                    break end;
                }
                if !self.ready && !self.eof {
                    break whole;
                }
            }
            if self.eof {
                if avail.is_empty() {
                    return Ok(None);
                }
                // an unfinished last line is a line
                break avail.len();
            }
            self.read_more()?;
        };
        let (end, count) = self.lines_within(end);
        let mut bytes = self.cut(end);
        if self.line == 0 {
            strip_bom(&mut bytes);
        }
        let first = self.line + 1;
        self.line += count;
        let size = bytes.len();
        Ok(Some((Batch::Lines { bytes, first, count }, size)))
    }

    /// The lines of the `end` bytes from `pos` on, and where they end: at
    /// `end`, or before the first line longer than `max_line` after the
    /// first (read whole in one read), which the next block starts with.
    fn lines_within(&self, end: usize) -> (usize, usize) {
        let block = &self.data[self.pos..self.pos + end];
        let (mut start, mut count) = (0, 0);
        for i in memchr::memchr_iter(b'\n', block).chain((block.last() != Some(&b'\n')).then_some(block.len())) {
            if i - start > self.max_line && count > 0 {
                return (start, count);
            }
            count += 1;
            start = i + 1;
        }
        (end, count)
    }

    /// The `end` bytes from `pos` on, handed out: the buffer itself when
    /// they are most of it (what is left is copied to a new one), else a
    /// copy of them.
    fn cut(&mut self, end: usize) -> Vec<u8> {
        let left = self.data.len() - self.pos - end;
        if self.pos == 0 && left <= end {
            let mut rest = LINES.get(&mut self.stash);
            rest.extend_from_slice(&self.data[end..]);
            let mut block = std::mem::replace(&mut self.data, rest);
            block.truncate(end);
            self.tail = self.tail.saturating_sub(end);
            return block;
        }
        let mut block = LINES.get(&mut self.stash);
        block.extend_from_slice(&self.data[self.pos..self.pos + end]);
        self.pos += end;
        block
    }

    /// One read onto what is held, of up to a block (at least [`READY`]
    /// bytes).
    fn read_more(&mut self) -> io::Result<()> {
        if self.pos > 0 {
            self.data.drain(..self.pos);
            self.tail = self.tail.saturating_sub(self.pos);
            self.pos = 0;
        }
        let start = self.data.len();
        self.data.resize(start + BLOCK.saturating_sub(start).max(READY), 0);
        let read = loop {
            match self.reader.read(&mut self.data[start..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        let n = *read.as_ref().unwrap_or(&0);
        self.data.truncate(start + n);
        read?;
        if let Some(i) = memchr::memrchr(b'\n', &self.data[start..]) {
            self.tail = start + i + 1;
        }
        self.eof = n == 0;
        self.ready = n >= READY;
        Ok(())
    }

    /// A first line longer than `max_line`, of which the bytes held are the
    /// start (its end at `end` from `pos`, when read): the rest read and
    /// dropped up to its line break.
    fn skip_long_line(&mut self, end: Option<usize>) -> io::Result<(Batch, usize)> {
        match end {
            Some(end) => self.pos += end + 1,
            None => loop {
                self.data.clear();
                (self.pos, self.tail) = (0, 0);
                self.read_more()?;
                if self.eof {
                    break;
                }
                if let Some(end) = memchr::memchr(b'\n', &self.data) {
                    self.pos = end + 1;
                    break;
                }
            },
        }
        // the long line's memory is not kept
        self.data = self.data.split_off(self.pos);
        self.tail = memchr::memrchr(b'\n', &self.data).map_or(0, |i| i + 1);
        self.pos = 0;
        self.line += 1;
        let failure = Failure::new(
            "invalid-record",
            format!("line longer than {} bytes; skipped without decoding", self.max_line),
        );
        Ok((Batch::Items(vec![RawItem::Failed { key: Key::Record { id: Id::Null, line: self.line }, failure }]), 0))
    }
}

/// Where a block of `avail` (whole lines, the first ending at `first`)
/// ends: after [`BLOCK_LINES`] lines, or after the last line that ends
/// within [`BLOCK`] bytes (the first line, when it is longer); `None` when
/// `avail` holds less than either.
fn block_end(avail: &[u8], first: usize) -> Option<usize> {
    let by_bytes = if first + 1 >= BLOCK {
        Some(first + 1)
    } else if avail.len() >= BLOCK {
        memchr::memrchr(b'\n', &avail[..BLOCK]).map(|i| i + 1)
    } else {
        None
    };
    let within = &avail[..by_bytes.unwrap_or(avail.len())];
    memchr::memchr_iter(b'\n', within).nth(BLOCK_LINES - 1).map(|i| i + 1).or(by_bytes)
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
    let mut reader = io::BufReader::with_capacity(1 << 20, stdin());
    let mut first = Vec::new();
    let (read, whole) = read_line_capped(&mut reader, &mut first, MAX_LINE)?;
    let json = first.strip_prefix(BOM).unwrap_or(&first);
    let is_record = whole
        && json.trim_ascii_start().starts_with(b"{")
        && std::str::from_utf8(json)
            .is_ok_and(|json| serde_json::from_str::<Record<'_>>(json).is_ok_and(|r| r.text.is_some()));
    if read > 0 && is_record {
        // the first line read again, as it came (its BOM, if any, removed
        // by the reader); a line break ends it as well as the one it had
        if read > first.len() {
            first.push(b'\n');
        }
        return Ok(Source::Jsonl(JsonlReader::with_start(Box::new(reader), first)));
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

/// Standard input as JSON Lines (`--stdin-jsonl`), read in blocks straight
/// into the blocks handed out (its reads of a block bypass its buffer).
pub fn stdin_jsonl() -> Source {
    Source::Jsonl(JsonlReader::new(stdin()))
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
        let ok = decode_record(3, br#"{"id": 7, "text": "abc"}"#, true);
        assert_eq!(ok.key, Key::Record { id: Id::Other(Value::from(7)), line: 3 });
        assert_eq!(ok.text.unwrap(), "abc");
        // escapes decoded; other fields skipped, whatever they hold
        let ok = decode_record(1, br#"{"meta": {"a": [1, "\ud800"]}, "text": "\u4e00\n\"", "id": "a\tb"}"#, true);
        assert_eq!(ok.key.name(), "a\tb");
        assert_eq!(ok.text.unwrap(), "\u{4e00}\n\"");
        let no_text = decode_record(4, br#"{"id": "x"}"#, true);
        assert_eq!(no_text.key.name(), "x");
        assert_eq!(no_text.text.unwrap_err().message, "no \"text\" field");
        let bad = decode_record(5, b"{oops", true);
        assert_eq!(bad.key.name(), "line 5");
        assert!(bad.text.unwrap_err().message.starts_with("invalid JSON: "));
        assert_eq!(decode_record(6, b"[1]", true).text.unwrap_err().kind, "invalid-record");
        // an array is no record, even one a struct could be read from
        let array = decode_record(7, br#"["x", "text"]"#, true);
        assert_eq!(array.key.name(), "line 7");
        assert_eq!(
            array.text.unwrap_err().message,
            "not a JSON object; expected a {\"id\": …, \"text\": \"…\"} object"
        );
    }

    #[test]
    fn a_record_whose_text_cannot_be_decoded_keeps_its_id() {
        // invalid UTF-8 inside the text
        let bad = decode_record(2, b"{\"id\": \"d-2\", \"text\": \"\xE4\xB8\x80\xFF\"}", true);
        assert_eq!(bad.key, Key::Record { id: Id::Str("d-2".into()), line: 2 });
        let failure = bad.text.unwrap_err();
        assert_eq!(failure.kind, "invalid-utf8");
        assert_eq!(failure.message, "invalid UTF-8 at byte 26 of the line; not parsed");
        // a lone surrogate escape
        let bad = decode_record(3, br#"{"id": 9, "text": "abc\ud800def"}"#, true);
        assert_eq!(bad.key.name(), "9");
        let failure = bad.text.unwrap_err();
        assert_eq!(failure.kind, "invalid-record");
        assert!(failure.message.starts_with("\"text\" cannot be decoded: "), "{}", failure.message);
        // not a string
        let bad = decode_record(4, br#"{"text": 12, "id": "n"}"#, true);
        assert_eq!(bad.key.name(), "n");
        assert_eq!(bad.text.unwrap_err().message, "\"text\" is not a string");
        // an id that is not a string is kept as it was read
        let bad = decode_record(5, br#"{"id": [1, {"k": true}], "text": null}"#, true);
        assert_eq!(bad.key.name(), r#"[1,{"k":true}]"#);
    }

    /// Gives at most `step` bytes a read, as a pipe fed slowly does.
    struct Trickle {
        data: Vec<u8>,
        pos: usize,
        step: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.step).min(self.data.len() - self.pos);
            buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    /// A record as read: its line number, its id (or failure kind) and its
    /// text (or the failure's message).
    type Read1 = (usize, String, String);

    /// Every batch of `input` read `step` bytes at a time: for each, its
    /// size in bytes and its records (line number, id or failure kind,
    /// text).
    fn batches(input: &[u8], step: usize, max_line: usize) -> Vec<(usize, Vec<Read1>)> {
        let trickle = Trickle { data: input.to_vec(), pos: 0, step };
        let mut reader = JsonlReader::new(Box::new(trickle));
        reader.max_line = max_line;
        let mut out = Vec::new();
        while let Some((batch, size)) = reader.next_batch().unwrap() {
            let n = batch.len();
            let mut records = Vec::new();
            batch.load_each(DecodeOptions::default(), |loaded| {
                let Key::Record { line, .. } = loaded.key else { panic!("{:?}", loaded.key) };
                let (what, text) = match loaded.text {
                    Ok(text) => (loaded.key.name().into_owned(), text),
                    Err(f) => (f.kind.to_owned(), f.message),
                };
                records.push((line, what, text));
            });
            assert_eq!(records.len(), n);
            out.push((size, records));
        }
        out
    }

    /// `n` records of about `size` bytes each, numbered from 0.
    fn records(n: usize, size: usize) -> Vec<u8> {
        let mut input = Vec::new();
        for i in 0..n {
            let text = "字".repeat(size / 3 + i % 7);
            input.extend_from_slice(format!("{{\"id\":{i},\"text\":\"{text}\"}}\n").as_bytes());
        }
        input
    }

    #[test]
    fn json_lines_come_in_blocks_of_whole_lines_numbered_in_order() {
        for (n, size) in [(3000, 300), (100, 20_000), (7, 600_000)] {
            let input = records(n, size);
            for step in [usize::MAX, 64 << 10, 4093, 1000] {
                let got = batches(&input, step, MAX_LINE);
                let all: Vec<_> = got.iter().flat_map(|(_, r)| r).collect();
                assert_eq!(all.len(), n, "records {n} of {size}, reads of {step}");
                for (i, (line, id, text)) in all.iter().enumerate() {
                    assert_eq!((*line, id.as_str()), (i + 1, i.to_string().as_str()));
                    assert_eq!(text.len(), 3 * (size / 3 + i % 7));
                }
                for (bytes, records) in &got {
                    assert!(records.len() <= BLOCK_LINES, "{} lines", records.len());
                    // a block ends at the last line break within BLOCK bytes
                    assert!(*bytes <= BLOCK || records.len() == 1, "{bytes} bytes");
                }
                let sizes: usize = got.iter().map(|(bytes, _)| bytes).sum();
                assert_eq!(sizes, input.len());
                // read whole, blocks are full: short records BLOCK_LINES a
                // block, long ones about BLOCK bytes
                if step == usize::MAX {
                    let (bytes, records) = &got[0];
                    assert!(
                        records.len() == BLOCK_LINES || *bytes + 3 * size + 100 > BLOCK,
                        "{bytes} bytes, {} lines",
                        records.len()
                    );
                }
            }
        }
    }

    #[test]
    fn records_fed_slowly_go_out_as_they_come() {
        // reads of less than READY bytes: each block is the lines read
        let input = records(50, 100);
        let got = batches(&input, 150, MAX_LINE);
        assert!(
            got.iter().all(|(_, records)| records.len() <= 2),
            "{:?}",
            got.iter().map(|g| g.1.len()).collect::<Vec<_>>()
        );
        assert_eq!(got.iter().map(|(_, r)| r.len()).sum::<usize>(), 50);
    }

    #[test]
    fn line_endings_blank_lines_and_an_unfinished_last_line() {
        let input =
            b"{\"id\":\"a\",\"text\":\"x\"}\r\n\n{\"id\":\"b\",\"text\":\"y\"}\r\n{\"id\":\"c\",\"text\":\"z\"}";
        for step in [usize::MAX, 1, 7] {
            let got: Vec<_> = batches(input, step, MAX_LINE).into_iter().flat_map(|(_, r)| r).collect();
            let what: Vec<_> = got.iter().map(|(line, what, text)| (*line, what.as_str(), text.as_str())).collect();
            assert_eq!(what[0], (1, "a", "x"));
            assert_eq!((what[1].0, what[1].1), (2, "invalid-record"));
            assert_eq!(what[2..], [(3, "b", "y"), (4, "c", "z")]);
        }
        assert!(batches(b"", 10, MAX_LINE).is_empty());
        let got = batches(b"\n", 10, MAX_LINE);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1[0].1, "invalid-record");
    }

    #[test]
    fn a_line_over_the_cap_is_skipped_and_the_next_keeps_its_number() {
        let long = format!("{{\"id\":\"long\",\"text\":\"{}\"}}\n", "x".repeat(5000));
        let short = |id: &str| format!("{{\"id\":\"{id}\",\"text\":\"y\"}}\n");
        for (input, step) in [
            (format!("{}{long}{}", short("a"), short("b")), usize::MAX),
            (format!("{}{long}{}", short("a"), short("b")), 700),
            (format!("{long}{}{long}", short("b")), 100),
            // unfinished at the end of the input
            (format!("{}{}", short("a"), long.trim_end()), 300),
        ] {
            let got: Vec<_> = batches(input.as_bytes(), step, 4000).into_iter().flat_map(|(_, r)| r).collect();
            let lines: Vec<_> = input.lines().collect();
            assert_eq!(got.len(), lines.len());
            for ((line, what, text), raw) in got.iter().zip(&lines) {
                if raw.len() > 4000 {
                    assert_eq!(what, "invalid-record");
                    assert_eq!(text, "line longer than 4000 bytes; skipped without decoding");
                } else {
                    assert!(raw.contains(&format!("\"{what}\"")), "line {line}: {what}");
                }
            }
        }
    }

    #[test]
    fn a_byte_order_mark_starts_the_first_line_only() {
        let input = "\u{FEFF}{\"id\": 1, \"text\": \"a\"}\n\u{FEFF}{\"id\": 2, \"text\": \"b\"}\n";
        for step in [usize::MAX, 2] {
            let got: Vec<_> = batches(input.as_bytes(), step, MAX_LINE).into_iter().flat_map(|(_, r)| r).collect();
            assert_eq!((got[0].0, got[0].2.as_str()), (1, "a"));
            assert_eq!(
                (got[1].0, got[1].1.as_str()),
                (2, "invalid-record"),
                "a BOM inside the stream is no white space"
            );
        }
    }

    #[test]
    fn items_come_one_at_a_time_with_their_size() {
        let item = |n: usize| RawItem::Bytes { key: Key::Stdin, bytes: vec![b'x'; n] };
        let mut source = Source::Items(vec![item(5), item(100)].into_iter());
        let size = |s: &mut Source| s.next_batch().unwrap().map(|(b, size)| (b.len(), size));
        assert_eq!(size(&mut source), Some((1, 5)));
        assert_eq!(size(&mut source), Some((1, 100)));
        assert_eq!(size(&mut source), None);
        let mut jsonl = Source::Jsonl(JsonlReader::new(Box::new(&b"{}\n{\"id\":1}\r\n"[..])));
        assert_eq!(size(&mut jsonl), Some((2, 13)), "two lines in one block, with their endings");
        assert_eq!(size(&mut jsonl), None);
    }

    /// The text [`decode`] gives, without its repair.
    fn decode_text(bytes: Vec<u8>, encoding: Encoding) -> Result<String, Failure> {
        decode(bytes, DecodeOptions::new(encoding)).map(|(text, _)| text)
    }

    #[test]
    fn mojibake_is_repaired_unless_told_not_to() {
        let text = "国务院办公厅关于推进城市更新工作的通知\n一、总体要求\n";
        let bad = encoding_rs::WINDOWS_1252.decode_without_bom_handling(text.as_bytes()).0.into_owned();
        let (repaired, repair) = decode(bad.clone().into_bytes(), DecodeOptions::default()).unwrap();
        assert_eq!((repaired.as_str(), repair.map(|r| r.code_page)), (text, Some(gongwen::CodePage::Windows1252)));
        let (as_is, repair) = decode(bad.clone().into_bytes(), DecodeOptions::default().repair(false)).unwrap();
        assert_eq!((as_is, repair), (bad.clone(), None));
        // a JSON Lines record's text too
        let line = serde_json::json!({"id": "m", "text": bad}).to_string();
        let loaded = decode_record(1, line.as_bytes(), true);
        assert_eq!((loaded.text.unwrap().as_str(), loaded.repair.is_some()), (text, true));
        let loaded = decode_record(1, line.as_bytes(), false);
        assert_eq!((loaded.text.unwrap(), loaded.repair), (bad, None));
    }

    #[test]
    fn bytes_are_checked() {
        let decode = |b: &[u8]| decode_text(b.to_vec(), Encoding::Auto);
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
        assert_eq!(decode_text(utf16.clone(), Encoding::Auto).unwrap(), "第一条\n1. 2. 3.\n");
        let named = decode_text(utf16, Encoding::Utf8).unwrap_err();
        assert_eq!(
            (named.kind, named.message.as_str()),
            ("wrong-encoding", "UTF-16 text: use --encoding utf-16 (or auto); nothing was parsed")
        );
        let gbk = encoding_rs::GBK.encode("关于印发的通知。\n").0.into_owned();
        assert_eq!(decode_text(gbk.clone(), Encoding::Auto).unwrap(), "关于印发的通知。\n");
        let named = decode_text(gbk, Encoding::Utf8).unwrap_err();
        assert_eq!(named.message, "GBK text: use --encoding gb18030 (or auto); nothing was parsed");
    }
}
