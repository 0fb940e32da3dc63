//! gc captures a variable a function literal uses by value or by reference (and by
//! reference takes its address: an `append` to it then grows in place, with no stack
//! store). memrun's escape analysis decides the same way; where it is sure, its answer must
//! be gc's: for every program of the corpus with a literal, each variable `MEMRUN_DEBUG_ESCAPE=1` reports as captured by value or by
//! reference is captured so by Go 1.27.3 (`-m=2`'s "capturing by value: xs").
//! And a literal memrun copies where it stands, as gc inlines it, is one gc inlines.

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

/// The corpus programs with a function literal.
fn literal_programs() -> Vec<std::path::PathBuf> {
    corpus_programs()
        .into_iter()
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.contains("func(")))
        .collect()
}

#[test]
fn captures_are_gcs_where_memrun_is_sure() {
    if !require_go() {
        return;
    }
    let sample = literal_programs();
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

/// A function literal memrun copies into the function it stands in (as gc inlines its calls,
/// so that it captures nothing) is one gc inlines there: for every program of the corpus with
/// a literal, each literal `MEMRUN_DEBUG_ESCAPE=1` reports as inlined (where it stands) is
/// one gc's `-m=2` can inline ("can inline main.func1 with cost 4", there) and has a call gc
/// inlines ("inlining call to main.func1").
#[test]
fn literals_memrun_inlines_gc_inlines() {
    if !require_go() {
        return;
    }
    let sample = literal_programs();
    let scratch_dir = scratch("escape-inlined-literals");
    let (mut compared, mut wrong) = (0, Vec::new());
    for (i, p) in sample.iter().enumerate() {
        let notes = memrun_escape_notes(p);
        let ours: Vec<String> = notes
            .lines()
            .filter_map(|l| {
                let (at, msg) = position(l)?;
                (msg == "inlined literal").then_some(at)
            })
            .collect();
        if ours.is_empty() {
            continue;
        }
        let gc = gc_m2(p, &scratch_dir.join(i.to_string()));
        // ./main.go:62:10: can inline main.func1 with cost 4 as: func() int { … }
        let names: HashMap<String, String> = gc
            .lines()
            .filter_map(|l| {
                let (at, msg) = position(l)?;
                let name = msg.strip_prefix("can inline ")?.split(' ').next()?;
                Some((at, name.to_string()))
            })
            .collect();
        for at in ours {
            compared += 1;
            let inlined = names.get(&at).is_some_and(|name| {
                let call = format!("inlining call to {name}");
                gc.lines().any(|l| l.ends_with(&call))
            });
            if !inlined {
                wrong.push(format!("{}:{at}", p.display()));
            }
        }
    }
    assert!(compared >= 20, "only {compared} inlined literals compared");
    assert!(
        wrong.is_empty(),
        "memrun inlines literals gc does not:\n{}",
        wrong.join("\n")
    );
}
