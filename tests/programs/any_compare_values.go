package main

import "fmt"

type Celsius float64
type ID int

type Money struct {
	Units int64
	Cur   string
}

func same(a, b any) string {
	if a == b {
		return "=="
	}
	return "!="
}

func main() {
	var a any = 42
	fmt.Println(a == 42, a == 42.0, a == int64(42), a == "42", a != nil)

	// Untyped constants take their default type when compared with an any.
	var f any = 2.5
	fmt.Println(f == 2.5, f == float32(2.5), f == Celsius(2.5))
	var i any = 3.0
	fmt.Println(i == 3, i == 3.0)
	var r any = 'x'
	fmt.Println(r == 'x', r == int32(120), r == 120)

	// Two any values are equal when the dynamic types and the values match.
	pairs := [][2]any{
		{1, 1},
		{1, int8(1)},
		{1.5, 1.5},
		{float32(0.1), 0.1},
		{"go", "go"},
		{ID(7), ID(7)},
		{ID(7), 7},
		{Money{100, "EUR"}, Money{100, "EUR"}},
		{Money{100, "EUR"}, Money{100, "USD"}},
		{nil, nil},
		{nil, 0},
		{true, true},
		{[2]float64{1, 2}, [2]float64{1, 2}},
		{Celsius(0), Celsius(0)},
	}
	for _, p := range pairs {
		fmt.Printf("%v (%T) %s %v (%T)\n", p[0], p[0], same(p[0], p[1]), p[1], p[1])
	}

	// NaN inside an any is still not equal to itself.
	zero := 0.0
	var nan any = zero / zero
	fmt.Println(nan == nan, same(nan, nan))
	var negz any = -zero
	fmt.Println(negz == 0.0, negz)

	// Searching a []any with ==.
	haystack := []any{1, "two", 3.0, Money{5, "GBP"}, nil, ID(9)}
	needles := []any{3.0, 3, "two", Money{5, "GBP"}, nil, 9, ID(9)}
	for _, n := range needles {
		at := -1
		for i, h := range haystack {
			if h == n {
				at = i
				break
			}
		}
		fmt.Printf("%v:%d ", n, at)
	}
	fmt.Println()

	// Comparing any with a concrete variable.
	var c Celsius = 21.5
	var boxed any = c
	fmt.Println(boxed == c, c == boxed, boxed == 21.5, boxed == Celsius(21.5))
	m := Money{1, "JPY"}
	var bm any = m
	m.Units++
	fmt.Println(bm == m, bm, m)
}
