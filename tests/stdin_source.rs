//! Go source from a pipe (`memrun run -`, `build -`, `install -`, `bench -`) and inline (`-e`):
//! neither the program nor its source touches a disk (issue 17).

mod common;

use common::*;
use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

const ARGS_AND_EXIT: &str = "package main

import (
\t\"fmt\"
\t\"os\"
)

func main() {
\tfmt.Println(len(os.Args), os.Args[0], os.Args[1:])
\tos.Exit(len(os.Args) + 40)
}
";

#[test]
fn stdin_source_runs_on_every_path_with_args_and_exit_status() {
    let xdg = scratch("stdin-paths");
    for via in ["memfd", "tmp", "file"] {
        let o = with_stdin(
            memrun()
                .args(["run", "--via", via, "-", "a b", "--", "-x"])
                .env("XDG_CACHE_HOME", &xdg),
            ARGS_AND_EXIT.as_bytes(),
        );
        assert_eq!(
            stdout(&o),
            "4 stdin [a b -- -x]\n",
            "via {via}: {}",
            stderr(&o)
        );
        assert_eq!(o.status.code(), Some(44), "via {via}");
    }
    // --name names the program.
    let o = with_stdin(
        memrun().args(["run", "--name", "check_disks", "-"]),
        ARGS_AND_EXIT.as_bytes(),
    );
    assert_eq!(stdout(&o), "1 check_disks []\n", "{}", stderr(&o));
}

#[test]
fn compile_errors_name_stdin_and_empty_or_huge_input_is_refused() {
    let o = with_stdin(
        memrun().args(["run", "-"]),
        b"package main\n\nfunc main() {\n\tx := 1\n}\n",
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "<stdin>:4:2: declared and not used: x\n");
    let o = with_stdin(memrun().args(["run", "-"]), b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "<stdin>:1:1: syntax error: package statement must be first\n"
    );
    let o = with_stdin(memrun().args(["run", "-"]), &vec![b' '; (64 << 20) + 1]);
    assert_clean_error(
        &o,
        "-: larger than 64 MiB, memrun's limit for a Go source file",
    );
    // NUL bytes are reported with their position, as in a file.
    let o = with_stdin(
        memrun().args(["run", "-"]),
        b"package main\n\nfunc main() {\n\t_ = \"a\x00\"\n}\n",
    );
    assert_eq!(stderr(&o), "<stdin>:4:8: invalid NUL character\n");
}

#[test]
fn inline_source_and_its_arguments() {
    let o = memrun()
        .args(["run", "-e"])
        .arg(ARGS_AND_EXIT)
        .args(["--", "one", "two"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "3 inline [one two]\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(43));
    let o = memrun()
        .args(["run", "-e", "package main; func main() { x := 1 }"])
        .output()
        .unwrap();
    assert_eq!(stderr(&o), "<inline>:1:29: declared and not used: x\n");
}

#[test]
fn build_and_install_from_stdin_need_a_name() {
    let dir = scratch("stdin-build");
    let o = with_stdin(memrun().args(["build", "-"]), ARGS_AND_EXIT.as_bytes());
    assert_clean_error(&o, "needs an output name: -o OUT");
    let out = dir.join("prog");
    let o = with_stdin(
        memrun().args(["build", "-", "-o"]).arg(&out),
        ARGS_AND_EXIT.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = Command::new(&out).arg("z").output().unwrap();
    assert_eq!(stdout(&o), format!("2 {} [z]\n", out.display()));
    let bin = dir.join("bin");
    let o = with_stdin(
        memrun().args(["install", "-"]).env("MEMRUN_BIN", &bin),
        ARGS_AND_EXIT.as_bytes(),
    );
    assert_clean_error(&o, "needs a name to install under: --name NAME");
    let o = with_stdin(
        memrun()
            .args(["install", "--name", "tool", "-"])
            .env("MEMRUN_BIN", &bin),
        ARGS_AND_EXIT.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(bin.join("tool").is_file());
}

#[test]
fn bench_reads_the_program_from_stdin() {
    let o = with_stdin(
        memrun().args([
            "bench", "-", "--runs", "2", "--warmup", "0", "--paths", "memfd",
        ]),
        b"package main\n\nfunc main() {}\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("<stdin>"), "{}", stdout(&o));
}

#[test]
fn a_piped_program_creates_no_file_anywhere() {
    let dir = scratch("stdin-trace");
    let src = dir.join("prog.go");
    std::fs::write(&src, ARGS_AND_EXIT).unwrap();
    let report = dir.join("report.json");
    let o = memrun()
        .args(["trace", "--json", "-o"])
        .arg(&report)
        .args(["--", "sh", "-c"])
        .arg(format!(
            "cat '{}' | '{}' run - q",
            src.display(),
            memrun_path()
        ))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(42), "{}", stderr(&o));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let files: Vec<_> = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["storage"] != "memfd")
        .collect();
    assert!(files.is_empty(), "files were created: {files:?}");
    let execs = r["execs"].as_array().unwrap();
    let prog = execs
        .iter()
        .find(|e| e["argv0"] == "stdin")
        .expect("the program ran");
    assert_eq!(prog["storage"], "memfd", "{prog}");
    assert!(
        r["verdict"]
            .as_str()
            .unwrap()
            .contains("no file was created"),
        "{}",
        r["verdict"]
    );
}

// ---- with the Go toolchain ----

const READS_STDIN: &str = "package main; import (\"fmt\"; \"io\"; \"os\"); func main() { b, _ := io.ReadAll(os.Stdin); fmt.Printf(\"%q\\n\", b) }";

#[test]
fn the_program_reads_what_is_left_of_stdin_and_inline_keeps_it_whole() {
    if !require_go() {
        return;
    }
    // `-`: the source is all of standard input, so the program finds it empty.
    let o = with_stdin(
        memrun().args(["run", "--toolchain", "go", "-"]),
        READS_STDIN.as_bytes(),
    );
    assert_eq!(stdout(&o), "\"\"\n", "{}", stderr(&o));
    // `-e`: standard input is the program's data.
    let o = with_stdin(
        memrun().args(["run", "--toolchain", "go", "-e", READS_STDIN]),
        b"log line 1\nlog line 2\n",
    );
    assert_eq!(
        stdout(&o),
        "\"log line 1\\nlog line 2\\n\"\n",
        "{}",
        stderr(&o)
    );
}

#[test]
fn go_toolchain_leaves_no_source_file_behind_even_when_interrupted() {
    if !require_go() {
        return;
    }
    // A private /dev/shm (the RAM directory Go's copy of the source goes to) and temp
    // directory (not a mount over /tmp: the checkout itself may live there).
    let o = in_mount_ns(
        "mount -t tmpfs tmpfs /dev/shm && mkdir -p /mnt/t && mount -t tmpfs tmpfs /mnt/t || exit 90
         export TMPDIR=/mnt/t
         echo 'package main; func main() { x := 1 }' | \"$MEMRUN\" run --toolchain go -; echo bad=$?
         echo 'package main; import \"fmt\"; func main() { fmt.Println(\"ok\") }' | \"$MEMRUN\" run --toolchain auto -; echo good=$?
         ls -A /dev/shm /mnt/t | grep -c memrun",
    );
    let out = stdout(&o);
    assert_ne!(o.status.code(), Some(90), "{}", stderr(&o));
    assert!(out.contains("bad=1"), "{out} {}", stderr(&o));
    assert!(
        stderr(&o).contains("<stdin>:1:29: declared and not used: x"),
        "{}",
        stderr(&o)
    );
    assert!(out.contains("ok\ngood=0"), "{out} {}", stderr(&o));
    assert!(out.trim_end().ends_with('0'), "leftovers: {out}");

    // Interrupted while Go builds: the directory goes first, then memrun dies of the signal.
    let token = format!("memrun-interrupt-{}", std::process::id());
    let src =
        format!("package main\n\nimport \"fmt\"\n\n// {token}\nfunc main() {{ fmt.Println(1) }}\n");
    let mut child = memrun()
        .args(["run", "--toolchain", "go", "-"])
        .env("GOCACHE", scratch("stdin-gocache"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(src.as_bytes())
        .unwrap();
    let ours = || {
        std::fs::read_dir("/dev/shm")
            .into_iter()
            .flatten()
            .chain(
                std::fs::read_dir(std::env::temp_dir())
                    .into_iter()
                    .flatten(),
            )
            .flatten()
            .filter(|e| {
                std::fs::read_to_string(e.path().join("stdin.go")).is_ok_and(|t| t.contains(&token))
            })
            .count()
    };
    let start = std::time::Instant::now();
    while ours() == 0 && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert_eq!(ours(), 1, "the source never appeared");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let st = child.wait().unwrap();
    assert_eq!(st.signal(), Some(libc_sigterm()), "{st:?}");
    assert_eq!(ours(), 0, "the source was left behind");
}

fn libc_sigterm() -> i32 {
    nix::sys::signal::Signal::SIGTERM as i32
}

#[test]
fn go_toolchain_ignores_modules_planted_beside_the_source() {
    if !require_go() {
        return;
    }
    // Someone else's go.mod (an impossible version, a replace) and go.work in the shared RAM
    // directory must not reach a build of piped source.
    let o = in_mount_ns(
        "mount -t tmpfs tmpfs /dev/shm || exit 90
         mkdir -p /dev/shm/evil && printf 'module evil\\n\\ngo 1.99\\n' > /dev/shm/go.mod
         printf 'go 1.99\\n\\nuse ./evil\\n' > /dev/shm/go.work
         echo 'package main; import \"fmt\"; func main() { fmt.Println(\"own module\") }' | \"$MEMRUN\" run --toolchain go -; echo rc=$?",
    );
    assert_ne!(o.status.code(), Some(90), "{}", stderr(&o));
    assert_eq!(stdout(&o), "own module\nrc=0\n", "{}", stderr(&o));
}

#[test]
fn name_is_checked_and_applies_to_files_too() {
    let dir = scratch("stdin-name");
    let src = dir.join("prog.go");
    std::fs::write(&src, ARGS_AND_EXIT).unwrap();
    let o = memrun()
        .args(["run", "--name", "other"])
        .arg(&src)
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "1 other []\n", "{}", stderr(&o));
    for bad in ["", ".", "..", "../escaped", "a/b"] {
        let o = with_stdin(
            memrun()
                .args(["install", "--name", bad, "-"])
                .env("MEMRUN_BIN", dir.join("bin")),
            ARGS_AND_EXIT.as_bytes(),
        );
        assert_clean_error(&o, "invalid program name");
    }
    let o = memrun()
        .args(["build", "-e", "package main; func main() {}"])
        .arg(&src)
        .output()
        .unwrap();
    assert_clean_error(&o, "either with -e or as a file, not both");
}
