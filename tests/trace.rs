//! `memrun trace`: where executed binaries lived, file lifetimes, exit status pass-through,
//! following a whole process tree, and clear errors.

mod common;

use common::*;
use std::os::unix::process::ExitStatusExt;

fn trace_json(
    args: &[&str],
    extra_env: &[(&str, &std::path::Path)],
) -> (serde_json::Value, std::process::Output) {
    // A directory per call: tests run in parallel, and `scratch` empties the directory it makes.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = scratch(&format!("trace-{}-{n}", std::process::id()));
    let out = dir.join("report.json");
    let mut c = memrun();
    c.args(["trace", "--json", "-o"])
        .arg(&out)
        .arg("--")
        .args(args);
    for (k, v) in extra_env {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    let text =
        std::fs::read_to_string(&out).unwrap_or_else(|_| panic!("no report: {}", stderr(&o)));
    (serde_json::from_str(&text).unwrap(), o)
}

#[test]
fn a_memfd_run_is_reported_as_ram_only() {
    let probe = probe().to_str().unwrap().to_owned();
    let (r, o) = trace_json(&[memrun_path(), "exec", &probe, "exit", "0"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let execs = r["execs"].as_array().unwrap();
    assert_eq!(execs.len(), 2, "{r:#}");
    let last = &execs[1];
    assert_eq!(last["storage"], "memfd");
    assert_eq!(last["exe"], "/memfd:probe (deleted)");
    assert_eq!(last["pid"], execs[0]["pid"], "exec in place keeps the pid");
    let memfd = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "memfd:probe")
        .expect("memfd_create seen");
    assert!(memfd["executed_ms"].as_f64().is_some());
    let verdict = r["verdict"].as_str().unwrap();
    assert!(verdict.contains("ran from a memfd (RAM only)"), "{verdict}");
    assert!(
        verdict.contains("no file was created on any filesystem"),
        "{verdict}"
    );
}

#[test]
fn a_tmp_run_shows_the_file_and_its_removal() {
    let tmp = scratch("trace-tmpdir");
    let probe = probe().to_str().unwrap().to_owned();
    let (r, o) = trace_json(
        &[memrun_path(), "exec", "--via", "tmp", &probe, "exit", "3"],
        &[("MEMRUN_TMPDIR", &tmp)],
    );
    assert_eq!(o.status.code(), Some(3));
    let execs = r["execs"].as_array().unwrap();
    let prog = execs
        .iter()
        .find(|e| e["argv0"] == "probe")
        .expect("probe exec");
    let exe = prog["exe"].as_str().unwrap();
    assert!(
        exe.starts_with(&format!("{}/memrun-", tmp.display())),
        "{exe}"
    );
    let (_, class) = memrun::fsinfo::fs_magic_name(memrun::fsinfo::fs_magic(&tmp).unwrap());
    let want = match class {
        memrun::fsinfo::Storage::Ram => "ram",
        memrun::fsinfo::Storage::Disk => "disk",
        _ => "unknown",
    };
    assert_eq!(prog["storage"], want);
    assert_ne!(prog["ppid"], 0, "the program is a child of memrun");
    let f = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == exe.trim_end_matches(" (deleted)"))
        .expect("file lifetime");
    assert!(f["removed_ms"].as_f64().unwrap() >= f["executed_ms"].as_f64().unwrap());
    assert_eq!(f["exists_at_end"], false);
    assert!(
        r["verdict"]
            .as_str()
            .unwrap()
            .contains("the file was removed"),
        "{}",
        r["verdict"]
    );
}

#[test]
fn a_binary_on_tmpfs_is_a_ram_filesystem() {
    let o = in_mount_ns(
        "mount -t tmpfs tmpfs /mnt && cp \"$PROBE\" /mnt/probe || exit 90
         \"$MEMRUN\" trace --json -o /mnt/r.json -- /mnt/probe exit 0 || exit 91
         cat /mnt/r.json",
    );
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let e = &r["execs"][0];
    assert_eq!(e["storage"], "ram");
    assert_eq!(e["fs_type"], "tmpfs");
    assert_eq!(e["mount_point"], "/mnt");
}

#[test]
fn exit_status_and_signals_pass_through() {
    let probe = probe().to_str().unwrap().to_owned();
    let o = memrun()
        .args(["trace", "--", &probe, "exit", "42"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(42));
    assert!(stderr(&o).contains("Verdict:"), "{}", stderr(&o));
    let o = memrun()
        .args(["trace", "--", &probe, "kill", "15"])
        .output()
        .unwrap();
    assert_eq!(o.status.signal(), Some(15));
    let o = memrun()
        .args(["trace", "--", &probe, "argv", "a b"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&o),
        "[probe]\n[argv]\n[a b]\n".replace("[probe]", &format!("[{probe}]"))
    );
}

#[test]
fn the_whole_tree_is_followed() {
    let probe = probe().to_str().unwrap().to_owned();
    let script =
        format!("for i in 1 2 3 4 5 6 7 8; do {probe} exit 0; done; ( {probe} exit 0 & wait )");
    let (r, o) = trace_json(&["sh", "-c", &script], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let n = r["execs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["exe"] == probe.as_str())
        .count();
    assert_eq!(n, 9, "{r:#}");
    assert!(
        r["io"].as_array().unwrap().len() >= 10,
        "an io record per process"
    );
}

#[test]
fn a_missing_command_is_a_clear_error() {
    let o = memrun()
        .args(["trace", "--", "/nonexistent/cmd"])
        .output()
        .unwrap();
    assert_clean_error(&o, "cannot run /nonexistent/cmd: No such file or directory");
    let o = memrun().args(["trace"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn renamed_and_linked_files_keep_their_history() {
    let dir = scratch("trace-rename");
    let probe = probe().to_str().unwrap().to_owned();
    let script = format!(
        "cp {probe} {d}/a && mv {d}/a {d}/b && ln {d}/b {d}/c && {d}/c exit 0 && rm {d}/b {d}/c",
        d = dir.display()
    );
    let (r, o) = trace_json(&["sh", "-c", &script], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let files = r["files"].as_array().unwrap();
    let f = files
        .iter()
        .find(|f| f["path"] == format!("{}/b", dir.display()).as_str())
        .expect("renamed file tracked");
    assert!(
        f["executed_ms"].as_f64().is_some(),
        "executed through the link: {r:#}"
    );
    assert!(f["removed_ms"].as_f64().is_some());
    assert_eq!(f["exists_at_end"], false);
}
