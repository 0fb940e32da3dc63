package main

import "fmt"

// Checks appends guarded by constant len and cap expressions of arrays, strings and runes.
func main() {
	var arr [3]int
	var s []int
	if len(arr) > 5 {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var u []int
	p := &arr
	if cap(p) == 0 {
		u = append(u, 1)
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
	var v []int
	if len("abc") == 2 || 'a' > 'b' {
		v = append(v, 1)
	}
	v = append(v, 2)
	fmt.Println(len(v), cap(v))
	var w []int
	var m [2][4]byte
	switch len(m[0]) {
	case 3:
		w = append(w, 1)
	case 4:
	}
	w = append(w, 2)
	fmt.Println(len(w), cap(w))
	var x []int
	const c = len("ab") == 3
	for c {
		x = append(x, 1)
	}
	x = append(x, 2)
	fmt.Println(len(x), cap(x))
}
