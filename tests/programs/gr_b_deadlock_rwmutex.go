package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func main() {
	s := &store{data: map[string]int{"a": 1, "b": 2}}
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = s.get("a") + s.get("b")*i
		}(i)
	}
	wg.Wait()
	fmt.Println("results", results)
	s.mu.Lock()
	s.data["c"] = 3
	fmt.Println("holding write lock, now reading")
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.mu.Lock()
	}()
	fmt.Println(s.get("c"))
}
