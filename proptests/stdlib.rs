//! Differential testing of the runtime library's `strconv`, `strings` and `bytes` against Go:
//! each case is a batch of random inputs (strings mixing ASCII, digits, signs, spaces,
//! punctuation and multi-byte runes; integers and floats of every magnitude), rendered into one
//! Go program that applies some forty functions to every input and prints the results. The
//! program is built once by Go and once by memrun, and the outputs must be identical.
//!
//! `MEMRUN_STDLIB_BATCHES` (default 4) sets the number of batches, each of
//! `MEMRUN_STDLIB_BATCH` inputs (default 120). Needs Go (installed by scripts/install-go.sh).

#[path = "../tests/common/mod.rs"]
mod common;

use std::fmt::Write as _;

use proptest::prelude::*;

/// One input of a batch.
#[derive(Debug, Clone)]
struct Input {
    s: String,
    t: String,
    i: i64,
    f: f64,
}

/// Pieces strings are made of: what the parsers and splitters treat specially.
const PIECES: &[&str] = &[
    "0",
    "1",
    "7",
    "9",
    "42",
    "-",
    "+",
    ".",
    "e",
    "E",
    "x",
    "0x",
    "0b",
    "0o",
    "_",
    "p",
    "inf",
    "Inf",
    "NaN",
    "nan",
    " ",
    "  ",
    "\t",
    "\n",
    ",",
    ";",
    "a",
    "b",
    "Z",
    "é",
    "ß",
    "Ω",
    "ж",
    "中",
    "🙂",
    "\"",
    "\\",
    "'",
    "`",
    "\\n",
    "\\x41",
    "\\u00e9",
    "true",
    "false",
    "T",
    "F",
    "ǅ",
    "İ",
    "\u{2028}",
    "\u{a0}",
    "9223372036854775807",
    "18446744073709551616",
    "1e308",
    "1e-320",
    "0.1",
    "3.4028235e38",
];

fn piece_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        (-1e6f64..1e6),
        (-30i32..30, any::<i32>()).prop_map(|(e, m)| m as f64 * 10f64.powi(e)),
        Just(0.0),
        Just(-0.0),
        Just(f64::INFINITY),
        Just(f64::NAN),
        Just(5e-324),
        Just(0.1 + 0.2),
    ]
    .prop_filter("finite or special", |_| true)
}

fn input() -> impl Strategy<Value = Input> {
    (
        piece_string(8),
        piece_string(3),
        prop_oneof![any::<i64>(), -1000i64..1000],
        float(),
    )
        .prop_map(|(s, t, i, f)| Input { s, t, i, f })
}

/// A Go expression for f (bits, so that NaN payloads and negative zero survive).
fn go_float(f: f64) -> String {
    format!("math.Float64frombits({:#x})", f.to_bits())
}

/// A Go string literal for s (every byte escaped).
fn go_str(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        write!(out, "\\x{b:02x}").unwrap();
    }
    out.push('"');
    out
}

fn render(inputs: &[Input]) -> String {
    let mut src = String::from(
        r#"package main

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type input struct {
	s, t string
	i    int64
	f    float64
}

func show(name string, v ...any) {
	fmt.Printf("%s:", name)
	for _, x := range v {
		fmt.Printf(" %q", fmt.Sprint(x))
	}
	fmt.Println()
}

func main() {
	inputs := []input{
"#,
    );
    for i in inputs {
        writeln!(
            src,
            "\t\t{{{}, {}, {}, {}}},",
            go_str(&i.s),
            go_str(&i.t),
            i.i,
            go_float(i.f)
        )
        .unwrap();
    }
    src.push_str(
        r##"	}
	for k, in := range inputs {
		s, t, i, f := in.s, in.t, in.i, in.f
		fmt.Println("#", k)
		n, err := strconv.Atoi(s)
		show("Atoi", n, err)
		for _, base := range []int{0, 2, 10, 16, 36} {
			for _, bits := range []int{8, 32, 64} {
				v, err := strconv.ParseInt(s, base, bits)
				u, err2 := strconv.ParseUint(s, base, bits)
				show("ParseInt", base, bits, v, err, u, err2)
			}
		}
		g, err := strconv.ParseFloat(s, 64)
		h, err2 := strconv.ParseFloat(s, 32)
		show("ParseFloat", g, err, h, err2)
		b, err := strconv.ParseBool(s)
		show("ParseBool", b, err)
		uq, err := strconv.Unquote(s)
		show("Unquote", uq, err)
		show("Quote", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteRune([]rune(s + "x")[0]))
		show("Itoa", strconv.Itoa(int(i)), strconv.FormatInt(i, 2), strconv.FormatInt(i, 36), strconv.FormatUint(uint64(i), 16))
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x'} {
			for _, prec := range []int{-1, 0, 3, 17} {
				show("FormatFloat", string(fm), prec, strconv.FormatFloat(f, fm, prec, 64), strconv.FormatFloat(f, fm, prec, 32))
			}
		}
		show("AppendFloat", string(strconv.AppendFloat([]byte("x"), f, 'g', -1, 64)), string(strconv.AppendInt(nil, i, 7)))
		show("v", f, float32(f), i)
		show("Fields", strings.Fields(s), len(strings.Fields(s)))
		show("Split", strings.Split(s, t), strings.SplitN(s, t, 2), strings.SplitAfter(s, t))
		show("Case", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.EqualFold(s, t))
		show("Trim", strings.TrimSpace(s), strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t), strings.TrimPrefix(s, t), strings.TrimSuffix(s, t))
		show("Index", strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.IndexRune(s, 'é'), strings.IndexByte(s, ','), strings.Count(s, t))
		show("Has", strings.Contains(s, t), strings.ContainsAny(s, t), strings.HasPrefix(s, t), strings.HasSuffix(s, t), strings.Compare(s, t))
		before, after, found := strings.Cut(s, t)
		show("Cut", before, after, found)
		show("Replace", strings.Replace(s, t, "<>", 2), strings.ReplaceAll(s, t, ""), strings.Repeat(t, 3))
		show("Map", strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return -1
			}
			return unicode.SimpleFold(r)
		}, s), strings.ToValidUTF8(s, "?"), strings.Title(s))
		show("FieldsFunc", strings.FieldsFunc(s, unicode.IsPunct), strings.IndexFunc(s, unicode.IsSpace), strings.TrimFunc(s, unicode.IsLetter))
		bs := []byte(s)
		show("bytes", bytes.Fields(bs), bytes.Split(bs, []byte(t)), bytes.TrimSpace(bs), bytes.ToUpper(bs), bytes.Index(bs, []byte(t)), bytes.Equal(bs, []byte(t)))
		show("Sprintf", fmt.Sprintf("%q|%x|%8.3s|%-6v|%U", s, s, s, t, []rune(s+"a")[0]))
	}
}
"##,
    );
    src
}

fn build_and_run_go(src: &str) -> String {
    String::from_utf8_lossy(&common::run_go(src).0).into_owned()
}

fn memrun_run(src: &str) -> String {
    let (out, _, _) = common::run_builtin(src)
        .unwrap_or_else(|d| panic!("memrun rejected a generated program:\n{d}"));
    String::from_utf8_lossy(&out).into_owned()
}

fn env_count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The first line where two outputs differ, with its neighbourhood.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    for k in 0..w.len().max(g.len()) {
        if w.get(k) != g.get(k) {
            let from = k.saturating_sub(3);
            return format!(
                "line {}:\n--- Go\n{}\n--- memrun\n{}",
                k + 1,
                w[from..(k + 1).min(w.len())].join("\n"),
                g[from..(k + 1).min(g.len())].join("\n")
            );
        }
    }
    String::from("(identical)")
}

#[test]
fn strconv_strings_and_bytes_match_go_on_random_inputs() {
    if !common::require_go() {
        return;
    }
    let batch = env_count("MEMRUN_STDLIB_BATCH", 120);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: env_count("MEMRUN_STDLIB_BATCHES", 4) as u32,
        // Each shrinking step is a Go build: keep it short.
        max_shrink_iters: 24,
        ..ProptestConfig::default()
    });
    let result = runner.run(&prop::collection::vec(input(), batch), |inputs| {
        let src = render(&inputs);
        let go = build_and_run_go(&src);
        let ours = memrun_run(&src);
        prop_assert!(
            ours == go,
            "memrun's output differs from Go's: {}",
            first_difference(&go, &ours)
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
