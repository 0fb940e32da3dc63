//! The built-in compiler end to end through the CLI: no Go toolchain involved (PATH is emptied),
//! every exec path, `build` output byte-identical to the running image, shebang scripts, and
//! `--toolchain auto` falling back to Go for whatever the built-in compiler rejects; internal
//! compiler errors reported as bugs.

mod common;

use common::*;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Stdio;

fn hello() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hello.go")
}

fn no_go(c: &mut std::process::Command) -> &mut std::process::Command {
    c.env("PATH", "/nonexistent").env_remove("MEMRUN_GO")
}

#[test]
fn hello_runs_without_any_toolchain_on_every_path() {
    let cache = scratch("builtin-cache");
    for via in ["memfd", "tmp", "file"] {
        let o = no_go(&mut memrun())
            .env("XDG_CACHE_HOME", &cache)
            .args(["run", "--via", via])
            .arg(hello())
            .output()
            .unwrap();
        assert_eq!(stdout(&o), "Hello, World!\n", "via {via}: {}", stderr(&o));
        assert!(o.status.success());
    }
    // The default command form and the shebang form.
    let o = no_go(&mut memrun()).arg(hello()).output().unwrap();
    assert_eq!(stdout(&o), "Hello, World!\n");
}

#[test]
fn exit_status_and_panics_are_the_program_s() {
    let dir = scratch("builtin-exit");
    for code in [0, 1, 7, 42, 127, 255] {
        let src = dir.join(format!("exit{code}.go"));
        std::fs::write(
            &src,
            format!("package main\n\nimport \"os\"\n\nfunc main() {{\n\tos.Exit({code})\n}}\n"),
        )
        .unwrap();
        for via in ["memfd", "tmp"] {
            let st = no_go(&mut memrun())
                .args(["run", "--via", via])
                .arg(&src)
                .status()
                .unwrap();
            assert_eq!(st.code(), Some(code), "via {via}");
        }
    }
    let src = dir.join("boom.go");
    std::fs::write(
        &src,
        "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun()).arg("run").arg(&src).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("panic: boom\n\ngoroutine 1 [running]:"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn args_reach_the_program_and_signals_kill_it() {
    let dir = scratch("builtin-args");
    let src = dir.join("args.go");
    std::fs::write(
        &src,
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(os.Args[0], len(os.Args))\n\tfmt.Printf(\"%q\\n\", os.Args[1:])\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun())
        .arg("run")
        .arg(&src)
        .args(["a b", "--via", "-x"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&o),
        "args 4\n[\"a b\" \"--via\" \"-x\"]\n",
        "{}",
        stderr(&o)
    );

    let spin = dir.join("spin.go");
    std::fs::write(&spin, "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n").unwrap();
    let mut child = no_go(&mut memrun()).arg("run").arg(&spin).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    assert_eq!(child.wait().unwrap().signal(), Some(15));
}

#[test]
fn build_writes_exactly_the_running_image() {
    let dir = scratch("builtin-build");
    let spin = dir.join("spin.go");
    std::fs::write(&spin, "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n").unwrap();
    let out = dir.join("spin-bin");
    let o = no_go(&mut memrun())
        .args(["build", "-o"])
        .arg(&out)
        .arg(&spin)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o755
    );
    let built = std::fs::read(&out).unwrap();
    // The runtime every program carries: start-up, the allocator and collector, the
    // scheduler (a preempted function yields through it), panics (92 KB for hello world;
    // Go's is 2.2 MB).
    assert!(
        built.len() < 128 * 1024,
        "a tiny program should be a small image ({} bytes)",
        built.len()
    );
    memrun::image::validate(&built).unwrap();

    let mut child = no_go(&mut memrun()).arg("run").arg(&spin).spawn().unwrap();
    let pid = child.id();
    let exe = format!("/proc/{pid}/exe");
    let mut running = Vec::new();
    for _ in 0..200 {
        if std::fs::read_link(&exe).is_ok_and(|l| l.to_string_lossy().starts_with("/memfd:spin")) {
            running = std::fs::read(&exe).unwrap();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        running == built,
        "the memfd image and the built file differ"
    );
    // The built file runs on its own: a static executable with no interpreter.
    let hello_bin = dir.join("hello");
    no_go(&mut memrun())
        .args(["build", "-o"])
        .arg(&hello_bin)
        .arg(hello())
        .status()
        .unwrap();
    let o = std::process::Command::new(&hello_bin)
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "Hello, World!\n");
}

#[test]
fn shebang_scripts_run() {
    let dir = scratch("builtin-shebang");
    let script = dir.join("greet");
    std::fs::write(
        &script,
        format!(
            "#!{}\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {{\n\tfmt.Println(\"hi\", os.Args[1:])\n\tos.Exit(len(os.Args))\n}}\n",
            memrun_path()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let o = std::process::Command::new(&script)
        .args(["x", "--", "-v"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "hi [x -- -v]\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(4));
}

#[test]
fn compile_errors_leave_nothing_behind() {
    let dir = scratch("builtin-errors");
    let src = dir.join("bad.go");
    std::fs::write(
        &src,
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n\ty()\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["build", "-o", "out", "bad.go"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(
        err,
        // What Go 1.27.3 prints for this file.
        "bad.go:3:8: \"os\" imported and not used\nbad.go:6:2: declared and not used: x\nbad.go:7:2: undefined: y\n"
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "only the source may remain"
    );
}

#[test]
fn too_many_errors_stop_at_ten() {
    let dir = scratch("builtin-many");
    let body: String = (0..15).map(|i| format!("\tundefined{i}()\n")).collect();
    let src = dir.join("many.go");
    std::fs::write(&src, format!("package main\n\nfunc main() {{\n{body}}}\n")).unwrap();
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["run", "many.go"])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 11, "{err}");
    // As Go 1.27.3: at the tenth error's position.
    assert_eq!(
        err.lines().last().unwrap(),
        "many.go:13:2: too many errors",
        "{err}"
    );
}

#[test]
fn unsupported_programs_name_the_construct_and_auto_falls_back_to_go() {
    let dir = scratch("builtin-auto");
    let src = dir.join("chans.go");
    std::fs::write(
        &src,
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar c complex128\n\tch := make(chan int, 1)\n\tch <- 1\n\tfmt.Println(<-ch, c)\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["run", "chans.go"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "chans.go:6:8: memrun: complex numbers are not supported yet\n"
    );
    if !require_go() {
        return;
    }
    let o = memrun()
        .current_dir(&dir)
        .args(["run", "--toolchain", "auto", "chans.go"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "1 (0+0i)\n", "{}", stderr(&o));
    // auto hands whatever the built-in compiler rejects to Go, which reports real errors itself.
    let bad = dir.join("bad.go");
    std::fs::write(
        &bad,
        "package main\n\nfunc main() {\n\tundefinedThing()\n}\n",
    )
    .unwrap();
    let o = memrun()
        .current_dir(&dir)
        .args(["run", "--toolchain", "auto", "bad.go"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        stderr(&o),
        "# command-line-arguments\n./bad.go:4:2: undefined: undefinedThing\n"
    );
    assert_eq!(o.status.code(), Some(1));
}

/// A compiler bug on demand: debug builds of memrun honour `MEMRUN_DEBUG_ICE`.
fn inject_ice(kind: &str) -> std::process::Command {
    let mut c = memrun();
    c.env("MEMRUN_DEBUG_ICE", kind);
    c
}

#[test]
fn an_internal_compiler_error_is_reported_as_a_bug_never_as_unsupported() {
    if !cfg!(debug_assertions) {
        eprintln!("skipping: failure injection exists in debug builds only");
        return;
    }
    for (kind, what) in [
        ("error", "verifier errors (injected by MEMRUN_DEBUG_ICE)"),
        (
            "panic",
            "injected by MEMRUN_DEBUG_ICE (at src/compile/mod.rs:",
        ),
    ] {
        let o = no_go(&mut inject_ice(kind))
            .arg("run")
            .arg(hello())
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(70), "{kind}: {err}");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{kind}: {err}");
        assert!(
            lines[0].starts_with(&format!(
                "memrun: internal compiler error in code generation while compiling main.main: {what}"
            )),
            "{kind}: {err}"
        );
        assert!(lines[1].contains("please report it"), "{err}");
        assert!(!err.contains("not supported"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // A program over 8 KiB compiles on the compiler's own big-stack thread: its panics are
    // reported the same way.
    let big = scratch("builtin-ice").join("big.go");
    let pad = format!("// {}\n", "x".repeat(100)).repeat(100);
    std::fs::write(
        &big,
        format!("{pad}{}", std::fs::read_to_string(hello()).unwrap()),
    )
    .unwrap();
    let o = no_go(&mut inject_ice("panic"))
        .arg("run")
        .arg(&big)
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(70), "{err}");
    assert!(
        err.starts_with("memrun: internal compiler error in code generation while compiling main.main: injected by MEMRUN_DEBUG_ICE"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    if !require_go() {
        return;
    }
    // auto says so, then builds with Go.
    let o = inject_ice("panic")
        .args(["run", "--toolchain", "auto"])
        .arg(hello())
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "Hello, World!\n", "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("memrun: internal compiler error in code generation"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("building with the Go toolchain instead"));
}

#[test]
fn a_package_directory_compiles_all_its_files() {
    let dir = scratch("builtin-pkg").join("greeter");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("main.go"),
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(greeting(), answer)\n}\n",
    )
    .unwrap();
    std::fs::write(dir.join("util.go"), "package main\n\nconst answer = 42\n\nfunc greeting() string { return \"hello from util\" }\n").unwrap();
    std::fs::write(
        dir.join("util_test.go"),
        "package main\n\nthis is not compiled\n",
    )
    .unwrap();
    let o = no_go(&mut memrun()).arg("run").arg(&dir).output().unwrap();
    assert_eq!(stdout(&o), "hello from util 42\n", "{}", stderr(&o));
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["build", "."])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        dir.join("greeter").exists(),
        "build names the output after the directory"
    );
}

#[test]
fn install_writes_a_runnable_program_into_the_bin_dir() {
    let dir = scratch("builtin-install");
    let bin = dir.join("bin");
    for (var, expect_note) in [("MEMRUN_BIN", true), ("XDG_BIN_HOME", true)] {
        let _ = std::fs::remove_dir_all(&bin);
        let o = no_go(&mut memrun())
            .env_remove("MEMRUN_BIN")
            .env_remove("XDG_BIN_HOME")
            .env(var, &bin)
            .arg("install")
            .arg(hello())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            stderr(&o).contains("is not in your PATH"),
            expect_note,
            "{}",
            stderr(&o)
        );
        let o = std::process::Command::new(bin.join("hello"))
            .output()
            .unwrap();
        assert_eq!(stdout(&o), "Hello, World!\n");
    }
    // Without either variable: ~/.local/bin under $HOME.
    let home = dir.join("home");
    let o = no_go(&mut memrun())
        .env_remove("MEMRUN_BIN")
        .env_remove("XDG_BIN_HOME")
        .env("HOME", &home)
        .arg("install")
        .arg(hello())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(home.join(".local/bin/hello").exists());
}

/// Library members come from the runtime library's Go source: a function with a body runs, one
/// without is "not supported yet", an unknown or unexported one is undefined as gc says.
#[test]
fn library_packages_resolve_through_the_package_table() {
    let dir = scratch("builtin-pkgtable");
    std::fs::write(
        dir.join("getenv.go"),
        "package main\n\nimport \"os\"\n\nfunc main() {\n\t_, _ = os.OpenInRoot(\"a\", \"b\")\n\t_ = os.ErrNoHandle\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["run", "getenv.go"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "getenv.go:6:12: memrun: os.OpenInRoot is not supported yet\ngetenv.go:7:9: memrun: os.ErrNoHandle is not supported yet\n"
    );
    std::fs::write(
        dir.join("exit.go"),
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tint := len(os.Args)\n\tos.Exit(int + 40)\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["run", "exit.go", "a"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(42), "{}", stderr(&o));
}

/// Valid Go that memrun does not compile yet is named as such, never compiled without a piece
/// (complex numbers and their builtins).
#[test]
fn valid_go_memrun_cannot_compile_yet_is_rejected_by_name() {
    let dir = scratch("builtin-notyet");
    for (name, body, want) in [
        (
            "complex",
            "\tfmt.Println(complex(1, 2))\n",
            "memrun: the builtin complex is not supported yet",
        ),
        (
            "imag",
            "\tfmt.Println(imag(2i))\n",
            "memrun: the builtin imag is not supported yet",
        ),
    ] {
        let src = dir.join(format!("{name}.go"));
        std::fs::write(
            &src,
            format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{body}}}\n"),
        )
        .unwrap();
        let o = no_go(&mut memrun())
            .current_dir(&dir)
            .args(["run", &format!("{name}.go")])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{name}: {}", stderr(&o));
    }
}

/// fmt orders a map's interface keys of different types by where gc's linker put their
/// type descriptors, which memrun's do not follow: printing such a map stops the program with
/// memrun's message instead of printing another order (keys of one type, and nil, print).
#[test]
fn printing_a_map_with_keys_of_two_types_stops_the_program() {
    let dir = scratch("builtin-mapkeys");
    std::fs::write(
        dir.join("keys.go"),
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(map[any]int{nil: 0, 2: 1, 1: 2})\n\tfmt.Println(map[any]int{uint(1): 3, 1: 5})\n}\n",
    )
    .unwrap();
    let o = no_go(&mut memrun())
        .current_dir(&dir)
        .args(["run", "keys.go"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "map[<nil>:0 1:2 2:1]\n");
    assert_eq!(
        stderr(&o),
        "memrun: printing a map whose interface keys hold values of different types is not supported yet (gc orders them by where its type descriptors lie)\n"
    );
}

/// Slicing past the length of a slice gc may have given a stack buffer (Go 1.25+) would show
/// memrun's capacity instead of gc's: such a slice expression stops the program with memrun's
/// message where it reaches past the length, and runs normally where it does not. (In a
/// function literal called in the right operand of `&&`, which gc inlines into its caller's
/// frame and memrun does not, keeping the order of evaluation; `main`'s own slices, and
/// those of small functions and literals memrun inlines as gc does, it allocates as gc
/// does.)
#[test]
fn slicing_past_a_length_gc_may_have_chosen_stops_the_program() {
    let dir = scratch("builtin-capguard");
    for (name, n, code, out) in [("within", 1, 0, "1 1\n\n"), ("past", 2, 2, "")] {
        std::fs::write(
            dir.join(format!("{name}.go")),
            format!(
                "package main\n\nvar n = 1\n\nfunc main() {{\n\tf := func() bool {{\n\t\tvar s []int\n\t\ts = append(s, 1)\n\t\tt := s[:{n}]\n\t\tprintln(len(t), t[0])\n\t\treturn true\n\t}}\n\tif n > 0 && f() {{\n\t\tprintln()\n\t}}\n}}\n"
            ),
        )
        .unwrap();
        let o = no_go(&mut memrun())
            .current_dir(&dir)
            .args(["run", &format!("{name}.go")])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(code), "{name}: {}", stderr(&o));
        if code == 0 {
            assert_eq!(stderr(&o), out, "{name}");
        } else {
            assert_eq!(
                stderr(&o),
                "memrun: slicing past the length of a slice whose capacity gc may choose by escape analysis (Go 1.25+ stack buffers) is not supported yet\n"
            );
        }
    }
}

/// Generic instantiation that never ends (a method of Box[T] returning Box[Box[T]], F[T]
/// calling F[[]T], a type holding an instance of itself) is a compile error, never a hang or
/// a stack overflow.
#[test]
fn instantiation_cycles_are_errors_not_hangs() {
    let dir = scratch("builtin-instcycle");
    for (name, src) in [
        (
            "wrap",
            "package main\n\nimport \"fmt\"\n\ntype Box[T any] struct{ v T }\n\nfunc (b Box[T]) Wrap() Box[Box[T]] { return Box[Box[T]]{b} }\n\nfunc main() { fmt.Println(Box[int]{1}.Wrap()) }\n",
        ),
        (
            "grow",
            "package main\n\nfunc F[T any](x T, n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn F([]T{x}, n-1)\n}\n\nfunc main() { println(F(1, 3)) }\n",
        ),
        (
            "self",
            "package main\n\ntype L[T any] struct {\n\tnext L[T]\n\tv    T\n}\n\nfunc main() {\n\tvar l L[int]\n\tprintln(l.v)\n}\n",
        ),
    ] {
        std::fs::write(dir.join(format!("{name}.go")), src).unwrap();
        let o = no_go(&mut memrun())
            .current_dir(&dir)
            .args(["build", "-o", "/dev/null", &format!("{name}.go")])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("instantiation cycle") || err.contains("invalid recursive type"),
            "{name}: {err}"
        );
    }
}
