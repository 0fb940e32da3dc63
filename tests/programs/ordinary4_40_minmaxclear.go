package main

import (
	"fmt"
	"math"
)

type Score struct {
	Name string
	Pts  int
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"))
	fmt.Println(min(1), max(-1, -1), min("", "a"))
	x, y := 7, 12
	fmt.Println(min(x, y), max(x, y, 10))
	var f32 float32 = 1.5
	fmt.Println(max(f32, 2), min(f32, 0.25))
	fmt.Println(min(0.0, math.Inf(-1)), max(math.Inf(1), 1e308), min(math.NaN(), 1), max(-0.0, 0.0))
	scores := []Score{{"a", 10}, {"b", 42}, {"c", 7}}
	lo, hi := math.MaxInt, math.MinInt
	for _, s := range scores {
		lo = min(lo, s.Pts)
		hi = max(hi, s.Pts)
	}
	fmt.Println(lo, hi)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(s), sub)
	ss := []string{"x", "y"}
	clear(ss)
	fmt.Printf("%q\n", ss)
	ps := []*Score{&scores[0], nil}
	clear(ps)
	fmt.Println(ps, scores[0])
	type clamp func(v, lo, hi int) int
	var c clamp = func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	for _, v := range []int{-5, 5, 50} {
		fmt.Print(c(v, 0, 10), " ")
	}
	fmt.Println()
	const cm = min(3, 9) * max(2, 4)
	fmt.Println(cm)
	var u8 uint8 = 250
	fmt.Println(max(u8, 100), min(u8+10, 3))
}
