package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	c := &counter{}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc()
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.n)
	ok := c.mu.TryLock()
	fmt.Println("trylock:", ok, "again:", c.mu.TryLock())
	c.mu.Unlock()
	func() {
		defer func() { fmt.Println("recover sees:", recover()) }()
		fmt.Println("about to unlock an unlocked mutex (not recoverable)")
		c.mu.Unlock()
	}()
	fmt.Println("unreachable")
}
