//! The memfd path: the image goes into an anonymous, sealed memory file and is exec'd from its
//! descriptor. No filesystem is touched; the memory is freed when the last reference (the running
//! program's mapping) goes away.

use std::ffi::OsString;
use std::io::Write;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

use nix::errno::Errno;
use rustix::fs::{MemfdFlags, SealFlags};

use super::ExecError;
use crate::Image;

/// The seals that make the image immutable: no write, grow or shrink, and no unsealing.
pub const SEALS: SealFlags = SealFlags::WRITE
    .union(SealFlags::GROW)
    .union(SealFlags::SHRINK)
    .union(SealFlags::SEAL);

/// Images at least this large are filled through a huge-page mapping when the kernel allows it.
const HUGE_FILL_MIN: usize = 2 << 20;

/// True when shmem transparent huge pages are available on request (`shmem_enabled` = advise).
/// With `always`/`within_size` plain writes already get them; with `never` nothing can.
fn shmem_thp_advise() -> bool {
    std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/shmem_enabled")
        .is_ok_and(|s| s.contains("[advise]"))
}

/// Reads `/proc/sys/vm/memfd_noexec` (0 when the kernel predates it).
pub fn noexec_policy() -> u8 {
    std::fs::read_to_string("/proc/sys/vm/memfd_noexec")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// Creates an executable memfd named `name`. `cloexec` is false only when a child must inherit it.
pub fn create(name: &str, cloexec: bool) -> Result<OwnedFd, ExecError> {
    // The `vm.memfd_noexec` policy is only read to explain a refusal: with 2, the kernel rejects
    // MFD_EXEC with EACCES, so a successful create never needs the sysctl (one file read less on
    // every run).
    // memfd names are limited to 249 bytes; cut on a char boundary.
    let mut end = name.len().min(249);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let name = &name[..end];
    let mut flags = MemfdFlags::ALLOW_SEALING | MemfdFlags::EXEC;
    if cloexec {
        flags |= MemfdFlags::CLOEXEC;
    }
    match rustix::fs::memfd_create(name, flags) {
        Ok(fd) => Ok(fd),
        // Kernels before 6.3 do not know MFD_EXEC; their memfds are executable anyway.
        Err(e) if e == rustix::io::Errno::INVAL => {
            rustix::fs::memfd_create(name, flags - MemfdFlags::EXEC)
                .map_err(|e| ExecError::MemfdCreate(Errno::from_raw(e.raw_os_error())))
        }
        Err(e) if e == rustix::io::Errno::ACCESS => {
            Err(ExecError::MemfdNoexec(noexec_policy().max(2)))
        }
        Err(e) => Err(ExecError::MemfdCreate(Errno::from_raw(e.raw_os_error()))),
    }
}

/// Creates a memfd that only holds bytes, never executed (`MFD_NOEXEC_SEAL`): the buffer the Go
/// toolchain writes its output into. Every `vm.memfd_noexec` policy allows it; kernels before
/// 6.3, which know no exec flags, get a plain memfd.
pub fn create_buffer(name: &str) -> Result<OwnedFd, ExecError> {
    let flags = MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING;
    let errno = |e: rustix::io::Errno| ExecError::MemfdCreate(Errno::from_raw(e.raw_os_error()));
    match rustix::fs::memfd_create(name, flags | MemfdFlags::NOEXEC_SEAL) {
        Err(e) if e == rustix::io::Errno::INVAL => {
            rustix::fs::memfd_create(name, flags).map_err(errno)
        }
        other => other.map_err(errno),
    }
}

/// Writes the whole image into a fresh memfd and seals it.
pub fn create_sealed(image: &Image) -> Result<OwnedFd, ExecError> {
    let fd = create(image.name(), true)?;
    let mut file = std::fs::File::from(fd);
    if image.len() >= HUGE_FILL_MIN && shmem_thp_advise() {
        file.set_len(image.len() as u64)
            .map_err(ExecError::MemfdWrite)?;
        crate::sys::fill_with_huge_pages(file.as_fd(), image.bytes())
            .map_err(|e| ExecError::MemfdWrite(e.into()))?;
    } else {
        file.write_all(image.bytes())
            .map_err(ExecError::MemfdWrite)?;
    }
    rustix::fs::fcntl_add_seals(&file, SEALS)
        .map_err(|e| ExecError::MemfdWrite(std::io::Error::from_raw_os_error(e.raw_os_error())))?;
    Ok(OwnedFd::from(file))
}

/// Replaces this process with the program in the memfd `fd`, explaining a refusal by the
/// `vm.memfd_noexec` policy. Returns only on failure.
pub fn exec_fd(fd: BorrowedFd<'_>, name: &str, args: &[OsString]) -> ExecError {
    let err = super::exec_fd(fd, name, args);
    if let ExecError::Exec {
        errno: Errno::EACCES | Errno::EPERM,
        ..
    } = err
    {
        let policy = noexec_policy();
        if policy >= 2 {
            return ExecError::MemfdNoexec(policy);
        }
    }
    err
}

/// The memfd path as a child process (for benchmarks): fill, seal, spawn it through
/// `/proc/self/fd/N` (resolved by the child before its exec closes the descriptor), wait.
pub fn spawn(image: &Image, args: &[OsString]) -> Result<super::status::Outcome, ExecError> {
    let fd = create_sealed(image)?;
    let path = format!("/proc/self/fd/{}", std::os::fd::AsRawFd::as_raw_fd(&fd));
    let out = super::spawn_wait(std::path::Path::new(&path), image.name(), args);
    drop(fd);
    out
}

/// The memfd path for `run` and `exec`: fill, seal and exec in place. Returns only on failure.
pub fn exec_in_place(image: &Image, args: &[OsString]) -> ExecError {
    match create_sealed(image) {
        Ok(fd) => exec_fd(fd.as_fd(), image.name(), args),
        Err(e) => e,
    }
}
