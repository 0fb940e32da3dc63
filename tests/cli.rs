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
    for cmd in ["run", "build", "install", "exec", "completions"] {
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
