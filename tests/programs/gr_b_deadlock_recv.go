package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	data := make(chan int)
	other := make(chan string)
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		go func(i int) {
			other <- fmt.Sprint("never", i)
		}(i)
	}
	go func() {
		mu.Lock()
		fmt.Println("never locked")
	}()
	go func() {
		select {
		case <-time.After(20 * time.Millisecond):
			fmt.Println("timer goroutine fired")
		}
	}()
	time.Sleep(60 * time.Millisecond)
	fmt.Println("main waiting on data")
	v := <-data
	fmt.Println("unreachable", v)
}
