// probes: select-free channel ops in an inlined helper (receive with ok) called in a loop
package main

import "fmt"

func recv2(ch chan int) []int {
	v, ok := <-ch
	if !ok {
		return nil
	}
	return append([]int(nil), v, v)
}

func main() {
	ch := make(chan int, 2)
	ch <- 4
	ch <- 5
	close(ch)
	for i := 0; i < 3; i++ {
		fmt.Println(recv2(ch))
	}
}
