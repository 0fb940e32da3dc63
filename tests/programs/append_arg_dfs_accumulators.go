// Depth-first walks that pass `append(path, x)` to themselves: recursive literals held in
// variables, and a declared function, whose leaves copy, convert or print the path.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Tree struct {
	V    int
	Kids []*Tree
}

func permute(nums, cur []int, used []bool, out *[][]int) {
	if len(cur) == len(nums) {
		cp := make([]int, len(cur))
		copy(cp, cur)
		*out = append(*out, cp)
		return
	}
	for i, n := range nums {
		if used[i] {
			continue
		}
		used[i] = true
		permute(nums, append(cur, n), used, out)
		used[i] = false
	}
}

func main() {
	adj := map[int][]int{0: {1, 2}, 1: {3, 4}, 2: {5}, 3: {}, 4: {6}, 5: {}, 6: {}}
	var res [][]int
	var dfs func(n int, path []int)
	dfs = func(n int, path []int) {
		if len(adj[n]) == 0 {
			res = append(res, append([]int{}, path...))
			return
		}
		for _, c := range adj[n] {
			dfs(c, append(path, c))
		}
	}
	dfs(0, []int{0})
	fmt.Println(res)

	var out [][]int
	permute([]int{1, 2, 3}, nil, make([]bool, 3), &out)
	fmt.Println(out)

	var parens []string
	n := 3
	var gen func(open, close int, cur []byte)
	gen = func(open, close int, cur []byte) {
		if len(cur) == 2*n {
			parens = append(parens, string(cur))
			return
		}
		if open < n {
			gen(open+1, close, append(cur, '('))
		}
		if close < open {
			gen(open, close+1, append(cur, ')'))
		}
	}
	gen(0, 0, nil)
	fmt.Println(strings.Join(parens, " "))

	nums := []int{1, 2, 3}
	var subsets [][]int
	var bt func(start int, cur []int)
	bt = func(start int, cur []int) {
		tmp := make([]int, len(cur))
		copy(tmp, cur)
		subsets = append(subsets, tmp)
		for i := start; i < len(nums); i++ {
			bt(i+1, append(cur, nums[i]))
		}
	}
	bt(0, []int{})
	fmt.Println(subsets)

	t := &Tree{1, []*Tree{{2, []*Tree{{4, nil}, {5, nil}}}, {3, []*Tree{{6, nil}}}}}
	var sums []string
	var walk func(t *Tree, acc []int)
	walk = func(t *Tree, acc []int) {
		if len(t.Kids) == 0 {
			total := 0
			for _, v := range acc {
				total += v
			}
			sums = append(sums, fmt.Sprint(acc, "=", total))
			return
		}
		for _, k := range t.Kids {
			walk(k, append(acc, k.V))
		}
	}
	walk(t, []int{t.V})
	sort.Strings(sums)
	fmt.Println(strings.Join(sums, "; "))

	words := map[rune][]rune{'a': {'b', 'c'}, 'b': {'d'}, 'c': nil, 'd': nil}
	var spell func(r rune, acc []rune)
	spell = func(r rune, acc []rune) {
		if len(words[r]) == 0 {
			fmt.Println(string(acc), len(acc))
			return
		}
		for _, k := range words[r] {
			spell(k, append(acc, k))
		}
	}
	spell('a', []rune(strings.Repeat("a", len(adj)-6)))
}
