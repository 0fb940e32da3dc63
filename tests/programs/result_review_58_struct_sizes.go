package main

import "fmt"

type S8 struct{ a, b int32 }
type S24 struct{ a, b, c int64 }
type S32 struct{ a, b, c, d int64 }
type S40 struct{ a, b, c, d, e int64 }

func b8(n int) []S8 {
	var s []S8
	for i := 0; i < n; i++ {
		s = append(s, S8{})
	}
	return s
}

func b24(n int) []S24 {
	var s []S24
	for i := 0; i < n; i++ {
		s = append(s, S24{})
	}
	return s
}

func b32(n int) []S32 {
	var s []S32
	for i := 0; i < n; i++ {
		s = append(s, S32{})
	}
	return s
}

func b40(n int) []S40 {
	var s []S40
	for i := 0; i < n; i++ {
		s = append(s, S40{})
	}
	return s
}

func main() {
	for n := 1; n <= 5; n++ {
		w, x, y, z := b8(n), b24(n), b32(n), b40(n)
		fmt.Println(n, cap(w), cap(x), cap(y), cap(z))
	}
}
