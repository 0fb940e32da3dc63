package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan string, 1)
	b <- "full"
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Wait()
	}()
	var cond = sync.NewCond(&sync.Mutex{})
	go func() {
		cond.L.Lock()
		cond.Wait()
		cond.L.Unlock()
	}()
	for i := 0; i < 3; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case b <- "x":
			fmt.Println("sent b")
		default:
			fmt.Println("default", i)
		}
	}
	fmt.Println("now blocking select")
	select {
	case v := <-a:
		fmt.Println("a", v)
	case b <- "y":
		fmt.Println("sent y")
	}
}
