package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func key(w string) string {
	rs := []rune(strings.ToLower(w))
	slices.Sort(rs)
	return string(rs)
}

func Group(words []string) [][]string {
	groups := map[string][]string{}
	var order []string
	for _, w := range words {
		k := key(w)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], w)
	}
	out := make([][]string, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	words := strings.Fields("listen silent enlist google inlets banana tinsel Elvis lives evil vile live veil gooegl stone tones notes onset")
	for _, g := range Group(words) {
		fmt.Printf("%d %v (cap %d)\n", len(g), g, cap(g))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "12321", "ab"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
	fmt.Println(key("Hello"), key("日本語"))
}
