//! `memrun trace`: run a command under ptrace and report where every binary it executed really
//! lived (memfd, RAM filesystem or disk), when those files were created and removed, and how
//! many bytes the process tree sent to the storage layer.
//!
//! The driver ([`tracer`]) collects facts; [`report`] turns them into a table, JSON and a verdict.

pub mod report;
pub mod tracer;

use serde::Serialize;

pub use tracer::trace;

/// Why a trace could not run.
#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    /// Nothing to run.
    #[error("no command given")]
    NoCommand,
    /// The command could not be started.
    #[error("cannot run {cmd}: {source}")]
    Spawn {
        /// The command.
        cmd: String,
        /// The error.
        source: std::io::Error,
    },
    /// ptrace is forbidden here.
    #[error("ptrace is not allowed here ({0})")]
    PtraceDenied(String),
    /// A ptrace or wait call failed.
    #[error("tracing failed: {0}")]
    Ptrace(nix::errno::Errno),
    /// Writing the report failed.
    #[error("writing the report to {path}: {source}")]
    Output {
        /// Where.
        path: std::path::PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

impl TraceError {
    /// The exit status a shell gives for the same failure: 127 for a command that is not
    /// there, 126 for one that cannot be executed; 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            TraceError::Spawn { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => 127,
                _ => 126,
            },
            _ => 1,
        }
    }

    /// A one-line hint, where one helps.
    pub fn hint(&self) -> Option<String> {
        match self {
            TraceError::PtraceDenied(_) => Some(
                "kernel.yama.ptrace_scope forbids it (3 = no ptrace at all; 2 = only with CAP_SYS_PTRACE); a container may also drop ptrace with seccomp".into(),
            ),
            TraceError::Spawn { source, .. }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                Some("check that the file is executable (chmod +x) and its mount allows exec".into())
            }
            TraceError::Spawn { .. } => Some("check the command name and your PATH".into()),
            _ => None,
        }
    }
}

/// One successful exec in the traced tree.
#[derive(Debug, Clone, Serialize)]
pub struct Exec {
    /// Process id.
    pub pid: i32,
    /// Parent process id (0 for the traced command itself).
    pub ppid: i32,
    /// argv[0] of the new program.
    pub argv0: String,
    /// `/proc/PID/exe` as the kernel sees it.
    pub exe: String,
    /// Size of the executable in bytes.
    pub size: u64,
    /// Filesystem type (`ext4`, `tmpfs`, `memfd`, …).
    pub fs_type: String,
    /// Mount point holding it (empty for memfds).
    pub mount_point: String,
    /// Mount source (device).
    pub mount_source: String,
    /// `memfd`, `ram`, `disk` or `unknown`.
    pub storage: String,
    /// Milliseconds since the trace started.
    pub at_ms: f64,
    /// Set when the executable is set-user-ID or set-group-ID and ran without those privileges
    /// because it was traced (what it would have been: `set-user-ID (uid 0)`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileges_dropped: Option<String>,
}

/// The life of a file created in the tree.
#[derive(Debug, Clone, Serialize)]
pub struct FileLife {
    /// Path (or `memfd:NAME`).
    pub path: String,
    /// Who created it.
    pub created_by: i32,
    /// When (ms since start).
    pub created_ms: f64,
    /// When it was removed (unlinked, or renamed away), if it was.
    pub removed_ms: Option<f64>,
    /// When it was executed, if it was.
    pub executed_ms: Option<f64>,
    /// Whether the file still exists when the command ends.
    pub exists_at_end: bool,
    /// `memfd`, `ram`, `disk` or `unknown`.
    pub storage: String,
}

/// Storage-layer accounting of one process (`/proc/PID/io` at its exit).
#[derive(Debug, Clone, Serialize)]
pub struct Io {
    /// Process id.
    pub pid: i32,
    /// Its program (argv[0] of its last exec).
    pub program: String,
    /// Bytes it caused to be sent to the storage layer.
    pub write_bytes: u64,
    /// Of those, bytes cancelled before reaching it (truncated or deleted dirty pages).
    pub cancelled_write_bytes: u64,
}

/// Everything one trace found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The traced command.
    pub command: Vec<String>,
    /// Every successful exec, in order.
    pub execs: Vec<Exec>,
    /// Files created in the tree (regular files and memfds), with their lifetimes.
    pub files: Vec<FileLife>,
    /// Per-process storage accounting.
    pub io: Vec<Io>,
    /// Σ write_bytes − cancelled_write_bytes over the tree.
    pub bytes_to_storage: i64,
    /// Wall time of the whole command in ms.
    pub duration_ms: f64,
    /// How the traced command ended: `exit N` or `signal NAME`.
    pub status: String,
    /// One or two plain sentences.
    pub verdict: String,
}
