//! Speed of the code memrun generates, beside `go build`'s, on the same programs
//! (`benches/programs/`: recursive fib, a sieve over a slice, a map word count, an n-body
//! simulation in float64, and calls of small methods through an interface and directly). Each program is built once by each compiler into a temporary
//! directory, then criterion times whole runs of the two executables side by side. Programs
//! whose Go build is unavailable (no Go 1.27.3 on PATH) are measured for memrun alone.
//! `scripts/bench-codegen.sh` makes the table in BENCHMARKS.md with hyperfine.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PROGRAMS: [&str; 6] = ["fib", "sieve", "wordcount", "nbody", "dispatch", "direct"];

fn build(dir: &Path, name: &str) -> (PathBuf, Option<PathBuf>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/programs")
        .join(format!("{name}.go"));
    let mr = dir.join(format!("{name}.memrun"));
    let status = Command::new(env!("CARGO_BIN_EXE_memrun"))
        .args(["build", "--toolchain", "builtin", "-o"])
        .arg(&mr)
        .arg(&src)
        .status()
        .expect("memrun runs");
    assert!(status.success(), "memrun build {name}");
    let go = dir.join(format!("{name}.go.bin"));
    let built = Command::new("go")
        .env("GOTOOLCHAIN", "local")
        .args(["build", "-o"])
        .arg(&go)
        .arg(&src)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    (mr, built.then_some(go))
}

fn run(exe: &Path) {
    let status = Command::new(exe)
        .stdout(Stdio::null())
        .status()
        .expect("the program runs");
    assert!(status.success());
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for name in PROGRAMS {
        let (mr, go) = build(dir.path(), name);
        let mut g = c.benchmark_group(format!("codegen/{name}"));
        g.sample_size(10);
        g.bench_function("memrun", |b| b.iter(|| run(&mr)));
        if let Some(go) = go {
            g.bench_function("go-build", |b| b.iter(|| run(&go)));
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
