//! The batch engine: documents are handed out one at a time to a few
//! worker threads, parsed in parallel, and their outputs written in input
//! order.
//!
//! Three stages run at once:
//!
//! ```text
//! reader thread ──items──► worker threads ──outputs──► writer thread
//! (Source::next_item)      (read file / decode line,    (stdout or -o, in
//!                           parse, render)               input order)
//! ```
//!
//! A worker takes the next item as soon as it is free (no chunk waits for
//! its slowest document), and the writer puts the outputs back in order.
//! Memory is bounded by a [`Budget`]: the reader takes an item only while
//! the items read and not yet written are fewer than a bound, and hold
//! fewer bytes than another, whatever the number of documents.

use crate::InputArgs;
use crate::input::{self, Failure, Key, RawItem, Source};
use gongwen::Document;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, IoSlice, IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::sync::{Condvar, Mutex, TryLockError};
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

/// How much may be read ahead of the writer: items read and not yet
/// written, and their bytes. The reader waits in [`Budget::take`] when
/// either bound would be passed (an item larger than the byte bound still
/// goes when nothing else is held) until the writer has written half of
/// what is held ([`Budget::give`]): it then reads a run of items at once,
/// instead of being woken for every item written. The writer closes the
/// budget when it stops, which stops the reader.
struct Budget {
    held: Mutex<Held>,
    freed: Condvar,
    max_items: usize,
    max_bytes: usize,
}

#[derive(Default)]
struct Held {
    items: usize,
    bytes: usize,
    /// The reader waits for half to be written.
    waiting: bool,
    closed: bool,
}

impl Budget {
    fn new(max_items: usize, max_bytes: usize) -> Self {
        Budget { held: Mutex::new(Held::default()), freed: Condvar::new(), max_items, max_bytes }
    }

    /// Whether an item of `bytes` can be taken now.
    fn room(&self, held: &Held, bytes: usize) -> bool {
        held.items == 0 || (held.items < self.max_items && held.bytes + bytes <= self.max_bytes)
    }

    /// Whether the reader, once stopped, may go on.
    fn low(&self, held: &Held) -> bool {
        held.items == 0 || (held.items <= self.max_items / 2 && held.bytes <= self.max_bytes / 2)
    }

    /// Wait for room for an item of `bytes` (after a wait, for half of
    /// what was held to be written) and take it; false when closed.
    fn take(&self, bytes: usize) -> bool {
        let Ok(mut held) = self.held.lock() else { return false };
        if !held.closed && !self.room(&held, bytes) {
            held.waiting = true;
            // until closed, or low and with room
            while !(held.closed || (self.low(&held) && self.room(&held, bytes))) {
                held = match self.freed.wait(held) {
                    Ok(h) => h,
                    Err(_) => return false,
                };
            }
            held.waiting = false;
        }
        if held.closed {
            return false;
        }
        held.items += 1;
        held.bytes += bytes;
        true
    }

    /// An item of `bytes` was written.
    fn give(&self, bytes: usize) {
        let Ok(mut held) = self.held.lock() else { return };
        held.items -= 1;
        held.bytes -= bytes;
        if held.waiting && self.low(&held) {
            drop(held);
            self.freed.notify_one();
        }
    }

    fn close(&self) {
        if let Ok(mut held) = self.held.lock() {
            held.closed = true;
        }
        self.freed.notify_all();
    }
}

/// Closes the budget when dropped.
struct Closing<'a>(&'a Budget);

impl Drop for Closing<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Outcomes that came back out of order, until those before them come.
struct Reorder<T> {
    /// The sequence number of `waiting[0]`.
    next: usize,
    /// Input bytes and outcome of items `next`, `next + 1`, …, when back.
    waiting: VecDeque<Option<(usize, Outcome<T>)>>,
}

impl<T> Reorder<T> {
    fn new() -> Self {
        Reorder { next: 0, waiting: VecDeque::new() }
    }

    fn insert(&mut self, seq: usize, bytes: usize, outcome: Outcome<T>) {
        let at = seq - self.next;
        if self.waiting.len() <= at {
            self.waiting.resize_with(at + 1, || None);
        }
        self.waiting[at] = Some((bytes, outcome));
    }

    /// The next outcome in input order, if it is back.
    fn pop(&mut self) -> Option<(usize, Outcome<T>)> {
        let ready = self.waiting.front_mut()?.take()?;
        self.waiting.pop_front();
        self.next += 1;
        Some(ready)
    }

    /// Whether the next outcome in input order is back.
    fn ready(&self) -> bool {
        self.waiting.front().is_some_and(Option::is_some)
    }
}

/// Outcomes a worker sends to the writer at once, at most (it sends fewer
/// when no item is waiting, or they came from this many bytes of input):
/// the writer is woken once for them, not for each. Each wake-up of the
/// writer is a futex call on the worker and, on a machine with as many
/// workers as cores, a switch of that core to the writer and back: for
/// 10,000 records with `--jobs 2`, batches of 8 cost about 1,100-1,400
/// switches on the workers and 850-1,000 on the writer, batches of 16 about
/// 700 and 550. Larger batches save little more and hold back outcomes the
/// reader waits for: it resumes once half the [`Budget`] is written, and
/// the writer writes in order, so the outcomes the workers hold unsent
/// (up to `jobs` x this) must stay well below half the budget's items (48
/// a worker), or the workers run out of items while the reader waits.
const SEND_ITEMS: usize = 16;
const SEND_BYTES: usize = 512 << 10;

/// A worker: take the next item, make its outcome, until the items end or
/// the writer stops.
fn work<T: Send>(
    items: &Mutex<Receiver<(usize, usize, RawItem)>>,
    out: &Sender<Vec<(usize, usize, Outcome<T>)>>,
    encoding: gongwen::Encoding,
    process: &(impl Fn(Doc<'_>) -> Outcome<T> + Sync),
) {
    let mut done = Vec::with_capacity(SEND_ITEMS);
    let mut done_bytes = 0;
    loop {
        // an item waiting, taken without waiting for anything: another
        // worker may hold the lock while it waits for the reader, and the
        // writer may be waiting for what this one has done
        let next = match items.try_lock() {
            Ok(rx) => match rx.try_recv() {
                Ok(item) => Some(item),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => break,
            },
            Err(TryLockError::WouldBlock) => None,
            Err(TryLockError::Poisoned(_)) => break,
        };
        let next = match next {
            Some(item) => item,
            // else send what is done before waiting
            None => {
                if !done.is_empty() && out.send(std::mem::take(&mut done)).is_err() {
                    return;
                }
                done_bytes = 0;
                match items.lock().map(|rx| rx.recv()) {
                    Ok(Ok(item)) => item,
                    _ => break,
                }
            }
        };
        let (seq, bytes, item) = next;
        done.push((seq, bytes, one(item, encoding, process)));
        done_bytes += bytes;
        if done.len() >= SEND_ITEMS || done_bytes >= SEND_BYTES {
            // the writer stopped (its error is reported by the caller)
            if out.send(std::mem::replace(&mut done, Vec::with_capacity(SEND_ITEMS))).is_err() {
                return;
            }
            done_bytes = 0;
        }
    }
    if !done.is_empty() {
        let _ = out.send(done);
    }
}

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
    let mut out = output(args)?;
    let encoding = args.encoding.encoding();
    let to_stdout = args.output.as_ref().is_none_or(|o| o.as_os_str() == "-");
    let progress = Progress::new(to_stdout, || source.len());
    // enough items ahead that a slow document does not leave workers idle
    // while the writer waits for it, few enough to bound memory; when the
    // reader resumes (half of them written), the items still waiting for
    // the workers are half of them less the outcomes the workers hold
    // unsent (up to SEND_ITEMS each): 48 - 16 a worker
    let budget = Budget::new((96 * jobs).clamp(16, 1024), 24 << 20);
    let budget = &budget;

    // items in input order, numbered (the budget bounds them)
    let (item_tx, item_rx) = channel::<(usize, usize, RawItem)>();
    let item_rx = Mutex::new(item_rx);
    let (out_tx, out_rx) = channel::<Vec<(usize, usize, Outcome<T>)>>();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> io::Result<Source> {
            let mut seq = 0;
            while let Some((item, bytes)) = source.next_item()? {
                if !budget.take(bytes) || item_tx.send((seq, bytes, item)).is_err() {
                    break;
                }
                seq += 1;
            }
            Ok(source)
        });
        let mut workers = Vec::with_capacity(jobs);
        for i in 0..jobs {
            let (item_rx, out_tx, process) = (&item_rx, out_tx.clone(), &process);
            let worker = std::thread::Builder::new()
                .name(format!("gongwen-{i}"))
                .spawn_scoped(scope, move || work(item_rx, &out_tx, encoding, process));
            match worker {
                Ok(w) => workers.push(w),
                Err(e) if workers.is_empty() => {
                    budget.close();
                    return Err(Fatal::Io(format!("cannot start {jobs} worker threads: {e}")));
                }
                // fewer workers than asked: the batch still runs
                Err(_) => break,
            }
        }
        drop(out_tx);
        let progress = &progress;
        let writer = scope.spawn(move || -> Result<bool, Fatal> {
            // the reader stops when the writer does, whether it ended,
            // failed or panicked
            let closing = Closing(budget);
            let mut failed = false;
            let write = |e| Fatal::io("cannot write the output", e);
            let mut reorder = Reorder::new();
            let result = (|| {
                sink.start(&mut out).map_err(write)?;
                while let Ok(done) = out_rx.recv() {
                    // whatever else is back already, then all that is in
                    // order, under one hiding of the progress bar
                    for done in std::iter::once(done).chain(std::iter::from_fn(|| out_rx.try_recv().ok())) {
                        for (seq, bytes, outcome) in done {
                            reorder.insert(seq, bytes, outcome);
                        }
                    }
                    if !reorder.ready() {
                        continue;
                    }
                    // the bar is hidden while output goes to standard
                    // output or error lines are printed, then drawn again
                    let hide = to_stdout || reorder.waiting.iter().flatten().any(|(_, o)| o.stderr.is_some());
                    let mut n = 0;
                    progress.suspend_if(hide, || -> Result<(), Fatal> {
                        while let Some((bytes, outcome)) = reorder.pop() {
                            failed |= outcome.failed;
                            if let Some(line) = &outcome.stderr {
                                eprintln!("{line}");
                            }
                            sink.put(&mut out, outcome.value).map_err(write)?;
                            budget.give(bytes);
                            n += 1;
                        }
                        if to_stdout && progress.shown() {
                            out.flush().map_err(write)?;
                        }
                        Ok(())
                    })?;
                    progress.inc(n);
                }
                sink.finish(&mut out).map_err(write)?;
                out.flush().map_err(write)
            })();
            drop(closing);
            result?;
            // --keep-going: failed documents are in the output, not the status
            Ok((failed && !keep_going) || sink.failed())
        });
        let written = writer.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        for w in workers {
            w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::mpsc::RecvTimeoutError;

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
    fn reorder_gives_outcomes_back_in_input_order() {
        let outcome = |n: usize| Outcome { failed: false, stderr: None, value: n };
        let mut r = Reorder::new();
        r.insert(2, 20, outcome(2));
        r.insert(1, 10, outcome(1));
        assert!(!r.ready());
        assert!(r.pop().is_none());
        r.insert(0, 0, outcome(0));
        let got: Vec<(usize, usize)> = std::iter::from_fn(|| r.pop()).map(|(b, o)| (b, o.value)).collect();
        assert_eq!(got, [(0, 0), (10, 1), (20, 2)]);
        r.insert(4, 40, outcome(4));
        assert!(r.pop().is_none());
        r.insert(3, 30, outcome(3));
        assert_eq!(r.pop().map(|(_, o)| o.value), Some(3));
        assert_eq!(r.pop().map(|(_, o)| o.value), Some(4));
    }

    /// Whether `budget.take(bytes)` on another thread returns within a
    /// short while, and what.
    fn taken(budget: &Arc<Budget>, bytes: usize) -> mpsc_result::Taken {
        let (tx, rx) = std::sync::mpsc::channel();
        let b = Arc::clone(budget);
        std::thread::spawn(move || {
            let _ = tx.send(b.take(bytes));
        });
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(ok) => mpsc_result::Taken::Now(ok),
            Err(RecvTimeoutError::Timeout) => mpsc_result::Taken::Waiting(rx),
            Err(e) => panic!("{e}"),
        }
    }

    mod mpsc_result {
        pub enum Taken {
            Now(bool),
            Waiting(std::sync::mpsc::Receiver<bool>),
        }
    }
    use mpsc_result::Taken;

    #[test]
    fn the_budget_bounds_items_and_bytes_and_resumes_at_half() {
        let budget = Arc::new(Budget::new(4, 100));
        for _ in 0..4 {
            assert!(matches!(taken(&budget, 10), Taken::Now(true)));
        }
        // a fifth item waits until half the items are written
        let Taken::Waiting(rx) = taken(&budget, 10) else { panic!("a fifth item") };
        budget.give(10);
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err(), "not at one written");
        budget.give(10);
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(true));
        // 3 items of 30 bytes held: more bytes wait, an item larger than the
        // bound goes once nothing is held
        let Taken::Waiting(rx) = taken(&budget, 500) else { panic!("over the bytes") };
        for _ in 0..3 {
            budget.give(10);
        }
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(true));
        // closing stops a waiting reader
        let Taken::Waiting(rx) = taken(&budget, 1) else { panic!("over the bytes") };
        budget.close();
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(false));
        assert!(matches!(taken(&budget, 1), Taken::Now(false)));
    }
}
