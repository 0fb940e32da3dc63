package main

import (
	"fmt"
	"time"
)

type beat struct {
	from string
	seq  int
}

// service sends heartbeats every interval; after stallAfter beats it goes silent.
func service(name string, interval time.Duration, stallAfter int, hb chan<- beat, stop <-chan struct{}) {
	for i := 1; ; i++ {
		select {
		case <-stop:
			return
		case <-time.After(interval):
		}
		if i > stallAfter {
			<-stop
			return
		}
		select {
		case hb <- beat{name, i}:
		case <-stop:
			return
		}
	}
}

func watch(name string, interval time.Duration, stallAfter int, timeout time.Duration) (int, bool) {
	hb := make(chan beat)
	stop := make(chan struct{})
	defer close(stop)
	go service(name, interval, stallAfter, hb, stop)
	last := 0
	deadline := time.After(400 * time.Millisecond)
	for {
		select {
		case b := <-hb:
			last = b.seq
		case <-time.After(timeout):
			return last, false
		case <-deadline:
			return last, true
		}
	}
}

func main() {
	checks := []struct {
		name       string
		interval   time.Duration
		stallAfter int
		timeout    time.Duration
	}{
		{"ntpd", 10 * time.Millisecond, 1000, 60 * time.Millisecond},
		{"sshd", 10 * time.Millisecond, 5, 60 * time.Millisecond},
		{"crond", 100 * time.Millisecond, 1000, 40 * time.Millisecond},
	}
	results := make([]chan string, len(checks))
	for i, c := range checks {
		results[i] = make(chan string, 1)
		go func(i int, name string, iv time.Duration, st int, to time.Duration) {
			last, healthy := watch(name, iv, st, to)
			status := "HEALTHY"
			if !healthy {
				status = fmt.Sprintf("DEAD (last beat #%d)", last)
			}
			results[i] <- name + ": " + status
		}(i, c.name, c.interval, c.stallAfter, c.timeout)
	}
	dead := 0
	for _, ch := range results {
		s := <-ch
		fmt.Println(s)
		if len(s) > 5 && s[len(s)-1] == ')' {
			dead++
		}
	}
	fmt.Printf("%d of %d services dead\n", dead, len(checks))
}
