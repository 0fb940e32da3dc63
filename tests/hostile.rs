//! Hostile environments (private namespaces; CI runs as root): a `noexec` /tmp, a read-only
//! root, a forbidding `vm.memfd_noexec`, a full disk.

mod common;

use common::*;

#[test]
fn noexec_tmp_memfd_works_and_tmp_path_names_the_mount() {
    let o = in_mount_ns(
        // The checkout itself may live under /tmp: stage the binaries on a private tmpfs first.
        "mount -t tmpfs -o size=1g tmpfs /mnt && cp \"$MEMRUN\" \"$PROBE\" /mnt/ || exit 90
         mount -t tmpfs -o noexec,size=16m tmpfs /tmp || exit 90
         /mnt/memrun exec /mnt/probe exit 7; echo memfd=$?
         TMPDIR=/tmp /mnt/memrun exec --via tmp /mnt/probe exit 7; echo tmp=$?
         ls -A /tmp | wc -l",
    );
    let out = stdout(&o);
    let err = stderr(&o);
    assert!(
        out.contains("memfd=7"),
        "memfd path must work on a noexec /tmp: {out} {err}"
    );
    assert!(out.contains("tmp=1"), "{out} {err}");
    assert!(
        err.contains("memrun: cannot execute from /tmp/memrun-"),
        "{err}"
    );
    assert!(err.contains("/tmp is mounted noexec"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains("panicked"));
    assert!(out.trim_end().ends_with('0'), "leftover in /tmp: {out}");
}

#[test]
fn read_only_root_does_not_matter_to_memfd() {
    let o = in_mount_ns(
        "mount -o remount,bind,ro / || exit 90
         touch /memrun-ro-check 2>/dev/null && echo writable
         \"$MEMRUN\" exec \"$PROBE\" argv ok; echo rc=$?",
    );
    let out = stdout(&o);
    assert!(
        !out.contains("writable"),
        "root should be read-only in the namespace"
    );
    assert!(out.contains("[ok]\nrc=0"), "{out} {}", stderr(&o));
}

#[test]
fn memfd_noexec_policy_is_explained() {
    // vm.memfd_noexec is per PID namespace and can only be raised in a child namespace.
    let o = in_pid_ns(
        "echo 2 > /proc/sys/vm/memfd_noexec || exit 90
         \"$MEMRUN\" exec \"$PROBE\" exit 0; echo memfd=$?
         \"$MEMRUN\" exec --via tmp \"$PROBE\" exit 5; echo tmp=$?",
    )
    .env("PROBE", probe())
    .output()
    .unwrap();
    let out = stdout(&o);
    let err = stderr(&o);
    assert_ne!(o.status.code(), Some(90), "could not set the sysctl: {err}");
    assert!(out.contains("memfd=1"), "{out} {err}");
    assert!(
        err.contains("memrun: executing from a memfd is forbidden here (vm.memfd_noexec = 2)"),
        "{err}"
    );
    assert!(err.contains("--via tmp"), "{err}");
    assert!(
        out.contains("tmp=5"),
        "the tmp path must still work: {out} {err}"
    );
}

#[test]
fn full_disk_leaves_no_half_written_file() {
    // A 64 KiB tmpfs cannot hold the ~750 KiB probe.
    let o = in_mount_ns(
        "mkdir -p /mnt && mount -t tmpfs -o size=64k tmpfs /mnt || exit 90
         \"$MEMRUN\" exec --via tmp \"$PROBE\" exit 0 2>&1 >/dev/null | sed 's/^/tmp: /'
         MEMRUN_TMPDIR=/mnt \"$MEMRUN\" exec --via tmp \"$PROBE\" exit 0; echo rc=$?
         ls -A /mnt | wc -l",
    );
    let out = stdout(&o);
    let err = stderr(&o);
    assert!(out.contains("rc=1"), "{out} {err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(err.contains("hint: the filesystem is full"), "{err}");
    assert!(
        out.trim_end().ends_with('0'),
        "leftover on the full disk: {out}"
    );
}

#[test]
fn go_toolchain_works_under_memfd_noexec_2_through_a_file_path() {
    // Issue 16 item 5: Go's output went into an MFD_EXEC memfd, which policy 2 refuses, so even
    // `--via tmp` and `build` failed, and the hint (`--via tmp`) did not help.
    if !require_go() {
        return;
    }
    let dir = scratch("go-noexec");
    let src = dir.join("hello.go");
    std::fs::write(
        &src,
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\", len(os.Args))\n\tos.Exit(3)\n}\n",
    )
    .unwrap();
    let out = dir.join("hello-bin");
    let o = in_pid_ns(
        "echo 2 > /proc/sys/vm/memfd_noexec || exit 90
             \"$MEMRUN\" run --toolchain go --via tmp \"$SRC\" a; echo tmp=$?
             \"$MEMRUN\" build --toolchain go -o \"$OUT\" \"$SRC\"; echo build=$?
             \"$OUT\"; echo built=$?
             \"$MEMRUN\" run --toolchain go \"$SRC\"; echo memfd=$?",
    )
    .env("SRC", &src)
    .env("OUT", &out)
    .output()
    .unwrap();
    let text = stdout(&o);
    let err = stderr(&o);
    assert_ne!(o.status.code(), Some(90), "could not set the sysctl: {err}");
    assert!(text.contains("hi 2\ntmp=3"), "{text} {err}");
    assert!(text.contains("build=0\nhi 1\nbuilt=3"), "{text} {err}");
    assert!(text.contains("memfd=1"), "{text} {err}");
    assert!(
        err.contains("executing from a memfd is forbidden here (vm.memfd_noexec = 2)"),
        "{err}"
    );
    assert!(
        err.contains("`--via tmp`") && err.contains("`memrun build` still works"),
        "{err}"
    );
}
