package main

import (
	"fmt"
	"iter"
	"strconv"
)

// generated: construct mcall, 3 padding statements (if)

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

func F[T fmt.Stringer](x T, n int) []int {
	n += len(x.String())
	if n > 7 {
		n -= 1
	}
	if n > 14 {
		n -= 2
	}
	if n > 21 {
		n -= 3
	}
	var s []int
	s = append(s, n)
	return s
}

func main() {
	s := F(MyInt(7), 5)
	fmt.Println(len(s), cap(s))
}
