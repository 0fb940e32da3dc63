package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type node struct {
	left, right *node
	val         int
}

func build(depth, v int) *node {
	if depth == 0 {
		return &node{val: v}
	}
	return &node{left: build(depth-1, 2*v), right: build(depth-1, 2*v+1), val: v}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func deep(n int, pad [64]byte) int {
	if n == 0 {
		return int(pad[0])
	}
	pad[n%64]++
	return deep(n-1, pad) + 1
}

func main() {
	const N = 5000
	results := make(chan int, 128)
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var pad [64]byte
			pad[0] = byte(i % 3)
			d := deep(200+i%300, pad)
			t := build(4, i%10)
			s := strings.Repeat("x", i%50)
			results <- d + t.sum()%7 + len(s)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total, count := 0, 0
	for r := range results {
		total += r
		count++
		if count%1000 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("goroutines finished:", count)
	fmt.Println("total:", total)

	// Ping-pong across an unbuffered channel pair.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 10000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("ping-pong value:", v, "pong closed:", !ok)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("numgc > 0:", ms.NumGC > 0)
}
