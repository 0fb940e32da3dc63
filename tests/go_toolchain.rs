//! `--toolchain go`: the installed Go toolchain builds straight into a memfd; `build` writes the
//! very same bytes to disk.

mod common;

use common::*;
use std::os::unix::fs::PermissionsExt;

const SELF_EXE: &str = r#"package main

import (
	"fmt"
	"os"
)

func main() {
	p, _ := os.Readlink("/proc/self/exe")
	fmt.Println(p)
	fmt.Println(os.Args[1:])
	if len(os.Args) > 1 && os.Args[1] == "dump" {
		b, _ := os.ReadFile("/proc/self/exe")
		os.Stdout.Write(b)
	}
	os.Exit(len(os.Args) - 1)
}
"#;

fn source(dir: &std::path::Path) -> std::path::PathBuf {
    let src = dir.join("selfexe.go");
    std::fs::write(&src, SELF_EXE).unwrap();
    src
}

#[test]
fn run_with_go_executes_from_a_memfd() {
    if !require_go() {
        return;
    }
    let dir = scratch("go-run");
    let src = source(&dir);
    let o = memrun()
        .args(["run", "--toolchain", "go"])
        .arg(&src)
        .args(["a", "-b"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&o),
        "/memfd:selfexe (deleted)\n[a -b]\n",
        "{}",
        stderr(&o)
    );
    assert_eq!(o.status.code(), Some(2));
    // The shebang form with the toolchain from the environment.
    let o = memrun()
        .env("MEMRUN_TOOLCHAIN", "go")
        .arg(&src)
        .arg("x")
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "/memfd:selfexe (deleted)\n[x]\n");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn build_writes_the_bytes_run_executes() {
    if !require_go() {
        return;
    }
    let dir = scratch("go-build");
    let src = source(&dir);
    let out = dir.join("selfexe-bin");
    let o = memrun()
        .args(["build", "--toolchain", "go", "-o"])
        .arg(&out)
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let built = std::fs::read(&out).unwrap();
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o755
    );
    let o = memrun()
        .args(["run", "--toolchain", "go"])
        .arg(&src)
        .arg("dump")
        .output()
        .unwrap();
    let header = "/memfd:selfexe (deleted)\n[dump]\n";
    assert!(o.stdout.starts_with(header.as_bytes()));
    assert!(
        o.stdout[header.len()..] == built[..],
        "run and build images differ"
    );
    // Default output name: the program name in the current directory.
    let o = memrun()
        .current_dir(&dir)
        .args(["build", "--toolchain", "go", "selfexe.go"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read(dir.join("selfexe")).unwrap(), built);
    // Nothing but the outputs was left in the directory.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["selfexe", "selfexe-bin", "selfexe.go"]);
}

#[test]
fn install_goes_to_memrun_bin() {
    if !require_go() {
        return;
    }
    let dir = scratch("go-install");
    let src = source(&dir);
    let bin = dir.join("bin");
    let o = memrun()
        .env("MEMRUN_BIN", &bin)
        .args(["install", "--toolchain", "go"])
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = std::process::Command::new(bin.join("selfexe"))
        .arg("q")
        .output()
        .unwrap();
    assert!(
        stdout(&o).ends_with("/bin/selfexe\n[q]\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn go_compile_errors_are_go_s_own() {
    if !require_go() {
        return;
    }
    let dir = scratch("go-bad");
    let src = dir.join("bad.go");
    std::fs::write(&src, "package main\n\nfunc main() {\n\tx := 1\n}\n").unwrap();
    let o = memrun()
        .args(["run", "--toolchain", "go"])
        .arg(&src)
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("bad.go:4:2: declared and not used: x"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"));
    assert_ne!(o.status.code(), Some(0));
}

#[test]
fn missing_go_is_one_line_with_a_hint() {
    let dir = scratch("go-missing");
    let src = source(&dir);
    let o = memrun()
        .env("PATH", "/nonexistent")
        .env_remove("MEMRUN_GO")
        .args(["run", "--toolchain", "go"])
        .arg(&src)
        .output()
        .unwrap();
    assert_clean_error(&o, "the Go toolchain is not installed");
    assert!(stderr(&o).contains("apt-get install golang-go"));
}
