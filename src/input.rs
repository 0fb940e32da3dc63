//! Bounded reads of what a user hands memrun: a Go source file, an ELF file, or a stream on
//! standard input. Nothing is read without a limit, so `memrun run /dev/zero` or
//! `memrun exec - </dev/zero` ends with an error instead of growing until the machine swaps.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest Go source file memrun reads (64 MiB: gc has no limit, but the largest generated
/// Go files in the wild are a few MiB; a bigger input is a mistake, like a device or a log).
pub const MAX_SOURCE: u64 = 64 << 20;

/// The largest executable memrun reads (1 GiB: Go's own biggest binaries are ~200 MiB, and the
/// bytes are held twice, once read and once in the memfd).
pub const MAX_IMAGE: u64 = 1 << 30;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Opening or reading failed.
    #[error("{path}: {source}")]
    Io {
        /// The path (`-` for standard input).
        path: PathBuf,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// The input is larger than the limit for its kind.
    #[error("{path}: larger than {limit_mib} MiB, memrun's limit for {what}")]
    TooLarge {
        /// The path (`-` for standard input).
        path: PathBuf,
        /// What was being read ("a Go source file", "an executable").
        what: &'static str,
        /// The limit in MiB.
        limit_mib: u64,
    },
}

impl InputError {
    /// A one-line hint, where one helps.
    pub fn hint(&self) -> Option<String> {
        match self {
            InputError::TooLarge { .. } => {
                Some("check that the path names the file you meant (not a device or a log)".into())
            }
            InputError::Io { source, .. } => io_hint(source),
        }
    }
}

/// The hint for a failed open or read of a user's input.
pub fn io_hint(e: &std::io::Error) -> Option<String> {
    match e.kind() {
        std::io::ErrorKind::NotFound => Some("check the path".into()),
        std::io::ErrorKind::PermissionDenied => Some("check the file's permissions".into()),
        _ if e.raw_os_error() == Some(nix::errno::Errno::EISDIR as i32) => {
            Some("give a file, or `-` for standard input".into())
        }
        _ => None,
    }
}

/// What to read and how much of it.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// At most this many bytes.
    pub bytes: u64,
    /// Named in the error ("a Go source file").
    pub what: &'static str,
}

impl Limit {
    /// The limit for Go source files.
    pub const SOURCE: Limit = Limit {
        bytes: MAX_SOURCE,
        what: "a Go source file",
    };
    /// The limit for executables.
    pub const IMAGE: Limit = Limit {
        bytes: MAX_IMAGE,
        what: "an executable",
    };

    fn too_large(&self, path: &Path) -> InputError {
        InputError::TooLarge {
            path: path.to_owned(),
            what: self.what,
            limit_mib: self.bytes >> 20,
        }
    }
}

/// Reads the file at `path` (a regular file, a pipe, a device: anything `open` accepts but a
/// directory) up to `limit`. `head` sees the first `head_len` bytes (fewer only at end of input)
/// as soon as they arrive; when it returns false, reading stops there and those bytes are
/// returned, for the caller to reject with its own, precise message.
pub fn read_file(
    path: &Path,
    limit: Limit,
    head_len: usize,
    head: impl FnOnce(&[u8]) -> bool,
) -> Result<Vec<u8>, InputError> {
    let io = io_error(path);
    let file = File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::from_raw_os_error(
            nix::errno::Errno::EISDIR as i32,
        )));
    }
    let ft = meta.file_type();
    let known = ft.is_file().then_some(meta.len());
    if known.is_some_and(|n| n > limit.bytes) {
        return Err(limit.too_large(path));
    }
    read_stream(file, path, known, limit, head_len, head)
}

/// The error for a failed open or read of `path`.
fn io_error(path: &Path) -> impl Fn(std::io::Error) -> InputError + Copy + '_ {
    move |source| InputError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Reads `r` (named `path` in errors) up to `limit`, with the same early look at the head as
/// [`read_file`]. `size_hint` is the expected length, when known, to allocate once.
pub fn read_stream(
    r: impl Read,
    path: &Path,
    size_hint: Option<u64>,
    limit: Limit,
    head_len: usize,
    head: impl FnOnce(&[u8]) -> bool,
) -> Result<Vec<u8>, InputError> {
    let io = io_error(path);
    // One byte past the limit tells "exactly at the limit" from "beyond it".
    let mut r = r.take(limit.bytes + 1);
    let mut buf = Vec::with_capacity(size_hint.unwrap_or(0).min(limit.bytes) as usize);
    (&mut r)
        .take(head_len as u64)
        .read_to_end(&mut buf)
        .map_err(io)?;
    if !head(&buf) {
        return Ok(buf);
    }
    r.read_to_end(&mut buf).map_err(io)?;
    if buf.len() as u64 > limit.bytes {
        return Err(limit.too_large(path));
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Limit = Limit {
        bytes: 10,
        what: "a test input",
    };

    #[test]
    fn stops_at_the_limit() {
        let endless = std::io::repeat(b'x');
        let e = read_stream(endless, Path::new("-"), None, SMALL, 0, |_| true).unwrap_err();
        assert!(matches!(e, InputError::TooLarge { .. }), "{e}");
        let exact = read_stream(&[7u8; 10][..], Path::new("-"), None, SMALL, 0, |_| true);
        assert_eq!(exact.unwrap().len(), 10);
    }

    #[test]
    fn a_rejected_head_stops_reading() {
        let endless = std::io::repeat(0);
        let got = read_stream(endless, Path::new("-"), None, Limit::IMAGE, 64, |h| {
            h.len() == 64 && h[0] == 0x7f
        })
        .unwrap();
        assert_eq!(got.len(), 64);
    }

    #[test]
    fn devices_are_bounded() {
        let e = read_file(Path::new("/dev/zero"), SMALL, 0, |_| true).unwrap_err();
        assert!(e.to_string().contains("larger than"), "{e}");
    }
}
