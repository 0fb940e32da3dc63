//! The only module allowed `unsafe`: signal dispositions, which nix exposes as unsafe because a
//! handler could break async-signal safety. We only ever install `SIG_DFL`, which cannot.

#![allow(unsafe_code)]

use nix::sys::signal::{self, SigHandler, SigSet, SigmaskHow, Signal};

/// Puts back the default disposition of the signals the Rust runtime changes at start-up
/// (`SIGPIPE` is set to ignored), so a program exec'd in place inherits what a shell would give it.
/// Ignored dispositions survive `execve`; a Go program started with `SIGPIPE` ignored behaves
/// differently on a closed pipe.
pub fn restore_default_signals() {
    // SAFETY: installing SIG_DFL runs no code of ours in signal context.
    let _ = unsafe { signal::signal(Signal::SIGPIPE, SigHandler::SigDfl) };
}

/// Terminates this process by `sig`, so that our parent sees exactly the status a child of ours
/// died with. Core dumps are suppressed: the child already dumped (or not) on its own.
pub fn die_by_signal(sig: Signal) -> ! {
    let _ = nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_CORE, 0, 0);
    // SAFETY: installing SIG_DFL runs no code of ours in signal context.
    let _ = unsafe { signal::signal(sig, SigHandler::SigDfl) };
    let mut set = SigSet::empty();
    set.add(sig);
    let _ = signal::sigprocmask(SigmaskHow::SIG_UNBLOCK, Some(&set), None);
    let _ = signal::raise(sig);
    // Signals whose default action is not to terminate (or SIGSTOP-like) end up here.
    std::process::exit(128 + sig as i32)
}

/// Makes the child of `cmd` ask to be traced by its parent between fork and exec, so the
/// tracer sees the command from its first instruction.
pub fn trace_me_before_exec(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs in the forked child before exec and only makes the
    // PTRACE_TRACEME syscall, which is async-signal-safe and touches no memory of ours.
    unsafe {
        cmd.pre_exec(|| nix::sys::ptrace::traceme().map_err(std::io::Error::from));
    }
}

/// Copies `bytes` into the memory file `fd` (already sized to `bytes.len()`) through a shared
/// mapping advised to use transparent huge pages: with `shmem_enabled=advise`, this is the only
/// way a memfd gets 2 MiB folios, and filling one is then ~4× faster than `write(2)`.
pub fn fill_with_huge_pages(fd: std::os::fd::BorrowedFd<'_>, bytes: &[u8]) -> nix::Result<()> {
    use nix::sys::mman::{madvise, mmap, munmap, MapFlags, MmapAdvise, ProtFlags};
    let Some(len) = std::num::NonZeroUsize::new(bytes.len()) else {
        return Ok(());
    };
    // SAFETY: a new shared mapping of a memfd we created and sized; no other mapping aliases it.
    let ptr = unsafe {
        mmap(
            None,
            len,
            ProtFlags::PROT_READ | ProtFlags::PROT_WRITE,
            MapFlags::MAP_SHARED,
            fd,
            0,
        )?
    };
    // SAFETY: advice on the mapping just created; failure only means small pages.
    let _ = unsafe { madvise(ptr, len.get(), MmapAdvise::MADV_HUGEPAGE) };
    // SAFETY: `ptr` addresses `len` writable bytes that only this function uses, and `bytes` is a
    // separate allocation of the same length.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr.as_ptr().cast::<u8>(), len.get()) };
    // SAFETY: unmapping exactly the mapping created above; nothing refers to it any more.
    unsafe { munmap(ptr, len.get()) }
}
