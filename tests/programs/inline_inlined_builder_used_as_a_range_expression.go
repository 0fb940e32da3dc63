// probes: inlined builder used as a range expression
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*10)
	}
	return s
}

func main() {
	sum := 0
	for _, v := range build(4) {
		sum += v
	}
	fmt.Println(sum)
	for i, v := range build(1) {
		fmt.Println(i, v)
	}
}
