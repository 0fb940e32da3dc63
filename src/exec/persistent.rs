//! The persistent path: a real executable on disk, written atomically (a temp file beside the
//! target, `fsync`, mode 0755, `rename`), so a reader never sees a half-written binary and a
//! failure (full disk, interrupt) leaves the old file, if any, untouched.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::ExecError;
use crate::Image;

/// Removes the temp file unless the rename happened.
struct TempFile(Option<PathBuf>);

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Refuses targets that are directories or existing non-ELF files (like `go build` does), so a
/// typo in `-o` cannot destroy a source file.
fn check_target(out: &Path) -> Result<(), ExecError> {
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(());
    };
    if meta.is_dir() {
        return Err(ExecError::IsDirectory(out.to_owned()));
    }
    if meta.is_file() && meta.len() > 0 {
        let mut head = [0u8; 4];
        let is_elf = File::open(out)
            .and_then(|mut f| f.read_exact(&mut head))
            .is_ok()
            && head == *b"\x7fELF";
        if !is_elf {
            return Err(ExecError::WouldClobber(out.to_owned()));
        }
    }
    Ok(())
}

/// Writes `image` to `out` atomically with mode 0755.
pub fn write(image: &Image, out: &Path) -> Result<(), ExecError> {
    check_target(out)?;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = out.file_name().unwrap_or(out.as_os_str());
    let io = |op, path: &Path, source| ExecError::Io {
        op,
        path: path.to_owned(),
        source,
    };
    let mut tmp_name = OsString::from(".");
    tmp_name.push(file_name);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    tmp_name.push(format!(".memrun-{}-{nanos:08x}", std::process::id()));
    let tmp_path = dir.join(&tmp_name);
    let mut guard = TempFile(None);
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o700)
        .open(&tmp_path)
        .map_err(|e| io("create", &tmp_path, e))?;
    guard.0 = Some(tmp_path.clone());
    f.write_all(image.bytes())
        .map_err(|e| io("write", out, e))?;
    f.set_permissions(std::fs::Permissions::from_mode(0o755))
        .map_err(|e| io("chmod", out, e))?;
    f.sync_all().map_err(|e| io("fsync", out, e))?;
    drop(f);
    std::fs::rename(&tmp_path, out).map_err(|e| io("rename to", out, e))?;
    guard.0 = None;
    // Make the rename itself durable; failing here loses nothing already visible.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The directory `install` writes to: `$MEMRUN_BIN`, else `$XDG_BIN_HOME`, else `~/.local/bin`.
pub fn install_dir() -> Option<PathBuf> {
    for var in ["MEMRUN_BIN", "XDG_BIN_HOME"] {
        if let Some(v) = std::env::var_os(var).filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(v));
        }
    }
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".local/bin"))
}

/// The cache directory `run --via file` keeps executables in:
/// `$XDG_CACHE_HOME/memrun/exe`, else `~/.cache/memrun/exe`.
pub fn cache_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|c| c.join("memrun/exe"))
}

/// 64-bit FNV-1a: a stable content hash for cache file names (std's hasher is not promised
/// stable across releases; a cryptographic crate would be overkill for a cache key that is
/// always verified byte for byte before reuse).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Ensures `image` exists as a persistent file in the cache and returns its path. An existing
/// file is reused only when its bytes are identical.
pub fn cached(image: &Image) -> Result<PathBuf, ExecError> {
    let dir = cache_dir().ok_or_else(|| ExecError::Io {
        op: "find cache directory",
        path: PathBuf::from("$HOME"),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "HOME is not set"),
    })?;
    std::fs::create_dir_all(&dir).map_err(|e| ExecError::Io {
        op: "create",
        path: dir.clone(),
        source: e,
    })?;
    let path = dir.join(format!("{}-{:016x}", image.name(), fnv1a(image.bytes())));
    if std::fs::read(&path).is_ok_and(|b| b == image.bytes()) {
        return Ok(path);
    }
    write(image, &path)?;
    Ok(path)
}

/// Replaces this process with the executable at `path`. Returns only on failure.
pub fn exec_path(path: &Path, name: &str, args: &[OsString]) -> ExecError {
    let (argv, envp, cpath) = match (
        super::argv(name, args),
        super::envp(),
        super::cstring(path.as_os_str()),
    ) {
        (Ok(a), Ok(e), Ok(p)) => (a, e, p),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return e,
    };
    crate::sys::restore_default_signals();
    match nix::unistd::execve(&cpath, &argv, &envp) {
        Ok(never) => match never {},
        Err(errno) => ExecError::Exec {
            name: name.to_owned(),
            errno,
        },
    }
}
