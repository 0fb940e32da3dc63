package main

import (
	"fmt"
	"strings"
)

type Automaton struct {
	Rule  uint8
	Cells []bool
	Hist  [][]bool
}

func New(rule uint8, width int) *Automaton {
	a := &Automaton{Rule: rule, Cells: make([]bool, width)}
	a.Cells[width/2] = true
	return a
}

func (a *Automaton) Step() {
	a.Hist = append(a.Hist, a.Cells)
	n := len(a.Cells)
	next := make([]bool, n)
	for i := range a.Cells {
		l := a.Cells[(i-1+n)%n]
		c := a.Cells[i]
		r := a.Cells[(i+1)%n]
		idx := 0
		if l {
			idx |= 4
		}
		if c {
			idx |= 2
		}
		if r {
			idx |= 1
		}
		next[i] = a.Rule>>idx&1 == 1
	}
	a.Cells = next
}

func render(cells []bool) string {
	var sb strings.Builder
	for _, c := range cells {
		if c {
			sb.WriteByte('#')
		} else {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimRight(sb.String(), " ")
}

func count(cells []bool) (n int) {
	for _, c := range cells {
		if c {
			n++
		}
	}
	return
}

func main() {
	for _, rule := range []uint8{30, 90, 110} {
		a := New(rule, 31)
		fmt.Printf("rule %d\n", rule)
		for i := 0; i < 12; i++ {
			fmt.Printf("%2d|%s\n", count(a.Cells), render(a.Cells))
			a.Step()
		}
		fmt.Println("history", len(a.Hist), cap(a.Hist))
	}
	fmt.Printf("%08b %v\n", uint8(110), uint8(110)>>3&1)
}
