//! The command line as a user meets it: version, help, completions, the shebang form.

mod common;

use common::*;

#[test]
fn version_and_help() {
    let o = memrun().arg("--version").output().unwrap();
    assert_eq!(
        stdout(&o),
        format!("memrun {}\n", env!("CARGO_PKG_VERSION"))
    );
    for cmd in [
        "run",
        "build",
        "install",
        "exec",
        "trace",
        "bench",
        "completions",
    ] {
        let o = memrun().args(["help", cmd]).output().unwrap();
        assert!(o.status.success());
        assert!(stdout(&o).contains("Usage: memrun"), "help {cmd}");
    }
    let o = memrun().output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Usage: memrun"));
}

#[test]
fn completions_for_every_shell() {
    for (shell, needle) in [
        ("bash", "_memrun()"),
        ("zsh", "#compdef memrun"),
        ("fish", "complete -c memrun"),
    ] {
        let o = memrun().args(["completions", shell]).output().unwrap();
        assert!(o.status.success());
        assert!(stdout(&o).contains(needle), "{shell}");
        assert!(stdout(&o).contains("exec"), "{shell}");
    }
}

#[test]
fn completions_into_a_closed_pipe_is_not_an_error() {
    let o = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' completions bash | head -c1 >/dev/null; echo ${{PIPESTATUS:-ok}}",
            memrun_path()
        ))
        .output()
        .unwrap();
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn shebang_scripts_get_their_arguments_verbatim() {
    // `#!/usr/bin/env memrun` makes the kernel run `memrun SCRIPT ARGS…`; exercise that form with
    // a prebuilt binary-free check: the error for a non-existent script names it.
    let o = memrun()
        .args(["./no-such-script.go", "--via", "x"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no-such-script.go"));
}

#[test]
fn bench_measures_every_path_and_exports() {
    let dir = scratch("cli-bench");
    let o = memrun()
        .env("MEMRUN_TMPDIR", &dir)
        .args(["bench", "--sizes", "4K,64K", "--runs", "3", "--warmup", "1"])
        .arg("--json")
        .arg(dir.join("r.json"))
        .arg("--csv")
        .arg(dir.join("r.csv"))
        .arg("--markdown")
        .arg(dir.join("r.md"))
        .arg("--plot")
        .arg(dir.join("r.svg"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o);
    for path in ["tmp", "memfd", "file"] {
        assert!(table.contains(&format!(" {path} ")), "{table}");
    }
    assert!(table.contains("paths interleaved"), "{table}");
    let rows: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).unwrap()).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 6);
    for r in rows {
        assert_eq!(r["runs"], 3);
        assert!(r["median_ms"].as_f64().unwrap() > 0.0);
        assert!(r["min_ms"].as_f64().unwrap() <= r["max_ms"].as_f64().unwrap());
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("r.csv"))
            .unwrap()
            .lines()
            .count(),
        7
    );
    assert!(std::fs::read_to_string(dir.join("r.md"))
        .unwrap()
        .starts_with("| case |"));
    assert!(std::fs::read_to_string(dir.join("r.svg"))
        .unwrap()
        .contains("<svg"));
    // Only the bench directory's own files remain: every run cleaned up after itself.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["r.csv", "r.json", "r.md", "r.svg"]);
}

#[test]
fn bench_rejects_bad_settings() {
    let o = memrun().args(["bench", "--sizes", "4Q"]).output().unwrap();
    assert_clean_error(&o, "invalid size \"4Q\"");
    let o = memrun().args(["bench", "--runs", "0"]).output().unwrap();
    assert_clean_error(&o, "--runs must be at least 1");
}

#[test]
fn bench_of_a_program_adds_the_go_rows() {
    if !require_go() {
        return;
    }
    let hello = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hello.go");
    let o = memrun()
        .args(["bench", "--runs", "2", "--warmup", "0"])
        .arg(&hello)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o);
    assert!(
        table.contains("go run") && table.contains("go build + exec"),
        "{table}"
    );
}
