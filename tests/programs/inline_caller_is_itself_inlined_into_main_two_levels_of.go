// probes: caller is itself inlined into main (two levels of inlining, store in main's frame)
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func mid(x int) int {
	r := one(x)
	r = append(r, x+1)
	return cap(r)
}

func main() {
	fmt.Println(mid(1), mid(2))
	for i := 0; i < 3; i++ {
		fmt.Println(mid(i))
	}
}
