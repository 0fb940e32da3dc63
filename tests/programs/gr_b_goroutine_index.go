package main

import (
	"fmt"
	"sync"
)

func lookup(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = lookup(xs, i) * 2
		}(i)
	}
	wg.Wait()
	fmt.Println("doubled:", out)
	idx := len(xs) + 2
	done := make(chan int)
	go func() {
		v := lookup(xs, idx)
		done <- v
	}()
	fmt.Println("waiting")
	fmt.Println(<-done)
}
