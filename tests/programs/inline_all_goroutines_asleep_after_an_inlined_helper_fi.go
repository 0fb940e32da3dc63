// probes: all goroutines asleep after an inlined helper filled a channel (fatal error, exit 2)
package main

import "fmt"

func fill(ch chan []int, v int) {
	ch <- append([]int(nil), v)
}

func main() {
	ch := make(chan []int, 1)
	fill(ch, 1)
	fmt.Println("filled")
	fill(ch, 2)
	fmt.Println("unreached")
}
