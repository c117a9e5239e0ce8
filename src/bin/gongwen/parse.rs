//! `gongwen parse`: JSON, JSON Lines or a Markdown outline.
//!
//! - `json`, one input file or `-`: the document's pretty JSON (the JSON of
//!   [`gongwen::Document::to_json`] in the layout `Tidy` of [`gongwen::json`]: small
//!   containers of scalars on one line); a failure goes to standard error
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

/// A document's pretty JSON, or nothing (its error goes to standard error),
/// serialised straight into the output buffer.
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
    gongwen::json::write(&mut out, &Record::of(&doc), gongwen::json::Layout::Compact)
        .expect("a record always serialises");
    out.push(b'\n');
    Outcome::of(&doc, out)
}

/// One pretty record, indented as an element of the array, after the
/// separator `,\n` ([`JsonArray`] drops the comma of the first): serialised
/// straight into the output buffer one level deep. The writer then has one
/// buffer to queue per record, not a separator of two bytes between them.
fn pretty_record(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let mut out = batch::buffer(doc.text.len() * PRETTY_SIZE);
    out.extend_from_slice(b",\n  ");
    pretty_into(&mut out, &Record::of(&doc), 1);
    Outcome::of(&doc, out)
}

/// `value` as pretty JSON (two spaces per level; a small container of
/// scalars on one line: [`gongwen::json::Layout::Tidy`]) whose lines after
/// the first start `level` levels deep.
fn pretty_into(out: &mut Vec<u8>, value: &impl Serialize, level: usize) {
    gongwen::json::write(out, value, gongwen::json::Layout::Tidy { indent: level })
        .expect("a record always serialises");
}

fn outline(doc: Doc<'_>) -> Outcome<Vec<u8>> {
    let md = markdown::outline(&doc);
    Outcome::of(&doc, md.into_bytes())
}

/// `[`, the records separated by `,`, `]`: each record of
/// [`pretty_record`] begins with its separator `,\n`, whose comma the first
/// record drops.
struct JsonArray {
    first: bool,
}

impl JsonArray {
    /// `record` as written: without its comma when it is the first.
    fn separated(&mut self, record: &mut Vec<u8>) {
        if std::mem::take(&mut self.first) && record.first() == Some(&b',') {
            record.remove(0);
        }
    }
}

impl Sink<Vec<u8>> for JsonArray {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn write(&mut self, out: &mut dyn Write, mut value: Vec<u8>) -> io::Result<()> {
        self.separated(&mut value);
        out.write_all(&value)?;
        batch::recycle(value);
        Ok(())
    }

    /// As `write`, the record's buffer written without a copy.
    fn put(&mut self, out: &mut batch::Out, mut value: Vec<u8>) -> io::Result<()> {
        self.separated(&mut value);
        out.put(value)
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

    fn put(&mut self, out: &mut batch::Out, value: Vec<u8>) -> io::Result<()> {
        if !std::mem::take(&mut self.first) {
            out.write_all(b"\n---\n\n")?;
        }
        out.put(value)
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

/// The layout made independently, for the tests (`tests/cli.rs` uses it too).
#[cfg(test)]
#[path = "../../../tests/common/layout.rs"]
mod layout;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Id;

    /// The layout `Tidy`, made independently (the tests of the
    /// command line use it too).
    fn reference(value: &impl Serialize, level: usize) -> Vec<u8> {
        layout::leaf_layout(&serde_json::to_vec(value).unwrap(), level, gongwen::json::TIDY_LEAF_BYTES).into_bytes()
    }

    fn laid_out(value: &impl Serialize, level: usize) -> Vec<u8> {
        let mut out = Vec::new();
        pretty_into(&mut out, value, level);
        out
    }

    #[test]
    fn small_containers_of_scalars_stay_on_one_line() {
        let v = serde_json::json!({
            "span": {"start": 0, "end": 56},
            "items": ["各省", "自治区"],
            "none": [], "empty": {},
            "nested": [{"a": [1, 2]}, [true, null, "x\"\n"]],
            "long": ["一二三四五六七八九十", "一二三四五六七八九十", "一二三四五六七八九十", "一二三四五六七八九十"],
        });
        let expected = r#"{
  "empty": {},
  "items": ["各省", "自治区"],
  "long": [
    "一二三四五六七八九十",
    "一二三四五六七八九十",
    "一二三四五六七八九十",
    "一二三四五六七八九十"
  ],
  "nested": [
    {
      "a": [1, 2]
    },
    [true, null, "x\"\n"]
  ],
  "none": [],
  "span": {"end": 56, "start": 0}
}"#;
        assert_eq!(String::from_utf8(laid_out(&v, 0)).unwrap(), expected);
        assert_eq!(laid_out(&v, 0), reference(&v, 0));
        // a scalar alone, and a one-line container at the top
        assert_eq!(laid_out(&3, 0), b"3");
        assert_eq!(laid_out(&serde_json::json!([1, 2]), 2), b"[1, 2]");
        // exactly at the bound, and one byte over
        for n in [gongwen::json::TIDY_LEAF_BYTES - 4, gongwen::json::TIDY_LEAF_BYTES - 3] {
            let v = serde_json::json!(["x".repeat(n)]);
            let one_line = laid_out(&v, 0).len() == n + 4;
            assert_eq!(one_line, n + 4 <= gongwen::json::TIDY_LEAF_BYTES, "{n}");
            assert_eq!(laid_out(&v, 0), reference(&v, 0));
        }
    }

    #[test]
    fn pretty_output_is_the_leaf_layout_of_the_same_json() {
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
            let mut expected = b",\n  ".to_vec();
            expected.extend(reference(&Record::of(&doc), 1));
            let document = doc.result.as_ref().ok().map(|d| (reference(d, 0), d.to_json()));
            let record = pretty_record(doc).value;
            assert_eq!(String::from_utf8(record).unwrap(), String::from_utf8(expected).unwrap(), "record {i}");
            let doc = Doc { key, text, result: gongwen::parse(text).map_err(|e| Failure::from_error(&e)) };
            let mut single = pretty_document(doc).value;
            assert_eq!(single.pop(), Some(b'\n'));
            let (expected, compact) = document.unwrap();
            assert_eq!(single, expected, "document {i}");
            // the same JSON as the library's
            let value: serde_json::Value = serde_json::from_slice(&single).unwrap();
            assert_eq!(value, serde_json::from_str::<serde_json::Value>(&compact).unwrap());
        }
        // a failed document, and deep nesting
        let failed = Doc { key: &keys[1], text: "", result: Err(Failure::new("empty", "empty file (0 bytes)")) };
        let mut expected = b",\n  ".to_vec();
        expected.extend(reference(&Record::of(&failed), 1));
        assert_eq!(pretty_record(failed).value, expected);
        let mut nested = serde_json::json!([1, {}, [], {"a": [2]}]);
        for _ in 0..70 {
            nested = serde_json::json!([{"k": nested}, 3]);
        }
        assert_eq!(laid_out(&nested, 0), reference(&nested, 0));
    }
}
