// Appends to slices of elements over 32 bytes, returned, shared and captured.
package main

import "fmt"

type Big struct{ A, B, C, D, E int64 }

type Huge struct {
	Name string
	Vals [4]int
}

func collect(n int) []Big {
	var s []Big
	for i := 0; i < n; i++ {
		s = append(s, Big{A: int64(i)})
	}
	return s
}

func keep(xs []Huge) []Huge { return append(xs, Huge{Name: "k"}) }

var sink []Big

func main() {
	a := collect(3)
	fmt.Println(len(a), cap(a))
	b := append(a, Big{B: 2})
	b[0].A = 99
	fmt.Println(a[0].A, len(b), cap(b))
	var h []Huge
	h = append(h, Huge{Name: "x"})
	h2 := keep(h)
	h2[0].Name = "changed"
	fmt.Println(h[0].Name, len(h2), cap(h2), cap(h))
	var local []Big
	for i := 0; i < 9; i++ {
		local = append(local, Big{C: int64(i)})
		if i%3 == 0 {
			fmt.Println(len(local), cap(local))
		}
	}
	sink = local[:2]
	add := func(x Big) { local = append(local, x) }
	add(Big{})
	fmt.Println(len(local), cap(local), len(sink))
	var pairs [][2]string
	pairs = append(pairs, [2]string{"a", "b"})
	fmt.Println(len(pairs), cap(pairs))
}
