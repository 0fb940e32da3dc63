package main

import "fmt"

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Contains[T comparable](s []T, x T) bool {
	return Index(s, x) >= 0
}

func Count[T comparable](s []T, x T) int {
	n := 0
	for _, v := range s {
		if v == x {
			n++
		}
	}
	return n
}

type Point struct{ X, Y int }

func Dedup[T comparable](s []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func main() {
	words := []string{"go", "rust", "zig", "go"}
	fmt.Println(Index(words, "zig"), Index(words, "c"))
	fmt.Println(Contains(words, "rust"), Contains(words, "java"))
	fmt.Println(Count(words, "go"))
	pts := []Point{{1, 2}, {3, 4}, {1, 2}}
	fmt.Println(Index(pts, Point{3, 4}), Count(pts, Point{1, 2}))
	fmt.Println(Dedup(pts))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}))
	arrs := [][2]int{{1, 1}, {2, 2}}
	fmt.Println(Contains(arrs, [2]int{2, 2}))
	var ifs []any = []any{1, "a", 2.5}
	fmt.Println(Index(ifs, any("a")), Index(ifs, any(2.5)))
	bs := []bool{false, false, true}
	fmt.Println(Index(bs, true))
}
