// probes: send on a closed channel inside an inlined helper, recovered in main
package main

import "fmt"

func put(ch chan []int, v int) int {
	s := append([]int(nil), v)
	ch <- s
	return len(s)
}

func main() {
	ch := make(chan []int, 2)
	fmt.Println(put(ch, 1))
	close(ch)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(put(ch, 2))
}
