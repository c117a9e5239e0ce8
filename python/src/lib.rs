//! `gongwen._gongwen`: the native half of the Python package `gongwen`.
//!
//! It parses (one text, bytes in any of the supported encodings, or a batch
//! in parallel with the GIL released) and keeps each parsed
//! [`gongwen::Document`] in Rust ([`NativeDocument`]); Python objects are
//! made only when asked for (the JSON, the table rows, a span's text). The
//! pure-Python half (`gongwen/__init__.py`) gives the idiomatic API on top.

#![forbid(unsafe_code)]

use gongwen::{Block, Document, Encoding, LineIndex};
use pyo3::IntoPyObjectExt;
use pyo3::exceptions::{PyLookupError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use rayon::prelude::*;

/// Columns of [`NativeDocument::task_rows`], in order (the document id first).
const TASK_COLUMNS: [&str; 17] = [
    "id",
    "path",
    "line",
    "kind",
    "marker",
    "title",
    "body",
    "canonical",
    "current",
    "body_kind",
    "level",
    "jurisdiction",
    "role",
    "inherited",
    "deadline",
    "deadline_by",
    "attachment",
];

/// Columns of [`NativeDocument::summary_row`], in order.
const DOCUMENT_COLUMNS: [&str; 17] = [
    "id",
    "title",
    "doc_number",
    "notice_title",
    "issuers",
    "date",
    "encoding",
    "bytes",
    "sections",
    "blocks",
    "tasks",
    "bodies",
    "attachments",
    "references",
    "diagnostics",
    "warnings",
    "errors",
];

/// The tree borrowed from its text.
type Tree<'a> = Document<'a>;

self_cell::self_cell!(
    /// A text and the document parsed from it, which borrows from it: the
    /// tree's text fields stay slices of the input, as in Rust, instead of
    /// being copied out one by one (`Document::into_owned` costs about 15 %
    /// of a parse).
    struct Parsed {
        owner: String,
        #[covariant]
        dependent: Tree,
    }
);

/// One parsed document: the text it was parsed from and its tree.
#[pyclass(module = "gongwen._gongwen", frozen)]
pub struct NativeDocument {
    parsed: Parsed,
    /// The encoding the text was decoded from (`utf-8` for a `str`).
    encoding: &'static str,
}

impl NativeDocument {
    fn doc(&self) -> &Document<'_> {
        self.parsed.borrow_dependent()
    }

    fn text(&self) -> &str {
        self.parsed.borrow_owner()
    }
}

/// A parse that failed, ready to become a `gongwen.ParseError`.
struct Failure {
    kind: &'static str,
    message: String,
    summary: String,
    line: Option<usize>,
    column: Option<usize>,
    offset: Option<usize>,
}

impl Failure {
    fn of(e: &gongwen::Error) -> Self {
        let kind = match e {
            gongwen::Error::Empty => "empty",
            gongwen::Error::InvalidUtf8 { .. } => "invalid-utf8",
            gongwen::Error::TooLarge { .. } => "too-large",
            gongwen::Error::NoStructure { .. } => "no-structure",
            gongwen::Error::TooDeep { .. } => "too-deep",
            gongwen::Error::Undecodable { .. } => "invalid-encoding",
            _ => "parse-error",
        };
        let location = e.location();
        // the message with the source line and a caret under the place
        let message = match location {
            Some(l) => format!("{e}\n{}", l.snippet(None)),
            None => e.to_string(),
        };
        Failure {
            kind,
            message,
            summary: e.summary(),
            line: location.map(|l| l.line),
            column: location.map(|l| l.column),
            offset: location.map(|l| l.span.start),
        }
    }

    /// An encoding name the library does not know.
    fn unknown_encoding(e: &gongwen::UnknownEncoding) -> Self {
        let message = e.to_string();
        Failure { kind: "unknown-encoding", summary: message.clone(), message, line: None, column: None, offset: None }
    }

    /// A failure of [`gongwen::decode`] on `bytes`: malformed bytes are
    /// located by the text decoded before them.
    fn undecodable(e: &gongwen::Error, bytes: &[u8]) -> Self {
        let mut failure = Failure::of(e);
        if let gongwen::Error::Undecodable { encoding, offset, found: None } = *e {
            let before = bytes.get(..offset).unwrap_or(bytes);
            let (line, column) = gongwen::decode(before, encoding).map_or((1, 1), |d| position(&d.text));
            failure.line = Some(line);
            failure.column = Some(column);
            failure.offset = Some(offset);
        }
        failure
    }

    /// The `gongwen.ParseError` instance (the class lives in `gongwen._errors`).
    fn to_exception<'py>(&self, py: Python<'py>, index: Option<usize>) -> PyResult<Bound<'py, PyAny>> {
        let class = py.import("gongwen._errors")?.getattr("ParseError")?;
        class.call1((
            self.message.as_str(),
            self.kind,
            self.summary.as_str(),
            self.line,
            self.column,
            self.offset,
            index,
        ))
    }

    fn to_err(&self, py: Python<'_>, index: Option<usize>) -> PyErr {
        match self.to_exception(py, index) {
            Ok(value) => PyErr::from_value(value),
            Err(e) => e,
        }
    }
}

/// 1-based line and column (in characters) just after `text`.
fn position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Parse an owned text into a [`NativeDocument`]; a text that was
/// mojibake repaired by the decoding carries the repair's diagnostic first,
/// as `gongwen::Decoded::parse` gives it.
fn parse_owned(
    text: String,
    encoding: &'static str,
    repair: Option<gongwen::Repair>,
) -> Result<NativeDocument, Failure> {
    let parsed = Parsed::try_new(text, |t| {
        let mut doc = gongwen::parse(t)?;
        if let Some(repair) = repair {
            doc.diagnostics.insert(0, repair.diagnostic());
        }
        Ok::<_, gongwen::Error>(doc)
    })
    .map_err(|e| Failure::of(&e))?;
    Ok(NativeDocument { parsed, encoding })
}

/// The name `Document.encoding` gives: Python's codec names.
fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Gb18030 => "gb18030",
        Encoding::Utf16Le => "utf-16le",
        Encoding::Utf16Be => "utf-16be",
        Encoding::Utf16 => "utf-16",
        _ => "utf-8",
    }
}

/// Decode bytes with the library's [`gongwen::decode_with`] (`encoding`: a
/// name `Encoding` parses, None for detection; `repair`: mojibake repaired)
/// and parse them.
fn parse_raw(bytes: &[u8], encoding: Option<&str>, repair: bool) -> Result<NativeDocument, Failure> {
    let encoding = match encoding {
        None => Encoding::Auto,
        Some(name) => name.trim().parse::<Encoding>().map_err(|e| Failure::unknown_encoding(&e))?,
    };
    if bytes.len() > gongwen::Options::default().max_bytes {
        return Err(Failure::of(&gongwen::Error::TooLarge {
            size: bytes.len(),
            limit: gongwen::Options::default().max_bytes,
        }));
    }
    let options = gongwen::DecodeOptions::new(encoding).repair(repair);
    let decoded = gongwen::decode_with(bytes, &options).map_err(|e| Failure::undecodable(&e, bytes))?;
    // UTF-8 input is borrowed: copied here (a copy, not a second validation)
    parse_owned(decoded.text.into_owned(), encoding_name(decoded.encoding), decoded.repair)
}

/// One input of a batch, copied out of Python so that it can be parsed
/// without the GIL.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn parse(self, encoding: Option<&str>, repair: bool) -> Result<NativeDocument, Failure> {
        match self {
            Input::Text(text) => parse_owned(text, "utf-8", None),
            Input::Bytes(bytes) => parse_raw(&bytes, encoding, repair),
        }
    }
}

/// Parse one text (a `str`) and keep the document in Rust.
///
/// Raises `gongwen.ParseError` when the text cannot be parsed at all.
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> PyResult<NativeDocument> {
    py.detach(|| parse_owned(text, "utf-8", None)).map_err(|f| f.to_err(py, None))
}

/// Decode bytes (detected: UTF-8, UTF-16, GBK / GB18030; or `encoding`),
/// repair mojibake (unless `repair` is false) and parse.
#[pyfunction]
#[pyo3(signature = (data, encoding=None, repair=true))]
fn parse_bytes(
    py: Python<'_>,
    data: &Bound<'_, PyBytes>,
    encoding: Option<String>,
    repair: bool,
) -> PyResult<NativeDocument> {
    let bytes = data.as_bytes().to_vec();
    py.detach(|| parse_raw(&bytes, encoding.as_deref(), repair)).map_err(|f| f.to_err(py, None))
}

/// Parse a list of `str` or `bytes` in parallel (rayon, the GIL released),
/// in input order. `jobs`: threads (None: one per core). With
/// `errors_as_values`, a document that fails is a `ParseError` instance in
/// its place; without, the first failure (in input order) is raised.
#[pyfunction]
#[pyo3(signature = (texts, jobs=None, encoding=None, errors_as_values=false, repair=true))]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    jobs: Option<usize>,
    encoding: Option<String>,
    errors_as_values: bool,
    repair: bool,
) -> PyResult<Bound<'py, PyList>> {
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let mut inputs = Vec::new();
    for item in texts.try_iter()? {
        let item = item?;
        if let Ok(s) = item.cast::<PyString>() {
            inputs.push(Input::Text(s.to_cow()?.into_owned()));
        } else if let Ok(b) = item.cast::<PyBytes>() {
            inputs.push(Input::Bytes(b.as_bytes().to_vec()));
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "parse_many takes str or bytes items, not {}",
                item.get_type().name()?
            )));
        }
    }
    let encoding = encoding.as_deref();
    let results: Vec<Result<NativeDocument, Failure>> = py.detach(|| -> PyResult<_> {
        let work = |inputs: Vec<Input>| inputs.into_par_iter().map(|i| i.parse(encoding, repair)).collect::<Vec<_>>();
        Ok(match jobs {
            Some(1) => inputs.into_iter().map(|i| i.parse(encoding, repair)).collect(),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?
                .install(|| work(inputs)),
            None => work(inputs),
        })
    })?;
    let out = PyList::empty(py);
    for (i, r) in results.into_iter().enumerate() {
        match r {
            Ok(doc) => out.append(Bound::new(py, doc)?)?,
            Err(f) if errors_as_values => out.append(f.to_exception(py, Some(i))?)?,
            Err(f) => return Err(f.to_err(py, Some(i))),
        }
    }
    Ok(out)
}

#[pymethods]
impl NativeDocument {
    /// The text parsed (decoded, for bytes).
    #[getter]
    #[pyo3(name = "text")]
    fn py_text(&self) -> &str {
        self.text()
    }

    /// The encoding the input was decoded from (`utf-8` for a `str`).
    #[getter]
    fn encoding(&self) -> &'static str {
        self.encoding
    }

    /// Title of the main document.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.doc().title.as_deref()
    }

    /// 发文字号 of the main document.
    #[getter]
    fn doc_number(&self) -> Option<&str> {
        self.doc().doc_number.as_deref()
    }

    /// The JSON of the contract (the same bytes as the Rust library's
    /// `Document::to_json`, or `to_json_pretty` with `pretty`).
    #[pyo3(signature = (pretty=false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty { self.doc().to_json_pretty() } else { self.doc().to_json() }
    }

    /// The text of the byte span `start..end` of the input.
    fn raw(&self, start: usize, end: usize) -> PyResult<&str> {
        self.text()
            .get(start..end)
            .ok_or_else(|| PyLookupError::new_err(format!("{start}..{end} is not a span of this text")))
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let p = LineIndex::new(self.text()).position(offset.min(self.text().len()));
        (p.line, p.column)
    }

    /// One tuple per body and block (`TASK_COLUMNS`), `id` first.
    fn task_rows<'py>(&self, py: Python<'py>, id: Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let d = self.doc();
        let blocks: Vec<&Block<'_>> = d.all_blocks().collect();
        let index = LineIndex::new(self.text());
        let out = PyList::empty(py);
        // the agencies of a block in the order assignments() lists them
        let mut current = usize::MAX;
        let mut nth = 0;
        for a in d.assignments() {
            if a.block != current {
                current = a.block;
                nth = 0;
            }
            let block = blocks.get(a.block).copied();
            let agency = block.and_then(|b| b.all_agencies().nth(nth));
            nth += 1;
            let deadline_by = a.deadline.and_then(|d| if d.ongoing { Some("ongoing") } else { d.by.as_deref() });
            let row: [Py<PyAny>; 17] = [
                id.clone().unbind(),
                a.label.as_str().into_py_any(py)?,
                block.map_or(0, |b| index.position(b.marker_span.start).line).into_py_any(py)?,
                block.map_or("", |b| b.kind.as_str()).into_py_any(py)?,
                a.marker.into_py_any(py)?,
                a.title.into_py_any(py)?,
                a.name.into_py_any(py)?,
                a.canonical.into_py_any(py)?,
                a.current.into_py_any(py)?,
                a.kind.as_str().into_py_any(py)?,
                agency.and_then(|g| g.level).map(|l| l.as_str()).into_py_any(py)?,
                agency.and_then(|g| g.jurisdiction.as_deref()).into_py_any(py)?,
                a.role.as_str().into_py_any(py)?,
                a.inherited.into_py_any(py)?,
                a.deadline.map(|d| d.text.as_ref()).into_py_any(py)?,
                deadline_by.into_py_any(py)?,
                a.attachment.into_py_any(py)?,
            ];
            out.append(PyTuple::new(py, row)?)?;
        }
        Ok(out)
    }

    /// One tuple for the document (`DOCUMENT_COLUMNS`), `id` first.
    fn summary_row<'py>(&self, py: Python<'py>, id: Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
        let d = self.doc();
        let notice = d.notice.as_ref();
        let doc_number = notice.and_then(|n| n.doc_number.as_deref()).or(d.doc_number.as_deref());
        let issuers: Vec<&str> = notice.map(|n| n.issuers.iter().map(|s| s.as_ref()).collect()).unwrap_or_default();
        let count = |sev: gongwen::Severity| d.diagnostics.iter().filter(|x| x.severity == sev).count();
        let blocks = d.all_blocks().count();
        let row: [Py<PyAny>; 17] = [
            id.unbind(),
            d.title.as_deref().into_py_any(py)?,
            doc_number.into_py_any(py)?,
            notice.and_then(|n| n.title.as_deref()).into_py_any(py)?,
            issuers.into_py_any(py)?,
            notice.and_then(|n| n.date.as_deref()).into_py_any(py)?,
            self.encoding.into_py_any(py)?,
            self.text().len().into_py_any(py)?,
            d.sections.len().into_py_any(py)?,
            blocks.into_py_any(py)?,
            d.assignments().len().into_py_any(py)?,
            d.by_body().len().into_py_any(py)?,
            d.attachments.len().into_py_any(py)?,
            d.references.len().into_py_any(py)?,
            d.diagnostics.len().into_py_any(py)?,
            count(gongwen::Severity::Warning).into_py_any(py)?,
            count(gongwen::Severity::Error).into_py_any(py)?,
        ];
        PyTuple::new(py, row)
    }

    fn __repr__(&self) -> String {
        format!("<NativeDocument {:?}, {} bytes>", self.doc().title.as_deref().unwrap_or(""), self.text().len())
    }
}

/// The native module.
#[pymodule]
fn _gongwen(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeDocument>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add("TASK_COLUMNS", TASK_COLUMNS.to_vec())?;
    m.add("DOCUMENT_COLUMNS", DOCUMENT_COLUMNS.to_vec())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
