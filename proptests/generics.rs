//! Differential testing of generic containers and the generic standard packages against Go:
//! each case is a random script of operations on a program's own generic Stack[T] and
//! Set[T] (instantiated for int and string), a sorted slice kept with slices.BinarySearch,
//! Insert and Delete, a slice of pairs sorted stably by a key with ties
//! (slices.SortStableFunc) and unstably (slices.SortFunc, whose order of ties must be gc's),
//! and slices/maps queries. The program is built by Go and by memrun; outputs must be
//! identical. `MEMRUN_GENERICS_CASES` (default 6) sets the number of cases. Needs Go
//! (installed by scripts/install-go.sh).

#[path = "../tests/common/mod.rs"]
mod common;

use std::fmt::Write as _;

use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    PushInt(i64),
    PushStr(String),
    PopInt,
    PopStr,
    SetAdd(i64),
    SetDel(i64),
    SetHas(i64),
    SortedInsert(i64),
    SortedDelete(i64),
    Pair(i64, i64),
    Report,
}

fn op() -> impl Strategy<Value = Op> {
    let small = -20i64..20;
    prop_oneof![
        3 => small.clone().prop_map(Op::PushInt),
        2 => "[a-d]{0,3}".prop_map(Op::PushStr),
        2 => Just(Op::PopInt),
        1 => Just(Op::PopStr),
        3 => small.clone().prop_map(Op::SetAdd),
        2 => small.clone().prop_map(Op::SetDel),
        2 => small.clone().prop_map(Op::SetHas),
        3 => small.clone().prop_map(Op::SortedInsert),
        2 => small.clone().prop_map(Op::SortedDelete),
        4 => (0i64..5, small).prop_map(|(k, v)| Op::Pair(k, v)),
        1 => Just(Op::Report),
    ]
}

const PRELUDE: &str = r#"package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func NewSet[T cmp.Ordered]() *Set[T] { return &Set[T]{m: map[T]struct{}{}} }

func (s *Set[T]) Add(x T)        { s.m[x] = struct{}{} }
func (s *Set[T]) Del(x T)        { delete(s.m, x) }
func (s *Set[T]) Has(x T) bool   { _, ok := s.m[x]; return ok }
func (s *Set[T]) Sorted() []T    { return slices.Sorted(maps.Keys(s.m)) }

type Pair struct{ K, V int }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func report(si *Stack[int], ss *Stack[string], set *Set[int], sorted []int, pairs []Pair) {
	fmt.Println("stack", si.items, len(ss.items), ss.items)
	fmt.Println("set", set.Sorted(), len(set.m))
	fmt.Println("sorted", sorted, slices.IsSorted(sorted))
	if len(sorted) > 0 {
		fmt.Println("minmax", slices.Min(sorted), slices.Max(sorted))
	}
	stable := slices.Clone(pairs)
	slices.SortStableFunc(stable, func(a, b Pair) int { return cmp.Compare(a.K, b.K) })
	fmt.Println("stable", stable)
	unstable := slices.Clone(pairs)
	slices.SortFunc(unstable, func(a, b Pair) int { return cmp.Compare(a.K, b.K) })
	fmt.Println("unstable", unstable)
	vs := Map(pairs, func(p Pair) int { return p.V })
	slices.Sort(vs)
	fmt.Println("compact", slices.Compact(slices.Clone(vs)))
	r := slices.Clone(vs)
	slices.Reverse(r)
	fmt.Println("reverse", r, slices.Index(r, 0), slices.Contains(r, 3))
}

func main() {
	si := &Stack[int]{}
	ss := &Stack[string]{}
	set := NewSet[int]()
	var sorted []int
	var pairs []Pair
"#;

fn render(ops: &[Op]) -> String {
    let mut s = String::from(PRELUDE);
    for op in ops {
        let line = match op {
            Op::PushInt(v) => format!("si.Push({v})"),
            Op::PushStr(v) => format!("ss.Push({v:?})"),
            Op::PopInt => "if v, ok := si.Pop(); true { fmt.Println(\"pop\", v, ok) }".into(),
            Op::PopStr => "if v, ok := ss.Pop(); true { fmt.Printf(\"pops %q %v\\n\", v, ok) }".into(),
            Op::SetAdd(v) => format!("set.Add({v})"),
            Op::SetDel(v) => format!("set.Del({v})"),
            Op::SetHas(v) => format!("fmt.Println(\"has\", {v}, set.Has({v}))"),
            Op::SortedInsert(v) => format!(
                "if i, found := slices.BinarySearch(sorted, {v}); !found {{ sorted = slices.Insert(sorted, i, {v}) }}"
            ),
            Op::SortedDelete(v) => format!(
                "if i, found := slices.BinarySearch(sorted, {v}); found {{ sorted = slices.Delete(sorted, i, i+1) }}"
            ),
            Op::Pair(k, v) => format!("pairs = append(pairs, Pair{{{k}, {v}}})"),
            Op::Report => "report(si, ss, set, sorted, pairs)".into(),
        };
        writeln!(s, "\t{line}").unwrap();
    }
    s.push_str("\treport(si, ss, set, sorted, pairs)\n}\n");
    s
}

fn env_count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn generic_containers_match_go() {
    if !common::require_go() {
        return;
    }
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: env_count("MEMRUN_GENERICS_CASES", 6) as u32,
        // Each shrinking step is a Go build: keep it short.
        max_shrink_iters: 24,
        ..ProptestConfig::default()
    });
    let result = runner.run(&prop::collection::vec(op(), 10..160), |ops| {
        let src = render(&ops);
        let (go, _) = common::run_go(&src);
        let (ours, status, err) = common::run_builtin(&src)
            .unwrap_or_else(|d| panic!("memrun rejected a generated program:\n{d}\n{src}"));
        prop_assert!(status == 0, "memrun's program exited {status}: {err}");
        let (go, ours) = (
            String::from_utf8_lossy(&go).into_owned(),
            String::from_utf8_lossy(&ours).into_owned(),
        );
        prop_assert!(
            ours == go,
            "memrun's output differs from Go's\n--- Go\n{go}\n--- memrun\n{ours}\n--- program\n{src}"
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
