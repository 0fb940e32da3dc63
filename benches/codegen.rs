//! Speed of the code memrun generates, beside `go build`'s, on the same programs
//! (`benches/programs/`: recursive fib, a sieve over a slice, a map word count, an n-body
//! simulation in float64, calls of small methods through an interface and directly, and a
//! log filter reading 100 MB of generated log lines from its standard input with
//! bufio.Scanner and strings.Contains, and the collector's two: binary trees of depth 18 and a
//! string-building loop; goroutine creation, a worker pool, and channel ping-pong; generic code: a generic heap, Map/Filter/Reduce and slices' sorting and search). Each
//! program is built once by each compiler into a temporary
//! directory, then criterion times whole runs of the two executables side by side. Programs
//! whose Go build is unavailable (no Go 1.27.3 on PATH) are measured for memrun alone.
//! `scripts/bench-codegen.sh` makes the table in BENCHMARKS.md with hyperfine.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PROGRAMS: [&str; 13] = [
    "fib",
    "sieve",
    "wordcount",
    "nbody",
    "dispatch",
    "direct",
    "logfilter",
    "binarytrees",
    "strbuild",
    "spawn",
    "workerpool",
    "pingpong",
    "generics",
];

/// The log filter's input: 1,150,000 log lines (≈115 MB), an ERROR every 47 lines, levels
/// cycling through INFO, DEBUG and WARN (the same lines `scripts/bench-codegen.sh` makes).
fn log_lines(path: &Path) {
    use std::io::Write;
    let levels = ["INFO", "INFO", "DEBUG", "WARN", "INFO"];
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).expect("the log file"));
    for i in 0..1_150_000u64 {
        let level = if i % 47 == 0 {
            "ERROR"
        } else {
            levels[(i % 5) as usize]
        };
        writeln!(
            w,
            "2026-11-26T12:{:02}:{:02}.{:03}Z host-{:02} {level} request id={i:07} path=/api/v1/items/{} status={} dur={}ms",
            (i / 60) % 60,
            i % 60,
            i % 1000,
            i % 32,
            i % 977,
            if i % 13 == 0 { 500 } else { 200 },
            i % 250
        )
        .expect("the log file");
    }
}

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

fn run(exe: &Path, input: Option<&Path>) {
    let stdin = match input {
        Some(p) => Stdio::from(std::fs::File::open(p).expect("the input")),
        None => Stdio::null(),
    };
    let status = Command::new(exe)
        .stdin(stdin)
        .stdout(Stdio::null())
        .status()
        .expect("the program runs");
    assert!(status.success());
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let log = dir.path().join("log.txt");
    log_lines(&log);
    for name in PROGRAMS {
        let (mr, go) = build(dir.path(), name);
        let input = (name == "logfilter").then_some(log.as_path());
        let mut g = c.benchmark_group(format!("codegen/{name}"));
        g.sample_size(10);
        g.bench_function("memrun", |b| b.iter(|| run(&mr, input)));
        if let Some(go) = go {
            g.bench_function("go-build", |b| b.iter(|| run(&go, input)));
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
