package main

import "fmt"

type V struct{ N int }

func (v V) Show(tag string, xs ...int) { fmt.Println(tag, v.N, xs) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func report(label string, parts ...string) {
	fmt.Println(label, len(parts), parts)
}

func main() {
	xs := []any{"a", 1, nil}
	ns := []int{1, 2, 3}
	func() {
		// The slice header is evaluated now; its elements are read when the call runs.
		defer fmt.Println(xs...)
		defer fmt.Printf("%v|%v|%v\n", xs...)
		defer fmt.Print(xs[:2]...)
		defer fmt.Println()
		defer V.Show(V{1}, "mexpr", ns...)
		defer V{2}.Show("lit")
		v := V{3}
		defer v.Show("val", 9, 8)
		v.N = 30
		defer func(t int) { fmt.Println("sum", t) }(sum(ns...))
		defer report("none")
		defer report("some", "p", "q")
		words := []string{"x", "y"}
		defer report("spread", words...)
		words[1] = "Y"
		ns[0] = 100
		xs[0] = "changed"
		fmt.Println("body done")
	}()

	// Deferred variadic closures in a loop.
	func() {
		for i := range 3 {
			defer func(parts ...int) { fmt.Println("loop", i, parts, sum(parts...)) }(ns[:i]...)
		}
	}()

	// A deferred variadic call that recovers.
	func() {
		defer func(tags ...string) {
			fmt.Println("recovered", recover(), "tags", tags)
		}("t1", "t2")
		panic("with tags")
	}()
}
