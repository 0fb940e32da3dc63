package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			ch <- n
		}(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-ch
	}
	wg.Wait()
	fmt.Println("sum", sum)
	go func() {
		select {}
	}()
	fmt.Println("main enters empty select")
	select {}
}
