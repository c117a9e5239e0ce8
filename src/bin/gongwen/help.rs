//! Help for people: the examples `--help` shows after the flags, shell
//! completion scripts (`gongwen completions SHELL`) and the man page
//! (`gongwen man`), both generated from the same clap definition as the
//! parser of the arguments, so they never disagree with it.

use crate::batch::{Fatal, Status};
use std::io::{self, Write};

pub const MAIN: &str = "\
Examples:
  gongwen parse notice.txt                      the document as JSON
  gongwen parse policies/ -o all.json           a directory: a JSON array of records
  curl -s URL | gongwen parse                   standard input (no path, not a terminal)
  gongwen parse --encoding gb18030 old.txt      GBK text (auto-detected by default)
  gongwen tasks policies/ --bom -o tasks.csv    who leads, is responsible, supports (Excel)
  gongwen check --min-severity warning doc.txt  diagnostics with line, column and caret
  gongwen completions bash > ~/.local/share/bash-completion/completions/gongwen
  gongwen man --dir ~/.local/share/man/man1     then: man gongwen, man gongwen-parse

Inputs: FILE (any extension), DIR (walked for .txt .text .md .markdown .html .htm .shtml; --ext to choose), \
`-` or nothing for standard input. Encodings: UTF-8, UTF-16 and GBK/GB18030, detected (--encoding to name one); \
mojibake (UTF-8 once read as Windows-1252, Mac Cyrillic, Windows-1251, KOI8-R or GBK) repaired (--no-repair to keep it).

Exit status: 0 when every input was read and parsed; 1 when any input failed (the others are still complete; not with \
--keep-going), a directory gave no file, or, for `check`, when any error-level diagnostic was found, or, for `audit`, when fewer \
documents are clean than --min-clean asks; 2 on a usage error.

Colour: NO_COLOR turns it off, CLICOLOR_FORCE=1 on. Documentation: docs/cli.md.";

pub const PARSE: &str = "\
Examples:
  gongwen parse doc.txt | jq -r .title                          one FILE or -: the document itself
  gongwen parse a.txt b.txt | jq -r '.[] | select(.ok) | .document.title'
                                                                several inputs or a DIR: an array of records
  gongwen parse --format jsonl DIR | jq -r 'select(.ok) | .document.title'
                                                                one record per line, whatever the inputs
  gongwen parse --format md doc.txt | less                      a readable outline
  gongwen parse --stdin-jsonl --format jsonl < docs.jsonl       {\"id\",\"text\"} lines in, records out";

pub const TASKS: &str = "\
Examples:
  gongwen tasks doc.txt                          CSV on standard output
  gongwen tasks policies/ --bom -o tasks.csv     for Excel
  gongwen tasks --format jsonl DIR | jq -r .lead";

pub const REFS: &str = "\
Examples:
  gongwen refs doc.txt
  gongwen refs --format jsonl corpus/ -o citations.jsonl";

pub const CHECK: &str = "\
Examples:
  gongwen check doc.txt
  gongwen check --min-severity error policies/     exit 1 on any error
  gongwen check --format jsonl DIR | jq -r .code | sort | uniq -c";

pub const AGENCIES: &str = "\
Examples:
  gongwen agencies policies/ | head
  gongwen agencies --format csv policies/ -o bodies.csv";

pub const AUDIT: &str = "\
Examples:
  gongwen audit corpus/
  gongwen audit -v --expected reviewed.tsv --min-clean 80 corpus/";

pub const COMPLETIONS: &str = "\
Examples:
  gongwen completions bash > ~/.local/share/bash-completion/completions/gongwen
  gongwen completions zsh > ~/.zfunc/_gongwen          (with fpath+=~/.zfunc before compinit)
  gongwen completions fish > ~/.config/fish/completions/gongwen.fish";

pub const MAN: &str = "\
Examples:
  gongwen man | man -l -
  gongwen man --dir ~/.local/share/man/man1 && man gongwen-parse";

fn write_error(e: io::Error) -> Fatal {
    if e.kind() == io::ErrorKind::BrokenPipe { Fatal::BrokenPipe } else { Fatal::Io(format!("cannot write: {e}")) }
}

/// `gongwen completions SHELL`.
pub fn completions(shell: clap_complete::Shell, mut cmd: clap::Command) -> Result<Status, Fatal> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "gongwen", &mut out);
    io::stdout().lock().write_all(&out).map_err(write_error)?;
    Ok(Status::Clean)
}

/// `gongwen man`: the page of the tool (its subcommands listed) on
/// standard output; with `--dir DIR`, `gongwen.1` and one page per
/// subcommand (`gongwen-parse.1`, …) written there.
pub fn man(cmd: clap::Command, dir: Option<&std::path::Path>) -> Result<Status, Fatal> {
    let cmd = cmd.version(env!("CARGO_PKG_VERSION"));
    let render = |page: clap::Command| -> Result<Vec<u8>, Fatal> {
        let mut out = Vec::new();
        clap_mangen::Man::new(page).render(&mut out).map_err(write_error)?;
        Ok(out)
    };
    let Some(dir) = dir else {
        io::stdout().lock().write_all(&render(cmd)?).map_err(write_error)?;
        return Ok(Status::Clean);
    };
    let write = |name: &str, bytes: Vec<u8>| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| Fatal::Io(format!("cannot write {}: {e}", path.display())))
    };
    write("gongwen.1", render(cmd.clone())?)?;
    for sub in cmd.get_subcommands() {
        // clap names are `&'static str`: a few bytes, once per run
        let name: &'static str = format!("gongwen-{}", sub.get_name()).leak();
        let page = sub.clone().name(name).version(env!("CARGO_PKG_VERSION"));
        write(&format!("{name}.1"), render(page)?)?;
    }
    Ok(Status::Clean)
}
