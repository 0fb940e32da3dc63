//! memrun decides which functions gc inlines from bounds of gc's inlining cost (escape
//! analysis runs after inlining, so a helper's slices are judged in its caller). The bounds
//! must hold: for a sample of the corpus (and every `inline_cost_*` program), every
//! function's cost as Go 1.27.3's `-m=2` prints it lies within the bounds
//! `MEMRUN_DEBUG_ESCAPE=1` shows. An instance of a generic function (memrun's `main.F[int]`)
//! is held to the costs of all of its function's shapes (gc's `main.F[go.shape.int]`, which
//! is what gc inlines; its `main.F[int]` is a wrapper calling the shape).

mod common;

use common::*;
use std::collections::HashMap;

/// `name` without its type arguments (`(*Stack[go.shape.int]).Pop` → `(*Stack).Pop`).
fn unbracketed(name: &str) -> String {
    let mut depth = 0u32;
    name.chars()
        .filter(|&c| {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The function name `r` starts with: up to a space or colon outside brackets (a shape's type
/// arguments may hold spaces: `F[go.shape.struct { A int }].func1`).
fn leading_name(r: &str) -> &str {
    let mut depth = 0u32;
    for (i, c) in r.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            ' ' | ':' if depth == 0 => return &r[..i],
            _ => {}
        }
    }
    r
}

/// gc's costs (least and most), by function name as memrun spells it (`main.f`,
/// `main.(*T).m`), and of each generic function's shapes by `shape ` and its name without
/// type arguments.
fn gc_costs(src: &std::path::Path, dir: &std::path::Path) -> HashMap<String, (u32, u32)> {
    let text = gc_m2(src, dir);
    let mut costs = HashMap::new();
    for line in text.lines() {
        // ./main.go:3:6: can inline f with cost 8 as: …
        // ./main.go:9:6: cannot inline main: function too complex: cost 86 exceeds budget 80
        let Some(rest) = line.split(": ").nth(1) else {
            continue;
        };
        let name = rest
            .strip_prefix("can inline ")
            .or_else(|| rest.strip_prefix("cannot inline "))
            .map(leading_name);
        let cost = line
            .split("cost ")
            .nth(1)
            .and_then(|c| c.split(' ').next())
            .and_then(|c| c.parse::<u32>().ok());
        if let (Some(name), Some(cost)) = (name, cost) {
            if name.contains("go.shape.") {
                // Held under the function's name without type arguments.
                costs
                    .entry(format!("shape main.{}", unbracketed(name)))
                    .and_modify(|c: &mut (u32, u32)| *c = (c.0.min(cost), c.1.max(cost)))
                    .or_insert((cost, cost));
            } else if !name.contains('[') {
                costs.insert(format!("main.{name}"), (cost, cost));
            }
        }
    }
    costs
}

#[test]
fn inlining_cost_bounds_hold_on_the_corpus() {
    if !require_go() {
        return;
    }
    let progs = corpus_programs();
    // Every twelfth program, every fourth of generics (their shapes' costs), and every
    // program written to probe the bounds.
    let sample: Vec<_> = progs
        .into_iter()
        .enumerate()
        .filter(|(i, p)| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            let name = name.as_deref().unwrap_or("");
            i % 12 == 0
                || name.starts_with("inline_cost_")
                || (name.starts_with("gen") && i % 4 == 0)
        })
        .map(|(_, p)| p)
        .collect();
    let scratch_dir = scratch("inline-costs");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (i, p) in sample.iter().enumerate() {
        let gc = gc_costs(p, &scratch_dir.join(i.to_string()));
        for line in memrun_escape_notes(p).lines() {
            // memrun: cost of main.f: LO..HI TOKENS EXTRA
            let Some(rest) = line.strip_prefix("memrun: cost of ") else {
                continue;
            };
            let Some((name, bounds)) = rest.split_once(": ") else {
                continue;
            };
            let Some((lo, hi)) = bounds
                .split(' ')
                .next()
                .and_then(|b| b.split_once(".."))
                .and_then(|(l, h)| Some((l.parse::<u32>().ok()?, h.parse::<u32>().ok()?)))
            else {
                continue;
            };
            let key = if name.contains('[') {
                format!("shape {}", unbracketed(name))
            } else {
                name.to_string()
            };
            if let Some(&(least, most)) = gc.get(&key) {
                checked += 1;
                if lo > least || hi < most {
                    wrong.push(format!(
                        "{}: {name}: gc {least}..{most}, memrun {lo}..{hi}",
                        p.display()
                    ));
                }
            }
        }
    }
    assert!(checked >= 50, "only {checked} functions compared");
    assert!(
        wrong.is_empty(),
        "gc's cost outside memrun's bounds:\n{}",
        wrong.join("\n")
    );
}
