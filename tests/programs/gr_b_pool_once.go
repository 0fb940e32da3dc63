package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var created atomic.Int32
	pool := sync.Pool{New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	}}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("hello")
	fmt.Println("buf:", b.String(), "created:", created.Load())
	b.Reset()
	pool.Put(b)
	var empty sync.Pool
	fmt.Println("empty pool get:", empty.Get())
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			fmt.Fprintf(buf, "%d", i)
			total.Add(int64(buf.Len()))
			pool.Put(buf)
		}(i)
	}
	wg.Wait()
	fmt.Println("total digits:", total.Load(), "created>=1:", created.Load() >= 1)

	calls := 0
	var mu sync.Mutex
	init := sync.OnceFunc(func() {
		mu.Lock()
		calls++
		mu.Unlock()
		fmt.Println("initialized once")
	})
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Go(func() {
			init()
		})
	}
	wg2.Wait()
	fmt.Println("calls:", calls)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once.Do body, i =", i) })
	}
	boom := sync.OnceFunc(func() { panic("once panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
	var sum atomic.Int64
	var wg3 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg3.Go(func() { sum.Add(int64(i)) })
	}
	wg3.Wait()
	fmt.Println("wg.Go sum:", sum.Load())
}
