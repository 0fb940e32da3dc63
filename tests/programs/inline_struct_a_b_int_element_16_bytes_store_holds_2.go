// probes: struct{a,b int} element (16 bytes): store holds 2
package main

import "fmt"

type P struct{ a, b int }

func pts(n int) []P {
	var s []P
	for i := 0; i < n; i++ {
		s = append(s, P{i, -i})
	}
	return s
}

func main() {
	a := pts(1)
	fmt.Println(len(a), cap(a), a[0].a)
	b := pts(2)
	fmt.Println(len(b), cap(b), b[1].b)
	c := pts(3)
	fmt.Println(len(c), cap(c))
	a = append(a, P{7, 7})
	fmt.Println(len(a), cap(a))
}
