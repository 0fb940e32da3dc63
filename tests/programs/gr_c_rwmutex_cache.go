package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type entry struct {
	value   string
	expires time.Time
}

type Cache struct {
	mu     sync.RWMutex
	items  map[string]entry
	ttl    time.Duration
	hits   atomic.Int64
	misses atomic.Int64
}

func NewCache(ttl time.Duration) *Cache {
	return &Cache{items: make(map[string]entry), ttl: ttl}
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry{value: v, expires: time.Now().Add(c.ttl)}
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	e, ok := c.items[k]
	c.mu.RUnlock()
	if !ok || time.Now().After(e.expires) {
		c.misses.Add(1)
		return "", false
	}
	c.hits.Add(1)
	return e.value, true
}

func (c *Cache) Sweep() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	removed := 0
	for k, e := range c.items {
		if now.After(e.expires) {
			delete(c.items, k)
			removed++
		}
	}
	return removed
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := NewCache(150 * time.Millisecond)
	for _, host := range []string{"alpha", "beta", "gamma", "delta"} {
		c.Set(host, "10.0.0."+fmt.Sprint(len(host)))
	}
	var wg sync.WaitGroup
	var found atomic.Int32
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				key := []string{"alpha", "beta", "gamma", "delta", "omega"}[(r+i)%5]
				if _, ok := c.Get(key); ok {
					found.Add(1)
				}
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("found:", found.Load(), "hits:", c.hits.Load(), "misses:", c.misses.Load())
	fmt.Println("keys:", strings.Join(c.Keys(), ","))

	time.Sleep(80 * time.Millisecond)
	c.Set("gamma", "10.0.0.99") // refresh one entry
	time.Sleep(100 * time.Millisecond)
	v, ok := c.Get("gamma")
	fmt.Println("gamma after refresh:", v, ok)
	_, ok = c.Get("alpha")
	fmt.Println("alpha expired:", !ok)
	fmt.Println("swept:", c.Sweep())
	fmt.Println("remaining:", strings.Join(c.Keys(), ","))
	fmt.Println("final hits:", c.hits.Load(), "misses:", c.misses.Load())
}
