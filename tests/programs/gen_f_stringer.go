package main

import (
	"fmt"
	"strings"
)

type Stringer interface {
	String() string
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("color(%d)", int(c))
}

type Temp struct{ Deg float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1fC", t.Deg) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("ptr#%d", p.n) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Longest[T interface{ String() string }](xs ...T) T {
	var best T
	for _, x := range xs {
		if len(x.String()) > len(best.String()) {
			best = x
		}
	}
	return best
}

func Describe[T fmt.Stringer](x T) string {
	return "<" + x.String() + ">"
}

func main() {
	fmt.Println(JoinAll([]Color{0, 1, 2}, ", "))
	fmt.Println(JoinAll([]Temp{{20}, {-3.25}}, " | "))
	fmt.Println(JoinAll([]*Ptr{{1}, {22}}, "/"))
	fmt.Println(Longest(Color(1), Color(7), Color(0)))
	fmt.Println(Describe(Temp{99.95}))
	fmt.Println(Describe(&Ptr{5}))
	fmt.Println(JoinAll([]Stringer{Color(1), Temp{1}}, "+"))
}
