//! `gongwen parse`: JSON, JSON Lines or a Markdown outline.
//!
//! - `json`, one input file or `-`: the document's pretty JSON, exactly as
//!   [`gongwen::Document::to_json_pretty`]; a failure goes to standard error
//!   only.
//! - `json`, several inputs, a directory or `--stdin-jsonl`: a JSON array of
//!   records, streamed.
//! - `jsonl`: one record per line, compact.
//! - `md`: an outline per document, documents separated by `---`.
//!
//! A record is `{"file": …, "ok": true, "document": {…}}` or
//! `{"file": …, "ok": false, "error": "…", "error_kind": "…"}`; records of
//! JSON Lines input carry `"id"` instead of `"file"`, and failed ones also
//! `"line"`, the input line number.

use crate::batch::{self, Bytes, Doc, Fatal, Outcome, Sink, Status};
use crate::input::{Failure, Key, STDIN_NAME, Source};
use crate::{InputArgs, ParseFormat, markdown};
use gongwen::Document;
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::io::{self, Write};

pub fn run(args: &InputArgs, format: ParseFormat) -> Result<Status, Fatal> {
    let source = batch::source(args, format == ParseFormat::Jsonl)?;
    // one document named on the command line: a file or `-`, not a directory
    let single = matches!(source, Source::Paths { .. } | Source::Items(_))
        && args.inputs.len() == 1
        && !args.inputs[0].is_dir()
        && !args.stdin_jsonl;
    match format {
        ParseFormat::Json if single => batch::run(args, source, pretty_document, Bytes),
        ParseFormat::Json => batch::run(args, source, pretty_record, JsonArray { first: true }),
        ParseFormat::Jsonl => batch::run(args, source, line_record, Bytes),
        ParseFormat::Md => batch::run(args, source, outline, Separated { first: true }),
    }
}

/// A document's pretty JSON, or nothing (its error goes to standard error).
/// The same bytes as [`Document::to_json_pretty`], serialised straight into
/// the output buffer.
fn pretty_document(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let mut out = Vec::new();
    if let Ok(d) = &doc.result {
        out = batch::buffer(doc.text.len() * PRETTY_SIZE);
        pretty_into(&mut out, d, 0);
        out.push(b'\n');
    }
    Outcome::of(&doc, out)
}

/// Bytes of compact and of pretty JSON per byte of text, about the most of
/// the corpus documents (1.6–4.0 and 2.7–10), so that a buffer seldom grows.
const COMPACT_SIZE: usize = 4;
const PRETTY_SIZE: usize = 8;

/// One compact record and a line ending.
fn line_record(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let mut out = batch::buffer(doc.text.len() * COMPACT_SIZE);
    serde_json::to_writer(&mut out, &Record::of(&doc)).expect("a record always serialises");
    out.push(b'\n');
    Outcome::of(&doc, out)
}

/// One pretty record, indented as an element of the array: serialised
/// straight into the output buffer one level deep, so the bytes are those
/// of `serde_json::to_vec_pretty` with every line indented by two spaces.
fn pretty_record(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let mut out = batch::buffer(doc.text.len() * PRETTY_SIZE);
    out.extend_from_slice(b"  ");
    pretty_into(&mut out, &Record::of(&doc), 1);
    Outcome::of(&doc, out)
}

/// `value` as pretty JSON (two spaces per level) whose lines after the first
/// start `level` levels deep.
fn pretty_into(out: &mut Vec<u8>, value: &impl Serialize, level: usize) {
    let mut ser = serde_json::Serializer::with_formatter(out, Indented { level, has_value: false });
    value.serialize(&mut ser).expect("a record always serialises");
}

/// A comma, a line break and up to 64 levels of indentation: what goes
/// between two values, written in one piece.
const BREAK: &[u8; 130] = &{
    let mut b = [b' '; 130];
    b[0] = b',';
    b[1] = b'\n';
    b
};

/// serde_json's `PrettyFormatter` with an indent of two spaces, starting at
/// `level` instead of 0, and writing the comma, the line break and the
/// indentation before a value in one call.
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    /// A line break and the indentation, after a comma unless `first`.
    fn newline<W: ?Sized + io::Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let mut n = 2 * self.level;
        if n <= BREAK.len() - 2 {
            return w.write_all(&BREAK[from..2 + n]);
        }
        w.write_all(&BREAK[from..])?;
        n -= BREAK.len() - 2;
        while n > 0 {
            let k = n.min(BREAK.len() - 2);
            w.write_all(&BREAK[2..2 + k])?;
            n -= k;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Indented {
    #[inline]
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w, true)?;
        }
        w.write_all(b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w, true)?;
        }
        w.write_all(b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

fn outline(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let md = markdown::outline(&doc);
    Outcome::of(&doc, md.into_bytes())
}

/// `[`, the records separated by `,`, `]`.
struct JsonArray {
    first: bool,
}

impl Sink<Vec<u8>> for JsonArray {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn write(&mut self, out: &mut dyn Write, value: Vec<u8>) -> io::Result<()> {
        out.write_all(if std::mem::take(&mut self.first) { b"\n" } else { b",\n" })?;
        out.write_all(&value)?;
        batch::recycle(value);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.first { b"]\n" } else { b"\n]\n" })
    }
}

/// Outlines separated by a horizontal rule.
struct Separated {
    first: bool,
}

impl Sink<Vec<u8>> for Separated {
    fn write(&mut self, out: &mut dyn Write, value: Vec<u8>) -> io::Result<()> {
        if !std::mem::take(&mut self.first) {
            out.write_all(b"\n---\n\n")?;
        }
        out.write_all(&value)
    }
}

/// The output record of one document.
pub struct Record<'a> {
    key: &'a Key,
    result: Result<&'a Document<'a>, &'a Failure>,
}

impl<'a> Record<'a> {
    pub fn of(doc: &'a Doc<'a>) -> Self {
        Record { key: doc.key, result: doc.result.as_ref() }
    }
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Record", 5)?;
        match self.key {
            Key::File(name) => st.serialize_field("file", name)?,
            Key::Stdin => st.serialize_field("file", STDIN_NAME)?,
            Key::Record { id, line } => {
                st.serialize_field("id", id)?;
                if self.result.is_err() {
                    st.serialize_field("line", line)?;
                }
            }
        }
        match self.result {
            Ok(document) => {
                st.serialize_field("ok", &true)?;
                st.serialize_field("document", document)?;
            }
            Err(failure) => {
                st.serialize_field("ok", &false)?;
                st.serialize_field("error", &failure.message)?;
                st.serialize_field("error_kind", failure.kind)?;
            }
        }
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Id;

    /// What `pretty_record` wrote before: `to_vec_pretty`, every line
    /// indented by two spaces.
    fn reindented(record: &Record<'_>) -> Vec<u8> {
        let json = serde_json::to_vec_pretty(record).unwrap();
        let mut out = b"  ".to_vec();
        for &b in &json {
            out.push(b);
            if b == b'\n' {
                out.extend_from_slice(b"  ");
            }
        }
        out
    }

    #[test]
    fn pretty_output_is_byte_identical_to_serde_json_pretty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        assert!(paths.len() >= 10);
        // a deep tree: indentation beyond the 64 levels written in one piece
        let deep = (1..=40).map(|i| format!("{}{i}.条文\n", "1.".repeat(i % 8))).collect::<String>();
        let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).chain([deep]).collect();
        let keys = [Key::File("a,\"b\".txt".into()), Key::Record { id: Id::Str("x".into()), line: 3 }];
        for (i, text) in texts.iter().enumerate() {
            let key = &keys[i % 2];
            let parsed = gongwen::parse(text).map_err(|e| Failure::from_error(&e));
            let doc = Doc { key, text, result: parsed };
            let expected = reindented(&Record::of(&doc));
            let document = doc.result.as_ref().ok().map(|d| d.to_json_pretty());
            assert_eq!(pretty_record(doc).value, expected, "record {i}");
            let doc = Doc { key, text, result: gongwen::parse(text).map_err(|e| Failure::from_error(&e)) };
            let mut single = pretty_document(doc).value;
            assert_eq!(single.pop(), Some(b'\n'));
            assert_eq!(Some(String::from_utf8(single).unwrap()), document, "document {i}");
        }
        // a failed document, and deep nesting
        let failed = Doc { key: &keys[1], text: "", result: Err(Failure::new("empty", "empty file (0 bytes)")) };
        let expected = reindented(&Record::of(&failed));
        assert_eq!(pretty_record(failed).value, expected);
        let mut nested = serde_json::json!([1, {}, [], {"a": [2]}]);
        for _ in 0..70 {
            nested = serde_json::json!([{"k": nested}, 3]);
        }
        let mut out = Vec::new();
        pretty_into(&mut out, &nested, 0);
        assert_eq!(out, serde_json::to_vec_pretty(&nested).unwrap());
    }
}
