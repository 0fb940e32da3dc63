//! Hostile input and scale (issue 16): devices and FIFOs as targets, the cache-path race,
//! unbounded reads, stack overflows, NUL bytes in source. Each test failed before its fix.

mod common;

use common::*;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `cmd`, killing it after `secs` (a test of a bound must not hang if the bound is gone);
/// returns its output and how long it took.
fn run_bounded(cmd: &mut Command, secs: u64) -> (std::process::Output, Duration) {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(secs));
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid as i32),
            nix::sys::signal::Signal::SIGKILL,
        );
    });
    let out = child.wait_with_output().unwrap();
    drop(watchdog);
    (out, start.elapsed())
}

#[test]
fn run_of_a_device_stops_at_the_source_limit() {
    let (o, took) = run_bounded(memrun().args(["run", "/dev/zero"]), 60);
    assert_clean_error(
        &o,
        "/dev/zero: larger than 64 MiB, memrun's limit for a Go source file",
    );
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn exec_of_a_device_is_refused_at_its_header() {
    let (o, took) = run_bounded(memrun().args(["exec", "/dev/zero"]), 60);
    assert_clean_error(
        &o,
        "/dev/zero: not an ELF executable (starts with bytes 00 00 00 00 00)",
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn endless_stdin_is_refused_at_its_header() {
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let (o, took) = run_bounded(memrun().args(["exec", "-"]).stdin(zero), 60);
    assert_clean_error(
        &o,
        "-: not an ELF executable (starts with bytes 00 00 00 00 00)",
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn a_gigabyte_of_text_on_stdin_is_refused_after_64_bytes() {
    let mut child = memrun()
        .args(["exec", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        let mut sent = 0usize;
        for _ in 0..1024 {
            if stdin.write_all(&chunk).is_err() {
                break; // memrun stopped reading and exited: what we want
            }
            sent += chunk.len();
        }
        sent
    });
    let o = child.wait_with_output().unwrap();
    let sent = writer.join().unwrap();
    assert_clean_error(&o, "-: not an ELF executable (starts with \"aaaaa\")");
    assert!(sent < 64 << 20, "memrun read {sent} bytes before refusing");
}

#[test]
fn a_valid_header_followed_by_an_endless_stream_stops_at_the_image_limit() {
    // A real ELF header, then zeros for ever: the header passes, the limit stops the read.
    let header = std::fs::read(probe()).unwrap()[..64].to_vec();
    let mut child = memrun()
        .args(["exec", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&header);
        let chunk = vec![0u8; 1 << 20];
        while stdin.write_all(&chunk).is_ok() {}
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_clean_error(
        &o,
        "-: larger than 1024 MiB, memrun's limit for an executable",
    );
}
