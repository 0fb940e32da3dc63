//! Exit-status mirroring: memrun ends the way its child ended, so callers (shells, `make`, CI
//! scripts) cannot tell memrun from the program itself.

use nix::sys::signal::Signal;

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Normal exit with this status (0–255).
    Exited(i32),
    /// Killed by this signal.
    Signaled(Signal),
}

impl Outcome {
    /// Ends this process the same way: `exit(code)` or death by the same signal.
    pub fn mirror(self) -> ! {
        match self {
            Outcome::Exited(code) => std::process::exit(code),
            Outcome::Signaled(sig) => crate::sys::die_by_signal(sig),
        }
    }
}
