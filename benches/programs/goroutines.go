// Goroutine creation and a worker pool: 200,000 goroutines started and joined with a
// WaitGroup, then a pool of 8 workers over 400,000 jobs through buffered channels.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 200000; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n % 3
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	jobs := make(chan int, 64)
	results := make(chan int, 64)
	for w := 0; w < 8; w++ {
		go func() {
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	go func() {
		for i := 0; i < 400000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	sum := 0
	for i := 0; i < 400000; i++ {
		sum += <-results
	}
	fmt.Println(total, sum)
}
