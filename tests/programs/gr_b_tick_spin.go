package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var sink int

func work(i int) int { return i*31 + 7 }

func main() {
	tick := time.Tick(25 * time.Millisecond)
	for i := 0; i < 4; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	var stop atomic.Bool
	var iters atomic.Int64
	done := make(chan int)
	go func() {
		n := 0
		for !stop.Load() {
			sink = work(n)
			n++
		}
		iters.Store(int64(n))
		done <- 1
	}()
	time.Sleep(40 * time.Millisecond)
	fmt.Println("setting stop")
	stop.Store(true)
	<-done
	fmt.Println("spinner stopped, did work:", iters.Load() > 0)

	var running atomic.Bool
	running.Store(true)
	var count atomic.Int32
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for running.Load() {
			<-t.C
			count.Add(1)
		}
	}()
	time.Sleep(100 * time.Millisecond)
	running.Store(false)
	fmt.Println("ticker ran:", count.Load() >= 3)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stop timer:", timer.Stop(), timer.Stop())
	timer.Reset(20 * time.Millisecond)
	<-timer.C
	fmt.Println("reset timer fired")
	af := make(chan string, 1)
	time.AfterFunc(20*time.Millisecond, func() { af <- "afterfunc ran" })
	fmt.Println(<-af)
}
