// Lexicographic permutations, combinations, subsets (backtracking)
package main

import (
	"fmt"
	"strings"
)

func permutations(s []int) [][]int {
	var res [][]int
	var rec func(int)
	rec = func(k int) {
		if k == len(s) {
			res = append(res, append([]int(nil), s...))
			return
		}
		for i := k; i < len(s); i++ {
			s[k], s[i] = s[i], s[k]
			rec(k + 1)
			s[k], s[i] = s[i], s[k]
		}
	}
	rec(0)
	return res
}

func combinations(n, k int) [][]int {
	var res [][]int
	cur := []int{}
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			c := make([]int, k)
			copy(c, cur)
			res = append(res, c)
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return res
}

func subsets(items []string) []string {
	var out []string
	for mask := 0; mask < 1<<len(items); mask++ {
		var parts []string
		for i, it := range items {
			if mask&(1<<i) != 0 {
				parts = append(parts, it)
			}
		}
		out = append(out, "{"+strings.Join(parts, ",")+"}")
	}
	return out
}

func nQueens(n int) int {
	count := 0
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count
}

func main() {
	fmt.Println(permutations([]int{1, 2, 3}))
	fmt.Println(combinations(5, 3))
	fmt.Println(subsets([]string{"a", "b", "c"}))
	for n := 4; n <= 8; n++ {
		fmt.Printf("%d-queens: %d\n", n, nQueens(n))
	}
}
