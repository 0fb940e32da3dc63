//! Robustness properties: arbitrary input never crashes memrun. Arbitrary bytes given to image
//! validation never panic; arbitrary text, token soups and mutated valid programs given to the
//! compiler always end in an image or in `file:line:col: message` diagnostics, never a panic.
//!
//! Each case runs in a forked child with a 10 s timeout, so a hang fails the test instead of
//! stalling CI.
//!
//! Hostile bytes are part of every input family: NULs, invalid UTF-8 and byte order marks inside
//! literals and comments, and nesting thousands deep (issue 16).
//!
//! Case counts: `PROPTEST_CASES` (default 64 here, a few seconds in CI) is the long-run knob, e.g.
//! `PROPTEST_CASES=20000 cargo test --release --test robustness` for a night's fuzzing.

use memrun::compile::{compile, CompileError, SourceFile};
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
fn check_outcome(src: impl Into<Vec<u8>>) {
    match compile(&[SourceFile::new("fuzz.go", src)]) {
        Ok(bytes) => {
            memrun::image::validate(&bytes).expect("the compiler produced an invalid image");
        }
        Err(CompileError::Rejected(d)) => {
            assert!(!d.0.is_empty(), "failure without diagnostics");
            for diag in &d.0 {
                assert!(diag.line >= 1 && diag.col >= 1, "bad position: {diag}");
                assert!(!diag.msg.is_empty());
            }
        }
        Err(CompileError::Internal(e)) => panic!("{e}"),
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
    "\0",
    "\u{feff}",
    "\"a\0b\"",
    "'\0'",
    "`raw\0`",
    "// c\0\n",
];

/// Bytes that no valid Go source holds in these places.
const HOSTILE_BYTES: &[&[u8]] = &[
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xe2\x82",
    b"\xef\xbb\xbf",
    b"\xed\xa0\x80",
];

/// Openers and their closers for nesting generators.
const NESTS: &[(&str, &str)] = &[
    ("(", ")"),
    ("{\n", "}\n"),
    ("if x > 0 {\n", "}\n"),
    ("for {\n", "}\n"),
    ("-", ""),
    ("!", ""),
    ("^", ""),
    ("x + ", ""),
    ("[", "]"),
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
        check_outcome(src.as_str());
    }

    #[test]
    fn token_soup_is_diagnosed(toks in proptest::collection::vec(proptest::sample::select(TOKENS), 0..60)) {
        let src = format!("package main\n{}", toks.join(" "));
        check_outcome(src.as_str());
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
        check_outcome(src);
    }

    #[test]
    fn raw_bytes_are_diagnosed(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut src = b"package main\n".to_vec();
        src.extend(bytes);
        check_outcome(src);
    }

    #[test]
    fn programs_with_hostile_bytes_are_diagnosed(
        pick in any::<proptest::sample::Index>(),
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(HOSTILE_BYTES)), 1..4),
    ) {
        let programs = corpus();
        let mut src = programs[pick.index(programs.len())].clone().into_bytes();
        for (at, bytes) in edits {
            // Never at offset 0: a byte order mark is valid there, for gc as for memrun.
            let i = 1 + at.index(src.len());
            src.splice(i..i, bytes.iter().copied());
        }
        // gc rejects every such file, wherever the bytes are (a literal, a comment): so must we.
        prop_assert!(
            compile(&[SourceFile::new("fuzz.go", src.clone())]).is_err(),
            "accepted:\n{}",
            String::from_utf8_lossy(&src)
        );
        check_outcome(src);
    }

    #[test]
    fn deep_types_are_diagnosed(
        parts in proptest::collection::vec(proptest::sample::select(&["*", "[]", "[4]", "map[int]", "(", "func() "][..]), 1..64),
        repeat in 1usize..200,
    ) {
        let mut t = String::new();
        for _ in 0..repeat {
            for p in &parts {
                t.push_str(p);
            }
        }
        check_outcome(format!("package main\n\nvar y {t}int\n\nfunc main() {{}}\n"));
    }

    #[test]
    fn deep_nesting_is_diagnosed_or_compiled(
        layers in proptest::collection::vec(proptest::sample::select(NESTS), 0..64),
        repeat in 1usize..120,
        close in any::<bool>(),
    ) {
        // Up to ~7,600 levels of mixed statements, blocks, parentheses and operators.
        let mut open = String::new();
        let mut shut = String::new();
        for _ in 0..repeat {
            for (o, c) in &layers {
                open.push_str(o);
                shut.insert_str(0, c);
            }
        }
        let src = format!(
            "package main\n\nfunc main() {{\n\tx := 1\n\tx = {open}x{}\n\t_ = x\n}}\n",
            if close { shut.as_str() } else { "" }
        );
        check_outcome(src);
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
