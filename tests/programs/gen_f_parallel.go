package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

func ParallelCount[T comparable](xs []T, workers int) map[T]int {
	var mu sync.Mutex
	counts := map[T]int{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(xs); i += workers {
				mu.Lock()
				counts[xs[i]]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return counts
}

func OnceValue[T any](f func() T) func() T {
	var once sync.Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

func main() {
	fmt.Println(ParallelMap([]int{1, 2, 3, 4}, func(x int) int { return x * x }))
	fmt.Println(ParallelMap([]string{"a", "b"}, strings.ToUpper))
	c := ParallelCount(strings.Fields("x y x z x y"), 3)
	keys := make([]string, 0)
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c[k])
	}
	calls := 0
	get := OnceValue(func() float64 { calls++; return 2.5 })
	fmt.Println(get(), get(), calls)
}
