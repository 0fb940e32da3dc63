package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func count(nums ...int) (int, bool) {
	return len(nums), nums == nil
}

func joinWith(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func modify(xs ...int) {
	for i := range xs {
		xs[i] *= 10
	}
}

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

type Point struct{ X, Y int }

func centroid(pts ...Point) Point {
	if len(pts) == 0 {
		return Point{}
	}
	var c Point
	for _, p := range pts {
		c.X += p.X
		c.Y += p.Y
	}
	return Point{c.X / len(pts), c.Y / len(pts)}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum(10, 20, 30, 40, 50))
	fmt.Println(count())
	fmt.Println(count(1, 2))
	var empty []int
	fmt.Println(count(empty...))
	fmt.Println(count([]int{}...))

	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...), sum(xs[1:]...))

	// Passing s... shares the backing array.
	modify(xs...)
	fmt.Println(xs)
	// Passing individual values makes a fresh slice.
	a, b := 1, 2
	modify(a, b)
	fmt.Println(a, b)

	fmt.Println(joinWith(", ", "x", "y", "z"))
	fmt.Println(joinWith("-"))
	words := []string{"go", "is", "fun"}
	fmt.Println(joinWith(" ", words...))
	fmt.Printf("%q\n", joinWith("+", words[:1]...))

	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-5, -2, -8))
	fmt.Println(maxOf(xs[0], xs[1:]...))

	fmt.Println(appendAll(nil, []int{1, 2}, []int{3}, nil, []int{4, 5, 6}))
	fmt.Println(appendAll([]int{0}))

	fmt.Println(centroid(), centroid(Point{2, 4}), centroid(Point{0, 0}, Point{4, 8}, Point{8, 4}))

	// Variadic function values.
	f := sum
	var g func(...int) int = sum
	fmt.Println(f(1, 1), g(xs...))
	fmt.Printf("%T\n", g)

	// A variadic closure.
	product := func(ns ...int) int {
		p := 1
		for _, n := range ns {
			p *= n
		}
		return p
	}
	fmt.Println(product(), product(2, 3, 7))
}
