// probes: inlined call as a channel send value and in a receive-guarded loop
package main

import "fmt"

func pack(v int) []int {
	return append([]int(nil), v, v*v)
}

func main() {
	ch := make(chan []int, 3)
	for i := 1; i <= 3; i++ {
		ch <- pack(i)
	}
	close(ch)
	for s := range ch {
		fmt.Println(s, len(s))
	}
}
