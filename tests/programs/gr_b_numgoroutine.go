package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-stop
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())
	close(stop)
	wg.Wait()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("after wait:", runtime.NumGoroutine())

	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			runtime.Gosched()
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
		runtime.Gosched()
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("ping-pong:", v, ok)

	var turn int
	var mu sync.Mutex
	var log []string
	var wg2 sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			for n := 0; n < 3; {
				mu.Lock()
				if turn%3 == id {
					log = append(log, fmt.Sprintf("g%d", id))
					turn++
					n++
				}
				mu.Unlock()
				runtime.Gosched()
			}
		}(id)
	}
	wg2.Wait()
	fmt.Println("round robin:", log)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("end:", runtime.NumGoroutine())
}
