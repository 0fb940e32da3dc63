package main

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	c := &Counter{n: 1}
	println(c.n)
}
