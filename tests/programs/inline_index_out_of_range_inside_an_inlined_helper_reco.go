// probes: index out of range inside an inlined helper, recovered in main, message and partial results
package main

import "fmt"

func pick(s []int, i int) int {
	t := append(s[:0:0], s...)
	return t[i]
}

func main() {
	s := []int{1, 2, 3}
	total := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := 0; i < 5; i++ {
			total += pick(s, i)
		}
	}()
	fmt.Println(total)
}
