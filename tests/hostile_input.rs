//! Hostile input and scale (issue 16): devices and FIFOs as targets, the cache-path race,
//! unbounded reads, stack overflows, NUL bytes in source. Each test failed before its fix.

mod common;

use common::*;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `cmd`, killing it after `secs` (a test of a bound must not hang if the bound is gone);
/// returns its output and how long it took.
fn run_bounded(cmd: &mut Command, secs: u64) -> (std::process::Output, Duration) {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(secs));
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid as i32),
            nix::sys::signal::Signal::SIGKILL,
        );
    });
    let out = child.wait_with_output().unwrap();
    drop(watchdog);
    (out, start.elapsed())
}

#[test]
fn run_of_a_device_stops_at_the_source_limit() {
    let (o, took) = run_bounded(memrun().args(["run", "/dev/zero"]), 60);
    assert_clean_error(
        &o,
        "/dev/zero: larger than 64 MiB, memrun's limit for a Go source file",
    );
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn exec_of_a_device_is_refused_at_its_header() {
    let (o, took) = run_bounded(memrun().args(["exec", "/dev/zero"]), 60);
    assert_clean_error(
        &o,
        "/dev/zero: not an ELF executable (starts with bytes 00 00 00 00 00)",
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn endless_stdin_is_refused_at_its_header() {
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let (o, took) = run_bounded(memrun().args(["exec", "-"]).stdin(zero), 60);
    assert_clean_error(
        &o,
        "-: not an ELF executable (starts with bytes 00 00 00 00 00)",
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn a_gigabyte_of_text_on_stdin_is_refused_after_64_bytes() {
    let mut child = memrun()
        .args(["exec", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        let mut sent = 0usize;
        for _ in 0..1024 {
            if stdin.write_all(&chunk).is_err() {
                break; // memrun stopped reading and exited: what we want
            }
            sent += chunk.len();
        }
        sent
    });
    let o = child.wait_with_output().unwrap();
    let sent = writer.join().unwrap();
    assert_clean_error(&o, "-: not an ELF executable (starts with \"aaaaa\")");
    assert!(sent < 64 << 20, "memrun read {sent} bytes before refusing");
}

#[test]
fn a_valid_header_followed_by_an_endless_stream_stops_at_the_image_limit() {
    // A real ELF header, then zeros for ever: the header passes, the limit stops the read.
    let header = std::fs::read(probe()).unwrap()[..64].to_vec();
    let mut child = memrun()
        .args(["exec", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&header);
        let chunk = vec![0u8; 1 << 20];
        while stdin.write_all(&chunk).is_ok() {}
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_clean_error(
        &o,
        "-: larger than 1024 MiB, memrun's limit for an executable",
    );
}

/// Writes `tests`' scratch Go program `name.go` printing `text`, and returns its directory.
fn go_program(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(format!("{name}.go"));
    std::fs::write(
        &p,
        format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tfmt.Println({text:?})\n}}\n"),
    )
    .unwrap();
    p
}

// ---- item 1: devices, FIFOs and sockets as targets ----

#[test]
fn build_to_dev_null_discards_and_other_special_targets_are_refused() {
    // A private /dev (in a mount namespace), so a regression cannot replace the host's /dev/null.
    let dir = scratch("special-targets");
    let src = go_program(&dir, "hello", "hi");
    let o = in_mount_ns(&format!(
        "mount -t tmpfs tmpfs /dev || exit 90
         mknod /dev/null c 1 3 && mknod /dev/zero c 1 5 && mkfifo /dev/fifo || exit 90
         chmod 666 /dev/null /dev/zero
         \"$MEMRUN\" build -o /dev/null {src}; echo null=$?
         [ -c /dev/null ] && echo still-a-device
         \"$MEMRUN\" build -o /dev/zero {src}; echo zero=$?
         \"$MEMRUN\" build -o /dev/fifo {src}; echo fifo=$?
         [ -p /dev/fifo ] && echo still-a-fifo
         mkfifo /dev/hello; MEMRUN_BIN=/dev \"$MEMRUN\" install {src}; echo install=$?
         ls -A /dev | grep -c memrun",
        src = src.display()
    ));
    let out = stdout(&o);
    let err = stderr(&o);
    assert_ne!(o.status.code(), Some(90), "namespace setup failed: {err}");
    assert!(out.contains("null=0\nstill-a-device"), "{out}\n{err}");
    assert!(out.contains("zero=1"), "{out}\n{err}");
    assert!(out.contains("fifo=1\nstill-a-fifo"), "{out}\n{err}");
    assert!(out.contains("install=1"), "{out}\n{err}");
    assert!(
        out.trim_end().ends_with("\n0"),
        "temp files left in /dev: {out}"
    );
    assert!(
        err.contains("memrun: /dev/zero is a character device, not a file; refusing to replace it with the program"),
        "{err}"
    );
    assert!(
        err.contains("memrun: /dev/fifo is a FIFO, not a file"),
        "{err}"
    );
    assert!(
        err.contains("memrun: /dev/hello is a FIFO, not a file"),
        "{err}"
    );
    // install has no -o: its hint must not suggest one.
    let install_hint = err
        .lines()
        .skip_while(|l| !l.contains("/dev/hello"))
        .nth(1)
        .unwrap_or_default();
    assert!(install_hint.contains("MEMRUN_BIN"), "{err}");
    assert!(!install_hint.contains("-o"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

// ---- item 2: the `--via file` cache ----

fn run_via_file(src: &std::path::Path, cache: &std::path::Path) -> std::process::Output {
    memrun()
        .args(["run", "--via", "file"])
        .arg(src)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .unwrap()
}

fn cache_entries(cache: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(cache.join("memrun/exe"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_cache_directory_others_can_write_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("cache-perm");
    let src = go_program(&dir, "hello", "hi");
    let cache = dir.join("cache");
    std::fs::create_dir_all(cache.join("memrun/exe")).unwrap();
    std::fs::set_permissions(cache.join("memrun/exe"), PermissionsExt::from_mode(0o777)).unwrap();
    let o = run_via_file(&src, &cache);
    assert_clean_error(&o, "refusing the cache directory");
    assert!(
        stderr(&o).contains("others can write to it (mode 777)"),
        "{}",
        stderr(&o)
    );

    std::fs::set_permissions(cache.join("memrun/exe"), PermissionsExt::from_mode(0o700)).unwrap();
    let o = run_via_file(&src, &cache);
    assert_eq!(stdout(&o), "hi\n", "{}", stderr(&o));

    if is_root() {
        std::os::unix::fs::chown(cache.join("memrun"), Some(65534), Some(65534)).unwrap();
        let o = run_via_file(&src, &cache);
        assert_clean_error(&o, "it is owned by uid 65534, not by you (uid 0)");
    }
}

#[test]
fn a_planted_link_or_file_in_the_cache_is_never_run() {
    let dir = scratch("cache-plant");
    let src = go_program(&dir, "good", "good");
    let cache = dir.join("cache");
    let o = run_via_file(&src, &cache);
    assert_eq!(stdout(&o), "good\n", "{}", stderr(&o));
    let entries = cache_entries(&cache);
    assert_eq!(entries.len(), 1, "{entries:?}");
    let cached = cache.join("memrun/exe").join(&entries[0]);
    // A symbolic link to another program under the cached name is replaced, not followed.
    std::fs::remove_file(&cached).unwrap();
    std::os::unix::fs::symlink(probe(), &cached).unwrap();
    let o = run_via_file(&src, &cache);
    assert_eq!(stdout(&o), "good\n", "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&cached).unwrap().is_file());
    // So is a file whose bytes differ.
    std::fs::copy(probe(), &cached).unwrap();
    let o = run_via_file(&src, &cache);
    assert_eq!(stdout(&o), "good\n", "{}", stderr(&o));
    // And one with the right bytes that we may not execute.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&cached, PermissionsExt::from_mode(0o644)).unwrap();
    let o = run_via_file(&src, &cache);
    assert_eq!(stdout(&o), "good\n", "{}", stderr(&o));
}

#[test]
fn a_file_swapped_in_during_the_run_is_never_executed() {
    // What root's `--via file` did with a cache another user could write: check the file by
    // path, then exec the path. A writer swapping files under the cached name (link + rename,
    // as fast as it can) won most runs. Now the verified descriptor is what runs.
    let dir = scratch("cache-race");
    let good = go_program(&dir, "good", "good");
    let evil_src = go_program(&dir, "evil", "evil");
    let evil = dir.join("evil.bin");
    let st = memrun()
        .args(["build", "-o"])
        .arg(&evil)
        .arg(&evil_src)
        .status()
        .unwrap();
    assert!(st.success());
    let cache = dir.join("cache");
    assert_eq!(stdout(&run_via_file(&good, &cache)), "good\n");
    let exe_dir = cache.join("memrun/exe");
    let target = exe_dir.join(&cache_entries(&cache)[0]);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let swapper = {
        let stop = stop.clone();
        let (evil, exe_dir, target) = (evil.clone(), exe_dir.clone(), target.clone());
        std::thread::spawn(move || {
            let tmp = exe_dir.join("swap");
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = std::fs::remove_file(&tmp);
                if std::fs::hard_link(&evil, &tmp).is_ok() {
                    let _ = std::fs::rename(&tmp, &target);
                }
            }
        })
    };
    let mut outputs = std::collections::BTreeMap::new();
    for _ in 0..150 {
        let o = run_via_file(&good, &cache);
        *outputs.entry(stdout(&o)).or_insert(0) += 1;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    swapper.join().unwrap();
    assert!(
        !outputs.contains_key("evil\n"),
        "the swapped-in program ran: {outputs:?}"
    );
    assert!(outputs.get("good\n").is_some_and(|n| *n > 0), "{outputs:?}");
}

#[test]
fn the_cache_is_bounded_least_recently_run_first() {
    let dir = scratch("cache-lru");
    let cache = dir.join("cache");
    let a = go_program(&dir, "a", "a");
    let b = go_program(&dir, "b", "b");
    let run = |src: &std::path::Path, max: &str| {
        let o = memrun()
            .args(["run", "--via", "file"])
            .arg(src)
            .env("XDG_CACHE_HOME", &cache)
            .env("MEMRUN_CACHE_MAX", max)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    };
    run(&a, "100000000");
    std::thread::sleep(Duration::from_millis(20));
    run(&b, "100000000");
    assert_eq!(cache_entries(&cache).len(), 2);
    std::thread::sleep(Duration::from_millis(20));
    run(&a, "100000000"); // a is now the most recently run
    let one = std::fs::metadata(cache.join("memrun/exe").join(&cache_entries(&cache)[0]))
        .unwrap()
        .len();
    std::thread::sleep(Duration::from_millis(20));
    let c = go_program(&dir, "c", "c");
    // Room for two: c (running) stays, a (recent) stays, b (oldest) goes.
    run(&c, &(one * 2 + one / 2).to_string());
    let left = cache_entries(&cache);
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(left.iter().any(|n| n.starts_with("a-")), "{left:?}");
    assert!(left.iter().any(|n| n.starts_with("c-")), "{left:?}");
}

// ---- item 4: a program's stack overflow ----

#[test]
fn stack_overflow_is_reported_as_gc_does_on_every_path() {
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/stack_overflow.go");
    let xdg = scratch("stack-overflow");
    for via in ["memfd", "tmp", "file"] {
        let o = memrun()
            .args(["run", "--via", via])
            .arg(&src)
            .env("XDG_CACHE_HOME", &xdg)
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "via {via}: {:?} {err}", o.status);
        // Ten million frames fit, as in gc (the 8 MiB kernel stack held about 500k).
        assert_eq!(stdout(&o), "10000000\n", "via {via}");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines.first().copied(),
            Some("runtime: goroutine stack exceeds 1000000000-byte limit"),
            "via {via}: {err}"
        );
        assert!(
            lines[1].starts_with("runtime: sp=0x") && lines[1].contains(" stack=[0x"),
            "{err}"
        );
        assert_eq!(lines[2], "fatal error: stack overflow", "via {via}: {err}");
    }
}

// ---- item 6: the smaller ones ----

#[test]
fn an_unsupported_construct_causes_no_follow_on_errors() {
    let dir = scratch("follow-on");
    let range = dir.join("range.go");
    std::fs::write(
        &range,
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tn := len(os.Args)\n\tvar c complex128\n\tfmt.Println(n, c)\n}\n",
    )
    .unwrap();
    let build = |src: &std::path::Path| {
        memrun()
            .arg("build")
            .arg("-o")
            .arg(dir.join("out"))
            .arg(src)
            .output()
            .unwrap()
    };
    let o = build(&range);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "{}:10:8: memrun: complex numbers are not supported yet\n",
            range.display()
        )
    );
    let http = dir.join("http.go");
    std::fs::write(
        &http,
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() {\n\tr := http.NewServeMux()\n\tfmt.Println(r)\n}\n",
    )
    .unwrap();
    let o = build(&http);
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "{}:5:2: memrun: package net/http is not supported yet\n",
            http.display()
        )),
        "{err}"
    );
    assert!(!err.contains("undefined: http"), "{err}");
    assert!(!err.contains("not used"), "{err}");
}

#[test]
fn bench_refuses_an_absurd_size_instead_of_aborting() {
    let o = memrun()
        .args(["bench", "--sizes", "100G", "--runs", "1"])
        .output()
        .unwrap();
    assert_clean_error(
        &o,
        "size 100G is larger than 1024 MiB, memrun's limit for an executable",
    );
}

#[test]
fn trace_exits_as_a_shell_does_for_a_missing_or_unexecutable_command() {
    let o = memrun()
        .args(["trace", "--", "/nonexistent/cmd"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(127), "{}", stderr(&o));
    let dir = scratch("trace-126");
    let f = dir.join("not-executable");
    std::fs::write(&f, "data").unwrap();
    let o = memrun().args(["trace", "--"]).arg(&f).output().unwrap();
    assert_eq!(o.status.code(), Some(126), "{}", stderr(&o));
    assert!(stderr(&o).contains("chmod +x"), "{}", stderr(&o));
}

#[test]
fn trace_warns_when_ptrace_drops_a_set_user_id_bit() {
    use std::os::unix::fs::PermissionsExt;
    if !is_root() {
        eprintln!("skipping: needs root to make a set-user-ID file owned by another user");
        return;
    }
    let dir = scratch("trace-setuid");
    std::fs::set_permissions(&dir, PermissionsExt::from_mode(0o755)).unwrap();
    let suid = dir.join("suid-probe");
    std::fs::copy(probe(), &suid).unwrap();
    std::fs::set_permissions(&suid, PermissionsExt::from_mode(0o4755)).unwrap();
    let o = Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            memrun_path(),
            "trace",
            "--",
        ])
        .arg(&suid)
        .args(["exit", "0"])
        .output()
        .expect("setpriv (util-linux)");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!(
            "Warning: {} is set-user-ID (uid 0): traced, it ran without those privileges",
            suid.display()
        )),
        "{err}"
    );
}

// ---- deep and long input ----

/// A program whose `main` holds `body` between `x := 1` and `fmt.Println(x)`.
fn program_with(body: &str) -> String {
    format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tx := 1\n{body}\tfmt.Println(x)\n}}\n"
    )
}

#[test]
fn deep_and_long_programs_that_gc_compiles_compile() {
    let dir = scratch("deep");
    let cases = [
        (
            "nested_ifs",
            "if x > 0 {\n".repeat(5000) + "x++\n" + &"}\n".repeat(5000),
            "2",
        ),
        (
            "nested_blocks",
            "{\n".repeat(7000) + "x++\n" + &"}\n".repeat(7000),
            "2",
        ),
        (
            "else_ifs",
            "if x == 0 {\n}".to_owned()
                + &(1..10000)
                    .map(|i| format!(" else if x == {i} {{\nx += {i}\n}}"))
                    .collect::<String>()
                + "\n",
            "2",
        ),
        (
            "unary_minus",
            format!("x = {}x\n", "- ".repeat(10001)),
            "-1",
        ),
        (
            "long_sum",
            format!("x = {}\n", vec!["x"; 100_000].join(" + ")),
            "100000",
        ),
        (
            "parens",
            format!("x = {}x + 1{}\n", "(".repeat(10000), ")".repeat(10000)),
            "2",
        ),
        (
            "parenthesized_target",
            format!("{}x{} = 2\n", "(".repeat(4000), ")".repeat(4000)),
            "2",
        ),
    ];
    for (name, body, want) in cases {
        let src = dir.join(format!("{name}.go"));
        std::fs::write(&src, program_with(&body)).unwrap();
        let (o, took) = run_bounded(memrun().arg("run").arg(&src), 120);
        assert_eq!(
            stdout(&o),
            format!("{want}\n"),
            "{name}: {} ({took:?})",
            stderr(&o)
        );
        assert_eq!(o.status.code(), Some(0), "{name}");
    }
}

/// Megabytes of characters that cannot start a token: errors are reported (the first ten, as
/// gc does), never a stack overflow or unbounded memory.
#[test]
fn a_file_of_invalid_characters_is_diagnosed() {
    let dir = scratch("garbage");
    let src = dir.join("junk.go");
    std::fs::write(&src, format!("package main\n{}", "@".repeat(6 << 20))).unwrap();
    let (o, _) = run_bounded(memrun().arg("run").arg(&src), 120);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "{}:2:1: invalid character U+0040 '@'",
            src.display()
        )),
        "{err}"
    );
    assert!(err.lines().count() <= 11, "{err}");
}

#[test]
fn nesting_beyond_the_limit_is_one_diagnostic_not_a_crash() {
    let dir = scratch("too-deep");
    let src = dir.join("deep.go");
    std::fs::write(
        &src,
        program_with(&format!("x = {}x\n", "^".repeat(100_001))),
    )
    .unwrap();
    let (o, _) = run_bounded(memrun().arg("run").arg(&src), 120);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        format!(
            "{}:7:100004: memrun: nesting deeper than 100000 levels is not supported\n",
            src.display()
        )
    );
}

#[test]
fn stack_overflow_is_reported_on_the_kernel_stack_too() {
    // With address space limited (`ulimit -v`), the 1 GiB stack cannot be mapped and the program
    // runs on the kernel's stack, bounded by RLIMIT_STACK: still gc's report, not a SIGSEGV.
    let dir = scratch("stack-overflow-small");
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/stack_overflow.go");
    let exe = dir.join("so");
    let st = memrun()
        .args(["build", "-o"])
        .arg(&exe)
        .arg(&src)
        .status()
        .unwrap();
    assert!(st.success());
    for stack in ["2048", "8192", "unlimited"] {
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -v 800000 && ulimit -s {stack} && exec '{}'",
                exe.display()
            ))
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(
            o.status.code(),
            Some(2),
            "ulimit -s {stack}: {:?} {err}",
            o.status
        );
        assert!(
            err.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\n"),
            "ulimit -s {stack}: {err}"
        );
        assert!(err.contains("\nfatal error: stack overflow\n"), "{err}");
    }
}

#[test]
fn small_deep_inputs_compile_on_a_small_stack() {
    // Inputs up to 8 KiB compile on the caller's thread: nothing in them may overflow even a
    // 2 MiB stack (the independent review's crashers: a long untyped shift chain, deep
    // blocks, deep unary operators).
    let dir = scratch("small-deep");
    let cases = [
        (
            "shift_chain",
            format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\ts := uint(1)\n\tvar x int = 1<<s{}\n\tfmt.Println(x)\n}}\n", "+1".repeat(3000)),
        ),
        ("blocks", format!("package main\n\nfunc main() {{\n{}{}}}\n", "{\n".repeat(2000), "}\n".repeat(2000))),
        ("nots", format!("package main\n\nfunc main() {{\n\t_ = {}true\n}}\n", "!".repeat(7000))),
    ];
    for (name, src) in cases {
        assert!(src.len() <= 8 << 10, "{name} must stay on the direct path");
        let f = dir.join(format!("{name}.go"));
        std::fs::write(&f, src).unwrap();
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -s 2048 && exec '{}' build -o /dev/null '{}'",
                memrun_path(),
                f.display()
            ))
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{name}: {:?} {}",
            o.status,
            stderr(&o)
        );
    }
}

#[test]
fn types_larger_than_memory_are_diagnosed_not_overflowed() {
    // A robustness case CI found: `var y [4][4]…int` overflowed the layout's arithmetic.
    let dir = scratch("huge-types");
    let deep = "[4]".repeat(40);
    let cases = [
        ("global.go", format!("package main\n\nvar y {deep}int\n\nfunc main() {{}}\n"), "larger than address space"),
        ("local.go", format!("package main\n\nfunc main() {{\n\tvar y {deep}int\n\t_ = y\n}}\n"), "larger than address space"),
        ("field.go", format!("package main\n\ntype S struct {{ a, b {deep}int }}\n\nvar s S\n\nfunc main() {{}}\n"), "larger than address space"),
        ("symbol.go", format!("package main\n\nvar y {}int\n\nfunc main() {{}}\n", "[4]".repeat(20)), "main.y: symbol too large (8796093022208 bytes > 2000000000 bytes)"),
    ];
    for (name, src, want) in cases {
        std::fs::write(dir.join(name), src).unwrap();
        let o = memrun()
            .current_dir(&dir)
            .args(["build", "-o", "out", name])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{name}: {}", stderr(&o));
        assert!(
            !stderr(&o).contains("internal compiler error"),
            "{name}: {}",
            stderr(&o)
        );
        assert!(!dir.join("out").exists(), "{name}: an output was written");
    }
}
