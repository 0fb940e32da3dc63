//! The parser accepts everything gc accepts: every `.go` file of the Go 1.27.3 installation's
//! `src/` directory (read from the installed toolchain at test time, not copied here) parses
//! with no lexical or syntax error. Files under `testdata/` are skipped: many are meant to be
//! invalid.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "testdata") {
                go_files(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

/// The reference toolchain's GOROOT.
fn goroot() -> PathBuf {
    let out = Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .expect("go env GOROOT");
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

/// The files of `part` that do not parse, each with its first error.
fn check(part: &[PathBuf]) -> Vec<String> {
    let mut bad = Vec::new();
    for f in part {
        let text = std::fs::read(f).unwrap();
        let p = memrun::compile::syntax::parse(&text);
        if let Some((pos, msg)) = p.lex_errors.iter().chain(&p.syntax_errors).next() {
            let (line, col) = memrun::compile::syntax::lexer::LineMap::new(&text).line_col(*pos);
            bad.push(format!("{}:{line}:{col}: {msg}", f.display()));
        } else if p.file.is_none() {
            bad.push(format!("{}: no file", f.display()));
        }
    }
    bad
}

#[test]
fn every_go_file_of_the_go_distribution_parses() {
    if !require_go() {
        return;
    }
    let goroot = goroot();
    let mut files = Vec::new();
    go_files(&goroot.join("src"), &mut files);
    assert!(
        files.len() > 5000,
        "only {} files under {goroot:?}",
        files.len()
    );
    // Two halves on two threads: the files are independent.
    let (a, b) = files.split_at(files.len() / 2);
    let failures: Vec<String> = std::thread::scope(|s| {
        let ha = s.spawn(|| check(a));
        let mut bad = check(b);
        bad.extend(ha.join().unwrap());
        bad
    });
    assert!(
        failures.is_empty(),
        "{} of {} files do not parse:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// Files whose expected errors are about branches (misplaced `fallthrough`, `break` to a label
/// that is not enclosing), which gc checks in a pass of its syntax package and memrun in its
/// checker, after parsing.
const BRANCH_ERRORS: [&str; 2] = ["fallthrough.go", "issue70974.go"];

/// gc's own parser tests (`cmd/compile/internal/syntax/testdata`): a file without `ERROR`
/// comments must parse; in a file with them, memrun must report a syntax error on a line that
/// has one (gc marks each expected error with `/* ERROR … */` or `// ERROR …` where it is).
#[test]
fn gc_parser_test_files_are_accepted_or_rejected_as_gc_does() {
    if !require_go() {
        return;
    }
    let goroot = goroot();
    let dir = goroot.join("src/cmd/compile/internal/syntax/testdata");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    assert!(files.len() > 20, "{dir:?}");
    let mut problems = Vec::new();
    for f in &files {
        let text = std::fs::read(f).unwrap();
        let src = String::from_utf8_lossy(&text);
        let p = memrun::compile::syntax::parse(&text);
        let map = memrun::compile::syntax::lexer::LineMap::new(&text);
        let errors: Vec<(u32, &String)> = p
            .lex_errors
            .iter()
            .chain(&p.syntax_errors)
            .map(|(pos, m)| (map.line_col(*pos).0, m))
            .collect();
        let marked: Vec<u32> = src
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains("ERROR"))
            .map(|(i, _)| i as u32 + 1)
            .collect();
        let name = f.file_name().unwrap().to_string_lossy();
        if BRANCH_ERRORS.contains(&name.as_ref()) {
            continue;
        }
        if marked.is_empty() && !errors.is_empty() {
            problems.push(format!("{name}: valid, but {errors:?}"));
        } else if !marked.is_empty() && errors.is_empty() {
            problems.push(format!(
                "{name}: errors expected on lines {marked:?}, none reported"
            ));
        } else if let Some((line, m)) = errors.iter().find(|(l, _)| !marked.contains(l)) {
            problems.push(format!(
                "{name}:{line}: unexpected error {m:?} (marked: {marked:?})"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
