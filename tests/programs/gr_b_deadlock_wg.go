package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := make(chan int, 10)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			res <- n * n
		}(i)
	}
	wg.Wait()
	close(res)
	total := 0
	for v := range res {
		total += v
	}
	fmt.Println("total", total)
	gate := make(chan struct{})
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			<-gate
		}()
	}
	fmt.Println("waiting for 3 with only 2 workers blocked")
	wg.Wait()
	fmt.Println("unreachable")
}
