// probes: helper with select (gc inlines it in Go 1.27, memrun does not copy it), cap inside, in a loop
package main

import "fmt"

func c(ch chan int) int {
	var s []int
	select {
	case v := <-ch:
		s = append(s, v)
	default:
		s = append(s, -1)
	}
	return len(s)
}

func main() {
	ch := make(chan int, 1)
	ch <- 5
	for i := 0; i < 3; i++ {
		fmt.Println(c(ch))
	}
}
