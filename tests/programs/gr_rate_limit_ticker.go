package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("took at least 100ms:", time.Since(start) >= 95*time.Millisecond)
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	begin := time.Now()
	var at []bool
	for req := range burstyRequests {
		<-bursty
		at = append(at, time.Since(begin) < 15*time.Millisecond)
		_ = req
	}
	fmt.Println("first three at once, then paced:", at)
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	n := 0
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				n++
			}
		}
	}()
	time.Sleep(110 * time.Millisecond)
	ticker.Stop()
	done <- true
	fmt.Println("ticks:", n >= 4 && n <= 6)
}
