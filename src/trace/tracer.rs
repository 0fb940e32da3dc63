//! The ptrace driver: follows the whole process tree (fork, vfork, clone), stops at every
//! syscall to see files being created, renamed, removed and memfds being made, records every
//! exec with where its binary lives, and reads `/proc/PID/io` when each process exits.
//!
//! The command is started with `PTRACE_TRACEME` in the child (between fork and exec), so it is
//! traced from its very first instruction with no race, and a command that cannot be started
//! fails at spawn with a plain error. Options are then set on the stopped child exactly as
//! `PTRACE_SEIZE` would set them; descendants are attached automatically by the kernel.

use std::collections::HashMap;
use std::ffi::OsString;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use nix::errno::Errno;
use nix::sys::ptrace::{self, Event, Options};
use nix::sys::signal::Signal;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

use super::{Exec, FileLife, Io, Report, TraceError};
use crate::exec::status::Outcome;
use crate::fsinfo::{self, Storage};

// x86-64 syscall numbers of interest.
const SYS_OPEN: u64 = 2;
const SYS_RENAME: u64 = 82;
const SYS_RMDIR: u64 = 84;
const SYS_CREAT: u64 = 85;
const SYS_LINK: u64 = 86;
const SYS_UNLINK: u64 = 87;
const SYS_LINKAT: u64 = 265;
const SYS_OPENAT: u64 = 257;
const SYS_UNLINKAT: u64 = 263;
const SYS_RENAMEAT: u64 = 264;
const SYS_RENAMEAT2: u64 = 316;
const SYS_MEMFD_CREATE: u64 = 319;
const O_CREAT: u64 = 0o100;
const AT_FDCWD: i64 = -100;

/// What a syscall entry told us, finished at its exit.
#[derive(Default)]
struct Pending {
    nr: u64,
    path: Option<String>,
    path2: Option<String>,
    existed: bool,
    memfd_name: Option<String>,
}

#[derive(Default)]
struct Proc {
    ppid: i32,
    program: String,
    in_syscall: Option<Pending>,
    mem: Option<std::fs::File>,
}

struct Tracer {
    start: Instant,
    procs: HashMap<i32, Proc>,
    execs: Vec<Exec>,
    files: Vec<FileLife>,
    live: HashMap<String, usize>,
    io: Vec<Io>,
}

fn ms(start: Instant) -> f64 {
    (start.elapsed().as_secs_f64() * 1e6).round() / 1e3
}

/// The yama policy, for a clear error when ptrace is refused.
fn ptrace_scope() -> Option<u8> {
    std::fs::read_to_string("/proc/sys/kernel/yama/ptrace_scope")
        .ok()
        .and_then(|s| s.trim().parse().ok())
}

/// Runs `cmd` under ptrace until the whole tree has exited.
pub fn trace(cmd: &[OsString]) -> Result<(Report, Outcome), TraceError> {
    let Some((prog, args)) = cmd.split_first() else {
        return Err(TraceError::NoCommand);
    };
    if ptrace_scope() == Some(3) {
        return Err(TraceError::PtraceDenied(
            "kernel.yama.ptrace_scope = 3".into(),
        ));
    }
    let mut command = Command::new(prog);
    command.args(args);
    crate::sys::trace_me_before_exec(&mut command);
    let start = Instant::now();
    let child = command.spawn().map_err(|source| {
        if source.raw_os_error() == Some(Errno::EPERM as i32) {
            TraceError::PtraceDenied(format!(
                "PTRACE_TRACEME refused; kernel.yama.ptrace_scope = {}",
                ptrace_scope().map_or("?".into(), |s| s.to_string())
            ))
        } else {
            TraceError::Spawn {
                cmd: prog.to_string_lossy().into_owned(),
                source,
            }
        }
    })?;
    let root = Pid::from_raw(child.id() as i32);
    // The child stops with SIGTRAP right after its exec.
    match waitpid(root, None).map_err(TraceError::Ptrace)? {
        WaitStatus::Stopped(_, Signal::SIGTRAP) => {}
        other => {
            return Err(TraceError::PtraceDenied(format!(
                "the command did not stop for the tracer ({other:?})"
            )))
        }
    }
    let opts = Options::PTRACE_O_TRACESYSGOOD
        | Options::PTRACE_O_TRACEEXEC
        | Options::PTRACE_O_TRACEFORK
        | Options::PTRACE_O_TRACEVFORK
        | Options::PTRACE_O_TRACECLONE
        | Options::PTRACE_O_TRACEEXIT
        | Options::PTRACE_O_EXITKILL;
    ptrace::setoptions(root, opts).map_err(TraceError::Ptrace)?;
    let mut t = Tracer {
        start,
        procs: HashMap::new(),
        execs: Vec::new(),
        files: Vec::new(),
        live: HashMap::new(),
        io: Vec::new(),
    };
    t.procs.insert(root.as_raw(), Proc::default());
    t.record_exec(root);
    ptrace::syscall(root, None).map_err(TraceError::Ptrace)?;
    let outcome = t.run(root)?;
    let duration_ms = ms(start);
    for f in &mut t.files {
        f.exists_at_end = !f.path.starts_with("memfd:") && Path::new(&f.path).exists();
    }
    let bytes_to_storage =
        t.io.iter()
            .map(|i| i.write_bytes as i64 - i.cancelled_write_bytes as i64)
            .sum();
    let mut report = Report {
        command: cmd
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect(),
        execs: t.execs,
        files: t.files,
        io: t.io,
        bytes_to_storage,
        duration_ms,
        status: match outcome {
            Outcome::Exited(c) => format!("exit {c}"),
            Outcome::Signaled(s) => format!("signal {}", s.as_str()),
        },
        verdict: String::new(),
    };
    report.verdict = super::report::verdict(&report);
    Ok((report, outcome))
}

impl Tracer {
    fn run(&mut self, root: Pid) -> Result<Outcome, TraceError> {
        let mut outcome = Outcome::Exited(0);
        loop {
            let status = match waitpid(None, Some(WaitPidFlag::__WALL)) {
                Ok(s) => s,
                Err(Errno::ECHILD) => break,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(TraceError::Ptrace(e)),
            };
            match status {
                WaitStatus::Exited(pid, code) => {
                    if pid == root {
                        outcome = Outcome::Exited(code);
                    }
                    self.procs.remove(&pid.as_raw());
                }
                WaitStatus::Signaled(pid, sig, _) => {
                    if pid == root {
                        outcome = Outcome::Signaled(sig);
                    }
                    self.procs.remove(&pid.as_raw());
                }
                WaitStatus::PtraceSyscall(pid) => {
                    self.on_syscall(pid);
                    let _ = ptrace::syscall(pid, None);
                }
                WaitStatus::PtraceEvent(pid, _, ev) => {
                    self.on_event(pid, ev);
                    let _ = ptrace::syscall(pid, None);
                }
                WaitStatus::Stopped(pid, sig) => {
                    // A new child starts with SIGSTOP (auto-attach); swallow that one.
                    let known = self.procs.contains_key(&pid.as_raw());
                    if !known {
                        self.procs.insert(pid.as_raw(), Proc::default());
                    }
                    let inject = if sig == Signal::SIGSTOP && !known {
                        None
                    } else {
                        Some(sig)
                    };
                    let _ = ptrace::syscall(pid, inject);
                }
                _ => {}
            }
        }
        Ok(outcome)
    }

    fn on_event(&mut self, pid: Pid, ev: i32) {
        if ev == Event::PTRACE_EVENT_FORK as i32
            || ev == Event::PTRACE_EVENT_VFORK as i32
            || ev == Event::PTRACE_EVENT_CLONE as i32
        {
            if let Ok(new) = ptrace::getevent(pid) {
                let parent_program = self
                    .procs
                    .get(&pid.as_raw())
                    .map(|p| p.program.clone())
                    .unwrap_or_default();
                let e = self.procs.entry(new as i32).or_default();
                e.ppid = pid.as_raw();
                e.program = parent_program;
            }
        } else if ev == Event::PTRACE_EVENT_EXEC as i32 {
            // After an exec by a non-leader thread the kernel reports the leader's pid.
            let p = self.procs.entry(pid.as_raw()).or_default();
            p.mem = None;
            self.record_exec(pid);
        } else if ev == Event::PTRACE_EVENT_EXIT as i32 {
            self.record_io(pid);
        }
    }

    fn record_io(&mut self, pid: Pid) {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let tgid = status
            .lines()
            .find_map(|l| l.strip_prefix("Tgid:"))
            .and_then(|v| v.trim().parse::<i32>().ok());
        if tgid != Some(pid.as_raw()) {
            return; // a thread; its I/O is summed into the leader's
        }
        let io = std::fs::read_to_string(format!("/proc/{pid}/io")).unwrap_or_default();
        let field = |name: &str| {
            io.lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().parse::<u64>().ok())
                .unwrap_or(0)
        };
        let program = self
            .procs
            .get(&pid.as_raw())
            .map(|p| p.program.clone())
            .unwrap_or_default();
        self.io.push(Io {
            pid: pid.as_raw(),
            program,
            write_bytes: field("write_bytes:"),
            cancelled_write_bytes: field("cancelled_write_bytes:"),
        });
    }

    fn record_exec(&mut self, pid: Pid) {
        let at_ms = ms(self.start);
        let exe = std::fs::read_link(format!("/proc/{pid}/exe"))
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let argv0 = String::from_utf8_lossy(cmdline.split(|&b| b == 0).next().unwrap_or_default())
            .into_owned();
        let meta = std::fs::metadata(format!("/proc/{pid}/exe")).ok();
        let size = meta.as_ref().map_or(0, |m| m.len());
        let privileges_dropped = meta.as_ref().and_then(dropped_privileges);
        let (fs_type, storage, mount_point, mount_source) = if exe.starts_with("/memfd:") {
            (
                "memfd".to_string(),
                Storage::Memfd,
                String::new(),
                String::new(),
            )
        } else {
            let (name, class) = fsinfo::fs_magic(Path::new(&format!("/proc/{pid}/exe")))
                .map(fsinfo::fs_magic_name)
                .unwrap_or(("unknown", Storage::Unknown));
            let mounts = std::fs::read_to_string(format!("/proc/{pid}/mountinfo"))
                .map(|t| fsinfo::parse_mountinfo(&t))
                .unwrap_or_default();
            let clean = exe.trim_end_matches(" (deleted)");
            let m = fsinfo::mount_in(&mounts, Path::new(clean));
            let fs_type = m.as_ref().map_or(name.to_string(), |m| m.fs_type.clone());
            // Mountinfo names the type precisely (overlay's upper dir is still "overlay").
            let class = if class == Storage::Unknown {
                m.as_ref().map_or(class, |m| match m.fs_type.as_str() {
                    "tmpfs" | "ramfs" => Storage::Ram,
                    _ => class,
                })
            } else {
                class
            };
            (
                fs_type,
                class,
                m.as_ref()
                    .map(|m| m.mount_point.display().to_string())
                    .unwrap_or_default(),
                m.map(|m| m.source).unwrap_or_default(),
            )
        };
        let ppid = self.procs.get(&pid.as_raw()).map_or(0, |p| p.ppid);
        if let Some(p) = self.procs.get_mut(&pid.as_raw()) {
            p.program = argv0.clone();
        }
        if let Some(&i) = self.live.get(&exe) {
            if self.files[i].executed_ms.is_none() {
                self.files[i].executed_ms = Some(at_ms);
            }
        }
        self.execs.push(Exec {
            pid: pid.as_raw(),
            ppid,
            argv0,
            exe,
            size,
            fs_type,
            mount_point,
            mount_source,
            storage: storage_word(storage).into(),
            at_ms,
            privileges_dropped,
        });
    }

    /// Reads a NUL-terminated string from the tracee.
    fn read_str(&mut self, pid: Pid, addr: u64) -> Option<String> {
        if addr == 0 {
            return None;
        }
        let p = self.procs.entry(pid.as_raw()).or_default();
        if p.mem.is_none() {
            p.mem = std::fs::File::open(format!("/proc/{pid}/mem")).ok();
        }
        let mem = p.mem.as_ref()?;
        let mut out = Vec::new();
        let mut buf = [0u8; 256];
        let mut at = addr;
        while out.len() < 4096 {
            // Never read across a page boundary: the next page may be unmapped.
            let room = (4096 - (at % 4096)) as usize;
            let n = mem.read_at(&mut buf[..room.min(256)], at).ok()?;
            if n == 0 {
                return None;
            }
            if let Some(z) = buf[..n].iter().position(|&b| b == 0) {
                out.extend_from_slice(&buf[..z]);
                return Some(String::from_utf8_lossy(&out).into_owned());
            }
            out.extend_from_slice(&buf[..n]);
            at += n as u64;
        }
        None
    }

    /// Makes a syscall path absolute, relative to `dirfd` or the process's cwd.
    fn resolve(&mut self, pid: Pid, dirfd: i64, addr: u64) -> Option<String> {
        let path = self.read_str(pid, addr)?;
        if path.starts_with('/') {
            return Some(path);
        }
        let base = if dirfd as i32 as i64 == AT_FDCWD {
            std::fs::read_link(format!("/proc/{pid}/cwd")).ok()?
        } else {
            std::fs::read_link(format!("/proc/{pid}/fd/{}", dirfd as i32)).ok()?
        };
        Some(base.join(path).to_string_lossy().into_owned())
    }

    fn on_syscall(&mut self, pid: Pid) {
        let Ok(regs) = ptrace::getregs(pid) else {
            return;
        };
        let pending = self
            .procs
            .entry(pid.as_raw())
            .or_default()
            .in_syscall
            .take();
        match pending {
            None => {
                let nr = regs.orig_rax;
                let mut p = Pending {
                    nr,
                    ..Pending::default()
                };
                let (a0, a1, a2) = (regs.rdi, regs.rsi, regs.rdx);
                match nr {
                    SYS_OPEN if a1 & O_CREAT != 0 => p.path = self.resolve(pid, AT_FDCWD, a0),
                    SYS_CREAT => p.path = self.resolve(pid, AT_FDCWD, a0),
                    SYS_OPENAT if a2 & O_CREAT != 0 => p.path = self.resolve(pid, a0 as i64, a1),
                    SYS_RENAME => {
                        p.path = self.resolve(pid, AT_FDCWD, a0);
                        p.path2 = self.resolve(pid, AT_FDCWD, a1);
                    }
                    SYS_RENAMEAT | SYS_RENAMEAT2 | SYS_LINKAT => {
                        p.path = self.resolve(pid, a0 as i64, a1);
                        p.path2 = self.resolve(pid, regs.rdx as i64, regs.r10);
                    }
                    SYS_LINK => {
                        p.path = self.resolve(pid, AT_FDCWD, a0);
                        p.path2 = self.resolve(pid, AT_FDCWD, a1);
                    }
                    SYS_UNLINK | SYS_RMDIR => p.path = self.resolve(pid, AT_FDCWD, a0),
                    SYS_UNLINKAT => p.path = self.resolve(pid, a0 as i64, a1),
                    SYS_MEMFD_CREATE => p.memfd_name = self.read_str(pid, a0),
                    _ => {}
                }
                if let Some(path) = &p.path {
                    p.existed = Path::new(path).exists();
                }
                self.procs.entry(pid.as_raw()).or_default().in_syscall = Some(p);
            }
            Some(p) => {
                let ret = regs.rax as i64;
                if ret < 0 {
                    return;
                }
                let now = ms(self.start);
                match p.nr {
                    SYS_OPEN | SYS_CREAT | SYS_OPENAT => {
                        if let (Some(path), false) = (p.path, p.existed) {
                            self.created(pid, path, now);
                        }
                    }
                    SYS_RENAME | SYS_RENAMEAT | SYS_RENAMEAT2 => {
                        if let (Some(from), Some(to)) = (p.path, p.path2) {
                            if let Some(old) = self.live.remove(&to) {
                                self.files[old].removed_ms = Some(now);
                            }
                            if let Some(i) = self.live.remove(&from) {
                                // The file lives on under its new name.
                                self.files[i].path = to.clone();
                                self.live.insert(to, i);
                            }
                        }
                    }
                    SYS_LINK | SYS_LINKAT => {
                        // A second name for a tracked file: executing or removing it by that
                        // name is part of the same file's life.
                        if let (Some(from), Some(to)) = (p.path, p.path2) {
                            if let Some(&i) = self.live.get(&from) {
                                self.live.insert(to, i);
                            }
                        }
                    }
                    SYS_UNLINK | SYS_RMDIR | SYS_UNLINKAT => {
                        if let Some(i) = p.path.and_then(|path| self.live.remove(&path)) {
                            self.files[i].removed_ms = Some(now);
                        }
                    }
                    SYS_MEMFD_CREATE => {
                        let name = p.memfd_name.unwrap_or_default();
                        let i = self.files.len();
                        self.files.push(FileLife {
                            path: format!("memfd:{name}"),
                            created_by: pid.as_raw(),
                            created_ms: now,
                            removed_ms: None,
                            executed_ms: None,
                            exists_at_end: false,
                            storage: "memfd".into(),
                        });
                        self.live.insert(format!("/memfd:{name} (deleted)"), i);
                    }
                    _ => {}
                }
            }
        }
    }

    fn created(&mut self, pid: Pid, path: String, now: f64) {
        if path.starts_with("/proc/") || path.starts_with("/dev/") || path.starts_with("/sys/") {
            return;
        }
        let dir = Path::new(&path).parent().unwrap_or(Path::new("/"));
        let storage = fsinfo::fs_magic(dir)
            .map(|m| storage_word(fsinfo::fs_magic_name(m).1))
            .unwrap_or("unknown");
        let i = self.files.len();
        self.files.push(FileLife {
            path: path.clone(),
            created_by: pid.as_raw(),
            created_ms: now,
            removed_ms: None,
            executed_ms: None,
            exists_at_end: true,
            storage: storage.into(),
        });
        self.live.insert(path, i);
    }
}

/// What a set-user-ID or set-group-ID executable lost by being traced: the kernel ignores those
/// bits when the tracer could not have acquired the privileges itself (no CAP_SYS_PTRACE), so the
/// program ran as the caller and may have behaved unlike an untraced run.
fn dropped_privileges(meta: &std::fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let euid = nix::unistd::geteuid();
    if euid.is_root() {
        return None;
    }
    let mode = meta.mode();
    if mode & 0o4000 != 0 && meta.uid() != euid.as_raw() {
        return Some(format!("set-user-ID (uid {})", meta.uid()));
    }
    if mode & 0o2010 == 0o2010 && meta.gid() != nix::unistd::getegid().as_raw() {
        return Some(format!("set-group-ID (gid {})", meta.gid()));
    }
    None
}

fn storage_word(s: Storage) -> &'static str {
    match s {
        Storage::Memfd => "memfd",
        Storage::Ram => "ram",
        Storage::Disk => "disk",
        Storage::Unknown => "unknown",
    }
}
