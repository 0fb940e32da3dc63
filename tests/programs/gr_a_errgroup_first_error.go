package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

var ErrBadInput = errors.New("bad input")

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, ErrBadInput)
	}
	return n, nil
}

func main() {
	// All succeed.
	var g Group
	inputs := []string{"10", "20", "30", "40"}
	vals := make([]int, len(inputs))
	for i, s := range inputs {
		g.Go(func() error {
			n, err := parse(s)
			vals[i] = n
			return err
		})
	}
	fmt.Println("err:", g.Wait(), "vals:", vals)

	// One fails early; another fails much later. First error wins.
	var g2 Group
	g2.Go(func() error {
		time.Sleep(60 * time.Millisecond)
		return errors.New("late failure")
	})
	g2.Go(func() error {
		_, err := parse("x1")
		return err
	})
	g2.Go(func() error { return nil })
	err := g2.Wait()
	fmt.Println("err:", err)
	fmt.Println("is ErrBadInput:", errors.Is(err, ErrBadInput))

	// Buffered chan variant: first error taken from a cap-1 channel.
	errc := make(chan error, 1)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i*25) * time.Millisecond)
			if i >= 2 {
				select {
				case errc <- fmt.Errorf("task %d failed", i):
				default:
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for e := range errc {
		fmt.Println("first chan error:", e)
	}
}
