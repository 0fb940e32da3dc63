//! The corpus: every `tests/programs/*.go` compiled by the built-in compiler and run must match
//! the real Go toolchain's stdout, exit status and panic message byte for byte; every
//! `tests/programs/errors/*.go` must be rejected with gc's first diagnostic. The expectations
//! were produced by `scripts/regen-golden.sh` with Go itself, never by memrun.

mod common;

use common::*;
use std::path::Path;

fn corpus(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

#[test]
fn programs_match_real_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let progs = corpus(&dir);
    assert!(progs.len() >= 60, "corpus shrank to {}", progs.len());
    let mut failures = Vec::new();
    for p in &progs {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let want_out =
            std::fs::read(p.with_extension("out")).unwrap_or_else(|_| panic!("{name}.out missing"));
        let want_rc: i32 = std::fs::read_to_string(p.with_extension("rc"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let want_panic = std::fs::read_to_string(p.with_extension("panic")).ok();
        let o = memrun()
            .current_dir(&dir)
            .args(["run", &format!("{name}.go")])
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let mut problems = Vec::new();
        if o.stdout != want_out {
            problems.push(format!(
                "stdout differs:\n--- want\n{}\n--- got\n{}",
                String::from_utf8_lossy(&want_out),
                String::from_utf8_lossy(&o.stdout)
            ));
        }
        if o.status.code() != Some(want_rc) {
            problems.push(format!(
                "exit status {:?}, want {want_rc}; stderr: {}",
                o.status,
                stderr(&o)
            ));
        }
        if let Some(want) = want_panic {
            let got = stderr(&o).lines().next().unwrap_or_default().to_owned();
            if got != want.trim_end() {
                problems.push(format!("panic line {got:?}, want {:?}", want.trim_end()));
            }
            if !stderr(&o).contains("goroutine 1 [running]:") {
                problems.push("no goroutine line after the panic".into());
            }
        }
        if !problems.is_empty() {
            failures.push(format!("== {name}\n{}", problems.join("\n")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from Go:\n{}",
        failures.len(),
        progs.len(),
        failures.join("\n")
    );
}

#[test]
fn rejected_programs_get_gc_diagnostics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/errors");
    let progs = corpus(&dir);
    assert!(progs.len() >= 30, "error corpus shrank to {}", progs.len());
    let mut failures = Vec::new();
    for p in &progs {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read_to_string(p.with_extension("err")).unwrap();
        let want = want.trim_end();
        let o = memrun()
            .current_dir(&dir)
            .args(["build", "-o", "/dev/null", &format!("{name}.go")])
            .output()
            .unwrap();
        let err = stderr(&o);
        let first = err.lines().next().unwrap_or_default();
        if o.status.code() != Some(1) || first != want || err.contains("panicked") {
            failures.push(format!(
                "== {name}\nwant: {want}\ngot:  {} (status {:?})",
                err.trim_end(),
                o.status.code()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} diagnostics differ from gc:\n{}",
        failures.len(),
        progs.len(),
        failures.join("\n")
    );
}
