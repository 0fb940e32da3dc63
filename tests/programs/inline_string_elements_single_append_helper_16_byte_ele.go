// probes: string elements, single append helper (16-byte elements: store holds 2)
package main

import "fmt"

func wrap(x string) []string {
	var s []string
	s = append(s, x)
	return s
}

func main() {
	a := wrap("a")
	t := append(a, "t")
	u := append(a, "u")
	v := append(t, "v")
	w := append(t, "w")
	fmt.Println(t[1], u[1], v[2], w[2])
}
