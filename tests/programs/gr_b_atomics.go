package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var i64 atomic.Int64
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var flag atomic.Bool
	var raw int64
	var raw32 int32
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i64.Add(1)
				i32.Add(-1)
				u64.Add(uint64(g))
				atomic.AddInt64(&raw, 2)
				for {
					old := atomic.LoadInt32(&raw32)
					if atomic.CompareAndSwapInt32(&raw32, old, old+3) {
						break
					}
				}
			}
			if g == 25 {
				flag.Store(true)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(i64.Load(), i32.Load(), u64.Load(), flag.Load())
	fmt.Println(atomic.LoadInt64(&raw), atomic.LoadInt32(&raw32))
	atomic.StoreInt64(&raw, -7)
	fmt.Println("swap:", atomic.SwapInt64(&raw, 9), atomic.LoadInt64(&raw))
	fmt.Println("cas:", i64.CompareAndSwap(10000, 1), i64.CompareAndSwap(10000, 2), i64.Load())
	fmt.Println("bool swap:", flag.Swap(false), flag.Load(), flag.CompareAndSwap(false, true))
	var u32 atomic.Uint32
	u32.Store(5)
	u32.Add(^uint32(0))
	fmt.Println("u32:", u32.Load())
	var cv atomic.Value
	fmt.Println("empty value:", cv.Load())
	cv.Store(config{"a", 1})
	var winners atomic.Int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			old := cv.Load().(config)
			if cv.CompareAndSwap(old, config{"b", old.version + 1}) {
				winners.Add(1)
			}
		}(g)
	}
	wg.Wait()
	c := cv.Load().(config)
	fmt.Println("value:", c.name, c.version == int(winners.Load())+1)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cv.Store("a string")
	}()
	fmt.Println("and:", u64.And(0xff), "or:", u64.Or(1), u64.Load())
}
