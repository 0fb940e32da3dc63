package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	data   map[K]V
	order  []K
	cap    int
	hits   int
	misses int
}

func NewCache[K comparable, V any](capacity int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), cap: capacity}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.data[k]; !ok {
		if len(c.order) == c.cap {
			oldest := c.order[0]
			c.order = c.order[1:]
			delete(c.data, oldest)
		}
		c.order = append(c.order, k)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) GetOr(k K, compute func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := compute(k)
	c.Put(k, v)
	return v
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.misses, len(c.data))
}

func main() {
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vb, okB := c.Get("b")
	fmt.Println(okA, vb, okB)
	fmt.Println(c.Stats())
	fib := NewCache[int, uint64](100)
	var f func(int) uint64
	f = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return fib.GetOr(n-1, f) + fib.GetOr(n-2, f)
	}
	fmt.Println(f(80))
	var wg sync.WaitGroup
	sc := NewCache[int, string](10)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); sc.Put(i%4, fmt.Sprint("v", i%4)) }(i)
	}
	wg.Wait()
	keys := append([]int{}, sc.order...)
	sort.Ints(keys)
	fmt.Println(keys, len(sc.data))
}
