// probes: named result, appended directly, naked return
package main

import "fmt"

func build(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return
}

func main() {
	r := build(1)
	fmt.Println(len(r), cap(r))
	r = build(3)
	fmt.Println(len(r), cap(r))
	r = append(r, 1)
	fmt.Println(len(r), cap(r))
}
