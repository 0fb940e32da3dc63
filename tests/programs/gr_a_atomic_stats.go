package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
	ready    atomic.Bool
	last     atomic.Value
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.requests.Add(1)
			s.bytes.Add(uint64(i))
			if i%10 == 0 {
				s.errors.Add(1)
			}
		}()
	}
	wg.Wait()
	s.ready.Store(true)
	s.last.Store("final")
	fmt.Println("requests:", s.requests.Load())
	fmt.Println("errors:", s.errors.Load())
	fmt.Println("bytes:", s.bytes.Load())
	fmt.Println("ready:", s.ready.Load())
	fmt.Println("last:", s.last.Load())

	// CAS-based max.
	var maxVal atomic.Int64
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			for {
				cur := maxVal.Load()
				if v <= cur || maxVal.CompareAndSwap(cur, v) {
					return
				}
			}
		}(int64((i * 37) % 101))
	}
	wg.Wait()
	fmt.Println("max via CAS:", maxVal.Load())

	// Swap and old-style functions.
	var flag int32
	fmt.Println("swap old:", atomic.SwapInt32(&flag, 5), "new:", atomic.LoadInt32(&flag))
	fmt.Println("cas ok:", atomic.CompareAndSwapInt32(&flag, 5, 9), "cas fail:", atomic.CompareAndSwapInt32(&flag, 5, 1))
	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0))
	fmt.Println("uint32 decrement:", u.Load())
	fmt.Println("bool swap:", s.ready.Swap(false), s.ready.Load())

	// Spin until a flag set by another goroutine.
	var started atomic.Bool
	done := make(chan struct{})
	go func() {
		started.Store(true)
		close(done)
	}()
	<-done
	fmt.Println("started:", started.Load())
}
