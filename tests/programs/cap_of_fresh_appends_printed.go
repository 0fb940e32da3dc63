package main

import "fmt"

// Appends to temporaries (not variables) that fmt prints: gc grows them on the heap, so
// their capacities are growslice's. Two appends to temporaries of one type: each escapes,
// and an escaping append takes no stack store.
func main() {
	m := append([]int(nil), 1)
	fmt.Println(m, cap(m))
	m2 := append(make([]int, 0, 1), 1, 2, 3)
	fmt.Println(m2, cap(m2))
	m3 := append([]int{1, 2, 3, 4, 5}, 6)
	fmt.Println(m3, cap(m3))
	s := append([]string(nil), "a", "b", "c")
	fmt.Println(s, len(s), cap(s))
}
