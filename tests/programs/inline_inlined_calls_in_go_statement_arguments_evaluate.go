// probes: inlined calls in go statement arguments (evaluated by the caller) and a deferred call's arguments
package main

import "fmt"

func mk(v int) []int { return append([]int(nil), v, v+1) }

func worker(ch chan int, s []int) { ch <- s[0] + s[1] }

func main() {
	ch := make(chan int)
	x := 1
	go worker(ch, mk(x))
	x = 10
	fmt.Println(<-ch)
	defer fmt.Println("deferred", mk(x))
	x = 100
	go worker(ch, mk(x))
	fmt.Println(<-ch)
}
