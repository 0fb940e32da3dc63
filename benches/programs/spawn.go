// Goroutine creation: 200,000 goroutines started and joined with a sync.WaitGroup, each
// taking a sync.Mutex to add to a shared total.
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
	fmt.Println(total)
}
