package main

import "fmt"

func deferDelete(m map[string]int) {
	defer delete(m, "temp")
	m["temp"] = 99
	fmt.Println("inside:", m)
}

func deferClear(m map[string]int, s []int) {
	defer clear(m)
	defer clear(s)
	fmt.Println("inside:", len(m), s)
}

func deferCopy(dst []int) {
	src := []int{7, 8}
	defer copy(dst, src)
	src[0] = 70 // the slice header was evaluated, the elements are read later
	fmt.Println("inside:", dst)
}

func deferPanic() (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	defer panic("deferred panic")
	fmt.Println("body runs first")
	return "normal"
}

// recover must be called by a deferred function, not be the deferred function.
func deferRecoverDirect() (msg string) {
	defer func() { msg = fmt.Sprint("outer got: ", recover()) }()
	defer recover()
	panic("direct")
}

func main() {
	m := map[string]int{"keep": 1}
	deferDelete(m)
	fmt.Println("after:", m)

	s := []int{1, 2, 3}
	deferClear(map[string]int{"a": 1, "b": 2}, s)
	fmt.Println("after:", s)

	d := make([]int, 3)
	deferCopy(d)
	fmt.Println("after:", d)

	fmt.Println(deferPanic())
	fmt.Println(deferRecoverDirect())

	// Deferred builtins in a loop.
	counts := map[int]bool{}
	func() {
		for i := range 4 {
			counts[i] = true
			defer delete(counts, i)
		}
		fmt.Println("loop body:", len(counts))
	}()
	fmt.Println("after loop:", len(counts))
}
