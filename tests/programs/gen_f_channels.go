package main

import (
	"fmt"
	"sort"
	"sync"
)

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Gen[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Pipe[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	ints := Collect(Merge(Gen(1, 2, 3), Gen(10, 20), Gen[int]()))
	sort.Ints(ints)
	fmt.Println(ints)
	strs := Collect(Merge(Gen("b", "a"), Gen("d", "c")))
	sort.Strings(strs)
	fmt.Println(strs)
	sq := Collect(Pipe(Gen(1, 2, 3, 4), func(x int) string { return fmt.Sprint(x * x) }))
	fmt.Println(sq, len(sq))
	fl := Collect(Pipe(Merge(Gen(1.5), Gen(2.5)), func(f float64) float64 { return f * 2 }))
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(len(Collect(Merge[bool]())))
}
