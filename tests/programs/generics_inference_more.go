package main

import (
	"fmt"
	"strconv"
)

// Core types give the outer parameter once the inner one is known, also from an
// untyped constant's default type.
func Ptr[P *E, E any](e E) P { return &e }
func Wrap[S []E, E any](e ...E) S { return S(e) }

// A generic function as an argument, both sides generic.
func Id[T any](x T) T { return x }
func Apply[T, U any](x T, f func(T) U) U { return f(x) }
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
func Double[N ~int | ~float64](n N) N { return n * 2 }

// Inference from a constraint's methods.
type Celsius float64

func (c Celsius) Get() float64 { return float64(c) }

type Named struct{ n string }

func (v Named) Get() string { return v.n }

func Extract[E any, I interface{ Get() E }](xs ...I) []E {
	var out []E
	for _, x := range xs {
		out = append(out, x.Get())
	}
	return out
}

// Inference through an interface parameter's methods.
type Getter[T any] interface{ Get() T }

func Read[T any](g Getter[T]) T { return g.Get() }

type Pair[K comparable, V any] interface {
	Key() K
	Value() V
}

type entry struct {
	k string
	v int
}

func (e entry) Key() string { return e.k }
func (e entry) Value() int  { return e.v }

func Swap[K comparable, V comparable](p Pair[K, V]) map[V]K { return map[V]K{p.Value(): p.Key()} }

// Division by a constant zero is allowed when some type of the set is a float.
func Half[T ~int | ~float64](x T) T { return x / 2 }
func Inf[T ~float32 | ~float64](x T) T { return x / 0 }
func DivZero[T ~int | ~float64](x T) (r T, err any) {
	defer func() { err = recover() }()
	return x / 0, nil
}

func main() {
	p := Ptr("s")
	fmt.Printf("%T %v\n", p, *p)
	q := Ptr(2.5)
	fmt.Printf("%T %v\n", q, *q)
	w := Wrap(1, 2, 3)
	fmt.Printf("%T %v\n", w, w)
	fmt.Println(Apply(3, Id), Apply("x", Id), Apply(4, Double))
	fmt.Println(Map([]int{1, 2, 3}, Double), Map([]float64{1.5}, Double))
	fmt.Println(Map([]int{7, 8}, strconv.Itoa))
	fmt.Println(Extract(Celsius(1.5), Celsius(-3)), Extract(Named{"a"}, Named{"b"}))
	fmt.Printf("%T\n", Extract[float64, Celsius])
	fmt.Println(Read(Celsius(36.6)), Read(Named{"z"}))
	fmt.Println(Swap(entry{"k", 1}))
	fmt.Println(Half(7), Half(7.0), Inf(1.0), Inf(float32(-1)))
	fmt.Println(DivZero(2.0))
	fmt.Println(DivZero(2))
}
