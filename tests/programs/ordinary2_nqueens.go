package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n     int
	queen []int
	cols  map[int]bool
	d1    map[int]bool
	d2    map[int]bool
}

func NewBoard(n int) *Board {
	return &Board{n: n, queen: make([]int, 0, n), cols: map[int]bool{}, d1: map[int]bool{}, d2: map[int]bool{}}
}

func (b *Board) solve(row int, found func([]int) bool) bool {
	if row == b.n {
		return found(b.queen)
	}
	for c := 0; c < b.n; c++ {
		if b.cols[c] || b.d1[row+c] || b.d2[row-c] {
			continue
		}
		b.cols[c], b.d1[row+c], b.d2[row-c] = true, true, true
		b.queen = append(b.queen, c)
		stop := b.solve(row+1, found)
		b.queen = b.queen[:len(b.queen)-1]
		delete(b.cols, c)
		delete(b.d1, row+c)
		delete(b.d2, row-c)
		if stop {
			return true
		}
	}
	return false
}

func render(q []int) string {
	var sb strings.Builder
	for _, c := range q {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(q)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		count := 0
		NewBoard(n).solve(0, func([]int) bool { count++; return false })
		fmt.Printf("n=%d solutions=%d\n", n, count)
	}
	var first []int
	b := NewBoard(8)
	b.solve(0, func(q []int) bool {
		first = append([]int(nil), q...)
		return true
	})
	fmt.Println(first, len(b.queen), cap(b.queen))
	fmt.Print(render(first))
	var all [][]int
	NewBoard(6).solve(0, func(q []int) bool {
		all = append(all, append([]int{}, q...))
		return false
	})
	fmt.Println(all)
}
