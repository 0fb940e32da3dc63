package main

import (
	"fmt"
	"strings"
)

func solve(n int) [][]int {
	var sols [][]int
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			sols = append(sols, append([]int{}, pos...))
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return sols
}

func render(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		for j := range len(sol) {
			if j == c {
				sb.WriteString("Q ")
			} else {
				sb.WriteString(". ")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Printf("n=%d solutions=%d\n", n, len(solve(n)))
	}
	s := solve(8)
	fmt.Println(s[0], s[len(s)-1])
	fmt.Print(render(s[0]))
	six := solve(6)
	for _, sol := range six {
		fmt.Println(sol)
	}
	clear(six)
	fmt.Println(six, len(six))
}
