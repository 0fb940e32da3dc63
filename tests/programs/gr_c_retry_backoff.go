package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

var errTransient = errors.New("transient failure")
var errFatal = errors.New("fatal failure")

type flaky struct {
	name      string
	failUntil int
	fatalAt   int
	calls     int
}

func (f *flaky) call() error {
	f.calls++
	if f.fatalAt > 0 && f.calls == f.fatalAt {
		return fmt.Errorf("%s: %w", f.name, errFatal)
	}
	if f.calls <= f.failUntil {
		return fmt.Errorf("%s attempt %d: %w", f.name, f.calls, errTransient)
	}
	return nil
}

func retry(maxAttempts int, base time.Duration, fn func() error) (int, error) {
	delay := base
	var err error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		err = fn()
		if err == nil {
			return attempt, nil
		}
		if errors.Is(err, errFatal) {
			return attempt, err
		}
		fmt.Printf("  retry in %v after: %v\n", delay, err)
		select {
		case <-time.After(delay):
		}
		delay *= 2
		if delay > 40*time.Millisecond {
			delay = 40 * time.Millisecond
		}
	}
	return maxAttempts, fmt.Errorf("gave up after %d attempts: %w", maxAttempts, err)
}

func main() {
	services := []*flaky{
		{name: "dns", failUntil: 0},
		{name: "db", failUntil: 2},
		{name: "queue", failUntil: 10},
		{name: "auth", failUntil: 1, fatalAt: 2},
	}
	failed := 0
	for _, s := range services {
		fmt.Printf("%s:\n", s.name)
		attempts, err := retry(5, 5*time.Millisecond, s.call)
		switch {
		case err == nil:
			fmt.Printf("  ok after %d attempt(s)\n", attempts)
		case errors.Is(err, errFatal):
			failed++
			fmt.Printf("  fatal after %d attempt(s): %v\n", attempts, err)
		default:
			failed++
			fmt.Printf("  %v (transient=%v)\n", err, errors.Is(err, errTransient))
		}
	}
	// Overall deadline racing a slow operation.
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "slow result"
	}()
	select {
	case r := <-slow:
		fmt.Println("got", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("overall deadline hit")
	}
	fmt.Printf("%d/%d services failed\n", failed, len(services))
	if failed > 0 {
		os.Exit(1)
	}
}
