// A literal called where it stands and literals called through variables, appending to and
// reading the capacity of the enclosing function's slices.
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	size := func() int { return len(s) }
	fmt.Println(size(), len(s), cap(s))
	add := func(x int) { s = append(s, x) }
	add(5)
	add(6)
	fmt.Println(len(s), cap(s), s)
	n := func() int { return cap(s) * 2 }()
	fmt.Println(n)
	var b []byte
	push := func(c byte) { b = append(b, c) }
	for i := 0; i < 5; i++ {
		push('a' + byte(i))
	}
	fmt.Println(string(b), len(b), cap(b))
}
