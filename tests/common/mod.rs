//! Shared helpers for the CLI tests: the memrun binary, a static probe program built with gcc,
//! and namespaces for the hostile-environment cases.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The memrun binary under test.
pub fn memrun() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_memrun"));
    c.env_remove("MEMRUN_VIA").env_remove("MEMRUN_TOOLCHAIN");
    c
}

pub fn memrun_path() -> &'static str {
    env!("CARGO_BIN_EXE_memrun")
}

/// A scratch directory for this test binary.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `tests/support/probe.c` built as a static executable (once per test binary).
pub fn probe() -> &'static Path {
    static PROBE: OnceLock<PathBuf> = OnceLock::new();
    PROBE.get_or_init(|| {
        let dir =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("probe-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("probe");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/probe.c");
        let st = Command::new("gcc")
            .args(["-static", "-O2", "-o"])
            .arg(&out)
            .arg(&src)
            .status()
            .expect("gcc must be installed to build the test probe");
        assert!(st.success(), "building the probe failed");
        out
    })
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts a failed memrun invocation printed a clean message: `memrun: …` lines, no panic.
pub fn assert_clean_error(o: &Output, needle: &str) {
    let err = stderr(o);
    assert!(
        !o.status.success(),
        "expected failure, got success; stderr: {err}"
    );
    assert!(!err.contains("panicked"), "panic: {err}");
    assert!(!err.contains("RUST_BACKTRACE"), "backtrace hint: {err}");
    assert!(err.starts_with("memrun: "), "unexpected stderr: {err}");
    assert!(err.lines().count() <= 2, "more than cause + hint: {err}");
    assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
}

pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Runs `script` with `sh -c` in a private mount namespace (as root; else in a user namespace
/// too), with `$MEMRUN` and `$PROBE` set.
pub fn in_mount_ns(script: &str) -> Output {
    let mut c = Command::new("unshare");
    if is_root() {
        c.args(["--mount", "--propagation", "private"]);
    } else {
        c.args([
            "--user",
            "--map-root-user",
            "--mount",
            "--propagation",
            "private",
        ]);
    }
    c.args(["sh", "-c", script])
        .env("MEMRUN", memrun_path())
        .env("PROBE", probe())
        .env_remove("MEMRUN_VIA")
        .stdin(Stdio::null())
        .output()
        .expect("unshare (util-linux) must be installed")
}

/// `sh -c script` in private PID and mount namespaces with /proc remounted (as root; else in a
/// user namespace too), where `vm.memfd_noexec` can be raised. Add env and run it.
pub fn in_pid_ns(script: &str) -> Command {
    let mut c = Command::new("unshare");
    if !is_root() {
        c.args(["--user", "--map-root-user"]);
    }
    c.args(["--pid", "--fork", "--mount", "--mount-proc", "sh", "-c"])
        .arg(script)
        .env("MEMRUN", memrun_path())
        .env_remove("MEMRUN_VIA")
        .env_remove("MEMRUN_TOOLCHAIN");
    c
}

/// Runs `cmd` with `input` written to its standard input by another thread (the command may
/// stop reading early, which must not deadlock the test), and collects its output.
pub fn with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    o
}

/// The reference Go toolchain (Go 1.27.3, from `scripts/install-go.sh`, which `scripts/test.sh`
/// puts first on PATH), required by the tests that run Go; `MEMRUN_TEST_NO_GO=1` skips them
/// explicitly on machines without it. Another Go on PATH is an error, not a silent pass: the
/// goldens and the expected diagnostics are Go 1.27.3's.
pub fn require_go() -> bool {
    if std::env::var_os("MEMRUN_TEST_NO_GO").is_some() {
        eprintln!("skipping: MEMRUN_TEST_NO_GO is set");
        return false;
    }
    assert_reference_go();
    true
}

/// Asserts that `go` on PATH is Go 1.27.3, the reference toolchain.
pub fn assert_reference_go() {
    let version = Command::new("go")
        .arg("version")
        .env("GOTOOLCHAIN", "local")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    assert!(
        version.contains("go1.27.3 "),
        "Go 1.27.3 must be first on PATH (found {version:?}): run `PATH=$(scripts/install-go.sh):$PATH`, use scripts/test.sh, or set MEMRUN_TEST_NO_GO=1"
    );
}

/// Compiles `src` with memrun's built-in compiler (in this process) and runs the executable
/// with standard input closed: its stdout, exit status (-1 for a signal) and stderr, or the
/// diagnostics when it does not compile. The differential tests' way to run memrun's side.
pub fn run_builtin(src: &str) -> Result<(Vec<u8>, i32, String), String> {
    let bytes = memrun::compile::compile(&[memrun::compile::SourceFile::new("prog.go", src)])
        .map_err(|d| d.to_string())?;
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("prog");
    std::fs::write(&exe, &bytes).unwrap();
    std::fs::set_permissions(&exe, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    // Another test thread may fork while this one still holds the file open for writing; the
    // child's inherited descriptor makes exec fail with ETXTBSY for a moment. Retry, as
    // memrun's own tmp path does.
    let mut tries = 0;
    let o = loop {
        match Command::new(&exe).stdin(Stdio::null()).output() {
            Err(e) if e.raw_os_error() == Some(26) && tries < 100 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            other => break other.unwrap(),
        }
    };
    Ok((
        o.stdout,
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    ))
}

/// Builds `src` with `go build` (Go must be on PATH) and runs it with standard input
/// closed: its stdout and exit status (-1 for a signal). Panics if Go rejects the program.
pub fn run_go(src: &str) -> (Vec<u8>, i32) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("prog.go");
    std::fs::write(&file, src).unwrap();
    let exe = dir.path().join("prog");
    let st = Command::new("go")
        .env("GOTOOLCHAIN", "local")
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "Go rejected a generated program:\n{}\n{src}",
        String::from_utf8_lossy(&st.stderr)
    );
    let o = Command::new(&exe).stdin(Stdio::null()).output().unwrap();
    (o.stdout, o.status.code().unwrap_or(-1))
}

/// Asserts that `go run SCRIPT` (a generator under `scripts/`) prints exactly the committed
/// file `committed` (relative to the crate root): data memrun keeps from gc is what Go
/// 1.27.3 says today.
pub fn assert_regenerates(script: &str, committed: &str) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("go")
        .args(["run", script])
        .current_dir(root)
        .env("GOTOOLCHAIN", "local")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let kept = std::fs::read_to_string(format!("{root}/{committed}")).unwrap();
    assert!(
        kept == String::from_utf8_lossy(&out.stdout),
        "{committed} is stale: run `go run {script} > {committed}`"
    );
}

/// gc's `-m=2` report on the program `src` (built as `main.go` in `dir`): its diagnostics,
/// one per line (`./main.go:3:6: can inline f with cost 8 as: …`).
pub fn gc_m2(src: &Path, dir: &Path) -> String {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(src, dir.join("main.go")).unwrap();
    let out = Command::new("go")
        .args(["build", "-gcflags=-m=2", "-o", "/dev/null", "main.go"])
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The programs of `tests/programs` (not its subdirectories), sorted.
pub fn corpus_programs() -> Vec<PathBuf> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut progs: Vec<_> = std::fs::read_dir(format!("{root}/tests/programs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    progs.sort();
    progs
}

/// What `MEMRUN_DEBUG_ESCAPE=1` makes memrun report of the program `src` as it compiles it
/// (its escape analysis's notes, cost bounds and captures, on standard error).
pub fn memrun_escape_notes(src: &Path) -> String {
    let out = memrun()
        .args(["build", "-o", "/dev/null"])
        .arg(src)
        .env("MEMRUN_DEBUG_ESCAPE", "1")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stderr).into_owned()
}
