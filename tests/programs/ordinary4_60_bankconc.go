package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	log      []string
}

func (b *Bank) Transfer(from, to string, amt int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return false
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	b := &Bank{accounts: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	var okCount, failCount int
	var cmu sync.Mutex
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := names[i%3], names[(i+1)%3]
			ok := b.Transfer(from, to, 10)
			cmu.Lock()
			if ok {
				okCount++
			} else {
				failCount++
			}
			cmu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", b.Total(), "ok+fail", okCount+failCount)
	fmt.Println(b.accounts["a"]+b.accounts["b"]+b.accounts["c"] == 3000)
	sem := make(chan struct{}, 2)
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	done := make(chan int)
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			done <- i
		}
	}()
	for v := range done {
		fmt.Print("got ", v, "; ")
	}
	fmt.Println()
	var counter int64
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			counter++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("counter", counter)
}
