package main

import "fmt"

func Swap[T any](a, b *T) {
	*a, *b = *b, *a
}

func Reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Reversed[T any](s []T) []T {
	out := make([]T, len(s))
	copy(out, s)
	Reverse(out)
	return out
}

func Rotate[T any](s []T, k int) []T {
	if len(s) == 0 {
		return s
	}
	k = ((k % len(s)) + len(s)) % len(s)
	return append(append([]T{}, s[k:]...), s[:k]...)
}

func main() {
	a, b := 1, 2
	Swap(&a, &b)
	fmt.Println(a, b)
	x, y := "left", "right"
	Swap(&x, &y)
	fmt.Println(x, y)
	s := []int{1, 2, 3, 4, 5}
	Reverse(s)
	fmt.Println(s)
	r := Reversed([]string{"a", "b", "c"})
	fmt.Println(r, len(r))
	fmt.Println(Rotate([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(Rotate([]int{1, 2, 3, 4, 5}, -1))
	fmt.Println(Rotate([]rune("hello"), 1), string(Rotate([]rune("hello"), 1)))
	type pair struct{ a, b int }
	p, q := pair{1, 2}, pair{3, 4}
	Swap(&p, &q)
	fmt.Println(p, q)
	var empty []float64
	Reverse(empty)
	fmt.Println(Rotate(empty, 3), len(Reversed(empty)))
}
