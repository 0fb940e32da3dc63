//! The three exec paths behave exactly like running the binary directly: exit codes, signals,
//! argv, environment and stdio; the memfd path really runs from a sealed memfd; nothing is left
//! behind in the temp directory.

mod common;

use common::*;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

const PATHS: [&str; 3] = ["memfd", "tmp", "file"];

fn exec(via: &str, args: &[&str]) -> Command {
    let mut c = memrun();
    c.args(["exec", "--via", via]).arg(probe()).args(args);
    c
}

#[test]
fn exit_codes_are_mirrored_on_every_path() {
    let cache = scratch("exit-cache");
    for via in PATHS {
        for code in 0..=255 {
            let st = exec(via, &["exit", &code.to_string()])
                .env("XDG_CACHE_HOME", &cache)
                .status()
                .unwrap();
            assert_eq!(st.code(), Some(code), "via {via}, code {code}");
        }
    }
}

#[test]
fn death_by_signal_is_mirrored_on_every_path() {
    let cache = scratch("sig-cache");
    for via in PATHS {
        for sig in [
            libc_sig::SIGTERM,
            libc_sig::SIGKILL,
            libc_sig::SIGSEGV,
            libc_sig::SIGUSR1,
        ] {
            let st = exec(via, &["kill", &sig.to_string()])
                .env("XDG_CACHE_HOME", &cache)
                .status()
                .unwrap();
            assert_eq!(st.signal(), Some(sig), "via {via}, signal {sig}: {st:?}");
        }
    }
}

mod libc_sig {
    pub const SIGKILL: i32 = 9;
    pub const SIGUSR1: i32 = 10;
    pub const SIGSEGV: i32 = 11;
    pub const SIGTERM: i32 = 15;
}

#[test]
fn argv_env_and_stdio_pass_through() {
    let cache = scratch("argv-cache");
    for via in PATHS {
        let o = exec(via, &["argv", "a b", "", "--", "-x", "--via"])
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap();
        assert_eq!(
            stdout(&o),
            "[probe]\n[argv]\n[a b]\n[]\n[--]\n[-x]\n[--via]\n",
            "via {via}"
        );

        // Non-UTF-8 arguments survive.
        let o = exec(via, &[])
            .arg(std::ffi::OsStr::from_bytes(b"\xff\xfe"))
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(100), "via {via}");
        assert!(o.stderr.windows(2).any(|w| w == b"\xff\xfe"), "via {via}");

        let o = exec(via, &["env", "MEMRUN_T_VAR"])
            .env("MEMRUN_T_VAR", "v=1 two")
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap();
        assert_eq!(stdout(&o), "v=1 two\n", "via {via}");

        let mut child = exec(via, &["cat"])
            .env("XDG_CACHE_HOME", &cache)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"line one\nline two\n")
            .unwrap();
        let o = child.wait_with_output().unwrap();
        assert_eq!(stdout(&o), "line one\nline two\n", "via {via}");

        let o = exec(via, &["stderr", "to stderr"])
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap();
        assert_eq!(stderr(&o), "to stderr\n", "via {via}");
        assert_eq!(o.status.code(), Some(3));
        assert!(o.stdout.is_empty());

        let o = exec(via, &["sigpipe"])
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap();
        assert_eq!(stdout(&o), "default\n", "SIGPIPE disposition via {via}");
    }
}

#[test]
fn exec_reads_the_binary_from_stdin() {
    let bytes = std::fs::read(probe()).unwrap();
    let mut child = memrun()
        .args(["exec", "-", "argv", "x"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(stdout(&o), "[stdin]\n[argv]\n[x]\n");
}

#[test]
fn memfd_run_is_a_sealed_memfd_in_place() {
    let o = exec("memfd", &["exe"]).output().unwrap();
    let out = stdout(&o);
    assert!(out.starts_with("/memfd:probe (deleted)\n"), "{out}");
    assert!(out.contains("comm=memfd:probe"), "{out}");

    // All four seals: WRITE(8) | GROW(4) | SHRINK(2) | SEAL(1).
    let o = exec("memfd", &["seals"]).output().unwrap();
    assert_eq!(stdout(&o), "seals=15\n");

    // Writing to the running image fails.
    let o = exec("memfd", &["writeself"]).output().unwrap();
    assert!(
        o.status.success(),
        "the probe managed to write its own image: {}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("WROTE"));

    // Same PID: memrun became the program, no wrapper process.
    let child = exec("memfd", &["pid"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let o = child.wait_with_output().unwrap();
    assert_eq!(stdout(&o).trim(), pid.to_string());
}

#[test]
fn the_memfd_holds_exactly_the_image() {
    let o = exec("memfd", &["dumpself"]).output().unwrap();
    assert_eq!(o.stdout, std::fs::read(probe()).unwrap());
    let o = exec("tmp", &["dumpself"]).output().unwrap();
    assert_eq!(o.stdout, std::fs::read(probe()).unwrap());
}

#[test]
fn tmp_path_runs_from_a_private_dir_and_removes_it() {
    let tmp = scratch("tmpdir-clean");
    let o = exec("tmp", &["exe"])
        .env("MEMRUN_TMPDIR", &tmp)
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(
        out.starts_with(&format!("{}/memrun-", tmp.display())),
        "{out}"
    );
    assert!(out.trim_end().contains("/probe"), "{out}");
    for args in [
        &["exit", "0"][..],
        &["exit", "9"],
        &["kill", "15"],
        &["kill", "9"],
    ] {
        exec("tmp", args)
            .env("MEMRUN_TMPDIR", &tmp)
            .status()
            .unwrap();
        assert_eq!(
            std::fs::read_dir(&tmp).unwrap().count(),
            0,
            "leftover after {args:?}"
        );
    }
    // A failing write (missing temp root) leaves nothing and says why.
    let o = exec("tmp", &["exit", "0"])
        .env("MEMRUN_TMPDIR", tmp.join("missing"))
        .output()
        .unwrap();
    assert_clean_error(&o, "missing");
}

#[test]
fn tmp_path_forwards_signals_and_cleans_up_when_interrupted() {
    let tmp = scratch("tmpdir-interrupt");
    for sig in [
        nix::sys::signal::Signal::SIGTERM,
        nix::sys::signal::Signal::SIGINT,
        nix::sys::signal::Signal::SIGHUP,
    ] {
        let mut child = exec("tmp", &["sleep", "30"])
            .env("MEMRUN_TMPDIR", &tmp)
            .spawn()
            .unwrap();
        // Wait until the program runs (its directory exists and holds the file).
        for _ in 0..500 {
            let ready = std::fs::read_dir(&tmp)
                .unwrap()
                .filter_map(Result::ok)
                .any(|d| d.path().join("probe").exists());
            if ready {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), sig).unwrap();
        let st = child.wait().unwrap();
        assert_eq!(
            st.signal(),
            Some(sig as i32),
            "memrun should die of the child's signal {sig}"
        );
        assert_eq!(
            std::fs::read_dir(&tmp).unwrap().count(),
            0,
            "leftover after {sig}"
        );
    }
}
