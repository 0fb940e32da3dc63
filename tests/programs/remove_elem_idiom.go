package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	t := append(s[:1], s[2:]...)
	fmt.Println(s, t, len(t), cap(t))
	u := append(t[:0], t[0:]...)
	fmt.Println(u, cap(u))
	u = append(u, 7)
	fmt.Println(s, t, u, cap(u))
	w := remove(u, 0)
	fmt.Println(w, cap(w), u)
	var b []byte
	b = append(b, "hello"...)
	i := 2
	b2 := append(b[:i], b[i+2:]...)
	fmt.Println(string(b2), cap(b2), string(b))
	b2 = append(b2, 'X', 'Y', 'Z')
	fmt.Println(string(b2), cap(b2), string(b))
}
