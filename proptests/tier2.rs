//! Differential testing of tier-2 Go: random sequences of operations on a slice (append,
//! element stores, reslicing, overlapping copy, range sums), a map (stores, `+=`, deletes,
//! printing with fmt's sorted keys), a struct (copies that must not alias), a float64 (IEEE
//! arithmetic printed with %v, %.3f and %e) and a closure capturing a counter by reference.
//! Each program is compiled and run, and its output compared with
//!   (a) a reference evaluator written here, independent of the compiler, and
//!   (b) the real Go toolchain, when installed, on a sample.
//!
//! `PROPTEST_CASES` (default 32) and `MEMRUN_DIFF_GO` (default 6) set the case counts.

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Append(i64),
    SetElem(u8, i64),
    Reslice(u8, u8),
    CopyHalf,
    Sum,
    PrintSlice,
    MapSet(i8, i64),
    MapAdd(i8, i64),
    MapDelete(i8),
    PrintMap,
    StructCopy(i64),
    /// f = f*(m/8) + a/8, kept below 1e15 in magnitude.
    Float(i8, i16),
    PrintFloat,
    Inc(i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (-1000i64..1000).prop_map(Op::Append),
        (any::<u8>(), -1000i64..1000).prop_map(|(i, v)| Op::SetElem(i, v)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Op::Reslice(a, b)),
        Just(Op::CopyHalf),
        Just(Op::Sum),
        Just(Op::PrintSlice),
        (-8i8..8, -1000i64..1000).prop_map(|(k, v)| Op::MapSet(k, v)),
        (-8i8..8, -1000i64..1000).prop_map(|(k, v)| Op::MapAdd(k, v)),
        (-8i8..8).prop_map(Op::MapDelete),
        Just(Op::PrintMap),
        (-50i64..50).prop_map(Op::StructCopy),
        (-24i8..24, -800i16..800).prop_map(|(m, a)| Op::Float(m, a)),
        Just(Op::PrintFloat),
        (-20i64..20).prop_map(Op::Inc),
    ]
}

fn render(ops: &[Op]) -> String {
    let mut s = String::from(
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc main() {\n\
         \tvar s []int\n\tm := map[int]int{}\n\tp := Point{1, 2}\n\tf := 1.5\n\tn := 0\n\
         \tinc := func(d int) int {\n\t\tn += d\n\t\treturn n\n\t}\n\t_ = inc\n",
    );
    for o in ops {
        let line = match o {
            Op::Append(v) => format!("s = append(s, {v})"),
            Op::SetElem(i, v) => format!("if len(s) > 0 {{\n\t\ts[{i}%len(s)] = {v}\n\t}}"),
            Op::Reslice(a, b) => format!(
                "{{\n\t\tlo := {a} % (len(s) + 1)\n\t\thi := lo + {b}%(len(s)-lo+1)\n\t\ts = s[lo:hi]\n\t}}"
            ),
            Op::CopyHalf => "copy(s, s[len(s)/2:])".into(),
            Op::Sum => "{\n\t\tt := 0\n\t\tfor i, v := range s {\n\t\t\tt += v * (i + 1)\n\t\t}\n\t\tfmt.Println(\"sum\", t)\n\t}".into(),
            Op::PrintSlice => "fmt.Println(len(s), s)".into(),
            Op::MapSet(k, v) => format!("m[{k}] = {v}"),
            Op::MapAdd(k, v) => format!("m[{k}] += {v}"),
            Op::MapDelete(k) => format!("delete(m, {k})"),
            Op::PrintMap => "fmt.Println(len(m), m)".into(),
            Op::StructCopy(v) => format!(
                "{{\n\t\tq := p\n\t\tq.X += {v}\n\t\tp.Y -= {v}\n\t\tfmt.Println(p, q)\n\t}}"
            ),
            Op::Float(mul, add) => format!(
                "f = f*({mul}.0/8) + {add}.0/8\n\tif f > 1e15 || f < -1e15 {{\n\t\tf = f / 1e12\n\t}}"
            ),
            Op::PrintFloat => "fmt.Printf(\"%v %.3f %e\\n\", f, f, f)".into(),
            Op::Inc(v) => format!("fmt.Println(\"inc\", inc({v}))"),
        };
        let _ = writeln!(s, "\t{line}");
    }
    s.push_str("\tfmt.Println(\"end\", len(s), len(m), p, f, n)\n}\n");
    s
}

/// Go's %v of a float64: the shortest digits that read back, in %e form when the exponent is
/// below -4 or at least 6 (strconv's shortest %g), else plain.
fn go_v(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    // When the value lies exactly halfway between two shortest candidates, Go rounds to the
    // even one (Rust's formatting may pick the other).
    let n = digits.len();
    let precise = format!("{:.*e}", n + 30, f.abs());
    let pdigits: String = precise
        .split_once('e')
        .unwrap()
        .0
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let tail = &pdigits[n..];
    if tail.starts_with('5') && tail[1..].chars().all(|c| c == '0') {
        let lower = &pdigits[..n];
        let last = lower.as_bytes()[n - 1] - b'0';
        if last % 2 == 0 {
            digits = lower.to_string();
        } else if last < 9 {
            digits = format!("{}{}", &lower[..n - 1], last + 1);
        }
    }
    let sign = if neg { "-" } else { "" };
    if !(-4..6).contains(&exp) {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let es = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{es}{:02}", exp.abs());
    }
    let point = exp + 1;
    if point <= 0 {
        format!("{sign}0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!(
            "{sign}{}{}",
            digits,
            "0".repeat(point as usize - digits.len())
        )
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{sign}{a}.{b}")
    }
}

/// Go's %e (six digits after the point, at least two exponent digits).
fn go_e(f: f64) -> String {
    let s = format!("{f:.6e}");
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn go_slice(s: &[i64]) -> String {
    let v: Vec<String> = s.iter().map(|x| x.to_string()).collect();
    format!("[{}]", v.join(" "))
}

fn go_map(m: &BTreeMap<i64, i64>) -> String {
    let v: Vec<String> = m.iter().map(|(k, v)| format!("{k}:{v}")).collect();
    format!("map[{}]", v.join(" "))
}

fn reference(ops: &[Op]) -> String {
    let mut out = String::new();
    let mut s: Vec<i64> = Vec::new();
    let mut m: BTreeMap<i64, i64> = BTreeMap::new();
    let (px, mut py) = (1i64, 2i64);
    let mut f = 1.5f64;
    let mut n = 0i64;
    for o in ops {
        match o {
            Op::Append(v) => s.push(*v),
            Op::SetElem(i, v) => {
                if !s.is_empty() {
                    let k = *i as usize % s.len();
                    s[k] = *v;
                }
            }
            Op::Reslice(a, b) => {
                let len = s.len();
                let lo = *a as usize % (len + 1);
                let hi = lo + *b as usize % (len - lo + 1);
                s = s[lo..hi].to_vec();
            }
            Op::CopyHalf => {
                let half = s.len() / 2;
                let src: Vec<i64> = s[half..].to_vec();
                let k = src.len().min(s.len());
                s[..k].copy_from_slice(&src[..k]);
            }
            Op::Sum => {
                let t: i64 = s.iter().enumerate().fold(0i64, |t, (i, v)| {
                    t.wrapping_add(v.wrapping_mul(i as i64 + 1))
                });
                let _ = writeln!(out, "sum {t}");
            }
            Op::PrintSlice => {
                let _ = writeln!(out, "{} {}", s.len(), go_slice(&s));
            }
            Op::MapSet(k, v) => {
                m.insert(i64::from(*k), *v);
            }
            Op::MapAdd(k, v) => {
                *m.entry(i64::from(*k)).or_insert(0) += v;
            }
            Op::MapDelete(k) => {
                m.remove(&i64::from(*k));
            }
            Op::PrintMap => {
                let _ = writeln!(out, "{} {}", m.len(), go_map(&m));
            }
            Op::StructCopy(v) => {
                let (qx, qy) = (px + v, py);
                py -= v;
                let _ = writeln!(out, "{{{px} {py}}} {{{qx} {qy}}}");
            }
            Op::Float(mul, add) => {
                f = f * (f64::from(*mul) / 8.0) + f64::from(*add) / 8.0;
                if !(-1e15..=1e15).contains(&f) {
                    f /= 1e12;
                }
            }
            Op::PrintFloat => {
                let _ = writeln!(out, "{} {:.3} {}", go_v(f), f, go_e(f));
            }
            Op::Inc(v) => {
                n += v;
                let _ = writeln!(out, "inc {n}");
            }
        }
    }
    let _ = writeln!(
        out,
        "end {} {} {{{px} {py}}} {} {n}",
        s.len(),
        m.len(),
        go_v(f)
    );
    out
}

fn compile_and_run(src: &str) -> (String, i32, String) {
    match common::run_builtin(src) {
        Ok((out, rc, err)) => (String::from_utf8_lossy(&out).into_owned(), rc, err),
        Err(d) => (String::new(), -1, format!("compile error:\n{d}")),
    }
}

fn go_run(src: &str) -> Option<String> {
    Some(String::from_utf8_lossy(&common::run_go(src).0).into_owned())
}

fn cases(var: &str, default: u32) -> u32 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases("PROPTEST_CASES", 32), ..ProptestConfig::default() })]

    #[test]
    fn tier2_programs_match_the_reference_evaluator(ops in prop::collection::vec(op(), 1..40)) {
        let src = render(&ops);
        let want = reference(&ops);
        let (out, rc, err) = compile_and_run(&src);
        prop_assert_eq!(rc, 0, "exit status; stderr: {}\n{}", err, src);
        prop_assert_eq!(out, want, "stdout differs\n{}", src);
    }
}

#[test]
fn the_tier2_reference_agrees_with_go() {
    if !common::require_go() {
        return;
    }
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: cases("MEMRUN_DIFF_GO", 6),
        ..ProptestConfig::default()
    });
    let result = runner.run(&prop::collection::vec(op(), 1..40), |ops| {
        let src = render(&ops);
        let want = reference(&ops);
        let go = go_run(&src).expect("go build");
        prop_assert_eq!(
            &go,
            &want,
            "Go's output differs from the reference\n{}",
            src
        );
        let (out, _, err) = compile_and_run(&src);
        prop_assert_eq!(
            out,
            go,
            "memrun's output differs from Go's; stderr {}\n{}",
            err,
            src
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn go_float_formatting_of_the_reference() {
    assert_eq!(go_v(0.1), "0.1");
    assert_eq!(go_v(1e6), "1e+06");
    assert_eq!(go_v(123456.0), "123456");
    assert_eq!(go_v(-0.00001), "-1e-05");
    assert_eq!(go_v(0.0001), "0.0001");
    assert_eq!(go_e(1.5), "1.500000e+00");
    // Exactly halfway between two shortest candidates: to even, as Go prints it.
    assert_eq!(go_v(8390289.0 / 16384.0), "512.1026000976562");
}
