package main

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func work(n int) uint32 {
	h := fnv.New32a()
	for i := 0; i < 200; i++ {
		h.Write([]byte(strconv.Itoa(n*i + i)))
	}
	return h.Sum32()
}

func main() {
	const total = 400
	var done atomic.Int64
	var xor atomic.Uint32
	stop := make(chan struct{})
	final := make(chan string)

	go func() {
		ticker := time.NewTicker(5 * time.Millisecond)
		defer ticker.Stop()
		ticks := 0
		for {
			select {
			case <-ticker.C:
				ticks++
				_ = done.Load() // would print a progress bar here
			case <-stop:
				n := done.Load()
				pct := float64(n) * 100 / total
				final <- fmt.Sprintf("progress: %d/%d (%.1f%%) reporter alive=%v", n, total, pct, ticks >= 0)
				return
			}
		}
	}()

	items := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range items {
				v := work(n)
				for {
					old := xor.Load()
					if xor.CompareAndSwap(old, old^v) {
						break
					}
				}
				done.Add(1)
			}
		}()
	}
	for i := 0; i < total; i++ {
		items <- i
	}
	close(items)
	wg.Wait()
	close(stop)
	fmt.Println(<-final)
	fmt.Printf("combined checksum: %08x\n", xor.Load())
	var seq uint32
	for i := 0; i < total; i++ {
		seq ^= work(i)
	}
	fmt.Println("matches sequential:", seq == xor.Load())
}
