//! Robustness properties: arbitrary input never crashes memrun. Arbitrary bytes given to image
//! validation never panic; arbitrary text, token soups and mutated valid programs given to the
//! compiler always end in an image or in `file:line:col: message` diagnostics, never a panic.
//!
//! Each case runs in a forked child with a 10 s timeout, so a hang fails the test instead of
//! stalling CI.
//!
//! Case counts: `PROPTEST_CASES` (default 64 here, a few seconds in CI); set it higher for long
//! local runs.

use memrun::compile::{compile, SourceFile};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        // "Never hangs": every case runs in a forked child that is killed after 10 s.
        timeout: 10_000,
        ..ProptestConfig::default()
    }
}

fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    v.sort();
    v
}

/// Checks the contract: Ok(ELF) or diagnostics that all look like gc's.
fn check_outcome(src: &str) {
    match compile(&[SourceFile::new("fuzz.go", src)]) {
        Ok(bytes) => {
            memrun::image::validate(&bytes).expect("the compiler produced an invalid image");
        }
        Err(d) => {
            assert!(!d.0.is_empty(), "failure without diagnostics");
            for diag in &d.0 {
                assert!(diag.line >= 1 && diag.col >= 1, "bad position: {diag}");
                assert!(!diag.msg.is_empty());
            }
        }
    }
}

const TOKENS: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "x",
    "y",
    ":=",
    "=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "<<",
    ">>",
    "&&",
    "||",
    "!",
    "==",
    "<",
    "1",
    "0",
    "-1",
    "\"s\"",
    "'c'",
    "if",
    "else",
    "for",
    "switch",
    "case",
    "default",
    ":",
    ";",
    "\n",
    ",",
    "return",
    "break",
    "continue",
    "fallthrough",
    "var",
    "const",
    "iota",
    "int",
    "int8",
    "uint",
    "string",
    "bool",
    "fmt.Println",
    "fmt.Printf",
    "\"%d\"",
    "len",
    "panic",
    "true",
    "nil",
    "1<<70",
    "...",
    ".",
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn image_validation_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = memrun::image::validate(&bytes);
        let mut elf = bytes.clone();
        if elf.len() >= 4 {
            elf[..4].copy_from_slice(b"\x7fELF");
            let _ = memrun::image::validate(&elf);
        }
    }

    #[test]
    fn arbitrary_text_is_diagnosed(src in "\\PC{0,200}") {
        check_outcome(&src);
    }

    #[test]
    fn token_soup_is_diagnosed(toks in proptest::collection::vec(proptest::sample::select(TOKENS), 0..60)) {
        let src = format!("package main\n{}", toks.join(" "));
        check_outcome(&src);
    }

    #[test]
    fn mutated_programs_are_diagnosed(
        pick in any::<proptest::sample::Index>(),
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), 0u8..4, proptest::sample::select(TOKENS)), 1..4),
    ) {
        let programs = corpus();
        let mut src = programs[pick.index(programs.len())].clone().into_bytes();
        for (at, op, tok) in edits {
            if src.is_empty() {
                break;
            }
            let i = at.index(src.len());
            match op {
                0 => { src.remove(i); }
                1 => { src.splice(i..i, tok.bytes()); }
                2 => { let j = (i + tok.len()).min(src.len()); src.splice(i..j, tok.bytes()); }
                _ => { src.truncate(i); }
            }
        }
        let src = String::from_utf8_lossy(&src).into_owned();
        check_outcome(&src);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: config().cases.min(32), ..config() })]

    /// The bytes are the same on every path: what the memfd holds, what `build` writes, and the
    /// image itself (the tmp path is checked end to end by `tests/exec_paths.rs`, whose probe
    /// dumps its own running image on each path).
    #[test]
    fn paths_hold_identical_bytes(size in 512usize..300_000, program in any::<proptest::sample::Index>()) {
        use std::io::{Read, Seek};
        let programs = corpus();
        let src = &programs[program.index(programs.len())];
        let compiled = compile(&[SourceFile::new("p.go", src.as_str())]).ok()
            .map(|b| memrun::Image::new("p", b).unwrap());
        for image in [Some(memrun::bench::image::synthetic(size)), compiled].into_iter().flatten() {
            let fd = memrun::exec::memfd::create_sealed(&image).unwrap();
            let mut f = std::fs::File::from(fd);
            f.rewind().unwrap();
            let mut in_memfd = Vec::new();
            f.read_to_end(&mut in_memfd).unwrap();
            prop_assert!(in_memfd == image.bytes());
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("out");
            memrun::exec::persistent::write(&image, &out).unwrap();
            prop_assert!(std::fs::read(&out).unwrap() == image.bytes());
        }
    }
}
