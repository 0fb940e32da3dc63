package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortAsc[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

func SortBy[T any, K Ordered](s []T, key func(T) K) {
	sort.SliceStable(s, func(i, j int) bool { return key(s[i]) < key(s[j]) })
}

func SortFunc[T any](s []T, less func(a, b T) bool) {
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
}

func IsSorted[T Ordered](s []T) bool {
	return sort.SliceIsSorted(s, func(i, j int) bool { return s[i] < s[j] })
}

type emp struct {
	Name string
	Age  int
}

func main() {
	a := []int{5, 2, 8, 1}
	SortAsc(a)
	fmt.Println(a, IsSorted(a))
	b := []string{"pear", "apple", "fig"}
	SortAsc(b)
	fmt.Println(b)
	es := []emp{{"zed", 30}, {"amy", 25}, {"bob", 30}, {"cal", 25}}
	SortBy(es, func(e emp) int { return e.Age })
	fmt.Println(es)
	SortBy(es, func(e emp) string { return e.Name })
	fmt.Println(es)
	fs := []float64{3.5, -1, 2}
	SortFunc(fs, func(x, y float64) bool { return x > y })
	fmt.Println(fs, IsSorted(fs))
}
