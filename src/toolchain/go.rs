//! The installed Go toolchain as a compiler: `go build -o /proc/PID/fd/N` writes the executable
//! straight into a memfd of ours, and `GOTMPDIR` on a tmpfs keeps Go's work files (including the
//! linker's `a.out`) in RAM too.

use std::io::{Read, Seek};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::ToolchainError;
use crate::compile::SourceFile;
use crate::exec::status::Outcome;

/// The `go` binary: `$MEMRUN_GO`, else the first `go` on `PATH`.
pub fn find() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MEMRUN_GO").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("go"))
        .find(|p| rustix::fs::access(p, rustix::fs::Access::EXEC_OK).is_ok() && p.is_file())
}

/// `/dev/shm` when it is a writable RAM filesystem: where Go's work files and a copy of
/// in-memory source go, so they stay off the disk.
fn ram_dir() -> Option<PathBuf> {
    let shm = Path::new("/dev/shm");
    crate::fsinfo::is_writable_ram_dir(shm).then(|| shm.to_owned())
}

/// Where Go should keep its work directory: the RAM directory when the user has not chosen
/// (`GOTMPDIR` already set wins).
fn gotmpdir() -> Option<PathBuf> {
    if std::env::var_os("GOTMPDIR").is_some() {
        return None;
    }
    ram_dir()
}

/// Builds source held in memory (`memrun run -`, `-e`): the Go toolchain reads files, so the
/// source is written into a private directory (0700) on a RAM filesystem when one is writable
/// (`/dev/shm`), else in the temp directory, and the directory is removed on every way out —
/// success, a compile error, or an interrupt (SIGINT, SIGTERM, SIGHUP and SIGQUIT wait until the
/// directory is gone, then act).
pub fn build_in_memory(file: &SourceFile, name: &str) -> Result<Vec<u8>, ToolchainError> {
    let root = ram_dir().unwrap_or_else(crate::exec::tmpdisk::tmp_root);
    let go = find().ok_or(ToolchainError::GoMissing)?;
    // The module's language version is the toolchain's own, as for a file in a fresh module:
    // `go1.27.3`, `go1.27.3 X:boringcrypto` or `devel go1.28-…` all give their `1.N[.P]`.
    let reported = Command::new(&go)
        .args(["env", "GOVERSION"])
        .env("GOWORK", "off")
        .stdin(Stdio::null())
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .unwrap_or_default();
    let version = reported
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.strip_prefix("go"))
        .map(|v| {
            v.chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
        })
        .find(|v| v.starts_with("1.") && v.len() > 2)
        .ok_or_else(|| ToolchainError::GoVersion(reported.trim().to_owned()))?;
    let blocked = crate::exec::tmpdisk::BlockedSignals::new()?;
    let dir = crate::exec::tmpdisk::TempDir::new(&root)?;
    let stem = file.name.trim_matches(|c| c == '<' || c == '>');
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).map_err(|source| {
            ToolchainError::Exec(crate::exec::ExecError::Io {
                op: "write",
                path,
                source,
            })
        })
    };
    write(&format!("{stem}.go"), &file.bytes)?;
    // A module of its own: without it, Go would look for go.mod and go.work upward, in
    // /dev/shm or /tmp, where anyone can plant one (and a `replace` directive in it).
    write(
        "go.mod",
        format!("module {stem}\n\ngo {version}\n").as_bytes(),
    )?;
    let result = build_in(
        Path::new(&format!("{stem}.go")),
        Some(dir.path()),
        name,
        Some((&blocked, &file.name)),
    );
    drop(dir);
    drop(blocked);
    result
}

/// Builds `target` with `go build` into a memfd and returns the executable's bytes.
pub fn build(target: &Path, name: &str) -> Result<Vec<u8>, ToolchainError> {
    build_in(target, None, name, None)
}

/// [`build`], with `go build` run in `cwd` (a private module: no workspace) when given. For
/// source from memory, `memory` holds the signals memrun blocks meanwhile (passed on to Go as
/// they come) and the name diagnostics give the source (`<stdin>`): Go's messages about the
/// temporary `stdin.go` are shown with that name, as the built-in compiler's are.
fn build_in(
    target: &Path,
    cwd: Option<&Path>,
    name: &str,
    memory: Option<(&crate::exec::tmpdisk::BlockedSignals, &str)>,
) -> Result<Vec<u8>, ToolchainError> {
    let go = find().ok_or(ToolchainError::GoMissing)?;
    // Only a buffer: the bytes are read back and take the chosen exec path from there, so it is
    // created non-executable, which even `vm.memfd_noexec = 2` allows.
    let fd = crate::exec::memfd::create_buffer(name)?;
    // Go opens this path itself; through /proc it reaches our memfd even though the descriptor
    // is close-on-exec, so no descriptor has to be smuggled into the child.
    let out = format!("/proc/{}/fd/{}", std::process::id(), fd.as_raw_fd());
    let mut cmd = Command::new(&go);
    cmd.arg("build").arg("-o").arg(&out).arg(target);
    cmd.stdin(Stdio::null());
    if let Some(dir) = cwd {
        cmd.current_dir(dir).env("GOWORK", "off");
    }
    if let Some(dir) = gotmpdir() {
        cmd.env("GOTMPDIR", dir);
    }
    let spawn_err = |source| ToolchainError::GoSpawn {
        path: go.clone(),
        source,
    };
    let outcome = match memory {
        // std's spawn gives the child an empty signal mask, so Go itself is interruptible.
        Some((blocked, shown)) => {
            let mut child = cmd.stderr(Stdio::piped()).spawn().map_err(spawn_err)?;
            let mut stderr = child.stderr.take().expect("piped");
            // Read while Go runs (a full pipe would stall it).
            let reader = std::thread::spawn(move || {
                let mut text = Vec::new();
                let _ = stderr.read_to_end(&mut text);
                text
            });
            let pid = nix::unistd::Pid::from_raw(child.id() as i32);
            let outcome = crate::exec::tmpdisk::wait_forwarding(pid, blocked.set());
            let text = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
            let file = target.display().to_string();
            let renamed: String = text
                .lines()
                .map(|l| {
                    let l = l.replacen(&format!("./{file}:"), &format!("{shown}:"), 1);
                    format!("{l}\n")
                })
                .collect();
            eprint!("{renamed}");
            outcome?
        }
        None => {
            use std::os::unix::process::ExitStatusExt;
            let status = cmd.status().map_err(spawn_err)?;
            match (status.code(), status.signal()) {
                (Some(c), _) => Outcome::Exited(c),
                (None, Some(s)) => nix::sys::signal::Signal::try_from(s)
                    .map(Outcome::Signaled)
                    .unwrap_or(Outcome::Exited(1)),
                _ => Outcome::Exited(1),
            }
        }
    };
    if outcome != Outcome::Exited(0) {
        return Err(ToolchainError::GoFailed(outcome));
    }
    let mut file = std::fs::File::from(fd);
    file.rewind().map_err(ToolchainError::ReadBack)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(ToolchainError::ReadBack)?;
    Ok(bytes)
}
