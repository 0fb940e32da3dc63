package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				mu.Lock()
				log = append(log, fmt.Sprintf("deferred %d recover=%v", i, recover()))
				mu.Unlock()
			}()
			if i == 1 {
				runtime.Goexit()
			}
			mu.Lock()
			log = append(log, fmt.Sprintf("normal %d", i))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	for _, want := range []string{"normal 0", "deferred 0 recover=<nil>", "deferred 1 recover=<nil>", "normal 2", "deferred 2 recover=<nil>", "normal 1"} {
		found := false
		for _, l := range log {
			if l == want {
				found = true
			}
		}
		fmt.Println(want, found)
	}
	defer fmt.Println("main's defer runs before the fatal error")
	runtime.Goexit()
	fmt.Println("unreachable")
}
