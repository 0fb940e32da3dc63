package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Version []int

func parse(s string) Version {
	var v Version
	for _, p := range strings.Split(s, ".") {
		n := 0
		for _, c := range p {
			n = n*10 + int(c-'0')
		}
		v = append(v, n)
	}
	return v
}

func main() {
	a := []int{1, 2, 3}
	b := []int{1, 2, 3}
	c := []int{1, 2, 4}
	d := []int{1, 2}
	fmt.Println(slices.Equal(a, b), slices.Equal(a, c), slices.Equal(a, d))
	fmt.Println(slices.Equal([]int{}, []int(nil)))
	fmt.Println(slices.Compare(a, b), slices.Compare(a, c), slices.Compare(c, a), slices.Compare(d, a), slices.Compare(a, d))

	vs := []string{"1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.10", "2.0", "1.10"}
	slices.SortFunc(vs, func(x, y string) int { return slices.Compare(parse(x), parse(y)) })
	fmt.Println(vs)

	up := []string{"GO", "Rust", "zig"}
	low := []string{"go", "rust", "ZIG"}
	fmt.Println(slices.EqualFunc(up, low, strings.EqualFold))
	fmt.Println(slices.EqualFunc([]int{1, 2, 3}, []string{"1", "2", "3"}, func(n int, s string) bool {
		return fmt.Sprint(n) == s
	}))
	fmt.Println(slices.CompareFunc([]int{1, 2, 3}, []string{"1", "2", "4"}, func(n int, s string) int {
		return cmp.Compare(fmt.Sprint(n), s)
	}))

	fmt.Println(slices.IsSorted([]int{1, 2, 2, 5}), slices.IsSorted([]int{3, 1}), slices.IsSorted([]string{}))
	fmt.Println(slices.IsSortedFunc([]string{"ccc", "bb", "a"}, func(x, y string) int { return cmp.Compare(len(y), len(x)) }))

	words := [][]string{{"b", "a"}, {"a", "c"}, {"a"}, {"a", "b", "c"}, {}}
	slices.SortFunc(words, slices.Compare[[]string])
	fmt.Printf("%q\n", words)

	nan := []float64{1, 2}
	fmt.Println(slices.Equal(nan, []float64{1, 2}))
	fs := []float64{0, 1}
	gs := []float64{0, 1}
	fs[0] = fs[0] / gs[0] // NaN
	fmt.Println("NaN equal:", slices.Equal(fs, fs))
	fmt.Println("NaN compare:", slices.Compare(fs, fs))

	type pt struct{ x, y int }
	p1 := []pt{{1, 2}, {3, 4}}
	p2 := slices.Clone(p1)
	fmt.Println(slices.Equal(p1, p2))
	p2[1].y = 5
	fmt.Println(slices.Equal(p1, p2), slices.Index(p2, pt{3, 5}))
}
