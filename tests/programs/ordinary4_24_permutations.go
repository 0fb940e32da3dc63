package main

import (
	"fmt"
	"slices"
	"strings"
)

func permute(a []int) [][]int {
	var res [][]int
	var rec func(int)
	rec = func(k int) {
		if k == len(a) {
			res = append(res, slices.Clone(a))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			rec(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	rec(0)
	return res
}

func nextPerm(s []byte) bool {
	i := len(s) - 2
	for i >= 0 && s[i] >= s[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(s) - 1
	for s[j] <= s[i] {
		j--
	}
	s[i], s[j] = s[j], s[i]
	slices.Reverse(s[i+1:])
	return true
}

func combinations(n, k int) [][]int {
	var out [][]int
	cur := make([]int, 0, k)
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return out
}

func main() {
	ps := permute([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	slices.SortFunc(ps, slices.Compare)
	fmt.Println(ps)
	s := []byte("aabc")
	var all []string
	for ok := true; ok; ok = nextPerm(s) {
		all = append(all, string(s))
	}
	fmt.Println(len(all), strings.Join(all, " "))
	cs := combinations(5, 3)
	fmt.Println(len(cs), cs)
	fmt.Println(len(permute([]int{1, 2, 3, 4, 5, 6})))
	fmt.Printf("%v %d %T\n", cs[0], len(cs[9]), cs)
}
