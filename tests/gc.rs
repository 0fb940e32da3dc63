//! The collector as a user meets it: a program that allocates more than 4 GiB with little live
//! stays within 4× the peak RSS of `go build`'s binary; `GOGC=off` never collects;
//! `GOMEMLIMIT` bounds the heap even then. (The whole corpus under `MEMRUN_GCSTRESS=1` is in
//! `tests/programs.rs`; speed is in `benches/` and BENCHMARKS.md.)

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn source(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/gc")
        .join(name)
}

/// `memrun build`s `tests/gc/NAME` into `dir`.
fn build_memrun(name: &str, dir: &Path) -> PathBuf {
    let exe = dir.join(format!("{name}.memrun"));
    let o = memrun()
        .args(["build", "-o"])
        .arg(&exe)
        .arg(source(name))
        .output()
        .unwrap();
    assert!(o.status.success(), "memrun build {name}: {}", stderr(&o));
    exe
}

/// Runs `exe` with `env` under the probe: stdout, exit status, peak RSS in KiB.
fn measure(exe: &Path, env: &[(&str, &str)]) -> (String, i32, u64) {
    let mut c = Command::new(probe());
    c.arg("maxrss").arg(exe);
    c.env_remove("GOGC")
        .env_remove("GOMEMLIMIT")
        .env_remove("MEMRUN_GCSTRESS");
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    let err = stderr(&o);
    let line = err
        .lines()
        .find(|l| l.starts_with("maxrss="))
        .unwrap_or_else(|| panic!("no maxrss line: {err}"));
    let mut rss = 0;
    let mut status = -1;
    for f in line.split_whitespace() {
        if let Some(v) = f.strip_prefix("maxrss=") {
            rss = v.parse().unwrap();
        }
        if let Some(v) = f.strip_prefix("status=") {
            status = v.parse().unwrap();
        }
    }
    (stdout(&o), status, rss)
}

#[test]
fn four_gib_of_garbage_within_4x_of_go_peak_rss() {
    if !require_go() {
        return;
    }
    let dir = scratch("gc-churn");
    let ours = build_memrun("churn.go", &dir);
    let theirs = dir.join("churn.go-build");
    let o = Command::new("go")
        .env("GOTOOLCHAIN", "local")
        .args(["build", "-o"])
        .arg(&theirs)
        .arg(source("churn.go"))
        .output()
        .unwrap();
    assert!(o.status.success(), "go build: {}", stderr(&o));
    let (want, want_rc, go_rss) = measure(&theirs, &[]);
    let (got, rc, rss) = measure(&ours, &[]);
    assert_eq!((got.as_str(), rc), (want.as_str(), want_rc));
    assert!(got.trim_end().ends_with("true"), "allocated 4 GiB: {got}");
    eprintln!("peak RSS: memrun {rss} KiB, go build {go_rss} KiB");
    assert!(
        rss <= 4 * go_rss,
        "peak RSS {rss} KiB is over 4× go build's {go_rss} KiB"
    );
}

#[test]
fn gomemlimit_bounds_the_heap_with_gogc_off() {
    let dir = scratch("gc-memlimit");
    let exe = build_memrun("churn.go", &dir);
    let (out, rc, rss) = measure(&exe, &[("GOGC", "off"), ("GOMEMLIMIT", "48MiB")]);
    assert_eq!(rc, 0);
    assert!(out.trim_end().ends_with("true"), "{out}");
    assert!(rss < 96 << 10, "peak RSS {rss} KiB under GOMEMLIMIT=48MiB");
}

#[test]
fn gogc_off_never_collects_and_gogc_default_does() {
    let dir = scratch("gc-off");
    let exe = build_memrun("numgc.go", &dir);
    let (out, rc, _) = measure(&exe, &[]);
    assert_eq!((out.as_str(), rc), ("collected: true\n", 0));
    let (out, rc, rss) = measure(&exe, &[("GOGC", "off")]);
    assert_eq!((out.as_str(), rc), ("collected: false\n", 0));
    assert!(
        rss > 64 << 10,
        "without a collector the 64 MiB stay: {rss} KiB"
    );
    let (out, _, _) = measure(&exe, &[("GOGC", "25")]);
    assert_eq!(out, "collected: true\n");
}
