//! Property tests of channel semantics against a reference model.
//!
//! Each case is one generated Go program with two parts:
//! - a script of operations one goroutine performs on a few channels (nil, unbuffered or
//!   buffered): non-blocking sends and receives, blocking ones where the model says they cannot
//!   block, `close`, `len`/`cap`, and `select`s over several cases with or without `default`.
//!   Every operation prints one line, and a checker walks the lines with a model of the channels
//!   (a FIFO buffer, a capacity, a closed flag). Where gc may choose (a `select` with several
//!   ready cases, or a send case on a closed channel among them), any of the allowed outcomes
//!   is accepted and the model follows the one taken.
//! - a concurrent scenario whose output may depend on scheduling, checked for the properties
//!   that cannot: producers feeding consumers through a channel (every value received once,
//!   each producer's values in order at each consumer), a `select` fan-in of closing sources
//!   (every value once, each source in order), a token passed around a ring of goroutines, and
//!   a mutex-guarded counter.
//!
//! memrun's output is checked on every case; where Go 1.27.3 is installed, Go's output on the
//! same program is checked by the same checker, which keeps the model honest.
//! `MEMRUN_CHAN_CASES` (default 24) sets the number of cases.

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::VecDeque;
use std::fmt::Write as _;

use proptest::prelude::*;

/// Channels of the script: c0..c3.
const NCHANS: usize = 4;

/// How a script's channel is made: nil, or `make(chan int, cap)`.
#[derive(Debug, Clone, Copy)]
enum Make {
    Nil,
    Cap(usize),
}

/// One operation of the script.
#[derive(Debug, Clone)]
enum Op {
    /// `select { case c <- v: … default: … }`.
    TrySend(usize, i64),
    /// `select { case v, ok := <-c: … default: … }`.
    TryRecv(usize),
    /// `c <- v`, generated only where the model says it does not block (or panics).
    Send(usize, i64),
    /// `v, ok := <-c`, generated only where the model says it does not block.
    Recv(usize),
    Close(usize),
    LenCap(usize),
    /// A select over cases (channel, Some(value) to send or None to receive), with `default`
    /// or without (generated without only where some case is ready).
    Select(Vec<(usize, Option<i64>)>, bool),
}

/// The model of one channel.
#[derive(Debug, Clone)]
struct Chan {
    nil: bool,
    cap: usize,
    buf: VecDeque<i64>,
    closed: bool,
}

impl Chan {
    fn new(m: Make) -> Chan {
        match m {
            Make::Nil => Chan {
                nil: true,
                cap: 0,
                buf: VecDeque::new(),
                closed: false,
            },
            Make::Cap(cap) => Chan {
                nil: false,
                cap,
                buf: VecDeque::new(),
                closed: false,
            },
        }
    }

    /// A send would proceed (one goroutine: no receiver ever waits).
    fn can_send(&self) -> bool {
        !self.nil && !self.closed && self.buf.len() < self.cap
    }

    /// A send would panic.
    fn send_panics(&self) -> bool {
        !self.nil && self.closed
    }

    /// A receive would proceed.
    fn can_recv(&self) -> bool {
        !self.nil && (!self.buf.is_empty() || self.closed)
    }

    /// Receives (the model's state must allow it): value and ok.
    fn recv(&mut self) -> (i64, bool) {
        match self.buf.pop_front() {
            Some(v) => (v, true),
            None => (0, false),
        }
    }
}

fn chan_make() -> impl Strategy<Value = Make> {
    prop_oneof![
        1 => Just(Make::Nil),
        2 => Just(Make::Cap(0)),
        4 => (1usize..4).prop_map(Make::Cap),
    ]
}

/// A script's raw material: operations are filtered against the model while rendering
/// (blocking ones that would block become non-blocking ones).
fn raw_op() -> impl Strategy<Value = Op> {
    let ch = 0..NCHANS;
    let v = 1i64..100;
    prop_oneof![
        4 => (ch.clone(), v.clone()).prop_map(|(c, v)| Op::TrySend(c, v)),
        4 => ch.clone().prop_map(Op::TryRecv),
        3 => (ch.clone(), v.clone()).prop_map(|(c, v)| Op::Send(c, v)),
        3 => ch.clone().prop_map(Op::Recv),
        1 => ch.clone().prop_map(Op::Close),
        2 => ch.clone().prop_map(Op::LenCap),
        3 => (
            prop::collection::vec((ch, prop::option::of(v)), 1..4),
            any::<bool>()
        )
            .prop_map(|(cases, dflt)| Op::Select(cases, dflt)),
    ]
}

/// The concurrent scenario of a case.
#[derive(Debug, Clone)]
enum Scenario {
    /// Producers, values each, channel capacity, consumers.
    ProducersConsumers(usize, usize, usize, usize),
    /// Sources (each a capacity and a count of values), fanned in with select.
    FanIn(Vec<(usize, usize)>),
    /// Ring size, rounds.
    Ring(usize, usize),
    /// Goroutines, increments each.
    Counter(usize, usize),
}

fn scenario() -> impl Strategy<Value = Scenario> {
    prop_oneof![
        (1usize..5, 0usize..25, 0usize..4, 1usize..4)
            .prop_map(|(p, k, c, n)| Scenario::ProducersConsumers(p, k, c, n)),
        prop::collection::vec((0usize..3, 0usize..15), 1..5).prop_map(Scenario::FanIn),
        (2usize..12, 1usize..20).prop_map(|(n, r)| Scenario::Ring(n, r)),
        (1usize..20, 1usize..50).prop_map(|(g, k)| Scenario::Counter(g, k)),
    ]
}

/// A case: the channels, the script (made safe while rendering) and the scenario.
#[derive(Debug, Clone)]
struct Case {
    makes: Vec<Make>,
    ops: Vec<Op>,
    scenario: Scenario,
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec(chan_make(), NCHANS),
        prop::collection::vec(raw_op(), 1..40),
        scenario(),
    )
        .prop_map(|(makes, ops, scenario)| Case {
            makes,
            ops,
            scenario,
        })
}

/// The script made safe: a blocking operation that would block in any state the model may
/// be in (a select may go several ways) becomes its non-blocking form, and a select without
/// default gets one unless some case can proceed in every such state.
fn safe_ops(c: &Case) -> Vec<Op> {
    let mut states: Vec<Vec<Chan>> = vec![c.makes.iter().map(|&m| Chan::new(m)).collect()];
    let mut out = Vec::new();
    // Too many possible states to follow: every later operation is a non-blocking one.
    let mut overflow = false;
    for op in &c.ops {
        let all = |f: &dyn Fn(&[Chan]) -> bool| !overflow && states.iter().all(|m| f(m));
        let op = match op.clone() {
            Op::Send(ch, v) if !all(&|m| m[ch].can_send() || m[ch].send_panics()) => {
                Op::TrySend(ch, v)
            }
            Op::Recv(ch) if !all(&|m| m[ch].can_recv()) => Op::TryRecv(ch),
            Op::Select(cases, false)
                if !all(&|m| {
                    cases.iter().any(|&(ch, v)| match v {
                        Some(_) => m[ch].can_send() || m[ch].send_panics(),
                        None => m[ch].can_recv(),
                    })
                }) =>
            {
                Op::Select(cases, true)
            }
            op => op,
        };
        let mut next: Vec<Vec<Chan>> = Vec::new();
        for m in &states {
            for (_, after) in outcomes(m, &op) {
                if !next.iter().any(|n| same(n, &after)) {
                    next.push(after);
                }
            }
        }
        if next.len() > 256 {
            overflow = true;
            next.truncate(256);
        }
        states = next;
        out.push(op);
    }
    out
}

/// Whether two models are in the same state.
fn same(a: &[Chan], b: &[Chan]) -> bool {
    a.iter()
        .zip(b)
        .all(|(x, y)| x.closed == y.closed && x.buf == y.buf)
}

/// The lines an operation may print, each with the model after it.
fn outcomes(model: &[Chan], op: &Op) -> Vec<(String, Vec<Chan>)> {
    let mut res = Vec::new();
    let name = |ch: usize| format!("c{ch}");
    match *op {
        Op::TrySend(ch, v) | Op::Send(ch, v) => {
            let c = &model[ch];
            if c.send_panics() {
                res.push((
                    format!("send {} {v} panic: send on closed channel", name(ch)),
                    model.to_vec(),
                ));
            } else if c.can_send() {
                let mut m = model.to_vec();
                m[ch].buf.push_back(v);
                res.push((format!("send {} {v} ok", name(ch)), m));
            } else {
                res.push((format!("send {} {v} full", name(ch)), model.to_vec()));
            }
        }
        Op::TryRecv(ch) | Op::Recv(ch) => {
            if model[ch].can_recv() {
                let mut m = model.to_vec();
                let (v, ok) = m[ch].recv();
                res.push((format!("recv {} {v} {ok}", name(ch)), m));
            } else {
                res.push((format!("recv {} empty", name(ch)), model.to_vec()));
            }
        }
        Op::Close(ch) => {
            let c = &model[ch];
            let line = if c.nil {
                format!("close {} panic: close of nil channel", name(ch))
            } else if c.closed {
                format!("close {} panic: close of closed channel", name(ch))
            } else {
                format!("close {} ok", name(ch))
            };
            let mut m = model.to_vec();
            if !c.nil {
                m[ch].closed = true;
            }
            res.push((line, m));
        }
        Op::LenCap(ch) => {
            let c = &model[ch];
            res.push((
                format!("len {} {} cap {}", name(ch), c.buf.len(), c.cap),
                model.to_vec(),
            ));
        }
        Op::Select(ref cases, dflt) => {
            for (i, &(ch, v)) in cases.iter().enumerate() {
                let c = &model[ch];
                match v {
                    Some(_) if c.send_panics() => res.push((
                        "select panic: send on closed channel".to_string(),
                        model.to_vec(),
                    )),
                    Some(v) if c.can_send() => {
                        let mut m = model.to_vec();
                        m[ch].buf.push_back(v);
                        res.push((format!("select {i} sent {v}"), m));
                    }
                    None if c.can_recv() => {
                        let mut m = model.to_vec();
                        let (v, ok) = m[ch].recv();
                        res.push((format!("select {i} got {v} {ok}"), m));
                    }
                    _ => {}
                }
            }
            // gc takes the first case in a random polling order that can proceed (a send to a
            // closed channel proceeds to its panic); default only when none can.
            if res.is_empty() && dflt {
                res.push(("select default".to_string(), model.to_vec()));
            }
        }
    }
    res.dedup_by(|a, b| a.0 == b.0);
    res
}

const PRELUDE: &str = r#"package main

import (
	"fmt"
	"sort"
	"sync"
)

func trySend(name string, c chan int, v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("send", name, v, "panic:", r)
		}
	}()
	select {
	case c <- v:
		fmt.Println("send", name, v, "ok")
	default:
		fmt.Println("send", name, v, "full")
	}
}

func send(name string, c chan int, v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("send", name, v, "panic:", r)
		}
	}()
	c <- v
	fmt.Println("send", name, v, "ok")
}

func tryRecv(name string, c chan int) {
	select {
	case v, ok := <-c:
		fmt.Println("recv", name, v, ok)
	default:
		fmt.Println("recv", name, "empty")
	}
}

func recv(name string, c chan int) {
	v, ok := <-c
	fmt.Println("recv", name, v, ok)
}

func closeChan(name string, c chan int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("close", name, "panic:", r)
		}
	}()
	close(c)
	fmt.Println("close", name, "ok")
}

func lenCap(name string, c chan int) {
	fmt.Println("len", name, len(c), "cap", cap(c))
}

var _ = sort.Ints
var _ sync.Mutex
"#;

/// The Go program of a case: the script in `script`, the scenario in `scenario`.
fn render(c: &Case, ops: &[Op]) -> String {
    let mut s = String::from(PRELUDE);
    for (k, op) in ops.iter().enumerate() {
        if let Op::Select(cases, dflt) = op {
            writeln!(s, "func sel{k}(c []chan int) {{").unwrap();
            s.push_str("\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"select panic:\", r)\n\t\t}\n\t}()\n\tselect {\n");
            for (i, (ch, v)) in cases.iter().enumerate() {
                match v {
                    Some(v) => writeln!(
                        s,
                        "\tcase c[{ch}] <- {v}:\n\t\tfmt.Println(\"select {i} sent {v}\")"
                    )
                    .unwrap(),
                    None => writeln!(
                        s,
                        "\tcase v, ok := <-c[{ch}]:\n\t\tfmt.Println(\"select {i} got\", v, ok)"
                    )
                    .unwrap(),
                }
            }
            if *dflt {
                s.push_str("\tdefault:\n\t\tfmt.Println(\"select default\")\n");
            }
            s.push_str("\t}\n}\n\n");
        }
    }
    s.push_str("func script() {\n\tc := make([]chan int, 4)\n");
    for (i, m) in c.makes.iter().enumerate() {
        if let Make::Cap(n) = m {
            writeln!(s, "\tc[{i}] = make(chan int, {n})").unwrap();
        }
    }
    for (k, op) in ops.iter().enumerate() {
        let line = match op {
            Op::TrySend(ch, v) => format!("trySend(\"c{ch}\", c[{ch}], {v})"),
            Op::Send(ch, v) => format!("send(\"c{ch}\", c[{ch}], {v})"),
            Op::TryRecv(ch) => format!("tryRecv(\"c{ch}\", c[{ch}])"),
            Op::Recv(ch) => format!("recv(\"c{ch}\", c[{ch}])"),
            Op::Close(ch) => format!("closeChan(\"c{ch}\", c[{ch}])"),
            Op::LenCap(ch) => format!("lenCap(\"c{ch}\", c[{ch}])"),
            Op::Select(..) => format!("sel{k}(c)"),
        };
        writeln!(s, "\t{line}").unwrap();
    }
    s.push_str("}\n\n");
    s.push_str(&render_scenario(&c.scenario));
    s.push_str("func main() {\n\tscript()\n\tfmt.Println(\"--\")\n\tscenario()\n}\n");
    s
}

fn render_scenario(sc: &Scenario) -> String {
    match *sc {
        Scenario::ProducersConsumers(p, k, cap, n) => format!(
            r#"func scenario() {{
	ch := make(chan int, {cap})
	var pw sync.WaitGroup
	for p := 0; p < {p}; p++ {{
		pw.Add(1)
		go func() {{
			defer pw.Done()
			for i := 0; i < {k}; i++ {{
				ch <- p*1000 + i
			}}
		}}()
	}}
	go func() {{
		pw.Wait()
		close(ch)
	}}()
	got := make([][]int, {n})
	var cw sync.WaitGroup
	for j := 0; j < {n}; j++ {{
		cw.Add(1)
		go func() {{
			defer cw.Done()
			for v := range ch {{
				got[j] = append(got[j], v)
			}}
		}}()
	}}
	cw.Wait()
	for j := range got {{
		fmt.Println("consumer", j, got[j])
	}}
}}
"#
        ),
        Scenario::FanIn(ref srcs) => {
            let mut s = String::from("func scenario() {\n\tsrcs := []chan int{");
            for (cap, _) in srcs {
                write!(s, "make(chan int, {cap}), ").unwrap();
            }
            s.push_str("}\n\tcounts := []int{");
            for (_, n) in srcs {
                write!(s, "{n}, ").unwrap();
            }
            s.push_str(
                r#"}
	for i, c := range srcs {
		go func() {
			for k := 0; k < counts[i]; k++ {
				c <- i*1000 + k
			}
			close(c)
		}()
	}
	var got []int
	open := len(srcs)
	for open > 0 {
		cases := make([]chan int, 4)
		copy(cases, srcs)
		select {
		case v, ok := <-cases[0]:
			if !ok {
				srcs[0] = nil
				open--
			} else {
				got = append(got, v)
			}
		case v, ok := <-cases[1]:
			if !ok {
				srcs[1] = nil
				open--
			} else {
				got = append(got, v)
			}
		case v, ok := <-cases[2]:
			if !ok {
				srcs[2] = nil
				open--
			} else {
				got = append(got, v)
			}
		case v, ok := <-cases[3]:
			if !ok {
				srcs[3] = nil
				open--
			} else {
				got = append(got, v)
			}
		}
	}
	fmt.Println("fanin", got)
}
"#,
            );
            s
        }
        Scenario::Ring(n, rounds) => format!(
            r#"func scenario() {{
	links := make([]chan int, {n})
	for i := range links {{
		links[i] = make(chan int)
	}}
	done := make(chan int)
	for i := 0; i < {n}; i++ {{
		go func() {{
			for v := range links[i] {{
				if v == {n}*{rounds} {{
					done <- v
					return
				}}
				links[(i+1)%{n}] <- v + 1
			}}
		}}()
	}}
	links[0] <- 1
	fmt.Println("ring", <-done)
}}
"#
        ),
        Scenario::Counter(g, k) => format!(
            r#"func scenario() {{
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < {g}; i++ {{
		wg.Add(1)
		go func() {{
			defer wg.Done()
			for j := 0; j < {k}; j++ {{
				mu.Lock()
				total++
				mu.Unlock()
			}}
		}}()
	}}
	wg.Wait()
	fmt.Println("counter", total)
}}
"#
        ),
    }
}

/// Checks a program's output against the model and the scenario's properties.
fn check(c: &Case, ops: &[Op], out: &str) -> Result<(), String> {
    let mut lines = out.lines();
    let mut model: Vec<Chan> = c.makes.iter().map(|&m| Chan::new(m)).collect();
    for (k, op) in ops.iter().enumerate() {
        let got = lines
            .next()
            .ok_or_else(|| format!("op {k} {op:?}: no output line"))?;
        let outs = outcomes(&model, op);
        match outs.into_iter().find(|(l, _)| l == got) {
            Some((_, m)) => model = m,
            None => {
                return Err(format!(
                    "op {k} {op:?}: printed {got:?}, allowed {:?}",
                    outcomes(&model, op)
                        .into_iter()
                        .map(|o| o.0)
                        .collect::<Vec<_>>()
                ))
            }
        }
    }
    if lines.next() != Some("--") {
        return Err("the script printed more lines than it has operations".into());
    }
    let rest: Vec<&str> = lines.collect();
    check_scenario(&c.scenario, &rest)
}

/// The integers of a `[1 2 3]` list.
fn ints(list: &str) -> Result<Vec<i64>, String> {
    let inner = list
        .trim()
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .ok_or_else(|| format!("not a list: {list:?}"))?;
    inner
        .split_whitespace()
        .map(|w| w.parse().map_err(|_| format!("not a number: {w:?}")))
        .collect()
}

/// Every value of `sources` sources of `counts[i]` values each appears once in `seqs`, and
/// each sequence holds each source's values in order.
fn check_streams(counts: &[usize], seqs: &[Vec<i64>]) -> Result<(), String> {
    let mut all: Vec<i64> = seqs.iter().flatten().copied().collect();
    all.sort_unstable();
    let mut want: Vec<i64> = counts
        .iter()
        .enumerate()
        .flat_map(|(i, &n)| (0..n as i64).map(move |k| i as i64 * 1000 + k))
        .collect();
    want.sort_unstable();
    if all != want {
        return Err(format!("values received {all:?}, sent {want:?}"));
    }
    for seq in seqs {
        for src in 0..counts.len() as i64 {
            let mine: Vec<i64> = seq.iter().copied().filter(|v| v / 1000 == src).collect();
            if mine.windows(2).any(|w| w[0] >= w[1]) {
                return Err(format!("source {src}'s values out of order: {mine:?}"));
            }
        }
    }
    Ok(())
}

fn check_scenario(sc: &Scenario, lines: &[&str]) -> Result<(), String> {
    match *sc {
        Scenario::ProducersConsumers(p, k, _, n) => {
            if lines.len() != n {
                return Err(format!("{} consumer lines, want {n}", lines.len()));
            }
            let mut seqs = Vec::new();
            for (j, l) in lines.iter().enumerate() {
                let prefix = format!("consumer {j} ");
                let list = l
                    .strip_prefix(&prefix)
                    .ok_or_else(|| format!("line {l:?}"))?;
                seqs.push(ints(list)?);
            }
            check_streams(&vec![k; p], &seqs)
        }
        Scenario::FanIn(ref srcs) => {
            let [l] = lines else {
                return Err(format!("fan-in printed {lines:?}"));
            };
            let list = l
                .strip_prefix("fanin ")
                .ok_or_else(|| format!("line {l:?}"))?;
            let counts: Vec<usize> = srcs.iter().map(|s| s.1).collect();
            check_streams(&counts, &[ints(list)?])
        }
        Scenario::Ring(n, rounds) => {
            let want = format!("ring {}", n * rounds);
            if lines != [want.as_str()] {
                return Err(format!("ring printed {lines:?}, want {want:?}"));
            }
            Ok(())
        }
        Scenario::Counter(g, k) => {
            let want = format!("counter {}", g * k);
            if lines != [want.as_str()] {
                return Err(format!("counter printed {lines:?}, want {want:?}"));
            }
            Ok(())
        }
    }
}

fn env_count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn channels_follow_the_reference_model() {
    // Go checks the model itself where it is installed.
    let with_go = std::env::var_os("MEMRUN_TEST_NO_GO").is_none() && {
        common::assert_reference_go();
        true
    };
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: env_count("MEMRUN_CHAN_CASES", 24) as u32,
        max_shrink_iters: 64,
        ..ProptestConfig::default()
    });
    let result = runner.run(&case(), |c| {
        let ops = safe_ops(&c);
        let src = render(&c, &ops);
        let (out, status, err) = common::run_builtin(&src)
            .unwrap_or_else(|d| panic!("memrun rejected a generated program:\n{d}\n{src}"));
        let out = String::from_utf8_lossy(&out).into_owned();
        prop_assert!(
            status == 0,
            "memrun's program exited {status}: {err}\n{src}"
        );
        if let Err(e) = check(&c, &ops, &out) {
            prop_assert!(false, "memrun: {e}\n--- output\n{out}\n--- program\n{src}");
        }
        if with_go {
            let (gout, gstatus) = common::run_go(&src);
            let gout = String::from_utf8_lossy(&gout).into_owned();
            prop_assert!(gstatus == 0, "Go's program exited {gstatus}\n{src}");
            if let Err(e) = check(&c, &ops, &gout) {
                prop_assert!(
                    false,
                    "the model disagrees with Go: {e}\n--- Go's output\n{gout}\n--- program\n{src}"
                );
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
