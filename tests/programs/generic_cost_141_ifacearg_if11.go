package main

import (
	"fmt"
	"iter"
	"strconv"
)

// generated: construct ifacearg, 11 padding statements (if)

type MyInt int

func (m MyInt) String() string { return strconv.Itoa(int(m)) }
func (m *MyInt) Inc()          { *m++ }

type PS struct{ a, b int }

func (p *PS) String() string { return "ps" + strconv.Itoa(p.a) }

type Num interface{ ~int | ~int64 | ~float64 }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Pair[T any] struct{ a, b T }

func Cnt[T comparable](a, b T) int {
	if a == b {
		return 1
	}
	return 2
}

func Seq[T any](x T) iter.Seq[T] {
	return func(yield func(T) bool) {
		_ = yield(x) && yield(x)
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

var (
	sinkF func() string
	sinkA any
	sinkS string
	sinkG func()
)

func F[T any](x T, n int) []int {
	sinkA = x
	if n > 7 {
		n -= 1
	}
	if n > 14 {
		n -= 2
	}
	if n > 21 {
		n -= 3
	}
	if n > 28 {
		n -= 4
	}
	if n > 35 {
		n -= 5
	}
	if n > 42 {
		n -= 6
	}
	if n > 49 {
		n -= 7
	}
	if n > 56 {
		n -= 8
	}
	if n > 63 {
		n -= 9
	}
	if n > 70 {
		n -= 10
	}
	if n > 77 {
		n -= 11
	}
	var s []int
	s = append(s, n)
	return s
}

func main() {
	s := F[any](7, 5)
	fmt.Println(len(s), cap(s))
}
