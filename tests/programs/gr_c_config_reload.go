package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct {
	Version  int
	MaxConns int
	Backends []string
}

var current atomic.Value

func handle(id int, seen *sync.Map, served *atomic.Int64) {
	cfg := current.Load().(*Config)
	b := cfg.Backends[id%len(cfg.Backends)]
	v, _ := seen.LoadOrStore(b, new(atomic.Int64))
	v.(*atomic.Int64).Add(1)
	served.Add(1)
}

func main() {
	current.Store(&Config{Version: 1, MaxConns: 10, Backends: []string{"10.0.0.1", "10.0.0.2"}})
	var seen sync.Map
	var served atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); handle(i, &seen, &served) }()
	}
	wg.Wait()

	reloaded := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		current.Store(&Config{Version: 2, MaxConns: 20, Backends: []string{"10.0.1.1", "10.0.1.2", "10.0.1.3"}})
		reloaded <- 2
	}()
	fmt.Println("reloaded to version", <-reloaded)
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); handle(i, &seen, &served) }()
	}
	wg.Wait()

	var lines []string
	seen.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%s=%d", k, v.(*atomic.Int64).Load()))
		return true
	})
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	cfg := current.Load().(*Config)
	fmt.Printf("served=%d version=%d maxconns=%d\n", served.Load(), cfg.Version, cfg.MaxConns)
	old := current.Swap(&Config{Version: 3, Backends: []string{"x"}}).(*Config)
	fmt.Println("swapped out version:", old.Version)
	ok := current.CompareAndSwap(old, &Config{Version: 99})
	fmt.Println("stale CAS succeeded:", ok, "now:", current.Load().(*Config).Version)
	seen.Delete("10.0.0.1")
	_, still := seen.Load("10.0.0.1")
	fmt.Println("deleted:", !still)
}
