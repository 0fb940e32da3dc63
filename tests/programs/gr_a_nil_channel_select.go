package main

import (
	"fmt"
	"sort"
)

func emit(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func mergeNil(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println("a closed, disabling")
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				fmt.Println("b closed, disabling")
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	a := emit(1, 3, 5)
	b := emit(2, 4, 6, 8, 10)
	// order of "closed" messages is scheduling-dependent; capture instead
	res := mergeNil2(a, b)
	sort.Ints(res)
	fmt.Println("merged:", res)

	// Select with only nil channels and a default.
	var nc chan int
	select {
	case v := <-nc:
		fmt.Println("impossible", v)
	case nc <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}

	// Toggle a send case on/off with a nil channel.
	out := make(chan int, 10)
	var sendCh chan int
	pending := []int{7, 8, 9}
	for i := 0; i < 6; i++ {
		if len(pending) > 0 {
			sendCh = out
		} else {
			sendCh = nil
		}
		var next int
		if len(pending) > 0 {
			next = pending[0]
		}
		select {
		case sendCh <- next:
			pending = pending[1:]
			fmt.Println("sent", next)
		default:
			fmt.Println("nothing to send at step", i)
		}
	}
	close(out)
	for v := range out {
		fmt.Print(v, ";")
	}
	fmt.Println()
	_ = mergeNil
}

func mergeNil2(a, b <-chan int) []int {
	var out []int
	closed := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			out = append(out, v)
		}
	}
	fmt.Println("closed inputs:", closed)
	return out
}
