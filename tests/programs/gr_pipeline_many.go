package main

import (
	"fmt"
	"runtime"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, c := range cs {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen(1000)
	sum := 0
	for v := range merge(sq(in), sq(in), sq(in)) {
		sum += v
	}
	fmt.Println("sum of squares", sum)

	// 10,000 goroutines, each sending once.
	const n = 10000
	res := make(chan int, 100)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res <- i % 7
		}(i)
	}
	go func() {
		wg.Wait()
		close(res)
	}()
	total, count := 0, 0
	for v := range res {
		total += v
		count++
	}
	fmt.Println(count, total, runtime.NumGoroutine() <= 2)

	var once sync.Once
	var rw sync.RWMutex
	m := map[int]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			once.Do(func() { fmt.Println("once") })
			rw.Lock()
			m[i] = i * 2
			rw.Unlock()
		}()
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = m[i]
			rw.RUnlock()
			runtime.Gosched()
		}()
	}
	wg2.Wait()
	fmt.Println(len(m), m[49])
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("cond ok")
}
