package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(k string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] += n
}

func (c *Counter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

type SafeSlice struct {
	sync.RWMutex
	data []int
}

func (s *SafeSlice) Add(v int) {
	s.Lock()
	s.data = append(s.data, v)
	s.Unlock()
}

func (s *SafeSlice) Len() int {
	s.RLock()
	defer s.RUnlock()
	return len(s.data)
}

func main() {
	c := Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"apple", "banana", "cherry"}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(keys[i%3], i)
		}(i)
	}
	wg.Wait()
	snap := c.Snapshot()
	ks := make([]string, 0)
	for k := range snap {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, snap[k])
	}
	var ss SafeSlice
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ss.Add(i)
		}()
	}
	wg.Wait()
	sort.Ints(ss.data)
	fmt.Println(ss.Len(), ss.data[:5], ss.data[95:])
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once!") })
	}
	total := 0
	var mu sync.Mutex
	for i := 1; i <= 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
