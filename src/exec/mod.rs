//! The three ways an [`Image`](crate::Image) becomes a running program or a file:
//! [`memfd`] (exec from an anonymous sealed memory file, in place), [`tmpdisk`] (what `go run`
//! does: a private temp directory, spawn, wait, remove) and [`persistent`] (an atomic write of a
//! real executable).

pub mod memfd;
pub mod persistent;
pub mod status;
pub mod tmpdisk;

use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use std::os::fd::BorrowedFd;

use nix::errno::Errno;
use nix::fcntl::AtFlags;
use nix::spawn::{posix_spawn, PosixSpawnAttr, PosixSpawnFileActions, PosixSpawnFlags};
use nix::sys::signal::{SigSet, SigmaskHow, Signal};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;

use status::Outcome;

/// Which exec path `run` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Via {
    /// Anonymous sealed memfd, exec'd in place (the default).
    #[default]
    Memfd,
    /// Private temp directory on disk, spawn and wait, as `go run` does.
    Tmp,
    /// A persistent file in memrun's cache directory, exec'd in place.
    File,
}

/// Why an exec path failed.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    /// The `vm.memfd_noexec` policy forbids executing memfds.
    #[error("executing from a memfd is forbidden here (vm.memfd_noexec = {0})")]
    MemfdNoexec(u8),
    /// `memfd_create` failed.
    #[error("memfd_create failed: {0}")]
    MemfdCreate(Errno),
    /// Writing or sealing the memfd failed.
    #[error("filling the memfd failed: {0}")]
    MemfdWrite(std::io::Error),
    /// `execveat`/`execve` failed.
    #[error("exec of {name} failed: {errno}")]
    Exec {
        /// Program name.
        name: String,
        /// What the kernel said.
        errno: Errno,
    },
    /// The temp directory's mount forbids exec.
    #[error("cannot execute from {dir}: {mount} is mounted noexec")]
    NoexecMount {
        /// The temp directory tried.
        dir: PathBuf,
        /// Its mount point.
        mount: PathBuf,
    },
    /// An argument or environment string contains a NUL byte.
    #[error("argument or environment entry contains a NUL byte: {0:?}")]
    Nul(OsString),
    /// A filesystem operation failed.
    #[error("{op} {path}: {source}")]
    Io {
        /// What we were doing (`create`, `write`, `rename`, …).
        op: &'static str,
        /// On what.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Spawning the child failed.
    #[error("cannot start {path}: {source}")]
    Spawn {
        /// The file we tried to run.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Waiting for the child or handling signals failed.
    #[error("waiting for the program failed: {0}")]
    Wait(Errno),
    /// `build -o` would overwrite something that is not a program.
    #[error("{0} already exists and is not an ELF executable; refusing to overwrite it")]
    WouldClobber(PathBuf),
    /// `build -o` names a directory.
    #[error("{0} is a directory")]
    IsDirectory(PathBuf),
    /// The output path is a device (other than `/dev/null`), a FIFO or a socket.
    #[error("{path} is {kind}, not a file; refusing to replace it with the program")]
    NotRegularFile {
        /// The output path.
        path: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// The `--via file` cache directory could be written by someone else.
    #[error("refusing the cache directory {path}: {why}")]
    UnsafeCacheDir {
        /// The directory.
        path: PathBuf,
        /// Who else controls it.
        why: String,
    },
}

impl ExecError {
    /// A one-line hint for the user, where one helps.
    pub fn hint(&self) -> Option<String> {
        let io_kind = |e: &std::io::Error| e.raw_os_error().map(Errno::from_raw);
        match self {
            ExecError::MemfdNoexec(_) => Some(
                "run through a file instead: `--via tmp` (a private temp file, as `go run` does) or `--via file` (memrun's cache); `memrun build` still works (or lower the sysctl vm.memfd_noexec)".into(),
            ),
            ExecError::Exec { errno: Errno::EACCES | Errno::EPERM, .. } => Some(
                "a security policy (vm.memfd_noexec, an LSM or a seccomp filter) forbids this exec; try `--via tmp`".into(),
            ),
            ExecError::Exec { errno: Errno::E2BIG, .. } => {
                Some("the argument list and environment are too long".into())
            }
            ExecError::NoexecMount { .. } => Some(
                "the default memfd path needs no filesystem: drop `--via tmp`, or set MEMRUN_TMPDIR to an exec-able directory".into(),
            ),
            ExecError::Io { source, .. } | ExecError::MemfdWrite(source) => match io_kind(source) {
                Some(Errno::ENOSPC) | Some(Errno::EDQUOT) => {
                    Some("the filesystem is full; free some space or write elsewhere".into())
                }
                Some(Errno::EROFS) => Some("that filesystem is mounted read-only".into()),
                Some(Errno::EACCES) | Some(Errno::EPERM) => {
                    Some("check the directory's permissions".into())
                }
                _ => None,
            },
            ExecError::WouldClobber(_) | ExecError::NotRegularFile { .. } | ExecError::IsDirectory(_) => {
                Some("choose another output name with -o".into())
            }
            ExecError::UnsafeCacheDir { path, .. } => Some(format!(
                "someone else could swap the program run from it; use a directory of your own (XDG_CACHE_HOME), or `chmod 700 {}` if it is yours",
                path.display()
            )),
            _ => None,
        }
    }
}

/// Starts `path` as a child with `posix_spawn` and returns its pid. `dir` is where the file lives
/// (to name a `noexec` mount in the error); `mask` is the signal mask the child starts with.
pub(crate) fn spawn(
    path: &Path,
    name: &str,
    args: &[OsString],
    dir: &Path,
    mask: &SigSet,
) -> Result<Pid, ExecError> {
    let argv = argv(name, args)?;
    let envp = envp()?;
    // posix_spawn: no page-table copy of a large parent (unlike fork), and the child starts with
    // the signal mask memrun was given (not the one blocking signals for the wait below) and
    // SIGPIPE back at its default (the Rust runtime ignores it).
    let spawn_err = |e: Errno| ExecError::Spawn {
        path: path.to_owned(),
        source: e.into(),
    };
    let mut attr = PosixSpawnAttr::init().map_err(spawn_err)?;
    attr.set_sigmask(mask).map_err(spawn_err)?;
    let mut dfl = SigSet::empty();
    dfl.add(Signal::SIGPIPE);
    attr.set_sigdefault(&dfl).map_err(spawn_err)?;
    attr.set_flags(
        PosixSpawnFlags::POSIX_SPAWN_SETSIGMASK | PosixSpawnFlags::POSIX_SPAWN_SETSIGDEF,
    )
    .map_err(spawn_err)?;
    let actions = PosixSpawnFileActions::init().map_err(spawn_err)?;
    let mut tries = 0;
    loop {
        match posix_spawn(path, &actions, &attr, &argv, &envp) {
            Ok(pid) => return Ok(pid),
            // A process that forked while we held the file open for writing may still have it
            // open for a moment (the classic fork-while-writing race): ETXTBSY. Retry briefly.
            Err(Errno::ETXTBSY) if tries < 20 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(1 << tries.min(5)));
            }
            Err(Errno::EACCES) => {
                if let Some(m) = crate::fsinfo::mount_of(dir).filter(|m| m.is_noexec()) {
                    return Err(ExecError::NoexecMount {
                        dir: dir.to_owned(),
                        mount: m.mount_point,
                    });
                }
                return Err(spawn_err(Errno::EACCES));
            }
            Err(e) => return Err(spawn_err(e)),
        }
    }
}

/// Spawns `path` and waits for it (no signal forwarding): for benchmarks and tools that measure
/// a child rather than become it.
pub fn spawn_wait(path: &Path, name: &str, args: &[OsString]) -> Result<Outcome, ExecError> {
    let mut mask = SigSet::empty();
    nix::sys::signal::sigprocmask(SigmaskHow::SIG_BLOCK, None, Some(&mut mask))
        .map_err(ExecError::Wait)?;
    let dir = path.parent().unwrap_or(Path::new("/"));
    let pid = spawn(path, name, args, dir, &mask)?;
    loop {
        match waitpid(pid, None) {
            Ok(WaitStatus::Exited(_, code)) => return Ok(Outcome::Exited(code)),
            Ok(WaitStatus::Signaled(_, sig, _)) => return Ok(Outcome::Signaled(sig)),
            Ok(_) | Err(Errno::EINTR) => {}
            Err(e) => return Err(ExecError::Wait(e)),
        }
    }
}

/// Replaces this process with the executable open at `fd` (`execveat(fd, "", …,
/// AT_EMPTY_PATH)`), with memrun's environment and default signal dispositions. Returns only on
/// failure.
pub(crate) fn exec_fd(fd: BorrowedFd<'_>, name: &str, args: &[OsString]) -> ExecError {
    let (argv, envp) = match (argv(name, args), envp()) {
        (Ok(a), Ok(e)) => (a, e),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    crate::sys::restore_default_signals();
    match nix::unistd::execveat(fd, c"", &argv, &envp, AtFlags::AT_EMPTY_PATH) {
        Ok(never) => match never {},
        Err(errno) => ExecError::Exec {
            name: name.to_owned(),
            errno,
        },
    }
}

/// Turns an `OsStr` into a C string for `execve`, refusing interior NULs.
pub(crate) fn cstring(s: &OsStr) -> Result<CString, ExecError> {
    CString::new(s.as_bytes()).map_err(|_| ExecError::Nul(s.to_owned()))
}

/// `argv` for the program: its name followed by the user's arguments.
pub(crate) fn argv(name: &str, args: &[OsString]) -> Result<Vec<CString>, ExecError> {
    std::iter::once(OsStr::new(name))
        .chain(args.iter().map(OsString::as_os_str))
        .map(cstring)
        .collect()
}

/// memrun's own environment, passed unchanged to the program.
pub(crate) fn envp() -> Result<Vec<CString>, ExecError> {
    std::env::vars_os()
        .map(|(k, v)| {
            let mut kv = k;
            kv.push("=");
            kv.push(v);
            cstring(&kv)
        })
        .collect()
}
