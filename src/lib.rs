//! memrun: compile a Go program to a native ELF held only in memory and run it from a memfd.
//!
//! The phases are owned by [`driver`]: a [`toolchain`] turns source into bytes, [`Image`]
//! validates them, and one of the [`exec`] paths runs or writes them.

#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod bench;
pub mod compile;
pub mod driver;
pub mod exec;
pub mod fsinfo;
pub mod image;
pub mod input;
mod sys;
pub mod toolchain;
pub mod trace;

pub use image::{Image, ImageError};

/// Everything that can go wrong, with the context a user needs; rendered by the CLI.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The bytes are not an executable for this host.
    #[error("{name}: {source}")]
    Image {
        /// The program or file.
        name: String,
        /// Why.
        #[source]
        source: ImageError,
    },
    /// Reading the input failed, or it is too large.
    #[error(transparent)]
    Input(#[from] input::InputError),
    /// Source files could not be loaded.
    #[error(transparent)]
    Source(#[from] compile::source::SourceError),
    /// A compiler failed.
    #[error(transparent)]
    Toolchain(#[from] toolchain::ToolchainError),
    /// An exec path failed.
    #[error(transparent)]
    Exec(#[from] exec::ExecError),
    /// `install` could not write its output (`install` has no `-o`, so its hints differ).
    #[error(transparent)]
    Install(exec::ExecError),
    /// `trace` failed.
    #[error(transparent)]
    Trace(#[from] trace::TraceError),
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// `bench` was asked for something it cannot do.
    #[error("bench: {0}")]
    Bench(String),
    /// No place to install to.
    #[error("no install directory: set MEMRUN_BIN, XDG_BIN_HOME or HOME")]
    NoInstallDir,
}

impl Error {
    /// A one-line hint for the user, where one helps.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Image { source, .. } => source.hint().map(str::to_owned),
            Error::Input(e) | Error::Source(compile::source::SourceError::Input(e)) => e.hint(),
            Error::Source(compile::source::SourceError::Io { source, .. }) => {
                input::io_hint(source)
            }
            Error::Toolchain(t) => t.hint(),
            Error::Exec(e) => e.hint(),
            Error::Install(
                exec::ExecError::WouldClobber(p)
                | exec::ExecError::IsDirectory(p)
                | exec::ExecError::NotRegularFile { path: p, .. },
            ) => Some(format!(
                "move {} away, or install elsewhere with MEMRUN_BIN=DIR",
                p.display()
            )),
            Error::Install(e) => e.hint(),
            Error::Trace(e) => e.hint(),
            _ => None,
        }
    }
}
