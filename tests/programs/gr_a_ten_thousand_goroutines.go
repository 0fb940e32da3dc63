package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 10000
	ch := make(chan int)
	for i := 1; i <= n; i++ {
		go func(v int) {
			ch <- v
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	fmt.Println("sum:", sum, "expected:", n*(n+1)/2)

	// WaitGroup + atomic counter with 10k goroutines.
	var wg sync.WaitGroup
	var counter int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, int64(i%7))
		}()
	}
	wg.Wait()
	expected := int64(0)
	for i := 0; i < n; i++ {
		expected += int64(i % 7)
	}
	fmt.Println("atomic counter:", counter, "expected:", expected)

	// Chain of goroutines: each passes value+1 to the next ("daisy chain").
	const chainLen = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < chainLen; i++ {
		right = make(chan int)
		go func(l, r chan int) {
			l <- 1 + <-r
		}(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println("daisy chain result:", <-leftmost)

	// Buffered results channel, max value.
	res := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() { res <- (i * 7919) % 10007 }()
	}
	maxv := -1
	for i := 0; i < n; i++ {
		if v := <-res; v > maxv {
			maxv = v
		}
	}
	fmt.Println("max:", maxv)
	runtime.Gosched()
	fmt.Println("goroutines small:", runtime.NumGoroutine() < 100)
}
