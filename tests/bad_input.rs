//! Bad input to `exec`, `run` and `build`: a one-line cause (plus a hint), a non-zero exit, no
//! panic, and nothing half-written.

mod common;

use common::*;
use std::io::Write;
use std::process::Stdio;

fn exec_file(bytes: &[u8], name: &str) -> std::process::Output {
    let dir = scratch(&format!("bad-{name}"));
    let f = dir.join(name);
    std::fs::write(&f, bytes).unwrap();
    memrun().arg("exec").arg(&f).output().unwrap()
}

#[test]
fn empty_text_and_script_files_are_rejected() {
    assert_clean_error(&exec_file(b"", "empty"), "is empty");
    assert_clean_error(
        &exec_file(b"hello world\n", "text"),
        "not an ELF executable (starts with \"hello\")",
    );
    let o = exec_file(b"#!/bin/sh\necho hi\n", "script");
    assert_clean_error(&o, "not an ELF executable (starts with \"#!/bi\")");
    assert!(stderr(&o).contains("hint: this is a script"));
}

#[test]
fn truncated_and_foreign_elves_are_rejected() {
    let probe = std::fs::read(probe()).unwrap();
    assert_clean_error(&exec_file(&probe[..40], "hdr"), "truncated ELF file");
    assert_clean_error(
        &exec_file(&probe[..probe.len() / 2], "half"),
        "extends past the end of the file",
    );
    let mut arm = probe.clone();
    arm[18] = 0xb7; // EM_AARCH64
    arm[19] = 0;
    assert_clean_error(&exec_file(&arm, "arm"), "is built for ARM64");
}

#[test]
fn stdin_that_is_not_elf_is_rejected() {
    let mut child = memrun()
        .args(["exec", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"\x00\x01garbage")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_clean_error(
        &o,
        "memrun: -: not an ELF executable (starts with bytes 00 01 67 61 72)",
    );
}

#[test]
fn directories_and_missing_files_are_rejected() {
    let dir = scratch("bad-dir");
    let o = memrun().arg("exec").arg(&dir).output().unwrap();
    assert_clean_error(&o, "Is a directory");
    let o = memrun().arg("exec").arg(dir.join("nope")).output().unwrap();
    assert_clean_error(&o, "No such file or directory");
    let o = memrun()
        .args(["run", "/nonexistent/hello.go"])
        .output()
        .unwrap();
    assert_clean_error(&o, "/nonexistent/hello.go: No such file or directory");
    let o = memrun().arg("/nonexistent/script.go").output().unwrap();
    assert!(stderr(&o).starts_with("memrun: unknown command or missing file"));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unreadable_files_are_rejected() {
    let dir = scratch("bad-perm");
    let f = dir.join("secret");
    std::fs::copy(probe(), &f).unwrap();
    std::fs::set_permissions(&f, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let o = if is_root() {
        // Root reads anything; drop to nobody for this check.
        std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        std::process::Command::new("setpriv")
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                memrun_path(),
                "exec",
            ])
            .arg(&f)
            .output()
            .expect("setpriv (util-linux)")
    } else {
        memrun().arg("exec").arg(&f).output().unwrap()
    };
    assert_clean_error(&o, "Permission denied");
}

#[test]
fn build_never_clobbers_a_non_executable() {
    let dir = scratch("bad-clobber");
    let src = dir.join("hello.go");
    std::fs::write(&src, "package main\n\nfunc main() {}\n").unwrap();
    let precious = dir.join("notes.txt");
    std::fs::write(&precious, "do not lose me").unwrap();
    let o = memrun()
        .arg("build")
        .arg("-o")
        .arg(&precious)
        .arg(&src)
        .output()
        .unwrap();
    // Whatever the compiler says, the file must survive untouched.
    assert!(!o.status.success());
    assert_eq!(
        std::fs::read_to_string(&precious).unwrap(),
        "do not lose me"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".memrun-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn unknown_flags_get_usage_errors() {
    let o = memrun()
        .args(["run", "--via", "floppy", "x.go"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid value 'floppy'"));
}
