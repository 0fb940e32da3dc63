package main

import "fmt"

func swap(a, b string) (string, string) { return b, a }

func three() (int, bool, string) { return 1, true, "three" }

func sum(a, b, c int) int { return a + b + c }

func main() {
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	n, ok, s := three()
	fmt.Println(n, ok, s)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b, sum(a, b, 3))
	_, _, only := three()
	fmt.Println(only)
}
