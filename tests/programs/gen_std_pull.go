package main

import (
	"fmt"
	"iter"
	"slices"
)

// Merge two sorted sequences into one sorted sequence using iter.Pull.
func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = nextA()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nextB()
			}
		}
	}
}

func Counter(name string, n int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, name+" cleanup") }()
		for i := 0; i < n; i++ {
			*log = append(*log, fmt.Sprintf("%s yields %d", name, i))
			if !yield(i) {
				*log = append(*log, name+" stopped")
				return
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 6, 9, 12})
	b := slices.Values([]int{2, 3, 6, 10})
	fmt.Println(slices.Collect(Merge(a, b)))

	for v := range Merge(a, b) {
		if v > 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var log []string
	next, stop := iter.Pull(Counter("c", 10, &log))
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println("got", v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)
	stop() // second stop is a no-op
	for _, l := range log {
		fmt.Println(" ", l)
	}

	log = nil
	next, stop = iter.Pull(Counter("d", 2, &log))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("d ->", v)
	}
	stop()
	fmt.Println(log)

	// stop before ever calling next: generator never runs
	log = nil
	_, stop = iter.Pull(Counter("e", 5, &log))
	stop()
	fmt.Println("never started:", len(log))
}
