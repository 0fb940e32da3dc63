package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type reply struct {
	mirror string
	body   string
}

func query(ctx context.Context, mirror string, delay time.Duration, out chan<- reply, cancelled *sync.Map) {
	select {
	case <-time.After(delay):
		select {
		case out <- reply{mirror, "index from " + mirror}:
		case <-ctx.Done():
			cancelled.Store(mirror, "late")
		}
	case <-ctx.Done():
		cancelled.Store(mirror, "aborted")
	}
}

func race(mirrors map[string]time.Duration, timeout time.Duration) (reply, []string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	out := make(chan reply)
	var cancelled sync.Map
	var wg sync.WaitGroup
	for m, d := range mirrors {
		wg.Add(1)
		go func(m string, d time.Duration) {
			defer wg.Done()
			query(ctx, m, d, out, &cancelled)
		}(m, d)
	}
	var r reply
	var err error
	select {
	case r = <-out:
	case <-ctx.Done():
		err = ctx.Err()
	}
	cancel()
	wg.Wait()
	var losers []string
	cancelled.Range(func(k, v any) bool {
		losers = append(losers, k.(string)+"="+v.(string))
		return true
	})
	sortStrings(losers)
	return r, losers, err
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	r, losers, err := race(map[string]time.Duration{
		"eu-mirror":   120 * time.Millisecond,
		"us-mirror":   40 * time.Millisecond,
		"asia-mirror": 200 * time.Millisecond,
	}, 500*time.Millisecond)
	fmt.Println("winner:", r.mirror, "|", r.body, "| err:", err)
	fmt.Println("losers:", losers)

	r, losers, err = race(map[string]time.Duration{
		"slow-a": 300 * time.Millisecond,
		"slow-b": 400 * time.Millisecond,
	}, 60*time.Millisecond)
	fmt.Printf("winner: %q err: %v\n", r.mirror, err)
	fmt.Println("losers:", losers)

	first := make(chan int, 3)
	for i, d := range []int{90, 30, 60} {
		go func(i, d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			first <- i
		}(i, d)
	}
	fmt.Println("arrival order:", <-first, <-first, <-first)
}
