package main

import "fmt"

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func makeCounterPair() (func() int, func() int, func()) {
	count := 0
	inc := func() int {
		count++
		return count
	}
	dec := func() int {
		count--
		return count
	}
	reset := func() { count = 0 }
	return inc, dec, reset
}

func makeAccumulator(start int) func(int) int {
	sum := start
	return func(x int) int {
		sum += x
		return sum
	}
}

type Tally struct {
	hits   int
	misses int
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	fmt.Println(c1())

	inc, dec, reset := makeCounterPair()
	inc()
	inc()
	fmt.Println("after two incs:", inc())
	fmt.Println("dec:", dec())
	reset()
	fmt.Println("after reset:", inc())

	acc := makeAccumulator(100)
	for i := 1; i <= 5; i++ {
		fmt.Printf("acc(%d) = %d\n", i, acc(i))
	}

	// A closure sees later writes to the captured variable.
	x := 10
	show := func() int { return x * 2 }
	fmt.Println(show())
	x = 21
	fmt.Println(show())

	// Closures capturing a struct modify the original.
	t := Tally{}
	record := func(ok bool) {
		if ok {
			t.hits++
		} else {
			t.misses++
		}
	}
	for i := 0; i < 7; i++ {
		record(i%3 != 0)
	}
	fmt.Printf("%+v\n", t)

	// Capturing a slice header: append inside the closure is visible outside.
	var log []string
	add := func(s string) { log = append(log, s) }
	add("a")
	add("b")
	add("c")
	fmt.Println(len(log), log)

	// Nested closures share the same variable.
	total := 0
	outer := func() func() {
		total += 100
		return func() { total += 1 }
	}
	f := outer()
	f()
	f()
	fmt.Println("total:", total)

	// Immediately invoked function literal.
	v := func(a, b int) int { return a*b + total }(3, 4)
	fmt.Println("iife:", v)
}
