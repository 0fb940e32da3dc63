//! The tmp-disk path, what `go run` does: a private directory under the temp dir, the image
//! written to a file in it, spawned, waited for, and the directory removed.
//!
//! Unlike `go run`, the child's exit status is mirrored exactly (see [`super::status`]), signals
//! sent to memrun with `kill` are forwarded, and the directory is removed on every path out,
//! including SIGINT/SIGTERM/SIGHUP/SIGQUIT (they are blocked and read from a signalfd, so they
//! cannot kill memrun before it cleans up).

use std::ffi::OsString;
use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::sys::signal::{SigSet, SigmaskHow, Signal};
use nix::sys::signalfd::SignalFd;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

use super::status::Outcome;
use super::ExecError;
use crate::Image;

/// The signals forwarded to the child.
const FORWARDED: [Signal; 4] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
];

/// `si_code` of a signal the kernel generated itself (e.g. the terminal's Ctrl-C, which the whole
/// foreground process group already receives, child included).
const SI_KERNEL: i32 = 0x80;

/// The temp root: `$MEMRUN_TMPDIR`, else `$TMPDIR`, else `/tmp`.
pub fn tmp_root() -> PathBuf {
    ["MEMRUN_TMPDIR", "TMPDIR"]
        .iter()
        .filter_map(std::env::var_os)
        .find(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp"))
}

/// A private directory (mode 0700) removed with its contents when dropped.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    /// Creates `ROOT/memrun-XXXXXX`.
    pub(crate) fn new(root: &Path) -> Result<TempDir, ExecError> {
        let template = root.join("memrun-XXXXXX");
        nix::unistd::mkdtemp(&template)
            .map(TempDir)
            .map_err(|e| ExecError::Io {
                op: "create temp directory in",
                path: root.to_owned(),
                source: e.into(),
            })
    }
}

impl TempDir {
    /// The directory.
    pub(crate) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Blocks the forwarded signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) and SIGCHLD for the life of
/// the guard: one that arrives meanwhile stays pending, and acts once the guard (dropped after
/// the cleanup it protects) restores the old mask.
pub(crate) struct BlockedSignals {
    set: SigSet,
    old: SigSet,
}

impl BlockedSignals {
    /// The signals blocked.
    pub(crate) fn set(&self) -> &SigSet {
        &self.set
    }

    /// Blocks them.
    pub(crate) fn new() -> Result<BlockedSignals, ExecError> {
        let mut set = SigSet::empty();
        for s in FORWARDED {
            set.add(s);
        }
        set.add(Signal::SIGCHLD);
        let mut old = SigSet::empty();
        nix::sys::signal::sigprocmask(SigmaskHow::SIG_BLOCK, Some(&set), Some(&mut old))
            .map_err(ExecError::Wait)?;
        Ok(BlockedSignals { set, old })
    }
}

impl Drop for BlockedSignals {
    fn drop(&mut self) {
        let _ = nix::sys::signal::sigprocmask(SigmaskHow::SIG_SETMASK, Some(&self.old), None);
    }
}

/// Writes `image` to a fresh private temp directory, runs it with `args`, waits, removes the
/// directory, and returns the child's status for the caller to mirror.
pub fn run(image: &Image, args: &[OsString]) -> Result<Outcome, ExecError> {
    run_in(&tmp_root(), image, args)
}

/// As [`run`], under an explicit temp root.
pub fn run_in(root: &Path, image: &Image, args: &[OsString]) -> Result<Outcome, ExecError> {
    // Block first: a signal between mkdtemp and the end of the wait must not kill us before the
    // directory is gone.
    let blocked = BlockedSignals::new()?;
    let dir = TempDir::new(root)?;
    let path = dir.0.join(image.name());
    write_exe(&path, image.bytes())?;
    let pid = super::spawn(&path, image.name(), args, &dir.0, &blocked.old)?;
    let status = wait_forwarding(pid, &blocked.set);
    drop(dir);
    drop(blocked);
    status
}

fn write_exe(path: &Path, bytes: &[u8]) -> Result<(), ExecError> {
    let io = |op, source| ExecError::Io {
        op,
        path: path.to_owned(),
        source,
    };
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o700)
        .open(path)
        .map_err(|e| io("create", e))?;
    f.write_all(bytes).map_err(|e| io("write", e))?;
    Ok(())
}

/// Waits for child `pid`, passing on the blocked signals in `set` that someone sent to memrun
/// alone (the terminal's Ctrl-C already reached the child's whole process group), and returns
/// how the child ended.
pub(crate) fn wait_forwarding(pid: Pid, set: &SigSet) -> Result<Outcome, ExecError> {
    let sfd = SignalFd::new(set).map_err(ExecError::Wait)?;
    loop {
        // The child may have exited before the signalfd existed; check before every read.
        match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(_, code)) => return Ok(Outcome::Exited(code)),
            Ok(WaitStatus::Signaled(_, sig, _)) => return Ok(Outcome::Signaled(sig)),
            Ok(_) | Err(Errno::EINTR) => {}
            Err(e) => return Err(ExecError::Wait(e)),
        }
        let info = match sfd.read_signal() {
            Ok(Some(info)) => info,
            Ok(None) | Err(Errno::EINTR) => continue,
            Err(e) => return Err(ExecError::Wait(e)),
        };
        let Ok(sig) = Signal::try_from(info.ssi_signo as i32) else {
            continue;
        };
        if sig != Signal::SIGCHLD && info.ssi_code != SI_KERNEL {
            let _ = nix::sys::signal::kill(pid, sig);
        }
    }
}
