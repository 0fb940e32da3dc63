package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	var active, maxActive int32
	var mu sync.Mutex
	processed := make([]bool, 12)

	fmt.Println("sem cap:", cap(sem), "len:", len(sem))
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := atomic.AddInt32(&active, 1)
			mu.Lock()
			if cur > maxActive {
				maxActive = cur
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			processed[i] = true
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println("max concurrent <= limit:", maxActive <= limit)
	fmt.Println("max concurrent >= 1:", maxActive >= 1)
	all := true
	for _, p := range processed {
		all = all && p
	}
	fmt.Println("all processed:", all)
	fmt.Println("active at end:", atomic.LoadInt32(&active))
	fmt.Println("sem len at end:", len(sem))

	// Try-acquire pattern with select/default.
	for i := 0; i < limit; i++ {
		sem <- struct{}{}
	}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired (unexpected)")
	default:
		fmt.Println("semaphore full, try-acquire failed")
	}
	<-sem
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired after release")
	default:
		fmt.Println("still full")
	}
	fmt.Println("final len:", len(sem))
}
