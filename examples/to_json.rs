//! Print the JSON of a policy document.
//!
//! ```text
//! cargo run --release --example to_json              # the bundled seed document
//! cargo run --release --example to_json -- FILE      # a file
//! cargo run --release --example to_json -- -         # standard input
//! ```
//!
//! Exit 0 with the pretty JSON on stdout; on error one line on stderr and
//! exit 1. A reader that goes away (`to_json FILE | head -1`) is a normal
//! end: exit 0, nothing on stderr.

use std::io::{Read, Write};
use std::process::ExitCode;

/// The seed document, bundled so that the example runs with no setup.
const SEED: &str = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");

fn read(arg: Option<&str>) -> Result<Vec<u8>, String> {
    match arg {
        None => Ok(SEED.as_bytes().to_vec()),
        Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(buf)
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a == "-h" || a == "--help") {
        eprintln!("usage: to_json [FILE|-]   (no argument: the bundled seed document)");
        return ExitCode::from(if args.len() > 1 { 1 } else { 0 });
    }
    let name = args.first().map_or("seed", String::as_str).to_owned();
    let bytes = match read(args.first().map(String::as_str)) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("to_json: {e}");
            return ExitCode::FAILURE;
        }
    };
    match gongwen::parse_bytes(&bytes) {
        Ok(doc) => {
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{}", doc.to_json_pretty()).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("to_json: cannot write: {e}");
                    ExitCode::FAILURE
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(e) => {
            eprintln!("to_json: {name}: {}", e.summary());
            ExitCode::FAILURE
        }
    }
}
