// probes: helper called through a middle helper that is inlined into a loop in main
package main

import "fmt"

func c1(x int) int {
	var s []int
	s = append(s, x)
	return cap(s)
}

func mid(x int) int {
	return c1(x) + c1(x+1)*10
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(mid(i))
	}
}
