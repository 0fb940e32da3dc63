//! The persistent path: a real executable on disk, written atomically (a temp file beside the
//! target, `fsync`, mode 0755, `rename`), so a reader never sees a half-written binary and a
//! failure (full disk, interrupt) leaves the old file, if any, untouched.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use rustix::fs::{AtFlags, Mode, OFlags};

use super::ExecError;
use crate::Image;

/// Turns a rustix error on `path` during `op` into an [`ExecError`].
fn io_err<'p>(op: &'static str, path: &'p Path) -> impl Fn(rustix::io::Errno) -> ExecError + 'p {
    move |e| ExecError::Io {
        op,
        path: path.to_owned(),
        source: e.into(),
    }
}

/// Removes the temp file (relative to its directory) unless the rename happened.
struct TempFile<'d> {
    dir: BorrowedFd<'d>,
    name: Option<OsString>,
}

impl Drop for TempFile<'_> {
    fn drop(&mut self) {
        if let Some(n) = self.name.take() {
            let _ = rustix::fs::unlinkat(self.dir, n.as_os_str(), AtFlags::empty());
        }
    }
}

/// What a write found at its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The executable is at the target path.
    File,
    /// The target is `/dev/null`: the program was built and discarded, as `go build -o /dev/null`
    /// does (and nothing was renamed over the device).
    Discarded,
}

/// True for the `/dev/null` character device (major 1, minor 3), whatever its path.
fn is_dev_null(meta: &std::fs::Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == nix::sys::stat::makedev(1, 3)
}

/// Refuses targets that are directories, devices, FIFOs, sockets or existing non-ELF files (like
/// `go build` does), so a typo in `-o` cannot destroy a source file and `-o /dev/sda` cannot
/// replace a device node. `/dev/null` means "discard".
fn check_target(out: &Path) -> Result<Written, ExecError> {
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(Written::File);
    };
    let ft = meta.file_type();
    let special = |kind| {
        Err(ExecError::NotRegularFile {
            path: out.to_owned(),
            kind,
        })
    };
    if meta.is_dir() {
        return Err(ExecError::IsDirectory(out.to_owned()));
    }
    if is_dev_null(&meta) {
        return Ok(Written::Discarded);
    }
    if ft.is_char_device() {
        return special("a character device");
    }
    if ft.is_block_device() {
        return special("a block device");
    }
    if ft.is_fifo() {
        return special("a FIFO");
    }
    if ft.is_socket() {
        return special("a socket");
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
    Ok(Written::File)
}

/// Opens a directory the user named (links followed) for `*at` calls.
fn open_dir(dir: &Path) -> Result<OwnedFd, ExecError> {
    rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(io_err("open", dir))
}

/// Writes `image` to `out` atomically with mode 0755 (or discards it when `out` is `/dev/null`).
pub fn write(image: &Image, out: &Path) -> Result<Written, ExecError> {
    if check_target(out)? == Written::Discarded {
        return Ok(Written::Discarded);
    }
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = out.file_name().unwrap_or(out.as_os_str());
    let dirfd = open_dir(&dir)?;
    write_at(dirfd.as_fd(), file_name, out, image)?;
    Ok(Written::File)
}

/// The atomic write itself, relative to an open directory (so a directory swapped by someone
/// else in the meantime cannot redirect it): a temp file created exclusively beside the target,
/// written, mode 0755, `fsync`, `renameat`, then the directory synced. `shown` names the target
/// in errors.
fn write_at(
    dir: BorrowedFd<'_>,
    file_name: &OsStr,
    shown: &Path,
    image: &Image,
) -> Result<OwnedFd, ExecError> {
    let mut tmp_name = OsString::from(".");
    tmp_name.push(file_name);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    tmp_name.push(format!(".memrun-{}-{nanos:08x}", std::process::id()));
    let tmp_shown = shown.with_file_name(&tmp_name);
    // An interrupt (SIGINT, SIGTERM, SIGHUP, SIGQUIT) waits until the temp file has its name or
    // is gone: declared before the temp file's guard, this is released after it.
    let _signals = super::tmpdisk::BlockedSignals::new()?;
    let fd = rustix::fs::openat(
        dir,
        tmp_name.as_os_str(),
        OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o700),
    )
    .map_err(io_err("create", &tmp_shown))?;
    let mut guard = TempFile {
        dir,
        name: Some(tmp_name.clone()),
    };
    let mut f = File::from(fd);
    f.write_all(image.bytes()).map_err(|source| ExecError::Io {
        op: "write",
        path: shown.to_owned(),
        source,
    })?;
    rustix::fs::fchmod(&f, Mode::from_raw_mode(0o755)).map_err(io_err("chmod", shown))?;
    rustix::fs::fsync(&f).map_err(io_err("fsync", shown))?;
    drop(f);
    // A read-only descriptor of the file, opened before it takes its name: whatever happens to
    // the name afterwards (another run trimming the cache), this is the file just written.
    let written = rustix::fs::openat(
        dir,
        tmp_name.as_os_str(),
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(io_err("open", &tmp_shown))?;
    rustix::fs::renameat(dir, tmp_name.as_os_str(), dir, file_name)
        .map_err(io_err("rename to", shown))?;
    guard.name = None;
    // Make the rename itself durable; failing here loses nothing already visible.
    let _ = rustix::fs::fsync(dir);
    Ok(written)
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
    cache_base().map(|c| c.join("memrun/exe"))
}

/// `$XDG_CACHE_HOME`, else `~/.cache`.
fn cache_base() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
}

/// The cache keeps at most this many bytes of executables (256 MiB) unless `MEMRUN_CACHE_MAX`
/// (bytes) says otherwise; the least recently run are removed first.
pub const CACHE_MAX: u64 = 256 << 20;

/// Temp files older than this (left by a killed writer) are removed when the cache is trimmed.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(3600);

/// 64-bit FNV-1a: a stable content hash for cache file names (std's hasher is not promised
/// stable across releases; a cryptographic crate would be overkill for a cache key that is
/// always verified byte for byte before reuse).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Opens (creating when missing, mode 0700) the cache directory one component at a time without
/// following symbolic links below `$XDG_CACHE_HOME`, and refuses a directory that another user
/// owns or that others may write: whoever can write there could swap the executable memrun is
/// about to run as you.
fn open_cache_dir() -> Result<(OwnedFd, PathBuf), ExecError> {
    let base = cache_base().ok_or_else(|| ExecError::Io {
        op: "find cache directory",
        path: PathBuf::from("$HOME"),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "HOME is not set"),
    })?;
    std::fs::create_dir_all(&base).map_err(|source| ExecError::Io {
        op: "create",
        path: base.clone(),
        source,
    })?;
    let mut fd = open_dir(&base)?;
    let mut path = base;
    let me = rustix::process::geteuid().as_raw();
    for comp in ["memrun", "exe"] {
        path.push(comp);
        match rustix::fs::mkdirat(&fd, comp, Mode::from_raw_mode(0o700)) {
            Ok(()) => {}
            Err(e) if e == rustix::io::Errno::EXIST => {}
            Err(e) => return Err(io_err("create", &path)(e)),
        }
        let next = rustix::fs::openat(
            &fd,
            comp,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(io_err("open", &path))?;
        let st = rustix::fs::fstat(&next).map_err(io_err("stat", &path))?;
        if st.st_uid != me {
            return Err(ExecError::UnsafeCacheDir {
                path,
                why: format!("it is owned by uid {}, not by you (uid {me})", st.st_uid),
            });
        }
        if st.st_mode & 0o022 != 0 {
            return Err(ExecError::UnsafeCacheDir {
                path,
                why: format!("others can write to it (mode {:o})", st.st_mode & 0o7777),
            });
        }
        fd = next;
    }
    Ok((fd, path))
}

/// Opens the cached file `name` in `dir` for exec, if it holds exactly `image`'s bytes, is a
/// regular file (not a link) owned by us and writable by no one else. The checks and the read
/// go through the one descriptor that will be exec'd, so nothing can be swapped in between.
fn open_verified(dir: BorrowedFd<'_>, name: &str, image: &Image) -> Option<OwnedFd> {
    let fd = rustix::fs::openat(
        dir,
        name,
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .ok()?;
    verified(fd, image)
}

/// `fd` if it is a regular file owned by us, executable by us and writable by no one else,
/// holding exactly `image`'s bytes (compared a chunk at a time, not read whole).
fn verified(fd: OwnedFd, image: &Image) -> Option<OwnedFd> {
    let st = rustix::fs::fstat(&fd).ok()?;
    let regular = st.st_mode & 0o170000 == 0o100000;
    if !regular
        || st.st_uid != rustix::process::geteuid().as_raw()
        || st.st_mode & 0o022 != 0
        || st.st_mode & 0o100 == 0
        || st.st_size as u64 != image.len() as u64
    {
        return None;
    }
    let mut f = File::from(fd);
    let mut chunk = vec![0u8; 64 << 10];
    let mut at = 0;
    loop {
        let n = match f.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        };
        if image.bytes().get(at..at + n)? != &chunk[..n] {
            return None;
        }
        at += n;
    }
    (at == image.len()).then(|| OwnedFd::from(f))
}

/// Ensures `image` exists in the cache and returns a descriptor of it, checked byte for byte,
/// ready for `execveat`, plus its path (for messages). The cache is then trimmed to its size
/// limit, least recently run first.
pub fn cached(image: &Image) -> Result<(OwnedFd, PathBuf), ExecError> {
    let (dir, dir_path) = open_cache_dir()?;
    let name = format!("{}-{:016x}", image.name(), fnv1a(image.bytes()));
    let path = dir_path.join(&name);
    let fd = match open_verified(dir.as_fd(), &name, image) {
        Some(fd) => fd,
        None => {
            // The descriptor of the file just written (the name may already be gone again).
            let fd = write_at(dir.as_fd(), OsStr::new(&name), &path, image)?;
            verified(fd, image).ok_or_else(|| ExecError::Io {
                op: "verify",
                path: path.clone(),
                source: std::io::Error::other("the file changed right after it was written"),
            })?
        }
    };
    // The modification time records the last run, for eviction.
    let now = rustix::fs::Timespec {
        tv_sec: 0,
        tv_nsec: rustix::fs::UTIME_NOW,
    };
    let _ = rustix::fs::futimens(
        &fd,
        &rustix::fs::Timestamps {
            last_access: now,
            last_modification: now,
        },
    );
    let max = std::env::var("MEMRUN_CACHE_MAX")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(CACHE_MAX);
    trim_cache(dir.as_fd(), &name, max);
    Ok((fd, path))
}

/// Removes the least recently run executables until the cache holds at most `max` bytes
/// (`keep`, about to run, always stays), and temp files a killed writer left behind.
/// Best effort: a failure leaves a file in place, never fails the run.
fn trim_cache(dir: BorrowedFd<'_>, keep: &str, max: u64) {
    let Ok(entries) = rustix::fs::Dir::read_from(dir) else {
        return;
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut files = Vec::new();
    let mut total = 0u64;
    for entry in entries.flatten() {
        let name = OsStr::from_bytes(entry.file_name().to_bytes()).to_owned();
        if name == "." || name == ".." {
            continue;
        }
        let Ok(st) = rustix::fs::statat(dir, name.as_os_str(), AtFlags::SYMLINK_NOFOLLOW) else {
            continue;
        };
        if st.st_mode & 0o170000 != 0o100000 {
            continue;
        }
        let mtime = st.st_mtime;
        if name.as_bytes().starts_with(b".") {
            if now - mtime > STALE_TEMP.as_secs() as i64 {
                let _ = rustix::fs::unlinkat(dir, name.as_os_str(), AtFlags::empty());
            }
            continue;
        }
        total += st.st_size as u64;
        if name != keep {
            files.push(((mtime, st.st_mtime_nsec), st.st_size as u64, name));
        }
    }
    files.sort();
    for (_, size, name) in files {
        if total <= max {
            break;
        }
        if rustix::fs::unlinkat(dir, name.as_os_str(), AtFlags::empty()).is_ok() {
            total -= size;
        }
    }
}

/// Replaces this process with the verified cached executable `fd` (`execveat` of the
/// descriptor, never of a path someone could swap). Returns only on failure.
pub fn exec_cached(fd: BorrowedFd<'_>, path: &Path, name: &str, args: &[OsString]) -> ExecError {
    let err = super::exec_fd(fd, name, args);
    if let ExecError::Exec {
        errno: nix::errno::Errno::EACCES,
        ..
    } = err
    {
        if let Some(m) = crate::fsinfo::mount_of(path).filter(|m| m.is_noexec()) {
            return ExecError::NoexecMount {
                dir: path.parent().unwrap_or(path).to_owned(),
                mount: m.mount_point,
            };
        }
    }
    err
}
