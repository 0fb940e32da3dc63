package main

import (
	"fmt"
	"sync"
)

func topDefer() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i)
	}
	defer func() { fmt.Println("deferred sees", len(xs)) }()
	fmt.Println(cap(xs))
	ys := append(xs, 9)
	ys[0] = 7
	fmt.Println(xs[0], cap(ys))
}

func loopDefer() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i)
		if i == 2 {
			defer func() { fmt.Println("loop deferred", len(xs)) }()
		}
	}
	fmt.Println(cap(xs))
}

func goroutine() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("goroutine sees", len(xs))
	}()
	wg.Wait()
	fmt.Println(cap(xs))
}

func deferAfter() {
	var bs []byte
	defer func() { fmt.Println("later", string(bs)) }()
	for _, c := range "hello" {
		bs = append(bs, byte(c))
	}
	fmt.Println(cap(bs))
}

func recovering() (err error) {
	var msgs []string
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v after %d", r, len(msgs))
		}
	}()
	msgs = append(msgs, "a", "b")
	fmt.Println(cap(msgs))
	panic("boom")
}

func main() {
	topDefer()
	loopDefer()
	goroutine()
	deferAfter()
	fmt.Println(recovering())
}
