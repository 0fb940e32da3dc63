// probes: [3]int element (24 bytes): store holds 1
package main

import "fmt"

func trip(n int) [][3]int {
	var s [][3]int
	for i := 0; i < n; i++ {
		s = append(s, [3]int{i, i, i})
	}
	return s
}

func main() {
	a := trip(1)
	fmt.Println(len(a), cap(a), a[0][2])
	b := trip(2)
	fmt.Println(len(b), cap(b))
	a = append(a, [3]int{})
	fmt.Println(len(a), cap(a))
}
