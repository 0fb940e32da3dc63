package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			ch <- v * 10
		}(i)
	}
	wg.Wait()
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum:", sum)
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	done := make(chan bool)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered in goroutine:", r)
			done <- true
		}()
		ch <- 1
	}()
	<-done
	fmt.Println("now main sends on closed channel")
	ch <- 99
	fmt.Println("unreachable")
}
