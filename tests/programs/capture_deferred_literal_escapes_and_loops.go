package main

import (
	"fmt"
	"sync"
)

var kept []int

// The deferred literal hands the slice to a global: its storage escapes.
func deferStores() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i)
	}
	defer func() { kept = xs }()
	fmt.Println(cap(xs))
	ys := append(xs, 5)
	ys[0] = 42
	fmt.Println(xs[0], cap(ys))
}

// Goroutines started in a loop, each reading the slice.
func goLoop() {
	var xs []int
	for i := 0; i < 5; i++ {
		xs = append(xs, i*i)
	}
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for k := 0; k < 3; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += xs[k]
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total, len(xs), cap(xs))
}

// A deferred literal reading a byte slice built from a string.
func deferBytes() {
	bs := []byte("memrun")
	defer func() { fmt.Println(string(bs[:3])) }()
	bs = append(bs, '!')
	fmt.Println(len(bs), cap(bs))
}

// Deferred in a loop: the literal goes to the heap with what it captures.
func deferInLoop() {
	var ws []string
	for i := 0; i < 2; i++ {
		ws = append(ws, fmt.Sprint("w", i))
		defer func() { fmt.Println("bye", len(ws)) }()
	}
	fmt.Println(cap(ws))
}

func main() {
	deferStores()
	fmt.Println(kept)
	goLoop()
	deferBytes()
	deferInLoop()
}
