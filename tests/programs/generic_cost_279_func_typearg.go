package main

import "fmt"

func Keep[T any](x T, n int) []T {
	var s []T
	s = append(s, x)
	if n > 5 {
		s = append(s, x, x)
	}
	return s
}

func main() {
	f := func() int { return 1 }
	a := Keep(f, 1)
	b := Keep(fmt.Sprint, 9)
	fmt.Println(len(a), cap(a), a[0](), len(b), cap(b))
}
