//! Renders a trace: a table a person reads at a glance, JSON for tools, and a plain verdict.

use comfy_table::{presets::UTF8_BORDERS_ONLY, Cell, ContentArrangement, Table};

use super::{Exec, FileLife, Report};

fn human_bytes(n: u64) -> String {
    match n {
        0..=1023 => format!("{n} B"),
        1024..=1_048_575 => format!("{:.1} KiB", n as f64 / 1024.0),
        _ => format!("{:.1} MiB", n as f64 / 1048576.0),
    }
}

fn where_it_lived(storage: &str, fs_type: &str) -> String {
    match storage {
        "memfd" => "memfd (RAM only)".into(),
        "ram" => format!("{fs_type} (RAM filesystem)"),
        "disk" => format!("{fs_type} (disk-backed)"),
        _ => format!("{fs_type} (unknown storage)"),
    }
}

/// Whether `f` is the file `e` executed: the exe path without the kernel's " (deleted)" suffix,
/// or, for a memfd, `/memfd:NAME (deleted)` against its `memfd:NAME` record.
fn is_binary_of(e: &Exec, f: &FileLife) -> bool {
    e.exe.trim_end_matches(" (deleted)") == f.path || e.exe == format!("/{} (deleted)", f.path)
}

/// The verdict: where the program(s) the command built or loaded ran from, in plain words.
pub fn verdict(r: &Report) -> String {
    let mut sentences = Vec::new();
    // Programs whose binary was created (and executed) during the command: what `go run`-like
    // tools build.
    let built: Vec<_> = r
        .execs
        .iter()
        .filter(|e| {
            r.files
                .iter()
                .any(|f| f.executed_ms.is_some() && is_binary_of(e, f))
        })
        .collect();
    let created_files = r.files.iter().filter(|f| f.storage != "memfd").count();
    for e in &built {
        let life = r.files.iter().find(|f| is_binary_of(e, f));
        let mut s = if e.storage == "memfd" {
            format!("the program {} ran from a memfd (RAM only)", e.argv0)
        } else {
            format!(
                "the program {} ran from {} on {}",
                e.argv0,
                e.exe.trim_end_matches(" (deleted)"),
                where_it_lived(&e.storage, &e.fs_type)
            )
        };
        if let Some(f) = life {
            if e.storage != "memfd" {
                match f.removed_ms {
                    Some(rm) => s.push_str(&format!(
                        "; the file was removed {:.0} ms after it was created",
                        rm - f.created_ms
                    )),
                    None if f.exists_at_end => s.push_str("; the file is still there"),
                    None => {}
                }
            }
        }
        sentences.push(s);
    }
    if built.is_empty() {
        if let Some(e) = r.execs.iter().rev().find(|e| e.storage == "memfd") {
            sentences.push(format!(
                "the program {} ran from a memfd (RAM only)",
                e.argv0
            ));
        } else if let Some(e) = r.execs.last() {
            sentences.push(format!("the last program ran from {} on {}, a file that existed before the command started", e.exe, where_it_lived(&e.storage, &e.fs_type)));
        }
    }
    if created_files == 0 {
        sentences.push("no file was created on any filesystem".into());
    }
    let on_disk = r.execs.iter().any(|e| e.storage == "disk")
        && !built.is_empty()
        && built.iter().any(|e| e.storage == "disk");
    let storage = if r.bytes_to_storage <= 0 {
        "0 bytes written by the command reached the storage layer".to_string()
    } else {
        format!("{} written by the command reached the storage layer (write_bytes − cancelled_write_bytes, the whole tree{})", human_bytes(r.bytes_to_storage as u64), if on_disk { "; it includes any build cache" } else { "" })
    };
    sentences.push(storage);
    let mut text = sentences.join("; ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text.push('.');
    text
}

/// The human report.
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "memrun trace: {} ({}, {:.1} ms)\n\n",
        r.command.join(" "),
        r.status,
        r.duration_ms
    ));
    let mut t = Table::new();
    t.load_preset(UTF8_BORDERS_ONLY)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t.set_header([
        "at ms",
        "pid",
        "program",
        "executable",
        "size",
        "where it lived",
    ]);
    for e in &r.execs {
        let place = if e.mount_point.is_empty() {
            where_it_lived(&e.storage, &e.fs_type)
        } else {
            format!(
                "{} on {} ({})",
                where_it_lived(&e.storage, &e.fs_type),
                e.mount_point,
                e.mount_source
            )
        };
        t.add_row([
            Cell::new(format!("{:.1}", e.at_ms)),
            Cell::new(e.pid),
            Cell::new(&e.argv0),
            Cell::new(&e.exe),
            Cell::new(human_bytes(e.size)),
            Cell::new(place),
        ]);
    }
    out.push_str("Executed binaries\n");
    out.push_str(&t.to_string());
    out.push('\n');
    let executed: Vec<_> = r
        .files
        .iter()
        .filter(|f| f.executed_ms.is_some() || f.storage == "memfd")
        .collect();
    if !executed.is_empty() {
        let mut t = Table::new();
        t.load_preset(UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic);
        t.set_header([
            "file",
            "storage",
            "created ms",
            "executed ms",
            "removed ms",
            "exists at end",
        ]);
        let opt = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.1}"));
        for f in executed {
            t.add_row([
                Cell::new(&f.path),
                Cell::new(&f.storage),
                Cell::new(format!("{:.1}", f.created_ms)),
                Cell::new(opt(f.executed_ms)),
                Cell::new(opt(f.removed_ms)),
                Cell::new(if f.exists_at_end { "yes" } else { "no" }),
            ]);
        }
        out.push_str("\nFiles created and executed\n");
        out.push_str(&t.to_string());
        out.push('\n');
    }
    let created = r.files.iter().filter(|f| f.storage != "memfd").count();
    let written: u64 = r.io.iter().map(|i| i.write_bytes).sum();
    let cancelled: u64 = r.io.iter().map(|i| i.cancelled_write_bytes).sum();
    out.push_str(&format!(
        "\n{} files created in the tree; storage layer: {} written, {} cancelled, {} net\n",
        created,
        human_bytes(written),
        human_bytes(cancelled),
        if r.bytes_to_storage < 0 {
            format!("-{}", human_bytes(r.bytes_to_storage.unsigned_abs()))
        } else {
            human_bytes(r.bytes_to_storage as u64)
        }
    ));
    for e in r.execs.iter().filter(|e| e.privileges_dropped.is_some()) {
        out.push_str(&format!(
            "\nWarning: {} is {}: traced, it ran without those privileges (ptrace drops them), so it may have behaved differently than untraced.\n",
            e.exe,
            e.privileges_dropped.as_deref().unwrap_or_default()
        ));
    }
    out.push_str(&format!("\nVerdict: {}\n", r.verdict));
    out
}

/// The JSON report.
pub fn json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")) + "\n"
}
