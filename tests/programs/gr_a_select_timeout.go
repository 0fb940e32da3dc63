package main

import (
	"fmt"
	"time"
)

func slowWorker(d time.Duration, val string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- val
	}()
	return c
}

func fetch(name string, work, timeout time.Duration) {
	select {
	case res := <-slowWorker(work, name+" result"):
		fmt.Println("got:", res)
	case <-time.After(timeout):
		fmt.Println("timeout waiting for", name)
	}
}

func main() {
	fetch("fast", 5*time.Millisecond, 60*time.Millisecond)
	fetch("slow", 80*time.Millisecond, 10*time.Millisecond)

	// Multiple responses in a loop with a global deadline.
	c1 := slowWorker(10*time.Millisecond, "one")
	c2 := slowWorker(40*time.Millisecond, "two")
	c3 := slowWorker(300*time.Millisecond, "three")
	deadline := time.After(120 * time.Millisecond)
	received := 0
loop:
	for {
		select {
		case v := <-c1:
			fmt.Println("received", v)
			received++
		case v := <-c2:
			fmt.Println("received", v)
			received++
		case v := <-c3:
			fmt.Println("received", v)
			received++
		case <-deadline:
			fmt.Println("deadline reached")
			break loop
		}
	}
	fmt.Println("total received:", received)

	start := time.Now()
	<-time.After(30 * time.Millisecond)
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	// Timer channel with select default.
	t := time.NewTimer(50 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timer fired immediately?")
	default:
		fmt.Println("timer not fired yet")
	}
	<-t.C
	fmt.Println("timer fired")
}
