package main

import "fmt"

// s = s[:0], s = s[i:], s = nil, then append again.
func main() {
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println("s", len(s), cap(s))
	s = s[:0]
	s = append(s, 9)
	fmt.Println("s[:0]+1", len(s), cap(s), s[0])
	s = append(s, 8, 7, 6, 5)
	fmt.Println("grow", len(s), cap(s))
	s = s[2:]
	fmt.Println("s[2:]", len(s), cap(s), s[0])
	s = s[1:2]
	fmt.Println("s[1:2]", len(s), cap(s), s[0])

	var t []int
	t = append(t, 1)
	fmt.Println("t", len(t), cap(t))
	t = nil
	t = append(t, 2)
	fmt.Println("t nil+1 (2nd site)", len(t), cap(t))

	var u []int
	for i := 0; i < 3; i++ {
		u = append(u, i) // same site each time
		fmt.Println("u loop", i, len(u), cap(u))
		u = nil
	}
	var w []byte
	for i := 0; i < 3; i++ {
		w = w[:0]
		w = append(w, 'a', 'b')
		fmt.Println("w loop", i, len(w), cap(w), string(w))
	}
}
