//! Compilers behind one interface: Go source in, [`Image`](crate::Image) bytes out.
//!
//! `builtin` is memrun's own compiler ([`crate::compile`]); `go` hands the source to an installed
//! Go toolchain that writes straight into a memfd; `auto` tries the built-in compiler and falls
//! back to `go` only for programs the built-in compiler does not support yet.

pub mod go;

use crate::compile::{self, Diagnostics};
use crate::driver::Source;

/// Which compiler turns source into an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Toolchain {
    /// memrun's built-in compiler (needs nothing installed).
    #[default]
    Builtin,
    /// The installed Go toolchain.
    Go,
    /// Built-in, falling back to Go for unsupported programs.
    Auto,
}

/// Why a toolchain could not produce an image.
#[derive(Debug, thiserror::Error)]
pub enum ToolchainError {
    /// The built-in compiler reported errors.
    #[error("{0}")]
    Compile(Diagnostics),
    /// The built-in compiler has a bug.
    #[error(transparent)]
    Internal(compile::InternalError),
    /// No `go` binary was found.
    #[error("the Go toolchain is not installed (no `go` in PATH)")]
    GoMissing,
    /// `go build` could not be started.
    #[error("cannot start {path}: {source}")]
    GoSpawn {
        /// The `go` binary tried.
        path: std::path::PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// `go env GOVERSION` did not name a Go release memrun can write into a go.mod.
    #[error("cannot tell the Go toolchain's version (go env GOVERSION said {0:?})")]
    GoVersion(String),
    /// `go build` reported errors (already printed on stderr by Go itself).
    #[error("go build failed")]
    GoFailed(crate::exec::status::Outcome),
    /// The memfd for Go's output could not be made or read.
    #[error(transparent)]
    Exec(#[from] crate::exec::ExecError),
    /// Reading Go's output back failed.
    #[error("reading go build's output: {0}")]
    ReadBack(std::io::Error),
}

impl ToolchainError {
    /// A one-line hint, where one helps.
    pub fn hint(&self) -> Option<String> {
        match self {
            ToolchainError::GoMissing => Some(
                "install it (Debian/Ubuntu: `apt-get install golang-go`), or set MEMRUN_GO to the `go` binary".into(),
            ),
            ToolchainError::Exec(e) => e.hint(),
            ToolchainError::Internal(_) => Some(
                "this is a bug in memrun, not in your program; please report it with the program that triggered it (`--toolchain go` builds it meanwhile)".into(),
            ),
            _ => None,
        }
    }
}

/// Compiles the Go program `source` (a `.go` file, a directory, or source in memory) with
/// `toolchain`.
pub fn compile(source: &Source, name: &str, toolchain: Toolchain) -> Result<Vec<u8>, crate::Error> {
    match toolchain {
        Toolchain::Go => go_build(source, name),
        Toolchain::Builtin => builtin(source),
        // Whatever the built-in compiler rejects goes to Go, which then reports the program's
        // real errors if it has any: no valid program fails under `auto` while Go is installed.
        Toolchain::Auto => match builtin(source) {
            Err(crate::Error::Toolchain(ToolchainError::Compile(_))) if go::find().is_some() => {
                go_build(source, name)
            }
            Err(crate::Error::Toolchain(ToolchainError::Internal(e))) if go::find().is_some() => {
                // A warning, not an error: it must reach the user before Go's own output.
                eprintln!("memrun: {e}");
                eprintln!(
                    "  note: this is a bug in memrun; building with the Go toolchain instead"
                );
                go_build(source, name)
            }
            other => other,
        },
    }
}

fn builtin(source: &Source) -> Result<Vec<u8>, crate::Error> {
    let loaded;
    let files = match source {
        Source::Path { path, .. } => {
            loaded = compile::source::load(path)?;
            &loaded[..]
        }
        Source::Memory { file, .. } => std::slice::from_ref(file),
    };
    compile::compile(files).map_err(|e| {
        match e {
            compile::CompileError::Rejected(d) => ToolchainError::Compile(d),
            compile::CompileError::Internal(i) => ToolchainError::Internal(i),
        }
        .into()
    })
}

fn go_build(source: &Source, name: &str) -> Result<Vec<u8>, crate::Error> {
    Ok(match source {
        Source::Path { path, .. } => go::build(path, name)?,
        Source::Memory { file, .. } => go::build_in_memory(file, name)?,
    })
}
