package main

import (
	"fmt"
	"sort"
	"sync"
)

type registry struct {
	mu sync.Mutex
	m  map[string]int
}

func (r *registry) add(k string, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[k] += v
}

func main() {
	good := &registry{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			good.add(fmt.Sprintf("k%d", i%4), i)
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range good.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, good.m[k])
	}
	bad := &registry{}
	fmt.Println("bad len:", len(bad.m), "lookup:", bad.m["x"])
	wg.Add(1)
	go func() {
		bad.add("x", 1)
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
