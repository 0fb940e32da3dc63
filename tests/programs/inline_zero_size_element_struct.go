// probes: zero-size element struct{}
package main

import "fmt"

func zs(n int) []struct{} {
	var s []struct{}
	for i := 0; i < n; i++ {
		s = append(s, struct{}{})
	}
	return s
}

func main() {
	a := zs(1)
	b := zs(100)
	fmt.Println(len(a), cap(a) >= 1, len(b))
	a = append(a, struct{}{})
	fmt.Println(len(a))
	fmt.Println(cap(a), cap(b))
}
