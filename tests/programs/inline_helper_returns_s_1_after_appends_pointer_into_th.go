// probes: helper returns s[1:] after appends (pointer into the middle of its store)
package main

import "fmt"

func tail(x int) []int {
	var s []int
	s = append(s, x)
	s = append(s, x+1)
	return s[1:]
}

func main() {
	a := tail(10)
	fmt.Println(len(a), a[0])
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(t[1], u[1])
}
