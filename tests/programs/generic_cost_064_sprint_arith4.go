package main

import (
	"fmt"
	"iter"
	"strconv"
)

// generated: construct sprint, 4 padding statements (arith)

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
	sinkS = fmt.Sprint(x)
	n = n*3 + 1
	n = n*3 + 2
	n = n*3 + 3
	n = n*3 + 4
	var s []int
	s = append(s, n)
	return s
}

func main() {
	s := F(7, 5)
	fmt.Println(len(s), cap(s))
}
