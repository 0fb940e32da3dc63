package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("squares:", seen)

	words := []string{"go", "rust", "zig", "c", "odin"}
	ch := make(chan string, len(words))
	for idx, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- fmt.Sprintf("%d=%s", idx, strings.ToUpper(w))
		}()
	}
	wg.Wait()
	close(ch)
	var got []string
	for s := range ch {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, " "))

	// Closures stored then run later in goroutines.
	var funcs []func() int
	for i := 1; i <= 4; i++ {
		funcs = append(funcs, func() int { return i * 100 })
	}
	results := make(chan int, len(funcs))
	for _, f := range funcs {
		go func() { results <- f() }()
	}
	sum := 0
	for range funcs {
		sum += <-results
	}
	fmt.Println("sum of closures:", sum)

	// Mutating the per-iteration variable inside the body.
	var out []int
	for i := 0; i < 10; i++ {
		done := make(chan bool)
		go func() {
			i += 100
			done <- true
		}()
		<-done
		out = append(out, i)
		i -= 100
	}
	fmt.Println("loop values:", out)

	// Range over integer (Go 1.22).
	counts := make([]int, 5)
	for k := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[k] = k * 2
		}()
	}
	wg.Wait()
	fmt.Println("counts:", counts)
}
