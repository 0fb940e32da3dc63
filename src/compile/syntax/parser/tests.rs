//! Parser unit tests: the forms whose reading depends on context, and gc's error wording.

use crate::compile::syntax::ast::*;
use crate::compile::syntax::parse;
use crate::compile::syntax::token::Op;

/// Parses `src`, asserting no errors.
fn ok(src: &str) -> File {
    let p = parse(src.as_bytes());
    assert!(
        p.lex_errors.is_empty() && p.syntax_errors.is_empty(),
        "{src}\n{:?} {:?}",
        p.lex_errors,
        p.syntax_errors
    );
    p.file.expect("a file")
}

/// The syntax errors of `src`, as messages.
fn errors(src: &str) -> Vec<String> {
    parse(src.as_bytes())
        .syntax_errors
        .into_iter()
        .map(|(_, m)| m)
        .collect()
}

fn type_spec(f: &File, i: usize) -> &TypeSpec {
    match &f.decls[i] {
        Decl::Type(specs, _) => &specs[0],
        d => panic!("not a type declaration: {d:?}"),
    }
}

#[test]
fn array_types_and_type_parameter_lists_are_told_apart_as_gc_does() {
    let f = ok("package p
type A [N]int
type B[T any] []T
type C [N * 2]int
type D[P *Q] struct{}
type E[P *Q,] struct{}
type F[P interface{ ~int }] int
type G [2]int
type H[K comparable, V any] map[K]V
type I = map[string]int
type J[T ~int | ~string] struct{ x T }
type K []int
");
    assert!(matches!(
        type_spec(&f, 0).ty.kind,
        ExprKind::ArrayType(Some(_), _)
    ));
    assert!(type_spec(&f, 0).tparams.is_empty());
    assert_eq!(type_spec(&f, 1).tparams.len(), 1);
    assert!(matches!(
        type_spec(&f, 2).ty.kind,
        ExprKind::ArrayType(Some(_), _)
    ));
    // `P *Q` where Q could be a value: an array length `P*Q`, as gc reads it.
    assert!(matches!(
        type_spec(&f, 3).ty.kind,
        ExprKind::ArrayType(Some(_), _)
    ));
    // With a trailing comma it is a type parameter list.
    assert_eq!(type_spec(&f, 4).tparams.len(), 1);
    assert_eq!(type_spec(&f, 5).tparams.len(), 1);
    assert_eq!(type_spec(&f, 7).tparams.len(), 2);
    assert!(type_spec(&f, 8).alias);
    assert!(matches!(
        type_spec(&f, 9).tparams[0].ty.kind,
        ExprKind::Binary(Op::Or, _, _)
    ));
    assert!(matches!(type_spec(&f, 10).ty.kind, ExprKind::SliceType(_)));
}

#[test]
fn the_whole_grammar_parses() {
    ok(r#"package main

import (
	"fmt"
	. "math"
	_ "os"
	str "strings"
)

type Point struct {
	X, Y int `json:"x"`
	*Embedded
	pkg.Other
	List[int]
	arr [4]byte
	fn  func(int) (string, error)
}

type Stringer interface {
	String() string
	fmt.Stringer
	~int | ~float64
	comparable
}

type Number interface{ ~int | ~int64 | ~float64 }

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (List[T]) Len() int { return 0 }

func main() {
	ch := make(chan int, 3)
	var recv <-chan int = ch
	var send chan<- int = ch
	go func() { ch <- 1 }()
	defer close(ch)
	select {
	case v := <-recv:
		_ = v
	case v, ok := <-recv:
		_, _ = v, ok
	case send <- 2:
	case <-recv:
	default:
	}
	a := [...]int{1, 2, 3}
	s := a[1:2:3]
	m := map[string][]int{"a": {1, 2}, "b": nil}
	pts := []Point{{X: 1}, {2, 3, nil, nil, List[int]{}, [4]byte{}, nil}}
	var x any = 1
	switch v := x.(type) {
	case int, int64:
		_ = v
	case nil:
	case []int, map[string]int, func(), *Point, chan int:
	}
	switch x.(type) {
	}
	if n, ok := x.(int); ok {
		_ = n
	}
	f := Map[int, string]
	g := Map[int]
	_ = (*Point).Move
	_ = (*int)(nil)
	_ = []byte("x")
	_ = func(xs ...int) int { return len(xs) }(s...)
	z := 1 + 2i
	_ = 0x1p-2
	_ = 0x1.8p3
	_ = 'a'
	_, _, _, _, _ = m, pts, f, g, z
	for i := range 10 {
		_ = i
	}
	for range ch {
	}
Loop:
	for {
		goto Done
	}
Done:
	for i := 0; i < 3; i++ {
		continue
	}
	{
	}
	type local struct{ a int }
	const c = iota
	var (
		u, w int
	)
	_ = struct{}{}
	_ = &Point{}
	_ = Pi
	x = <-ch
	<-ch
	_, _, _ = u, w, str.ToUpper
	goto Loop
}
"#);
}

#[test]
fn composite_literals_are_not_blocks_in_headers_but_literal_types_are() {
    ok("package p
func f() {
	for _, x := range []int{1, 2} { _ = x }
	if x := (T{}); x.a { }
	for v := range T { _ = v }
	switch s := struct{}{}; s { }
}");
}

#[test]
fn gc_wording_for_grammar_errors() {
    assert_eq!(
        errors("package p\nfunc f() { s := a[1::3] }"),
        vec!["syntax error: middle index required in 3-index slice"]
    );
    assert_eq!(
        errors("package p\nfunc f() { go (g()) }"),
        vec!["syntax error: expression in go must not be parenthesized"]
    );
    assert_eq!(
        errors("package p\nfunc f(a int, []string) {}"),
        vec!["syntax error: mixed named and unnamed parameters"]
    );
    assert_eq!(
        errors("package p\nfunc f() { for i := 0; i < 1; j := 1 {} }"),
        vec!["syntax error: cannot declare in post statement of for loop"]
    );
    assert_eq!(
        errors("package p\ntype T[P, Q] int"),
        vec!["syntax error: missing type constraint"]
    );
}

#[test]
fn receive_only_channel_types_reassociate() {
    let f = ok("package p\nvar c = (<-chan chan<- int)(nil)\nvar d <-chan int");
    let Decl::Var(specs) = &f.decls[0] else {
        panic!()
    };
    let ExprKind::Call(conv, _, _) = &specs[0].values[0].kind else {
        panic!()
    };
    let ExprKind::Paren(t) = &conv.kind else {
        panic!()
    };
    assert!(matches!(
        &t.kind,
        ExprKind::ChanType(ChanDir::Recv, e) if matches!(e.kind, ExprKind::ChanType(ChanDir::Send, _))
    ));
}

#[test]
fn a_type_parameter_constrained_by_a_pointer_to_a_type_literal_ends_the_list() {
    for src in [
        "package p\ntype E[P *[2]int] struct{ p P }\n",
        "package p\ntype S[P *struct{ X int }] struct{ p P }\n",
        "package p\ntype M[P *map[int]int] struct{ p P }\n",
    ] {
        let f = ok(src);
        let s = type_spec(&f, 0);
        assert_eq!(s.tparams.len(), 1, "{src}");
        assert!(matches!(s.tparams[0].ty.kind, ExprKind::Star(_)), "{src}");
        assert!(matches!(s.ty.kind, ExprKind::StructType(_)), "{src}");
    }
}
