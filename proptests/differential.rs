//! Differential testing of the built-in compiler: random tier-1 programs (integer expressions of
//! every width with wrap-around, shifts, division with a guarded and a deliberately zero divisor,
//! strings, nested if/for/switch, a function with two results, fmt output) are compiled and run,
//! and their stdout and exit status compared with
//!   (a) a reference evaluator written here, independent of the compiler, and
//!   (b) the real Go toolchain, when installed (CI installs golang-go), on a sample.
//! Shrinking yields small failing programs.
//!
//! Case counts: `PROPTEST_CASES` (default 48: a few seconds) and `MEMRUN_DIFF_GO` (programs also
//! checked against Go per run, default 8); raise both for long local runs.

#[path = "../tests/common/mod.rs"]
mod common;

use std::fmt::Write as _;

use proptest::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    I8,
    I16,
    I32,
    I64,
    Int,
    U8,
    U16,
    U32,
    U64,
    Uint,
}

const INTS: [Ty; 10] = [
    Ty::I8,
    Ty::I16,
    Ty::I32,
    Ty::I64,
    Ty::Int,
    Ty::U8,
    Ty::U16,
    Ty::U32,
    Ty::U64,
    Ty::Uint,
];

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::I8 => "int8",
            Ty::I16 => "int16",
            Ty::I32 => "int32",
            Ty::I64 => "int64",
            Ty::Int => "int",
            Ty::U8 => "uint8",
            Ty::U16 => "uint16",
            Ty::U32 => "uint32",
            Ty::U64 => "uint64",
            Ty::Uint => "uint",
        }
    }
    fn bits(self) -> u32 {
        match self {
            Ty::I8 | Ty::U8 => 8,
            Ty::I16 | Ty::U16 => 16,
            Ty::I32 | Ty::U32 => 32,
            _ => 64,
        }
    }
    fn signed(self) -> bool {
        matches!(self, Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 | Ty::Int)
    }
    fn wrap(self, v: i128) -> i128 {
        let m = 1i128 << self.bits();
        let mut r = v.rem_euclid(m);
        if self.signed() && r >= m / 2 {
            r -= m;
        }
        r
    }
    fn min(self) -> i128 {
        if self.signed() {
            -(1i128 << (self.bits() - 1))
        } else {
            0
        }
    }
    fn max(self) -> i128 {
        if self.signed() {
            (1i128 << (self.bits() - 1)) - 1
        } else {
            (1i128 << self.bits()) - 1
        }
    }
}

/// Integer expressions; every one mentions a variable, so Go never folds it to a constant.
#[derive(Debug, Clone)]
enum E {
    Var(usize),
    /// `a op lit` with `lit` representable in the type.
    BinLit(&'static str, Box<E>, i128),
    Bin(&'static str, Box<E>, Box<E>),
    /// `a / (b | 1)` or `a % (b | 1)`.
    DivSafe(bool, Box<E>, Box<E>),
    /// `a / (b & 0)`: a runtime division by zero.
    DivZero(Box<E>, Box<E>),
    /// `a << (uint8(b) % 70)` / `>>`.
    Shift(bool, Box<E>, Box<E>),
    Neg(Box<E>),
    Not(Box<E>),
    /// Conversion from an expression over variable `.1`'s type.
    Conv(Box<E>, Ty),
    /// `len(s_k)` (type int).
    Len(usize),
}

#[derive(Debug, Clone)]
enum S {
    Assign(usize, E),
    If(usize, &'static str, E, Vec<S>, Vec<S>),
    For(u8, Vec<S>),
    Switch(usize, Vec<S>, Vec<S>, Vec<S>),
    Print(Vec<(Ty, E)>),
    Printf(E, E),
    Call(E, E),
    StrAppend(usize, usize),
    StrHalf(usize, bool),
    /// `if s0 op s1 { Println("yes") } else { Println("no") }`
    StrCmp(&'static str),
    /// `fmt.Println(s_k[uint(e) % uint(len(s_k)+1)])`: out of range (a panic) one time in len+1.
    StrIndex(usize, E),
    /// `fmt.Println(v op e, v == v)`: bools printed.
    PrintBool(usize, &'static str, E),
}

#[derive(Debug, Clone)]
struct Prog {
    init: Vec<i128>,
    strs: Vec<Vec<u8>>,
    body: Vec<S>,
}

fn ty_of(v: usize) -> Ty {
    INTS[v % INTS.len()]
}

fn leaf_for(ty: Ty) -> BoxedStrategy<E> {
    // A variable of the same type, or a conversion of another variable.
    let same = INTS.iter().position(|t| *t == ty).unwrap();
    prop_oneof![
        3 => Just(E::Var(same)),
        1 => (0..INTS.len()).prop_map(move |v| if v == same { E::Var(v) } else { E::Conv(Box::new(E::Var(v)), ty) }),
        1 => (0..2usize).prop_map(move |s| if ty == Ty::Int { E::Len(s) } else { E::Conv(Box::new(E::Len(s)), ty) }),
    ]
    .boxed()
}

fn expr(ty: Ty) -> BoxedStrategy<E> {
    leaf_for(ty)
        .prop_recursive(4, 24, 2, move |inner| {
            let lit = (ty.min()..=ty.max().min(i64::MAX as i128)).boxed();
            prop_oneof![
                3 => (prop::sample::select(vec!["+", "-", "*", "&", "|", "^", "&^"]), inner.clone(), lit).prop_map(|(op, a, l)| E::BinLit(op, Box::new(a), l)),
                3 => (prop::sample::select(vec!["+", "-", "*", "&", "|", "^", "&^"]), inner.clone(), inner.clone()).prop_map(|(op, a, b)| E::Bin(op, Box::new(a), Box::new(b))),
                2 => (any::<bool>(), inner.clone(), inner.clone()).prop_map(|(d, a, b)| E::DivSafe(d, Box::new(a), Box::new(b))),
                2 => (any::<bool>(), inner.clone(), inner.clone()).prop_map(|(l, a, b)| E::Shift(l, Box::new(a), Box::new(b))),
                1 => inner.clone().prop_map(|a| E::Neg(Box::new(a))),
                1 => inner.clone().prop_map(|a| E::Not(Box::new(a))),
                1 => (inner.clone(), inner).prop_map(|(a, b)| E::DivZero(Box::new(a), Box::new(b))),
            ]
        })
        .boxed()
}

fn any_expr() -> BoxedStrategy<(usize, E)> {
    (0..INTS.len())
        .prop_flat_map(|v| expr(ty_of(v)).prop_map(move |e| (v, e)))
        .boxed()
}

fn stmt() -> BoxedStrategy<S> {
    let leaf = prop_oneof![
        3 => any_expr().prop_map(|(v, e)| S::Assign(v, e)),
        2 => prop::collection::vec(any_expr().prop_map(|(v, e)| (ty_of(v), e)), 1..3).prop_map(S::Print),
        1 => (expr(Ty::I64), expr(Ty::Int)).prop_map(|(a, b)| S::Printf(a, b)),
        1 => (expr(Ty::I64), expr(Ty::I64)).prop_map(|(a, b)| S::Call(a, b)),
        1 => (0..2usize, 0..2usize).prop_map(|(a, b)| S::StrAppend(a, b)),
        1 => (0..2usize, any::<bool>()).prop_map(|(a, b)| S::StrHalf(a, b)),
        1 => prop::sample::select(vec!["==", "!=", "<", "<=", ">", ">="]).prop_map(S::StrCmp),
        1 => (0..2usize, expr(Ty::Int)).prop_map(|(a, e)| S::StrIndex(a, e)),
        1 => (0..INTS.len(), prop::sample::select(vec!["==", "!=", "<", "<=", ">", ">="]))
            .prop_flat_map(|(v, op)| (Just(v), Just(op), expr(ty_of(v))))
            .prop_map(|(v, op, e)| S::PrintBool(v, op, e)),
    ];
    leaf.prop_recursive(3, 16, 3, |inner| {
        let block = prop::collection::vec(inner, 0..3);
        prop_oneof![
            (
                0..INTS.len(),
                prop::sample::select(vec!["==", "!=", "<", "<=", ">", ">="])
            )
                .prop_flat_map(move |(v, op)| (Just(v), Just(op), expr(ty_of(v))))
                .prop_flat_map(move |(v, op, e)| (
                    Just(v),
                    Just(op),
                    Just(e),
                    block.clone(),
                    block.clone()
                ))
                .prop_map(|(v, op, e, t, f)| S::If(v, op, e, t, f)),
            (0u8..4, prop::collection::vec(stmt_leafish(), 0..3)).prop_map(|(n, b)| S::For(n, b)),
            (
                0..INTS.len(),
                prop::collection::vec(stmt_leafish(), 0..2),
                prop::collection::vec(stmt_leafish(), 0..2),
                prop::collection::vec(stmt_leafish(), 0..2)
            )
                .prop_map(|(v, a, b, c)| S::Switch(v, a, b, c)),
        ]
    })
    .boxed()
}

fn stmt_leafish() -> BoxedStrategy<S> {
    prop_oneof![
        any_expr().prop_map(|(v, e)| S::Assign(v, e)),
        prop::collection::vec(any_expr().prop_map(|(v, e)| (ty_of(v), e)), 1..3).prop_map(S::Print),
    ]
    .boxed()
}

fn program() -> impl Strategy<Value = Prog> {
    let inits = INTS
        .iter()
        .map(|t| (t.min()..=t.max()).boxed())
        .collect::<Vec<_>>();
    let strs = prop::collection::vec(
        prop::collection::vec(prop::sample::select(b"abcXYZ 09\"\\\n\t".to_vec()), 0..6),
        2,
    );
    (inits, strs, prop::collection::vec(stmt(), 1..8)).prop_map(|(init, strs, body)| Prog {
        init,
        strs,
        body,
    })
}

// ----- rendering as Go -----

fn go_expr(e: &E, out: &mut String) {
    match e {
        E::Var(v) => write!(out, "v{v}").unwrap(),
        E::Len(s) => write!(out, "len(s{s})").unwrap(),
        E::BinLit(op, a, l) => {
            out.push('(');
            go_expr(a, out);
            write!(out, " {op} {l})").unwrap();
        }
        E::Bin(op, a, b) => {
            out.push('(');
            go_expr(a, out);
            write!(out, " {op} ").unwrap();
            go_expr(b, out);
            out.push(')');
        }
        E::DivSafe(div, a, b) => {
            out.push('(');
            go_expr(a, out);
            out.push_str(if *div { " / (" } else { " % (" });
            go_expr(b, out);
            out.push_str(" | 1))");
        }
        E::DivZero(a, b) => {
            out.push('(');
            go_expr(a, out);
            out.push_str(" / (");
            go_expr(b, out);
            out.push_str(" & 0))");
        }
        E::Shift(left, a, b) => {
            out.push('(');
            go_expr(a, out);
            out.push_str(if *left { " << (uint8(" } else { " >> (uint8(" });
            go_expr(b, out);
            out.push_str(") % 70))");
        }
        E::Neg(a) => {
            out.push_str("(-");
            go_expr(a, out);
            out.push(')');
        }
        E::Not(a) => {
            out.push_str("(^");
            go_expr(a, out);
            out.push(')');
        }
        E::Conv(a, t) => {
            write!(out, "{}(", t.name()).unwrap();
            go_expr(a, out);
            out.push(')');
        }
    }
}

fn go_stmts(stmts: &[S], depth: usize, out: &mut String) {
    let pad = "\t".repeat(depth + 1);
    for s in stmts {
        match s {
            S::Assign(v, e) => {
                write!(out, "{pad}v{v} = ").unwrap();
                go_expr(e, out);
                out.push('\n');
            }
            S::If(v, op, e, t, f) => {
                write!(out, "{pad}if v{v} {op} ").unwrap();
                go_expr(e, out);
                out.push_str(" {\n");
                go_stmts(t, depth + 1, out);
                writeln!(out, "{pad}}} else {{").unwrap();
                go_stmts(f, depth + 1, out);
                writeln!(out, "{pad}}}").unwrap();
            }
            S::For(n, b) => {
                writeln!(out, "{pad}for i{depth} := 0; i{depth} < {n}; i{depth}++ {{")
                .unwrap();
                go_stmts(b, depth + 1, out);
                writeln!(out, "{pad}}}").unwrap();
            }
            S::Switch(v, a, b, c) => {
                writeln!(out, "{pad}switch v{v} % 3 {{\n{pad}case 0:").unwrap();
                go_stmts(a, depth + 1, out);
                writeln!(out, "{pad}case 1, 2:").unwrap();
                go_stmts(b, depth + 1, out);
                writeln!(out, "{pad}default:").unwrap();
                go_stmts(c, depth + 1, out);
                writeln!(out, "{pad}}}").unwrap();
            }
            S::Print(es) => {
                write!(out, "{pad}fmt.Println(").unwrap();
                for (i, (_, e)) in es.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    go_expr(e, out);
                }
                out.push_str(")\n");
            }
            S::Printf(a, b) => {
                write!(out, "{pad}fmt.Printf(\"%d|%x|%5d|%q\\n\", ").unwrap();
                go_expr(a, out);
                out.push_str(", ");
                go_expr(a, out);
                out.push_str(", ");
                go_expr(b, out);
                out.push_str(", s0)\n");
            }
            S::Call(a, b) => {
                write!(out, "{pad}v3, v3 = f(").unwrap();
                go_expr(a, out);
                out.push_str(", ");
                go_expr(b, out);
                out.push_str(")\n");
            }
            S::StrAppend(a, b) => writeln!(out, "{pad}s{a} = s{a} + s{b}[:len(s{b})/2]").unwrap(),
            S::StrCmp(op) => writeln!(out, "{pad}if s0 {op} s1 {{\n{pad}\tfmt.Println(\"yes\")\n{pad}}} else {{\n{pad}\tfmt.Println(\"no\")\n{pad}}}").unwrap(),
            S::StrIndex(a, e) => {
                write!(out, "{pad}fmt.Println(s{a}[uint(").unwrap();
                go_expr(e, out);
                writeln!(out, ")%uint(len(s{a})+1)])").unwrap();
            }
            S::PrintBool(v, op, e) => {
                write!(out, "{pad}fmt.Println(v{v} {op} ").unwrap();
                go_expr(e, out);
                writeln!(out, ", v{v} == v{v})").unwrap();
            }
            S::StrHalf(a, front) => {
                if *front {
                    writeln!(out, "{pad}s{a} = s{a}[len(s{a})/3:]").unwrap()
                } else {
                    writeln!(out, "{pad}s{a} = s{a}[:len(s{a})-len(s{a})/3]").unwrap()
                }
            }
        }
    }
}

fn go_quote(s: &[u8]) -> String {
    let mut q = String::from("\"");
    for &b in s {
        match b {
            b'"' => q.push_str("\\\""),
            b'\\' => q.push_str("\\\\"),
            b'\n' => q.push_str("\\n"),
            b'\t' => q.push_str("\\t"),
            _ => q.push(b as char),
        }
    }
    q.push('"');
    q
}

fn render(p: &Prog) -> String {
    let mut out = String::from("package main\n\nimport \"fmt\"\n\nfunc f(a int64, b int64) (int64, int64) {\n\treturn a + b, a - b\n}\n\nfunc main() {\n");
    for (i, t) in INTS.iter().enumerate() {
        writeln!(out, "\tvar v{i} {} = {}", t.name(), p.init[i]).unwrap();
    }
    for (i, s) in p.strs.iter().enumerate() {
        writeln!(out, "\ts{i} := {}", go_quote(s)).unwrap();
    }
    go_stmts(&p.body, 0, &mut out);
    out.push_str("\tfmt.Println(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, len(s0), len(s1))\n\tfmt.Printf(\"%q %q\\n\", s0, s1)\n}\n");
    out
}

// ----- the reference evaluator -----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panic {
    Divide,
    Index,
}

struct Eval {
    v: Vec<i128>,
    s: Vec<Vec<u8>>,
    out: Vec<u8>,
}

impl Eval {
    fn expr(&self, e: &E, ty: Ty) -> Result<i128, Panic> {
        Ok(match e {
            E::Var(v) => self.v[*v],
            E::Len(s) => self.s[*s].len() as i128,
            E::BinLit(op, a, l) => bin(op, self.expr(a, ty)?, *l, ty),
            E::Bin(op, a, b) => bin(op, self.expr(a, ty)?, self.expr(b, ty)?, ty),
            E::DivSafe(div, a, b) => {
                let x = self.expr(a, ty)?;
                let y = ty.wrap(self.expr(b, ty)? | 1);
                // Go truncates toward zero; i128 division does too. MinInt / -1 wraps.
                ty.wrap(if *div { x / y } else { x % y })
            }
            E::DivZero(a, b) => {
                self.expr(a, ty)?;
                self.expr(b, ty)?;
                return Err(Panic::Divide);
            }
            E::Shift(left, a, b) => {
                let x = self.expr(a, ty)?;
                let c = (Ty::U8.wrap(self.expr(b, ty)?) % 70) as u32;
                if *left {
                    if c >= ty.bits() {
                        0
                    } else {
                        ty.wrap(x << c)
                    }
                } else if c >= ty.bits() {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> c
                }
            }
            E::Neg(a) => ty.wrap(-self.expr(a, ty)?),
            E::Not(a) => ty.wrap(!self.expr(a, ty)?),
            E::Conv(a, t) => {
                let inner = match &**a {
                    E::Var(v) => ty_of(*v),
                    E::Len(_) => Ty::Int,
                    _ => *t,
                };
                t.wrap(self.expr(a, inner)?)
            }
        })
    }

    fn stmts(&mut self, stmts: &[S]) -> Result<(), Panic> {
        for s in stmts {
            match s {
                S::Assign(v, e) => self.v[*v] = self.expr(e, ty_of(*v))?,
                S::If(v, op, e, t, f) => {
                    let (a, b) = (self.v[*v], self.expr(e, ty_of(*v))?);
                    let c = compare(op, a, b);
                    self.stmts(if c { t } else { f })?;
                }
                S::For(n, b) => {
                    for _ in 0..*n {
                        self.stmts(b)?;
                    }
                }
                S::Switch(v, a, b, c) => match self.v[*v] % 3 {
                    0 => self.stmts(a)?,
                    1 | 2 => self.stmts(b)?,
                    _ => self.stmts(c)?,
                },
                S::Print(es) => {
                    let mut vals = Vec::new();
                    for (ty, e) in es {
                        vals.push(self.expr(e, *ty)?.to_string());
                    }
                    self.out.extend_from_slice(vals.join(" ").as_bytes());
                    self.out.push(b'\n');
                }
                S::Printf(a, b) => {
                    let x = self.expr(a, Ty::I64)?;
                    let x2 = self.expr(a, Ty::I64)?;
                    let y = self.expr(b, Ty::Int)?;
                    let hex = if x2 < 0 {
                        format!("-{:x}", -x2)
                    } else {
                        format!("{x2:x}")
                    };
                    let line = format!("{x}|{hex}|{y:5}|{}\n", go_quote(&self.s[0]));
                    self.out.extend_from_slice(line.as_bytes());
                }
                S::Call(a, b) => {
                    let x = self.expr(a, Ty::I64)?;
                    let y = self.expr(b, Ty::I64)?;
                    // `v3, v3 = f(...)`: assignments happen left to right; the last wins.
                    let _first = Ty::I64.wrap(x + y);
                    self.v[3] = Ty::I64.wrap(x - y);
                }
                S::StrAppend(a, b) => {
                    let half = self.s[*b][..self.s[*b].len() / 2].to_vec();
                    self.s[*a].extend_from_slice(&half);
                }
                S::StrCmp(op) => {
                    let (a, b) = (&self.s[0], &self.s[1]);
                    let c = compare(op, a, b);
                    self.out
                        .extend_from_slice(if c { b"yes\n" } else { b"no\n" });
                }
                S::StrIndex(a, e) => {
                    let i = Ty::Uint.wrap(self.expr(e, Ty::Int)?) % (self.s[*a].len() as i128 + 1);
                    let Some(b) = self.s[*a].get(i as usize) else {
                        return Err(Panic::Index);
                    };
                    self.out.extend_from_slice(format!("{b}\n").as_bytes());
                }
                S::PrintBool(v, op, e) => {
                    let (a, b) = (self.v[*v], self.expr(e, ty_of(*v))?);
                    let c = compare(op, a, b);
                    self.out.extend_from_slice(format!("{c} true\n").as_bytes());
                }
                S::StrHalf(a, front) => {
                    let n = self.s[*a].len();
                    self.s[*a] = if *front {
                        self.s[*a][n / 3..].to_vec()
                    } else {
                        self.s[*a][..n - n / 3].to_vec()
                    };
                }
            }
        }
        Ok(())
    }
}

/// Go's comparison operators, on integers or on strings' bytes.
fn compare<T: PartialOrd>(op: &str, a: T, b: T) -> bool {
    match op {
        "==" => a == b,
        "!=" => a != b,
        "<" => a < b,
        "<=" => a <= b,
        ">" => a > b,
        _ => a >= b,
    }
}

fn bin(op: &str, a: i128, b: i128, ty: Ty) -> i128 {
    ty.wrap(match op {
        "+" => a + b,
        "-" => a - b,
        "*" => ty.wrap(a).wrapping_mul(ty.wrap(b)),
        "&" => a & b,
        "|" => a | b,
        "^" => a ^ b,
        _ => a & !b,
    })
}

/// Expected (stdout, exit status, panic line).
fn reference(p: &Prog) -> (Vec<u8>, i32, Option<Panic>) {
    let mut ev = Eval {
        v: p.init.clone(),
        s: p.strs.clone(),
        out: Vec::new(),
    };
    match ev.stmts(&p.body) {
        Ok(()) => {
            let vals: Vec<String> = ev.v.iter().map(|v| v.to_string()).collect();
            let line = format!(
                "{} {} {}\n{} {}\n",
                vals.join(" "),
                ev.s[0].len(),
                ev.s[1].len(),
                go_quote(&ev.s[0]),
                go_quote(&ev.s[1])
            );
            ev.out.extend_from_slice(line.as_bytes());
            (ev.out, 0, None)
        }
        Err(p) => (ev.out, 2, Some(p)),
    }
}

fn compile_and_run(src: &str) -> (Vec<u8>, i32, String) {
    common::run_builtin(src).unwrap_or_else(|d| (Vec::new(), -1, format!("compile error:\n{d}")))
}

fn go_run(src: &str) -> Option<(Vec<u8>, i32)> {
    Some(common::run_go(src))
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn compiled_programs_match_the_reference_evaluator(p in program()) {
        let src = render(&p);
        let (want_out, want_rc, panic) = reference(&p);
        let (out, rc, err) = compile_and_run(&src);
        prop_assert_eq!(rc, want_rc, "exit status differs; stderr: {}\n{}", err, src);
        prop_assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&want_out), "stdout differs\n{}", src);
        match panic {
            Some(Panic::Divide) => prop_assert!(err.starts_with("panic: runtime error: integer divide by zero\n"), "{}", err),
            Some(Panic::Index) => prop_assert!(err.starts_with("panic: runtime error: index out of range ["), "{}", err),
            None => {}
        }
    }
}

#[test]
fn the_reference_evaluator_agrees_with_go() {
    if !common::require_go() {
        return;
    }
    let n: u32 = std::env::var("MEMRUN_DIFF_GO")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: n,
        ..ProptestConfig::default()
    });
    let result = runner.run(&program(), |p| {
        let src = render(&p);
        let (want_out, want_rc, _) = reference(&p);
        let (go_out, go_rc) = go_run(&src).expect("go build");
        prop_assert_eq!(
            go_rc,
            want_rc,
            "Go's exit status differs from the reference\n{}",
            src
        );
        prop_assert_eq!(
            String::from_utf8_lossy(&go_out),
            String::from_utf8_lossy(&want_out),
            "Go's output differs from the reference\n{}",
            src
        );
        let (out, rc, err) = compile_and_run(&src);
        prop_assert_eq!(
            rc,
            go_rc,
            "memrun's exit status differs from Go's; stderr {}\n{}",
            err,
            src
        );
        prop_assert_eq!(out, go_out, "memrun's output differs from Go's\n{}", src);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
