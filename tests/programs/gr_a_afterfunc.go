package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var events []string
	record := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	wg.Add(3)
	time.AfterFunc(60*time.Millisecond, func() { record("third"); wg.Done() })
	time.AfterFunc(10*time.Millisecond, func() { record("first"); wg.Done() })
	time.AfterFunc(35*time.Millisecond, func() { record("second"); wg.Done() })
	wg.Wait()
	fmt.Println(events)

	// Stop before it fires.
	fired := make(chan string, 1)
	t := time.AfterFunc(50*time.Millisecond, func() { fired <- "should not" })
	stopped := t.Stop()
	fmt.Println("stopped before fire:", stopped)
	select {
	case s := <-fired:
		fmt.Println("fired:", s)
	case <-time.After(80 * time.Millisecond):
		fmt.Println("did not fire")
	}

	// Stop after it has fired returns false.
	ch := make(chan int, 1)
	t2 := time.AfterFunc(5*time.Millisecond, func() { ch <- 42 })
	fmt.Println("value:", <-ch)
	fmt.Println("stop after fire:", t2.Stop())

	// Reset an AfterFunc timer to fire again.
	count := 0
	var cmu sync.Mutex
	done := make(chan bool)
	var t3 *time.Timer
	t3 = time.AfterFunc(5*time.Millisecond, func() {
		cmu.Lock()
		count++
		c := count
		cmu.Unlock()
		if c < 3 {
			t3.Reset(5 * time.Millisecond)
		} else {
			done <- true
		}
	})
	<-done
	fmt.Println("AfterFunc ran", count, "times")
	fmt.Println("C is nil for AfterFunc:", t3.C == nil)
}
