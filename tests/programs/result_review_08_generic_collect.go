package main

import "fmt"

func Collect[T any](n int, v T) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, v)
	}
	return s
}

type big struct{ a, b, c, d, e int64 }

func main() {
	for n := 1; n <= 5; n++ {
		a := Collect(n, 1)
		b := Collect(n, int32(1))
		c := Collect(n, "x")
		d := Collect(n, big{})
		e := Collect(n, byte(1))
		fmt.Println(n, cap(a), cap(b), cap(c), cap(d), cap(e))
	}
}
