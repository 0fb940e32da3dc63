package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(40 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		time.Sleep(180 * time.Millisecond)
		done <- true
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		case <-ticker.C:
			ticks++
			fmt.Println("tick", ticks)
		}
	}
	ticker.Stop()
	fmt.Println("ticker stopped after", ticks, "ticks")

	// After Stop, no more ticks arrive.
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no ticks after stop")
	}

	// Reset changes the period.
	t2 := time.NewTicker(200 * time.Millisecond)
	t2.Reset(10 * time.Millisecond)
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-t2.C
	}
	t2.Stop()
	fmt.Println("3 ticks after reset, fast:", time.Since(start) < 150*time.Millisecond)

	// time.Tick style loop counting with limit.
	tc := time.NewTicker(5 * time.Millisecond)
	defer tc.Stop()
	n := 0
	for range tc.C {
		n++
		if n == 4 {
			break
		}
	}
	fmt.Println("counted", n)
}
