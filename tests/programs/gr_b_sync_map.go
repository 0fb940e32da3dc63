package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", i), i*i)
		}(i)
	}
	wg.Wait()
	dump(&m)
	v, ok := m.Load("k03")
	fmt.Println("load k03:", v, ok)
	v, ok = m.Load("missing")
	fmt.Println("load missing:", v, ok)
	var loadedCount int32
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, loaded := m.LoadOrStore("shared", "first")
			if loaded {
				mu.Lock()
				loadedCount++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("loadOrStore loaded count:", loadedCount)
	v, loaded := m.LoadAndDelete("k05")
	fmt.Println("loadAndDelete:", v, loaded)
	v, loaded = m.LoadAndDelete("k05")
	fmt.Println("again:", v, loaded)
	m.Delete("k00")
	m.Delete("nope")
	prev, loaded := m.Swap("k01", "one")
	fmt.Println("swap:", prev, loaded)
	prev, loaded = m.Swap("new", 1.5)
	fmt.Println("swap new:", prev, loaded)
	fmt.Println("cas wrong old:", m.CompareAndSwap("k02", 5, 99))
	fmt.Println("cas right old:", m.CompareAndSwap("k02", 4, 99))
	fmt.Println("cad:", m.CompareAndDelete("k09", 81), m.CompareAndDelete("k09", 81))
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 3
	})
	fmt.Println("range stopped after", n)
	dump(&m)
	m.Clear()
	dump(&m)
}
