package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	timeout := time.After(80 * time.Millisecond)
	tick := time.NewTicker(20 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-timeout:
			break loop
		}
	}
	tick.Stop()
	fmt.Println("ticks in 80ms:", ticks >= 2 && ticks <= 4)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop(), t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("reset fired")

	done := make(chan string)
	time.AfterFunc(30*time.Millisecond, func() { done <- "after func" })
	fmt.Println(<-done)

	res := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		res <- 42
	}()
	select {
	case v := <-res:
		fmt.Println("result", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out")
	}
	order := make(chan int, 3)
	for _, d := range []int{50, 10, 30} {
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { order <- d })
	}
	fmt.Println(<-order, <-order, <-order)
	fmt.Println(time.Since(start) > 200*time.Millisecond)
	for range time.Tick(5 * time.Millisecond) {
		break
	}
	fmt.Println(time.Tick(0) == nil)
}
