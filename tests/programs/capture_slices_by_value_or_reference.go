package main

import "fmt"

//go:noinline
func apply(f func(int) int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

func byValue() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i)
	}
	total := apply(func(i int) int { return xs[i%len(xs)] }, 5)
	fmt.Println(total, len(xs), cap(xs))
	ys := append(xs, 7)
	ys[0] = 100
	fmt.Println(xs[0], cap(ys))
}

func byRefLater() {
	var xs []int
	xs = append(xs, 1)
	total := apply(func(i int) int { return xs[0] + i }, 2)
	xs = append(xs, 2, 3)
	fmt.Println(total, len(xs), cap(xs))
}

func byRefDeeper() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i)
	}
	total := 0
	for k := 0; k < 2; k++ {
		total += apply(func(i int) int { return xs[i%len(xs)] + k }, 3)
	}
	fmt.Println(total, len(xs), cap(xs))
}


func escaping() func() int {
	var xs []int
	for i := 0; i < 5; i++ {
		xs = append(xs, i)
	}
	fmt.Println(cap(xs))
	return func() int { return len(xs) }
}

func main() {
	byValue()
	byRefLater()
	byRefDeeper()
	fmt.Println(escaping()())
}
