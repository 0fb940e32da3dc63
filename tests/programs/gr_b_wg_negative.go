package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var wg2 sync.WaitGroup
		wg2.Done()
	}()
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("balanced ok")
	wg.Add(-1)
	fmt.Println("unreachable")
}
