package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	readers := 0
	var mu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			mu.Lock()
			readers++
			mu.Unlock()
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers:", readers)
	fmt.Println("TryLock:", rw.TryLock(), "TryRLock while locked:", rw.TryRLock())
	rw.Unlock()
	fmt.Println("TryRLock:", rw.TryRLock(), "TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	l := rw.RLocker()
	l.Lock()
	l.Unlock()
	fmt.Println("RLocker ok; now RUnlock without RLock")
	rw.RUnlock()
	fmt.Println("unreachable")
}
