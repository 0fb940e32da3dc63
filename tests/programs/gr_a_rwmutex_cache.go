package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[int]string
	hits   int64
	misses int64
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if ok {
		atomic.AddInt64(&c.hits, 1)
	} else {
		atomic.AddInt64(&c.misses, 1)
	}
	return v, ok
}

func (c *Cache) Set(k int, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.data)
}

func main() {
	c := &Cache{data: make(map[int]string)}
	for i := 0; i < 10; i++ {
		c.Set(i, fmt.Sprintf("v%d", i))
	}
	var wg sync.WaitGroup
	// Readers.
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				c.Get(k)
			}
			c.Get(100 + r)
		}(r)
	}
	// Writers to disjoint new keys.
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := 0; j < 4; j++ {
				c.Set(10+w*4+j, fmt.Sprintf("w%d-%d", w, j))
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&c.hits), "misses:", atomic.LoadInt64(&c.misses))
	fmt.Println("len:", c.Len())
	keys := []int{}
	c.mu.RLock()
	for k := range c.data {
		if k >= 10 && k%4 == 2 {
			keys = append(keys, k)
		}
	}
	c.mu.RUnlock()
	sort.Ints(keys)
	for _, k := range keys {
		v, _ := c.Get(k)
		fmt.Println(k, "=>", v)
	}

	// Multiple readers hold RLock simultaneously.
	var rw sync.RWMutex
	rw.RLock()
	got := make(chan bool)
	go func() {
		rw.RLock()
		got <- true
		rw.RUnlock()
	}()
	fmt.Println("second reader acquired:", <-got)
	rw.RUnlock()
	fmt.Println("TryLock after readers gone:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
	fmt.Println("TryRLock after unlock:", rw.TryRLock())
	rw.RUnlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker TryLock on writer:", rw.TryLock())
	rl.Unlock()
}
