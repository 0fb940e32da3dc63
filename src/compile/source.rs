//! Source files: loading a `.go` file or a package directory, and positions within them.

use cranelift_entity::entity_impl;
use std::path::{Path, PathBuf};

/// A source file of one compilation: its position in the list the compiler was given.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(u32);
entity_impl!(FileId, "file");

/// One Go source file, named as the user named it (diagnostics print this name).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Display name (`hello.go`, `dir/a.go`).
    pub name: String,
    /// The bytes as read: Go source should be UTF-8 without NULs, and the lexer reports where it
    /// is not (with line and column, as gc does), so nothing is rejected before it is lexed.
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// A source file from memory (tests, stdin).
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// Why sources could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// Reading a file or directory failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A directory without `.go` files.
    #[error("no Go files in {0}")]
    NoGoFiles(PathBuf),
    /// A file could not be read, or is too large.
    #[error(transparent)]
    Input(#[from] crate::input::InputError),
}

fn read(path: &Path) -> Result<SourceFile, SourceError> {
    let bytes = crate::input::read_file(path, crate::input::Limit::SOURCE, 0, |_| true)?;
    Ok(SourceFile::new(path.display().to_string(), bytes))
}

/// Loads a single file, or every non-test `.go` file of a directory (sorted by name, as `go`
/// does).
pub fn load(target: &Path) -> Result<Vec<SourceFile>, SourceError> {
    let meta = std::fs::metadata(target).map_err(|source| SourceError::Io {
        path: target.to_owned(),
        source,
    })?;
    if !meta.is_dir() {
        return Ok(vec![read(target)?]);
    }
    let mut names: Vec<PathBuf> = std::fs::read_dir(target)
        .map_err(|source| SourceError::Io {
            path: target.to_owned(),
            source,
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "go")
                && !p.to_string_lossy().ends_with("_test.go")
                && p.is_file()
        })
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(SourceError::NoGoFiles(target.to_owned()));
    }
    names.iter().map(|p| read(p)).collect()
}
