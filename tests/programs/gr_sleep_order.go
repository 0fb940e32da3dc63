package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for _, d := range []int{60, 20, 100, 40, 80} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}()
	}
	start := time.Now()
	wg.Wait()
	el := time.Since(start)
	fmt.Println(order, el >= 100*time.Millisecond, el < 2*time.Second)
}
