// probes: for-range over an int (Go 1.22) inside an inlined helper, in a caller loop
package main

import "fmt"

func upto(n int) []int {
	var s []int
	for i := range n {
		s = append(s, i*i)
	}
	return s
}

func main() {
	for n := range 4 {
		fmt.Println(upto(n))
	}
}
