//! The `gongwen` command-line tool, run as a user runs it: every subcommand
//! and format, bad inputs, JSON Lines streaming, exit codes, and the same
//! output whatever the number of jobs.
//!
//! Built only with the `cli` feature: `cargo test --features cli --test cli`.

#![cfg(feature = "cli")]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_gongwen");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/00-ndrc-2022-urbanization-key-tasks.txt");

/// A directory under the system temp dir, unique to this test, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("gongwen-cli-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create dir");
        }
        std::fs::write(&path, bytes).expect("write file");
        path
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // restore permissions so that everything can be removed
        restore_permissions(&self.0);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(unix)]
fn restore_permissions(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let _ = std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o755));
            if e.path().is_dir() {
                restore_permissions(&e.path());
            }
        }
    }
}

#[cfg(not(unix))]
fn restore_permissions(_: &Path) {}

/// Run the tool with `args`, feeding `stdin` (none: empty), with no colour
/// variables from the environment (see [`run_env`]).
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_env(args, stdin, &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))).collect()
}

fn seed() -> String {
    std::fs::read_to_string(SEED).expect("seed")
}

/// The `fixtures/**/*.txt` paths in the order the tool walks the fixtures
/// directory: depth first, each directory's entries sorted by name (the 12
/// corpus documents, then `wide/`).
fn fixture_names() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).expect("fixtures").map(|e| e.expect("entry").path()).collect();
        entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path.display().to_string());
            }
        }
    }
    let mut names = Vec::new();
    walk(Path::new(FIXTURES), &mut names);
    names
}

/// Display width as a terminal shows it (CJK characters take two columns):
/// the library's, which the tool's tables and carets use too.
fn width(s: &str) -> usize {
    gongwen::display_width(s)
}

#[path = "common/layout.rs"]
mod layout;

/// The tool's pretty JSON of a document: the library's JSON in the tool's
/// layout (small containers of scalars on one line; `docs/cli.md`).
fn pretty(doc: &gongwen::Document<'_>) -> String {
    layout::leaf_layout(doc.to_json().as_bytes(), 0, 100)
}

// ---------------------------------------------------------------- parse

#[test]
fn parse_one_file_prints_the_library_json() {
    let o = run(&["parse", SEED], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = seed();
    let doc = gongwen::parse(&text).unwrap();
    assert_eq!(stdout(&o), pretty(&doc) + "\n");
    assert_eq!(stderr(&o), "");
    // the library's JSON, laid out with spans on one line
    let value: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(value, serde_json::from_str::<Value>(&doc.to_json_pretty()).unwrap());
    assert!(stdout(&o).contains("\n  \"span\": {\"start\": 0, \"end\": "), "{}", stdout(&o));
}

#[test]
fn parse_stdin_document() {
    let text = seed();
    let o = run(&["parse", "-"], Some(text.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), pretty(&gongwen::parse(&text).unwrap()) + "\n");
    // jsonl of a plain document on stdin: one record, not taken for JSON Lines
    let o = run(&["parse", "--format", "jsonl", "-"], Some(text.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let records = jsonl(&o);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["file"], "<stdin>");
    assert_eq!(records[0]["ok"], true);
    assert_eq!(
        records[0]["document"],
        serde_json::from_str::<Value>(&gongwen::parse(&text).unwrap().to_json()).unwrap()
    );
}

#[test]
fn parse_directory_is_a_json_array_of_records_in_sorted_order() {
    let o = run(&["parse", FIXTURES], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let array: Value = serde_json::from_str(&stdout(&o)).expect("one JSON array");
    let records = array.as_array().expect("array");
    let names = fixture_names();
    assert_eq!(records.len(), names.len());
    for (r, name) in records.iter().zip(&names) {
        assert_eq!(r["file"], name.as_str());
        assert_eq!(r["ok"], true);
        // the library's parse of the file's bytes, decoded (the mojibake
        // copy repaired)
        let bytes = std::fs::read(name).unwrap();
        let decoded = gongwen::decode(&bytes, gongwen::Encoding::Auto).unwrap();
        let doc: Value = serde_json::from_str(&decoded.parse().unwrap().to_json()).unwrap();
        assert_eq!(r["document"], doc, "{name}");
    }
    // several files: an array too
    let o = run(&["parse", SEED, SEED], None);
    let array: Value = serde_json::from_str(&stdout(&o)).expect("one JSON array");
    assert_eq!(array.as_array().map(Vec::len), Some(2));
}

#[test]
fn parse_jsonl_one_record_per_document() {
    let o = run(&["parse", "--format", "jsonl", FIXTURES], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let records = jsonl(&o);
    let names: Vec<String> = records.iter().map(|r| r["file"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names, fixture_names());
    assert!(records.iter().all(|r| r["ok"] == true && r["document"].is_object()));
}

#[test]
fn parse_md_is_an_outline() {
    let o = run(&["parse", "--format", "md", SEED], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = stdout(&o);
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines[0], "# 2022年新型城镇化和城乡融合发展重点任务");
    assert!(md.contains("- **发文机关**: 国家发展改革委\n"), "{md}");
    assert!(md.contains("- **成文日期**: 2022-03-10\n"));
    assert!(md.contains("\n## 一、提高农业转移人口市民化质量\n"));
    assert!(md.contains("\n### (一)持续深化户籍制度改革\n\n- **responsible 负责**: 公安部、发展改革委"), "{md}");
    // several documents: separated by a rule
    let o = run(&["parse", "--format", "md", SEED, SEED], None);
    assert_eq!(stdout(&o).matches("\n---\n").count(), 1);
}

#[test]
fn parse_writes_to_an_output_file() {
    let dir = TempDir::new("output");
    let out = dir.path("out.jsonl");
    let o = run(&["parse", "--format", "jsonl", "-o", &out, SEED], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(written.starts_with(&format!("{{\"file\":{},\"ok\":true", serde_json::to_string(SEED).unwrap())));
}

// ---------------------------------------------------------------- JSON Lines on stdin

/// 200 records with ids, texts cycling through the fixtures; records 50, 120
/// and 150 bad (invalid JSON, no text, empty text).
fn records_200() -> (Vec<u8>, Vec<usize>) {
    let texts: Vec<String> = fixture_names().iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let mut input = Vec::new();
    for i in 0..200 {
        let line = match i {
            50 => "{\"id\": \"doc-50\", \"text\": ".to_owned(),
            120 => serde_json::json!({"id": "doc-120"}).to_string(),
            150 => serde_json::json!({"id": "doc-150", "text": "   "}).to_string(),
            _ => serde_json::json!({"id": format!("doc-{i}"), "text": texts[i % texts.len()]}).to_string(),
        };
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    (input, vec![50, 120, 150])
}

fn check_200(o: &Output, bad: &[usize]) {
    assert_eq!(code(o), 1, "a bad record exits 1: {}", stderr(o));
    let records = jsonl(o);
    assert_eq!(records.len(), 200, "one record per input line");
    for (i, r) in records.iter().enumerate() {
        if bad.contains(&i) {
            assert_eq!(r["ok"], false, "record {i}");
            assert_eq!(r["line"], i + 1);
            assert!(r["error"].as_str().is_some_and(|e| !e.is_empty()));
        } else {
            assert_eq!(r["id"], format!("doc-{i}"), "output in input order");
            assert_eq!(r["ok"], true, "record {i}: {r}");
            assert!(r["document"]["sections"].is_array());
        }
    }
    // the id is kept when the record could be read
    assert_eq!(records[50]["id"], Value::Null);
    assert_eq!(records[50]["error_kind"], "invalid-record");
    assert_eq!(records[120]["id"], "doc-120");
    assert_eq!(records[120]["error"], "no \"text\" field");
    assert_eq!(records[150]["error_kind"], "empty");
    let err = stderr(o);
    assert!(err.contains("line 51: invalid JSON"), "{err}");
    assert!(err.contains("doc-120: no \"text\" field"), "{err}");
}

#[test]
fn stdin_jsonl_streams_records_in_input_order() {
    let (input, bad) = records_200();
    let o = run(&["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", "2"], Some(&input));
    check_200(&o, &bad);
    // detected without the flag for `parse --format jsonl -`
    let o = run(&["parse", "--format", "jsonl", "-"], Some(&input));
    check_200(&o, &bad);
    // sequential: the very same output
    let seq = run(&["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", "1"], Some(&input));
    assert_eq!(seq.stdout, o.stdout);
}

/// Records of very uneven sizes (a few characters, a corpus document,
/// several documents in one), CRLF endings on some, and bad records
/// (invalid JSON, no text, text not a string, invalid UTF-8, a blank line)
/// at the first and last lines and among the big ones: the index of each
/// bad line.
fn uneven_records() -> (Vec<u8>, Vec<usize>) {
    let texts: Vec<String> = fixture_names().iter().take(12).map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let big: String = texts.concat();
    let mut input = Vec::new();
    let mut bad = Vec::new();
    for i in 0..700 {
        let id = format!("u-{i}");
        let line = match i {
            0 | 699 | 333 => {
                bad.push(i);
                format!("{{\"id\": \"{id}\", \"text\": ")
            }
            101 | 400 => {
                bad.push(i);
                serde_json::json!({"id": id, "text": 5}).to_string()
            }
            250 => {
                bad.push(i);
                String::new()
            }
            _ if i % 97 == 0 => serde_json::json!({"id": id, "text": big}).to_string(),
            _ if i % 3 == 0 => serde_json::json!({"id": id, "text": "一、总则"}).to_string(),
            _ => serde_json::json!({"id": id, "text": texts[i % texts.len()]}).to_string(),
        };
        if i == 555 {
            bad.push(i);
            input.extend_from_slice(b"{\"id\": \"u-555\", \"text\": \"\xFF\"}");
        } else {
            input.extend_from_slice(line.as_bytes());
        }
        input.extend_from_slice(if i % 5 == 0 { b"\r\n" } else { b"\n" });
    }
    (input, bad)
}

/// Run `args` with standard input read from `file` (not a pipe: the tool
/// reads it in whole blocks).
fn run_with_file(args: &[&str], file: &Path) -> Output {
    let child = Command::new(BIN)
        .args(args)
        .stdin(std::fs::File::open(file).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gongwen");
    wait_or_kill(child, 120, &format!("{args:?}"))
}

#[test]
fn uneven_records_keep_input_order_and_bad_ones_their_id_and_line_whatever_the_jobs() {
    let (input, bad) = uneven_records();
    let dir = TempDir::new("uneven");
    let path = dir.write("in.jsonl", &input);
    let args = ["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs"];
    let one = run_with_file(&[&args[..], &["1"]].concat(), &path);
    assert_eq!(code(&one), 1, "{}", stderr(&one));
    let records = jsonl(&one);
    assert_eq!(records.len(), 700);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["ok"], !bad.contains(&i), "record {i}: {r}");
        if bad.contains(&i) {
            assert_eq!(r["line"], i + 1, "record {i}: {r}");
        }
        // the id is kept whenever the line is a JSON object
        let id_kept = !matches!(i, 0 | 699 | 333 | 250);
        assert_eq!(r["id"] == format!("u-{i}").as_str(), id_kept, "record {i}: {r}");
    }
    assert_eq!(records[555]["error_kind"], "invalid-utf8");
    assert_eq!(records[400]["error"], "\"text\" is not a string");
    for jobs in ["2", "4", "7"] {
        let from_file = run_with_file(&[&args[..], &[jobs]].concat(), &path);
        assert!(from_file.stdout == one.stdout, "--jobs {jobs}, from a file: not the output of --jobs 1");
        assert_eq!(from_file.stderr, one.stderr, "--jobs {jobs}: the error lines, in input order");
        let piped = run(&[&args[..], &[jobs]].concat(), Some(&input));
        assert!(piped.stdout == one.stdout, "--jobs {jobs}, from a pipe: not the output of --jobs 1");
        assert_eq!(code(&piped), 1);
    }
    // the default pretty array too
    let pretty = |jobs: &str| run_with_file(&["parse", "--stdin-jsonl", "--jobs", jobs], &path).stdout;
    assert!(pretty("1") == pretty("4"), "pretty JSON: --jobs 1 and --jobs 4 differ");
}

/// An output that cannot be written (a full disk: `/dev/full`) ends the run
/// with exit 1 and one line saying why, whether it fails on the first block
/// or only at the last flush, and whatever the jobs; it never hangs.
#[cfg(target_os = "linux")]
#[test]
fn an_output_that_cannot_be_written_exits_1_with_the_reason() {
    let (input, _) = records_200();
    let dir = TempDir::new("full");
    let many = dir.write("many.jsonl", &input);
    let one = dir.write("one.jsonl", format!("{}\n", serde_json::json!({"id": "x", "text": "一、总则"})));
    for file in [&many, &one] {
        for jobs in ["1", "4"] {
            for to in ["-o", ">"] {
                let mut cmd = Command::new(BIN);
                cmd.args(["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", jobs]);
                if to == "-o" {
                    cmd.args(["-o", "/dev/full"]).stdout(Stdio::piped());
                } else {
                    cmd.stdout(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap());
                }
                let child = cmd.stdin(std::fs::File::open(file).unwrap()).stderr(Stdio::piped()).spawn().unwrap();
                let what = format!("{} --jobs {jobs} {to} /dev/full", file.display());
                let o = wait_or_kill(child, 60, &what);
                assert_eq!(code(&o), 1, "{what}");
                let err = stderr(&o);
                let last = err.lines().last().unwrap_or_default();
                assert!(last.starts_with("gongwen: cannot write the output: No space left on device"), "{what}: {err}");
            }
        }
    }
}

/// When the output cannot be written, the run stops at once, even while
/// standard input sends nothing more (a pipe kept open, `tail -f`): before,
/// a worker blocked reading it kept the run waiting until the pipe closed.
#[cfg(target_os = "linux")]
#[test]
fn an_output_that_cannot_be_written_stops_a_run_waiting_for_standard_input() {
    let record = format!("{}\n", serde_json::json!({"id": "x", "text": "一、总则"}));
    let runs: [(&[&str], &str); 3] = [
        (&["parse", "--jobs", "1", SEED, "-"], ""),
        (&["parse", "--jobs", "4", "--format", "jsonl", SEED, "-"], ""),
        (&["parse", "--stdin-jsonl", "--format", "jsonl"], &record),
    ];
    for (args, first) in runs {
        let what = args.join(" ");
        let mut child = Command::new(BIN)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // standard input stays open, with nothing (more) on it, until the run ends
        let mut held = child.stdin.take().unwrap();
        std::io::Write::write_all(&mut held, first.as_bytes()).unwrap();
        let o = wait_or_kill(child, 20, &what);
        drop(held);
        assert_eq!(code(&o), 1, "{what}");
        assert!(
            stderr(&o).contains("gongwen: cannot write the output: No space left on device"),
            "{what}: {}",
            stderr(&o)
        );
    }
}

/// `--help` and `--version` that cannot be written (standard output full)
/// exit 1 with the reason, as any output that cannot be written does, where
/// clap alone exits 0; written, they exit 0; a usage error stays 2.
#[cfg(target_os = "linux")]
#[test]
fn help_that_cannot_be_written_exits_1() {
    let full = || Stdio::from(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap());
    for args in [&["--help"][..], &["-h"], &["--version"], &["parse", "--help"], &["help", "tasks"]] {
        let what = args.join(" ");
        let child = Command::new(BIN).args(args).stdin(Stdio::null()).stdout(full()).stderr(Stdio::piped()).spawn();
        let o = wait_or_kill(child.unwrap(), 60, &what);
        assert_eq!(code(&o), 1, "{what} > /dev/full");
        assert!(stderr(&o).starts_with("gongwen: cannot write: No space left on device"), "{what}: {}", stderr(&o));
        let o = run(args, None);
        assert_eq!(code(&o), 0, "{what}");
        assert!(!stdout(&o).is_empty() && stderr(&o).is_empty(), "{what}");
    }
    let o = run(&["parse", "--no-such-option"], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--no-such-option"));
}

#[test]
fn stdin_jsonl_feeds_the_other_subcommands() {
    let text = seed();
    let input = format!("{}\n", serde_json::json!({"id": "seed", "text": text}));
    let o = run(&["tasks", "--stdin-jsonl"], Some(input.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).lines().nth(1).unwrap().starts_with("seed,一/一,"));
    let o = run(&["check", "--stdin-jsonl"], Some(input.as_bytes()));
    assert!(stdout(&o).contains(" --> seed:"));
    // --stdin-jsonl takes no files
    let o = run(&["parse", "--stdin-jsonl", SEED], None);
    assert_eq!(code(&o), 2);
}

/// `--keep-going`: the same records and the same lines on standard error,
/// but exit 0, so that `RDD.pipe` (and Hadoop streaming) do not fail the
/// task; `tasks --format jsonl` gains one error row per failed record,
/// carrying its id.
#[test]
fn keep_going_keeps_the_error_records_and_exits_0() {
    let (input, bad) = records_200();
    let strict = run(&["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", "2"], Some(&input));
    check_200(&strict, &bad);
    let o = run(&["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", "2", "--keep-going"], Some(&input));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(o.stdout, strict.stdout, "the same records");
    assert_eq!(stderr(&o), stderr(&strict), "the same reasons on standard error");
    // the JSON array too
    let o = run(&["parse", "--stdin-jsonl", "--keep-going"], Some(&input));
    assert_eq!(code(&o), 0);
    let array: Value = serde_json::from_slice(&o.stdout).expect("a JSON array");
    assert_eq!(array.as_array().map(Vec::len), Some(200));
    assert_eq!(array[120]["id"], "doc-120");
    assert_eq!(array[120]["ok"], false);

    // tasks, JSON Lines: the good records' rows, in order, and one error row
    // for each bad record; without --keep-going, no error row and exit 1
    let strict = run(&["tasks", "--stdin-jsonl", "--format", "jsonl"], Some(&input));
    assert_eq!(code(&strict), 1);
    let o = run(&["tasks", "--stdin-jsonl", "--format", "jsonl", "--keep-going"], Some(&input));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows = jsonl(&o);
    let (errors, tasks): (Vec<&Value>, Vec<&Value>) = rows.iter().partition(|r| r.get("ok").is_some());
    assert_eq!(tasks.len(), jsonl(&strict).len(), "the same task rows");
    assert!(tasks.iter().all(|r| r.get("error").is_none() && r["path"].is_string()));
    let errors: Vec<(&Value, &Value, &Value, &Value)> =
        errors.iter().map(|r| (&r["file"], &r["id"], &r["ok"], &r["error_kind"])).collect();
    let expect = [
        (Value::from("line 51"), Value::Null, Value::from(false), Value::from("invalid-record")),
        (Value::from("doc-120"), Value::from("doc-120"), Value::from(false), Value::from("invalid-record")),
        (Value::from("doc-150"), Value::from("doc-150"), Value::from(false), Value::from("empty")),
    ];
    assert_eq!(errors, expect.iter().map(|(a, b, c, d)| (a, b, c, d)).collect::<Vec<_>>());
    // an error row stands where its record's rows would: in input order
    let order: Vec<usize> = rows
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap();
            file.strip_prefix("doc-").map_or(50, |n| n.parse().unwrap())
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    assert!(order.contains(&50) && order.contains(&120) && order.contains(&150));
    // an id that is not a string stays as given; `file` is its JSON text
    let o =
        run(&["tasks", "--stdin-jsonl", "--format", "jsonl", "--keep-going"], Some(b"{\"id\": 7, \"text\": \"\"}\n"));
    assert_eq!(code(&o), 0);
    assert_eq!(
        jsonl(&o),
        [serde_json::json!({"file": "7", "id": 7, "ok": false,
        "error": "the input is empty or holds only white space", "error_kind": "empty"})]
    );

    // CSV has no place for an error: the rows of the good records, the
    // reasons on standard error, exit 0
    let o = run(&["tasks", "--stdin-jsonl", "--keep-going"], Some(&input));
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o).lines().count(), tasks.len() + 1, "header and the task rows");
    assert!(stderr(&o).contains("doc-120: no \"text\" field"), "{}", stderr(&o));

    // files: a failed file's row names it; refs share the table code
    let dir = TempDir::new("keep-going");
    dir.write("a.txt", seed());
    dir.write("b.txt", b"");
    let root = dir.0.display().to_string();
    let o = run(&["tasks", "--format", "jsonl", "--keep-going", &root], None);
    assert_eq!(code(&o), 0);
    let last = jsonl(&o).pop().unwrap();
    assert_eq!(
        last,
        serde_json::json!({"file": dir.path("b.txt"), "ok": false,
        "error": "empty file (0 bytes)", "error_kind": "empty"})
    );
    let o = run(&["refs", "--format", "jsonl", "--keep-going", &root], None);
    assert_eq!(code(&o), 0);
    assert_eq!(jsonl(&o).pop().unwrap()["file"], dir.path("b.txt"));
    for cmd in ["agencies", "check"] {
        assert_eq!(code(&run(&[cmd, &root], None)), 1, "{cmd}");
        assert_eq!(code(&run(&[cmd, "--keep-going", &root], None)), 0, "{cmd}");
    }
    // --keep-going is about failed inputs only: check still fails on an
    // error-level diagnostic (the mojibake copy read as it is)
    let damaged = format!("{FIXTURES}/wide/193-guowuyuanling-622-barrier-free-regulation-mojibake.txt");
    assert_eq!(code(&run(&["check", "--keep-going", "--no-repair", &damaged], None)), 1);
}

// ---------------------------------------------------------------- bad inputs

#[test]
fn a_nul_is_treated_the_same_wherever_it_stands() {
    // early (inside the first 8 KiB) or late: parsed, the control character
    // removed, one control-character warning; only a file made mostly of
    // control bytes is "binary"
    let dir = TempDir::new("nul");
    let text = seed();
    let mut early = text.clone().into_bytes();
    early.insert(3, 0);
    let mut late = text.clone().into_bytes();
    let at = text.trim_end().rfind('\n').expect("several lines") + 1;
    late.insert(at, 0);
    assert!(at > 8 << 10, "the seed is longer than 8 KiB");
    dir.write("early.txt", &early);
    dir.write("late.txt", &late);
    let o = run(&["parse", "--format", "jsonl", &dir.0.display().to_string()], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let records = jsonl(&o);
    assert_eq!(records.len(), 2);
    let clean = gongwen::parse(&text).unwrap();
    for r in &records {
        assert_eq!(r["ok"], true, "{r}");
        let doc = &r["document"];
        let controls: Vec<_> =
            doc["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == "control-character").collect();
        assert_eq!(controls.len(), 1, "{r}");
        assert_eq!(controls[0]["severity"], "warning");
        // the same tree as without the NUL, and no NUL in the JSON text
        assert_eq!(doc["sections"].as_array().map(Vec::len), Some(clean.sections.len()));
        assert!(!r.to_string().contains("\\u0000"), "a NUL reached the JSON");
    }
}

/// Panic isolation: a panic in one document of a batch becomes that
/// document's error record, and the others complete. The panic is injected
/// through a hook that only builds with the `test-hooks` feature have.
#[cfg(feature = "test-hooks")]
#[test]
fn a_panic_in_one_document_is_an_error_record_and_the_batch_goes_on() {
    panic_in_b("GONGWEN_TEST_PANIC_ON", "2", "the parser panicked (injected panic");

    // JSON Lines input: the record's id names it
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "one", "text": seed()}),
        serde_json::json!({"id": "two", "text": seed()})
    );
    let mut child = Command::new(BIN)
        .args(["check", "--format", "jsonl", "--stdin-jsonl"])
        .env("GONGWEN_TEST_PANIC_ON", "one")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gongwen");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(out.contains("\"panic\""), "{out}");
    assert!(out.contains("\"two\""), "{out}");
}

/// A panic while a file is decoded (a bug, as one while parsing) is caught
/// the same way: an error record of kind `panic` for that file, the others
/// parsed, exit 1.
#[cfg(feature = "test-hooks")]
#[test]
fn a_panic_while_decoding_one_document_is_an_error_record_and_the_batch_goes_on() {
    for jobs in ["1", "2"] {
        panic_in_b("GONGWEN_TEST_DECODE_PANIC_ON", jobs, "decoding panicked (injected panic");
    }
}

/// Parse a directory of three documents a, b, c with a panic injected into
/// b through the hook `var`: b's record is an error of kind `panic` whose
/// message holds `why` (its line on standard error too), the others parse,
/// exit 1.
#[cfg(feature = "test-hooks")]
fn panic_in_b(var: &str, jobs: &str, why: &str) {
    let dir = TempDir::new("panic");
    dir.write("a.txt", seed());
    dir.write("b.txt", seed());
    dir.write("c.txt", seed());
    let victim = dir.path("b.txt");
    let o = Command::new(BIN)
        .args(["parse", "--format", "jsonl", "--jobs", jobs, &dir.0.display().to_string()])
        .env(var, &victim)
        .stdin(Stdio::null())
        .output()
        .expect("run gongwen");
    assert_eq!(code(&o), 1, "a document failed");
    let records = jsonl(&o);
    assert_eq!(records.len(), 3, "{records:?}");
    for r in &records {
        if r["file"] == victim.as_str() {
            assert_eq!(r["ok"], false);
            assert_eq!(r["error_kind"], "panic");
            assert!(r["error"].as_str().unwrap().contains(why), "{r}");
        } else {
            assert_eq!(r["ok"], true, "{r}");
        }
    }
    let line = format!("{victim}: internal error: {why}");
    assert!(stderr(&o).contains(&line), "{}", stderr(&o));
}

#[test]
fn bad_inputs_each_get_a_one_line_reason_and_the_rest_completes() {
    let dir = TempDir::new("bad");
    dir.write("a-good.txt", seed());
    dir.write("b-binary.txt", b"\xE4\xB8\x80\x00\x01\x02binary");
    dir.write("c-utf8.txt", b"\xE4\xB8\x80\xE4\xBA\x8C\n\xE4\xB8\x89\xFF\xFE");
    dir.write("d-empty.txt", b"");
    dir.write("e-blank.txt", b"  \n\t\n");
    dir.write("f-good.md", seed());
    let missing = dir.path("no-such-file.txt");
    let root = dir.0.display().to_string();

    let o = run(&["parse", "--format", "jsonl", &root, &missing], None);
    assert_eq!(code(&o), 1, "some inputs failed");
    let records = jsonl(&o);
    let by_name = |n: &str| records.iter().find(|r| r["file"] == dir.path(n)).unwrap_or_else(|| panic!("{n}"));
    assert_eq!(records.len(), 7);
    assert_eq!(by_name("a-good.txt")["ok"], true);
    assert_eq!(by_name("f-good.md")["ok"], true);
    let expect = [
        ("b-binary.txt", "binary", "binary file (3 control bytes in 12, the first at offset 3); not parsed"),
        ("c-utf8.txt", "invalid-utf8", "invalid UTF-8 at byte 10 (line 2, column 2); nothing was parsed"),
        ("d-empty.txt", "empty", "empty file (0 bytes)"),
        ("e-blank.txt", "empty", "the input is empty or holds only white space"),
        ("no-such-file.txt", "not-found", "no such file"),
    ];
    let err = stderr(&o);
    for (name, kind, reason) in expect {
        let r = by_name(name);
        assert_eq!(
            (r["ok"].as_bool(), r["error_kind"].as_str(), r["error"].as_str()),
            (Some(false), Some(kind), Some(reason))
        );
        // on standard error: one line, prefixed by the file name
        let line = format!("{}: {reason}", dir.path(name));
        assert!(err.lines().any(|l| l == line), "missing {line:?} in\n{err}");
    }
    assert_eq!(err.lines().count(), 5, "{err}");

    // check: each failure reported, exit 1, the good files still checked
    let o = run(&["check", &root, &missing], None);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(out.contains(&format!("error[binary]: {}: binary file", dir.path("b-binary.txt"))), "{out}");
    assert!(out.contains(&format!(" --> {}:2:2\n", dir.path("c-utf8.txt"))), "{out}");
    assert!(out.contains(&format!(" --> {}:1:12\n", dir.path("a-good.txt"))), "{out}");
    assert!(out.trim_end().ends_with("in 7 files (5 could not be parsed)"), "{out}");
}

#[test]
fn unreadable_file_is_reported() {
    let dir = TempDir::new("unreadable");
    let path = dir.write("locked.txt", seed());
    let mut target = path.display().to_string();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    if std::fs::read(&path).is_ok() {
        // root (or no unix permissions) reads it anyway: use a path that no
        // one can read instead, a file taken for a directory
        eprintln!("unreadable_file_is_reported: running as root, chmod 000 does not stop reads; using FILE/x");
        target = format!("{target}/x");
    }
    let o = run(&["parse", "--format", "jsonl", &target, SEED], None);
    assert_eq!(code(&o), 1);
    let records = jsonl(&o);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["ok"], false);
    assert_eq!(records[0]["error_kind"], "unreadable");
    let reason = records[0]["error"].as_str().unwrap();
    assert!(reason.starts_with("cannot read file: "), "{reason}");
    assert_eq!(records[1]["ok"], true);
    assert_eq!(stderr(&o), format!("{target}: {reason}\n"));
}

#[test]
fn a_single_failed_file_prints_nothing_on_stdout() {
    let o = run(&["parse", "/no/such/gongwen/file.txt"], None);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), "/no/such/gongwen/file.txt: no such file\n");
}

#[test]
fn directories_are_walked_recursively_in_sorted_order() {
    let dir = TempDir::new("walk");
    let text = seed();
    for name in ["b.txt", "a/z.md", "a/b/c.HTML", "c.csv", ".hidden/x.txt", "a.txt", "m/n.html", "notes"] {
        dir.write(name, &text);
    }
    let o = run(&["parse", "--format", "jsonl", &dir.0.display().to_string()], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let files: Vec<String> = jsonl(&o).iter().map(|r| r["file"].as_str().unwrap().to_owned()).collect();
    let expected: Vec<String> =
        ["a/b/c.HTML", "a/z.md", "a.txt", "b.txt", "m/n.html"].iter().map(|n| dir.path(n)).collect();
    assert_eq!(files, expected);
    // an empty directory: an empty array, a warning, exit 1
    let empty = TempDir::new("empty");
    let o = run(&["parse", &empty.0.display().to_string()], None);
    assert_eq!((code(&o), stdout(&o).as_str()), (1, "[]\n"));
    assert!(stderr(&o).contains("warning: "), "{}", stderr(&o));
}

// ---------------------------------------------------------------- tasks

#[test]
fn tasks_as_csv_tsv_and_jsonl() {
    let o = run(&["tasks", SEED], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "file,path,line,kind,marker,title,lead,responsible,support,inherited,inherited_role,\
         lead_canonical,responsible_canonical,support_canonical,inherited_canonical,deadline,deadline_by,\
         jurisdiction,level,body_kind,current"
    );
    let first = format!("{SEED},一/一,17,subsection,(一),持续深化户籍制度改革,,公安部、发展改革委、");
    assert!(lines[1].starts_with(&first), "{}", lines[1]);
    // one row per block with bodies, as many as the library's blocks with assignments
    let text = seed();
    let doc = gongwen::parse(&text).unwrap();
    let mut blocks: Vec<usize> = doc.assignments().iter().map(|a| a.block).collect();
    blocks.dedup();
    assert_eq!(lines.len() - 1, blocks.len());

    let o = run(&["tasks", "--bom", SEED], None);
    assert!(o.stdout.starts_with("\u{FEFF}file,path,".as_bytes()));

    let o = run(&["tasks", "--format", "tsv", SEED], None);
    let tsv = stdout(&o);
    assert!(tsv.lines().all(|l| l.split('\t').count() == 21), "{tsv}");
    assert!(tsv.lines().nth(1).unwrap().starts_with(&format!("{SEED}\t一/一\t17\tsubsection\t(一)\t")));

    let o = run(&["tasks", "--format", "jsonl", SEED], None);
    let rows = jsonl(&o);
    assert_eq!(rows.len(), blocks.len());
    assert_eq!(rows[0]["path"], "一/一");
    assert_eq!(rows[0]["responsible"][0], "公安部");
    assert_eq!(rows[1]["inherited"], serde_json::json!(["各省级有关部门"]));
    // --bom is for CSV and TSV only
    let o = run(&["tasks", "--bom", "--format", "jsonl", SEED], None);
    assert_eq!(code(&o), 2);
}

#[test]
fn tasks_cover_attachments_and_quote_csv() {
    let dir = TempDir::new("tasks");
    let text = "标题\n一、任务\n（一）推进改革，加强保障。（发展改革委牵头，财政部参与）\n\
                附件：重点任务清单\n附件\n重点任务清单\n一、清单\n（一）推进工作。（财政部负责）\n";
    let path = dir.write("t,1.txt", text);
    let o = run(&["tasks", &path.display().to_string()], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    // a comma in a field is quoted
    let file = format!("\"{}\"", path.display());
    assert!(rows[0].starts_with(&format!("{file},一/一,3,subsection,（一）,")), "{csv}");
    assert!(rows[0].contains(",发展改革委,,财政部,"), "{csv}");
    // the attached document's block, labelled after its 附件
    assert!(rows[1].starts_with(&format!("{file},附件1/一/一,8,subsection,（一）,推进工作,,财政部,")), "{csv}");
}

// ---------------------------------------------------------------- refs

const WIDE_101: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/wide/101-guobanfa-2019-6-financing-guarantee-fund-guidance.txt");

#[test]
fn refs_as_csv_tsv_and_jsonl() {
    let o = run(&["refs", WIDE_101], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "file,document_title,document_number,path,marker,line,column,cited_title,cited_number,kind");
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].starts_with(&format!(
            "{WIDE_101},国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见,国办发〔2019〕6号,,,3,"
        )),
        "{csv}"
    );
    assert!(lines[1].ends_with(",国务院关于促进融资担保行业加快发展的意见,国发〔2015〕43号,document"), "{csv}");

    let o = run(&["refs", "--bom", "--format", "tsv", WIDE_101], None);
    assert!(o.stdout.starts_with("\u{FEFF}file\tdocument_title\t".as_bytes()));
    assert!(stdout(&o).lines().all(|l| l.split('\t').count() == 10));

    let o = run(&["refs", "--format", "jsonl", WIDE_101], None);
    let rows = jsonl(&o);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["cited_number"], "国发〔2015〕43号");
    assert_eq!(rows[0]["document_number"], "国办发〔2019〕6号");
    assert_eq!(rows[0]["marker"], Value::Null);
    assert_eq!(rows[0]["kind"], "document");
    let o = run(&["refs", "--bom", "--format", "jsonl", WIDE_101], None);
    assert_eq!(code(&o), 2);
}

#[test]
fn refs_name_blocks_and_stdin_records() {
    let text = "某市关于推进某项工作的实施意见\n根据《中华人民共和国安全生产法》，制定本意见。\n\
                一、主要任务\n（一）落实《国务院关于某事的通知》（国发[2014]25号）和沪府办发〔2024〕3号文件。\n";
    let input = format!("{}\n", serde_json::json!({"id": "d1", "text": text}));
    let o = run(&["refs", "--stdin-jsonl"], Some(input.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(
        rows,
        [
            "d1,某市关于推进某项工作的实施意见,,,,2,3,中华人民共和国安全生产法,,law",
            "d1,某市关于推进某项工作的实施意见,,一/一,（一）,4,6,国务院关于某事的通知,国发〔2014〕25号,document",
            "d1,某市关于推进某项工作的实施意见,,一/一,（一）,4,32,,沪府办发〔2024〕3号,document",
        ],
        "{csv}"
    );
}

// ---------------------------------------------------------------- check

#[test]
fn check_fails_on_encoding_damage() {
    // the mojibake copy of the wide corpus read as it is, and a clean text
    let path = format!("{FIXTURES}/wide/193-guowuyuanling-622-barrier-free-regulation-mojibake.txt");
    let o = run(&["check", "--no-repair", &path], None);
    assert_eq!(code(&o), 1, "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("error[encoding-damage]"), "{out}");
    assert!(out.contains("re-encode it as Mac Cyrillic and decode as UTF-8"), "{out}");
    let o = run(&["check", SEED], None);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
}

#[test]
fn mojibake_is_repaired_unless_told_not_to() {
    // document 193 (UTF-8 read as Mac Cyrillic): repaired, an info, exit 0
    let path = format!("{FIXTURES}/wide/193-guowuyuanling-622-barrier-free-regulation-mojibake.txt");
    let o = run(&["check", "--min-severity", "info", &path], None);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("info[mojibake-repaired]") && out.contains("read as Mac Cyrillic"), "{out}");
    assert!(!out.contains("encoding-damage"), "{out}");
    let o = run(&["parse", &path], None);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["title"], "无障碍环境建设条例");
    assert_eq!(doc["sections"][0]["marker"], "第一章");
    assert_eq!(doc["diagnostics"][0]["code"], "mojibake-repaired");
    // standard input, a JSON Lines record: constructed text read as
    // Windows-1252 and as GBK
    let text = "某某市人民政府办公厅关于加强无障碍设施建设的通知\n一、明确目标\n（一）完成道路改造。（市交通委牵头）\n";
    let latin = encoding_rs::WINDOWS_1252.decode_without_bom_handling(text.as_bytes()).0.into_owned();
    let o = run(&["parse", "-"], Some(latin.as_bytes()));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["sections"][0]["title"], "明确目标", "{doc}");
    assert!(doc["diagnostics"][0]["message"].as_str().unwrap().contains("Windows-1252"));
    let gbk = encoding_rs::GBK.decode_without_bom_handling(text.as_bytes()).0.into_owned();
    let record = format!("{}\n", serde_json::json!({"id": "g", "text": gbk}));
    let o = run(&["parse", "--stdin-jsonl", "--format", "jsonl"], Some(record.as_bytes()));
    let line: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!((&line["id"], &line["ok"]), (&serde_json::json!("g"), &serde_json::json!(true)));
    let first = &line["document"]["diagnostics"][0];
    assert_eq!(first["code"], "mojibake-repaired", "{line}");
    assert!(first["message"].as_str().unwrap().contains("GBK"), "{line}");
    // --no-repair: the text as it is
    let o = run(&["parse", "--no-repair", "-"], Some(latin.as_bytes()));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(doc["diagnostics"].as_array().unwrap().iter().all(|d| d["code"] != "mojibake-repaired"), "{doc}");
    assert!(doc["diagnostics"].as_array().unwrap().iter().any(|d| d["code"] == "encoding-damage"), "{doc}");
}

#[test]
fn check_renders_like_a_compiler() {
    let dir = TempDir::new("check");
    let doc = dir.write("doc.txt", "一、总体要求\n（一）推进乐动安卓app 智慧化。\n（三）加强保障。\n");
    let name = doc.display().to_string();
    let o = run(&["check", &name], None);
    assert_eq!(code(&o), 0, "warnings alone exit 0: {}", stdout(&o));
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no colour when stdout is not a terminal");
    assert!(out.contains("warning[foreign-insertion]: "), "{out}");
    assert!(out.contains(&format!(" --> {name}:2:10\n")), "{out}");
    assert!(out.contains("2 | （一）推进乐动安卓app 智慧化。\n"), "{out}");
    // nine wide characters before `app`: the caret at display column 18
    assert!(out.contains(&format!("  | {}^^^^\n", " ".repeat(18))), "{out}");
    let last = out.lines().last().unwrap();
    assert!(last.ends_with(" in 1 file"), "{last}");
    assert!(last.starts_with("0 errors, "), "{last}");

    // colour on demand: the severity word only
    let o = run(&["check", "--color", "always", &name], None);
    assert!(stdout(&o).contains("\x1b[1m\x1b[33mwarning\x1b[0m[foreign-insertion]"), "{}", stdout(&o));

    // --min-severity: infos hidden, and counted out of the summary
    let o = run(&["check", "--min-severity", "warning", SEED], None);
    let out = stdout(&o);
    assert!(!out.contains("info["), "{out}");
    assert!(out.contains("warning["));
    assert!(out.trim_end().ends_with("0 errors, 1 warning, 0 infos in 1 file"), "{out}");
    let o = run(&["check", "--min-severity", "error", SEED], None);
    assert_eq!(stdout(&o), "0 errors, 0 warnings, 0 infos in 1 file\n");
}

#[test]
fn check_as_jsonl() {
    let o = run(&["check", "--format", "jsonl", SEED, "/no/such/file.txt"], None);
    assert_eq!(code(&o), 1);
    let items = jsonl(&o);
    let text = seed();
    let doc = gongwen::parse(&text).unwrap();
    assert_eq!(items.len(), doc.diagnostics.len() + 1);
    assert_eq!(items[0]["file"], SEED);
    assert_eq!(items[0]["code"], doc.diagnostics[0].code.as_str());
    let pos = doc.diagnostics[0].position(&text);
    assert_eq!(
        (items[0]["line"].as_u64(), items[0]["column"].as_u64()),
        (Some(pos.line as u64), Some(pos.column as u64))
    );
    let last = items.last().unwrap();
    assert_eq!((last["severity"].as_str(), last["code"].as_str()), (Some("error"), Some("not-found")));
}

// ---------------------------------------------------------------- agencies

#[test]
fn agencies_table_csv_and_jsonl() {
    let o = run(&["agencies", "--format", "jsonl", FIXTURES], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows = jsonl(&o);
    // the counts add up the library's by_body() over every document
    // keyed by (body, jurisdiction)
    let mut expected: std::collections::HashMap<(String, Option<String>), [usize; 3]> = Default::default();
    for name in fixture_names() {
        let text = std::fs::read_to_string(&name).unwrap();
        for s in gongwen::parse(&text).unwrap().by_body() {
            let e = expected.entry((s.body.to_owned(), s.jurisdiction.map(str::to_owned))).or_default();
            e[0] += s.counts.lead;
            e[1] += s.counts.responsible;
            e[2] += s.counts.support;
        }
    }
    assert_eq!(rows.len(), expected.len());
    for r in &rows {
        let e = expected[&(r["body"].as_str().unwrap().to_owned(), r["jurisdiction"].as_str().map(str::to_owned))];
        assert_eq!([r["lead"].as_u64(), r["responsible"].as_u64(), r["support"].as_u64()], e.map(|n| Some(n as u64)));
    }
    // most assigned first
    let totals: Vec<u64> = rows.iter().map(|r| r["total"].as_u64().unwrap()).collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]));

    let o = run(&["agencies", "--format", "csv", FIXTURES], None);
    let csv = stdout(&o);
    assert_eq!(
        csv.lines().next().unwrap(),
        "body,jurisdiction,level,canonical,kind,current,names,lead,responsible,support,inherited,total,documents"
    );
    assert_eq!(csv.lines().count(), rows.len() + 1);

    let o = run(&["agencies", FIXTURES], None);
    let table = stdout(&o);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("body "));
    assert_eq!(lines.len(), rows.len() + 1);
    // aligned by display width: the numbers end in the same column on every line
    assert!(lines.iter().all(|l| width(l) == width(lines[0])), "{table}");
    assert!(lines[1].starts_with(rows[0]["body"].as_str().unwrap()));
}

// ---------------------------------------------------------------- batch behaviour

#[test]
fn one_job_and_two_jobs_give_identical_output() {
    let dir = TempDir::new("jobs");
    for name in fixture_names() {
        let file = Path::new(&name).file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read(&name).unwrap();
        dir.write(&file, &text);
        dir.write(&format!("copy/{file}"), &text);
    }
    dir.write("bad.txt", b"\x00\x01");
    let root = dir.0.display().to_string();
    for args in [
        vec!["parse", "--format", "jsonl"],
        vec!["parse"],
        vec!["parse", "--format", "md"],
        vec!["tasks"],
        vec!["refs"],
        vec!["check"],
        vec!["agencies"],
        vec!["audit", "-v"],
    ] {
        let with = |jobs: &str| {
            let mut a = args.clone();
            a.extend(["--jobs", jobs, root.as_str()]);
            run(&a, None)
        };
        let (one, two) = (with("1"), with("2"));
        assert_eq!(code(&one), 1, "{args:?}: the bad file fails");
        assert_eq!(code(&two), 1);
        assert!(!one.stdout.is_empty());
        assert!(one.stdout == two.stdout, "{args:?}: --jobs 1 and --jobs 2 differ");
        assert_eq!(one.stderr, two.stderr, "{args:?}");
    }
}

// ---------------------------------------------------------------- audit

/// A document the parser reads in full, and one whose own numbering skips
/// （二）, which the audit flags.
fn audit_docs(dir: &TempDir) -> (String, String) {
    let good = dir.write("good.txt", "某某方案\n一、总体要求\n（一）指导思想。坚持稳中求进。（省发展改革委牵头）\n");
    let gap = dir.write("gap.txt", "某某方案\n一、总体要求\n（一）指导思想。\n（三）基本原则。\n");
    (good.display().to_string(), gap.display().to_string())
}

#[test]
fn audit_lists_flagged_documents_and_a_summary() {
    let dir = TempDir::new("audit");
    let (good, gap) = audit_docs(&dir);
    let o = run(&["audit", &good, &gap], None);
    assert_eq!(code(&o), 0, "without --min-clean flags alone exit 0");
    assert_eq!(
        stdout(&o),
        format!(
            "{gap}: 1 flag (numbering x1); headings 3/3, clauses 0/0\n\
             clean: 1/2 documents (50.0%); headings 100.0% of those seen; clauses 100.0% of those seen; failed: 0\n"
        )
    );
    // -v: every document, and each flag at file:line:col
    let o = run(&["audit", "-v", &good, &gap], None);
    let out = stdout(&o);
    assert!(out.contains(&format!("{good}: clean; headings 2/2, clauses 1/1\n")), "{out}");
    assert!(out.contains(&format!("  {gap}:4:1: numbering: numbering-gap: ")), "{out}");
    // --min-clean sets the exit status
    assert_eq!(code(&run(&["audit", "--min-clean", "50", &good, &gap], None)), 0);
    assert_eq!(code(&run(&["audit", "--min-clean", "51", &good, &gap], None)), 1);
    // a document that cannot be parsed is flagged, and counted
    let none = dir.write("blank.txt", " \n\n");
    let o = run(&["audit", "-v", &none.display().to_string()], None);
    let out = stdout(&o);
    assert!(out.contains(": parse-failed: empty: "), "{out}");
    assert!(out.ends_with("failed: 1\n"), "{out}");
}

#[test]
fn audit_expected_flags_count_as_clean() {
    let dir = TempDir::new("audit-expected");
    let (good, gap) = audit_docs(&dir);
    let tsv = dir.write("expected.tsv", "# file\tcode\treason\ngap.txt\tnumbering\tthe text itself skips （二）\n");
    let tsv = tsv.display().to_string();
    let o = run(&["audit", "--expected", &tsv, "--min-clean", "100", "-v", &good, &gap], None);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains(&format!("{gap}: clean, 1 expected; ")), "{out}");
    assert!(out.contains("(expected: the text itself skips （二）)"), "{out}");
    assert!(out.contains("clean: 2/2 documents (100.0%)"), "{out}");
    // a bad expected file is a usage error
    let bad = dir.write("bad.tsv", "gap.txt\tno-such-flag\twhy\n");
    let o = run(&["audit", "--expected", &bad.display().to_string(), &gap], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("line 1: unknown flag code"), "{}", stderr(&o));
    assert_eq!(code(&run(&["audit", "--min-clean", "101", &gap], None)), 2);
}

#[test]
fn audit_as_jsonl() {
    let dir = TempDir::new("audit-jsonl");
    let (good, gap) = audit_docs(&dir);
    let o = run(&["audit", "--format", "jsonl", &good, &gap], None);
    let items = jsonl(&o);
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["file"], good.as_str());
    assert_eq!(items[0]["clean"], true);
    assert_eq!(items[0]["clauses_built"], 1);
    assert_eq!(items[1]["clean"], false);
    let flag = &items[1]["flags"][0];
    assert_eq!(
        (flag["code"].as_str(), flag["line"].as_u64(), flag["column"].as_u64()),
        (Some("numbering"), Some(4), Some(1))
    );
    assert_eq!(flag["expected"], Value::Null);
    assert_eq!(items[2]["summary"]["documents"], 2);
    assert_eq!(items[2]["summary"]["clean"], 1);
    assert_eq!(items[2]["clean_percent"], 50.0);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["parse", "--jobs", "0", SEED],
        vec!["parse", "--format", "xml", SEED],
        vec!["parse", "--encoding", "latin-1", SEED],
        vec!["parse", "--ext", "", SEED],
        vec!["frobnicate"],
    ] {
        let o = run(&args, None);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "");
    }
    let o = run(&["--version"], None);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).starts_with("gongwen "));
}

/// `to_json | head -1`: the reader going away is a normal end for the
/// README's main command (exit 0, nothing on stderr), not a panic.
#[test]
fn to_json_example_ends_quietly_on_a_closed_pipe() {
    use std::io::Read;
    // cargo test builds the examples beside the test binaries' deps folder
    let exe = std::env::current_exe().unwrap();
    let example = exe.parent().unwrap().parent().unwrap().join("examples").join("to_json");
    if !example.exists() {
        eprintln!("skipped: {} not built", example.display());
        return;
    }
    let mut child = std::process::Command::new(&example)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    assert_eq!(&first, b"{");
    // the seed's JSON is far larger than a pipe's buffer: the writer is
    // still writing when the reader goes
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

// ------------------------------------------------- inputs, interactive use

/// Run the tool with `args`, `stdin` and extra environment variables.
fn run_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("CLICOLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run gongwen");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.unwrap_or_default().to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait for gongwen");
    feeder.join().expect("feeder");
    out
}

/// Run `gongwen ARGS` on a pseudo-terminal (standard input, output and
/// error all terminals) through `script`, with `env`; `None` when `script`
/// is not available. Gives the exit status and what the terminal showed.
fn run_on_terminal(args: &str, env: &[(&str, &str)]) -> Option<(i32, String)> {
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &format!("{BIN} {args}"), "/dev/null"]).stdin(Stdio::null());
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("CLICOLOR").env("TERM", "xterm");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().ok()?;
    Some((out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// The corpus documents of `fixtures/encodings/` (GBK, GB18030, UTF-16LE
/// and BE, with and without BOM): `(file, source)`.
fn encoded_fixtures() -> Vec<(String, String)> {
    let index = std::fs::read_to_string(format!("{FIXTURES}/encodings/INDEX.tsv")).unwrap();
    index
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .map(|f| (f[0].to_owned(), f[1].to_owned()))
        .collect()
}

#[test]
fn encodings_are_detected_and_parse_as_their_utf8_source() {
    let dir = format!("{FIXTURES}/encodings");
    let exts = "gbk,gb18030,gb18030-crlf,utf16le,utf16be,utf16le-bom,utf16be-bom";
    let o = run(&["parse", "--format", "jsonl", "--ext", exts, &dir], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let records = jsonl(&o);
    let fixtures = encoded_fixtures();
    assert_eq!(records.len(), fixtures.len());
    for (file, source) in &fixtures {
        let r = records.iter().find(|r| r["file"].as_str().unwrap().ends_with(file.as_str())).expect(file);
        let text = std::fs::read_to_string(format!("{FIXTURES}/{source}")).unwrap();
        let expected: Value = serde_json::from_str(&gongwen::parse(&text).unwrap().to_json()).unwrap();
        // the same facts, and spans into the decoded text (the source's)
        assert_eq!(r["document"], expected, "{file}");
    }
    // one file on standard input, and named with --encoding
    let (gbk, source) = &fixtures.iter().find(|(f, _)| f.ends_with(".gbk")).unwrap();
    let bytes = std::fs::read(format!("{dir}/{gbk}")).unwrap();
    let text = std::fs::read_to_string(format!("{FIXTURES}/{source}")).unwrap();
    let expected = pretty(&gongwen::parse(&text).unwrap()) + "\n";
    assert_eq!(stdout(&run(&["parse", "-"], Some(&bytes))), expected);
    assert_eq!(stdout(&run(&["parse", "--encoding", "gb18030", "-"], Some(&bytes))), expected);
    assert_eq!(stdout(&run(&["parse", "--encoding", "gbk", &format!("{dir}/{gbk}")], None)), expected);
    let utf16 = fixtures.iter().find(|(f, _)| f.ends_with(".utf16be")).unwrap();
    let o = run(&["parse", "--encoding", "utf-16", &format!("{dir}/{}", utf16.0)], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn text_in_another_encoding_than_asked_is_named_never_binary() {
    let dir = format!("{FIXTURES}/encodings");
    for (file, _) in encoded_fixtures() {
        let path = format!("{dir}/{file}");
        let o = run(&["parse", "--format", "jsonl", "--encoding", "utf-8", &path], None);
        assert_eq!(code(&o), 1, "{file}");
        let r = &jsonl(&o)[0];
        let error = r["error"].as_str().unwrap();
        let expected = if file.contains("utf16") {
            "UTF-16 text: use --encoding utf-16 (or auto); nothing was parsed"
        } else {
            "GBK text: use --encoding gb18030 (or auto); nothing was parsed"
        };
        assert_eq!((r["error_kind"].as_str(), error), (Some("wrong-encoding"), expected), "{file}");
        assert_eq!(stderr(&o), format!("{path}: {expected}\n"));
    }
    // UTF-16 of ASCII text (half its bytes zero) is text, not binary
    let ascii: Vec<u8> = "Article 1\nArticle 2\n1. Scope\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let o = run(&["parse", "--format", "jsonl", "-"], Some(&ascii));
    assert_eq!(jsonl(&o)[0]["ok"], true, "{}", stdout(&o));
    let o = run(&["parse", "--format", "jsonl", "--encoding", "utf-8", "-"], Some(&ascii));
    assert_eq!(jsonl(&o)[0]["error_kind"], "wrong-encoding");
    // damaged UTF-16 (a BOM, then an unpaired surrogate): malformed, located
    let o = run(&["parse", "--format", "jsonl", "-"], Some(b"\xFF\xFEa\x00\x00\xD8b\x00\n\x00"));
    let r = &jsonl(&o)[0];
    assert_eq!(r["error_kind"], "invalid-encoding");
    assert_eq!(r["error"], "malformed UTF-16LE at byte 4; nothing was parsed");
    // GBK asked for, UTF-8 given: named too
    let o = run(&["parse", "--format", "jsonl", "--encoding", "gb18030", SEED], None);
    assert_eq!(jsonl(&o)[0]["error"], "UTF-8 text: use --encoding utf-8 (or auto); nothing was parsed");
}

#[test]
fn no_path_reads_standard_input_unless_it_is_a_terminal() {
    let text = seed();
    let expected = pretty(&gongwen::parse(&text).unwrap()) + "\n";
    let o = run(&["parse"], Some(text.as_bytes()));
    assert_eq!((code(&o), stdout(&o)), (0, expected.clone()), "{}", stderr(&o));
    // every subcommand: the same as `-`
    for sub in ["tasks", "refs", "check", "agencies", "audit"] {
        let bare = run(&[sub], Some(text.as_bytes()));
        let dash = run(&[sub, "-"], Some(text.as_bytes()));
        assert_eq!((code(&bare), stdout(&bare)), (code(&dash), stdout(&dash)), "{sub}");
        assert!(!stdout(&bare).is_empty(), "{sub}");
    }
    // JSON Lines detection works as with `-`
    let o =
        run(&["parse", "--format", "jsonl"], Some(b"{\"id\":\"a\",\"text\":\"\\u4e00\\u3001\\u603b\\u5219\\n\"}\n"));
    assert_eq!(jsonl(&o)[0]["id"], "a");
    // on a terminal: a usage error, not a wait for typed text
    match run_on_terminal("parse", &[]) {
        Some((status, shown)) => {
            assert_eq!(status, 2, "{shown}");
            assert!(shown.contains("no input: give FILE, DIR or -"), "{shown}");
        }
        None => eprintln!("skipped the terminal case: no `script`"),
    }
}

#[test]
fn json_shape_follows_the_command_line_not_the_number_of_files() {
    let dir = TempDir::new("shape");
    dir.write("only.txt", seed());
    let root = dir.0.display().to_string();
    let file = dir.path("only.txt");
    let text = seed();
    // one FILE, `-` or nothing: the document itself
    for (args, stdin) in [
        (vec!["parse", file.as_str()], None),
        (vec!["parse", "-"], Some(text.as_bytes())),
        (vec!["parse"], Some(text.as_bytes())),
    ] {
        let v: Value = serde_json::from_str(&stdout(&run(&args, stdin))).unwrap();
        assert!(v.is_object() && v.get("sections").is_some(), "{args:?}");
    }
    // a DIR, even holding one file, or several inputs: an array of records
    for args in [vec!["parse", root.as_str()], vec!["parse", file.as_str(), file.as_str()]] {
        let v: Value = serde_json::from_str(&stdout(&run(&args, None))).unwrap();
        let records = v.as_array().unwrap_or_else(|| panic!("{args:?}"));
        assert!(records.iter().all(|r| r["ok"] == true && r["document"]["sections"].is_array()));
    }
    // jsonl: one record per document whatever the inputs
    for args in [vec!["parse", "-f", "jsonl", file.as_str()], vec!["parse", "-f", "jsonl", root.as_str()]] {
        let records = jsonl(&run(&args, None));
        assert_eq!((records.len(), &records[0]["ok"]), (1, &Value::Bool(true)), "{args:?}");
    }
}

#[test]
fn default_extensions_and_ext() {
    let dir = TempDir::new("ext");
    let names = ["a.htm", "b.shtml", "c.text", "d.markdown", "e.md", "f.txt", "g.html", "h.csv", "i.TXT", "j"];
    for name in names {
        dir.write(name, seed());
    }
    let root = dir.0.display().to_string();
    let files = |o: &Output| -> Vec<String> {
        jsonl(o).iter().map(|r| r["file"].as_str().unwrap().rsplit('/').next().unwrap().to_owned()).collect()
    };
    let o = run(&["parse", "-f", "jsonl", &root], None);
    assert_eq!(files(&o), ["a.htm", "b.shtml", "c.text", "d.markdown", "e.md", "f.txt", "g.html", "i.TXT"]);
    let o = run(&["parse", "-f", "jsonl", "--ext", "csv,.TXT", &root], None);
    assert_eq!(files(&o), ["f.txt", "h.csv", "i.TXT"]);
    // a file named on the command line is read whatever its extension
    let o = run(&["parse", "-f", "jsonl", "--ext", "md", &dir.path("j"), &dir.path("h.csv")], None);
    assert_eq!(files(&o), ["j", "h.csv"]);
    // a directory that gives nothing: a warning naming it, exit 1
    let o = run(&["tasks", "--ext", "doc", &root], None);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        format!("gongwen: warning: {root}: no file to read in this directory (taken: .doc; --ext to choose)\n")
    );
}

/// Wait for `child` at most `secs` seconds, reading its output meanwhile;
/// kill it (by its id) and fail if it hangs.
fn wait_or_kill(child: std::process::Child, secs: u64, what: &str) -> Output {
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(out) => out.expect("output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("{what}: still running after {secs} s (hangs)");
        }
    }
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_in_a_directory_are_skipped_never_opened() {
    let dir = TempDir::new("fifo");
    dir.write("a.txt", seed());
    dir.write("c.txt", seed());
    let fifo = dir.path("b.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo failed");
        return;
    }
    std::os::unix::fs::symlink("/dev/null", dir.0.join("d.txt")).unwrap();
    let child = Command::new(BIN)
        .args(["parse", "--format", "jsonl", &dir.0.display().to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = wait_or_kill(child, 60, "a FIFO in a directory");
    assert_eq!(code(&o), 1, "a skipped file is a failure");
    let records = jsonl(&o);
    assert_eq!(records.len(), 4);
    assert_eq!((&records[0]["ok"], &records[2]["ok"]), (&Value::Bool(true), &Value::Bool(true)));
    assert_eq!(records[1]["file"], fifo.as_str());
    assert_eq!(records[1]["error_kind"], "not-a-file");
    assert_eq!(records[1]["error"], "a FIFO (named pipe); skipped without opening it");
    assert_eq!(records[3]["error"], "a character device; skipped without opening it");
    assert!(stderr(&o).contains(&format!("{fifo}: a FIFO (named pipe); skipped without opening it\n")));
}

#[cfg(unix)]
#[test]
fn an_unreadable_subdirectory_is_an_error_record() {
    use std::os::unix::fs::PermissionsExt;
    let uid = Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if uid.as_deref().is_ok_and(|u| u == "0") {
        eprintln!("skipped: running as root, which reads any directory");
        return;
    }
    let dir = TempDir::new("locked-dir");
    dir.write("a/x.txt", seed());
    dir.write("b/y.txt", seed());
    let locked = dir.0.join("b");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let o = run(&["parse", "--format", "jsonl", &dir.0.display().to_string()], None);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let records = jsonl(&o);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["ok"], true);
    assert_eq!(records[1]["file"], locked.display().to_string());
    assert_eq!(records[1]["error"], "cannot read directory: permission denied");
}

#[cfg(unix)]
#[test]
fn file_names_with_line_breaks_or_bytes_not_utf8_are_printed_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = TempDir::new("names");
    dir.write("a\nb.txt", b"");
    let raw = dir.0.join(std::ffi::OsStr::from_bytes(b"c\xFF.txt"));
    std::fs::write(&raw, seed()).unwrap();
    let root = dir.0.display().to_string();
    let o = run(&["parse", "--format", "jsonl", &root], None);
    assert_eq!(code(&o), 1, "the empty file fails");
    let records = jsonl(&o);
    assert_eq!(records[0]["file"], format!("{root}/a\\nb.txt"));
    assert_eq!(records[1]["file"], format!("{root}/c\\xFF.txt"));
    assert_eq!(records[1]["ok"], true);
    // the error line stays one line
    assert_eq!(stderr(&o), format!("{root}/a\\nb.txt: empty file (0 bytes)\n"));
}

#[test]
fn colour_follows_no_color_and_clicolor_force() {
    let dir = TempDir::new("colour");
    let doc = dir.write("doc.txt", "一、总体要求\n（一）推进乐动安卓app 智慧化。\n（三）加强保障。\n");
    let name = doc.display().to_string();
    let coloured = "\x1b[1m\x1b[33mwarning\x1b[0m";
    // a pipe: none, unless forced
    assert!(!stdout(&run_env(&["check", &name], None, &[])).contains('\x1b'));
    assert!(stdout(&run_env(&["check", &name], None, &[("CLICOLOR_FORCE", "1")])).contains(coloured));
    // NO_COLOR wins over CLICOLOR_FORCE (anstream's order); --color always over both
    assert!(!stdout(&run_env(&["check", &name], None, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")])).contains('\x1b'));
    assert!(stdout(&run_env(&["check", "--color", "always", &name], None, &[("NO_COLOR", "1")])).contains(coloured));
    // a terminal: colour, unless NO_COLOR
    if let Some((_, shown)) = run_on_terminal(&format!("check {name}"), &[]) {
        assert!(shown.contains(coloured), "{shown}");
        let (_, plain) = run_on_terminal(&format!("check {name}"), &[("NO_COLOR", "1")]).unwrap();
        assert!(!plain.contains('\x1b'), "{plain}");
    }
}

#[test]
fn progress_bar_never_mixes_with_output_on_a_terminal() {
    // standard output a terminal: no bar, whatever the number of documents
    let Some((status, shown)) = run_on_terminal(&format!("parse --format jsonl {FIXTURES}"), &[]) else {
        eprintln!("skipped: no `script`");
        return;
    };
    assert_eq!(status, 0);
    assert!(!shown.contains("documents/s"), "a bar on the terminal of the output");
    assert!(shown.lines().all(|l| l.starts_with("{\"file\"")), "only records on the terminal");
    // output to a file, one document: no bar either
    let dir = TempDir::new("progress");
    let out = dir.path("one.json");
    let (_, shown) = run_on_terminal(&format!("parse {SEED} -o {out}"), &[]).unwrap();
    assert_eq!(shown, "");
    // output to a file, many documents: a bar on standard error, cleared at
    // the end (its last drawing is followed by an erase of the line)
    let out = dir.path("all.jsonl");
    let (status, shown) = run_on_terminal(&format!("parse --format jsonl {FIXTURES} -o {out}"), &[]).unwrap();
    assert_eq!(status, 0);
    if let Some(at) = shown.rfind("documents") {
        assert!(shown[at..].contains("\x1b[2K"), "the bar is cleared at the end: {:?}", &shown[at..]);
    }
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), fixture_names().len());
}

#[test]
fn help_has_examples_and_completions_and_man_page_are_generated() {
    let o = run(&["--help"], None);
    assert_eq!(code(&o), 0);
    let help = stdout(&o);
    assert!(help.contains("Examples:") && help.contains("gongwen parse notice.txt"), "{help}");
    for sub in ["parse", "tasks", "refs", "check", "agencies", "audit", "completions", "man"] {
        let o = run(&[sub, "--help"], None);
        assert!(stdout(&o).contains("Examples:\n  gongwen "), "{sub}: {}", stdout(&o));
    }
    assert!(stdout(&run(&["parse", "--help"], None)).contains("--encoding <ENCODING>"));
    let bash = stdout(&run(&["completions", "bash"], None));
    assert!(bash.contains("_gongwen()") && bash.contains("complete -F _gongwen"), "{bash}");
    assert!(bash.contains("--encoding") && bash.contains("utf-16"));
    assert!(stdout(&run(&["completions", "zsh"], None)).starts_with("#compdef gongwen"));
    assert!(stdout(&run(&["completions", "fish"], None)).contains("complete -c gongwen"));
    let man = stdout(&run(&["man"], None));
    assert!(man.contains(".TH gongwen 1") && man.contains("completions"), "{man}");
    let dir = TempDir::new("man");
    let o = run(&["man", "--dir", &dir.0.display().to_string()], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let parse = std::fs::read_to_string(dir.0.join("gongwen-parse.1")).unwrap();
    assert!(parse.contains("\\-\\-stdin\\-jsonl") || parse.contains("stdin-jsonl"), "{parse}");
    assert!(dir.0.join("gongwen.1").exists() && dir.0.join("gongwen-check.1").exists());
}

// ---------------------------------------------------------------- issue 15: output and JSON Lines input

#[test]
fn pretty_array_records_are_the_library_json_in_the_tool_layout() {
    let text = seed();
    let doc = gongwen::parse(&text).unwrap().to_json();
    let file = serde_json::to_string(SEED).unwrap();
    let record = format!("{{\"file\":{file},\"ok\":true,\"document\":{doc}}}");
    let record = layout::leaf_layout(record.as_bytes(), 1, 100);
    // a short record of scalars is one line
    let missing = r#"{"file": "/no/such.txt", "ok": false, "error": "no such file", "error_kind": "not-found"}"#;
    let expected = format!("[\n  {record},\n  {missing}\n]\n");
    let o = run(&["parse", SEED, "/no/such.txt"], None);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o) == expected, "byte for byte: {}", stdout(&o));
}

#[test]
fn stdin_jsonl_accepts_a_byte_order_mark_at_the_start() {
    let text = seed();
    let mut input = "\u{FEFF}".as_bytes().to_vec();
    for id in ["a", "b"] {
        input.extend_from_slice(serde_json::json!({"id": id, "text": text}).to_string().as_bytes());
        input.push(b'\n');
    }
    for args in [&["parse", "--stdin-jsonl", "--format", "jsonl"][..], &["parse", "--format", "jsonl", "-"]] {
        let o = run(args, Some(&input));
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        let records = jsonl(&o);
        assert_eq!(records.len(), 2, "{args:?}");
        assert_eq!((&records[0]["id"], &records[0]["ok"]), (&Value::from("a"), &Value::Bool(true)), "{args:?}");
    }
    let o = run(&["tasks", "--stdin-jsonl"], Some(&input));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).lines().nth(1).unwrap().starts_with("a,一/一,"));
}

#[test]
fn a_record_whose_text_cannot_be_decoded_keeps_its_id() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xE4\xB8\x80\xFF\"}\n");
    input.extend_from_slice(b"{\"id\": 42, \"text\": \"abc\\ud800\"}\n");
    input.extend_from_slice(b"{\"id\": \"number\", \"text\": 7}\n");
    input.extend_from_slice(serde_json::json!({"id": "fine", "text": seed()}).to_string().as_bytes());
    input.push(b'\n');
    let o = run(&["parse", "--stdin-jsonl", "--format", "jsonl"], Some(&input));
    assert_eq!(code(&o), 1);
    let records = jsonl(&o);
    let summary: Vec<(Value, Value, Value)> =
        records.iter().map(|r| (r["id"].clone(), r["ok"].clone(), r["error_kind"].clone())).collect();
    assert_eq!(
        summary,
        [
            (Value::from("bad-utf8"), Value::Bool(false), Value::from("invalid-utf8")),
            (Value::from(42), Value::Bool(false), Value::from("invalid-record")),
            (Value::from("number"), Value::Bool(false), Value::from("invalid-record")),
            (Value::from("fine"), Value::Bool(true), Value::Null),
        ]
    );
    assert_eq!(records[0]["line"], 1);
    let err = stderr(&o);
    assert!(err.contains("bad-utf8: invalid UTF-8 at byte 31 of the line"), "{err}");
    assert!(err.contains("42: \"text\" cannot be decoded: "), "{err}");
    assert!(err.contains("number: \"text\" is not a string"), "{err}");
}

// ---------------------------------------------------------------- issue 15: tables for analysts

/// The same notice issued in Shanghai and in Beijing: 市水务局 is two bodies.
fn two_cities(dir: &TempDir) -> (String, String) {
    let sh = "上海市人民政府办公厅关于推进某项工作的通知\n沪府办发〔2024〕3号\n各区人民政府：\n现将有关事项通知如下。\n\
              上海市人民政府办公厅\n2024年3月1日\n一、主要任务\n\
              （一）推进建设,加强\"统筹\"。（市水务局牵头，嘉定区建设管理委、各区政府配合）\n\
              （二）加强管理。（国家发展改革委、市水务局负责，2025年底前完成）\n\
              （三）完善机制。（市水务局负责。以下任务均需市财政局落实，不再列出）\n（四）强化保障。\n";
    let bj = sh.replace("上海市", "北京市").replace("沪府办发", "京政办发").replace("嘉定区", "朝阳区");
    let sh = dir.write("a \"sh\", 2024.txt", sh);
    let bj = dir.write("bj.txt", bj);
    (sh.display().to_string(), bj.display().to_string())
}

/// A CSV row's fields (RFC 4180: quoted fields, doubled quotes).
fn csv_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// CSV output as records: every line ends in CRLF.
fn csv_records(o: &Output) -> Vec<Vec<String>> {
    let out = stdout(o);
    assert!(out.ends_with("\r\n"), "{out}");
    out.strip_suffix("\r\n").unwrap().split("\r\n").map(csv_fields).collect()
}

#[test]
fn agencies_tell_bodies_of_different_places_apart() {
    let dir = TempDir::new("cities");
    let (sh, bj) = two_cities(&dir);
    let o = run(&["agencies", "--format", "jsonl", &sh, &bj], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows = jsonl(&o);
    let water: Vec<(&Value, &Value, &Value)> = rows
        .iter()
        .filter(|r| r["body"] == "市水务局")
        .map(|r| (&r["jurisdiction"], &r["level"], &r["total"]))
        .collect();
    assert_eq!(
        water,
        [
            (&Value::from("上海市"), &Value::from("province"), &Value::from(3)),
            (&Value::from("北京市"), &Value::from("province"), &Value::from(3))
        ]
    );
    // a national body is one body wherever it is named
    let ndrc: Vec<&Value> =
        rows.iter().filter(|r| r["body"] == "国家发展和改革委员会").map(|r| &r["documents"]).collect();
    assert_eq!(ndrc, [&Value::from(2)]);
    let o = run(&["agencies", "--format", "csv", &sh, &bj], None);
    let records = csv_records(&o);
    assert_eq!(records[0][..6], ["body", "jurisdiction", "level", "canonical", "kind", "current"]);
    assert!(records.iter().any(|r| r[..3] == ["市水务局", "北京市", "province"]), "{records:?}");
}

#[test]
fn tasks_long_table_has_one_row_per_block_body_and_role() {
    let dir = TempDir::new("long");
    let (sh, _) = two_cities(&dir);
    let o = run(&["tasks", "--table", "long", &sh], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let records = csv_records(&o);
    assert_eq!(
        records[0],
        [
            "file",
            "path",
            "line",
            "block_kind",
            "marker",
            "title",
            "role",
            "body",
            "jurisdiction",
            "level",
            "kind",
            "canonical",
            "current",
            "name",
            "inherited",
            "deadline",
            "deadline_by"
        ]
    );
    let rows: Vec<Vec<&str>> = records[1..]
        .iter()
        .map(|r| [1, 2, 6, 7, 8, 9, 10, 13, 14, 16].iter().map(|&i| r[i].as_str()).collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec!["一/一", "8", "lead", "市水务局", "上海市", "province", "local", "市水务局", "false", ""],
            vec![
                "一/一",
                "8",
                "support",
                "嘉定区建设管理委",
                "嘉定区",
                "district",
                "local",
                "嘉定区建设管理委",
                "false",
                ""
            ],
            vec!["一/一", "8", "support", "各区政府", "", "district", "local", "各区政府", "false", ""],
            vec![
                "一/二",
                "9",
                "responsible",
                "国家发展和改革委员会",
                "",
                "",
                "national",
                "国家发展改革委",
                "false",
                "2025-12-31"
            ],
            vec![
                "一/二",
                "9",
                "responsible",
                "市水务局",
                "上海市",
                "province",
                "local",
                "市水务局",
                "false",
                "2025-12-31"
            ],
            vec!["一/三", "10", "responsible", "市水务局", "上海市", "province", "local", "市水务局", "false", ""],
            vec!["一/四", "11", "responsible", "市财政局", "上海市", "province", "local", "市财政局", "true", ""],
        ]
    );
    // quoting: the file name holds a comma and quotes, the title a comma and quotes
    assert_eq!(records[1][0], sh);
    assert_eq!(records[1][5], "推进建设,加强\"统筹\"");
    assert!(stdout(&o).contains(&format!("\"{}\",", sh.replace('"', "\"\""))));
    assert!(stdout(&o).contains(",\"推进建设,加强\"\"统筹\"\"\","));

    let o = run(&["tasks", "--table", "long", "--format", "jsonl", &sh], None);
    let rows = jsonl(&o);
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[6]["inherited"], true);
    assert_eq!(rows[3]["canonical"], "国家发展和改革委员会");
    assert_eq!(rows[3]["level"], Value::Null);
    assert_eq!(rows[0]["file"], sh.as_str());
    // TSV: LF line ends, the same number of fields on every line
    let o = run(&["tasks", "--table", "long", "--format", "tsv", &sh], None);
    assert!(!stdout(&o).contains('\r'));
    assert!(stdout(&o).lines().all(|l| l.split('\t').count() == 17));
}

#[test]
fn tasks_blocks_table_lists_places_levels_kinds_and_current_bodies() {
    let dir = TempDir::new("blocks");
    let (sh, _) = two_cities(&dir);
    let o = run(&["tasks", "--format", "jsonl", &sh], None);
    let rows = jsonl(&o);
    assert_eq!(rows[0]["jurisdiction"], serde_json::json!(["上海市", "嘉定区"]));
    assert_eq!(rows[0]["level"], serde_json::json!(["province", "district"]));
    assert_eq!(rows[1]["body_kind"], serde_json::json!(["national", "local"]));
    let text = "标题\n一、任务\n（一）推进乡村振兴。（国家乡村振兴局牵头）\n";
    let path = dir.write("current.txt", text);
    let o = run(&["tasks", "--format", "jsonl", &path.display().to_string()], None);
    assert_eq!(jsonl(&o)[0]["current"], serde_json::json!(["农业农村部"]));
}

#[test]
fn tasks_documents_table_has_one_row_per_document() {
    let dir = TempDir::new("documents");
    let (sh, bj) = two_cities(&dir);
    let o = run(&["tasks", "--table", "documents", &sh, "/no/such.txt", &bj], None);
    assert_eq!(code(&o), 1, "a missing input exits 1");
    let records = csv_records(&o);
    assert_eq!(
        records[0],
        [
            "file",
            "ok",
            "error_kind",
            "title",
            "doc_number",
            "issuers",
            "date",
            "bytes",
            "blocks",
            "tasks",
            "bodies",
            "assignments",
            "references",
            "attachments",
            "errors",
            "warnings",
            "infos"
        ]
    );
    assert_eq!(records.len(), 4);
    let bytes = std::fs::metadata(&sh).unwrap().len().to_string();
    assert_eq!(
        records[1][1..],
        [
            "true",
            "",
            "上海市人民政府办公厅关于推进某项工作的通知",
            "沪府办发〔2024〕3号",
            "上海市人民政府办公厅",
            "2024-03-01",
            &bytes,
            "5",
            "4",
            "5",
            "7",
            "0",
            "0",
            "0",
            "0",
            "0"
        ]
    );
    assert_eq!(
        records[2],
        ["/no/such.txt", "false", "not-found", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]
    );
    assert_eq!(records[3][4], "京政办发〔2024〕3号");
    let o = run(&["tasks", "--table", "documents", "--format", "jsonl", &sh, "/no/such.txt"], None);
    let rows = jsonl(&o);
    assert_eq!(rows[0]["issuers"], serde_json::json!(["上海市人民政府办公厅"]));
    assert_eq!((&rows[0]["ok"], &rows[0]["tasks"]), (&Value::Bool(true), &Value::from(4)));
    assert_eq!(
        (&rows[1]["ok"], &rows[1]["error_kind"], &rows[1]["tasks"]),
        (&Value::Bool(false), &Value::from("not-found"), &Value::Null)
    );
}

/// A record fed through a pipe that stays open is answered at once (the
/// output is flushed when nothing else is taken), not when the input ends:
/// a program can drive the tool one record at a time.
#[test]
fn a_record_on_an_open_pipe_is_answered_before_the_input_ends() {
    use std::io::{BufRead, BufReader, Write};
    for jobs in ["1", "2"] {
        let mut child = Command::new(BIN)
            .args(["parse", "--stdin-jsonl", "--format", "jsonl", "--jobs", jobs])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for _ in 0..2 {
                let mut line = String::new();
                output.read_line(&mut line).unwrap();
                tx.send(line).unwrap();
            }
        });
        for id in ["a", "b"] {
            writeln!(input, "{}", serde_json::json!({"id": id, "text": "一、总则\n做好工作。"})).unwrap();
            input.flush().unwrap();
            // (the pipe stays open: the answer must come without its end)
            let line = rx.recv_timeout(std::time::Duration::from_secs(20));
            let line =
                line.unwrap_or_else(|_| panic!("--jobs {jobs}: no answer to record {id} while the input is open"));
            let v: Value = serde_json::from_str(&line).unwrap();
            assert_eq!(v["id"], id, "--jobs {jobs}");
        }
        drop(input);
        reader.join().unwrap();
        assert!(child.wait().unwrap().success(), "--jobs {jobs}");
    }
}

/// A standard error that cannot be written (full, `2>/dev/full`) changes
/// nothing but the lost lines: a missing file still exits 1, a usage error
/// 2, a warning leaves the output whole; never a panic (exit 101).
#[cfg(target_os = "linux")]
#[test]
fn a_standard_error_that_cannot_be_written_keeps_the_exit_codes() {
    let full = || Stdio::from(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap());
    let run_full = |args: &[&str]| {
        let child = Command::new(BIN).args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(full()).spawn();
        wait_or_kill(child.unwrap(), 60, &args.join(" "))
    };
    // a file that is not there: its error line is lost, the status is not
    let o = run_full(&["parse", "--format", "jsonl", "/nonexistent/gongwen-test.txt"]);
    assert_eq!(code(&o), 1);
    // --keep-going: the error record is written, the line on stderr lost
    let o = run_full(&["parse", "--format", "jsonl", "--keep-going", SEED, "/nonexistent/gongwen-test.txt"]);
    assert_eq!(code(&o), 0);
    assert_eq!(jsonl(&o).len(), 2);
    // a usage error
    let o = run_full(&["tasks", "--bom", "--format", "jsonl", SEED]);
    assert_eq!(code(&o), 2);
    // a directory with no file to read: a warning, exit 1
    let dir = TempDir::new("stderr-full");
    dir.write("notes.bin", "x");
    let o = run_full(&["parse", "--format", "jsonl", &dir.0.display().to_string()]);
    assert_eq!(code(&o), 1);
}
