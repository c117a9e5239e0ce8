//! The batch engine: documents are handed out in bounded chunks, parsed in
//! parallel on a local rayon pool, and their outputs written in input order.
//!
//! Three stages run at once, joined by channels that hold one chunk each, so
//! that memory is bounded by a few chunks whatever the number of documents:
//!
//! ```text
//! reader thread ──chunk──► main thread: rayon pool ──outputs──► writer thread
//! (Source::next_chunk)     (read file / decode line,            (stdout or -o,
//!                           parse, render — in parallel)          in order)
//! ```

use crate::InputArgs;
use crate::input::{self, Failure, Key, RawItem, Source};
use gongwen::Document;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::sync::Mutex;
use std::sync::mpsc::sync_channel;
use std::time::Duration;

/// How a run ended, when it ran to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every input was read and parsed (and, for `check`, no error-level
    /// diagnostic was found).
    Clean,
    /// Some input failed (and `--keep-going` was not given), or `check` or
    /// `audit` found what makes them fail; the others are complete.
    Failed,
}

/// Why a run stopped before the end, or could not start.
#[derive(Debug)]
pub enum Fatal {
    /// Bad arguments (exit 2).
    Usage(String),
    /// The reader of standard output went away.
    BrokenPipe,
    /// Output could not be written, or standard input not read.
    Io(String),
}

impl Fatal {
    fn io(what: &str, e: io::Error) -> Fatal {
        if e.kind() == io::ErrorKind::BrokenPipe { Fatal::BrokenPipe } else { Fatal::Io(format!("{what}: {e}")) }
    }
}

/// One document as a command sees it: its name, its text (empty when it
/// could not be read) and the parse.
pub struct Doc<'a> {
    pub key: &'a Key,
    pub text: &'a str,
    pub result: Result<Document<'a>, Failure>,
}

impl Doc<'_> {
    /// `NAME: reason` for standard error, when the document failed.
    pub fn error_line(&self) -> Option<String> {
        self.result.as_ref().err().map(|f| format!("{}: {}", self.key.name(), f.message))
    }
}

/// What the worker made of one document.
pub struct Outcome<T> {
    /// The document could not be read or parsed.
    pub failed: bool,
    /// A line for standard error.
    pub stderr: Option<String>,
    /// What the [`Sink`] writes.
    pub value: T,
}

impl<T> Outcome<T> {
    /// The usual outcome: failed documents say why on standard error.
    pub fn of(doc: &Doc<'_>, value: T) -> Self {
        Outcome { failed: doc.result.is_err(), stderr: doc.error_line(), value }
    }
}

/// Writes the outputs, in input order, on the writer thread.
pub trait Sink<T>: Send {
    /// Before the first output.
    fn start(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// One document's output.
    fn write(&mut self, out: &mut dyn Write, value: T) -> io::Result<()>;
    /// After the last output.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// Whether the run should exit 1 even though every document parsed.
    fn failed(&self) -> bool {
        false
    }
}

/// Write every output's bytes as they are.
pub struct Bytes;

impl Sink<Vec<u8>> for Bytes {
    fn write(&mut self, out: &mut dyn Write, value: Vec<u8>) -> io::Result<()> {
        out.write_all(&value)?;
        recycle(value);
        Ok(())
    }
}

/// Output buffers the writer has written, kept for the workers to fill
/// again ([`buffer`]): a document's JSON is a few hundred KB, and memory
/// freshly mapped for each one costs page faults, and its copy when a
/// buffer grows, more than the serialisation itself saves. At most
/// [`POOL_BYTES`] are kept, in buffers of at most [`POOL_BUFFER`] bytes.
static POOL: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
const POOL_BYTES: usize = 32 << 20;
const POOL_BUFFER: usize = 4 << 20;

/// An empty buffer of at least `capacity` bytes (at most 16 MiB reserved
/// up front), from the pool when it has one.
pub fn buffer(capacity: usize) -> Vec<u8> {
    let reused = POOL.lock().ok().and_then(|mut pool| pool.pop());
    let mut buf = reused.unwrap_or_default();
    buf.reserve(capacity.min(16 << 20));
    buf
}

/// Give a written buffer back to the pool (or free it when the pool is full
/// or it is large).
pub fn recycle(mut buf: Vec<u8>) {
    if buf.capacity() == 0 || buf.capacity() > POOL_BUFFER {
        return;
    }
    buf.clear();
    if let Ok(mut pool) = POOL.lock() {
        if (pool.len() + 1) * POOL_BUFFER <= POOL_BYTES {
            pool.push(buf);
        }
    }
}

/// The documents named by the arguments: JSON Lines from standard input
/// (`--stdin-jsonl`, or detected when `sniff` and the only input is `-`),
/// else files, directories and `-`.
pub fn source(args: &InputArgs, sniff: bool) -> Result<Source, Fatal> {
    let only_stdin = args.inputs.len() == 1 && args.inputs[0].as_os_str() == "-";
    if args.stdin_jsonl {
        if !(args.inputs.is_empty() || only_stdin) {
            return Err(Fatal::Usage(
                "--stdin-jsonl reads standard input only; give no other input (or just -)".into(),
            ));
        }
        return Ok(input::stdin_jsonl());
    }
    if sniff && only_stdin {
        return input::sniff_stdin().map_err(|e| Fatal::io("cannot read standard input", e));
    }
    let extensions = crate::walk::Extensions::new(args.ext.as_deref()).map_err(Fatal::Usage)?;
    Ok(Source::paths(&args.inputs, extensions))
}

/// Number of worker threads: `--jobs`, else the number of cores.
fn jobs(args: &InputArgs) -> Result<usize, Fatal> {
    match args.jobs {
        Some(0) => Err(Fatal::Usage("--jobs must be at least 1".into())),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// Where the output goes: `-o OUT` or standard output.
pub fn output(args: &InputArgs) -> Result<Box<dyn Write + Send>, Fatal> {
    match &args.output {
        Some(path) if path.as_os_str() != "-" => File::create(path)
            .map(|f| Box::new(f) as Box<dyn Write + Send>)
            .map_err(|e| Fatal::Io(format!("cannot create {}: {e}", path.display()))),
        _ => Ok(stdout()),
    }
}

/// Standard output without its line buffering (which looks for the last
/// line break in every write): on Unix a duplicate of its descriptor, which
/// the writer's own buffer feeds.
#[cfg(unix)]
fn stdout() -> Box<dyn Write + Send> {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Box::new(File::from(fd)),
        Err(_) => Box::new(io::stdout()),
    }
}

#[cfg(not(unix))]
fn stdout() -> Box<dyn Write + Send> {
    Box::new(io::stdout())
}

/// Parse one item (on a worker thread) and let `process` make its output.
///
/// A panic while the document is parsed or its output made (a bug: the
/// parser is meant to be total) is caught here: the document gets an error
/// record of kind `panic` naming it, and the batch goes on with the others.
fn one<T>(item: RawItem, encoding: gongwen::Encoding, process: &(impl Fn(Doc<'_>) -> Outcome<T> + Sync)) -> Outcome<T> {
    let loaded = input::load(item, encoding);
    match &loaded.text {
        Ok(text) => {
            let key = &loaded.key;
            let parsed = std::panic::catch_unwind(AssertUnwindSafe(|| {
                injected_panic(key);
                let result = gongwen::parse(text).map_err(|e| Failure::from_error(&e));
                process(Doc { key, text, result })
            }));
            parsed.unwrap_or_else(|payload| {
                let why = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "no message".to_owned());
                let failure = Failure::new(
                    "panic",
                    format!("internal error: the parser panicked ({why}); the document was skipped, please report it"),
                );
                process(Doc { key, text: "", result: Err(failure) })
            })
        }
        Err(failure) => process(Doc { key: &loaded.key, text: "", result: Err(failure.clone()) }),
    }
}

/// For the tests of panic isolation only (feature `test-hooks`, never in a
/// release): panic while parsing the document named by the environment
/// variable `GONGWEN_TEST_PANIC_ON`.
#[cfg(feature = "test-hooks")]
fn injected_panic(key: &crate::input::Key) {
    if std::env::var("GONGWEN_TEST_PANIC_ON").is_ok_and(|name| *key.name() == *name) {
        panic!("injected panic for {}", key.name());
    }
}

#[cfg(not(feature = "test-hooks"))]
fn injected_panic(_: &crate::input::Key) {}

/// Run a batch: every document of `source` through `process` in parallel,
/// every output through `sink` in input order.
pub fn run<T: Send, S: Sink<T>>(
    args: &InputArgs,
    mut source: Source,
    process: impl Fn(Doc<'_>) -> Outcome<T> + Sync,
    mut sink: S,
) -> Result<Status, Fatal> {
    let jobs = jobs(args)?;
    let keep_going = args.keep_going;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("gongwen-{i}"))
        .build()
        .map_err(|e| Fatal::Io(format!("cannot start {jobs} worker threads: {e}")))?;
    let out = output(args)?;
    let encoding = args.encoding.encoding();
    let to_stdout = args.output.as_ref().is_none_or(|o| o.as_os_str() == "-");
    let progress = Progress::new(to_stdout, || source.len());
    // enough documents per chunk that the end of a chunk (cores waiting for
    // the slowest document) costs little, few enough to bound memory
    let chunk_items = (64 * jobs).min(1024);
    const CHUNK_BYTES: usize = 8 << 20;

    let (chunk_tx, chunk_rx) = sync_channel::<Vec<RawItem>>(1);
    let (out_tx, out_rx) = sync_channel::<Vec<Outcome<T>>>(1);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> io::Result<Source> {
            loop {
                let chunk = source.next_chunk(chunk_items, CHUNK_BYTES)?;
                if chunk.is_empty() || chunk_tx.send(chunk).is_err() {
                    return Ok(source);
                }
            }
        });
        let progress = &progress;
        let writer = scope.spawn(move || -> Result<bool, Fatal> {
            // small outputs (table rows) are gathered; a document's JSON, of
            // this size or more, is written in one call, not copied
            let mut out = BufWriter::with_capacity(32 << 10, out);
            let mut failed = false;
            let write = |e| Fatal::io("cannot write the output", e);
            sink.start(&mut out).map_err(write)?;
            for outcomes in out_rx {
                let n = outcomes.len() as u64;
                // the bar is hidden while a chunk is written to standard
                // output or error lines are printed, then drawn again
                let hide = to_stdout || outcomes.iter().any(|o| o.stderr.is_some());
                progress.suspend_if(hide, || -> Result<(), Fatal> {
                    for outcome in outcomes {
                        failed |= outcome.failed;
                        if let Some(line) = &outcome.stderr {
                            eprintln!("{line}");
                        }
                        sink.write(&mut out, outcome.value).map_err(write)?;
                    }
                    if to_stdout && progress.shown() {
                        out.flush().map_err(write)?;
                    }
                    Ok(())
                })?;
                progress.inc(n);
            }
            sink.finish(&mut out).map_err(write)?;
            out.flush().map_err(write)?;
            // --keep-going: failed documents are in the output, not the status
            Ok((failed && !keep_going) || sink.failed())
        });
        for chunk in chunk_rx {
            let outcomes: Vec<Outcome<T>> =
                pool.install(|| chunk.into_par_iter().map(|i| one(i, encoding, &process)).collect());
            if out_tx.send(outcomes).is_err() {
                // the writer stopped (its error is reported below)
                break;
            }
        }
        drop(out_tx);
        let written = writer.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        let read = reader.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        progress.finish();
        let failed = written?;
        let source = read.map_err(|e| Fatal::io("cannot read standard input", e))?;
        let empty = source.empty_dirs();
        for dir in empty {
            let exts = crate::walk::Extensions::new(args.ext.as_deref()).map(|e| e.list()).unwrap_or_default();
            eprintln!("gongwen: warning: {dir}: no file to read in this directory (taken: {exts}; --ext to choose)");
        }
        Ok(if failed || !empty.is_empty() { Status::Failed } else { Status::Clean })
    })
}

/// A progress bar on standard error. Shown only when it can never mix with
/// the output on a terminal: standard error is a terminal, standard output
/// is not (or `-o` names a file), and there is more than one document (or
/// an unknown number: JSON Lines). Hidden while output is written, cleared
/// at the end.
struct Progress(Option<ProgressBar>);

impl Progress {
    /// `to_stdout`: the output goes to standard output. `len`: the number
    /// of documents, asked only when the terminals allow a bar.
    fn new(to_stdout: bool, len: impl FnOnce() -> Option<u64>) -> Self {
        if !io::stderr().is_terminal() || (to_stdout && io::stdout().is_terminal()) {
            return Progress(None);
        }
        let (bar, template) = match len() {
            Some(0 | 1) => return Progress(None),
            Some(n) => (
                ProgressBar::new(n),
                "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} documents, {rate}, ETA {eta}",
            ),
            None => (ProgressBar::no_length(), "{spinner} [{elapsed_precise}] {human_pos} documents, {rate}"),
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("rate", |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} documents/s", s.per_sec());
            })
            .progress_chars("=> ");
        bar.set_style(style);
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress(Some(bar))
    }

    fn shown(&self) -> bool {
        self.0.is_some()
    }

    fn inc(&self, n: u64) {
        if let Some(bar) = &self.0 {
            bar.inc(n);
        }
    }

    /// Run `f` with the bar hidden when `hide` (and it is shown).
    fn suspend_if<R>(&self, hide: bool, f: impl FnOnce() -> R) -> R {
        match &self.0 {
            Some(bar) if hide => bar.suspend(f),
            _ => f(),
        }
    }

    /// The bar removed from the terminal, leaving nothing behind.
    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
