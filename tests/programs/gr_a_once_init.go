package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Retries int
}

var (
	cfg       *Config
	cfgOnce   sync.Once
	initCalls int32
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		atomic.AddInt32(&initCalls, 1)
		cfg = &Config{Name: "prod", Retries: 3}
	})
	return cfg
}

type Conn struct {
	once   sync.Once
	closed bool
	closes int
}

func (c *Conn) Close() {
	c.once.Do(func() {
		c.closed = true
		c.closes++
	})
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = loadConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("init calls:", atomic.LoadInt32(&initCalls))
	fmt.Println("all same pointer:", same)
	fmt.Printf("config: %+v\n", *loadConfig())

	c := &Conn{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); c.Close() }()
	}
	wg.Wait()
	fmt.Println("closed:", c.closed, "closes:", c.closes)

	// Once with panic: Do considers it done.
	var o sync.Once
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// Nested different Onces.
	var a, b sync.Once
	order := []string{}
	a.Do(func() {
		order = append(order, "a-start")
		b.Do(func() { order = append(order, "b") })
		order = append(order, "a-end")
	})
	b.Do(func() { order = append(order, "b-again") })
	fmt.Println(order)
}
