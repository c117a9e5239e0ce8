//! Batch throughput and peak memory of the `gongwen` command-line tool.
//!
//! ```text
//! cargo run --release --features cli --example batch
//! cargo run --release --features cli --example batch -- --sizes 10000,40000 --jobs 1,2 --repeat 5 --dir --null
//! ```
//!
//! Builds the release `gongwen` binary (into the same target directory), then
//! for each batch size writes that many `{"id": …, "text": …}` records (the
//! `fixtures/*.txt` documents repeated) to a temporary JSON Lines file, and for
//! each number of jobs runs, as a user would,
//!
//! ```text
//! gongwen parse --stdin-jsonl --format jsonl --jobs N < input.jsonl > output.jsonl
//! ```
//!
//! `--repeat` times (default 5), and reports:
//!
//! - wall time, documents/s and input MB/s (1 MB = 10^6 bytes of document
//!   text), best and median of the repeats;
//! - the speed-up of each number of jobs over the first (best over best);
//! - peak resident memory of the tool (`VmHWM` of `/proc/PID/status`, polled
//!   every 5 ms: it only grows, so the last value read is the peak);
//! - the CPU the rest of the machine used during the best run (all cores'
//!   busy time from `/proc/stat` less the tool's own), in % of one core,
//!   since other processes skew the speed-up;
//! - how many runs were discarded: before each run the benchmark waits (up
//!   to 60 s; `--no-wait` to skip) for the machine to be idle, and a run
//!   during which other processes used more than a quarter of a core is
//!   repeated (up to 4 x `--repeat` attempts; `--keep-busy` keeps them).
//!
//! Every output is checked afterwards: one record per input, `"ok":true`, in
//! input order. With `--null` the timed runs write to `/dev/null` (the tool's
//! own cost, without the kernel's cost of writing a file); the output is then
//! checked on one extra run. With `--dir`, the same documents are also
//! written as files into a temporary directory and parsed with
//! `gongwen parse --format jsonl --jobs N DIR`. Temporary files are removed
//! at the end.
//!
//! This is a measurement, not a test: it exits 0 whatever the figures (1 only
//! when the tool cannot be built or run, or its output is wrong).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// CPU used by other processes during a run (in cores) above which the run
/// is discarded.
const BUSY: f64 = 0.25;

/// Clock ticks per second of `/proc` CPU times (USER_HZ; 100 on Linux).
const TICKS: f64 = 100.0;

struct Args {
    sizes: Vec<usize>,
    jobs: Vec<usize>,
    repeat: usize,
    dir: bool,
    wait: bool,
    /// Write the output to /dev/null instead of a file (checked once per
    /// setting on a separate run).
    null: bool,
    /// Keep runs during which other processes were busy.
    keep_busy: bool,
}

fn parse_list(s: &str) -> Result<Vec<usize>, String> {
    s.split(',').map(|x| x.trim().parse::<usize>().map_err(|e| format!("{x:?}: {e}"))).collect()
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        sizes: vec![10_000, 40_000],
        jobs: vec![1, 2],
        repeat: 5,
        dir: false,
        wait: true,
        null: false,
        keep_busy: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--sizes" => a.sizes = parse_list(&value()?)?,
            "--jobs" => a.jobs = parse_list(&value()?)?,
            "--repeat" => a.repeat = value()?.parse().map_err(|e| format!("--repeat: {e}"))?,
            "--dir" => a.dir = true,
            "--no-wait" => a.wait = false,
            "--null" => a.null = true,
            "--keep-busy" => a.keep_busy = true,
            _ => {
                return Err(format!(
                    "unknown argument {arg:?}; usage: batch [--sizes N,N] [--jobs N,N] [--repeat N] [--dir] [--null] [--no-wait] [--keep-busy]"
                ));
            }
        }
    }
    a.repeat = a.repeat.max(1);
    Ok(a)
}

/// The fixtures as (text, JSON string literal of the text), sorted by name.
fn corpus() -> Result<Vec<(String, String)>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(FIXTURES)
        .map_err(|e| format!("cannot read {FIXTURES}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            let json = serde_json::to_string(&text).map_err(|e| e.to_string())?;
            Ok((text, json))
        })
        .collect()
}

/// Build the release binary into this example's target directory; its path.
fn build() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    // <target>/<profile>/examples/batch
    let profile_dir = exe.parent().and_then(Path::parent).ok_or("unexpected example location")?;
    let target_dir = profile_dir.parent().ok_or("unexpected example location")?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "--features", "cli", "--bin", "gongwen", "--manifest-path"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release --features cli failed".into());
    }
    Ok(target_dir.join("release").join(format!("gongwen{}", std::env::consts::EXE_SUFFIX)))
}

/// Peak resident memory of a running process, in KiB.
fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system) of a running process, in ticks.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // fields after the command name (which may hold spaces), from field 3 on
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// (busy, total) ticks of all cores since boot.
fn machine_ticks() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().next()?;
    let v: Vec<u64> = line.split_whitespace().skip(1).take(8).filter_map(|x| x.parse().ok()).collect();
    let total: u64 = v.iter().sum();
    let idle = v.get(3)? + v.get(4)?;
    Some((total - idle, total))
}

/// Wait until the machine is at least 90% idle over one second, at most
/// `limit`; the idle share last seen.
fn wait_idle(limit: Duration) -> f64 {
    let start = Instant::now();
    loop {
        let Some((b0, t0)) = machine_ticks() else { return f64::NAN };
        std::thread::sleep(Duration::from_secs(1));
        let Some((b1, t1)) = machine_ticks() else { return f64::NAN };
        let idle = 1.0 - (b1 - b0) as f64 / (t1 - t0).max(1) as f64;
        if idle >= 0.9 || start.elapsed() >= limit {
            return idle;
        }
    }
}

struct Run {
    seconds: f64,
    peak_kib: u64,
    /// CPU used by other processes during the run, in cores.
    others: f64,
}

/// Run the tool with standard input from `input` and standard output to
/// `output`, polling its memory and CPU.
fn run(bin: &Path, args: &[String], input: Option<&Path>, output: &Path) -> Result<Run, String> {
    let stdin = match input {
        Some(p) => Stdio::from(File::open(p).map_err(|e| e.to_string())?),
        None => Stdio::null(),
    };
    let stdout = Stdio::from(File::create(output).map_err(|e| e.to_string())?);
    let machine0 = machine_ticks();
    let start = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .stdin(stdin)
        .stdout(stdout)
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    let pid = child.id();
    let (mut peak, mut cpu) = (0, 0);
    loop {
        if let Some(kib) = vm_hwm(pid) {
            peak = kib;
        }
        if let Some(t) = cpu_ticks(pid) {
            cpu = t;
        }
        match child.try_wait() {
            Ok(Some(status)) => {
                let seconds = start.elapsed().as_secs_f64();
                let others = match (machine0, machine_ticks()) {
                    (Some((b0, _)), Some((b1, _))) => {
                        ((b1 - b0) as f64 - cpu as f64).max(0.0) / TICKS / seconds.max(1e-9)
                    }
                    _ => f64::NAN,
                };
                if !status.success() {
                    return Err(format!("{} exited with {status}", bin.display()));
                }
                return Ok(Run { seconds, peak_kib: peak, others });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// Check the output: `expected` records, each `"ok":true`, the i-th starting
/// with `prefix(i)`.
fn verify(output: &Path, expected: usize, prefix: impl Fn(usize) -> String) -> Result<(), String> {
    let reader = BufReader::with_capacity(1 << 20, File::open(output).map_err(|e| e.to_string())?);
    let mut n = 0;
    for line in reader.split(b'\n') {
        let line = line.map_err(|e| e.to_string())?;
        let want = prefix(n);
        if !line.starts_with(want.as_bytes()) {
            let head = String::from_utf8_lossy(&line[..line.len().min(want.len() + 20)]).into_owned();
            return Err(format!("record {n}: expected it to start with {want:?}, found {head:?}"));
        }
        n += 1;
    }
    if n != expected {
        return Err(format!("{n} records back of {expected}"));
    }
    Ok(())
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

/// Measure one mode (JSON Lines on stdin, or a directory) at one size.
#[allow(clippy::too_many_arguments)]
fn measure(
    a: &Args,
    bin: &Path,
    mode: &str,
    size: usize,
    bytes: u64,
    input: Option<&Path>,
    tail: &[String],
    out: &Path,
    prefix: &dyn Fn(usize) -> String,
) -> Result<(), String> {
    let mut base = None;
    for &jobs in &a.jobs {
        let mut args: Vec<String> = vec!["parse".into(), "--format".into(), "jsonl".into(), "--jobs".into()];
        args.push(jobs.to_string());
        args.extend(tail.iter().cloned());
        if a.null {
            // the output is checked once, then discarded in the timed runs
            run(bin, &args, input, out)?;
            verify(out, size, prefix)?;
            let _ = std::fs::remove_file(out);
        }
        let sink = if a.null { Path::new("/dev/null") } else { out };
        // runs during which other processes used more than a quarter of a core
        // are discarded (unless --keep-busy), up to 4 x --repeat attempts
        let mut times = Vec::new();
        let (mut peak, mut best, mut others, mut discarded) = (0u64, f64::INFINITY, 0f64, 0usize);
        let mut attempts = 0;
        while times.len() < a.repeat {
            attempts += 1;
            if a.wait {
                wait_idle(Duration::from_secs(60));
            }
            let r = run(bin, &args, input, sink)?;
            if !a.null {
                verify(out, size, prefix)?;
                let _ = std::fs::remove_file(out);
            }
            peak = peak.max(r.peak_kib);
            if r.others > BUSY && !a.keep_busy && attempts < 4 * a.repeat {
                discarded += 1;
                continue;
            }
            times.push(r.seconds);
            if r.seconds < best {
                (best, others) = (r.seconds, r.others);
            }
        }
        let med = median(&times);
        let speedup = base.map_or(String::new(), |b: (f64, f64)| format!("{:.2}x/{:.2}x", b.0 / best, b.1 / med));
        base.get_or_insert((best, med));
        println!(
            "{mode:<6} {size:>7} {jobs:>4} {best:>8.2} {med:>8.2} {:>9.0} {:>7.1} {speedup:>12} {:>10.1} {:>7.0}% {discarded:>9}",
            size as f64 / best,
            bytes as f64 / best / 1e6,
            peak as f64 / 1024.0,
            others * 100.0
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let tmp = std::env::temp_dir().join(format!("gongwen-batch-{}", std::process::id()));
    let result = real_main(&tmp);
    let _ = std::fs::remove_dir_all(&tmp);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("batch: {e}");
            ExitCode::FAILURE
        }
    }
}

fn real_main(tmp: &Path) -> Result<(), String> {
    let a = args()?;
    let corpus = corpus()?;
    let bin = build()?;
    std::fs::create_dir_all(tmp).map_err(|e| e.to_string())?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{} ({} fixtures repeated; {cores} cores; best of {} runs; output to {})",
        bin.display(),
        corpus.len(),
        a.repeat,
        if a.null { "/dev/null" } else { "a file" }
    );
    println!(
        "{:<6} {:>7} {:>4} {:>8} {:>8} {:>9} {:>7} {:>12} {:>10} {:>8} {:>9}",
        "mode", "docs", "jobs", "best s", "median s", "docs/s", "MB/s", "speedup", "peak MB", "others", "discarded"
    );
    let out = tmp.join("output.jsonl");
    for &size in &a.sizes {
        let bytes: u64 = (0..size).map(|i| corpus[i % corpus.len()].0.len() as u64).sum();
        let input = tmp.join(format!("input-{size}.jsonl"));
        {
            let mut w = BufWriter::new(File::create(&input).map_err(|e| e.to_string())?);
            for i in 0..size {
                writeln!(w, "{{\"id\":{i},\"text\":{}}}", corpus[i % corpus.len()].1).map_err(|e| e.to_string())?;
            }
            w.flush().map_err(|e| e.to_string())?;
        }
        let tail = ["--stdin-jsonl".to_owned()];
        measure(&a, &bin, "jsonl", size, bytes, Some(&input), &tail, &out, &|i| format!("{{\"id\":{i},\"ok\":true,"))?;
        let _ = std::fs::remove_file(&input);
    }
    if a.dir {
        for &size in &a.sizes {
            let dir = tmp.join(format!("docs-{size}"));
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let mut bytes = 0u64;
            for i in 0..size {
                let text = &corpus[i % corpus.len()].0;
                bytes += text.len() as u64;
                std::fs::write(dir.join(format!("{i:07}.txt")), text).map_err(|e| e.to_string())?;
            }
            let name = dir.display().to_string();
            let prefix =
                |i: usize| format!("{{\"file\":{},\"ok\":true,", serde_json::json!(format!("{name}/{i:07}.txt")));
            measure(&a, &bin, "dir", size, bytes, None, std::slice::from_ref(&name), &out, &prefix)?;
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    Ok(())
}
