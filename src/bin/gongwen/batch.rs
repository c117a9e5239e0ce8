//! The batch engine: documents are handed out in small batches to a few
//! worker threads, parsed in parallel, and their outputs written in input
//! order, by the workers themselves.
//!
//! There is no reader thread, and no writer thread unless a core is spare:
//! each worker, in a loop,
//!
//! ```text
//! take a batch (under a lock) ──► load, parse, render ──► hand it over:
//! (a block of whole JSON Lines      each document          written now, with the
//!  lines read from stdin, or a                              batches done after it,
//!  file's name)                                             if it is next; else left
//!                                                           for the worker writing
//! ```
//!
//! A worker takes the next batch as soon as it is free (no worker waits for
//! another's slowest document), and whichever worker finishes the batch
//! that is next in input order writes it and whatever others left done
//! after it ([`Engine::deliver`]). With as many workers as cores, the
//! cores do nothing but read, parse and write: no thread waits to be
//! woken for each batch, and no core's time goes to a thread that only
//! moves data (before, a reader and a writer thread took 11-12 % of the
//! CPU of `--jobs 1` and woke the workers about 1,000 times for 10,000
//! records). With fewer workers than cores (`--jobs 1` on two), an output
//! thread writes instead, on a core that would be idle, woken once a batch
//! ([`Engine::output`]). Memory is bounded: a worker takes a batch only
//! while fewer than a bound of documents, and of input bytes, are taken
//! and not yet written, whatever the number of documents.

use crate::InputArgs;
use crate::input::{self, Batch, Failure, Key, Loaded, Source};
use gongwen::Document;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, IoSlice, IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
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
    /// One document's output, on the writer's own [`Out`] (which can take
    /// an owned buffer without copying it): [`Sink::write`] unless the sink
    /// does better.
    fn put(&mut self, out: &mut Out, value: T) -> io::Result<()> {
        self.write(out, value)
    }
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

    fn put(&mut self, out: &mut Out, value: Vec<u8>) -> io::Result<()> {
        out.put(value)
    }
}

/// Spent buffers kept to be filled again: a document's JSON is tens to
/// hundreds of KB, and memory freshly mapped for each one costs page
/// faults, and its copy when a buffer grows, more than the serialisation
/// itself saves. Buffers move between a pool and each thread's own stash
/// several at a time, under one lock: a buffer freed by the writer (or a
/// line freed by a worker) goes back to the allocator's arena of the thread
/// that made it, under that arena's lock, which the threads otherwise
/// contend for, and each wake-up of a thread waiting for a lock costs a
/// switch on a core the workers need. At most `max_bytes` of capacity are
/// kept, in buffers of at most [`POOL_BUFFER`] bytes.
pub struct Pool {
    /// The buffers, and the sum of their capacities.
    held: Mutex<(Vec<Vec<u8>>, usize)>,
    max_bytes: usize,
}

/// Largest buffer kept in a [`Pool`].
const POOL_BUFFER: usize = 4 << 20;
/// Buffers moved between a [`Pool`] and a thread's stash at once.
const POOL_BATCH: usize = 8;

impl Pool {
    pub const fn new(max_bytes: usize) -> Self {
        Pool { held: Mutex::new((Vec::new(), 0)), max_bytes }
    }

    /// An empty buffer from `stash`, refilled from the pool when empty (a
    /// new buffer when the pool is empty too).
    pub fn get(&self, stash: &mut Vec<Vec<u8>>) -> Vec<u8> {
        if stash.is_empty() {
            if let Ok(mut held) = self.held.lock() {
                let (bufs, bytes) = &mut *held;
                let from = bufs.len().saturating_sub(POOL_BATCH);
                for buf in bufs.drain(from..) {
                    *bytes -= buf.capacity();
                    stash.push(buf);
                }
            }
        }
        stash.pop().unwrap_or_default()
    }

    /// Keep `buf` in `stash`, and give the stash back to the pool once it
    /// holds a batch.
    pub fn put(&self, stash: &mut Vec<Vec<u8>>, buf: Vec<u8>) {
        if buf.capacity() == 0 || buf.capacity() > POOL_BUFFER {
            return;
        }
        stash.push(buf);
        if stash.len() >= POOL_BATCH {
            self.give(stash);
        }
    }

    /// Every buffer of `spent`, emptied, into the pool while it has room
    /// (the others are freed, outside the lock).
    pub fn give(&self, spent: &mut Vec<Vec<u8>>) {
        let mut over = Vec::new();
        if let Ok(mut held) = self.held.lock() {
            let (bufs, bytes) = &mut *held;
            for mut buf in spent.drain(..) {
                if buf.capacity() <= POOL_BUFFER && *bytes + buf.capacity() <= self.max_bytes {
                    buf.clear();
                    *bytes += buf.capacity();
                    bufs.push(buf);
                } else {
                    over.push(buf);
                }
            }
        }
        drop(over);
        spent.clear();
    }
}

/// Output buffers written, for the workers to fill again ([`buffer`]).
static OUTPUTS: Pool = Pool::new(32 << 20);

std::thread_local! {
    /// This thread's output buffers taken from [`OUTPUTS`] and not yet used.
    static STASH: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// An empty buffer of at least `capacity` bytes (at most 16 MiB reserved
/// up front), from the pool when it has one.
pub fn buffer(capacity: usize) -> Vec<u8> {
    let mut buf = STASH.with_borrow_mut(|stash| OUTPUTS.get(stash));
    buf.reserve(capacity.min(16 << 20));
    buf
}

/// Give a written buffer back to the pool (or free it when the pool is full
/// or it is large).
pub fn recycle(buf: Vec<u8>) {
    OUTPUTS.give(&mut vec![buf]);
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

/// Where the output goes: `-o OUT` or standard output, written through an
/// [`Out`].
pub fn output(args: &InputArgs) -> Result<Out, Fatal> {
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            File::create(path).map(Out::file).map_err(|e| Fatal::Io(format!("cannot create {}: {e}", path.display())))
        }
        _ => Ok(stdout()),
    }
}

/// Standard output without its line buffering (which looks for the last
/// line break in every write): on Unix a duplicate of its descriptor, which
/// the writer's own buffer feeds.
#[cfg(unix)]
fn stdout() -> Out {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Out::file(File::from(fd)),
        Err(_) => Out::new(Box::new(io::stdout()), PIPE_BLOCK),
    }
}

#[cfg(not(unix))]
fn stdout() -> Out {
    Out::new(Box::new(io::stdout()), PIPE_BLOCK)
}

/// Bytes written at once to a regular file: whole blocks of this size,
/// ending on multiples of it in the file, let the kernel copy the output
/// into the page cache in larger folios. Measured on ext4 (perf, the
/// writer's CPU for the 10,000-record batch): pieces of a few tens of KB at
/// arbitrary offsets cost 0.20-0.24 s (JSON Lines) and 0.35-0.38 s (pretty);
/// blocks of 64 or 256 KiB 0.14-0.16 s and 0.20-0.26 s; blocks of 512 KiB
/// a little more, and of 1 MiB at times 1.0-1.1 s for pretty JSON (the copy
/// into the largest folios, on this virtual machine).
const FILE_BLOCK: usize = 256 << 10;
/// Bytes written at once to a pipe, a terminal or a device: the size of a
/// pipe's buffer, so a reader downstream gets the output early.
const PIPE_BLOCK: usize = 64 << 10;
/// Writes shorter than this (table rows, separators, small records) are
/// copied together; longer owned buffers (a document's JSON) are queued and
/// written as they are, without a copy.
const SMALL: usize = 4 << 10;

/// The writer's output: small writes gathered, owned buffers queued without
/// a copy, and all written in blocks that end on multiples of `block` bytes
/// of the output (`writev` of the queued buffers), the rest at the end or
/// on [`Write::flush`]. At most `block` bytes and one buffer wait.
pub struct Out {
    inner: Box<dyn Write + Send>,
    block: usize,
    /// Buffers waiting, in order, the first from `head` on; whether each
    /// is one of `small`'s (kept here) or an owned output (given back to
    /// the pool once written).
    queue: VecDeque<(Vec<u8>, bool)>,
    head: usize,
    /// Bytes waiting in `queue`.
    queued: usize,
    /// Small writes gathered, queued before the next owned buffer.
    small: Vec<u8>,
    /// Buffers of `small` written, to gather into again.
    smalls: Vec<Vec<u8>>,
    /// Owned buffers written, given back to [`OUTPUTS`] a batch at a time.
    spent: Vec<Vec<u8>>,
}

impl Out {
    pub fn new(inner: Box<dyn Write + Send>, block: usize) -> Self {
        Out {
            inner,
            block,
            queue: VecDeque::new(),
            head: 0,
            queued: 0,
            small: Vec::new(),
            smalls: Vec::new(),
            spent: Vec::new(),
        }
    }

    /// A file or standard output: blocks of [`FILE_BLOCK`] when it is a
    /// regular file, else of [`PIPE_BLOCK`].
    fn file(f: File) -> Self {
        let regular = f.metadata().is_ok_and(|m| m.is_file());
        Out::new(Box::new(f), if regular { FILE_BLOCK } else { PIPE_BLOCK })
    }

    /// Write `buf` (and give it back to the [`buffer`] pool once written).
    pub fn put(&mut self, buf: Vec<u8>) -> io::Result<()> {
        if buf.len() < SMALL {
            self.write_all(&buf)?;
            self.spend(buf);
            return Ok(());
        }
        self.queue_small();
        self.queued += buf.len();
        self.queue.push_back((buf, false));
        self.drain(false)
    }

    /// An owned buffer written: back to the pool with the next batch.
    fn spend(&mut self, buf: Vec<u8>) {
        OUTPUTS.put(&mut self.spent, buf);
    }

    /// The small writes gathered so far, queued after the buffers before.
    fn queue_small(&mut self) {
        if !self.small.is_empty() {
            let small = std::mem::replace(&mut self.small, self.smalls.pop().unwrap_or_default());
            self.queued += small.len();
            self.queue.push_back((small, true));
        }
    }

    /// Write the whole blocks queued, or everything when `all`.
    fn drain(&mut self, all: bool) -> io::Result<()> {
        let mut want = if all { self.queued } else { self.queued / self.block * self.block };
        while want > 0 {
            let mut slices = [IoSlice::new(&[]); 64];
            let (mut n, mut total) = (0, 0);
            for (i, (b, _)) in self.queue.iter().enumerate().take(slices.len()) {
                let b = if i == 0 { &b[self.head..] } else { &b[..] };
                let b = &b[..b.len().min(want - total)];
                slices[i] = IoSlice::new(b);
                (n, total) = (i + 1, total + b.len());
                if total == want {
                    break;
                }
            }
            let written = match self.inner.write_vectored(&slices[..n]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(k) => k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            (want, self.queued) = (want - written, self.queued - written);
            let mut left = written;
            while left > 0 {
                let front = self.queue[0].0.len() - self.head;
                if left < front {
                    self.head += left;
                    break;
                }
                left -= front;
                self.head = 0;
                match self.queue.pop_front() {
                    Some((mut b, true)) if self.smalls.len() < 4 => {
                        b.clear();
                        self.smalls.push(b);
                    }
                    Some((b, false)) => self.spend(b),
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

impl Write for Out {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.small.len() + data.len() > self.block.min(SMALL * 8) {
            self.queue_small();
            self.drain(false)?;
        }
        self.small.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.queue_small();
        self.drain(true)?;
        OUTPUTS.give(&mut self.spent);
        self.inner.flush()
    }
}

/// Parse one document (on a worker thread) and let `process` make its
/// output.
///
/// A panic while the document is parsed or its output made (a bug: the
/// parser is meant to be total) is caught here: the document gets an error
/// record of kind `panic` naming it, and the batch goes on with the others.
fn one<T>(loaded: Loaded, process: &(impl Fn(Doc<'_>) -> Outcome<T> + Sync)) -> Outcome<T> {
    match &loaded.text {
        Ok(text) => {
            let key = &loaded.key;
            let parsed = std::panic::catch_unwind(AssertUnwindSafe(|| {
                injected_panic(key, "GONGWEN_TEST_PANIC_ON");
                let mut result = gongwen::parse(text).map_err(|e| Failure::from_error(&e));
                if let (Ok(doc), Some(repair)) = (&mut result, loaded.repair) {
                    // as `Decoded::parse` does: the repair said first
                    doc.diagnostics.insert(0, repair.diagnostic());
                }
                process(Doc { key, text, result })
            }));
            parsed.unwrap_or_else(|payload| {
                let failure = panicked("the parser", payload.as_ref());
                process(Doc { key, text: "", result: Err(failure) })
            })
        }
        Err(failure) => process(Doc { key: &loaded.key, text: "", result: Err(failure.clone()) }),
    }
}

/// The error of a document whose `stage` ("the parser", "decoding")
/// panicked: kind `panic`, with the panic's message.
pub(crate) fn panicked(stage: &str, payload: &(dyn std::any::Any + Send)) -> Failure {
    let why = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned());
    Failure::new(
        "panic",
        format!("internal error: {stage} panicked ({why}); the document was skipped, please report it"),
    )
}

/// For the tests of panic isolation only (feature `test-hooks`, never in a
/// release): panic on the document named by the environment variable `var`
/// (`GONGWEN_TEST_PANIC_ON` while parsing, `GONGWEN_TEST_DECODE_PANIC_ON`
/// while decoding).
#[cfg(feature = "test-hooks")]
pub(crate) fn injected_panic(key: &crate::input::Key, var: &str) {
    if std::env::var(var).is_ok_and(|name| *key.name() == *name) {
        panic!("injected panic for {}", key.name());
    }
}

#[cfg(not(feature = "test-hooks"))]
pub(crate) fn injected_panic(_: &crate::input::Key, _: &str) {}

/// A lock, whether or not a thread panicked while holding it: a panic on a
/// worker closes the run ([`Engine::close`]) and is raised again once all
/// have stopped, so the state behind the lock is only read to end.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The source, under one lock: the worker that needs work takes the next
/// [`Batch`] from it (reading standard input or walking directories while
/// it holds the lock) and numbers it.
struct Feed {
    source: Source,
    /// The number of the next batch, in input order.
    next: usize,
    /// The source ended or failed: no more batches.
    ended: bool,
    /// Why standard input could not be read.
    error: Option<io::Error>,
}

/// The outcomes of one batch, in input order, and what the batch held.
struct Done<T> {
    items: usize,
    bytes: usize,
    outcomes: Vec<Outcome<T>>,
}

/// What is done and not yet written, and what is in flight, under one lock
/// (held only briefly: never while parsing, reading or writing).
struct Flight<T> {
    /// Batches done after one still in the works, by number.
    done: Reorder<Done<T>>,
    /// A worker is writing: the others leave their batches to it.
    writing: bool,
    /// Documents and input bytes taken and not yet written.
    items: usize,
    bytes: usize,
    /// Workers waiting for room.
    waiting: usize,
    /// The run stops (the output failed, or a worker panicked): no more
    /// batches are taken, and none written.
    closed: bool,
    /// Workers not yet stopped.
    working: usize,
    /// The output thread waits for the next batch.
    output_waits: bool,
}

impl<T> Flight<T> {
    /// Nothing taken yet, `working` workers started.
    fn new(working: usize) -> Self {
        Flight {
            done: Reorder::new(),
            writing: false,
            items: 0,
            bytes: 0,
            waiting: 0,
            closed: false,
            working,
            output_waits: false,
        }
    }
}

/// The output side, locked only by the worker that is writing (so never
/// waited for).
struct Writer<S> {
    out: Out,
    sink: S,
    /// A document failed.
    failed: bool,
    /// Why the output could not be written.
    error: Option<Fatal>,
}

/// The batch engine: `jobs` worker threads, no other. Each worker in turn
///
/// 1. takes the next [`Batch`] from the source (under the [`Feed`] lock: a
///    block of whole JSON Lines lines, read straight into the block, or a
///    file's name), once fewer than a bound of documents and bytes are in
///    flight;
/// 2. reads and decodes each document, parses it and makes its output;
/// 3. hands the outcomes over ([`Engine::deliver`]): when its batch is the
///    next to be written and no other worker is writing, it writes it, and
///    every batch after it that others have left done, in order, under the
///    [`Writer`] lock; else it leaves them to the worker that writes (or to
///    the one still working on the batch before), and goes on.
///
/// So no thread waits for another to read, parse or write: with as many
/// workers as cores, the cores parse all the time, and a thread is woken
/// only when one waits for room (a document far slower than the others
/// ahead of it) or for a lock another holds for a moment. With fewer
/// workers than cores, an output thread does step 3's writing instead
/// ([`Engine::output`]), and the workers only hand their batches over.
struct Engine<'a, T, S, P> {
    feed: Mutex<Feed>,
    flight: Mutex<Flight<T>>,
    /// Signalled when room is made for workers waiting.
    room: Condvar,
    /// Signalled for the output thread: the next batch is done, or no
    /// worker is left.
    readied: Condvar,
    /// An output thread writes (the workers never do).
    output_thread: bool,
    writer: Mutex<Writer<S>>,
    /// In flight at most (a batch more a worker, taken while there was room).
    max_items: usize,
    max_bytes: usize,
    decoding: gongwen::DecodeOptions,
    process: P,
    progress: &'a Progress,
    to_stdout: bool,
}

impl<T: Send, S: Sink<T>, P: Fn(Doc<'_>) -> Outcome<T> + Sync> Engine<'_, T, S, P> {
    /// A worker: take a batch, make its outcomes, hand them over, until the
    /// source ends or the run stops.
    fn work(&self) {
        let _closing = ClosingOnPanic(self);
        let _stopped = Stopped(self);
        while self.wait_for_room() {
            let Some((seq, batch, bytes)) = self.take() else { break };
            let items = batch.len();
            {
                let mut flight = lock(&self.flight);
                flight.items += items;
                flight.bytes += bytes;
            }
            let mut outcomes = Vec::with_capacity(items);
            batch.load_each(self.decoding, |loaded| outcomes.push(one(loaded, &self.process)));
            self.deliver(seq, Done { items, bytes, outcomes });
        }
    }

    /// Whether more may be taken now: nothing in flight, or fewer documents
    /// and bytes than the bounds.
    fn room(&self, flight: &Flight<T>) -> bool {
        flight.items == 0 || (flight.items < self.max_items && flight.bytes < self.max_bytes)
    }

    /// Whether a worker that waited may go on: half of the bounds written.
    fn low(&self, flight: &Flight<T>) -> bool {
        flight.items == 0 || (flight.items <= self.max_items / 2 && flight.bytes <= self.max_bytes / 2)
    }

    /// Wait until there is room (after a wait, until half the bounds are
    /// written); false when the run stops.
    fn wait_for_room(&self) -> bool {
        let mut flight = lock(&self.flight);
        if flight.closed || self.room(&flight) {
            return !flight.closed;
        }
        flight.waiting += 1;
        while !(flight.closed || self.low(&flight)) {
            flight = self.room.wait(flight).unwrap_or_else(PoisonError::into_inner);
        }
        flight.waiting -= 1;
        !flight.closed
    }

    /// The next batch, its number and its bytes; `None` at the end of the
    /// source (or when it fails: the error is kept for the end).
    fn take(&self) -> Option<(usize, Batch, usize)> {
        let mut feed = lock(&self.feed);
        if feed.ended {
            return None;
        }
        match feed.source.next_batch() {
            Ok(Some((batch, bytes))) => {
                let seq = feed.next;
                feed.next += 1;
                Some((seq, batch, bytes))
            }
            Ok(None) => {
                feed.ended = true;
                None
            }
            Err(e) => {
                feed.ended = true;
                feed.error = Some(e);
                None
            }
        }
    }

    /// Hand batch `seq`'s outcomes over. With an output thread, wake it
    /// when they are next and it waits; else write them, and all done after
    /// them, when they are next and no other worker is writing.
    fn deliver(&self, seq: usize, done: Done<T>) {
        let mut flight = lock(&self.flight);
        flight.done.insert(seq, done);
        if self.output_thread {
            if flight.output_waits && flight.done.ready() {
                self.readied.notify_one();
            }
            return;
        }
        if flight.writing || !flight.done.ready() {
            return;
        }
        drop(self.drain(flight));
    }

    /// Write the batches done in order, while the next is done, without
    /// holding `flight` while writing (the others go on handing theirs
    /// over); give the lock back after.
    fn drain<'g>(&'g self, mut flight: MutexGuard<'g, Flight<T>>) -> MutexGuard<'g, Flight<T>> {
        flight.writing = true;
        let mut ready = Vec::new();
        loop {
            while let Some(done) = flight.done.pop() {
                ready.push(done);
            }
            let closed = flight.closed;
            let (items, bytes) = ready.iter().fold((0, 0), |(i, b), d| (i + d.items, b + d.bytes));
            // nothing else taken: the workers wait for input (a slow pipe),
            // so what is written now is flushed, not held until a block fills
            let idle = flight.items == items;
            drop(flight);
            let written = closed || self.write(&mut ready, idle);
            ready.clear();
            flight = lock(&self.flight);
            flight.items -= items;
            flight.bytes -= bytes;
            if !written {
                flight.closed = true;
                crate::input::stop_reading_stdin();
                self.room.notify_all();
            } else if flight.waiting > 0 && self.low(&flight) {
                self.room.notify_all();
            }
            if !flight.done.ready() {
                flight.writing = false;
                return flight;
            }
        }
    }

    /// The output thread (when a core is spare: see [`run`]): write the
    /// batches in order as they are done, until the workers have all
    /// stopped.
    fn output(&self) {
        let _closing = ClosingOnPanic(self);
        let mut flight = lock(&self.flight);
        loop {
            if flight.done.ready() {
                flight = self.drain(flight);
            } else if flight.working == 0 {
                return;
            } else {
                flight.output_waits = true;
                flight = self.readied.wait(flight).unwrap_or_else(PoisonError::into_inner);
                flight.output_waits = false;
            }
        }
    }

    /// Write the outcomes of `ready`, in order, with their lines on
    /// standard error, and flush them when `idle` (nothing else is taken);
    /// false when the output failed (the error is kept).
    fn write(&self, ready: &mut Vec<Done<T>>, idle: bool) -> bool {
        let mut writer = lock(&self.writer);
        let w = &mut *writer;
        // the bar is hidden while output goes to standard output or error
        // lines are printed, then drawn again
        let hide = self.to_stdout || ready.iter().flat_map(|d| &d.outcomes).any(|o| o.stderr.is_some());
        let mut n = 0;
        let result = self.progress.suspend_if(hide, || -> io::Result<()> {
            for done in ready.drain(..) {
                for outcome in done.outcomes {
                    w.failed |= outcome.failed;
                    if let Some(line) = &outcome.stderr {
                        crate::say(format_args!("{line}"));
                    }
                    w.sink.put(&mut w.out, outcome.value)?;
                    n += 1;
                }
            }
            if idle || (self.to_stdout && self.progress.shown()) {
                w.out.flush()?;
            }
            Ok(())
        });
        self.progress.inc(n);
        match result {
            Ok(()) => true,
            Err(e) => {
                w.error = Some(Fatal::io("cannot write the output", e));
                false
            }
        }
    }

    /// `n` workers could not be started.
    fn not_started(&self, n: usize) {
        let mut flight = lock(&self.flight);
        flight.working -= n;
        if flight.working == 0 {
            self.readied.notify_all();
        }
    }

    /// Stop the run: workers take no more batches, and write none.
    fn close(&self) {
        lock(&self.flight).closed = true;
        crate::input::stop_reading_stdin();
        self.room.notify_all();
        self.readied.notify_all();
    }
}

/// Closes the run when its worker panics (outside a document: a document's
/// panic is its error record), so that the others stop instead of waiting
/// for the batch it held; the panic is raised again on the main thread.
struct ClosingOnPanic<'e, 'a, T: Send, S: Sink<T>, P: Fn(Doc<'_>) -> Outcome<T> + Sync>(&'e Engine<'a, T, S, P>);

impl<T: Send, S: Sink<T>, P: Fn(Doc<'_>) -> Outcome<T> + Sync> Drop for ClosingOnPanic<'_, '_, T, S, P> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.close();
        }
    }
}

/// Counts its worker out when it stops, however it stops, and wakes the
/// output thread, which ends when no worker is left.
struct Stopped<'e, 'a, T: Send, S: Sink<T>, P: Fn(Doc<'_>) -> Outcome<T> + Sync>(&'e Engine<'a, T, S, P>);

impl<T: Send, S: Sink<T>, P: Fn(Doc<'_>) -> Outcome<T> + Sync> Drop for Stopped<'_, '_, T, S, P> {
    fn drop(&mut self) {
        let mut flight = lock(&self.0.flight);
        flight.working -= 1;
        if flight.working == 0 {
            self.0.readied.notify_all();
        }
    }
}

/// Batches done out of order, until those before them are.
struct Reorder<V> {
    /// The number of `waiting[0]`.
    next: usize,
    /// Batches `next`, `next + 1`, …, when done.
    waiting: VecDeque<Option<V>>,
}

impl<V> Reorder<V> {
    fn new() -> Self {
        Reorder { next: 0, waiting: VecDeque::new() }
    }

    fn insert(&mut self, seq: usize, value: V) {
        let at = seq - self.next;
        if self.waiting.len() <= at {
            self.waiting.resize_with(at + 1, || None);
        }
        self.waiting[at] = Some(value);
    }

    /// The next batch in input order, if it is done.
    fn pop(&mut self) -> Option<V> {
        let ready = self.waiting.front_mut()?.take()?;
        self.waiting.pop_front();
        self.next += 1;
        Some(ready)
    }

    /// Whether the next batch in input order is done.
    fn ready(&self) -> bool {
        self.waiting.front().is_some_and(Option::is_some)
    }
}

/// Run a batch: every document of `source` through `process` in parallel,
/// every output through `sink` in input order.
pub fn run<T: Send, S: Sink<T>>(
    args: &InputArgs,
    source: Source,
    process: impl Fn(Doc<'_>) -> Outcome<T> + Sync,
    mut sink: S,
) -> Result<Status, Fatal> {
    let jobs = jobs(args)?;
    let keep_going = args.keep_going;
    let mut out = output(args)?;
    let to_stdout = args.output.as_ref().is_none_or(|o| o.as_os_str() == "-");
    let progress = Progress::new(to_stdout, || source.len());
    let write = |e| Fatal::io("cannot write the output", e);
    sink.start(&mut out).map_err(write)?;
    // a core that the workers leave idle writes the output: the workers
    // then only read and parse (--jobs 1 on 2 cores: about a tenth of the
    // work off its one thread); else they write too, and no thread waits
    // to be woken for each batch
    let output_thread = jobs < std::thread::available_parallelism().map_or(1, |n| n.get());
    let engine = Engine {
        feed: Mutex::new(Feed { source, next: 0, ended: false, error: None }),
        flight: Mutex::new(Flight::new(jobs)),
        room: Condvar::new(),
        readied: Condvar::new(),
        output_thread,
        writer: Mutex::new(Writer { out, sink, failed: false, error: None }),
        // enough ahead that a slow document (or a worker the system did not
        // run for a while) does not leave the other workers idle: they go
        // on while it is parsed, up to these bounds (8 blocks of JSON Lines
        // a worker, 15-30 ms of parsing); few enough to bound memory (the
        // outputs of 2 MiB of input a worker: 5-10 MiB, pretty JSON up to
        // 20). A block holds up to BLOCK_LINES short records, so that each
        // worker may take a few.
        // With an output thread, which keeps up with the workers (it only
        // writes), a worker need only be a few blocks ahead of it: 1 MiB of
        // input a worker (more would only fill memory with outputs waiting
        // when the system does not run it for a while).
        max_items: (4 * input::BLOCK_LINES * jobs).clamp(16, 4096),
        max_bytes: if output_thread { jobs << 20 } else { (jobs << 21).clamp(4 << 20, 32 << 20) },
        decoding: args.decoding(),
        process,
        progress: &progress,
        to_stdout,
    };
    std::thread::scope(|scope| {
        let engine = &engine;
        let output = match engine.output_thread {
            true => {
                match std::thread::Builder::new().name("gongwen.output".into()).spawn_scoped(scope, || engine.output())
                {
                    Ok(o) => Some(o),
                    Err(e) => return Err(Fatal::Io(format!("cannot start the output thread: {e}"))),
                }
            }
            false => None,
        };
        let mut workers = Vec::with_capacity(jobs);
        for i in 0..jobs {
            match std::thread::Builder::new().name(format!("gongwen-{i}")).spawn_scoped(scope, || engine.work()) {
                Ok(w) => workers.push(w),
                Err(e) => {
                    // fewer workers than asked: the batch still runs
                    engine.not_started(jobs - i);
                    if workers.is_empty() {
                        return Err(Fatal::Io(format!("cannot start {jobs} worker threads: {e}")));
                    }
                    break;
                }
            }
        }
        for w in workers.into_iter().chain(output) {
            w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
        Ok(())
    })?;
    progress.finish();
    let feed = engine.feed.into_inner().unwrap_or_else(PoisonError::into_inner);
    let Writer { mut out, mut sink, failed, error } =
        engine.writer.into_inner().unwrap_or_else(PoisonError::into_inner);
    if let Some(fatal) = error {
        return Err(fatal);
    }
    sink.finish(&mut out).map_err(write)?;
    out.flush().map_err(write)?;
    if let Some(e) = feed.error {
        return Err(Fatal::io("cannot read standard input", e));
    }
    let empty = feed.source.empty_dirs();
    for dir in empty {
        let exts = crate::walk::Extensions::new(args.ext.as_deref()).map(|e| e.list()).unwrap_or_default();
        crate::say(format_args!(
            "gongwen: warning: {dir}: no file to read in this directory (taken: {exts}; --ext to choose)"
        ));
    }
    // --keep-going: failed documents are in the output, not the status
    let failed = (failed && !keep_going) || sink.failed();
    Ok(if failed || !empty.is_empty() { Status::Failed } else { Status::Clean })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::RawItem;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Records what is written to it, taking at most `most` bytes a call.
    #[derive(Clone)]
    struct Recorder {
        log: Arc<Mutex<(Vec<u8>, Vec<usize>)>>,
        most: usize,
    }

    impl Write for Recorder {
        fn write(&mut self, data: &[u8]) -> io::Result<usize> {
            let n = data.len().min(self.most);
            let mut log = self.log.lock().unwrap();
            log.0.extend_from_slice(&data[..n]);
            let end = log.0.len();
            log.1.push(end);
            Ok(n)
        }

        /// As `writev`: as much of all the slices as it takes.
        fn write_vectored(&mut self, slices: &[IoSlice<'_>]) -> io::Result<usize> {
            let all: Vec<u8> = slices.iter().flat_map(|s| s.iter().copied()).take(self.most).collect();
            self.write(&all)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn out_writes_everything_in_order_in_whole_blocks() {
        for most in [usize::MAX, 7, 4096] {
            let recorder = Recorder { log: Arc::default(), most };
            let mut out = Out::new(Box::new(recorder.clone()), 8192);
            let mut expected = Vec::new();
            for i in 0..200usize {
                // owned buffers large and small, and small writes between
                let buf: Vec<u8> = (0..(i * 397) % 20_000).map(|k| (k + i) as u8).collect();
                expected.extend_from_slice(&buf);
                out.put(buf).unwrap();
                if i % 3 == 0 {
                    let row = format!("row {i}\n");
                    expected.extend_from_slice(row.as_bytes());
                    out.write_all(row.as_bytes()).unwrap();
                }
            }
            let before_flush = recorder.log.lock().unwrap().1.clone();
            out.flush().unwrap();
            let (bytes, ends) = recorder.log.lock().unwrap().clone();
            assert_eq!(bytes, expected, "most {most}");
            // before the end, every write ends on a block
            if most == usize::MAX {
                assert!(!before_flush.is_empty());
                assert!(before_flush.iter().all(|end| end % 8192 == 0), "{before_flush:?}");
                assert_eq!(ends.last(), Some(&expected.len()));
            }
            assert!(out.queue.is_empty() && out.queued == 0 && out.small.is_empty());
        }
    }

    #[test]
    fn out_holds_at_most_a_block_and_a_buffer() {
        let recorder = Recorder { log: Arc::default(), most: usize::MAX };
        let mut out = Out::new(Box::new(recorder), 1000);
        for n in [300, 5000, 4100, 999, 10_000] {
            out.put(vec![b'x'; n]).unwrap();
            assert!(out.queued < 1000, "{} queued after a buffer of {n}", out.queued);
        }
        for _ in 0..1000 {
            out.write_all(b"0123456789").unwrap();
            assert!(out.queued + out.small.len() < 1000 + SMALL * 8);
        }
    }

    #[test]
    fn the_pool_keeps_emptied_buffers_up_to_its_bytes_and_moves_them_in_batches() {
        let pool = Pool::new(10_000);
        let mut spent: Vec<Vec<u8>> = (0..12).map(|i| vec![b'x'; 1000 + i]).collect();
        let capacities: usize = spent.iter().take(9).map(Vec::capacity).sum();
        assert!(capacities > 9000 && capacities < 10_000);
        pool.give(&mut spent);
        assert!(spent.is_empty());
        // nine fit the 10,000 bytes of capacity, the others were freed
        {
            let held = pool.held.lock().unwrap();
            assert_eq!((held.0.len(), held.1), (9, capacities));
            assert!(held.0.iter().all(Vec::is_empty));
        }
        // a thread's stash takes a batch at a time
        let mut stash = Vec::new();
        let buf = pool.get(&mut stash);
        assert!(buf.is_empty() && buf.capacity() >= 1000);
        assert_eq!(stash.len(), POOL_BATCH - 1);
        assert_eq!(pool.held.lock().unwrap().0.len(), 9 - POOL_BATCH);
        // and gives back a batch at a time; empty and huge buffers are not kept
        let mut stash = Vec::new();
        pool.put(&mut stash, Vec::new());
        pool.put(&mut stash, Vec::with_capacity(POOL_BUFFER + 1));
        assert!(stash.is_empty());
        for _ in 0..POOL_BATCH - 1 {
            pool.put(&mut stash, vec![1; 10]);
        }
        assert_eq!(stash.len(), POOL_BATCH - 1);
        pool.put(&mut stash, vec![1; 10]);
        assert!(stash.is_empty());
        assert_eq!(pool.held.lock().unwrap().0.len(), 9 - POOL_BATCH + POOL_BATCH);
        // an empty pool gives a new buffer
        let empty = Pool::new(0);
        assert_eq!(empty.get(&mut Vec::new()).capacity(), 0);
    }

    #[test]
    fn reorder_gives_batches_back_in_input_order() {
        let mut r = Reorder::new();
        r.insert(2, 20);
        r.insert(1, 10);
        assert!(!r.ready());
        assert!(r.pop().is_none());
        r.insert(0, 0);
        let got: Vec<usize> = std::iter::from_fn(|| r.pop()).collect();
        assert_eq!(got, [0, 10, 20]);
        r.insert(4, 40);
        assert!(r.pop().is_none());
        r.insert(3, 30);
        assert_eq!(r.pop(), Some(30));
        assert_eq!(r.pop(), Some(40));
    }

    /// Writes each document's name on a line, and counts what it wrote.
    struct Names {
        written: Arc<AtomicUsize>,
    }

    impl Sink<Vec<u8>> for Names {
        fn write(&mut self, out: &mut dyn Write, value: Vec<u8>) -> io::Result<()> {
            self.written.fetch_add(1, Ordering::SeqCst);
            out.write_all(&value)
        }
    }

    /// Fails every write once `left` bytes are written.
    struct Full {
        left: usize,
    }

    impl Write for Full {
        fn write(&mut self, data: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::Error::other("no space left on device"));
            }
            let n = data.len().min(self.left);
            self.left -= n;
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Documents `texts` through the engine with `jobs` workers (and an
    /// output thread when `output_thread`), at most `max_items` in flight:
    /// the error of the output,
    /// the most documents seen started and not written, and the number
    /// of documents parsed. A document whose text holds `slow` takes 30 ms.
    fn engine_run(
        texts: &[String],
        jobs: usize,
        output_thread: bool,
        max_items: usize,
        out: Box<dyn Write + Send>,
    ) -> (Option<Fatal>, usize, usize) {
        let (started, written, most) = (AtomicUsize::new(0), Arc::new(AtomicUsize::new(0)), AtomicUsize::new(0));
        let items: Vec<RawItem> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| RawItem::Bytes { key: Key::File(format!("d{i}")), bytes: t.clone().into_bytes() })
            .collect();
        let progress = Progress(None);
        let engine = Engine {
            feed: Mutex::new(Feed { source: Source::Items(items.into_iter()), next: 0, ended: false, error: None }),
            flight: Mutex::new(Flight::new(jobs)),
            room: Condvar::new(),
            readied: Condvar::new(),
            output_thread,
            writer: Mutex::new(Writer {
                out: Out::new(out, 64),
                sink: Names { written: Arc::clone(&written) },
                failed: false,
                error: None,
            }),
            max_items,
            max_bytes: 1 << 30,
            decoding: gongwen::DecodeOptions::default(),
            process: |doc: Doc<'_>| {
                let now = started.fetch_add(1, Ordering::SeqCst) + 1 - written.load(Ordering::SeqCst);
                most.fetch_max(now, Ordering::SeqCst);
                if doc.text.contains("slow") {
                    std::thread::sleep(Duration::from_millis(30));
                }
                Outcome::of(&doc, format!("{}\n", doc.key.name()).into_bytes())
            },
            progress: &progress,
            to_stdout: false,
        };
        std::thread::scope(|scope| {
            if output_thread {
                scope.spawn(|| engine.output());
            }
            for _ in 0..jobs {
                scope.spawn(|| engine.work());
            }
        });
        let mut writer = engine.writer.into_inner().unwrap();
        if writer.error.is_none() {
            writer.out.flush().unwrap();
        }
        (writer.error, most.load(Ordering::SeqCst), started.load(Ordering::SeqCst))
    }

    #[test]
    fn the_engine_writes_in_input_order_whatever_each_document_takes() {
        // uneven documents: every seventh slow, the first too
        let texts: Vec<String> =
            (0..120).map(|i| if i % 7 == 0 { format!("一、slow {i}") } else { format!("一、总则 {i}") }).collect();
        let expected: String = (0..120).map(|i| format!("d{i}\n")).collect();
        for (jobs, output_thread) in [(1, false), (2, false), (4, false), (1, true), (3, true)] {
            let recorder = Recorder { log: Arc::default(), most: 10 };
            let (error, most, parsed) = engine_run(&texts, jobs, output_thread, 12, Box::new(recorder.clone()));
            assert!(error.is_none());
            assert_eq!(parsed, 120);
            let written = String::from_utf8(recorder.log.lock().unwrap().0.clone()).unwrap();
            assert_eq!(written, expected, "--jobs {jobs}, output thread {output_thread}");
            // the bound on documents in flight, passed by at most a batch
            // (here one document) a worker
            assert!(most <= 12 + jobs, "--jobs {jobs}: {most} in flight");
            if jobs > 1 {
                assert!(most > 2, "--jobs {jobs}: the workers went ahead of a slow document ({most} in flight)");
            }
        }
    }

    #[test]
    fn the_engine_stops_when_the_output_fails() {
        let texts: Vec<String> = (0..400).map(|i| format!("一、slow {i}")).collect();
        for (jobs, output_thread) in [(1, false), (3, false), (1, true), (2, true)] {
            let (error, _, parsed) = engine_run(&texts, jobs, output_thread, 8, Box::new(Full { left: 100 }));
            let Some(Fatal::Io(message)) = error else { panic!("--jobs {jobs}: {error:?}") };
            assert_eq!(message, "cannot write the output: no space left on device");
            assert!(parsed < 100, "--jobs {jobs}: {parsed} documents parsed after the output failed");
        }
    }
}
