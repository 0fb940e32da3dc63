package main

import (
	"fmt"
	"time"
)

type svc struct {
	events chan string
	quit   chan struct{}
}

func main() {
	s := &svc{quit: make(chan struct{})}
	go func() {
		s.events <- "never delivered"
	}()
	go func() {
		var c chan int
		select {
		case <-c:
		case c <- 1:
		}
	}()
	select {
	case e := <-s.events:
		fmt.Println("event", e)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout: nil channel never ready")
	}
	fmt.Printf("events=%v quit-nil=%v\n", s.events, s.quit == nil)
	fmt.Println("receiving from nil channel")
	<-s.events
	fmt.Println("unreachable")
}
