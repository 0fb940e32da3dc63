//! gc captures a variable a function literal uses by value or by reference (and by
//! reference takes its address: an `append` to it then grows in place, with no stack
//! store). memrun's escape analysis decides the same way; where it is sure, its answer must
//! be gc's: for every program of the corpus with a literal, each variable `MEMRUN_DEBUG_ESCAPE=1` reports as captured by value or by
//! reference is captured so by Go 1.27.3 (`-m=2`'s "capturing by value: xs").

mod common;

use common::*;
use std::collections::HashMap;

/// `LINE:COL` of a diagnostic line (`PATH:LINE:COL: message`), and its message.
fn position(line: &str) -> Option<(String, &str)> {
    let (head, msg) = line.split_once(": ")?;
    let mut parts = head.rsplitn(3, ':');
    let col = parts.next()?;
    let ln = parts.next()?;
    Some((format!("{ln}:{col}"), msg))
}

#[test]
fn captures_are_gcs_where_memrun_is_sure() {
    if !require_go() {
        return;
    }
    let sample: Vec<_> = corpus_programs()
        .into_iter()
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.contains("func(")))
        .collect();
    let scratch_dir = scratch("escape-captures");
    let (mut compared, mut wrong) = (0, Vec::new());
    for (i, p) in sample.iter().enumerate() {
        // ./main.go:10:6: main capturing by value: ks (addr=false assign=false width=24)
        let gc: HashMap<String, bool> = gc_m2(p, &scratch_dir.join(i.to_string()))
            .lines()
            .filter_map(|l| {
                let (at, msg) = position(l)?;
                let how = msg.split_once(" capturing by ")?.1;
                Some((at, how.starts_with("value")))
            })
            .collect();
        for line in memrun_escape_notes(p).lines() {
            let Some((at, msg)) = position(line) else {
                continue;
            };
            let by_value = match msg {
                "capturing by value" => true,
                "capturing by reference" => false,
                _ => continue,
            };
            // gc reports only the literals left after inlining.
            if let Some(&gc_by_value) = gc.get(&at) {
                compared += 1;
                if gc_by_value != by_value {
                    wrong.push(format!(
                        "{}:{at}: gc captures by {}",
                        p.display(),
                        if gc_by_value { "value" } else { "reference" }
                    ));
                }
            }
        }
    }
    assert!(compared >= 100, "only {compared} captures compared");
    assert!(
        wrong.is_empty(),
        "memrun's capture is not gc's:\n{}",
        wrong.join("\n")
    );
}
