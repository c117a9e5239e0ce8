//! The files named on the command line and found in directories: which
//! extensions are taken, what is never opened (FIFOs, devices, sockets),
//! directories that cannot be listed or hold nothing, and file names as
//! printed (escaped when they hold a line break or bytes that are not
//! UTF-8).

use crate::input::{Failure, Key, RawItem, read_stdin};
use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Extensions taken from a directory by default (case-insensitive).
pub const DEFAULT_EXTENSIONS: [&str; 7] = ["txt", "text", "md", "markdown", "html", "htm", "shtml"];

/// The extensions taken from directories: `--ext`, else
/// [`DEFAULT_EXTENSIONS`]. Stored without a leading dot, lower-case.
#[derive(Debug, Clone)]
pub struct Extensions(Arc<[String]>);

impl Extensions {
    /// From `--ext` values (`txt`, `.txt`, `TXT` alike); none: the defaults.
    pub fn new(given: Option<&[String]>) -> Result<Self, String> {
        let list: Vec<String> = match given {
            None => DEFAULT_EXTENSIONS.iter().map(|e| (*e).to_owned()).collect(),
            Some(given) => given.iter().map(|e| e.trim().trim_start_matches('.').to_ascii_lowercase()).collect(),
        };
        if list.iter().any(|e| e.is_empty() || e.contains(['/', '\\'])) {
            return Err(format!("--ext takes extensions such as txt,md (got {})", given.unwrap_or_default().join(",")));
        }
        Ok(Extensions(list.into()))
    }

    fn wanted(&self, path: &Path) -> bool {
        path.extension().and_then(OsStr::to_str).is_some_and(|e| self.0.iter().any(|x| e.eq_ignore_ascii_case(x)))
    }

    /// `.txt, .md, …` for messages.
    pub fn list(&self) -> String {
        self.0.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(", ")
    }
}

/// A path as printed and recorded: as it is, unless it holds a control
/// character (a line break, a tab, an escape) or bytes that are not UTF-8;
/// then escaped the way Rust escapes strings (`\n`, `\t`, `\\`, `\u{1b}`),
/// each byte that is not UTF-8 as `\xFF`. Such a name stays one line and
/// valid UTF-8 in every output, and tells names apart that `Path::display`
/// would print alike.
pub fn display_name(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.chars().any(char::is_control) => s.to_owned(),
        _ => escape(bytes),
    }
}

fn escape(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.extend(s.chars().flat_map(char::escape_debug));
                return out;
            }
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                out.extend(std::str::from_utf8(valid).unwrap_or_default().chars().flat_map(char::escape_debug));
                let bad = e.error_len().unwrap_or(rest.len());
                for b in &rest[..bad] {
                    out.push_str(&format!("\\x{b:02X}"));
                }
                bytes = &rest[bad..];
            }
        }
    }
}

/// What an entry of a directory is.
enum Kind {
    Dir,
    File,
    /// Not a regular file (after following a symbolic link): what it is.
    Special(&'static str),
}

/// An entry of a directory being walked.
struct Entry {
    path: PathBuf,
    kind: Kind,
}

/// What a file that is not a regular file is, in words.
#[cfg(unix)]
fn special_kind(ft: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_fifo() {
        "a FIFO (named pipe)"
    } else if ft.is_char_device() {
        "a character device"
    } else if ft.is_block_device() {
        "a block device"
    } else if ft.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::FileType) -> &'static str {
    "not a regular file"
}

/// The inputs named on the command line, in order, directories walked
/// lazily — depth first, each directory's entries sorted by name, so in the
/// order of the sorted paths — and `-` read from standard input when its
/// turn comes. Memory holds the listings of the directories on the current
/// path only, not the whole tree. Hidden entries (`.name`) are skipped, and
/// so are symbolic links to directories (no cycles). A file found in a
/// directory that is not a regular file (a FIFO, a device, a socket) is
/// never opened — reading a FIFO would wait for a writer forever — and
/// gives a failure instead; a file named on the command line is opened
/// whatever it is (`<(zcat doc.gz)`).
pub struct Walker {
    args: std::vec::IntoIter<PathBuf>,
    /// Sorted entries still to visit, one listing per open directory.
    stack: Vec<std::vec::IntoIter<Entry>>,
    extensions: Extensions,
    /// Counting only: standard input is not read.
    dry: bool,
    /// The directory named on the command line being walked, and the
    /// number of items it gave so far.
    top: Option<(PathBuf, usize)>,
    /// Directories named on the command line that gave nothing.
    pub empty: Vec<String>,
}

impl Walker {
    pub fn new(inputs: &[PathBuf], extensions: Extensions) -> Self {
        Walker {
            args: Vec::from(inputs).into_iter(),
            stack: Vec::new(),
            extensions,
            dry: false,
            top: None,
            empty: Vec::new(),
        }
    }

    /// The number of documents the walk will give, without reading them.
    pub fn count(inputs: &[PathBuf], extensions: Extensions) -> u64 {
        Walker { dry: true, ..Walker::new(inputs, extensions) }.count() as u64
    }

    /// Open a directory: push its sorted listing, or give the failure.
    fn open(&mut self, dir: &Path) -> Option<RawItem> {
        let failed = |e: &io::Error| RawItem::Failed {
            key: Key::File(display_name(dir)),
            failure: Failure::from_io(e, "directory"),
        };
        let listing = match fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(e) => return Some(failed(&e)),
        };
        let mut entries = Vec::new();
        for entry in listing {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => return Some(failed(&e)),
            };
            if entry.file_name().as_encoded_bytes().starts_with(b".") {
                continue;
            }
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else { continue };
            let kind = if file_type.is_dir() {
                Kind::Dir
            } else if !self.extensions.wanted(&path) {
                continue;
            } else if file_type.is_file() {
                Kind::File
            } else if file_type.is_symlink() {
                // followed: to a directory, skipped (no cycles); to a file,
                // read; dangling, reported when read
                match fs::metadata(&path) {
                    Ok(m) if m.is_dir() => continue,
                    Ok(m) if !m.is_file() => Kind::Special(special_kind(&m.file_type())),
                    _ => Kind::File,
                }
            } else {
                Kind::Special(special_kind(&file_type))
            };
            entries.push(Entry { path, kind });
        }
        entries.sort_by(|a, b| a.path.file_name().cmp(&b.path.file_name()));
        self.stack.push(entries.into_iter());
        None
    }

    /// The next item, before it is counted for its top directory.
    fn next_item(&mut self) -> Option<RawItem> {
        loop {
            if let Some(listing) = self.stack.last_mut() {
                match listing.next() {
                    Some(Entry { path, kind: Kind::Dir }) => {
                        if let Some(failed) = self.open(&path) {
                            return Some(failed);
                        }
                    }
                    Some(Entry { path, kind: Kind::File }) => {
                        return Some(RawItem::File { name: display_name(&path), path });
                    }
                    Some(Entry { path, kind: Kind::Special(what) }) => {
                        let failure = Failure::new("not-a-file", format!("{what}; skipped without opening it"));
                        return Some(RawItem::Failed { key: Key::File(display_name(&path)), failure });
                    }
                    None => {
                        self.stack.pop();
                        if self.stack.is_empty() {
                            if let Some((dir, 0)) = self.top.take() {
                                self.empty.push(display_name(&dir));
                            }
                        }
                    }
                }
                continue;
            }
            let input = self.args.next()?;
            if input.as_os_str() == "-" {
                if self.dry {
                    return Some(RawItem::Bytes { key: Key::Stdin, bytes: Vec::new() });
                }
                return Some(read_stdin());
            } else if input.is_dir() {
                if let Some(failed) = self.open(&input) {
                    return Some(failed);
                }
                self.top = Some((input, 0));
            } else {
                // missing and unreadable files are reported when read
                return Some(RawItem::File { name: display_name(&input), path: input });
            }
        }
    }
}

impl Iterator for Walker {
    type Item = RawItem;

    fn next(&mut self) -> Option<RawItem> {
        let item = self.next_item()?;
        if let Some((_, n)) = &mut self.top {
            *n += 1;
        }
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_only_when_needed() {
        assert_eq!(display_name(Path::new("政策/通知 2024.txt")), "政策/通知 2024.txt");
        assert_eq!(display_name(Path::new("a\nb.txt")), "a\\nb.txt");
        assert_eq!(display_name(Path::new("a\\b\tc.txt")), "a\\\\b\\tc.txt");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let p = Path::new(OsStr::from_bytes(b"gbk-\xCD\xA8\xD6.txt"));
            // CD A8 is valid UTF-8 (U+0368, a combining mark: escaped as
            // Rust does); D6 alone is not UTF-8
            assert_eq!(display_name(p), "gbk-\\u{368}\\xD6.txt");
        }
    }

    #[test]
    fn extensions_default_and_given() {
        let d = Extensions::new(None).unwrap();
        for name in ["a.txt", "a.TEXT", "a.md", "a.markdown", "a.html", "a.htm", "a.shtml"] {
            assert!(d.wanted(Path::new(name)), "{name}");
        }
        assert!(!d.wanted(Path::new("a.csv")) && !d.wanted(Path::new("README")));
        let given = Extensions::new(Some(&[".GBK".to_owned(), "txt".to_owned()])).unwrap();
        assert!(
            given.wanted(Path::new("x.gbk")) && given.wanted(Path::new("x.txt")) && !given.wanted(Path::new("x.md"))
        );
        assert_eq!(given.list(), ".gbk, .txt");
        assert!(Extensions::new(Some(&[String::new()])).is_err());
    }
}
