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
fn pretty_document(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let mut out = Vec::new();
    if let Ok(d) = &doc.result {
        out = d.to_json_pretty().into_bytes();
        out.push(b'\n');
    }
    Outcome::of(&doc, out)
}

/// One compact record and a line ending.
fn line_record(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let mut out = Vec::with_capacity(doc.text.len() * 3);
    serde_json::to_writer(&mut out, &Record::of(&doc)).expect("a record always serialises");
    out.push(b'\n');
    Outcome::of(&doc, out)
}

/// One pretty record, indented as an element of the array.
fn pretty_record(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let json = serde_json::to_vec_pretty(&Record::of(&doc)).expect("a record always serialises");
    // JSON strings hold no raw line break, so every `\n` is between tokens
    let mut out = Vec::with_capacity(json.len() + json.len() / 16);
    out.extend_from_slice(b"  ");
    for &b in &json {
        out.push(b);
        if b == b'\n' {
            out.extend_from_slice(b"  ");
        }
    }
    Outcome::of(&doc, out)
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
        out.write_all(&value)
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
