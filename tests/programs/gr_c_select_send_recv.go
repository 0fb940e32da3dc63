package main

import (
	"fmt"
	"sort"
	"time"
)

type request struct {
	path  string
	reply chan string
}

func main() {
	// A dispatcher that both accepts requests and pushes queued notifications.
	requests := make(chan request)
	notify := make(chan string)
	quit := make(chan struct{})
	finished := make(chan []string)
	go func() {
		pending := []string{"boot", "mount", "network"}
		var handled []string
		for {
			var out chan string
			var next string
			if len(pending) > 0 {
				out = notify
				next = pending[0]
			}
			select {
			case out <- next:
				pending = pending[1:]
			case r := <-requests:
				handled = append(handled, r.path)
				r.reply <- "200 " + r.path
				pending = append(pending, "served "+r.path)
			case <-quit:
				finished <- handled
				return
			}
		}
	}()

	var notes []string
	var replies []string
	for _, p := range []string{"/status", "/metrics", "/health"} {
		rc := make(chan string)
		requests <- request{p, rc}
		replies = append(replies, <-rc)
	}
	for len(notes) < 6 {
		select {
		case n := <-notify:
			notes = append(notes, n)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("stalled")
			return
		}
	}
	close(quit)
	handled := <-finished
	sort.Strings(notes)
	fmt.Println("replies:", replies)
	fmt.Println("notes:", notes)
	fmt.Println("handled:", handled)

	// Non-blocking send to a full buffered channel.
	buf := make(chan int, 2)
	dropped := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
		default:
			dropped++
		}
	}
	fmt.Println("buffered:", len(buf), "cap:", cap(buf), "dropped:", dropped)
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Select loop with a timer that is not reset on each iteration.
	timeout := time.NewTimer(150 * time.Millisecond)
	tick := time.NewTicker(60 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-timeout.C:
			break loop
		}
	}
	fmt.Println("ticks before timeout:", ticks)
}
