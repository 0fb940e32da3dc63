// probes: capacity of an inlined builder's result, string elements (16 bytes) and interface elements (16 bytes)
package main

import "fmt"

func bs(x string) []string {
	var s []string
	return append(s, x)
}

func bi(x any) []any {
	var s []any
	return append(s, x)
}

func main() {
	r := bs("a")
	q := bi(1)
	fmt.Println(cap(r), cap(q))
	t, u := append(r, "t"), append(r, "u")
	v, w := append(q, 2), append(q, 3)
	fmt.Println(t[1], u[1], v[1], w[1])
}
