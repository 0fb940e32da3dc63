package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var stop atomic.Bool

func work(n int) int { return n%7 + 1 }

func main() {
	var count atomic.Int64
	go func() {
		for !stop.Load() {
			count.Add(int64(work(int(count.Load()))))
		}
	}()
	time.Sleep(30 * time.Millisecond)
	stop.Store(true)
	fmt.Println("main resumed", count.Load() > 0)
	done := make(chan bool)
	go func() {
		x := 0
		for i := 0; i < 50000000; i++ {
			x += work(i)
		}
		fmt.Println("busy done", x > 0)
		done <- true
	}()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("other", i)
			time.Sleep(time.Millisecond)
		}
	}()
	<-done
}
