// probes: for-range over a channel inside an inlined helper, early return on a sentinel
package main

import "fmt"

func drain(ch chan int) []int {
	var s []int
	for v := range ch {
		if v < 0 {
			return s
		}
		s = append(s, v)
	}
	return nil
}

func main() {
	ch := make(chan int, 10)
	for _, v := range []int{1, 2, -1, 3, 4, -1} {
		ch <- v
	}
	close(ch)
	fmt.Println(drain(ch), drain(ch), drain(ch) == nil)
}
