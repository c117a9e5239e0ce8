//! `gongwen`: parse Chinese government policy documents (公文) from the command
//! line, one file or a batch of thousands, in parallel.
//!
//! ```text
//! gongwen parse FILE|DIR|-... [--format json|jsonl|md] [-o OUT] [--jobs N] [--stdin-jsonl] [--keep-going]
//! gongwen tasks FILE|DIR|-... [--table blocks|long|documents] [--format csv|tsv|jsonl] [--bom]
//! gongwen check FILE|DIR|-... [--min-severity info|warning|error] [--format human|jsonl]
//! gongwen agencies FILE|DIR|-... [--format table|csv|jsonl]
//! gongwen refs FILE|DIR|-... [--format csv|tsv|jsonl] [--bom]
//! gongwen audit FILE|DIR|-... [-v] [--format human|jsonl] [--expected TSV] [--min-clean P]
//! gongwen completions bash|zsh|fish|elvish|powershell
//! gongwen man
//! ```
//!
//! Built with the `cli` feature: `cargo install gongwen --features cli`.
//! See `docs/cli.md`.

mod agencies;
mod audit;
mod batch;
mod check;
mod help;
mod input;
mod markdown;
mod parse;
mod refs;
mod tasks;
mod text;
mod walk;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Parse Chinese government policy documents (公文) into JSON, task tables and
/// diagnostics — one file or a batch of thousands, in parallel.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version)]
#[command(after_help = help::MAIN)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse documents into JSON, JSON Lines or a Markdown outline.
    #[command(after_help = help::PARSE)]
    Parse {
        #[command(flatten)]
        input: InputArgs,
        /// Output format. json: pretty JSON of the document for one input file
        /// or `-`; for several inputs or a directory, a JSON array of
        /// {"file", "ok", "document" | "error"} records. jsonl: one such record
        /// per line. md: a readable outline.
        #[arg(long, short = 'f', value_enum, default_value_t = ParseFormat::Json)]
        format: ParseFormat,
    },
    /// Tables for analysts: one row per block that names a responsible body
    /// (file, path, marker, title, bodies by role), per (block, body, role)
    /// with `--table long`, or per document with `--table documents`.
    #[command(after_help = help::TASKS)]
    Tasks {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        table: TableArgs,
        /// Which table. blocks: one row per block that names a body, its
        /// bodies listed by role. long: one row per (document, block, body,
        /// role), with the body's jurisdiction, level, kind and current name.
        /// documents: one row per document (title, 文号, issuers, date, counts),
        /// failed ones included.
        #[arg(long = "table", value_enum, default_value_t = TasksTable::Blocks)]
        layout: TasksTable,
    },
    /// One row per citation of another document (《title》, its 文号, a 文号
    /// alone): citing file, title and 文号, block, cited title and 文号, kind.
    #[command(after_help = help::REFS)]
    Refs {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        table: TableArgs,
    },
    /// Report diagnostics as a compiler does: file:line:col, the source line
    /// and a caret.
    #[command(after_help = help::CHECK)]
    Check {
        #[command(flatten)]
        input: InputArgs,
        /// Show only diagnostics at least this severe.
        #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
        min_severity: MinSeverity,
        /// Output format. human: rendered snippets and a summary line. jsonl:
        /// one JSON object per diagnostic or failed input.
        #[arg(long, short = 'f', value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Colour the severity words: auto (when standard output is a
        /// terminal, NO_COLOR is unset and TERM is not dumb; CLICOLOR_FORCE=1
        /// forces it), always or never.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Count, per body, how often it leads, is responsible for or supports a
    /// task, over all inputs.
    #[command(after_help = help::AGENCIES)]
    Agencies {
        #[command(flatten)]
        input: InputArgs,
        /// Output format. table: aligned columns (CJK characters count two).
        #[arg(long, short = 'f', value_enum, default_value_t = AgencyFormat::Table)]
        format: AgencyFormat,
    },
    /// Flag suspicious parses without hand-written facts: headings and
    /// role-bearing bracket groups seen in the text but absent from the tree,
    /// numbering diagnostics, empty chapters, unknown bodies, long titles,
    /// paragraphs that look like headings, parse failures.
    #[command(after_help = help::AUDIT)]
    Audit {
        #[command(flatten)]
        input: InputArgs,
        /// Also list every flag as file:line:col: code: message, and clean
        /// documents.
        #[arg(long, short = 'v')]
        verbose: bool,
        /// Output format. human: one line per flagged document and a summary
        /// line. jsonl: one JSON object per document, then a summary object.
        #[arg(long, short = 'f', value_enum, default_value_t = AuditFormat::Human)]
        format: AuditFormat,
        /// A TSV of flags a person has reviewed and found right
        /// (file<TAB>code<TAB>reason[<TAB>line]); they are reported as
        /// expected and do not make a document suspicious.
        #[arg(long, value_name = "TSV")]
        expected: Option<PathBuf>,
        /// Exit 1 when fewer than P percent of the documents are clean.
        #[arg(long, value_name = "P")]
        min_clean: Option<f64>,
    },
    /// Print a shell completion script on standard output.
    #[command(after_help = help::COMPLETIONS)]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output, or write one page per
    /// subcommand into a directory.
    #[command(after_help = help::MAN)]
    Man {
        /// Write gongwen.1 and gongwen-SUBCOMMAND.1 into this directory.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Inputs and batch settings shared by every subcommand.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories (walked recursively, in sorted order, for .txt,
    /// .text, .md, .markdown, .html, .htm and .shtml files; see --ext) or `-`
    /// for standard input. None: standard input, unless it is a terminal.
    #[arg(value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// Extensions of the files taken from directories, comma-separated
    /// (`--ext txt,gbk`); files named on the command line are read whatever
    /// their extension. [default: txt,text,md,markdown,html,htm,shtml]
    #[arg(long, value_name = "EXT,...", value_delimiter = ',')]
    pub ext: Option<Vec<String>>,
    /// Encoding of files and standard input: auto detects a byte order mark,
    /// UTF-8, UTF-16 and GBK/GB18030; the others read only that encoding.
    /// Spans index the decoded text. (JSON Lines records are always UTF-8.)
    #[arg(long, value_enum, value_name = "ENCODING", default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// Do not repair mojibake. By default, text that is UTF-8 once read as
    /// Windows-1252 / Latin-1, Mac Cyrillic, Windows-1251, KOI8-R or GBK
    /// and saved again (`å›½åŠ¡é™¢`, `鍥藉姟闄` for 国务院) — files, standard
    /// input and JSON Lines records alike — is encoded back and decoded as
    /// UTF-8, with a `mojibake-repaired` diagnostic; spans index the
    /// repaired text. With this flag it is parsed as it is (an
    /// `encoding-damage` error).
    #[arg(long)]
    pub no_repair: bool,
    /// Read standard input as JSON Lines, one {"id": …, "text": "…"} object
    /// per line, streaming in bounded chunks; outputs keep the input order and
    /// name each document by its id (`parse`: one record per input line).
    #[arg(long)]
    pub stdin_jsonl: bool,
    /// Write the output to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Documents parsed at once (default: the number of cores; 1: sequential).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// A document that cannot be read or parsed does not make the exit status
    /// 1: it still gets its error record (`parse --format json|jsonl`;
    /// `tasks` and `refs --format jsonl`: one row with "ok": false) and its
    /// line on standard error. For `RDD.pipe`, Hadoop streaming and other
    /// engines that fail a task on a non-zero exit (see docs/distributed.md).
    #[arg(long)]
    pub keep_going: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "gb18030", alias = "gbk")]
    Gb18030,
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
}

impl InputArgs {
    /// How files and standard input are decoded: `--encoding`, `--no-repair`.
    pub fn decoding(&self) -> gongwen::DecodeOptions {
        gongwen::DecodeOptions::new(self.encoding.encoding()).repair(!self.no_repair)
    }
}

impl EncodingArg {
    pub fn encoding(self) -> gongwen::Encoding {
        match self {
            EncodingArg::Auto => gongwen::Encoding::Auto,
            EncodingArg::Utf8 => gongwen::Encoding::Utf8,
            EncodingArg::Gb18030 => gongwen::Encoding::Gb18030,
            EncodingArg::Utf16 => gongwen::Encoding::Utf16,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    Json,
    Jsonl,
    Md,
}

/// Output settings shared by the table subcommands (`tasks`, `refs`).
#[derive(Debug, Args)]
pub struct TableArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = TableFormat::Csv)]
    pub format: TableFormat,
    /// Start CSV/TSV output with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Csv,
    Tsv,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TasksTable {
    Blocks,
    Long,
    Documents,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AgencyFormat {
    Table,
    Csv,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    Human,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinSeverity {
    Info,
    Warning,
    Error,
}

impl MinSeverity {
    fn severity(self) -> gongwen::Severity {
        match self {
            MinSeverity::Info => gongwen::Severity::Info,
            MinSeverity::Warning => gongwen::Severity::Warning,
            MinSeverity::Error => gongwen::Severity::Error,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Command {
    /// The inputs of a subcommand that reads documents.
    fn input_mut(&mut self) -> Option<&mut InputArgs> {
        match self {
            Command::Parse { input, .. }
            | Command::Tasks { input, .. }
            | Command::Refs { input, .. }
            | Command::Check { input, .. }
            | Command::Agencies { input, .. }
            | Command::Audit { input, .. } => Some(input),
            Command::Completions { .. } | Command::Man { .. } => None,
        }
    }
}

impl InputArgs {
    /// No input named (and no `--stdin-jsonl`): standard input, as `-`,
    /// when it is not a terminal (a pipe or a file), as rg and jq do; on a
    /// terminal a usage error rather than a wait for typed text.
    fn default_to_stdin(&mut self) -> Result<(), String> {
        if self.inputs.is_empty() && !self.stdin_jsonl {
            if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                return Err("no input: give FILE, DIR or - (standard input is a terminal); see --help".into());
            }
            self.inputs.push(PathBuf::from("-"));
        }
        Ok(())
    }
}

fn main() -> ExitCode {
    let mut cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return arguments_not_run(&e),
    };
    if let Some(input) = cli.command.input_mut() {
        if let Err(message) = input.default_to_stdin() {
            return usage_error(&message);
        }
    }
    let result = match cli.command {
        Command::Completions { shell } => help::completions(shell, Cli::command()),
        Command::Man { dir } => help::man(Cli::command(), dir.as_deref()),
        Command::Parse { input, format } => parse::run(&input, format),
        Command::Tasks { table: TableArgs { bom: true, format: TableFormat::Jsonl }, .. }
        | Command::Refs { table: TableArgs { bom: true, format: TableFormat::Jsonl }, .. } => {
            return usage_error("--bom applies to --format csv and tsv only");
        }
        Command::Tasks { input, table, layout } => tasks::run(&input, layout, table.format, table.bom),
        Command::Refs { input, table } => refs::run(&input, table.format, table.bom),
        Command::Check { input, min_severity, format, color } => {
            check::run(&input, min_severity.severity(), format, color)
        }
        Command::Agencies { input, format } => agencies::run(&input, format),
        Command::Audit { input, verbose, format, expected, min_clean } => {
            audit::run(&input, audit::Settings { format, verbose, expected: expected.as_deref(), min_clean })
        }
    };
    match result {
        Ok(batch::Status::Clean) => ExitCode::SUCCESS,
        Ok(batch::Status::Failed) => ExitCode::FAILURE,
        Err(batch::Fatal::Usage(message)) => usage_error(&message),
        // the reader of our output went away (`gongwen … | head`): stop quietly
        Err(batch::Fatal::BrokenPipe) => ExitCode::FAILURE,
        Err(batch::Fatal::Io(message)) => {
            say(format_args!("gongwen: {message}"));
            ExitCode::FAILURE
        }
    }
}

/// Write one line to standard error, ignoring a failure to write it: with
/// standard error closed, full or a broken pipe (`2>/dev/full`, a reader
/// that went away) the run goes on and ends with the exit code it would
/// have had, where `eprintln!` would panic (exit 101).
pub(crate) fn say(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// What clap's `Error::exit` does, but a failure to write `--help` or
/// `--version` to standard output (`gongwen --help > /dev/full`) is an error
/// (exit 1, as for any output we cannot write), where clap ignores it and
/// exits 0; a broken pipe ends quietly with 1, as the batches do. Usage
/// errors go to standard error with clap's exit code (2).
fn arguments_not_run(e: &clap::Error) -> ExitCode {
    use std::io::Write;
    if e.use_stderr() {
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    // help and version: clap's styles, stripped when standard output is
    // not a terminal (or NO_COLOR is set)
    let mut out = anstream::stdout().lock();
    match write!(out, "{}", e.render().ansi()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        Err(e) => {
            say(format_args!("gongwen: cannot write: {e}"));
            ExitCode::FAILURE
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    say(format_args!("gongwen: {message}"));
    ExitCode::from(2)
}
