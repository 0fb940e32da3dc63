// A deferred call's arguments in a loop (and a goroutine's) are held by a closure gc puts on
// the heap: a slice passed there has its storage on the heap too, grown by size class.
package main

import (
	"fmt"
	"sync"
)

//go:noinline
func show(s []byte) { fmt.Println("deferred", len(s)) }

func total(xs []int, wg *sync.WaitGroup, out *int) {
	defer wg.Done()
	for _, x := range xs {
		*out += x
	}
}

func main() {
	for j := 0; j < 2; j++ {
		var s []byte
		s = append(s, 1, 2)
		defer show(s)
		fmt.Println(len(s), cap(s))
	}
	var wg sync.WaitGroup
	results := make([]int, 2)
	for j := 0; j < 2; j++ {
		var xs []int
		xs = append(xs, j, j+1, j+2)
		wg.Add(1)
		go total(xs, &wg, &results[j])
		fmt.Println(len(xs), cap(xs))
	}
	wg.Wait()
	fmt.Println(results)
	var top []int
	top = append(top, 7)
	defer fmt.Println("top", len(top))
	fmt.Println(len(top), cap(top))
}
